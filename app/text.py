"""Text that enters a map: one cleaning for every way in (typed, workbook, standard file).

A title holding a control character (BEL, ESC…) reaches terminals raw through the
CLI, and U+FFFE / U+FFFF or a lone surrogate cannot be written to an .xlsx (XML
forbids them), so the export would write a file nobody can read back. Such
characters carry no meaning in a curriculum: they are dropped on the way in.
"""
from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls, lone surrogates, and the
# Unicode noncharacters (U+FDD0..U+FDEF and the last two code points of every plane).
_DROP = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(f"\\U{p:04x}fffe\\U{p:04x}ffff" for p in range(0x11))
    + "]")
_BREAKS = re.compile(r"[\t\r\n\u2028\u2029]+")


def clean_text(value: str, *, single_line: bool = True) -> str:
    """``value`` without characters a map must not hold; ``single_line`` also turns
    tabs and line breaks into one space (names, codes, titles), otherwise line
    ends become ``\\n`` (descriptions, notes). Leading and trailing space goes."""
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    text = _DROP.sub("", text)
    text = _BREAKS.sub(" ", text) if single_line else text.replace("\t", " ")
    return text.strip()


def has_unwanted(value: str) -> bool:
    """Whether ``value`` holds a character ``clean_text`` would drop."""
    return bool(_DROP.search(value))


def drop_unwanted(value: str) -> str:
    """``value`` with only the characters ``clean_text`` drops removed (nothing else changes):
    for writing text already stored, which an .xlsx could not hold."""
    return _DROP.sub("", value) if _DROP.search(value) else value
