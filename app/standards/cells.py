"""Low-level pieces of the standard parser: decoding, rows, cells, item codes.

Everything here is linear in the input size (no nested scans, no regex that
can backtrack badly), so a large junk file fails fast.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from app.errors import QT_TR_NOOP, StandardFormatError

# A published standard is ~10-50 KB of text; anything far bigger is not one.
MAX_BYTES = 20 * 1024 * 1024

# A code only starts an item at a boundary (cell start, whitespace or list
# punctuation), so "CO2", "(K8s)" or "第S1期" inside a title are left alone.
_B = r"(?<![^\s、，,；;。])"
OUTPUT_RE = re.compile(_B + r"O\d+(?:\.\d+)+")
INDICATOR_RE = re.compile(_B + r"P\d+(?:\.\d+)+")
# "K01Python" is a glued code, "K8s" a word: a lowercase letter right after
# the digits means it is not a code.
KNOWLEDGE_RE = re.compile(_B + r"K\d{1,3}(?![\da-z])")
SKILL_RE = re.compile(_B + r"S\d{1,3}(?![\da-z])")
ATTITUDE_RE = re.compile(_B + r"A\d{1,3}(?![\da-z])")

DUTY_RE = re.compile(r"T(\d+)(?![\d.])\s*(.*)", re.S)
TASK_RE = re.compile(r"T(\d+)\.(\d+)(?![\d.])\s*(.*)", re.S)

_FOOTER_RE = re.compile(
    r"(第\s*\d+\s*頁(\s*[，,/]?\s*共\s*\d+\s*頁)?|\d+\s*/\s*\d+|[-–—]?\s*\d+\s*[-–—]?"
    r"|Page\s+\d+(\s+of\s+\d+)?)",
    re.I,
)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_WS_RE = re.compile(r"\s+")


@dataclass
class Row:
    no: int  # 1-based line number
    cells: list[str]
    raw: str

    @property
    def blank(self) -> bool:
        return not any(self.cells)

    def cell(self, index: int) -> str:
        return self.cells[index] if 0 <= index < len(self.cells) else ""

    def first(self) -> tuple[int, str]:
        """Index and text of the first non-empty cell (or -1, "")."""
        for i, c in enumerate(self.cells):
            if c:
                return i, c
        return -1, ""


def norm(text: str) -> str:
    """Label form: full-width folded, all whitespace removed."""
    return _WS_RE.sub("", unicodedata.normalize("NFKC", text))


def squeeze(text: str) -> str:
    return _WS_RE.sub(" ", text).strip()


def trim_item(text: str) -> str:
    """A finished item title: no list separator left dangling at its end."""
    return squeeze(text).rstrip("、，,；; ")


def glue(left: str, right: str) -> str:
    """Join text cut at a line or page break: CJK runs on, words get a space."""
    if not left:
        return right
    if not right:
        return left
    a, b = left[-1], right[0]
    if a.isascii() and a.isalnum() and b.isascii() and b.isalnum():
        return f"{left} {right}"
    return left + right


def clean_title(text: str, last: bool = True) -> str:
    # The 、 before the next code separates items; at the end of a cell a
    # comma may be a sentence cut at a page break, so it stays.
    text = squeeze(text).lstrip(".．:：、 ")
    return text if last else text.rstrip("、，,；; ")


def tokenize(text: str, code_re: re.Pattern[str]) -> tuple[str, list[list[str]]]:
    """Split a cell into (text before the first code, [[code, title], ...])."""
    matches = list(code_re.finditer(text))
    if not matches:
        return squeeze(text), []
    items = []
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        items.append([m.group(0), clean_title(text[m.end():end], i + 1 == len(matches))])
    return squeeze(text[: matches[0].start()]), items


def split_rows(text: str) -> list[Row]:
    # Not str.splitlines(): it also breaks on \v, \x1c, \u2028..., which
    # would shift line numbers away from what an editor shows.
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [Row(i, [c.strip() for c in line.split("\t")], line) for i, line in enumerate(lines, 1)]


def is_footer(row: Row) -> bool:
    """A page number on a line of its own (a table row always has tabs)."""
    return len(row.cells) == 1 and _FOOTER_RE.fullmatch(row.cells[0]) is not None


def is_table_header(row: Row) -> bool:
    _, first = row.first()
    if not norm(first).startswith("主要職責"):
        return False
    return any(norm(c).startswith("工作任務") for c in row.cells)


def is_attitude_heading(row: Row) -> bool:
    n = norm(row.first()[1])
    return n.startswith("職能內涵") and ("A=" in n or "態度" in n)


def is_notes_heading(row: Row) -> bool:
    return norm(row.first()[1]).startswith("說明與補充事項")


def check_text(text: str, source: str) -> None:
    if "\x00" in text:
        raise StandardFormatError(source, None, QT_TR_NOOP("this is not a text file (it contains binary data)"))
    controls = len(_CONTROL_RE.findall(text))
    if controls > max(10, len(text) // 100):
        raise StandardFormatError(source, None,
                                  QT_TR_NOOP("this is not a text file (too many control characters)"))


def decode_bytes(data: bytes, source: str) -> str:
    """Decode UTF-8 (with or without BOM) or UTF-16; anything else is an error."""
    if not data:
        raise StandardFormatError(source, None, QT_TR_NOOP("the file is empty"))
    if len(data) > MAX_BYTES:
        raise StandardFormatError(
            source, None, QT_TR_NOOP("the file is %1 MB; a competency standard is far smaller"),
            len(data) // 1_000_000,
        )
    if data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif b"\x00" in data[:4096]:
        encoding = _guess_utf16(data[:4096], source)
    else:
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise StandardFormatError(
            source, None,
            QT_TR_NOOP("cannot read the file as %1 text (bad byte at offset %2); "
                       "expected a UTF-8 or UTF-16 text file"),
            encoding.upper(), exc.start,
        ) from None
    check_text(text, source)
    return text


def _guess_utf16(sample: bytes, source: str) -> str:
    # ASCII (tabs, digits, codes) in UTF-16 leaves zero bytes on one side only.
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = max(1, len(sample) // 2)
    if odd >= half // 10 and even * 4 <= odd:
        return "utf-16-le"
    if even >= half // 10 and odd * 4 <= even:
        return "utf-16-be"
    raise StandardFormatError(source, None, QT_TR_NOOP("this is not a text file (it contains binary data)"))
