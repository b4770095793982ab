"""What fits in an Excel sheet, checked before anything is written.

A sheet has 16,384 columns (A to XFD) and 1,048,576 rows. The Matrix puts
modules in columns: a programme with more modules than that gets more
Matrix sheets ("Matrix (2)"…), split between courses where it can, so every
module still has its column and each sheet reads like the first. The
Mappings sheet has one column per item and must stay one sheet (it is the
workbook curmap imports back), so a standard with more items than columns,
or more rows than a sheet holds anywhere, is refused with a message before
a file is touched: a partial or unreadable export would be worse.
"""
from __future__ import annotations

from app.errors import QT_TR_NOOP, CurmapError, Msg

MAX_COLUMNS = 16_384
MAX_ROWS = 1_048_576
MATRIX_FIXED = 4  # duty, item, title, covered: then one column per module
MAPPINGS_FIXED = 3  # course code, module no, module title: then one column per item


def matrix_pages(courses, room: int | None = None) -> list[list[tuple]]:
    """Courses' modules in Matrix sheets of at most ``room`` module columns: [[(course, modules)…]…].

    A course that fits on a sheet is not split; a larger one fills whole sheets.
    Always at least one (possibly empty) page.
    """
    room = room or MAX_COLUMNS - MATRIX_FIXED
    pages: list[list[tuple]] = []
    page: list[tuple] = []
    used = 0
    for course in courses:
        modules = list(course.modules)
        if not modules:
            continue
        if used and used + len(modules) > room:
            pages.append(page)
            page, used = [], 0
        while len(modules) > room - used:
            take = room - used
            page.append((course, modules[:take]))
            pages.append(page)
            page, used, modules = [], 0, modules[take:]
        if modules:
            page.append((course, modules))
            used += len(modules)
    if page or not pages:
        pages.append(page)
    return pages


def check_export(*, item_columns: int, modules: int, matrix_rows: int, task_rows: int, what: str) -> None:
    """Refuse, naming what overflows, when a sheet of the export could not hold it."""
    if item_columns + MAPPINGS_FIXED > MAX_COLUMNS:
        raise CurmapError(QT_TR_NOOP("%1: the standards have %2 items, more than the %3 columns of an Excel "
                                     "sheet can hold on the Mappings sheet; nothing was written. Export one "
                                     "standard at a time (--standard CODE)"),
                          what, item_columns, MAX_COLUMNS - MAPPINGS_FIXED)
    for count, fixed, kind in ((modules, 1, QT_TR_NOOP("modules")), (matrix_rows, 3, QT_TR_NOOP("items")),
                               (task_rows, 1, QT_TR_NOOP("tasks"))):
        if count + fixed > MAX_ROWS:
            raise CurmapError(QT_TR_NOOP("%1: %2 %3 are more than the %4 rows of an Excel sheet; "
                                         "nothing was written"), what, count, Msg(kind), MAX_ROWS - fixed)
