"""Where something was read in a standard's file, and the doubts shown before saving.

A text file has lines, a PDF pages, an ODT tables and rows; a message names
the place the user can find in the file they chose.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.errors import QT_TR_NOOP, Msg


@dataclass(frozen=True, slots=True)
class Place:
    line: int | None = None  # text files: 1-based line
    page: int | None = None  # PDF: 1-based page
    table: int | None = None  # ODT: 1-based table in the document
    row: int | None = None  # ODT: 1-based row of that table
    para: int | None = None  # ODT: 1-based paragraph outside tables

    def where(self, source: str) -> Msg:
        if self.line is not None:
            return Msg(QT_TR_NOOP("%1, line %2"), source, self.line)
        if self.page is not None:
            return Msg(QT_TR_NOOP("%1, page %2"), source, self.page)
        if self.table is not None:
            return Msg(QT_TR_NOOP("%1, table %2, row %3"), source, self.table, self.row or 1)
        if self.para is not None:
            return Msg(QT_TR_NOOP("%1, paragraph %2"), source, self.para)
        return Msg("%1", source)


NOWHERE = Place()


@dataclass
class ParseWarning:
    """Something read with doubt: the standard imports, but the user should look."""

    place: Place
    message: Msg

    def render(self, source: str, translate=lambda text: text) -> str:
        return Msg(QT_TR_NOOP("%1: %2"), self.place.where(source), self.message).render(translate)

    def __str__(self) -> str:
        return str(self.message)
