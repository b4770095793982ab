"""The curriculum workbook's two sheets, cell by cell: Modules and Mappings.

Pure parsing and checking of form (no database): each bad cell adds a
``Problem`` naming ``Sheet!A1``; whether item codes and levels fit a
programme is checked later, by the import plan.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from openpyxl.utils import get_column_letter

from app.curriculum import fields
from app.errors import QT_TR_NOOP, Msg
from app.excel.common import MAPPING_INFO_KEYS, MAPPING_KEYS, MODULE_COLUMNS, Problem, header_key, split_level
from app.text import clean_text

MAX_ROWS = 200_000
# The columns' lengths in the schema: a workbook is held to what the map can store.
LIMITS = {"course_code": fields.length_limit("course", "code"), "course_name": fields.length_limit("course", "name"),
          "semester": fields.length_limit("course", "semester"), "module_title": fields.length_limit("module", "title")}
ITEM_HEADER = re.compile(r"^(?:(?P<std>[A-Za-z]{2,5}\d{3,5}-\d{3}(?:[vV]\d+)?)\s*[:/]\s*)?"
                         r"(?P<kind>[KSAksa])\s*(?P<num>\d{1,4})$")
# What a cell holds, as messages name it.
_CODE, _NAME, _CREDITS = fields.name("course", "code"), fields.name("course", "name"), Msg(QT_TR_NOOP("credits"))
_SEMESTER, _NUMBER = fields.name("course", "semester"), Msg(QT_TR_NOOP("module number"))
_TITLE, _HOURS, _LEVEL = fields.name("module", "title"), Msg(QT_TR_NOOP("hours")), Msg(QT_TR_NOOP("mapping level"))

@dataclass(slots=True)  # a 100,000-row workbook holds many
class WorkbookModule:
    number: int
    title: str
    hours: float | None
    ref: str  # its row on the Modules sheet, e.g. "Modules!E5"


@dataclass(slots=True)  # a 100,000-row workbook holds many
class WorkbookCourse:
    code: str
    name: str
    credits: float | None
    semester: str
    ref: str
    modules: list[WorkbookModule] = field(default_factory=list)


@dataclass(slots=True)  # a 100,000-row workbook holds many
class WorkbookColumn:
    header: str  # as written
    standard: str | None  # "KRM2431-001v2" when the header names its standard
    kind: str  # K, S or A
    number: int  # K07 -> 7
    ref: str  # "Mappings!D1"

    @property
    def code(self) -> str:
        return f"{self.kind}{self.number:02d}"


@dataclass(slots=True)  # a 100,000-row workbook holds many
class WorkbookCell:
    course: str
    number: int
    column: int  # index into CurriculumWorkbook.columns
    label: str  # the level as written, without the *
    assessed: bool
    ref: str


@dataclass
class CurriculumWorkbook:
    """What a curriculum workbook says, checked for form but not against a map."""

    source: str  # the file's name, for messages
    courses: list[WorkbookCourse]
    columns: list[WorkbookColumn]
    cells: list[WorkbookCell]

    def module_count(self) -> int:
        return sum(len(c.modules) for c in self.courses)



# ---- cells ---------------------------------------------------------------

class _Cells:
    """Typed reads of one sheet's cells; each bad cell adds a Problem."""

    def __init__(self, title: str, problems: list[Problem]) -> None:
        self.title = title
        self.problems = problems

    def ref(self, col: int, row: int) -> str:
        return f"{self.title}!{get_column_letter(col)}{row}"

    def bad(self, col: int, row: int, message: Msg) -> None:
        self.problems.append(Problem(self.ref(col, row), message))

    def _plain(self, cell, col: int, row: int, what: Msg):
        """The value, or a Problem for a formula, an error or a date; ``...`` marks refusal."""
        if cell is None:
            return None
        if cell.data_type == "f":
            self.bad(col, row, Msg(QT_TR_NOOP("holds a formula (%1); type the %2 itself"),
                                   str(cell.value)[:40], what))
            return ...
        if cell.data_type == "e":
            self.bad(col, row, Msg(QT_TR_NOOP("holds an error value %1; type the %2"), cell.value, what))
            return ...
        value = cell.value
        if isinstance(value, (datetime, date, time, timedelta)):
            self.bad(col, row, Msg(QT_TR_NOOP("holds a date or time where %1 is expected "
                                              "(format the cell as text and type it again)"), what))
            return ...
        return value

    def text(self, cell, col: int, row: int, what: Msg, limit: int | None = None) -> str | None:
        value = self._plain(cell, col, row, what)
        if value is ...:
            return None
        if value is None:
            return ""
        if isinstance(value, bool):
            self.bad(col, row, Msg(QT_TR_NOOP("holds TRUE/FALSE where %1 is expected"), what))
            return None
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        text = " ".join(clean_text(str(value)).split())
        if limit and len(text) > limit:
            self.bad(col, row, Msg(QT_TR_NOOP("the %1 is longer than %2 characters"), what, limit))
            return None
        return text

    def number(self, cell, col: int, row: int, what: Msg, *, integer: bool = False,
               minimum: float = 0) -> float | int | None:
        value = self._plain(cell, col, row, what)
        if value is ... or value is None:
            return None
        if isinstance(value, str):
            if not value.strip():
                return None
            try:
                value = float(value.strip().replace(",", ""))
            except ValueError:
                self.bad(col, row, Msg(QT_TR_NOOP("'%1' is not a number (%2)"), value.strip()[:30], what))
                return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
            self.bad(col, row, Msg(QT_TR_NOOP("holds %1 where a number (%2) is expected"), repr(value), what))
            return None
        if integer:
            if float(value) != int(value):
                self.bad(col, row, Msg(QT_TR_NOOP("%1 is not a whole number (%2)"), value, what))
                return None
            value = int(value)
        if value < minimum:
            self.bad(col, row, Msg(QT_TR_NOOP("%1 is below %2 (%3)"), value, minimum, what))
            return None
        return value

    def amount(self, cell, col: int, row: int, key: str) -> float | None:
        """Credits or hours: a number the map can store (finite, 0 up to a sane most)."""
        value = self.number(cell, col, row, fields.name("course", key), minimum=float("-inf"))
        if value is None:
            return None
        problem = fields.amount_problem(key, float(value))
        if problem is not None:
            self.bad(col, row, problem)
            return None
        return value


