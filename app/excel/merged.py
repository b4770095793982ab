"""Merged cells in a curriculum workbook: the merge's value counts on every row it covers.

Department staff merge a course's code, name and credits over its module
rows, and Excel shows the value on each of them; the file stores it once,
at the top left, and leaves the other cells blank. Only the merge's own
column takes the value: a title merged across the hours cell leaves the
hours blank, not a title read as hours. openpyxl's read-only
mode reads the merges only after the rows, so they are found first by a
quick scan of the sheet's XML.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from openpyxl.utils.cell import range_boundaries

_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Za-z]{1,3}\d{1,7}(?::[A-Za-z]{1,3}\d{1,7})?)"')
MAX_RANGES = 100_000  # more is not a workbook a person made; the rest are ignored


class Merges:
    """Which merge, if any, covers a cell; and the cells that hold each merge's value."""

    def __init__(self, ranges: list[tuple[int, int, int, int]]) -> None:
        self.by_col: dict[int, list[tuple[int, int, int]]] = {}  # col -> sorted (min_row, max_row, anchor col)
        self.anchors: set[tuple[int, int]] = set()
        for min_col, min_row, _max_col, max_row in ranges:
            if max_row == min_row:
                continue  # merged across only: the cells to the right stay blank (a long title over hours)
            self.anchors.add((min_row, min_col))
            self.by_col.setdefault(min_col, []).append((min_row, max_row, min_col))
        for spans in self.by_col.values():
            spans.sort()
        self.starts = {col: [s[0] for s in spans] for col, spans in self.by_col.items()}
        self.last_col = max(self.by_col, default=0)

    def __bool__(self) -> bool:
        return bool(self.anchors)

    @classmethod
    def of(cls, ws) -> Merges:
        """The merges of a read-only sheet, scanned from its XML."""
        ranges: list[tuple[int, int, int, int]] = []
        tail = b""
        source = ws._get_source()
        try:
            while len(ranges) < MAX_RANGES:
                chunk = source.read(1 << 20)
                if not chunk:
                    break
                text = tail + chunk
                last = 0
                for m in _MERGE.finditer(text):
                    ranges.append(range_boundaries(m[1].decode("ascii").upper()))
                    last = m.end()
                tail = text[max(last, len(text) - 200):]  # a tag cut between two chunks
        finally:
            source.close()
        return cls(ranges[:MAX_RANGES])

    def anchor(self, row: int, col: int) -> tuple[int, int] | None:
        """The top-left cell of the merge covering (row, col), when that is another cell."""
        spans = self.by_col.get(col)
        if not spans:
            return None
        i = bisect_right(self.starts[col], row) - 1  # merges never overlap: only this one can cover it
        if i < 0:
            return None
        min_row, max_row, anchor_col = spans[i]
        if row > max_row or (min_row, anchor_col) == (row, col):
            return None
        return min_row, anchor_col


class Filler:
    """Gives every cell a merge covers the value of the merge's top-left cell, row by row."""

    def __init__(self, merges: Merges) -> None:
        self.merges = merges
        self.held: dict[tuple[int, int], object] = {}

    def __call__(self, row: int, cells) -> tuple:
        m = self.merges
        cells = list(cells)
        if len(cells) < m.last_col:
            cells += [None] * (m.last_col - len(cells))
        for col in range(1, len(cells) + 1):
            if (row, col) in m.anchors:
                self.held[(row, col)] = cells[col - 1]
                continue
            cell = cells[col - 1]
            if cell is None or cell.value is None:
                at = m.anchor(row, col)
                if at is not None and at in self.held:
                    cells[col - 1] = self.held[at]
        return tuple(cells)
