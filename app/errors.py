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

    def __init__(self, source: str, line: int | None, message: str | Msg, *args: object) -> None:
        self.source = source
        self.line = line
        detail = message if isinstance(message, Msg) else Msg(message, *args)
        self.detail = str(detail)  # the English text, without the place
        where = Msg(QT_TR_NOOP("%1, line %2"), source, line) if line else source
        super().__init__(Msg(QT_TR_NOOP("%1: %2"), where, detail))


class ConflictError(CurmapError):
    """The change would collide with data already stored (asks the user first)."""


class NotFoundError(CurmapError):
    """A programme, standard, course… named by the user does not exist."""


def user_errors() -> tuple[type[Exception], ...]:
    """Every error whose message is for the user (the rest are bugs)."""
    return (UserError,)
