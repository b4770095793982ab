"""Every text read from a standard's file goes through app.text.clean_text().

Control characters (BEL, ESC) would reach terminals raw through the CLI, and
noncharacters cannot be written to an .xlsx: they are dropped here, once,
for every front end.
"""
from __future__ import annotations

from dataclasses import fields, is_dataclass, replace

from app.text import clean_text

_MULTILINE = {"notes"}


def cleaned(obj):
    """A copy of a parsed standard (or any part of it) with every string cleaned."""
    if isinstance(obj, list):
        return [cleaned(x) for x in obj]
    if not is_dataclass(obj):
        return obj
    changes = {}
    for f in fields(obj):
        value = getattr(obj, f.name)
        if isinstance(value, str):
            changes[f.name] = clean_text(value, single_line=f.name not in _MULTILINE)
        elif isinstance(value, list) or is_dataclass(value):
            changes[f.name] = cleaned(value)
    return replace(obj, **changes)
