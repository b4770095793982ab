"""Database errors with a message for the user that names the file."""
from __future__ import annotations


class DatabaseOpenError(Exception):
    """The database cannot be opened as a curmap map; the file was not changed."""


class ReadOnlyError(Exception):
    """A change was attempted on a map opened read-only."""
