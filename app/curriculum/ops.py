"""Programmes, courses and modules: the operations that change them (queries: curriculum_queries).

Deletes return a snapshot (plain rows, ids included) that ``restore_*``
puts back exactly, mappings too: that is what undo uses. Each change can
state what its user saw (``expected=``: old field values, a position, the
digest of what a delete removes); the window always does, and a change the
map no longer matches is refused (app/curriculum/conflicts.py).
"""
from __future__ import annotations

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from app.changes import Changes
from app.curriculum import conflicts
from app.curriculum.snapshots import (
    SNAPSHOTS,
    course_snapshot,
    delete_preview,
    digest,
    module_snapshot,
    preview_of,
    programme_snapshot,
)
from app.curriculum import fields
from app.errors import QT_TR_NOOP, ConflictError, CurmapError, NotFoundError
from models import Course, Item, Mapping, Module, Programme, Standard, programme_standard
from app.curriculum.settings import check_levels_in_use
from models.levels import DEFAULT_SCALE, format_scale, parse_scale

__all__ = ["programme_snapshot", "course_snapshot", "module_snapshot", "delete_preview", "digest"]

COURSE_FIELDS = ("code", "name", "credits", "hours", "year", "semester")
MODULE_FIELDS = ("title", "hours", "description")
PROGRAMME_FIELDS = ("name", "description", "scale", "threshold")
# Messages per table or field: whole sentences, for translation.
_GONE = {"programme": QT_TR_NOOP("programme #%1 no longer exists"),
         "course": QT_TR_NOOP("course #%1 no longer exists"),
         "module": QT_TR_NOOP("module #%1 no longer exists")}
_NO_FIELD = {"programme": QT_TR_NOOP("programmes have no field %1"),
             "course": QT_TR_NOOP("courses have no field %1"),
             "module": QT_TR_NOOP("modules have no field %1")}
_NEEDS = {"code": QT_TR_NOOP("a course needs a code"), "name": QT_TR_NOOP("a course needs a name")}


def _programme_of_course(session: Session, course_id: int) -> int:
    pid = session.scalar(select(Course.programme_id).where(Course.id == course_id))
    if pid is None:
        raise NotFoundError(QT_TR_NOOP("course #%1 no longer exists"), course_id)
    return pid


def _course_of_module(session: Session, module_id: int) -> int:
    cid = session.scalar(select(Module.course_id).where(Module.id == module_id))
    if cid is None:
        raise NotFoundError(QT_TR_NOOP("module #%1 no longer exists"), module_id)
    return cid


# ---- programmes ----------------------------------------------------------

def create_programme(session: Session, name: str, standard_codes: list[str], *, description: str = "",
                     scale: tuple[str, ...] = DEFAULT_SCALE, threshold: int = 1) -> tuple[int, Changes]:
    name = fields.text("programme", "name", name)
    if not name:
        raise CurmapError(QT_TR_NOOP("a programme needs a name"))
    description = fields.text("programme", "description", description, single_line=False)
    scale = fields.scale(scale)
    if session.scalar(select(Programme.id).where(Programme.name == name)) is not None:
        raise ConflictError(QT_TR_NOOP("a programme named '%1' already exists"), name)
    if not 1 <= threshold <= len(scale):
        raise CurmapError(QT_TR_NOOP("the threshold must be a level on the scale %1"), "/".join(scale))
    prog = Programme(name=name, description=description, scale=format_scale(scale), threshold=threshold)
    session.add(prog)
    session.flush()
    set_targets(session, prog.id, standard_codes)
    return prog.id, Changes(programmes=True, curriculum=frozenset({prog.id}))


def set_targets(session: Session, programme_id: int, standard_codes: list[str], *,
                expected: list[str] | None = None) -> tuple[list[str], Changes]:
    """Point the programme at these standards; returns the codes it had before."""
    before = list(session.scalars(
        select(Standard.code).join(programme_standard, programme_standard.c.standard_id == Standard.id)
        .where(programme_standard.c.programme_id == programme_id).order_by(Standard.code)))
    conflicts.check_targets(session, programme_id, before, expected)
    ids = []
    for code in dict.fromkeys(standard_codes):
        sid = session.scalar(select(Standard.id).where(Standard.code == code))
        if sid is None:
            raise NotFoundError(QT_TR_NOOP("no standard %1 in this map"), code)
        ids.append(sid)
    session.execute(delete(programme_standard).where(programme_standard.c.programme_id == programme_id))
    if ids:
        session.execute(insert(programme_standard), [{"programme_id": programme_id, "standard_id": s} for s in ids])
    return before, Changes(programmes=True)


