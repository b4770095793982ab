"""Mappings of modules to K, S and A items: set, clear, and read both ways."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, delete, insert, select, update

from app.changes import Changes
from app.errors import QT_TR_NOOP, ConflictError, CurmapError, Msg, NotFoundError, Plural
from models.levels import label_of, parse_scale
from app.text import clean_text
from models.tables import course, item, mapping, module, programme, programme_standard

if TYPE_CHECKING:
    from app.reader import Reader


@dataclass(frozen=True)
class MappingState:
    """One cell: ``level`` None means 'not mapped'."""

    module_id: int
    item_id: int
    level: int | None
    assessed: bool = False
    note: str = ""


@dataclass
class ItemMapping:
    module_id: int
    course_code: str
    course_name: str
    module_number: int
    module_title: str
    level: int
    assessed: bool
    note: str


def module_mappings(db: Reader, module_id: int) -> dict[int, MappingState]:
    """item id -> state, for one module."""
    return {m.item_id: MappingState(m.module_id, m.item_id, m.level, m.assessed, m.note)
            for m in db.execute(select(mapping).where(mapping.c.module_id == module_id))}


def set_mappings(db: Reader, states: list[MappingState], *,
                 expected: list[MappingState] | None = None) -> tuple[list[MappingState], Changes]:
    """Write each cell as given; returns the cells as they were (for undo).

    ``expected``: the cells as the user saw them; when one is stored
    otherwise now (someone changed it since), nothing is written and a
    ConflictError says what it is now.
    """
    if not states:
        return [], Changes()
    module_ids = {s.module_id for s in states}
    item_ids = {s.item_id for s in states}
    scales = _scales_of_modules(db, module_ids)
    allowed = _items_allowed(db, module_ids)
    existing = {(m.module_id, m.item_id): m for m in db.execute(
        select(mapping).where(mapping.c.module_id.in_(module_ids), mapping.c.item_id.in_(item_ids)))}
    gone = sorted(module_ids - set(scales))
    if gone:
        raise NotFoundError(QT_TR_NOOP("module #%1 no longer exists"), gone[0])
    if expected is not None:
        _check_seen(db, expected, existing, scales)
    before = []
    for s in states:
        # Clearing is always allowed: mappings kept from a standard the programme
        # no longer targets must not become impossible to remove.
        if s.level is not None and s.item_id not in allowed[s.module_id]:
            raise CurmapError(QT_TR_NOOP("item #%1 is not in a standard this programme targets"), s.item_id)
        if s.level is not None and not 1 <= s.level <= len(scales[s.module_id]):
            raise CurmapError(QT_TR_NOOP("level %1 is not on the scale %2"),
                              s.level, "/".join(scales[s.module_id]))
        old = existing.get((s.module_id, s.item_id))
        before.append(MappingState(s.module_id, s.item_id, old.level, old.assessed, old.note) if old
                      else MappingState(s.module_id, s.item_id, None))
    # Later cells win when the same one is named twice; a note is a user's text.
    final = {(s.module_id, s.item_id): replace(s, note=clean_text(s.note or "", single_line=False))
             for s in states}
    gone = [k for k, s in final.items() if s.level is None and k in existing]
    changed = [s for k, s in final.items() if s.level is not None and k in existing]
    added = [s for k, s in final.items() if s.level is not None and k not in existing]
    for module_id, item_id in gone:
        db.execute(delete(mapping).where(mapping.c.module_id == module_id, mapping.c.item_id == item_id))
    if changed:
        db.execute(
            update(mapping).where(mapping.c.id == bindparam("row_id"))
            .values(level=bindparam("new_level"), assessed=bindparam("new_assessed"), note=bindparam("new_note")),
            [{"row_id": existing[(s.module_id, s.item_id)].id, "new_level": s.level, "new_assessed": s.assessed,
              "new_note": s.note} for s in changed])
    if added:
        db.execute(insert(mapping), [
            {"module_id": s.module_id, "item_id": s.item_id, "level": s.level, "assessed": s.assessed,
             "note": s.note} for s in added])
    return before, Changes(mappings=frozenset(module_ids))


def _check_seen(db: Reader, expected: list[MappingState], existing: dict, scales: dict) -> None:
    stale = []
    for seen in expected:
        row = existing.get((seen.module_id, seen.item_id))
        now = (row.level, bool(row.assessed), row.note) if row is not None else (None, False, "")
        saw = (seen.level, bool(seen.assessed), seen.note or "") if seen.level is not None else (None, False, "")
        if now != saw:
            stale.append((seen, now))
    if not stale:
        return
    seen, now = stale[0]
    scale = scales.get(seen.module_id, ())
    where = db.execute(select(item.c.code, course.c.code, module.c.position)
                       .select_from(module.join(course, course.c.id == module.c.course_id))
                       .join(item, item.c.id == seen.item_id).where(module.c.id == seen.module_id)).first()
    code, course_code, position = where if where else ("#%d" % seen.item_id, "?", -1)
    now_text, saw_text = _cell_text(now[0], now[1], scale), _cell_text(seen.level, seen.assessed, scale)
    if now_text == saw_text:  # only the note differs
        now_text, saw_text = Msg(QT_TR_NOOP("another note")), Msg(QT_TR_NOOP("its note as it was"))
    message = Msg(QT_TR_NOOP("%1 in %2 unit %3 was changed elsewhere: it is now %4; you saw %5."),
                  code, course_code, position + 1, now_text, saw_text)
    if len(stale) > 1:
        message = Plural.tr("%1 (%n more cells were changed too.)", "", len(stale) - 1).of(message)
    raise ConflictError(Msg(QT_TR_NOOP("%1 Nothing was changed."), message))


def _cell_text(level: int | None, assessed: bool, scale: tuple[str, ...]) -> str | Msg:
    if level is None:
        return Msg(QT_TR_NOOP("not mapped"))
    return label_of(level, scale) + ("*" if assessed else "")


def _scales_of_modules(db: Reader, module_ids: set[int]) -> dict[int, tuple[str, ...]]:
    rows = db.execute(
        select(module.c.id, programme.c.scale).join(course, course.c.id == module.c.course_id)
        .join(programme, programme.c.id == course.c.programme_id).where(module.c.id.in_(module_ids))).all()
    return {mid: parse_scale(scale) for mid, scale in rows}


def _items_allowed(db: Reader, module_ids: set[int]) -> dict[int, set[int]]:
    """module id -> the item ids its programme's standards hold."""
    programme_of = dict(db.execute(
        select(module.c.id, course.c.programme_id).join(course, course.c.id == module.c.course_id)
        .where(module.c.id.in_(module_ids))).all())
    items_of: dict[int, set[int]] = {}
    for pid in set(programme_of.values()):
        items_of[pid] = set(db.scalars(
            select(item.c.id).join(programme_standard, programme_standard.c.standard_id == item.c.standard_id)
            .where(programme_standard.c.programme_id == pid)))
    return {mid: items_of.get(programme_of.get(mid), set()) for mid in module_ids}