def _blank(cell) -> bool:
    return cell is None or cell.value is None or (isinstance(cell.value, str) and not cell.value.strip())


def _rows(ws, problems: list[Problem], start: int = 1, tick=None, fill=None):
    """(row number, cells) for each row from ``start`` with a value, up to MAX_ROWS.

    ``fill`` (merged.Filler) gives merged cells their merge's value.
    """
    for n, cells in enumerate(ws.iter_rows(), start=1):
        if fill is not None:
            cells = fill(n, cells)
        if tick is not None and n % 200 == 0:
            tick(n)
        if n > MAX_ROWS:
            problems.append(Problem(ws.title, Msg(QT_TR_NOOP("more than %1 rows; only the first were read"),
                                                  MAX_ROWS)))
            return
        if n >= start and not all(_blank(c) for c in cells):
            yield n, cells


def _header(ws, reader: _Cells, keys, problems: list[Problem], fill=None):
    """The first row with a value: {key: column} for known headers, and the other columns."""
    ws.reset_dimensions()  # do not trust the file's own idea of its size
    for n, cells in _rows(ws, problems, fill=fill):
        found: dict[str, int] = {}
        others: list[tuple[int, object]] = []
        for col, cell in enumerate(cells, start=1):
            if _blank(cell):
                continue
            if cell.data_type == "f":
                reader.bad(col, n, Msg(QT_TR_NOOP("a header cannot be a formula")))
                continue
            key = header_key(cell.value, keys)
            if key is None:
                others.append((col, cell.value))
            elif key in found:
                reader.bad(col, n, Msg(QT_TR_NOOP("a second '%1' column"), MODULE_COLUMNS[key][0]))
            else:
                found[key] = col
        return n, found, others
    problems.append(Problem(ws.title, Msg(QT_TR_NOOP("the sheet is empty (it needs a header row)"))))
    return None, {}, []


def _cell(cells, col: int | None):
    if col is None or col > len(cells):
        return None
    return cells[col - 1]





