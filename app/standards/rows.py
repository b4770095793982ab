"""What every front end (text, PDF, ODT) hands the parser: rows of cells.

A row keeps what its source knows: a cell covered by a merged cell above it
is ``None`` (PDF and ODT know their cell borders), distinct from an empty
cell ``""``. Text files cannot tell the two apart, so their source says so
(``spans_known``) and the parser decides from the text itself.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.standards.places import Place


@dataclass(slots=True)
class Row:
    no: int  # 1-based position in the source (the line number of a text file)
    cells: list[str | None]
    place: Place  # what messages name: line, page or table row
    table: int = 0  # 0: running text; tables are numbered from 1 in reading order
    page_break: bool = False  # the first row of a new page (PDF)

    @property
    def raw(self) -> str:
        return "\t".join(c or "" for c in self.cells)

    @property
    def blank(self) -> bool:
        return not any(self.cells)

    def cell(self, index: int) -> str:
        return (self.cells[index] or "") if 0 <= index < len(self.cells) else ""

    def covered(self, index: int) -> bool:
        """True when a merged cell from a row above runs over this column."""
        return 0 <= index < len(self.cells) and self.cells[index] is None

    def first(self) -> tuple[int, str]:
        """Index and text of the first non-empty cell (or -1, "")."""
        for i, c in enumerate(self.cells):
            if c:
                return i, c
        return -1, ""


@dataclass
class Source:
    """A file turned into rows, with what its format could tell."""

    name: str  # the file name shown in messages
    kind: str  # "text", "pdf" or "odt"
    rows: list[Row]
    spans_known: bool = False  # None cells mark merged cells (PDF, ODT)
    pages: int | None = None  # PDF: pages read
    declared_pages: int | None = None  # PDF: what a footer like 第1頁，總共11頁 says
    ends_mid_line: bool = False  # text: the last line has no line end (cut short?)
