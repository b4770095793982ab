"""Read a curriculum workbook (sheets Modules and Mappings): parse and check, no database.

The file is checked before openpyxl sees it (not a zip, encrypted, truncated,
a decompression bomb, XML with entity declarations), then read with
``read_only=True, data_only=False`` so formulas show as formulas and are
refused. Every problem found is reported at once, by sheet and cell, as one
``WorkbookError``.
"""
from __future__ import annotations

import io
import os
import warnings
import zipfile
from pathlib import Path

from app.errors import QT_TR_NOOP, Msg
from app.excel.common import SHEETS, Problem, WorkbookError, sheet_key
from app.progress import NO_PROGRESS, Cancelled, Progress
from app.excel.workbook import (  # noqa: F401  (re-exported: the import API)
    CurriculumWorkbook,
    WorkbookCell,
    WorkbookColumn,
    WorkbookCourse,
    WorkbookModule,
    read_mappings,
    read_modules,
)

MAX_FILE = 100 * 1024 * 1024  # bytes on disk
MAX_UNCOMPRESSED = 200 * 1024 * 1024  # all members together
MAX_RATIO = 100  # uncompressed/compressed, for members above RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
MAX_MEMBERS = 10_000


# ---- the file ------------------------------------------------------------

def _fail(path, message: Msg) -> WorkbookError:
    return WorkbookError(path, [Problem("", message)])