def update_programme(session: Session, programme_id: int, *, expected: dict | None = None,
                     **values) -> tuple[dict, Changes]:
    """Change fields; returns the old values (what undo writes back)."""
    prog = _editable(session, Programme, programme_id, values, PROGRAMME_FIELDS, expected)
    if "scale" in values:
        labels = parse_scale(values["scale"]) if isinstance(values["scale"], str) else values["scale"]
        values["scale"] = format_scale(fields.scale(labels))
    values = conflicts.normalized(values)
    if "description" in values:
        values["description"] = fields.text("programme", "description", values["description"], single_line=False)
    if "name" in values:
        values["name"] = fields.text("programme", "name", values["name"])
        if not values["name"]:
            raise CurmapError(QT_TR_NOOP("a programme needs a name"))
        other = session.scalar(select(Programme.id).where(Programme.name == values["name"]))
        if other not in (None, programme_id):
            raise ConflictError(QT_TR_NOOP("a programme named '%1' already exists"), values["name"])
    scale = parse_scale(values.get("scale", prog.scale))
    if not 1 <= values.get("threshold", prog.threshold) <= len(scale):
        raise CurmapError(QT_TR_NOOP("the threshold must be a level on the scale %1"), "/".join(scale))
    check_levels_in_use(session, programme_id, scale)
    return _assign(prog, values), Changes(programmes=True)


def delete_programme(session: Session, programme_id: int, *, expected: str | None = None) -> tuple[dict, Changes]:
    """``expected``: the digest of what the user confirmed deleting (snapshots.delete_preview)."""
    snap = _checked_snapshot(session, "programme", programme_id, expected)
    session.execute(delete(Programme).where(Programme.id == programme_id))
    return snap, Changes(programmes=True, curriculum=frozenset({programme_id}))


def restore_programme(session: Session, snap: dict) -> tuple[int, Changes]:
    pid, name = snap["programme"]["id"], snap["programme"]["name"]
    if session.get(Programme, pid) is not None:
        raise ConflictError(QT_TR_NOOP("programme %1 is already there; nothing was changed"), name)
    if session.scalar(select(Programme.id).where(Programme.name == name)) is not None:
        raise ConflictError(QT_TR_NOOP("cannot bring programme %1 back: another programme has that name now"),
                            name)
    _check_items_exist(session, [m for c in snap["courses"] for m in c["mappings"]])
    session.execute(insert(Programme), [snap["programme"]])
    if snap["targets"]:
        session.execute(insert(programme_standard), [{"programme_id": pid, "standard_id": s}
                                                     for s in snap["targets"]])
    for course in snap["courses"]:
        _insert_course_snapshot(session, course)
    return pid, Changes(programmes=True, curriculum=frozenset({pid}))


# ---- courses -------------------------------------------------------------

def add_course(session: Session, programme_id: int, code: str, name: str, *, credits: float | None = None,
               hours: float | None = None, year: int | None = None, semester: str = "",
               position: int | None = None) -> tuple[int, Changes]:
    code, name = fields.text("course", "code", code), fields.text("course", "name", name)
    if not code or not name:
        raise CurmapError(QT_TR_NOOP("a course needs a code and a name"))
    if session.get(Programme, programme_id) is None:
        raise NotFoundError(QT_TR_NOOP("programme #%1 no longer exists"), programme_id)
    _check_course_code(session, programme_id, code, None)
    credits, hours = fields.amount("credits", credits), fields.amount("hours", hours)
    year, semester = fields.year(year), fields.text("course", "semester", semester)
    ids, now = _ordered(session, Course, Course.programme_id, programme_id)
    course = Course(programme_id=programme_id, code=code, name=name, credits=credits, hours=hours,
                    year=year, semester=semester or "", position=len(ids))
    session.add(course)
    session.flush()
    now[course.id] = len(ids)
    pos = len(ids) if position is None else max(0, min(position, len(ids)))
    ids.insert(pos, course.id)
    _renumber(session, Course, ids, now)
    return course.id, Changes(curriculum=frozenset({programme_id}), courses=frozenset({course.id}))


