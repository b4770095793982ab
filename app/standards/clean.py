"""Every text read from a standard's file goes through app.text.clean_text().

Control characters (BEL, ESC) would reach terminals raw through the CLI, and
noncharacters cannot be written to an .xlsx: they are dropped here, once,
for every front end.
"""
from __future__ import annotations

from dataclasses import fields, is_dataclass
from functools import cache

from app.text import clean_text

_MULTILINE = {"notes"}


def cleaned(obj):
    """A parsed standard (or any part of it) with every string cleaned, in place: the
    parser's own fresh objects, so a big standard is never copied. Strings held in
    lists (codes) are left as they are."""
    if isinstance(obj, list):
        for x in obj:
            cleaned(x)
        return obj
    if not is_dataclass(obj):
        return obj
    for name in _field_names(type(obj)):
        value = getattr(obj, name)
        if isinstance(value, str):
            setattr(obj, name, clean_text(value, single_line=name not in _MULTILINE))
        elif isinstance(value, list):
            if value and not isinstance(value[0], str):
                cleaned(value)
        elif is_dataclass(value):
            cleaned(value)
    return obj


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))  # fields() is slow: read once per class