def file_bytes(path: str | os.PathLike[str]) -> bytes:
    """A workbook file's bytes (either format), once it is known to be a plain file of sane size."""
    p = Path(path)
    if not p.exists():
        raise _fail(p, Msg(QT_TR_NOOP("no such file")))
    if p.is_dir():
        raise _fail(p, Msg(QT_TR_NOOP("is a folder, not a workbook")))
    if not p.is_file():  # a pipe would block, a device never end
        raise _fail(p, Msg(QT_TR_NOOP("is not a regular file (a device or a pipe); save the workbook as a file")))
    too_big = _fail(p, Msg(QT_TR_NOOP("the file is larger than %1 MB"), MAX_FILE // 2**20))
    if p.stat().st_size > MAX_FILE:
        raise too_big
    try:
        with open(p, "rb") as fh:
            data = fh.read(MAX_FILE + 1)  # what is read is capped, not only what the size claims
    except OSError as exc:
        raise _fail(p, Msg(QT_TR_NOOP("cannot be read (%1)"), exc.strerror or exc)) from None
    if len(data) > MAX_FILE:
        raise too_big
    return data


def checked_bytes(path: str | os.PathLike[str], data: bytes | None = None) -> bytes:
    """The file's bytes, once it is known to be a plain .xlsx package of sane size."""
    p = Path(path)
    if data is None:
        data = file_bytes(p)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise _fail(p, Msg(QT_TR_NOOP("is encrypted (password-protected) or an old .xls file; "
                                      "save it in Excel as an unprotected .xlsx workbook and try again")))
    if not data:
        raise _fail(p, Msg(QT_TR_NOOP("is empty, not an Excel workbook")))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        if data[:4] == b"PK\x03\x04":
            raise _fail(p, Msg(QT_TR_NOOP("is damaged or truncated (an incomplete .xlsx file)"))) from None
        raise _fail(p, Msg(QT_TR_NOOP("is not an Excel workbook (.xlsx)"))) from None
    with archive:
        infos = archive.infolist()
        names = {i.filename for i in infos}
        if len(infos) > MAX_MEMBERS:
            raise _fail(p, Msg(QT_TR_NOOP("holds %1 parts, too many for a workbook; refused"), len(infos)))
        total = sum(i.file_size for i in infos)
        if total > MAX_UNCOMPRESSED:
            raise _fail(p, Msg(QT_TR_NOOP("would expand to %1 MB (more than %2 MB); "
                                          "refused as a possible decompression bomb"),
                               total // 2**20, MAX_UNCOMPRESSED // 2**20))
        for i in infos:
            if i.file_size > RATIO_FLOOR and i.file_size > MAX_RATIO * max(i.compress_size, 1):
                raise _fail(p, Msg(QT_TR_NOOP("part %1 compresses %2 to 1; "
                                              "refused as a possible decompression bomb"),
                                   i.filename, i.file_size // max(i.compress_size, 1)))
        if "xl/workbook.bin" in names:
            raise _fail(p, Msg(QT_TR_NOOP("is a binary workbook (.xlsb); save it as .xlsx and try again")))
        if "xl/workbook.xml" not in names:
            if "mimetype" in names:
                raise _fail(p, Msg(QT_TR_NOOP("is an OpenDocument file (.ods); save it as .xlsx")))
            raise _fail(p, Msg(QT_TR_NOOP("is a zip file but not an Excel workbook (.xlsx)")))
        for i in infos:
            if i.filename.endswith((".xml", ".rels", ".vml")):
                try:
                    with archive.open(i) as member:
                        head = member.read(8192).upper()
                except Exception as exc:  # noqa: BLE001 - any damage in a user's file
                    raise _fail(p, Msg(QT_TR_NOOP("is damaged (%1: %2)"), i.filename, exc)) from None
                if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                    raise _fail(p, Msg(QT_TR_NOOP("part %1 declares XML entities (a possible attack); refused"),
                                       i.filename))
    return data


def _filler(ws):
    """Merged cells count on every row they cover (a course's code merged over its modules)."""
    from app.excel.merged import Filler, Merges

    merges = Merges.of(ws)
    return Filler(merges) if merges else None


def _damage(exc: BaseException, chain: set[str]) -> Msg:
    """What a damaged file's error means, in words: not a Python exception's name."""
    import re

    text = str(exc)
    missing = re.search(r"There is no item named '([^']+)'", text)
    if missing:
        return Msg(QT_TR_NOOP("is damaged or incomplete: the part %1 is missing"), missing[1])
    if chain & {"BadZipFile", "error", "EOFError"}:  # zlib's error: compressed data that does not inflate
        return Msg(QT_TR_NOOP("is damaged (its compressed data is corrupt: %1)"), text or type(exc).__name__)
    if "ParseError" in chain:
        return Msg(QT_TR_NOOP("is damaged (a part is not well-formed XML: %1)"), text)
    return Msg(QT_TR_NOOP("cannot be read as an Excel workbook (%1: %2)"), type(exc).__name__, exc)


def read_workbook(path: str | os.PathLike[str], progress: Progress = NO_PROGRESS,
                  data: bytes | None = None) -> CurriculumWorkbook:
    """Parse and check the Modules and Mappings sheets; raises WorkbookError listing every problem.
    ``data``: the file's bytes when the caller has read them already (read_any)."""
    from openpyxl import load_workbook

    progress.step(0, 0, Msg(QT_TR_NOOP("checking the file")))
    data = checked_bytes(path, data)
    problems: list[Problem] = []
    wb = None
    try:
        with warnings.catch_warnings():
            # openpyxl warns about features of users' files it drops (extensions,
            # data validation, missing styles); none matter for reading values.
            warnings.simplefilter("ignore")
            wb = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
            sheets = {}
            for ws in wb.worksheets:
                key = sheet_key(ws.title, ("modules", "mappings"))
                if key and key not in sheets:
                    sheets[key] = ws
            for key in ("modules", "mappings"):
                if key not in sheets:
                    en, zh = SHEETS[key]
                    has = ", ".join(wb.sheetnames) or Msg(QT_TR_NOOP("none"))
                    problems.append(Problem("", Msg(
                        QT_TR_NOOP("no sheet named '%1' (or '%2'); the workbook has: %3"), en, zh, has)))
            courses: list[WorkbookCourse] = []
            columns: list[WorkbookColumn] = []
            cells: list[WorkbookCell] = []
            # Rows as the file claims them: only a guess for the progress bar.
            claimed = {k: ws.max_row or 0 for k, ws in sheets.items()}
            total = sum(claimed.values())

            def ticker(offset: int):
                what = Msg(QT_TR_NOOP("reading the workbook"))
                return lambda n: progress.step(min(offset + n, total), total, what)

            if "modules" in sheets:
                courses = read_modules(sheets["modules"], problems, ticker(0), _filler(sheets["modules"]))
            if "mappings" in sheets:
                columns, cells = read_mappings(sheets["mappings"], courses if "modules" in sheets else None,
                                                problems, ticker(claimed.get("modules", 0)),
                                                _filler(sheets["mappings"]))
    except (WorkbookError, Cancelled):
        raise
    except Exception as exc:  # noqa: BLE001 - whatever a damaged or hostile file makes openpyxl raise
        chain, cause = set(), exc
        while cause is not None and len(chain) < 10:  # openpyxl wraps the parser's error
            chain.add(type(cause).__name__)
            cause = cause.__cause__ or cause.__context__
        if chain & {"EntitiesForbidden", "DTDForbidden", "ExternalReferenceForbidden"}:
            raise _fail(path, Msg(QT_TR_NOOP("declares XML entities or external references (a possible attack); "
                                         "refused"))) from None
        raise _fail(path, _damage(exc, chain)) from None
    finally:
        if wb is not None:
            wb.close()
    if problems:
        raise WorkbookError(path, problems)
    return CurriculumWorkbook(Path(path).name, courses, columns, cells)


