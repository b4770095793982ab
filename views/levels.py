"""The words for mapping levels, in the UI's language: "introduced", "R (reinforced)".

Only the default scale (I, R, M) has words; a programme's own scale shows its bare labels.
"""
from __future__ import annotations

from models.levels import DEFAULT_SCALE, label_of
from views.i18n import fmt
from views.qt import QCoreApplication


def level_word(label: str, scale: tuple[str, ...]) -> str:
    """What a level means ("introduced"), or "" for a label of a custom scale."""
    if tuple(scale) != DEFAULT_SCALE:
        return ""
    words = {"I": QCoreApplication.translate("Levels", "introduced"),
             "R": QCoreApplication.translate("Levels", "reinforced"),
             "M": QCoreApplication.translate("Levels", "mastered")}
    return words.get(label, "")


def level_text(label: str, scale: tuple[str, ...]) -> str:
    """"I (introduced)" on the default scale, the bare label on a custom one."""
    word = level_word(label, scale)
    return fmt(QCoreApplication.translate("Levels", "%1 (%2)"), label, word) if word else label


def rank_text(rank: int, scale: tuple[str, ...]) -> str:
    """A level given by its rank on the scale (1 = lowest), as ``level_text``."""
    return level_text(label_of(rank, scale) or str(rank), scale)
