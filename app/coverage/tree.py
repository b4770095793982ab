"""What the window shows beside the standard's text: the mapping editor's catalogue
of items, and one item's or one task's details, read from the live model."""
from __future__ import annotations

from dataclasses import dataclass, field

from app.coverage.engine import TaskCoverage
from app.coverage.live import ASSESSED, LEVEL, LiveModel
from app.curriculum.mappings import ItemMapping
from app.standards.queries import StandardTree, TaskInfo
from models.vocabulary import ATTITUDE, ITEM_KINDS


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


def catalogue_of(trees: list[StandardTree]) -> Catalogue:
    """The catalogue of standards already read (the browser reads them too)."""
    cat = Catalogue()
    several = len(trees) > 1
    kinds = {k: ItemGroup(f"kind:{k}", k, "") for k in ITEM_KINDS}
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
            cat.by_duty.append(ItemGroup(f"attitudes:{tree.id}", prefix + ATTITUDE, "",
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
    mappings: list[ItemMapping]  # which modules of the programme map it (the first DETAIL_LIMIT)
    more: int = 0  # how many more map it


@dataclass
class TaskDetails:
    coverage: TaskCoverage  # its modules: the first DETAIL_LIMIT
    more: int = 0  # how many more modules serve it


DETAIL_LIMIT = 15  # modules listed in a details pane: a glance, not a report (the export has them all)


def item_details(live: LiveModel, item_id: int) -> ItemDetails | None:
    """The item, the tasks it supports and which modules of the programme map it; None if not shown."""
    i = live.item_index.get(item_id)
    if i is None:
        return None
    mappings = []
    for m, v in live.modules_of_item(i, DETAIL_LIMIT):
        module = live.modules[m]
        course = live.courses[module.course_id]
        mappings.append(ItemMapping(m, course.code, course.name, module.number, module.title, v & LEVEL,
                                    bool(v & ASSESSED), live.note(i, m)))
    return ItemDetails(item_id, live.standards[live.item_std[i]][1], live.item_kind[i], live.item_code[i],
                       live.item_title[i], [(live.task_code[t], live.task_title[t]) for t in live.item_tasks[i]],
                       mappings, live.item_mapped[i] - len(mappings))


def task_details(live: LiveModel, task_id: int) -> TaskDetails | None:
    """The task's coverage in the programme: missing items, the modules that serve it."""
    t = live.task_index.get(task_id)
    if t is None:
        return None
    modules = []
    for m in live.modules_serving(t, DETAIL_LIMIT):
        module = live.modules[m]
        modules.append({"course": live.courses[module.course_id].code, "number": module.number,
                        "title": module.title})
    cov = TaskCoverage(task_id, live.duties[live.task_duty[t]][2], live.task_code[t], live.task_title[t],
                       live.task_level[t], live.task_status(t), len(live.task_items[t]), live.task_covered[t],
                       [live.item_code[i] for i in live.missing_items(t)], modules)
    return TaskDetails(cov, live.task_modules[t] - len(modules))


def task_text(live: LiveModel, task_id: int) -> TaskInfo | None:
    """The task as the standard words it: outputs, indicators, K and S codes."""
    return next((t for tree in live.trees for t in tree.tasks() if t.id == task_id), None)
