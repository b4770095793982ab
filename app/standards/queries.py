"""Read a stored standard back as plain data (for the CLI's JSON and the views).

Core selects over models.tables: they run on a plain connection, no ORM."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import Row, func, select

from app.errors import QT_TR_NOOP, Msg, NotFoundError
from models.tables import (
    block_item,
    duty,
    indicator,
    item,
    output,
    standard,
    standard_category,
    standard_version,
    task,
    task_block,
    task_item,
)

if TYPE_CHECKING:
    from app.reader import Reader


@dataclass
class StandardSummary:
    id: int
    code: str
    name: str
    level: int | None
    version: int | None
    status: str
    duties: int
    tasks: int
    items: int
    source_name: str
    imported_at: str


@dataclass
class ItemInfo:
    id: int
    kind: str
    code: str
    title: str


@dataclass
class TaskInfo:
    id: int
    code: str
    title: str
    level: int
    outputs: list[dict] = field(default_factory=list)  # {"code", "title"}
    indicators: list[dict] = field(default_factory=list)  # {"code", "text"}
    knowledge: list[str] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)
    blocks: list[dict] = field(default_factory=list)  # {"level", "knowledge", "skills"}, in order


@dataclass
class DutyInfo:
    id: int
    code: str
    title: str
    tasks: list[TaskInfo] = field(default_factory=list)


@dataclass
class StandardTree:
    id: int
    code: str
    name: str
    name_kind: str
    level: int | None
    version: int | None
    status: str
    job_description: str
    notes: str
    source_name: str
    versions: list[dict]
    categories: list[dict]
    duties: list[DutyInfo]
    knowledge: list[ItemInfo]
    skills: list[ItemInfo]
    attitudes: list[ItemInfo]

    def items(self) -> list[ItemInfo]:
        return [*self.knowledge, *self.skills, *self.attitudes]

    def tasks(self) -> list[TaskInfo]:
        return [t for d in self.duties for t in d.tasks]

    def to_json(self) -> dict:
        data = asdict(self)
        for key in ("knowledge", "skills", "attitudes"):
            data[key] = [{"code": i["code"], "title": i["title"]} for i in data[key]]
        for duty in data["duties"]:
            duty.pop("id")
            for task in duty["tasks"]:
                task.pop("id")
        data.pop("id")
        return data


def list_standards(db: Reader) -> list[StandardSummary]:
    duties = dict(db.execute(select(duty.c.standard_id, func.count()).group_by(duty.c.standard_id)).all())
    tasks = dict(db.execute(select(task.c.standard_id, func.count()).group_by(task.c.standard_id)).all())
    items = dict(db.execute(select(item.c.standard_id, func.count()).group_by(item.c.standard_id)).all())
    return [
        StandardSummary(s.id, s.code, s.name, s.level, s.version, s.status, duties.get(s.id, 0),
                        tasks.get(s.id, 0), items.get(s.id, 0), s.source_name,
                        s.imported_at.isoformat(timespec="seconds"))
        for s in db.execute(select(standard).order_by(standard.c.code))
    ]


def item_ids(db: Reader, code: str) -> dict[str, int]:
    """A standard's K, S and A items: code -> id (scripts and checks name items by their code)."""
    std = resolve_standard(db, code)
    return dict(db.execute(select(item.c.code, item.c.id).where(item.c.standard_id == std.id)).all())


def resolve_standard(db: Reader, code: str | None) -> Row:
    """The standard's row named by ``code``; with no code, the only one there is."""
    if code:
        std = db.execute(select(standard).where(standard.c.code == code)).first()
        if std is None:
            codes = db.scalars(select(standard.c.code).order_by(standard.c.code))
            known = ", ".join(codes) or Msg(QT_TR_NOOP("none"))
            raise NotFoundError(QT_TR_NOOP("no standard %1 in this map (it has: %2)"), code, known)
        return std
    stds = db.execute(select(standard).order_by(standard.c.code)).all()
    if len(stds) != 1:
        raise NotFoundError(QT_TR_NOOP("name the standard with --standard CODE (this map has %1)"), len(stds))
    return stds[0]


