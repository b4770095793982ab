"""Text front end: a standard's text as extracted from its PDF, one table row a line.

Cells are separated by tabs. One decoding for every text file: UTF-8 with or
without a BOM, UTF-16 (with a BOM or guessed from its zero bytes) and Big5
(cp950, what Traditional Chinese Windows saves), with any line ends.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from app.errors import QT_TR_NOOP, StandardFormatError
from app.standards.places import Place
from app.standards.rows import Row, Source
from app.standards.sources.files import MB, read_capped, source_name

# A published standard is ~10-50 KB of text; anything far bigger is not one.
MAX_BYTES = 20 * MB

_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def read_text_file(path: str | Path) -> Source:
    name = source_name(path)
    return text_source(decode_text(read_capped(path, MAX_BYTES), name), name)


def text_source(text: str, name: str, *, cut: bool = False) -> Source:
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise StandardFormatError(name, None, QT_TR_NOOP("the file is empty"))
    check_text(text, name)
    ends_mid_line = cut or not text.endswith(("\n", "\r"))
    return Source(name, "text", split_rows(text), spans_known=False, ends_mid_line=ends_mid_line)


def split_rows(text: str) -> list[Row]:
    # Not str.splitlines(): it also breaks on \v, \x1c, \u2028..., which
    # would shift line numbers away from what an editor shows.
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [Row(i, [c.strip() for c in line.split("\t")], Place(line=i)) for i, line in enumerate(lines, 1)]


def check_text(text: str, source: str) -> None:
    if "\x00" in text:
        raise StandardFormatError(source, None, QT_TR_NOOP("this is not a text file (it contains binary data)"))
    controls = len(_CONTROL_RE.findall(text))
    if controls > max(10, len(text) // 100):
        raise StandardFormatError(source, None,
                                  QT_TR_NOOP("this is not a text file (too many control characters)"))


def decode_text(data: bytes, source: str) -> str:
    """The text of ``data``; a file cut inside its last character loses that character."""
    if not data:
        raise StandardFormatError(source, None, QT_TR_NOOP("the file is empty"))
    if data.startswith(codecs.BOM_UTF8):
        return _decode(data, "utf-8-sig", source)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(data, "utf-16", source)
    if b"\x00" in data[:4096]:
        return _decode(data, _guess_utf16(data[:4096], source), source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.end == len(data):
            return data[:exc.start].decode("utf-8")  # cut mid-character: the cut shows later
        utf8_error = exc
    try:
        return data.decode("cp950")  # Big5 as Windows writes it
    except UnicodeDecodeError:
        raise StandardFormatError(
            source, None,
            QT_TR_NOOP("cannot read the file as text (bad byte at offset %1); "
                       "expected UTF-8, UTF-16 or Big5 text"), utf8_error.start,
        ) from None


def _decode(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        cut = "truncated data" if encoding.startswith("utf-16") else "unexpected end of data"
        if exc.reason == cut and exc.end == len(data):  # an odd byte or a partial character at the end
            return data[:exc.start].decode(encoding)
        raise StandardFormatError(
            source, None,
            QT_TR_NOOP("cannot read the file as %1 text (bad byte at offset %2); "
                       "expected UTF-8, UTF-16 or Big5 text"),
            encoding.upper().replace("-SIG", ""), exc.start,
        ) from None


def _guess_utf16(sample: bytes, source: str) -> str:
    # ASCII (tabs, digits, codes) in UTF-16 leaves zero bytes on one side only.
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = max(1, len(sample) // 2)
    if odd >= half // 10 and even * 4 <= odd:
        return "utf-16-le"
    if even >= half // 10 and odd * 4 <= even:
        return "utf-16-be"
    raise StandardFormatError(source, None, QT_TR_NOOP("this is not a text file (it contains binary data)"))
