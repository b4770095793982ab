"""Writing workbooks: openpyxl write-only sheets, shared styles, a safe save.

A styled cell copies a prepared style array instead of assigning font, fill
and alignment one by one, which keeps large sheets close to the speed of
writing bare values.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from copy import copy
from math import ceil
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._writer import ALL_TEMP_FILES, WorksheetWriter
from openpyxl.worksheet.dimensions import ColumnDimension

from app import safe_write
from app.errors import QT_TR_NOOP, CurmapError
from app.excel.common import HEADER_FILL, STATUS_FILLS, display_width, level_fills
from app.text import drop_unwanted, has_unwanted

_THIN = Side(style="thin", color="A6A6A6")
# The workbook's body font, named on every styled cell: a Font without a name makes
# LibreOffice fall back to a serif for headings.
FONT = "Calibri"

# Text stored before it was cleaned on the way in (or by another program) may
# hold what XML 1.0 cannot (a bell, U+FFFE): dropped here, or the file is unreadable.
clean = drop_unwanted


def _style_specs(scale: tuple[str, ...]) -> dict[str, dict]:
    specs: dict[str, dict] = {
        "title": {"font": Font(name=FONT, bold=True, size=14)},
        "bold": {"font": Font(name=FONT, bold=True)},
        "header": {"font": Font(name=FONT, bold=True), "fill": PatternFill("solid", fgColor=HEADER_FILL),
                   "alignment": Alignment(wrap_text=True, vertical="top"),
                   "border": Border(bottom=_THIN)},
        "header_rot": {"font": Font(name=FONT, bold=True), "fill": PatternFill("solid", fgColor=HEADER_FILL),
                       "alignment": Alignment(text_rotation=90, vertical="bottom", horizontal="center"),
                       "border": Border(bottom=_THIN, left=_THIN)},
        "course_head": {"font": Font(name=FONT, bold=True), "fill": PatternFill("solid", fgColor=HEADER_FILL),
                        "alignment": Alignment(wrap_text=True, vertical="top", horizontal="center"),
                        "border": Border(left=_THIN)},
        "wrap": {"alignment": Alignment(wrap_text=True, vertical="top")},
        "top": {"alignment": Alignment(vertical="top")},
        "center": {"alignment": Alignment(horizontal="center", vertical="top")},
        "pct": {"number_format": "0%"},
        "text": {"number_format": "@"},
        "date": {"number_format": "yyyy-mm-dd", "alignment": Alignment(horizontal="left")},
    }
    for rank, (colour, dark) in enumerate(level_fills(scale), start=1):
        specs[f"level{rank}"] = {"fill": PatternFill("solid", fgColor=colour),
                                 "font": Font(name=FONT, color="FFFFFF" if dark else "000000"),
                                 "alignment": Alignment(horizontal="center")}
    for status, colour in STATUS_FILLS.items():
        specs[f"status_{status}"] = {"fill": PatternFill("solid", fgColor=colour),
                                     "alignment": Alignment(vertical="top")}
    return specs


class Book:
    """A write-only workbook whose sheets share one set of named styles.

    Each sheet streams into a temporary file of ours (see app.safe_write);
    ``writing`` wraps the work so a failure, a cancel or a termination
    removes them, and ``save`` moves the finished file in place.
    """

    def __init__(self, scale: tuple[str, ...] = ("I", "R", "M")) -> None:
        self.wb = Workbook(write_only=True)
        self._specs = _style_specs(scale)
        self._arrays: dict[str, object] = {}
        self.sheets: list[Sheet] = []
        self.temp_folder = Path(tempfile.gettempdir())
        safe_write.clear_stale(self.temp_folder)  # what a killed export left behind

    def sheet(self, title: str) -> Sheet:
        ws = self.wb.create_sheet(title)
        book = self

        def get_writer():  # openpyxl's own, but into a temporary file named as ours
            if ws._writer is None:
                out = str(safe_write.new_temp(book.temp_folder, ".xml", hidden=False))
                ALL_TEMP_FILES.append(out)  # openpyxl removes it from this list once archived
                ws._writer = WorksheetWriter(ws, out=out)
                ws._writer.write_top()

        ws._get_writer = get_writer
        sheet = Sheet(self, ws)
        self.sheets.append(sheet)
        return sheet

    def style_array(self, name: str, ws):
        array = self._arrays.get(name)
        if array is None:
            proto = WriteOnlyCell(ws)
            for attr, value in self._specs[name].items():
                setattr(proto, attr, value)
            array = self._arrays[name] = proto._style
        return array

    def set_active(self, sheet: Sheet) -> None:
        """Open on ``sheet``, with only its tab selected (else Excel groups the tabs)."""
        self.wb.active = self.wb.worksheets.index(sheet.ws)
        for other in self.sheets:
            other.ws.sheet_view.tabSelected = other is sheet

    @contextmanager
    def writing(self, path: str | os.PathLike[str]) -> Iterator[None]:
        """Build and save the book inside this block; on any failure nothing stays behind.

        Until ``save`` only the sheets' temporary files are written: a full or
        unwritable temporary folder is named as such, not blamed on ``path``.
        """
        try:
            yield
        except OSError as exc:
            self.discard()
            raise CurmapError(QT_TR_NOOP("%1: cannot write the workbook's temporary files in %2 (%3); "
                                         "nothing was written"), path, self.temp_folder,
                              exc.strerror or exc) from None
        except BaseException:
            self.discard()
            raise

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write to a temporary file beside ``path`` (through a symlink), then move it in place."""
        for sheet in self.sheets:  # the temporary sheet files complete (the temporary folder's disk)
            if not sheet.ws.closed:
                sheet.ws.close()
        with safe_write.user_file(path, ".xlsx") as tmp:
            self._zip(tmp)
        for sheet in self.sheets:  # openpyxl removed them as it archived them
            safe_write.forget(sheet.ws._writer.out)

    def _zip(self, tmp: Path) -> None:
        """openpyxl's save, with the zip archive closed on failure too (no file left open)."""
        from datetime import datetime, timezone
        from zipfile import ZIP_DEFLATED, ZipFile

        from openpyxl.writer.excel import ExcelWriter

        with open(tmp, "wb") as fh:
            archive = ZipFile(fh, "w", ZIP_DEFLATED, allowZip64=True)
            try:
                self.wb.properties.modified = datetime.now(tz=timezone.utc).replace(tzinfo=None)
                ExcelWriter(self.wb, archive).save()
            except BaseException:
                try:
                    archive.close()  # releases it; the half-written file goes with the temporary name
                except (OSError, ValueError):
                    pass
                raise

    def discard(self) -> None:
        """Close and delete the sheets' temporary files after a failure or cancel."""
        for sheet in self.sheets:
            writer = getattr(sheet.ws, "_writer", None)
            if writer is None:
                continue
            try:
                rows = getattr(sheet.ws, "_rows", None)
                if rows is not None:
                    rows.close()
                writer.close()
            except Exception:  # noqa: BLE001 - best effort cleanup of temp files
                pass
            out = getattr(writer, "out", None)
            if isinstance(out, str):
                safe_write.forget(out)