def update_course(session: Session, course_id: int, *, expected: dict | None = None,
                  **values) -> tuple[dict, Changes]:
    course = _editable(session, Course, course_id, values, COURSE_FIELDS, expected)
    values = conflicts.normalized(values)
    for key in ("code", "name", "semester"):
        if key in values:
            values[key] = fields.text("course", key, values[key])
            if not values[key] and key in _NEEDS:
                raise CurmapError(_NEEDS[key])
    if "code" in values:
        _check_course_code(session, course.programme_id, values["code"], course_id)
    _check_amounts(values)
    return _assign(course, values), Changes(curriculum=frozenset({course.programme_id}), courses=frozenset({course_id}))


def move_course(session: Session, course_id: int, position: int, *,
                expected: int | None = None) -> tuple[int, Changes]:
    """Move to ``position`` (0-based) from ``expected``, where the user saw it; returns the old position."""
    pid = _programme_of_course(session, course_id)
    ids, now = _ordered(session, Course, Course.programme_id, pid)
    old = ids.index(course_id)
    conflicts.check_position(session, "course", course_id, (old,), None if expected is None else (expected,))
    ids.remove(course_id)
    ids.insert(max(0, min(position, len(ids))), course_id)
    _renumber(session, Course, ids, now)
    return old, Changes(curriculum=frozenset({pid}), courses=frozenset({course_id}))


def delete_course(session: Session, course_id: int, *, expected: str | None = None) -> tuple[dict, Changes]:
    pid = _programme_of_course(session, course_id)
    snap = _checked_snapshot(session, "course", course_id, expected)
    module_ids = frozenset(m["id"] for m in snap["modules"])
    session.execute(delete(Course).where(Course.id == course_id))
    _renumber(session, Course, *_ordered(session, Course, Course.programme_id, pid))
    return snap, Changes(curriculum=frozenset({pid}), mappings=module_ids, courses=frozenset({course_id}))


def restore_course(session: Session, snap: dict) -> tuple[int, Changes]:
    pid, code = snap["course"]["programme_id"], snap["course"]["code"]
    if session.get(Programme, pid) is None:
        raise ConflictError(QT_TR_NOOP("cannot bring course %1 back: its programme was deleted"), code)
    if session.get(Course, snap["course"]["id"]) is not None:
        raise ConflictError(QT_TR_NOOP("course %1 is already there; nothing was changed"), code)
    _check_course_code(session, pid, code, None)
    _check_items_exist(session, snap["mappings"])
    ids, now = _ordered(session, Course, Course.programme_id, pid)
    _insert_course_snapshot(session, snap)
    now[snap["course"]["id"]] = snap["course"]["position"]
    ids.insert(min(snap["course"]["position"], len(ids)), snap["course"]["id"])
    _renumber(session, Course, ids, now)
    return snap["course"]["id"], Changes(curriculum=frozenset({pid}), courses=frozenset({snap["course"]["id"]}),
                                         mappings=frozenset(m["id"] for m in snap["modules"]))


def _insert_course_snapshot(session: Session, snap: dict) -> None:
    session.execute(insert(Course), [snap["course"]])
    if snap["modules"]:
        session.execute(insert(Module), snap["modules"])
    if snap["mappings"]:
        session.execute(insert(Mapping), snap["mappings"])


# ---- modules -------------------------------------------------------------

def add_module(session: Session, course_id: int, title: str, *, hours: float | None = None,
               description: str = "", position: int | None = None) -> tuple[int, Changes]:
    title = fields.text("module", "title", title)
    if not title:
        raise CurmapError(QT_TR_NOOP("a module needs a title"))
    pid = _programme_of_course(session, course_id)
    hours = fields.amount("hours", hours)
    description = fields.text("module", "description", description, single_line=False)
    ids, now = _ordered(session, Module, Module.course_id, course_id)
    module = Module(course_id=course_id, title=title, hours=hours, description=description or "",
                    position=len(ids))
    session.add(module)
    session.flush()
    now[module.id] = len(ids)
    ids.insert(len(ids) if position is None else max(0, min(position, len(ids))), module.id)
    _renumber(session, Module, ids, now)
    return module.id, Changes(curriculum=frozenset({pid}), courses=frozenset({course_id}))


