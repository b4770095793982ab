"""Cell-level pieces of the standard parser: item codes, joining cut text, labels.

Everything here is linear in the input size (no nested scans, no regex that
can backtrack badly), so a large junk file fails fast. A cell from a PDF or
an ODT may hold several lines ("\\n"); a title wrapped over lines is joined
the way text cut at a line or page break is: CJK runs on, Latin words get a
space.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import reduce

from app.standards.rows import Row

# A code only starts an item at a boundary (cell start, whitespace or list
# punctuation), so "CO2", "(K8s)" or "第S1期" inside a title are left alone.
_B = r"(?<![^\s、，,；;。•●‧・])"
# Outputs: O1.1.1; some standards print a zero (04.2.1), kept as published.
OUTPUT_RE = re.compile(_B + r"(?:O ?|0(?=\d))\d+(?:\.\d+)+")
# Indicators: P1.1 or P1.1.1; "P 1.1.1" (a space after the letter) is seen too.
INDICATOR_RE = re.compile(_B + r"P ?\d+(?:\.\d+)+")
# "K01Python" is a glued code, "K8s" a word: a lowercase letter right after
# the digits means it is not a code.
KNOWLEDGE_RE = re.compile(_B + r"K\d{1,3}(?![\da-z])")
SKILL_RE = re.compile(_B + r"S\d{1,3}(?![\da-z])")
ATTITUDE_RE = re.compile(_B + r"A\d{1,3}(?![\da-z])")
ITEM_RE = {"K": KNOWLEDGE_RE, "S": SKILL_RE, "A": ATTITUDE_RE}

# T1 熟悉產業屬性, also "T1.宣揚…" (a full stop after the number).
DUTY_RE = re.compile(r"T(\d+)(?:\.(?!\d))?(?![\d.])\s*(.*)", re.S)
TASK_RE = re.compile(r"T(\d+)\.(\d+)\.?(?![\d.])\s*(.*)", re.S)
TASK_CODE_RE = re.compile(_B + r"T\d+\.\d+\.?(?![\d.])")

_FOOTER_RE = re.compile(
    r"(第\s*\d+\s*頁(\s*[，,/]?\s*總?共\s*\d+\s*頁)?|\d+\s*/\s*\d+|[-–—]?\s*\d+\s*[-–—]?"
    r"|Page\s+\d+(\s+of\s+\d+)?)",
    re.I,
)
_WS_RE = re.compile(r"[^\S\n]+")
_ALL_WS_RE = re.compile(r"\s+")


def norm(text: str) -> str:
    """Label form: full-width folded, all whitespace removed."""
    return _ALL_WS_RE.sub("", unicodedata.normalize("NFKC", text))


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


def squeeze(text: str) -> str:
    """One line: wrapped lines glued, runs of spaces made one."""
    if "\n" not in text:  # most cells: the same result without the glueing
        return _WS_RE.sub(" ", text).strip()
    lines = [_WS_RE.sub(" ", line).strip() for line in text.split("\n")]
    return reduce(glue, (line for line in lines if line), "")


def trim_item(text: str) -> str:
    """A finished item title: no list separator left dangling at its end."""
    return squeeze(text).rstrip("、，,；; ")


def clean_title(text: str, last: bool = True) -> str:
    # The 、 before the next code separates items; at the end of a cell a
    # comma may be a sentence cut at a page break, so it stays.
    text = squeeze(text).lstrip(".．:：、 ")
    return text if last else text.rstrip("、，,；; ")


def tokenize(text: str, code_re: re.Pattern[str]) -> tuple[str, list[list[str]]]:
    """Split a cell into (text before the first code, [[code, title], ...])."""
    lead, items = tokenize_glued(text, code_re)
    return lead, [[code, title] for code, title, _ in items]


def tokenize_glued(text: str, code_re: re.Pattern[str]) -> tuple[str, list[list]]:
    """Like tokenize, each item with a flag: its title follows the code with no space."""
    matches = list(code_re.finditer(text))
    if not matches:
        return squeeze(text), []
    items = []
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        code = m.group(0).replace(" ", "")
        glued = m.end() < len(text) and not text[m.end()].isspace()
        items.append([code, clean_title(text[m.end():end], i + 1 == len(matches)), glued])
    return squeeze(text[: matches[0].start()]), items


def unglue_number(code: str, title: str, expected: int) -> tuple[str, str]:
    """``O1.3.13D模型`` read greedily: when the next number in sequence is 1, it is
    O1.3.1 + 3D模型 (a title may start with a digit)."""
    head, _, last = code.rpartition(".")
    want = str(expected)
    if head and len(last) > len(want) and last != want and last.startswith(want) and int(last) > expected:
        return f"{head}.{want}", last[len(want):] + title
    return code, title


def item_pattern(kind: str, texts: Iterable[str]) -> re.Pattern[str]:
    """The code pattern for K, S or A items in this standard.

    A standard numbers its items with one width: when its codes are padded
    (K01), ``K013D列印技術原理`` is K01 + 3D列印技術原理, not K013. Past the
    last number of that width (K99) the numbering runs on: K100 stays whole.
    """
    two = re.compile(_B + kind + r"0\d(?!\d)")  # K01…K09
    three = re.compile(_B + kind + r"00\d(?!\d)")  # K001…K009
    joined = "\n".join(texts)
    n2, n3 = len(two.findall(joined)), len(three.findall(joined))
    if not n2 and not n3:
        return ITEM_RE[kind]  # unpadded (K1…K12) or none: the longest number wins
    width = 3 if n3 > n2 else 2
    top = re.compile(_B + kind + "9" * (width - 1) + r"\d(?!\d)")  # K90…K99: the width runs out
    if top.search(joined):
        return re.compile(_B + kind + r"(?:[1-9]\d{%d,}|\d{%d})(?![a-z])" % (width, width))
    return re.compile(_B + kind + r"\d{%d}(?![a-z])" % width)


def is_footer(row: Row) -> bool:
    """A page number on a line of its own (a table row always has tabs)."""
    cells = [c for c in row.cells if c]
    return len(cells) == 1 and len(row.cells) <= 1 and _FOOTER_RE.fullmatch(cells[0].strip()) is not None


def is_table_header(row: Row) -> bool:
    _, first = row.first()
    if "職" not in first or not norm(first).startswith("主要職責"):  # the cheap test first: junk is long
        return False
    return any(norm(c).startswith("工作任務") for c in row.cells if c)


def is_attitude_heading(row: Row) -> bool:
    first = row.first()[1]
    if "職" not in first:
        return False
    n = norm(first)
    return n.startswith("職能內涵") and ("A=" in n or "態度" in n)


def is_notes_heading(row: Row) -> bool:
    first = row.first()[1]
    return "說" in first and norm(first).startswith("說明與補充事項")
