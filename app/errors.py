"""Errors a user sees: each says which file, where, and what was expected."""
from __future__ import annotations


class CurmapError(Exception):
    """An error with a message meant for the user, not a traceback."""


class StandardFormatError(CurmapError):
    """A standard file that does not follow the iCAP layout."""

    def __init__(self, source: str, line: int | None, message: str) -> None:
        self.source = source
        self.line = line
        self.detail = message
        where = f"{source}, line {line}" if line else source
        super().__init__(f"{where}: {message}")


class ConflictError(CurmapError):
    """The change would collide with data already stored (asks the user first)."""


class NotFoundError(CurmapError):
    """A programme, standard, course… named by the user does not exist."""


def user_errors() -> tuple[type[Exception], ...]:
    """Every error whose message is for the user (the rest are bugs)."""
    from db.errors import DatabaseOpenError, ReadOnlyError

    return (CurmapError, DatabaseOpenError, ReadOnlyError)
