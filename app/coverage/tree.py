"""Queries shaped for the window: a programme's standards with coverage marks,
the catalogue of items the mapping editor lists, and one item's details."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.coverage.engine import ItemCoverage, TaskCoverage, item_coverage, task_coverage
from app.curriculum.queries import programme_info
from app.errors import QT_TR_NOOP, NotFoundError
from app.curriculum.mappings import ItemMapping, item_mappings
from app.standards.queries import StandardTree, TaskInfo, resolve_standard, standard_tree
from models.tables import course, duty, item, module, standard, task, task_item

if TYPE_CHECKING:
    from app.reader import Reader


@dataclass
class CoverageMarks:
    """What the browser paints beside each task and item."""

    tasks: dict[int, str] = field(default_factory=dict)  # task id -> covered/partial/uncovered
    items: dict[int, ItemCoverage] = field(default_factory=dict)  # item id -> its coverage


def programme_standards(db: Reader, programme_id: int) -> list[StandardTree]:
    """The whole text of every standard the programme targets."""
    if not programme_id:
        return []
    return [standard_tree(db, code) for code in programme_info(db, programme_id).standards]


def coverage_marks(db: Reader, programme_id: int) -> CoverageMarks:
    marks = CoverageMarks()
    if not programme_id:
        return marks
    prog = programme_info(db, programme_id)
    for code in prog.standards:
        sid = resolve_standard(db, code).id
        items = item_coverage(db, programme_id, sid, prog.threshold)
        for t in task_coverage(db, programme_id, sid, prog.threshold, with_modules=False, items=items):
            marks.tasks[t.id] = t.status
        for i in items:
            marks.items[i.id] = i
    return marks


@dataclass
class CatalogueItem:
    id: int
    standard: str
    kind: str  # K, S or A
    code: str
    title: str
    tasks: list[int] = field(default_factory=list)  # ids of the tasks it supports


@dataclass
class ItemGroup:
    key: str  # "duty:<id>" or "kind:K"
    code: str  # "T1" or "K"
    title: str
    items: list[int] = field(default_factory=list)  # item ids, in the standard's order


@dataclass
class TaskChoice:
    id: int
    code: str
    title: str
    standard: str
    group: str  # the key of its duty's group


@dataclass
class Catalogue:
    """Every K, S and A item of the programme's standards, two ways grouped."""

    items: dict[int, CatalogueItem] = field(default_factory=dict)
    by_duty: list[ItemGroup] = field(default_factory=list)
    by_kind: list[ItemGroup] = field(default_factory=list)
    tasks: list[TaskChoice] = field(default_factory=list)


def mapping_catalogue(db: Reader, programme_id: int) -> Catalogue:
    return catalogue_of(programme_standards(db, programme_id))


def catalogue_of(trees: list[StandardTree]) -> Catalogue:
    """The catalogue of standards already read (the browser reads them too)."""
    cat = Catalogue()
    several = len(trees) > 1
    kinds = {k: ItemGroup(f"kind:{k}", k, "") for k in "KSA"}
    for tree in trees:
        prefix = f"{tree.code} " if several else ""
        order = {i.id: n for n, i in enumerate(tree.items())}
        by_code = {i.code: i.id for i in tree.items()}
        for i in tree.items():
            cat.items[i.id] = CatalogueItem(i.id, tree.code, i.kind, i.code, i.title)
            kinds[i.kind].items.append(i.id)
        for d in tree.duties:
            seen: dict[int, None] = {}
            for t in d.tasks:
                cat.tasks.append(TaskChoice(t.id, t.code, t.title, tree.code, f"duty:{d.id}"))
                for c in (*t.knowledge, *t.skills):
                    cat.items[by_code[c]].tasks.append(t.id)
                    seen[by_code[c]] = None
            # Knowledge before skills, each in the standard's order.
            cat.by_duty.append(ItemGroup(f"duty:{d.id}", prefix + d.code, d.title,
                                         sorted(seen, key=order.__getitem__)))
        if tree.attitudes:
            cat.by_duty.append(ItemGroup(f"attitudes:{tree.id}", prefix + "A", "",
                                         [i.id for i in tree.attitudes]))
    cat.by_kind = [g for g in kinds.values() if g.items]
    return cat


@dataclass
class ItemDetails:
    id: int
    standard: str
    kind: str
    code: str
    title: str
    tasks: list[tuple[str, str]]  # (code, title) of the tasks it supports
    mappings: list[ItemMapping]  # which modules of the programme map it


def item_details(db: Reader, item_id: int, programme_id: int) -> ItemDetails:
    row = db.execute(select(item.c.id, standard.c.code.label("standard"), item.c.kind, item.c.code, item.c.title)
                          .join(standard, standard.c.id == item.c.standard_id).where(item.c.id == item_id)).first()
    if row is None:
        raise NotFoundError(QT_TR_NOOP("item #%1 no longer exists"), item_id)
    tasks = [(c, t) for c, t in db.execute(
        select(task.c.code, task.c.title).join(task_item, task_item.c.task_id == task.c.id)
        .join(duty, duty.c.id == task.c.duty_id)
        .where(task_item.c.item_id == item_id).order_by(duty.c.position, task.c.position))]
    mappings = item_mappings(db, item_id, programme_id) if programme_id else []
    return ItemDetails(row.id, row.standard, row.kind, row.code, row.title, tasks, mappings)


def task_details(db: Reader, task_id: int, programme_id: int) -> TaskCoverage | None:
    """The task's coverage in the programme: missing items, the modules that serve it."""
    sid = db.scalar(select(task.c.standard_id).where(task.c.id == task_id))
    if sid is None or not programme_id:
        return None
    threshold = programme_info(db, programme_id).threshold
    return next((t for t in task_coverage(db, programme_id, sid, threshold) if t.id == task_id), None)


def task_text(db: Reader, task_id: int) -> TaskInfo:
    """The task as the standard words it: outputs, indicators, K and S codes."""
    code = db.scalar(select(standard.c.code).join(task, task.c.standard_id == standard.c.id)
                          .where(task.c.id == task_id))
    if code is None:
        raise NotFoundError(QT_TR_NOOP("task #%1 no longer exists"), task_id)
    return next(t for t in standard_tree(db, code).tasks() if t.id == task_id)


@dataclass
class ModulePlace:
    module_id: int
    programme_id: int
    course_code: str
    course_name: str
    number: int  # 1-based, within the course
    title: str


def module_place(db: Reader, module_id: int) -> ModulePlace | None:
    """Where a module sits, for the editor's heading; None once it is deleted."""
    row = db.execute(select(module.c.id, course.c.programme_id, course.c.code, course.c.name, module.c.title)
                          .join(course, course.c.id == module.c.course_id).where(module.c.id == module_id)).first()
    if row is None:
        return None
    siblings = list(db.scalars(select(module.c.id).where(module.c.course_id == select(module.c.course_id)
                                                            .where(module.c.id == module_id).scalar_subquery())
                                    .order_by(module.c.position, module.c.id)))
    return ModulePlace(row[0], row[1], row[2], row[3], siblings.index(module_id) + 1, row[4])
