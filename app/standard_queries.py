"""Read a stored standard back as plain data (for the CLI's JSON and the views)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import NotFoundError
from models import Duty, Indicator, Item, Output, Standard, StandardCategory, StandardVersion, Task, task_item


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


def list_standards(session: Session) -> list[StandardSummary]:
    duties = dict(session.execute(select(Duty.standard_id, func.count()).group_by(Duty.standard_id)).all())
    tasks = dict(session.execute(select(Task.standard_id, func.count()).group_by(Task.standard_id)).all())
    items = dict(session.execute(select(Item.standard_id, func.count()).group_by(Item.standard_id)).all())
    return [
        StandardSummary(s.id, s.code, s.name, s.level, s.version, s.status, duties.get(s.id, 0),
                        tasks.get(s.id, 0), items.get(s.id, 0), s.source_name,
                        s.imported_at.isoformat(timespec="seconds"))
        for s in session.scalars(select(Standard).order_by(Standard.code))
    ]


def resolve_standard(session: Session, code: str | None) -> Standard:
    """The standard named by ``code``; with no code, the only one there is."""
    if code:
        std = session.scalar(select(Standard).where(Standard.code == code))
        if std is None:
            known = ", ".join(session.scalars(select(Standard.code).order_by(Standard.code))) or "none"
            raise NotFoundError(f"no standard {code} in this map (it has: {known})")
        return std
    stds = list(session.scalars(select(Standard).order_by(Standard.code)))
    if len(stds) != 1:
        raise NotFoundError("name the standard with --standard CODE "
                            f"(this map has {len(stds)})")
    return stds[0]


def standard_tree(session: Session, code: str) -> StandardTree:
    std = resolve_standard(session, code)
    sid = std.id
    outputs: dict[int, list[dict]] = defaultdict(list)
    for tid, c, t in session.execute(
            select(Output.task_id, Output.code, Output.title).join(Task, Task.id == Output.task_id)
            .where(Task.standard_id == sid).order_by(Output.task_id, Output.position)):
        outputs[tid].append({"code": c, "title": t})
    indicators: dict[int, list[dict]] = defaultdict(list)
    for tid, c, t in session.execute(
            select(Indicator.task_id, Indicator.code, Indicator.text).join(Task, Task.id == Indicator.task_id)
            .where(Task.standard_id == sid).order_by(Indicator.task_id, Indicator.position)):
        indicators[tid].append({"code": c, "text": t})
    links: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for tid, kind, c in session.execute(
            select(task_item.c.task_id, Item.kind, Item.code).join(Item, Item.id == task_item.c.item_id)
            .where(Item.standard_id == sid).order_by(Item.position)):
        links[tid].append((kind, c))
    items = [ItemInfo(i.id, i.kind, i.code, i.title) for i in session.scalars(
        select(Item).where(Item.standard_id == sid).order_by(Item.position))]
    duties = []
    for d in session.scalars(select(Duty).where(Duty.standard_id == sid).order_by(Duty.position)):
        duties.append(DutyInfo(d.id, d.code, d.title))
    by_duty = {d.id: d for d in duties}
    for t in session.scalars(select(Task).where(Task.standard_id == sid).order_by(Task.duty_id, Task.position)):
        by_duty[t.duty_id].tasks.append(TaskInfo(
            t.id, t.code, t.title, t.level, outputs[t.id], indicators[t.id],
            [c for k, c in links[t.id] if k == "K"], [c for k, c in links[t.id] if k == "S"]))
    versions = [{"version": v.version, "code": v.code, "name": v.name, "status": v.status,
                 "note": v.note, "date": v.date}
                for v in session.scalars(select(StandardVersion).where(StandardVersion.standard_id == sid)
                                         .order_by(StandardVersion.position))]
    categories = [{"kind": c.kind, "name": c.name, "code": c.code}
                  for c in session.scalars(select(StandardCategory).where(StandardCategory.standard_id == sid)
                                           .order_by(StandardCategory.position))]
    return StandardTree(
        sid, std.code, std.name, std.name_kind, std.level, std.version, std.status, std.job_description,
        std.notes, std.source_name, versions, categories, duties,
        [i for i in items if i.kind == "K"], [i for i in items if i.kind == "S"],
        [i for i in items if i.kind == "A"])
