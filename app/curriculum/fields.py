"""What a programme, course or module field may hold, checked once for every way in.

Text is cleaned (app.text.clean_text) and held to its column's length as
models/tables.py declares it, so SQLite (which would store anything) and
PostgreSQL (which refuses naming no field) answer the same, naming the
field. Amounts must be finite and sane: ``inf`` or ``1e308`` hours would be
stored, then lost on the next round trip through a workbook.
"""
from __future__ import annotations

import math

from sqlalchemy import Table

from app.errors import QT_TR_NOOP, CurmapError, Msg
from app.text import clean_text
from models.tables import course, module, programme

# What a field is called in messages (the workbook reader names its cells the same).
NAMES: dict[tuple[str, str], str] = {
    ("programme", "name"): QT_TR_NOOP("programme name"),
    ("programme", "scale"): QT_TR_NOOP("mapping levels"),
    ("course", "code"): QT_TR_NOOP("course code"),
    ("course", "name"): QT_TR_NOOP("course name"),
    ("course", "semester"): QT_TR_NOOP("semester"),
    ("module", "title"): QT_TR_NOOP("module title"),
    ("course", "credits"): QT_TR_NOOP("credits"),
    ("course", "hours"): QT_TR_NOOP("hours"),
    ("module", "hours"): QT_TR_NOOP("hours"),
}
# The most a course or module can sensibly hold (the window's spin boxes stop here too).
MOST = {"credits": 99, "hours": 9999}
YEARS = (1, 8)  # a course's year of study
_TABLES = {"programme": programme, "course": course, "module": module}


def name(table: str, column: str) -> Msg:
    return Msg(NAMES[(table, column)])


def length_limit(table: str | Table, column: str) -> int | None:
    """The column's length in the schema; None for unlimited text."""
    t = _TABLES[table] if isinstance(table, str) else table
    return getattr(t.c[column].type, "length", None)


def text_problem(table: str, column: str, text: str) -> Msg | None:
    """Why cleaned ``text`` cannot be stored in ``table.column``, or None."""
    limit = length_limit(table, column)
    if limit is not None and len(text) > limit:
        return Msg(QT_TR_NOOP("the %1 is longer than %2 characters"), name(table, column), limit)
    return None


def text(table: str, column: str, value: str | None, *, single_line: bool = True) -> str:
    """``value`` cleaned, or CurmapError naming the field when it does not fit."""
    cleaned = clean_text(value or "", single_line=single_line)
    problem = text_problem(table, column, cleaned)
    if problem is not None:
        raise CurmapError(problem)
    return cleaned


def amount_problem(key: str, value: float) -> Msg | None:
    """Why ``value`` cannot be stored as credits or hours, or None."""
    what = Msg(NAMES[("course", key)])
    if not math.isfinite(value):
        return Msg(QT_TR_NOOP("%1 must be a finite number, not %2"), what, value)
    if value < 0:
        return Msg(QT_TR_NOOP("%1 cannot be negative (%2)"), what, _plain(value))
    if value > MOST[key]:
        return Msg(QT_TR_NOOP("%1 cannot be more than %2 (%3)"), what, MOST[key], _plain(value))
    return None


def amount(key: str, value) -> float | None:
    """Credits or hours as stored: None, or a finite number from 0 to MOST[key]."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise CurmapError(QT_TR_NOOP("%1 must be a number"), Msg(NAMES[("course", key)]))
    problem = amount_problem(key, float(value))
    if problem is not None:
        raise CurmapError(problem)
    return value


def year(value) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not YEARS[0] <= value <= YEARS[1]:
        raise CurmapError(QT_TR_NOOP("the year of study must be a whole number from %1 to %2"), *YEARS)
    return value


MAX_LEVELS = 9


def scale(labels: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The scale's labels, lowest first, cleaned, once they can name levels in cells and
    commands: at least one, at most MAX_LEVELS, each up to 10 characters without spaces,
    commas or *, none twice, and together within the column."""
    from models.levels import format_scale

    labels = tuple(clean_text(str(lab)) for lab in labels)
    if not labels or any(not lab for lab in labels):
        raise CurmapError(QT_TR_NOOP("a level scale needs at least one level, each with a label (such as I,R,M)"))
    if len(labels) > MAX_LEVELS:
        raise CurmapError(QT_TR_NOOP("a level scale has at most %1 levels"), MAX_LEVELS)
    for lab in labels:
        if any(c in lab for c in ",*") or any(c.isspace() for c in lab) or len(lab) > 10:
            raise CurmapError(QT_TR_NOOP("'%1' cannot be a level label: use up to 10 letters or digits, "
                                         "without spaces, commas or *"), lab)
    folded = [lab.casefold() for lab in labels]
    if len(set(folded)) != len(folded):
        raise CurmapError(QT_TR_NOOP("the level scale %1 names a level twice"), "/".join(labels))
    problem = text_problem("programme", "scale", format_scale(labels))
    if problem is not None:
        raise CurmapError(problem)
    return labels


def _plain(value: float):
    return int(value) if float(value).is_integer() and abs(value) < 1e15 else value
