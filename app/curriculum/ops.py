"""Programmes, courses and modules: the operations that change them (queries: curriculum_queries).

Deletes return a snapshot (plain rows, ids included) that ``restore_*``
puts back exactly, mappings too: that is what undo uses.
"""
from __future__ import annotations

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.changes import Changes
from app.errors import QT_TR_NOOP, ConflictError, CurmapError, NotFoundError
from models import Course, Mapping, Module, Programme, Standard, programme_standard
from models.levels import DEFAULT_SCALE, format_scale, parse_scale

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
_NEGATIVE = {"credits": QT_TR_NOOP("credits cannot be negative"), "hours": QT_TR_NOOP("hours cannot be negative")}


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
    name = name.strip()
    if not name:
        raise CurmapError(QT_TR_NOOP("a programme needs a name"))
    if session.scalar(select(Programme.id).where(Programme.name == name)) is not None:
        raise ConflictError(QT_TR_NOOP("a programme named '%1' already exists"), name)
    if not 1 <= threshold <= len(scale):
        raise CurmapError(QT_TR_NOOP("the threshold must be a level on the scale %1"), "/".join(scale))
    prog = Programme(name=name, description=description, scale=format_scale(scale), threshold=threshold)
    session.add(prog)
    session.flush()
    set_targets(session, prog.id, standard_codes)
    return prog.id, Changes(programmes=True, curriculum=frozenset({prog.id}))


def set_targets(session: Session, programme_id: int, standard_codes: list[str]) -> tuple[list[str], Changes]:
    """Point the programme at these standards; returns the codes it had before."""
    before = list(session.scalars(
        select(Standard.code).join(programme_standard, programme_standard.c.standard_id == Standard.id)
        .where(programme_standard.c.programme_id == programme_id).order_by(Standard.code)))
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


def update_programme(session: Session, programme_id: int, **values) -> tuple[dict, Changes]:
    """Change fields; returns the old values (what undo writes back)."""
    prog = _editable(session, Programme, programme_id, values, PROGRAMME_FIELDS)
    if "scale" in values and not isinstance(values["scale"], str):
        values["scale"] = format_scale(values["scale"])
    if "name" in values:
        values["name"] = values["name"].strip()
        if not values["name"]:
            raise CurmapError(QT_TR_NOOP("a programme needs a name"))
        other = session.scalar(select(Programme.id).where(Programme.name == values["name"]))
        if other not in (None, programme_id):
            raise ConflictError(QT_TR_NOOP("a programme named '%1' already exists"), values["name"])
    scale = parse_scale(values.get("scale", prog.scale))
    if not 1 <= values.get("threshold", prog.threshold) <= len(scale):
        raise CurmapError(QT_TR_NOOP("the threshold must be a level on the scale %1"), "/".join(scale))
    above = session.scalar(
        select(func.count()).select_from(Mapping).join(Module, Module.id == Mapping.module_id)
        .join(Course, Course.id == Module.course_id)
        .where(Course.programme_id == programme_id, Mapping.level > len(scale)))
    if above:
        raise CurmapError(QT_TR_NOOP("%1 mappings use a level above %2; change them before "
                                     "shortening the scale to %3"), above, scale[-1], "/".join(scale))
    return _assign(prog, values), Changes(programmes=True)


def programme_snapshot(session: Session, programme_id: int) -> dict:
    """The whole programme as plain rows, ids included: what restore_programme puts back."""
    prog = session.execute(select(Programme.__table__).where(Programme.id == programme_id)).mappings().first()
    if prog is None:
        raise NotFoundError(QT_TR_NOOP("programme #%1 no longer exists"), programme_id)
    targets = list(session.scalars(select(programme_standard.c.standard_id)
                                   .where(programme_standard.c.programme_id == programme_id)))
    courses = [dict(r) for r in session.execute(
        select(Course.__table__).where(Course.programme_id == programme_id).order_by(Course.position)).mappings()]
    modules = [dict(r) for r in session.execute(
        select(Module.__table__).join(Course, Course.id == Module.course_id)
        .where(Course.programme_id == programme_id)).mappings()]
    mappings = [dict(r) for r in session.execute(
        select(Mapping.__table__).join(Module, Module.id == Mapping.module_id)
        .join(Course, Course.id == Module.course_id).where(Course.programme_id == programme_id)).mappings()]
    per = {c["id"]: {"course": c, "modules": [], "mappings": []} for c in courses}
    course_of = {m["id"]: m["course_id"] for m in modules}
    for m in modules:
        per[m["course_id"]]["modules"].append(m)
    for m in mappings:
        per[course_of[m["module_id"]]]["mappings"].append(m)
    return {"programme": dict(prog), "targets": targets, "courses": list(per.values())}


def delete_programme(session: Session, programme_id: int) -> tuple[dict, Changes]:
    snap = programme_snapshot(session, programme_id)
    session.execute(delete(Programme).where(Programme.id == programme_id))
    return snap, Changes(programmes=True, curriculum=frozenset({programme_id}))


