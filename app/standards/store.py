"""Store, replace and delete standards (bulk Core inserts, one transaction)."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from app.changes import Changes
from app.errors import QT_TR_NOOP, ConflictError, CurmapError, Joined, Msg, NotFoundError
from app.standards.data import ParsedStandard, counts_of
from models import Course, Item, Mapping, Module, Programme, Standard, programme_standard, tables, task_item
from models.tables import block_item, task_block


@dataclass
class LostMapping:
    programme: str
    course: str
    module: str
    item_code: str


@dataclass
class ImportSummary:
    code: str
    name: str
    standard_id: int
    counts: dict[str, int]
    replaced: bool = False
    kept_mappings: int = 0
    lost_mappings: list[LostMapping] = field(default_factory=list)


def standard_id_by_code(session: Session, code: str) -> int | None:
    return session.scalar(select(Standard.id).where(Standard.code == code))


def mappings_lost_by_replace(session: Session, parsed: ParsedStandard) -> list[LostMapping]:
    """The mappings a replace would drop: those on item codes the new text lacks."""
    sid = standard_id_by_code(session, parsed.code)
    if sid is None:
        return []
    new_codes = {i.code for i in (*parsed.knowledge, *parsed.skills, *parsed.attitudes)}
    rows = session.execute(
        select(Programme.name, Course.code, Module.title, Item.code)
        .join(Mapping, Mapping.item_id == Item.id)
        .join(Module, Module.id == Mapping.module_id)
        .join(Course, Course.id == Module.course_id)
        .join(Programme, Programme.id == Course.programme_id)
        .where(Item.standard_id == sid)
        .order_by(Programme.name, Course.position, Module.position, Item.position)
    ).all()
    return [LostMapping(*r) for r in rows if r[3] not in new_codes]


def import_standard(session: Session, parsed: ParsedStandard, *, replace: bool = False,
                    expected_lost: list[LostMapping] | None = None) -> tuple[ImportSummary, Changes]:
    """``expected_lost``: the mappings the user was told a replace drops; refused if it would drop others."""
    check_consistent(parsed)
    old_id = standard_id_by_code(session, parsed.code)
    kept: list[dict] = []
    targets: list[int] = []
    lost: list[LostMapping] = []
    if old_id is not None:
        if not replace:
            raise ConflictError(QT_TR_NOOP("standard %1 is already in this map; "
                                           "replace it to load the new text"), parsed.code)
        lost = mappings_lost_by_replace(session, parsed)
        if expected_lost is not None and lost != list(expected_lost):
            raise ConflictError(QT_TR_NOOP("the mappings replacing %1 would drop were changed elsewhere since you "
                                           "were told (it would now drop %2); nothing was replaced"),
                                parsed.code, len(lost))
        kept = [dict(r._mapping) for r in session.execute(
            select(Mapping.module_id, Item.code.label("item_code"), Mapping.level,
                   Mapping.assessed, Mapping.note)
            .join(Item, Item.id == Mapping.item_id).where(Item.standard_id == old_id))]
        targets = list(session.scalars(select(programme_standard.c.programme_id)
                                       .where(programme_standard.c.standard_id == old_id)))
        session.execute(delete(Standard).where(Standard.id == old_id))

    sid = _insert_standard(session, parsed)
    item_ids = dict(session.execute(select(Item.code, Item.id).where(Item.standard_id == sid)).all())
    restored = [
        {"module_id": m["module_id"], "item_id": item_ids[m["item_code"]], "level": m["level"],
         "assessed": m["assessed"], "note": m["note"]}
        for m in kept if m["item_code"] in item_ids
    ]
    if restored:
        session.execute(insert(Mapping), restored)
    if targets:
        session.execute(insert(programme_standard),
                        [{"programme_id": p, "standard_id": sid} for p in targets])
    summary = ImportSummary(parsed.code, parsed.name, sid, counts_of(parsed),
                            replaced=old_id is not None, kept_mappings=len(restored),
                            lost_mappings=lost)
    touched = frozenset(m["module_id"] for m in kept)
    return summary, Changes(standards=True, programmes=bool(targets), mappings=touched)


def _insert_standard(session: Session, p: ParsedStandard) -> int:
    # Core inserts, in batches: a 100,000-duty standard is never held as one list of rows
    # (nor passed through the ORM's bulk path, several times slower).
    sid = session.execute(insert(tables.standard), {
        "code": p.code, "name": p.name, "name_kind": p.name_kind, "version": p.version, "status": p.status,
        "level": p.level, "job_description": p.job_description, "notes": p.notes,
        "source_name": p.source_name, "imported_at": datetime.now()}).inserted_primary_key[0]
    _insert_rows(session, tables.standard_version, (
        {"standard_id": sid, "position": i, "version": v.version, "code": v.code,
         "name": v.name, "status": v.status, "note": v.note, "date": v.date}
        for i, v in enumerate(p.versions)))
    _insert_rows(session, tables.standard_category, (
        {"standard_id": sid, "position": i, "kind": c.kind, "name": c.name, "code": c.code}
        for i, c in enumerate(p.categories)))
    items = sorted([*p.knowledge, *p.skills, *p.attitudes], key=_item_order)
    _insert_rows(session, tables.item, (
        {"standard_id": sid, "kind": it.kind, "position": i, "code": it.code, "title": it.title}
        for i, it in enumerate(items)))
    item_ids = _ids_by_code(session, tables.item, sid)
    _insert_rows(session, tables.duty, (
        {"standard_id": sid, "position": i, "code": d.code, "title": d.title}
        for i, d in enumerate(p.duties)))
    duty_ids = _ids_by_code(session, tables.duty, sid)
    _insert_rows(session, tables.task, (
        {"standard_id": sid, "duty_id": duty_ids[d.code], "position": i, "code": t.code,
         "title": t.title, "level": t.level}
        for d in p.duties for i, t in enumerate(d.tasks)))
    del duty_ids
    task_ids = _ids_by_code(session, tables.task, sid)
    tasks = [(task_ids[t.code], t) for d in p.duties for t in d.tasks]
    _insert_rows(session, tables.output, (
        {"task_id": tid, "position": i, "code": o.code, "title": o.title}
        for tid, t in tasks for i, o in enumerate(t.outputs)))
    _insert_rows(session, tables.indicator, (
        {"task_id": tid, "position": i, "code": x.code, "text": x.text}
        for tid, t in tasks for i, x in enumerate(t.indicators)))
    _insert_rows(session, task_item, (
        {"task_id": tid, "item_id": item_ids[c]}
        for tid, t in tasks for c in dict.fromkeys(t.knowledge + t.skills)))
    _insert_rows(session, task_block, (
        {"task_id": tid, "position": i, "level": level}
        for tid, t in tasks for i, (level, _) in enumerate(_blocks_of(t))))
    block_ids = {(tid, pos): bid for bid, tid, pos in session.execute(
        select(task_block.c.id, task_block.c.task_id, task_block.c.position)
        .join(tables.task, tables.task.c.id == task_block.c.task_id).where(tables.task.c.standard_id == sid))}
    _insert_rows(session, block_item, (
        {"block_id": block_ids[tid, i], "item_id": item_ids[c]}
        for tid, t in tasks for i, (_, codes) in enumerate(_blocks_of(t)) for c in codes))
    return sid


BATCH = 5_000  # rows per executemany


def _insert_rows(session: Session, table, rows: Iterable[dict]) -> None:
    rows = iter(rows)
    while batch := list(islice(rows, BATCH)):
        session.execute(insert(table), batch)


def _ids_by_code(session: Session, table, sid: int) -> dict[str, int]:
    return dict(session.execute(select(table.c.code, table.c.id).where(table.c.standard_id == sid)).all())


def _blocks_of(t) -> list[tuple[int, list[str]]]:
    """(level, K and S codes) per block; a task given without blocks is one."""
    if not t.blocks:
        return [(t.level, list(dict.fromkeys(t.knowledge + t.skills)))]
    return [(b.level, list(dict.fromkeys(b.knowledge + b.skills))) for b in t.blocks]


def _item_order(item) -> tuple:
    # K01..K19 by number, whatever order the published table first names them in.
    digits = "".join(ch for ch in item.code if ch.isdigit())
    return ("KSA".find(item.kind), int(digits) if digits else 0, item.code)


def delete_standard(session: Session, code: str) -> tuple[None, Changes]:
    sid = standard_id_by_code(session, code)
    if sid is None:
        raise NotFoundError(QT_TR_NOOP("no standard %1 in this map"), code)
    used = session.execute(
        select(Programme.name, func.count(Mapping.id))
        .join(Item, Item.id == Mapping.item_id)
        .join(Module, Module.id == Mapping.module_id)
        .join(Course, Course.id == Module.course_id)
        .join(Programme, Programme.id == Course.programme_id)
        .where(Item.standard_id == sid).group_by(Programme.name)).all()
    if used:
        total = sum(n for _, n in used)
        where = ", ".join(f"{name} ({n})" for name, n in used)
        raise ConflictError(QT_TR_NOOP("standard %1 cannot be deleted: %2 mappings use its items "
                                       "(%3); deleting it would remove them"), code, total, where)
    session.execute(delete(Standard).where(Standard.id == sid))
    return None, Changes(standards=True, programmes=True)


def check_consistent(parsed: ParsedStandard) -> None:
    """Refuse data the schema would reject half-way (a parser's or a caller's slip)."""
    codes = Counter(i.code for i in (*parsed.knowledge, *parsed.skills, *parsed.attitudes))
    problems = [Msg(QT_TR_NOOP("item %1 is listed %2 times"), c, n) for c, n in codes.items() if n > 1]
    tasks = Counter(t.code for t in parsed.tasks())
    problems += [Msg(QT_TR_NOOP("task %1 is listed %2 times"), c, n) for c, n in tasks.items() if n > 1]
    for t in parsed.tasks():
        linked = [*t.knowledge, *t.skills, *(c for b in t.blocks for c in (*b.knowledge, *b.skills))]
        problems += [Msg(QT_TR_NOOP("task %1 links to %2, which the standard does not list"), t.code, c)
                     for c in dict.fromkeys(linked) if c not in codes]
        for level in (t.level, *(b.level for b in t.blocks)):
            if not 1 <= level <= 6:
                problems.append(Msg(QT_TR_NOOP("task %1 has level %2; levels run 1-6"), t.code, level))
    if problems:
        raise CurmapError(QT_TR_NOOP("%1: %2"), parsed.source_name or parsed.code, Joined("; ", *problems[:20]))
