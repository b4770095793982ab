"""Optimistic checks: a change states what its user saw, and is refused with a
message that says what changed when the map no longer holds that.

Each check runs inside the write transaction, after the writer's lock
(SQLite's BEGIN IMMEDIATE, PostgreSQL's advisory lock), so nothing can
commit between the check and the write.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from app.errors import QT_TR_NOOP, ConflictError, Msg, Plural
from models.levels import format_scale
from models.tables import course, module, programme

if TYPE_CHECKING:
    from app.reader import Reader

_CHANGED = {
    "programme": QT_TR_NOOP("programme %1 was changed elsewhere: its %2 is now %3; you saw %4. Nothing was changed."),
    "course": QT_TR_NOOP("course %1 was changed elsewhere: its %2 is now %3; you saw %4. Nothing was changed."),
    "module": QT_TR_NOOP("module %1 was changed elsewhere: its %2 is now %3; you saw %4. Nothing was changed."),
}
_FIELD = {"name": QT_TR_NOOP("name"), "description": QT_TR_NOOP("description"), "scale": QT_TR_NOOP("mapping levels"),
          "threshold": QT_TR_NOOP("threshold"), "code": QT_TR_NOOP("code"), "credits": QT_TR_NOOP("credits"),
          "hours": QT_TR_NOOP("hours"), "year": QT_TR_NOOP("year"), "semester": QT_TR_NOOP("semester"),
          "title": QT_TR_NOOP("title")}
_TRIMMED = ("name", "code", "title")


def normalized(values: dict) -> dict:
    """Field values as they are stored: names trimmed, a scale as its text."""
    out = dict(values)
    for key in _TRIMMED:
        if key in out:
            out[key] = (out[key] or "").strip()
    if "scale" in out and not isinstance(out["scale"], str):
        out["scale"] = format_scale(out["scale"])
    return out


def shown(value) -> str | Msg:
    if value is None or value == "":
        return Msg(QT_TR_NOOP("blank"))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return f"'{value}'" if isinstance(value, str) else str(value)


def label(db: Reader, kind: str, ident: int) -> str | Msg:
    """How the user knows it: a programme's name, a course's code, 'MKT101 unit 2'."""
    if kind == "programme":
        return db.scalar(select(programme.c.name).where(programme.c.id == ident)) or f"#{ident}"
    if kind == "course":
        return db.scalar(select(course.c.code).where(course.c.id == ident)) or f"#{ident}"
    row = db.execute(select(course.c.code, module.c.position).join(course, course.c.id == module.c.course_id)
                     .where(module.c.id == ident)).first()
    return Msg(QT_TR_NOOP("%1 unit %2"), row[0], row[1] + 1) if row else f"#{ident}"


def check_fields(db: Reader, kind: str, ident: int, stored: dict, expected: dict | None) -> None:
    """Refuse when a stored field differs from what the user saw (``expected``)."""
    if not expected:
        return
    saw = normalized(expected)
    for key, value in saw.items():
        if stored.get(key) != value:
            raise ConflictError(_CHANGED[kind], label(db, kind, ident), Msg(_FIELD.get(key, key)),
                                shown(stored.get(key)), shown(value))


def check_digest(db: Reader, kind: str, ident: int, now: str, expected: str | None, what: dict) -> None:
    """Refuse a delete when what it would remove is not what the user confirmed."""
    if expected is None or now == expected:
        return
    if kind == "programme":
        raise ConflictError(QT_TR_NOOP("programme %1 was changed elsewhere since you confirmed deleting it "
                                       "(it now has %2). Nothing was deleted."), label(db, kind, ident),
                            Msg(QT_TR_NOOP("%1, %2, %3"), Plural.tr("%n courses", "", what["courses"]),
                                Plural.tr("%n modules", "", what["modules"]), _mappings(what)))
    if kind == "course":
        raise ConflictError(QT_TR_NOOP("course %1 was changed elsewhere since you confirmed deleting it "
                                       "(it now has %2). Nothing was deleted."), label(db, kind, ident),
                            Msg(QT_TR_NOOP("%1, %2"), Plural.tr("%n modules", "", what["modules"]), _mappings(what)))
    raise ConflictError(QT_TR_NOOP("module %1 was changed elsewhere since you confirmed deleting it "
                                   "(it now has %2). Nothing was deleted."), label(db, kind, ident), _mappings(what))


def _mappings(what: dict) -> Plural:
    return Plural.tr("%n mappings", "", what["mappings"])


def check_position(db: Reader, kind: str, ident: int, now: tuple, expected: tuple | None) -> None:
    """Refuse a move when the course or module is no longer where the user saw it."""
    if expected is not None and tuple(now) != tuple(expected):
        if kind == "course":
            what = Msg(QT_TR_NOOP("course %1"), label(db, kind, ident))
        else:  # by its title: its number is what moved
            row = db.execute(select(module.c.title, course.c.code).join(course, course.c.id == module.c.course_id)
                             .where(module.c.id == ident)).first()
            what = Msg(QT_TR_NOOP("module '%1' of %2"), *row) if row else f"#{ident}"
        raise ConflictError(QT_TR_NOOP("%1 was moved elsewhere since you saw it; nothing was moved."), what)


def check_targets(db: Reader, programme_id: int, now: list[str], expected: list[str] | None) -> None:
    if expected is not None and sorted(set(now)) != sorted(set(expected)):
        raise ConflictError(QT_TR_NOOP("programme %1's standards were changed elsewhere: it now targets %2; "
                                       "you saw %3. Nothing was changed."),
                            label(db, "programme", programme_id), ", ".join(sorted(now)) or Msg(QT_TR_NOOP("none")),
                            ", ".join(sorted(expected)) or Msg(QT_TR_NOOP("none")))
