"""A programme, course or module as plain rows (ids included), and a digest of them.

A delete returns the snapshot that ``restore_*`` puts back exactly (undo).
The digest is what a confirmation saw: a delete, or the undo of an add or
an import, is refused when the rows it would remove are no longer those.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.errors import QT_TR_NOOP, NotFoundError
from models.tables import course, mapping, module, programme, programme_standard

if TYPE_CHECKING:
    from app.reader import Reader


def _rows(db: Reader, query) -> list[dict]:
    return [dict(r) for r in db.execute(query).mappings()]


def programme_snapshot(db: Reader, programme_id: int) -> dict:
    """The whole programme: what restore_programme puts back."""
    prog = db.execute(select(programme).where(programme.c.id == programme_id)).mappings().first()
    if prog is None:
        raise NotFoundError(QT_TR_NOOP("programme #%1 no longer exists"), programme_id)
    targets = list(db.scalars(select(programme_standard.c.standard_id)
                              .where(programme_standard.c.programme_id == programme_id)
                              .order_by(programme_standard.c.standard_id)))
    courses = _rows(db, select(course).where(course.c.programme_id == programme_id)
                    .order_by(course.c.position, course.c.id))
    modules = _rows(db, select(module).join(course, course.c.id == module.c.course_id)
                    .where(course.c.programme_id == programme_id).order_by(module.c.id))
    mappings = _rows(db, select(mapping).join(module, module.c.id == mapping.c.module_id)
                     .join(course, course.c.id == module.c.course_id)
                     .where(course.c.programme_id == programme_id).order_by(mapping.c.id))
    per = {c["id"]: {"course": c, "modules": [], "mappings": []} for c in courses}
    course_of = {m["id"]: m["course_id"] for m in modules}
    for m in modules:
        per[m["course_id"]]["modules"].append(m)
    for m in mappings:
        per[course_of[m["module_id"]]]["mappings"].append(m)
    return {"programme": dict(prog), "targets": targets, "courses": list(per.values())}


def course_snapshot(db: Reader, course_id: int) -> dict:
    row = db.execute(select(course).where(course.c.id == course_id)).mappings().first()
    if row is None:
        raise NotFoundError(QT_TR_NOOP("course #%1 no longer exists"), course_id)
    modules = _rows(db, select(module).where(module.c.course_id == course_id).order_by(module.c.id))
    mappings = _rows(db, select(mapping).join(module, module.c.id == mapping.c.module_id)
                     .where(module.c.course_id == course_id).order_by(mapping.c.id))
    return {"course": dict(row), "modules": modules, "mappings": mappings}


def module_snapshot(db: Reader, module_id: int) -> dict:
    row = db.execute(select(module).where(module.c.id == module_id)).mappings().first()
    if row is None:
        raise NotFoundError(QT_TR_NOOP("module #%1 no longer exists"), module_id)
    mappings = _rows(db, select(mapping).where(mapping.c.module_id == module_id).order_by(mapping.c.id))
    return {"module": dict(row), "mappings": mappings}


def digest(snap: dict) -> str:
    """What the snapshot holds, as a short string; the top row's own position is left out
    (a neighbour moved elsewhere changes it, and nothing the user confirmed)."""
    top = next(k for k in ("programme", "course", "module") if k in snap)
    content = dict(snap, **{top: {k: v for k, v in snap[top].items() if k != "position"}})
    text = json.dumps(content, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def programme_fingerprint(db: Reader, programme_id: int) -> str:
    """A digest of every row of the programme, cheaper than a snapshot (no dicts): what an import
    left, which its undo checks is still there."""
    h = hashlib.sha256()
    in_programme = course.c.programme_id == programme_id
    for query in (select(programme).where(programme.c.id == programme_id),
                  select(programme_standard.c.standard_id).where(programme_standard.c.programme_id == programme_id)
                  .order_by(programme_standard.c.standard_id),
                  select(course).where(in_programme).order_by(course.c.id),
                  select(module).join(course, course.c.id == module.c.course_id).where(in_programme)
                  .order_by(module.c.id),
                  select(mapping).join(module, module.c.id == mapping.c.module_id)
                  .join(course, course.c.id == module.c.course_id).where(in_programme).order_by(mapping.c.id)):
        # The repr() of the list of rows, made a few thousand rows at a time: one repr() of a
        # million rows is one C call that held the GIL (and a window's event loop) for 0.5 s.
        sep = "["
        for rows in db.execute(query).partitions(FINGERPRINT_ROWS):
            h.update((sep + ", ".join(map(repr, map(tuple, rows)))).encode("utf-8"))
            sep = ", "
        h.update(b"[]" if sep == "[" else b"]")
    return h.hexdigest()[:32]


FINGERPRINT_ROWS = 2000


SNAPSHOTS = {"programme": programme_snapshot, "course": course_snapshot, "module": module_snapshot}


@dataclass(frozen=True)
class DeletePreview:
    """What deleting a programme, course or module takes with it, and the digest that says so."""

    kind: str
    digest: str
    courses: int
    modules: int
    mappings: int


def delete_preview(db: Reader, kind: str, ident: int) -> DeletePreview:
    return preview_of(kind, SNAPSHOTS[kind](db, ident))


def preview_of(kind: str, snap: dict) -> DeletePreview:
    if kind == "programme":
        counts = (len(snap["courses"]), sum(len(c["modules"]) for c in snap["courses"]),
                  sum(len(c["mappings"]) for c in snap["courses"]))
    elif kind == "course":
        counts = (1, len(snap["modules"]), len(snap["mappings"]))
    else:
        counts = (0, 1, len(snap["mappings"]))
    return DeletePreview(kind, digest(snap), *counts)
