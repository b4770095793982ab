"""Read a curriculum workbook saved as OpenDocument (.ods, LibreOffice's own format).

The sheets are streamed out of ``content.xml`` with defusedxml (already how
curmap reads XML it did not write: no entities, no external references) and
handed, cell by cell, to the same Modules and Mappings readers as an .xlsx,
so both formats give the same CurriculumWorkbook and the same messages.
(odfpy, the usual ODF library, has had no release since 2020 and parses with
plain SAX; a table's cells are all this needs.)
"""
from __future__ import annotations

import io
import os
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.errors import QT_TR_NOOP, Msg
from app.excel.common import SHEETS, Problem, WorkbookError, sheet_key
from app.excel.workbook import CurriculumWorkbook, read_mappings, read_modules
from app.progress import NO_PROGRESS, Progress

ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
MAX_CONTENT = 200 * 1024 * 1024  # content.xml, uncompressed
MAX_CELLS_PER_ROW = 20_000
NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}
T, O, X = (f"{{{NS[k]}}}" for k in ("table", "office", "text"))


@dataclass
class OdsCell:
    """What the sheet readers ask of a cell: its value and openpyxl's data_type letter."""

    value: object
    data_type: str  # s, n, b, d, f (formula), e (error)


class OdsSheet:
    """One sheet's rows, as the sheet readers walk an openpyxl worksheet."""

    def __init__(self, title: str, rows: list[tuple[OdsCell | None, ...]]) -> None:
        self.title = title
        self._rows = rows
        self.max_row = len(rows)

    def reset_dimensions(self) -> None:
        pass

    def iter_rows(self):
        return iter(self._rows)


def is_ods(data: bytes) -> bool:
    """An ODF spreadsheet package: a zip whose first member, ``mimetype``, says so."""
    return data[:2] == b"PK" and data[30:38] == b"mimetype" and ODS_MIME in data[38:38 + 60]


def _fail(path, message: Msg) -> WorkbookError:
    return WorkbookError(path, [Problem("", message)])