def _missing(ws, row: int, cols: dict[str, int], keys, problems: list[Problem]) -> bool:
    gone = [k for k in keys if k not in cols]
    for k in gone:
        en, zh = MODULE_COLUMNS[k]
        problems.append(Problem(f"{ws.title}!A{row}",
                                Msg(QT_TR_NOOP("no column '%1' (or '%2') in the header row"), en, zh)))
    return bool(gone)


# ---- Modules -------------------------------------------------------------

def read_modules(ws, problems: list[Problem], tick=None, fill=None) -> list[WorkbookCourse]:
    r = _Cells(ws.title, problems)
    head, cols, _ = _header(ws, r, tuple(MODULE_COLUMNS), problems, fill)
    if head is None or _missing(ws, head, cols, MODULE_COLUMNS, problems):
        return []
    courses: dict[str, WorkbookCourse] = {}
    seen: dict[tuple[str, int], int] = {}
    c = cols
    for n, cells in _rows(ws, problems, head + 1, tick, fill):
        get = {k: _cell(cells, col) for k, col in cols.items()}
        code = r.text(get["course_code"], c["course_code"], n, _CODE, LIMITS["course_code"])
        name = r.text(get["course_name"], c["course_name"], n, _NAME, LIMITS["course_name"])
        credits = r.amount(get["credits"], c["credits"], n, "credits")
        semester = r.text(get["semester"], c["semester"], n, _SEMESTER, LIMITS["semester"])
        number = r.number(get["module_no"], c["module_no"], n, _NUMBER, integer=True, minimum=1)
        title = r.text(get["module_title"], c["module_title"], n, _TITLE, LIMITS["module_title"])
        hours = r.amount(get["hours"], c["hours"], n, "hours")
        if code == "":
            r.bad(c["course_code"], n, Msg(QT_TR_NOOP("no course code")))
            continue
        if code is None:
            continue
        course = courses.get(code)
        if course is None:
            if name == "":
                r.bad(c["course_name"], n, Msg(QT_TR_NOOP("no course name for course %1"), code))
            course = courses[code] = WorkbookCourse(code, name or "", credits, semester or "",
                                                    r.ref(c["course_code"], n))
        else:
            _same(r, n, c["course_name"], code, QT_TR_NOOP("course %1 has name %2 here but %3 at %4"),
                  name or None, course.name or None, course.ref)
            _same(r, n, c["credits"], code, QT_TR_NOOP("course %1 has credits %2 here but %3 at %4"),
                  credits, course.credits, course.ref)
            _same(r, n, c["semester"], code, QT_TR_NOOP("course %1 has semester %2 here but %3 at %4"),
                  semester or None, course.semester or None, course.ref)
        if _blank(get["module_no"]):
            if title:
                r.bad(c["module_no"], n, Msg(QT_TR_NOOP("no module number for the module %1 of %2"), title, code))
            elif hours is not None:
                r.bad(c["module_no"], n, Msg(QT_TR_NOOP("no module number for the module of %1"), code))
            continue  # a course with no modules (yet)
        if number is None:
            continue
        if title == "":
            r.bad(c["module_title"], n, Msg(QT_TR_NOOP("no title for module %1 #%2"), code, number))
        key = (code, number)
        if key in seen:
            r.bad(c["module_no"], n, Msg(QT_TR_NOOP("module %1 #%2 appears twice (rows %3 and %4)"),
                                         code, number, seen[key], n))
            continue
        seen[key] = n
        course.modules.append(WorkbookModule(number, title or "", hours, r.ref(c["module_no"], n)))
    for course in courses.values():
        course.modules.sort(key=lambda m: m.number)
        numbers = [m.number for m in course.modules]
        if numbers != list(range(1, len(numbers) + 1)):
            first_off = next(m for n, m in enumerate(course.modules, start=1) if m.number != n)
            found = ", ".join(map(str, numbers[:12])) + ("…" if len(numbers) > 12 else "")
            problems.append(Problem(first_off.ref, Msg(
                QT_TR_NOOP("the modules of %1 must be numbered 1, 2, 3… without gaps (found %2)"),
                course.code, found)))
    return list(courses.values())