def restore_programme(session: Session, snap: dict) -> tuple[int, Changes]:
    session.execute(insert(Programme), [snap["programme"]])
    pid = snap["programme"]["id"]
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
    code, name = code.strip(), name.strip()
    if not code or not name:
        raise CurmapError(QT_TR_NOOP("a course needs a code and a name"))
    if session.get(Programme, programme_id) is None:
        raise NotFoundError(QT_TR_NOOP("programme #%1 no longer exists"), programme_id)
    _check_course_code(session, programme_id, code, None)
    _check_amounts(credits=credits, hours=hours)
    ids = _ordered_ids(session, Course, Course.programme_id, programme_id)
    course = Course(programme_id=programme_id, code=code, name=name, credits=credits, hours=hours,
                    year=year, semester=semester or "", position=len(ids))
    session.add(course)
    session.flush()
    pos = len(ids) if position is None else max(0, min(position, len(ids)))
    ids.insert(pos, course.id)
    _renumber(session, Course, ids)
    return course.id, Changes(curriculum=frozenset({programme_id}), courses=frozenset({course.id}))


def update_course(session: Session, course_id: int, **values) -> tuple[dict, Changes]:
    course = _editable(session, Course, course_id, values, COURSE_FIELDS)
    for key in ("code", "name"):
        if key in values:
            values[key] = (values[key] or "").strip()
            if not values[key]:
                raise CurmapError(_NEEDS[key])
    if "code" in values:
        _check_course_code(session, course.programme_id, values["code"], course_id)
    _check_amounts(**{k: v for k, v in values.items() if k in ("credits", "hours")})
    return _assign(course, values), Changes(curriculum=frozenset({course.programme_id}), courses=frozenset({course_id}))


def move_course(session: Session, course_id: int, position: int) -> tuple[int, Changes]:
    """Move to ``position`` (0-based); returns the old position."""
    pid = _programme_of_course(session, course_id)
    ids = _ordered_ids(session, Course, Course.programme_id, pid)
    old = ids.index(course_id)
    ids.remove(course_id)
    ids.insert(max(0, min(position, len(ids))), course_id)
    _renumber(session, Course, ids)
    return old, Changes(curriculum=frozenset({pid}), courses=frozenset({course_id}))


def delete_course(session: Session, course_id: int) -> tuple[dict, Changes]:
    pid = _programme_of_course(session, course_id)
    snap = _course_snapshot(session, course_id)
    module_ids = frozenset(m["id"] for m in snap["modules"])
    session.execute(delete(Course).where(Course.id == course_id))
    _renumber(session, Course, _ordered_ids(session, Course, Course.programme_id, pid))
    return snap, Changes(curriculum=frozenset({pid}), mappings=module_ids, courses=frozenset({course_id}))


def restore_course(session: Session, snap: dict) -> tuple[int, Changes]:
    pid = snap["course"]["programme_id"]
    ids = _ordered_ids(session, Course, Course.programme_id, pid)
    _insert_course_snapshot(session, snap)
    ids.insert(min(snap["course"]["position"], len(ids)), snap["course"]["id"])
    _renumber(session, Course, ids)
    return snap["course"]["id"], Changes(curriculum=frozenset({pid}), courses=frozenset({snap["course"]["id"]}),
                                         mappings=frozenset(m["id"] for m in snap["modules"]))


def _course_snapshot(session: Session, course_id: int) -> dict:
    course = session.get(Course, course_id)
    modules = [_row(m) for m in session.scalars(select(Module).where(Module.course_id == course_id))]
    mappings = [_row(m) for m in session.scalars(select(Mapping).join(Module).where(Module.course_id == course_id))]
    return {"course": _row(course), "modules": modules, "mappings": mappings}


def _insert_course_snapshot(session: Session, snap: dict) -> None:
    session.execute(insert(Course), [snap["course"]])
    if snap["modules"]:
        session.execute(insert(Module), snap["modules"])
    if snap["mappings"]:
        session.execute(insert(Mapping), snap["mappings"])


# ---- modules -------------------------------------------------------------

def add_module(session: Session, course_id: int, title: str, *, hours: float | None = None,
               description: str = "", position: int | None = None) -> tuple[int, Changes]:
    title = title.strip()
    if not title:
        raise CurmapError(QT_TR_NOOP("a module needs a title"))
    pid = _programme_of_course(session, course_id)
    _check_amounts(hours=hours)
    ids = _ordered_ids(session, Module, Module.course_id, course_id)
    module = Module(course_id=course_id, title=title, hours=hours, description=description or "",
                    position=len(ids))
    session.add(module)
    session.flush()
    ids.insert(len(ids) if position is None else max(0, min(position, len(ids))), module.id)
    _renumber(session, Module, ids)
    return module.id, Changes(curriculum=frozenset({pid}), courses=frozenset({course_id}))


