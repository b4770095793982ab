"""The coverage engine: SQL aggregates over mappings, for the CLI and the exports.

The rule is app.coverage.rule's (the window's live model follows the same
one; a test holds the two to every figure).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import case, distinct, func, select

from app.coverage.rule import task_status
from app.curriculum.queries import find_programme, programme_info
from app.standards.queries import resolve_standard
from app.errors import QT_TR_NOOP, Msg, NotFoundError
from models.levels import label_of
from models.vocabulary import ATTITUDE, COVERED, PARTIAL, TASK_KINDS, UNCOVERED
from models.tables import course, duty, item, mapping, module, programme, programme_standard, standard, task, task_item

if TYPE_CHECKING:
    from app.reader import Reader


@dataclass
class ItemCoverage:
    id: int
    kind: str
    code: str
    title: str
    modules: int = 0  # modules mapping it at any level
    max_level: int | None = None
    assessed: bool = False  # some module maps it with the assessed mark (at any level)
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


def item_coverage(db: Reader, programme_id: int, standard_id: int, threshold: int) -> list[ItemCoverage]:
    stats = (select(mapping.c.item_id,
                    func.count(distinct(mapping.c.module_id)).label("modules"),
                    func.max(mapping.c.level).label("max_level"),
                    func.max(case((mapping.c.assessed, 1), else_=0)).label("assessed"))
             .select_from(item)
             .join(mapping, mapping.c.item_id == item.c.id)
             .join(module, module.c.id == mapping.c.module_id)
             .join(course, course.c.id == module.c.course_id)
             .where(item.c.standard_id == standard_id, course.c.programme_id == programme_id)
             .group_by(mapping.c.item_id)).subquery("stats")
    rows = db.execute(
        select(item.c.id, item.c.kind, item.c.code, item.c.title, stats.c.modules, stats.c.max_level, stats.c.assessed)
        .outerjoin(stats, stats.c.item_id == item.c.id)
        .where(item.c.standard_id == standard_id).order_by(item.c.position)).all()
    return [ItemCoverage(r.id, r.kind, r.code, r.title, r.modules or 0, r.max_level, bool(r.assessed),
                         (r.max_level or 0) >= threshold) for r in rows]


def task_coverage(db: Reader, programme_id: int, standard_id: int, threshold: int,
                  with_modules: bool = True, items: list[ItemCoverage] | None = None) -> list[TaskCoverage]:
    """Task status rolled up from the per-item aggregates and the task-item links."""
    if items is None:
        items = item_coverage(db, programme_id, standard_id, threshold)
    by_id = {i.id: i for i in items}
    links: dict[int, list[ItemCoverage]] = defaultdict(list)
    for tid, iid in db.execute(
            select(task_item.c.task_id, task_item.c.item_id).join(item, item.c.id == task_item.c.item_id)
            .where(item.c.standard_id == standard_id, item.c.kind.in_(TASK_KINDS)).order_by(item.c.position)):
        links[tid].append(by_id[iid])
    modules = _task_modules(db, programme_id, standard_id, threshold) if with_modules else {}
    out = []
    for r in db.execute(
            select(task.c.id, duty.c.code.label("duty_code"), task.c.code, task.c.title, task.c.level)
            .join(duty, duty.c.id == task.c.duty_id).where(task.c.standard_id == standard_id)
            .order_by(duty.c.position, task.c.position)):
        mine = links[r.id]
        covered = sum(i.covered for i in mine)
        status = task_status(covered, len(mine))
        out.append(TaskCoverage(r.id, r.duty_code, r.code, r.title, r.level, status, len(mine), covered,
                                [i.code for i in mine if not i.covered], modules.get(r.id, [])))
    return out


def _task_modules(db: Reader, programme_id: int, standard_id: int, threshold: int
                  ) -> dict[int, list[dict]]:
    """Per task, the modules that cover any of its K/S items (the report's detail)."""
    pairs = db.execute(
        select(task_item.c.task_id, mapping.c.module_id).distinct()
        .join(mapping, mapping.c.item_id == task_item.c.item_id)
        .join(item, item.c.id == task_item.c.item_id)
        .join(module, module.c.id == mapping.c.module_id)
        .join(course, course.c.id == module.c.course_id)
        .where(course.c.programme_id == programme_id, item.c.standard_id == standard_id, item.c.kind.in_(TASK_KINDS),
               mapping.c.level >= threshold)).all()
    if not pairs:
        return {}
    labels = {mid: (cpos, ccode, pos, title) for mid, cpos, ccode, pos, title in db.execute(
        select(module.c.id, course.c.position, course.c.code, module.c.position, module.c.title)
        .join(course, course.c.id == module.c.course_id).where(course.c.programme_id == programme_id))}
    modules: dict[int, list[tuple]] = defaultdict(list)
    for tid, mid in pairs:
        modules[tid].append(labels[mid])
    return {tid: [{"course": c, "number": p + 1, "title": t} for _, c, p, t in sorted(rows)]
            for tid, rows in modules.items()}


def coverage(db: Reader, programme_id: int, standard_id: int, with_modules: bool = True) -> Coverage:
    prog = programme_info(db, programme_id)
    std = db.execute(select(standard.c.code).where(standard.c.id == standard_id)).first()
    if std is None:
        raise NotFoundError(QT_TR_NOOP("standard #%1 no longer exists"), standard_id)
    items = item_coverage(db, programme_id, standard_id, prog.threshold)
    tasks = task_coverage(db, programme_id, standard_id, prog.threshold, with_modules, items)
    covered_ids = {i.id for i in items if i.covered}
    duty_items: dict[str, set[int]] = defaultdict(set)
    for dcode, iid in db.execute(
            select(duty.c.code, task_item.c.item_id).join(task, task.c.duty_id == duty.c.id)
            .join(task_item, task_item.c.task_id == task.c.id).join(item, item.c.id == task_item.c.item_id)
            .where(duty.c.standard_id == standard_id, item.c.kind.in_(TASK_KINDS))):
        duty_items[dcode].add(iid)
    duties = []
    for d in db.execute(select(duty.c.code, duty.c.title).where(duty.c.standard_id == standard_id)
                             .order_by(duty.c.position)):
        mine = [t for t in tasks if t.duty_code == d.code]
        ids = duty_items[d.code]
        duties.append(DutyCoverage(d.code, d.title, len(ids), len(ids & covered_ids), len(mine),
                                   sum(t.status == COVERED for t in mine), sum(t.status == PARTIAL for t in mine)))
    ks_items = [i for i in items if i.kind in TASK_KINDS]
    attitudes = [i for i in items if i.kind == ATTITUDE]
    return Coverage(
        prog.name, std.code, label_of(prog.threshold, prog.scale),
        len(ks_items), sum(i.covered for i in ks_items),
        len(tasks), sum(t.status == COVERED for t in tasks), sum(t.status == PARTIAL for t in tasks),
        sum(t.status == UNCOVERED for t in tasks),
        len(attitudes), sum(i.covered for i in attitudes), duties, tasks, items)


def coverage_by_name(db: Reader, programme_name: str, standard_code: str | None = None) -> Coverage:
    """The CLI's entry: programme by name or id, standard by code (or its only target)."""
    prog = find_programme(db, programme_name)
    if standard_code is None:
        if len(prog.standards) != 1:
            raise NotFoundError(QT_TR_NOOP("programme '%1' targets %2 standards; name one with --standard CODE"),
                                prog.name, len(prog.standards))
        standard_code = prog.standards[0]
    std = resolve_standard(db, standard_code)
    if std.code not in prog.standards:
        raise NotFoundError(QT_TR_NOOP("programme '%1' does not target %2 (it targets: %3)"),
                            prog.name, std.code, ", ".join(prog.standards) or Msg(QT_TR_NOOP("none")))
    return coverage(db, prog.id, std.id)


@dataclass
class CoverageSummary:
    items_total: int
    items_covered: int
    tasks_total: int
    tasks_covered: int
    tasks_partial: int


def programme_summary(db: Reader, programme_id: int) -> CoverageSummary:
    """Totals over all the programme's standards, for a status bar: two aggregate queries."""
    threshold = db.scalar(select(programme.c.threshold).where(programme.c.id == programme_id))
    if threshold is None:
        raise NotFoundError(QT_TR_NOOP("programme #%1 no longer exists"), programme_id)
    cov = (select(mapping.c.item_id.label("item_id"))
           .join(module, module.c.id == mapping.c.module_id)
           .join(course, course.c.id == module.c.course_id)
           .where(course.c.programme_id == programme_id, mapping.c.level >= threshold)
           .group_by(mapping.c.item_id)).subquery("cov")
    targets = select(programme_standard.c.standard_id).where(
        programme_standard.c.programme_id == programme_id).scalar_subquery()
    items_total, items_covered = db.execute(
        select(func.count(item.c.id), func.count(cov.c.item_id))
        .outerjoin(cov, cov.c.item_id == item.c.id)
        .where(item.c.standard_id.in_(targets), item.c.kind.in_(TASK_KINDS))).one()
    per_task = (select(func.count(item.c.id).label("total"), func.count(cov.c.item_id).label("covered"))
                .select_from(task)
                .join(task_item, task_item.c.task_id == task.c.id)
                .join(item, (item.c.id == task_item.c.item_id) & item.c.kind.in_(TASK_KINDS))
                .outerjoin(cov, cov.c.item_id == item.c.id)
                .where(task.c.standard_id.in_(targets))
                .group_by(task.c.id)).subquery("per_task")
    tasks_total, tasks_covered, tasks_partial = db.execute(
        select(func.count(),
               func.coalesce(func.sum(case((per_task.c.covered == per_task.c.total, 1), else_=0)), 0),
               func.coalesce(func.sum(case(((per_task.c.covered > 0) & (per_task.c.covered < per_task.c.total),
                                            1), else_=0)), 0))).one()
    tasks_total += db.scalar(  # tasks linked to no K/S item count as uncovered
        select(func.count()).select_from(task).where(
            task.c.standard_id.in_(targets),
            ~select(task_item.c.task_id).join(item, item.c.id == task_item.c.item_id)
            .where(task_item.c.task_id == task.c.id, item.c.kind.in_(TASK_KINDS)).exists())) or 0
    return CoverageSummary(items_total, items_covered, tasks_total, tasks_covered, tasks_partial)