def update_module(session: Session, module_id: int, *, expected: dict | None = None,
                  **values) -> tuple[dict, Changes]:
    module = _editable(session, Module, module_id, values, MODULE_FIELDS, expected)
    values = conflicts.normalized(values)
    if "title" in values:
        values["title"] = fields.text("module", "title", values["title"])
        if not values["title"]:
            raise CurmapError(QT_TR_NOOP("a module needs a title"))
    if "description" in values:
        values["description"] = fields.text("module", "description", values["description"], single_line=False)
    _check_amounts(values)
    return _assign(module, values), Changes(curriculum=frozenset({_programme_of_course(session, module.course_id)}),
                                            courses=frozenset({module.course_id}))


def move_module(session: Session, module_id: int, position: int, course_id: int | None = None, *,
                expected: tuple[int, int] | None = None) -> tuple[tuple[int, int], Changes]:
    """Move within its course, or into ``course_id`` of the same programme.

    ``expected``: (course id, position) where the user saw it. Returns
    ``(old_course_id, old_position)`` for undo.
    """
    old_course = _course_of_module(session, module_id)
    pid = _programme_of_course(session, old_course)
    target = old_course if course_id is None else course_id
    if _programme_of_course(session, target) != pid:
        raise CurmapError(QT_TR_NOOP("a module can only move between courses of the same programme"))
    old_ids, old_now = _ordered(session, Module, Module.course_id, old_course)
    old_pos = old_ids.index(module_id)
    conflicts.check_position(session, "module", module_id, (old_course, old_pos), expected)
    old_ids.remove(module_id)
    if target != old_course:
        _renumber(session, Module, old_ids, old_now)
        session.execute(update(Module).where(Module.id == module_id).values(course_id=target))
        new_ids, new_now = _ordered(session, Module, Module.course_id, target)
        new_ids.remove(module_id)
    else:
        new_ids, new_now = old_ids, old_now
    new_ids.insert(max(0, min(position, len(new_ids))), module_id)
    _renumber(session, Module, new_ids, new_now)
    return (old_course, old_pos), Changes(curriculum=frozenset({pid}), mappings=frozenset({module_id}),
                                          courses=frozenset({old_course, target}))


def delete_module(session: Session, module_id: int, *, expected: str | None = None) -> tuple[dict, Changes]:
    cid = _course_of_module(session, module_id)
    pid = _programme_of_course(session, cid)
    snap = _checked_snapshot(session, "module", module_id, expected)
    session.execute(delete(Module).where(Module.id == module_id))
    _renumber(session, Module, *_ordered(session, Module, Module.course_id, cid))
    return snap, Changes(curriculum=frozenset({pid}), mappings=frozenset({module_id}), courses=frozenset({cid}))


def restore_module(session: Session, snap: dict) -> tuple[int, Changes]:
    cid = snap["module"]["course_id"]
    if session.get(Course, cid) is None:
        raise ConflictError(QT_TR_NOOP("cannot bring module %1 back: its course was deleted"), snap["module"]["title"])
    if session.get(Module, snap["module"]["id"]) is not None:
        raise ConflictError(QT_TR_NOOP("module %1 is already there; nothing was changed"), snap["module"]["title"])
    _check_items_exist(session, snap["mappings"])
    pid = _programme_of_course(session, cid)
    ids, now = _ordered(session, Module, Module.course_id, cid)
    session.execute(insert(Module), [snap["module"]])
    if snap["mappings"]:
        session.execute(insert(Mapping), snap["mappings"])
    now[snap["module"]["id"]] = snap["module"]["position"]
    ids.insert(min(snap["module"]["position"], len(ids)), snap["module"]["id"])
    _renumber(session, Module, ids, now)
    mid = snap["module"]["id"]
    return mid, Changes(curriculum=frozenset({pid}), mappings=frozenset({mid}), courses=frozenset({cid}))


