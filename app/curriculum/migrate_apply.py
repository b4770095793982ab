"""Carry out a migration plan in one transaction, and take it back exactly.

``apply_migration`` first reads again what the plan was made from (the
programme's mappings on both versions, locked on PostgreSQL) and refuses
with a ConflictError if anything moved since: the user decided on what
they saw. Mappings keep their row ids: a carried mapping is updated in
place to point at its new item; one folded into another of the same
module is deleted. The undo record holds every row before and after, and
``undo_migration`` refuses in turn if the rows are no longer as the
migration left them. Both run through ``Workspace.perform``.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from app.changes import Changes
from app.curriculum.migrate import Cell, MigrationPlan, _cells
from app.curriculum.queries import programme_info
from app.errors import QT_TR_NOOP, ConflictError
from models.tables import mapping, programme_standard, standard

CHUNK = 5000


@dataclass(frozen=True)
class MigrationUndo:
    programme_id: int
    programme: str
    updated: tuple[tuple[Cell, Cell], ...]  # (before, after) of each row changed in place
    deleted: tuple[Cell, ...]  # rows removed (merged, or dropped on request)
    targets_before: tuple[int, ...]  # standard ids
    targets_after: tuple[int, ...]


@dataclass(frozen=True)
class MigrationResult:
    programme_id: int
    programme: str
    old_code: str
    new_code: str
    moved: int  # mappings now on the new version's items (merged ones included)
    merged: int  # of those, folded into another mapping of the same module
    remaining: int  # left on the old version's items
    dropped: int  # not carried and removed, as asked
    targets: tuple[str, ...]  # what the programme targets now
    undo: MigrationUndo


def apply_migration(session: Session, plan: MigrationPlan, *, drop_uncarried: bool = False,
                    keep_old: bool = False) -> tuple[MigrationResult, Changes]:
    """Move the mappings as decided; the programme targets the new version afterwards, and stops
    targeting the old one once no mapping of it is left (unless ``keep_old``)."""
    pid = plan.programme_id
    programme_info(session, pid)  # NotFoundError when it went meanwhile
    old_id, new_id = plan.comparison.old.id, plan.comparison.new.id
    codes = dict(session.execute(select(standard.c.id, standard.c.code).where(standard.c.id.in_([old_id, new_id]))
                                 .with_for_update()).all())
    fresh = frozenset(_cells(session, pid, [old_id, new_id], lock=True))
    if codes != {old_id: plan.old_code, new_id: plan.new_code} or fresh != plan.read_state():
        raise ConflictError(QT_TR_NOOP("programme '%1' or its standards changed since the migration to %2 was "
                                       "planned; nothing was carried: plan it again"), plan.programme, plan.new_code)
    out = plan.outcome(drop_uncarried=drop_uncarried)
    read = {c.id: c for c in fresh}
    updated = tuple((read[i], after) for i, after in sorted(out.keep.items()) if read[i] != after)
    deleted = tuple(sorted(out.delete, key=lambda c: c.id))
    _delete(session, [c.id for c in deleted])
    _update(session, [after for _, after in updated])

    before = tuple(session.scalars(select(programme_standard.c.standard_id)
                                   .where(programme_standard.c.programme_id == pid)
                                   .order_by(programme_standard.c.standard_id)))
    after = set(before) | {new_id}
    if out.remaining == 0 and not keep_old:
        after.discard(old_id)
    after_t = tuple(sorted(after))
    _set_targets(session, pid, before, after_t)
    undo = MigrationUndo(pid, plan.programme, updated, deleted, before, after_t)
    targets = tuple(session.scalars(select(standard.c.code).where(standard.c.id.in_(after_t))
                                    .order_by(standard.c.code)))
    result = MigrationResult(pid, plan.programme, plan.old_code, plan.new_code, out.moved, out.merged,
                             out.remaining, len(out.delete) - out.merged, targets, undo)
    return result, _changes(undo)


def undo_migration(session: Session, undo: MigrationUndo) -> tuple[None, Changes]:
    """Put every row and target back as it was before the migration."""
    ids = [a.id for _, a in undo.updated] + [c.id for c in undo.deleted]
    now = {c.id: c for c in _rows(session, ids)}
    targets = tuple(session.scalars(select(programme_standard.c.standard_id)
                                    .where(programme_standard.c.programme_id == undo.programme_id)
                                    .order_by(programme_standard.c.standard_id)))
    if (any(now.get(a.id) != a for _, a in undo.updated) or any(c.id in now for c in undo.deleted)
            or targets != undo.targets_after):
        raise ConflictError(QT_TR_NOOP("programme '%1' changed since its mappings were carried over; "
                                       "the migration cannot be undone"), undo.programme)
    _update(session, [b for b, _ in undo.updated])
    for i in range(0, len(undo.deleted), CHUNK):
        session.execute(insert(mapping), [_values(c) | {"id": c.id} for c in undo.deleted[i:i + CHUNK]])
    _set_targets(session, undo.programme_id, targets, undo.targets_before)
    return None, _changes(undo)


def _changes(undo: MigrationUndo) -> Changes:
    modules = {c.module_id for pair in undo.updated for c in pair} | {c.module_id for c in undo.deleted}
    return Changes(programmes=undo.targets_before != undo.targets_after, mappings=frozenset(modules))


def _rows(session: Session, ids: list[int]) -> list[Cell]:
    m = mapping.c
    out = []
    for i in range(0, len(ids), CHUNK):
        out += [Cell(r.id, r.module_id, r.item_id, r.indicator_id, r.level, bool(r.assessed), r.note)
                for r in session.execute(select(m.id, m.module_id, m.item_id, m.indicator_id, m.level,
                                                m.assessed, m.note).where(m.id.in_(ids[i:i + CHUNK]))
                                         .with_for_update())]
    return out


def _values(c: Cell) -> dict:
    return {"module_id": c.module_id, "item_id": c.item_id, "indicator_id": c.indicator_id, "level": c.level,
            "assessed": c.assessed, "note": c.note}


def _delete(session: Session, ids: list[int]) -> None:
    for i in range(0, len(ids), CHUNK):
        session.execute(delete(mapping).where(mapping.c.id.in_(ids[i:i + CHUNK])))


def _update(session: Session, rows: list[Cell]) -> None:
    if rows:
        session.execute(
            update(mapping).where(mapping.c.id == bindparam("row_id"))
            .values(item_id=bindparam("new_item"), indicator_id=bindparam("new_indicator"),
                    level=bindparam("new_level"), assessed=bindparam("new_assessed"), note=bindparam("new_note")),
            [{"row_id": c.id, "new_item": c.item_id, "new_indicator": c.indicator_id, "new_level": c.level,
              "new_assessed": c.assessed, "new_note": c.note} for c in rows])


def _set_targets(session: Session, programme_id: int, before: tuple[int, ...], after: tuple[int, ...]) -> None:
    gone, new = set(before) - set(after), set(after) - set(before)
    if gone:
        session.execute(delete(programme_standard).where(programme_standard.c.programme_id == programme_id,
                                                         programme_standard.c.standard_id.in_(gone)))
    if new:
        session.execute(insert(programme_standard),
                        [{"programme_id": programme_id, "standard_id": s} for s in sorted(new)])
