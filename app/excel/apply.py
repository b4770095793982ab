"""Carry out an import plan in one transaction, and undo it exactly.

``apply_import`` plans again inside the transaction and refuses if the
programme changed since the preview; it snapshots the programme first
(plain rows, ids included) so ``undo_import`` can put it back as it was.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import islice

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from app.changes import Changes
from app.curriculum.snapshots import programme_fingerprint, programme_snapshot
from app.errors import QT_TR_NOOP, ConflictError, Msg
from app.progress import NO_PROGRESS, Progress
from models import Course, Mapping, Module, Programme

CHUNK = 5000


@dataclass
class ImportUndo:
    programme_id: int
    snapshot: dict | None  # the programme before; None when the import created it
    after: str = ""  # digest of the programme as the import left it: undo refuses if it changed since
    name: str = ""


@dataclass
class ImportResult:
    programme_id: int
    programme: str
    created: bool
    counts: dict[str, int]
    undo: ImportUndo


def _module_ids(session: Session, programme_id: int) -> set[int]:
    return set(session.scalars(select(Module.id).join(Course, Course.id == Module.course_id)
                               .where(Course.programme_id == programme_id)))


def _delete_ids(session: Session, model, ids: list[int]) -> None:
    for i in range(0, len(ids), CHUNK):
        session.execute(delete(model).where(model.id.in_(ids[i:i + CHUNK])))


def _many(session: Session, statement, rows) -> None:
    """executemany in chunks: 300,000 mappings at once held every row's parameters in memory twice."""
    chunk = list(islice(rows, CHUNK))
    while chunk:
        session.execute(statement, chunk)
        chunk = list(islice(rows, CHUNK))


def apply_import(session: Session, plan, progress: Progress = NO_PROGRESS) -> tuple[ImportResult, Changes]:
    """Make the programme match the planned workbook; refuses if the map moved since the plan.

    Run it through Workspace.perform (one transaction: a cancel or an error writes nothing).
    """
    from app.curriculum.ops import create_programme
    from app.excel.plan import plan_import

    target = plan.programme_id if plan.programme_id is not None else plan.programme
    fresh = plan_import(session, plan.workbook, target, plan.standard, describe=False)
    if fresh.digest != plan.digest or fresh.programme_id != plan.programme_id:
        raise ConflictError(QT_TR_NOOP("programme '%1' changed since the import was previewed; "
                                       "nothing was imported: preview it again"), plan.programme)
    ops = fresh.ops
    progress.step(1, 4, Msg(QT_TR_NOOP("saving the previous state for undo")))
    if fresh.creates_programme:
        pid, _ = create_programme(session, fresh.programme, fresh.standards, scale=fresh.scale)
        snapshot, before = None, set()
    else:
        pid = fresh.programme_id
        snapshot = programme_snapshot(session, pid)
        before = _module_ids(session, pid)
    progress.step(2, 4, Msg(QT_TR_NOOP("removing")))
    _delete_ids(session, Mapping, ops["map_delete"])
    _delete_ids(session, Module, ops["module_delete"])
    _delete_ids(session, Course, ops["course_delete"])
    if ops["course_update"]:
        _many(session, update(Course), ({"id": cid, **values} for cid, values in ops["course_update"]))
    if ops["course_add"]:
        _many(session, insert(Course), (
            {"programme_id": pid, "code": c.code, "name": c.name, "credits": c.credits, "hours": None,
             "year": None, "semester": c.semester, "position": 0} for c in ops["course_add"]))
    course_id = dict(session.execute(select(Course.code, Course.id).where(Course.programme_id == pid)).all())
    _many(session, update(Course), ({"id": course_id[code], "position": n} for n, code in enumerate(ops["order"])))
    progress.step(3, 4, Msg(QT_TR_NOOP("adding and updating")))
    if ops["module_update"]:
        _many(session, update(Module), ({"id": mid, **values} for mid, values in ops["module_update"]))
    if ops["module_position"]:
        _many(session, update(Module), ({"id": mid, "position": pos} for mid, pos in ops["module_position"]))
    if ops["module_add"]:
        _many(session, insert(Module), (
            {"course_id": course_id[code], "title": m.title, "hours": m.hours, "description": "",
             "position": m.number - 1} for code, m in ops["module_add"]))
    if ops["map_add"]:
        module_id = {(code, pos + 1): mid for mid, code, pos in session.execute(
            select(Module.id, Course.code, Module.position).join(Course, Course.id == Module.course_id)
            .where(Course.programme_id == pid))}
        _many(session, insert(Mapping), (
            {"module_id": module_id[key], "item_id": iid, "level": level, "assessed": assessed, "note": ""}
            for key, iid, level, assessed in ops["map_add"]))
    if ops["map_update"]:
        _many(session, update(Mapping), ({"id": i, "level": level, "assessed": assessed}
                                         for i, level, assessed in ops["map_update"]))
    progress.step(4, 4, Msg(QT_TR_NOOP("done")))
    after = _module_ids(session, pid)
    result = ImportResult(pid, fresh.programme, fresh.creates_programme, dict(fresh.counts),
                          ImportUndo(pid, snapshot, programme_fingerprint(session, pid), fresh.programme))
    return result, Changes(programmes=fresh.creates_programme, curriculum=frozenset({pid}),
                           mappings=frozenset(before | after))


def undo_import(session: Session, undo: ImportUndo, *, check: bool = True) -> tuple[None, Changes]:
    """Put the programme back exactly as before the import (or remove it if the import made it).

    Refused when the programme was changed since the import (someone's later
    work would go with it), unless ``check`` is False.
    """
    from app.curriculum.ops import restore_programme

    if check and undo.after:
        now = programme_fingerprint(session, undo.programme_id)
        if now != undo.after:
            raise ConflictError(QT_TR_NOOP("programme '%1' was changed since the workbook was imported; "
                                           "undoing the import would lose those changes, so nothing was "
                                           "changed"), undo.name or f"#{undo.programme_id}")
    ids = _module_ids(session, undo.programme_id)
    session.execute(delete(Programme).where(Programme.id == undo.programme_id))
    if undo.snapshot is not None:
        restore_programme(session, undo.snapshot)
        ids |= {m["id"] for c in undo.snapshot["courses"] for m in c["modules"]}
    return None, Changes(programmes=True, curriculum=frozenset({undo.programme_id}), mappings=frozenset(ids))