def update_module(session: Session, module_id: int, **values) -> tuple[dict, Changes]:
    module = _editable(session, Module, module_id, values, MODULE_FIELDS)
    if "title" in values:
        values["title"] = (values["title"] or "").strip()
        if not values["title"]:
            raise CurmapError(QT_TR_NOOP("a module needs a title"))
    _check_amounts(**{k: v for k, v in values.items() if k == "hours"})
    return _assign(module, values), Changes(curriculum=frozenset({_programme_of_course(session, module.course_id)}),
                                            courses=frozenset({module.course_id}))


def move_module(session: Session, module_id: int, position: int, course_id: int | None = None
                ) -> tuple[tuple[int, int], Changes]:
    """Move within its course, or into ``course_id`` of the same programme.

    Returns ``(old_course_id, old_position)`` for undo.
    """
    old_course = _course_of_module(session, module_id)
    pid = _programme_of_course(session, old_course)
    target = old_course if course_id is None else course_id
    if _programme_of_course(session, target) != pid:
        raise CurmapError(QT_TR_NOOP("a module can only move between courses of the same programme"))
    old_ids = _ordered_ids(session, Module, Module.course_id, old_course)
    old_pos = old_ids.index(module_id)
    old_ids.remove(module_id)
    if target != old_course:
        _renumber(session, Module, old_ids)
        session.execute(update(Module).where(Module.id == module_id).values(course_id=target))
        new_ids = _ordered_ids(session, Module, Module.course_id, target)
        new_ids.remove(module_id)
    else:
        new_ids = old_ids
    new_ids.insert(max(0, min(position, len(new_ids))), module_id)
    _renumber(session, Module, new_ids)
    return (old_course, old_pos), Changes(curriculum=frozenset({pid}), mappings=frozenset({module_id}),
                                          courses=frozenset({old_course, target}))


def delete_module(session: Session, module_id: int) -> tuple[dict, Changes]:
    cid = _course_of_module(session, module_id)
    pid = _programme_of_course(session, cid)
    snap = {"module": _row(session.get(Module, module_id)),
            "mappings": [_row(m) for m in session.scalars(select(Mapping).where(Mapping.module_id == module_id))]}
    session.execute(delete(Module).where(Module.id == module_id))
    _renumber(session, Module, _ordered_ids(session, Module, Module.course_id, cid))
    return snap, Changes(curriculum=frozenset({pid}), mappings=frozenset({module_id}), courses=frozenset({cid}))


def restore_module(session: Session, snap: dict) -> tuple[int, Changes]:
    cid = snap["module"]["course_id"]
    pid = _programme_of_course(session, cid)
    ids = _ordered_ids(session, Module, Module.course_id, cid)
    session.execute(insert(Module), [snap["module"]])
    if snap["mappings"]:
        session.execute(insert(Mapping), snap["mappings"])
    ids.insert(min(snap["module"]["position"], len(ids)), snap["module"]["id"])
    _renumber(session, Module, ids)
    mid = snap["module"]["id"]
    return mid, Changes(curriculum=frozenset({pid}), mappings=frozenset({mid}), courses=frozenset({cid}))


# ---- helpers -------------------------------------------------------------

def _editable(session: Session, model, obj_id: int, values: dict, fields: tuple[str, ...]):
    """The row to update, once the fields named are known to exist."""
    noun = model.__table__.name
    obj = session.get(model, obj_id)
    if obj is None:
        raise NotFoundError(_GONE[noun], obj_id)
    unknown = set(values) - set(fields)
    if unknown:
        raise CurmapError(_NO_FIELD[noun], ", ".join(sorted(unknown)))
    return obj


def _assign(obj, values: dict) -> dict:
    """Set the fields; returns their old values (what undo writes back)."""
    old = {k: getattr(obj, k) for k in values}
    for k, v in values.items():
        setattr(obj, k, v)
    return old


def _row(obj) -> dict:
    return {c.name: getattr(obj, c.key) for c in obj.__table__.columns}


def _ordered_ids(session: Session, model, parent_col, parent_id: int) -> list[int]:
    return list(session.scalars(select(model.id).where(parent_col == parent_id)
                                .order_by(model.position, model.id)))


def _renumber(session: Session, model, ids: list[int]) -> None:
    if ids:
        session.execute(update(model), [{"id": i, "position": n} for n, i in enumerate(ids)])


def _check_course_code(session: Session, programme_id: int, code: str, course_id: int | None) -> None:
    other = session.scalar(select(Course.id).where(Course.programme_id == programme_id, Course.code == code))
    if other is not None and other != course_id:
        raise ConflictError(QT_TR_NOOP("this programme already has a course %1"), code)


def _check_amounts(**values) -> None:
    for key, value in values.items():
        if value is not None and value < 0:
            raise CurmapError(_NEGATIVE[key])