class Sheet:
    def __init__(self, book: Book, ws) -> None:
        self.book = book
        self.ws = ws
        self.ws.sheet_view.tabSelected = False

    def cell(self, value, style: str) -> WriteOnlyCell:
        if isinstance(value, str):
            value = clean(value)
        c = WriteOnlyCell(self.ws, value)
        if isinstance(value, str) and value.startswith("="):
            c.data_type = "s"  # text that looks like a formula stays text
        c._style = copy(self.book.style_array(style, self.ws))
        return c

    def text(self, value):
        """A user's text as a plain cell value: control characters dropped, never a formula."""
        if not isinstance(value, str):
            return value
        value = clean(value)
        if value.startswith("="):
            # Styled as Text (@): openpyxl would otherwise reuse an unstyled cell object for the next value.
            c = self.cell(value, "text")
            return c
        return value or None

    def styler(self, style: str):
        """A fast ``value -> styled cell`` for one style (large sheets)."""
        array = self.book.style_array(style, self.ws)
        ws = self.ws

        def make(value):
            c = WriteOnlyCell(ws, value)
            c._style = copy(array)
            return c
        return make

    def header(self, values: list, style: str = "header") -> list:
        return [self.cell(v, style) for v in values]

    def widths(self, widths: list[float], start: int = 1) -> None:
        """Set column widths before any row is written."""
        for i, width in enumerate(widths, start=start):
            self.ws.column_dimensions[get_column_letter(i)] = ColumnDimension(
                self.ws, index=get_column_letter(i), width=width)

    def width_range(self, first: int, last: int, width: float) -> None:
        """One width for columns ``first``..``last`` (one <col> element, however many)."""
        if last < first:
            return
        letter = get_column_letter(first)
        self.ws.column_dimensions[letter] = ColumnDimension(self.ws, index=letter, width=width,
                                                           min=first, max=last)

    def append(self, row: list) -> None:
        for n, value in enumerate(row):  # the last guard: no plain text reaches the file unchecked
            if type(value) is str and has_unwanted(value):
                row[n] = drop_unwanted(value)
        self.ws.append(row)

    def print_setup(self, *, landscape: bool = True, title_rows: str | None = None,
                    title_cols: str | None = None, fit_width: bool = True) -> None:
        """A4; one page wide, or (``fit_width=False``, for sheets far wider than a page) across
        as many pages as it takes, at full size, with the title rows and columns on each."""
        ws = self.ws
        ws.page_setup.orientation = "landscape" if landscape else "portrait"
        ws.page_setup.paperSize = "9"  # A4
        if fit_width:
            ws.page_setup.fitToWidth = 1
            ws.page_setup.fitToHeight = 0
            ws.sheet_properties.pageSetUpPr.fitToPage = True
        else:
            ws.page_setup.pageOrder = "overThenDown"  # a row band's item columns, then the next band
        if title_rows:
            ws.print_title_rows = title_rows
        if title_cols:
            ws.print_title_cols = title_cols


