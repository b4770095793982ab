"""The coverage engine: SQL aggregates over mappings, honouring the threshold.

An item is covered when some module of the programme maps it at or above the
programme's threshold. A task is covered when all its K and S items are,
partly when some are, uncovered when none are. Attitudes are reported apart.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field

from sqlalchemy import case, distinct, func, select
from sqlalchemy.orm import Session

from app.curriculum_ops import find_programme, programme_info
from app.standard_queries import resolve_standard
from app.errors import NotFoundError
from models import Course, Duty, Item, Mapping, Module, Programme, Standard, Task, task_item
from models.levels import label_of

KS = ("K", "S")
COVERED, PARTIAL, UNCOVERED = "covered", "partial", "uncovered"


@dataclass
class ItemCoverage:
    id: int
    kind: str
    code: str
    title: str
    modules: int = 0  # modules mapping it at any level
    max_level: int | None = None
    assessed: bool = False  # assessed by some module at or above the threshold
    covered: bool = False


@dataclass
class TaskCoverage:
    id: int
    duty_code: str
    code: str
    title: str
    level: int
    status: str
    items_total: int
    items_covered: int
    missing: list[str] = field(default_factory=list)
    modules: list[dict] = field(default_factory=list)  # {"course", "number", "title"}


@dataclass
class DutyCoverage:
    code: str
    title: str
    items_total: int
    items_covered: int
    tasks_total: int
    tasks_covered: int
    tasks_partial: int


@dataclass
class Coverage:
    programme: str
    standard: str
    threshold: str
    items_total: int
    items_covered: int
    tasks_total: int
    tasks_covered: int
    tasks_partial: int
    tasks_uncovered: int
    attitudes_total: int
    attitudes_covered: int
    duties: list[DutyCoverage]
    tasks: list[TaskCoverage]
    items: list[ItemCoverage]

    def to_json(self) -> dict:
        return {
            "programme": self.programme,
            "standard": self.standard,
            "threshold": self.threshold,
            "items": {"total": self.items_total, "covered": self.items_covered},
            "tasks": {"total": self.tasks_total, "covered": self.tasks_covered,
                      "partial": self.tasks_partial, "uncovered": self.tasks_uncovered},
            "attitudes": {"total": self.attitudes_total, "covered": self.attitudes_covered},
            "duties": [{"code": d.code, "title": d.title, "items_total": d.items_total,
                        "items_covered": d.items_covered, "tasks_total": d.tasks_total,
                        "tasks_covered": d.tasks_covered, "tasks_partial": d.tasks_partial}
                       for d in self.duties],
            "task_status": [{"code": t.code, "title": t.title, "level": t.level, "status": t.status,
                             "missing": t.missing, "modules": t.modules} for t in self.tasks],
            "item_status": [asdict(i) | {"max_level": i.max_level} for i in self.items],
        }


def _covered_items(programme_id: int, threshold: int):
    """Subquery: ids of items some module of the programme maps at or above the threshold."""
    return (select(Mapping.item_id.label("item_id"))
            .join(Module, Module.id == Mapping.module_id)
            .join(Course, Course.id == Module.course_id)
            .where(Course.programme_id == programme_id, Mapping.level >= threshold)
            .group_by(Mapping.item_id)).subquery("cov")


def item_coverage(session: Session, programme_id: int, standard_id: int, threshold: int) -> list[ItemCoverage]:
    at_threshold = Mapping.level >= threshold
    stats = (select(Mapping.item_id,
                    func.count(distinct(Mapping.module_id)).label("modules"),
                    func.max(Mapping.level).label("max_level"),
                    func.max(case((at_threshold & Mapping.assessed, 1), else_=0)).label("assessed"))
             .join(Module, Module.id == Mapping.module_id)
             .join(Course, Course.id == Module.course_id)
             .where(Course.programme_id == programme_id)
             .group_by(Mapping.item_id)).subquery("stats")
    rows = session.execute(
        select(Item.id, Item.kind, Item.code, Item.title, stats.c.modules, stats.c.max_level, stats.c.assessed)
        .outerjoin(stats, stats.c.item_id == Item.id)
        .where(Item.standard_id == standard_id).order_by(Item.position)).all()
    return [ItemCoverage(r.id, r.kind, r.code, r.title, r.modules or 0, r.max_level, bool(r.assessed),
                         (r.max_level or 0) >= threshold) for r in rows]


def task_coverage(session: Session, programme_id: int, standard_id: int, threshold: int,
                  with_modules: bool = True) -> list[TaskCoverage]:
    cov = _covered_items(programme_id, threshold)
    ks = Item.kind.in_(KS)
    counts = session.execute(
        select(Task.id, Duty.code.label("duty_code"), Task.code, Task.title, Task.level,
               func.count(Item.id).label("total"), func.count(cov.c.item_id).label("covered"))
        .join(Duty, Duty.id == Task.duty_id)
        .outerjoin(task_item, task_item.c.task_id == Task.id)
        .outerjoin(Item, (Item.id == task_item.c.item_id) & ks)
        .outerjoin(cov, (cov.c.item_id == task_item.c.item_id) & ks)
        .where(Task.standard_id == standard_id)
        .group_by(Task.id, Duty.code, Task.code, Task.title, Task.level, Duty.position, Task.position)
        .order_by(Duty.position, Task.position)).all()
    missing: dict[int, list[str]] = defaultdict(list)
    for tid, code in session.execute(
            select(task_item.c.task_id, Item.code).join(Item, Item.id == task_item.c.item_id)
            .outerjoin(cov, cov.c.item_id == Item.id)
            .where(Item.standard_id == standard_id, ks, cov.c.item_id.is_(None))
            .order_by(Item.position)):
        missing[tid].append(code)
    modules: dict[int, list[dict]] = defaultdict(list)
    if with_modules:
        for tid, ccode, pos, title in session.execute(
                select(task_item.c.task_id, Course.code, Module.position, Module.title).distinct()
                .join(Mapping, Mapping.item_id == task_item.c.item_id)
                .join(Item, Item.id == task_item.c.item_id)
                .join(Module, Module.id == Mapping.module_id)
                .join(Course, Course.id == Module.course_id)
                .where(Course.programme_id == programme_id, Item.standard_id == standard_id, ks,
                       Mapping.level >= threshold)
                .order_by(task_item.c.task_id, Course.code, Module.position)):
            modules[tid].append({"course": ccode, "number": pos + 1, "title": title})
    out = []
    for r in counts:
        status = COVERED if r.total and r.covered == r.total else PARTIAL if r.covered else UNCOVERED
        out.append(TaskCoverage(r.id, r.duty_code, r.code, r.title, r.level, status, r.total, r.covered,
                                missing[r.id], modules[r.id]))
    return out


def duty_item_counts(session: Session, programme_id: int, standard_id: int, threshold: int
                     ) -> dict[str, tuple[int, int]]:
    cov = _covered_items(programme_id, threshold)
    rows = session.execute(
        select(Duty.code, func.count(distinct(task_item.c.item_id)), func.count(distinct(cov.c.item_id)))
        .join(Task, Task.duty_id == Duty.id)
        .join(task_item, task_item.c.task_id == Task.id)
        .join(Item, Item.id == task_item.c.item_id)
        .outerjoin(cov, cov.c.item_id == Item.id)
        .where(Duty.standard_id == standard_id, Item.kind.in_(KS))
        .group_by(Duty.code)).all()
    return {code: (total, covered) for code, total, covered in rows}


def coverage(session: Session, programme_id: int, standard_id: int) -> Coverage:
    prog = programme_info(session, programme_id)
    std = session.get(Standard, standard_id)
    if std is None:
        raise NotFoundError(f"standard #{standard_id} no longer exists")
    items = item_coverage(session, programme_id, standard_id, prog.threshold)
    tasks = task_coverage(session, programme_id, standard_id, prog.threshold)
    duty_items = duty_item_counts(session, programme_id, standard_id, prog.threshold)
    duties = []
    for d in session.scalars(select(Duty).where(Duty.standard_id == standard_id).order_by(Duty.position)):
        mine = [t for t in tasks if t.duty_code == d.code]
        total, covered = duty_items.get(d.code, (0, 0))
        duties.append(DutyCoverage(d.code, d.title, total, covered, len(mine),
                                   sum(t.status == COVERED for t in mine), sum(t.status == PARTIAL for t in mine)))
    ks_items = [i for i in items if i.kind in KS]
    attitudes = [i for i in items if i.kind == "A"]
    return Coverage(
        prog.name, std.code, label_of(prog.threshold, prog.scale),
        len(ks_items), sum(i.covered for i in ks_items),
        len(tasks), sum(t.status == COVERED for t in tasks), sum(t.status == PARTIAL for t in tasks),
        sum(t.status == UNCOVERED for t in tasks),
        len(attitudes), sum(i.covered for i in attitudes), duties, tasks, items)


def coverage_by_name(session: Session, programme: str, standard_code: str | None = None) -> Coverage:
    """The CLI's entry: programme by name or id, standard by code (or its only target)."""
    prog = find_programme(session, programme)
    if standard_code is None:
        if len(prog.standards) != 1:
            raise NotFoundError(f"programme {prog.name!r} targets {len(prog.standards)} standards; "
                                "name one with --standard CODE")
        standard_code = prog.standards[0]
    std = resolve_standard(session, standard_code)
    return coverage(session, prog.id, std.id)


@dataclass
class CoverageSummary:
    items_total: int
    items_covered: int
    tasks_total: int
    tasks_covered: int
    tasks_partial: int


def programme_summary(session: Session, programme_id: int) -> CoverageSummary:
    """Totals over all the programme's standards, for a status bar."""
    threshold = session.scalar(select(Programme.threshold).where(Programme.id == programme_id))
    if threshold is None:
        raise NotFoundError(f"programme #{programme_id} no longer exists")
    prog = programme_info(session, programme_id)
    totals = [0, 0, 0, 0, 0]
    for code in prog.standards:
        std = resolve_standard(session, code)
        items = item_coverage(session, programme_id, std.id, threshold)
        tasks = task_coverage(session, programme_id, std.id, threshold, with_modules=False)
        ks = [i for i in items if i.kind in KS]
        totals[0] += len(ks)
        totals[1] += sum(i.covered for i in ks)
        totals[2] += len(tasks)
        totals[3] += sum(t.status == COVERED for t in tasks)
        totals[4] += sum(t.status == PARTIAL for t in tasks)
    return CoverageSummary(*totals)