def _same(r: _Cells, row: int, col: int, code: str, template: str, value, first, first_ref: str) -> None:
    """A course's fields repeat on each of its rows: a blank repeats the first, a value must match it."""
    if value is not None and value != first:
        shown = Msg(QT_TR_NOOP("blank")) if first is None else repr(first)
        r.bad(col, row, Msg(template, code, repr(value), shown, first_ref))


# ---- Mappings ------------------------------------------------------------

def read_mappings(ws, courses: list[WorkbookCourse] | None, problems: list[Problem], tick=None, fill=None
                  ) -> tuple[list[WorkbookColumn], list[WorkbookCell]]:
    """The item columns and the non-blank level cells; ``courses`` (the Modules sheet) when readable."""
    r = _Cells(ws.title, problems)
    head, cols, others = _header(ws, r, MAPPING_KEYS + MAPPING_INFO_KEYS, problems, fill)
    if head is None:
        return [], []
    columns: list[WorkbookColumn] = []
    index: dict[int, int] = {}  # sheet column -> columns index
    named: dict[tuple, str] = {}
    for col, value in others:
        text = " ".join(str(value).split())
        m = ITEM_HEADER.match(text)
        if isinstance(value, (datetime, date, time, timedelta)) or not m:
            r.bad(col, head, Msg(QT_TR_NOOP("'%1' is not an item code (such as K01, S03 or A02)"), text[:30]))
            continue
        std = m["std"]
        key = ((std or "").upper(), m["kind"].upper(), int(m["num"]))
        if key in named:
            r.bad(col, head, Msg(QT_TR_NOOP("item %1 has a second column (first at %2)"), text, named[key]))
            continue
        named[key] = r.ref(col, head)
        index[col] = len(columns)
        columns.append(WorkbookColumn(text, std, m["kind"].upper(), int(m["num"]), r.ref(col, head)))
    if _missing(ws, head, cols, MAPPING_KEYS, problems):
        return columns, []
    fixed = set(cols.values())
    unnamed_ok = {c for c, _ in others}  # under a bad header: that header is the problem
    known = {(c.code, m.number) for c in courses for m in c.modules} if courses is not None else None
    cells: list[WorkbookCell] = []
    seen: dict[tuple[str, int], int] = {}
    cc, cn = cols["course_code"], cols["module_no"]
    for n, row in _rows(ws, problems, head + 1, tick, fill):
        code = r.text(_cell(row, cc), cc, n, _CODE, LIMITS["course_code"])
        number = r.number(_cell(row, cn), cn, n, _NUMBER, integer=True, minimum=1)
        found = []
        for col, cell in enumerate(row, start=1):
            if col in fixed or _blank(cell):
                continue
            if col not in index:
                if col not in unnamed_ok:
                    r.bad(col, n, Msg(QT_TR_NOOP("a value in a column with no item code in row %1"), head))
                continue
            value = r._plain(cell, col, n, _LEVEL)
            if value is ... or value is None:
                continue
            if not isinstance(value, str):
                r.bad(col, n, Msg(QT_TR_NOOP("holds %1 where a level (such as I, R or M) is expected"),
                                  repr(value)))
                continue
            lab, assessed = split_level(value)
            if not lab or len(lab) > 10 or " " in lab:
                r.bad(col, n, Msg(QT_TR_NOOP("'%1' is not a level (such as I, R or M, with * when assessed)"),
                                 value.strip()[:20]))
                continue
            found.append((index[col], lab, assessed, r.ref(col, n)))
        if not code or number is None:
            if code == "":
                r.bad(cc, n, Msg(QT_TR_NOOP("no course code")))
            if number is None and _blank(_cell(row, cn)):
                r.bad(cn, n, Msg(QT_TR_NOOP("no module number")))
            continue
        key = (code, number)
        if key in seen:
            r.bad(cn, n, Msg(QT_TR_NOOP("module %1 #%2 has a second row (rows %3 and %4)"),
                             code, number, seen[key], n))
            continue
        seen[key] = n
        if known is not None and key not in known:
            r.bad(cc, n, Msg(QT_TR_NOOP("module %1 #%2 is not on the Modules sheet"), code, number))
            continue
        cells += [WorkbookCell(code, number, i, lab, a, ref) for i, lab, a, ref in found]
    return columns, cells