class Styled:
    """A value with a named style, for rows built before their sheet is written."""

    __slots__ = ("value", "style")

    def __init__(self, value, style: str) -> None:
        self.value = value
        self.style = style


def write_fitted(sheet: Sheet, rows: list[list], *, caps: list[int] | None = None,
                 minimum: int = 6, skip: int = 0) -> None:
    """Size each column to its widest text (CJK counts double) and each row to its lines, then write ``rows``.

    The first ``skip`` rows (a title) do not widen the columns.
    """
    cache: dict[str, tuple[int, ...]] = {}

    def lines_of(value) -> tuple[int, ...]:
        if value is None:
            return (0,)
        text = value if isinstance(value, str) else ("100%" if isinstance(value, float) else str(value))
        got = cache.get(text)
        if got is None:
            got = cache[text] = tuple(display_width(line) for line in text.split("\n"))
        return got

    ncols = max((len(r) for r in rows), default=0)
    widest = [0] * ncols
    for r in rows[skip:]:
        for col, v in enumerate(r):
            w = max(lines_of(v.value if isinstance(v, Styled) else v))
            if w > widest[col]:
                widest[col] = w
    widths = [float(max(minimum, min(caps[col] if caps and col < len(caps) else 60, widest[col] + 2)))
              for col in range(ncols)]
    sheet.widths(widths)
    for n, r in enumerate(rows, start=1):
        height = row_height(r, widths, lines_of)
        if height:
            sheet.ws.row_dimensions[n].height = height
        sheet.append([sheet.cell(v.value, v.style) if isinstance(v, Styled) else sheet.text(v) for v in r])


WRAPPING = {"wrap", "header", "course_head"}
LINE_HEIGHT = 15.5  # points per line of 11 pt text, CJK included
MAX_ROW_HEIGHT = 409.0  # Excel's limit; taller rows make it repair the file


def row_height(row: list, widths: list[float], lines_of=None) -> float | None:
    """Points a row needs for its wrapped text, or None for one line.

    Set explicitly because LibreOffice (and Excel, until a cell is edited)
    keeps the default height for rows written without one.
    """
    lines = 1.0
    for col, v in enumerate(row):
        if not isinstance(v, Styled) or not isinstance(v.value, str):
            continue
        if v.style == "title":
            lines = max(lines, 1.4)
            continue
        if v.style not in WRAPPING and "\n" not in v.value:
            continue
        room = max((widths[col] if col < len(widths) else 8.43) - 1, 1)
        parts = lines_of(v.value) if lines_of else [display_width(p) for p in v.value.split("\n")]
        lines = max(lines, sum(max(1, ceil(w / room)) for w in parts))
    return min(MAX_ROW_HEIGHT, round(LINE_HEIGHT * lines, 1)) if lines > 1 else None

def table_frame(sheet: Sheet, ncols: int, nrows: int, *, freeze: str = "A2", title_cols: str | None = None,
                 header_row: int = 1, fit_width: bool = True) -> None:
    """Frozen header, autofilter, landscape fit-to-width with the header repeated on each page."""
    ws = sheet.ws
    ws.freeze_panes = freeze
    last = get_column_letter(max(ncols, 1))
    ws.auto_filter.ref = f"A{header_row}:{last}{max(nrows, header_row + 1)}"
    sheet.print_setup(landscape=True, title_rows=f"{header_row}:{header_row}", title_cols=title_cols,
                      fit_width=fit_width)