def _content(path: str | os.PathLike[str], data: bytes) -> bytes:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise _fail(path, Msg(QT_TR_NOOP("is damaged or truncated (an incomplete .ods file)"))) from None
    with archive:
        try:
            info = archive.getinfo("content.xml")
        except KeyError:
            raise _fail(path, Msg(QT_TR_NOOP("is not an OpenDocument spreadsheet (no content.xml)"))) from None
        if info.file_size > MAX_CONTENT:
            raise _fail(path, Msg(QT_TR_NOOP("would expand to %1 MB (more than %2 MB); "
                                              "refused as a possible decompression bomb"),
                                  info.file_size // 2**20, MAX_CONTENT // 2**20))
        try:
            return archive.read(info)
        except Exception as exc:  # noqa: BLE001 - any damage in a user's file
            raise _fail(path, Msg(QT_TR_NOOP("is damaged (%1: %2)"), "content.xml", exc)) from None


def _text(cell) -> str:
    """A cell's text: paragraphs on their own lines; text:s, text:tab, text:line-break as they show."""
    def walk(node) -> str:
        out = [node.text or ""]
        for child in node:
            tag = child.tag
            if tag == f"{X}s":
                out.append(" " * int(child.get(f"{X}c", "1") or 1))
            elif tag == f"{X}tab":
                out.append("\t")
            elif tag == f"{X}line-break":
                out.append("\n")
            elif tag != f"{O}annotation":
                out.append(walk(child))
            out.append(child.tail or "")
        return "".join(out)
    return "\n".join(walk(p) for p in cell if p.tag == f"{X}p")


def _number(text: str):
    value = float(text)
    return int(value) if value.is_integer() and "." not in text and "e" not in text.lower() else value


def _cell(cell) -> OdsCell | None:
    if cell.tag == f"{T}covered-table-cell":
        return None
    formula = cell.get(f"{T}formula")
    kind = cell.get(f"{O}value-type")
    text = _text(cell)
    if formula:
        return OdsCell(formula, "f")
    if kind in ("float", "percentage", "currency"):
        return OdsCell(_number(cell.get(f"{O}value", "0")), "n")
    if kind == "boolean":
        return OdsCell(cell.get(f"{O}boolean-value") == "true", "b")
    if kind == "date":
        raw = cell.get(f"{O}date-value", "")
        return OdsCell(datetime.fromisoformat(raw) if "T" in raw else date.fromisoformat(raw), "d")
    if kind == "time":
        return OdsCell(cell.get(f"{O}time-value", text), "d")
    if not text:
        return None
    return OdsCell(text, "s")


def _sheets(content: bytes, wanted) -> tuple[dict[str, OdsSheet], list[str]]:
    """The sheets whose names ``wanted(name)`` accepts (rows without the trailing blank ones),
    and the names of all sheets."""
    from defusedxml.ElementTree import iterparse

    out: dict[str, OdsSheet] = {}
    names: list[str] = []
    rows: list[tuple] = []
    blank_run = 0
    keep = False
    for event, node in iterparse(io.BytesIO(content), events=("start", "end")):
        tag = node.tag
        if event == "start":
            if tag == f"{T}table":
                name = node.get(f"{T}name", "")
                names.append(name)
                keep, rows, blank_run = wanted(name), [], 0
            continue
        if tag == f"{T}table-row" and keep:
            cells: list[OdsCell | None] = []
            for cell in node:
                if cell.tag not in (f"{T}table-cell", f"{T}covered-table-cell"):
                    continue
                value = _cell(cell)
                repeat = int(cell.get(f"{T}number-columns-repeated", "1") or 1)
                if value is None and len(cells) + repeat > MAX_CELLS_PER_ROW:
                    break  # a blank run to the sheet's edge
                cells.extend([value] * min(repeat, MAX_CELLS_PER_ROW))
            while cells and cells[-1] is None:
                cells.pop()
            repeat = int(node.get(f"{T}number-rows-repeated", "1") or 1)
            if not cells:
                blank_run += repeat  # kept only if a row with values follows
            else:
                rows.extend([()] * blank_run)
                blank_run = 0
                rows.extend([tuple(cells)] * min(repeat, 200_001))
            node.clear()
        elif tag == f"{T}table":
            if keep and names[-1] not in out:
                out[names[-1]] = OdsSheet(names[-1], rows)
            node.clear()
    return out, names


def read_ods(path: str | os.PathLike[str], progress: Progress = NO_PROGRESS,
             data: bytes | None = None) -> CurriculumWorkbook:
    """Parse and check the Modules and Mappings sheets of an .ods; raises WorkbookError listing every problem.
    ``data``: the file's bytes when the caller has read them already (read_any)."""
    from defusedxml import DefusedXmlException

    from app.excel.read import file_bytes

    progress.step(0, 0, Msg(QT_TR_NOOP("checking the file")))
    p = Path(path)
    if data is None:
        data = file_bytes(p)  # a plain file of sane size: a pipe or a device is refused, not read
    content = _content(p, data)
    progress.step(0, 0, Msg(QT_TR_NOOP("reading the workbook")))
    try:
        found, names = _sheets(content, lambda name: sheet_key(name, ("modules", "mappings")) is not None)
    except DefusedXmlException:
        raise _fail(p, Msg(QT_TR_NOOP("declares XML entities or external references (a possible attack); "
                                      "refused"))) from None
    except Exception as exc:  # noqa: BLE001 - whatever a damaged file makes the parser raise
        raise _fail(p, Msg(QT_TR_NOOP("cannot be read as an OpenDocument spreadsheet (%1: %2)"),
                           type(exc).__name__, exc)) from None
    sheets = {}
    for name, sheet in found.items():
        key = sheet_key(name, ("modules", "mappings"))
        sheets.setdefault(key, sheet)
    problems: list[Problem] = []
    for key in ("modules", "mappings"):
        if key not in sheets:
            en, zh = SHEETS[key]
            has = ", ".join(names) or Msg(QT_TR_NOOP("none"))
            problems.append(Problem("", Msg(QT_TR_NOOP("no sheet named '%1' (or '%2'); the workbook has: %3"),
                                            en, zh, has)))
    courses = read_modules(sheets["modules"], problems) if "modules" in sheets else []
    columns, cells = (read_mappings(sheets["mappings"], courses if "modules" in sheets else None, problems)
                      if "mappings" in sheets else ([], []))
    if problems:
        raise WorkbookError(p, problems)
    return CurriculumWorkbook(p.name, courses, columns, cells)
