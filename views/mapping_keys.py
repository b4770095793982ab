"""The mapping keys, the same in the mapping editor and the coverage matrix.

The scale's initials (I, R, M) set the level, Space cycles it, Delete or
Backspace clears it, and * or A toggles "assessed" (A only where no level
of a custom scale starts with it).
"""
from __future__ import annotations

from app.coverage.edit import ASSESS, CLEAR, CYCLE, SET
from views.qt import Qt

ASSESSED = ASSESS  # the name the views use for the A / * key
__all__ = ["ASSESSED", "CLEAR", "CYCLE", "SET", "mapping_key"]


def mapping_key(event, scale: tuple[str, ...] | list[str]) -> tuple[str, int] | None:
    """``(action, level)`` for a key press, or None when it is not a mapping key."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
        return None
    key, text = event.key(), event.text().strip().upper()
    initials = [label[:1].upper() for label in scale]
    if key == Qt.Key.Key_Space:
        return CYCLE, 0
    if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
        return CLEAR, 0
    if text and text in initials:
        return SET, initials.index(text) + 1
    if text in ("*", "A"):
        return ASSESSED, 0
    return None