def course_position(session: Session, course_id: int) -> int:
    """Where the course is among its programme's, 0-based (as move_course counts)."""
    return _ordered_ids(session, Course, Course.programme_id, _programme_of_course(session, course_id)).index(course_id)


def module_place(session: Session, module_id: int) -> tuple[int, int]:
    """(course id, 0-based position): where the module is, as move_module counts."""
    cid = _course_of_module(session, module_id)
    return cid, _ordered_ids(session, Module, Module.course_id, cid).index(module_id)


# ---- helpers -------------------------------------------------------------

def _editable(session: Session, model, obj_id: int, values: dict, fields: tuple[str, ...],
              expected: dict | None = None):
    """The row to update, once the fields named are known to exist and hold what the user saw."""
    noun = model.__table__.name
    obj = session.get(model, obj_id)
    if obj is None:
        raise NotFoundError(_GONE[noun], obj_id)
    unknown = (set(values) | set(expected or ())) - set(fields)
    if unknown:
        raise CurmapError(_NO_FIELD[noun], ", ".join(sorted(unknown)))
    conflicts.check_fields(session, noun, obj_id, {k: getattr(obj, k) for k in expected or ()}, expected)
    return obj


def _checked_snapshot(session: Session, kind: str, ident: int, expected: str | None) -> dict:
    """The snapshot a delete returns, once it is what the user confirmed (``expected``: its digest)."""
    snap = SNAPSHOTS[kind](session, ident)
    if expected is not None:
        preview = preview_of(kind, snap)
        conflicts.check_digest(session, kind, ident, preview.digest, expected, vars(preview))
    return snap


def _check_items_exist(session: Session, mappings: list[dict]) -> None:
    """Mappings put back must find their items (a standard may have been replaced since)."""
    wanted = {m["item_id"] for m in mappings}
    if not wanted:
        return
    have = set(session.scalars(select(Item.id).where(Item.id.in_(wanted))))
    if len(have) < len(wanted):
        raise ConflictError(QT_TR_NOOP("%1 of the items it mapped are no longer in the map (a standard was "
                                       "replaced or removed since); nothing was changed"), len(wanted - have))


def _assign(obj, values: dict) -> dict:
    """Set the fields; returns their old values (what undo writes back)."""
    old = {k: getattr(obj, k) for k in values}
    for k, v in values.items():
        setattr(obj, k, v)
    return old


def _ordered(session: Session, model, parent_col, parent_id: int) -> tuple[list[int], dict[int, int]]:
    """The siblings' ids in order, and each one's stored position (what _renumber compares with)."""
    table = model.__table__
    rows = session.execute(select(table.c.id, table.c.position).where(table.c[parent_col.key] == parent_id)
                           .order_by(table.c.position, table.c.id)).all()
    return [i for i, _ in rows], dict(rows)


def _ordered_ids(session: Session, model, parent_col, parent_id: int) -> list[int]:
    return _ordered(session, model, parent_col, parent_id)[0]


def _renumber(session: Session, model, ids: list[int], now: dict[int, int]) -> None:
    """Positions 0, 1, … in the order of ``ids``, written only where they differ from ``now``
    (the stored ones): a delete near the end of 5,000 courses moves a few, and Core updates
    them (the ORM's bulk update of every sibling took 75 ms at ten times the department)."""
    table = model.__table__
    moved = [{"row_id": i, "new_position": n} for n, i in enumerate(ids) if now.get(i) != n]
    if moved:
        session.execute(update(table).where(table.c.id == bindparam("row_id"))
                        .values(position=bindparam("new_position")), moved)


def _check_course_code(session: Session, programme_id: int, code: str, course_id: int | None) -> None:
    other = session.scalar(select(Course.id).where(Course.programme_id == programme_id, Course.code == code))
    if other is not None and other != course_id:
        raise ConflictError(QT_TR_NOOP("this programme already has a course %1"), code)


def _check_amounts(values: dict) -> None:
    """Credits, hours and year among ``values`` checked (and normalised) in place."""
    for key in ("credits", "hours"):
        if key in values:
            values[key] = fields.amount(key, values[key])
    if "year" in values:
        values["year"] = fields.year(values["year"])
