"""Errors a user sees: each says which file, where, and what was expected.

Messages are translatable templates (see db/errors.py): raise
``CurmapError(QT_TR_NOOP("a programme named '%1' already exists"), name)``.
"""
from __future__ import annotations

from db.errors import QT_TR_NOOP, Joined, Msg, UserError

__all__ = ["QT_TR_NOOP", "Joined", "Msg", "CurmapError", "StandardFormatError", "ConflictError", "NotFoundError",
           "user_errors", "UserError"]


class CurmapError(UserError):
    """An error with a message meant for the user, not a traceback."""


class StandardFormatError(CurmapError):
    """A standard file that does not follow the iCAP layout."""

    def __init__(self, source: str, line, message: str | Msg, *args: object) -> None:
        # ``line``: a line number, a place with ``where(source)`` (a PDF page, an
        # ODT table row: app.standards.places.Place) or None for the whole file.
        self.source = source
        self.place = line
        self.line = line if isinstance(line, int) else getattr(line, "line", None)
        detail = message if isinstance(message, Msg) else Msg(message, *args)
        self.detail = str(detail)  # the English text, without the place
        if hasattr(line, "where"):
            where = line.where(source)
        else:
            where = Msg(QT_TR_NOOP("%1, line %2"), source, line) if line else source
        super().__init__(Msg(QT_TR_NOOP("%1: %2"), where, detail))


class ConflictError(CurmapError):
    """The change would collide with data already stored (asks the user first)."""


class NotFoundError(CurmapError):
    """A programme, standard, course… named by the user does not exist."""


def user_errors() -> tuple[type[Exception], ...]:
    """Every error whose message is for the user (the rest are bugs)."""
    return (UserError,)