def standard_tree(db: Reader, code: str) -> StandardTree:
    std = resolve_standard(db, code)
    sid = std.id
    outputs: dict[int, list[dict]] = defaultdict(list)
    for tid, c, t in db.execute(
            select(output.c.task_id, output.c.code, output.c.title).join(task, task.c.id == output.c.task_id)
            .where(task.c.standard_id == sid).order_by(output.c.task_id, output.c.position)):
        outputs[tid].append({"code": c, "title": t})
    indicators: dict[int, list[dict]] = defaultdict(list)
    for tid, c, t in db.execute(
            select(indicator.c.task_id, indicator.c.code, indicator.c.text)
            .join(task, task.c.id == indicator.c.task_id)
            .where(task.c.standard_id == sid).order_by(indicator.c.task_id, indicator.c.position)):
        indicators[tid].append({"code": c, "text": t})
    links: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for tid, kind, c in db.execute(
            select(task_item.c.task_id, item.c.kind, item.c.code).join(item, item.c.id == task_item.c.item_id)
            .where(item.c.standard_id == sid).order_by(item.c.position)):
        links[tid].append((kind, c))
    blocks = _blocks(db, sid)
    items = [ItemInfo(i.id, i.kind, i.code, i.title) for i in db.execute(
        select(item.c.id, item.c.kind, item.c.code, item.c.title)
        .where(item.c.standard_id == sid).order_by(item.c.position))]
    duties = [DutyInfo(d.id, d.code, d.title) for d in db.execute(
        select(duty.c.id, duty.c.code, duty.c.title).where(duty.c.standard_id == sid).order_by(duty.c.position))]
    by_duty = {d.id: d for d in duties}
    for t in db.execute(select(task.c.id, task.c.duty_id, task.c.code, task.c.title, task.c.level)
                        .where(task.c.standard_id == sid).order_by(task.c.duty_id, task.c.position)):
        by_duty[t.duty_id].tasks.append(TaskInfo(
            t.id, t.code, t.title, t.level, outputs[t.id], indicators[t.id],
            [c for k, c in links[t.id] if k == "K"], [c for k, c in links[t.id] if k == "S"], blocks[t.id]))
    v = standard_version.c
    versions = [{"version": r.version, "code": r.code, "name": r.name, "status": r.status,
                 "note": r.note, "date": r.date}
                for r in db.execute(select(v.version, v.code, v.name, v.status, v.note, v.date)
                                    .where(v.standard_id == sid).order_by(v.position))]
    cat = standard_category.c
    categories = [{"kind": r.kind, "name": r.name, "code": r.code}
                  for r in db.execute(select(cat.kind, cat.name, cat.code)
                                      .where(cat.standard_id == sid).order_by(cat.position))]
    return StandardTree(
        sid, std.code, std.name, std.name_kind, std.level, std.version, std.status, std.job_description,
        std.notes, std.source_name, versions, categories, duties,
        [i for i in items if i.kind == "K"], [i for i in items if i.kind == "S"],
        [i for i in items if i.kind == "A"])


def _blocks(db: Reader, sid: int) -> dict[int, list[dict]]:
    """Each task's competency blocks: level, K and S, in order."""
    blocks: dict[int, list[dict]] = defaultdict(list)
    by_id: dict[int, dict] = {}
    for bid, tid, level in db.execute(
            select(task_block.c.id, task_block.c.task_id, task_block.c.level)
            .join(task, task.c.id == task_block.c.task_id)
            .where(task.c.standard_id == sid).order_by(task_block.c.task_id, task_block.c.position)):
        by_id[bid] = {"level": level, "knowledge": [], "skills": []}
        blocks[tid].append(by_id[bid])
    for bid, kind, c in db.execute(
            select(block_item.c.block_id, item.c.kind, item.c.code).join(item, item.c.id == block_item.c.item_id)
            .where(item.c.standard_id == sid).order_by(item.c.position)):
        if bid in by_id and kind in "KS":
            by_id[bid]["knowledge" if kind == "K" else "skills"].append(c)
    return blocks
