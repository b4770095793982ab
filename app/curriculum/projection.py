"""Coverage a programme *would* have against a standard, from mappings not yet stored.

A migration shows coverage after next to coverage before, before anything is
written (a dry run may even read a read-only map). The figures follow the
coverage engine's rule (``task_status``) and come out as its ``Coverage``, so
the two sides of the comparison are the same kind of thing; a test checks
that the projection equals what the engine reports once the plan is applied.
"""
from __future__ import annotations

from app.coverage.engine import Coverage, DutyCoverage, ItemCoverage, TaskCoverage
from app.coverage.rule import task_status
from models.vocabulary import COVERED, PARTIAL, TASK_KINDS, UNCOVERED
from app.standards.queries import StandardTree
from models.levels import label_of


def project_coverage(programme: str, tree: StandardTree, cells: dict[int, list[tuple[int, bool]]],
                     threshold: int, scale: tuple[str, ...]) -> Coverage:
    """``cells``: item id -> the (level, assessed) of each module mapping it."""
    items = []
    for i in tree.items():
        mine = cells.get(i.id, [])
        top = max((level for level, _ in mine), default=None)
        items.append(ItemCoverage(i.id, i.kind, i.code, i.title, len(mine), top,
                                  any(a and level >= threshold for level, a in mine),
                                  (top or 0) >= threshold))
    covered = {i.code for i in items if i.covered}
    tasks, duties = [], []
    for d in tree.duties:
        duty_items: set[str] = set()
        mine = []
        for t in d.tasks:
            codes = list(dict.fromkeys((*t.knowledge, *t.skills)))
            duty_items.update(codes)
            done = sum(c in covered for c in codes)
            mine.append(TaskCoverage(t.id, d.code, t.code, t.title, t.level, task_status(done, len(codes)),
                                     len(codes), done, [c for c in codes if c not in covered]))
        tasks += mine
        duties.append(DutyCoverage(d.code, d.title, len(duty_items), len(duty_items & covered), len(mine),
                                   sum(t.status == COVERED for t in mine), sum(t.status == PARTIAL for t in mine)))
    ks = [i for i in items if i.kind in TASK_KINDS]
    attitudes = [i for i in items if i.kind == "A"]
    return Coverage(programme, tree.code, label_of(threshold, scale), len(ks), sum(i.covered for i in ks),
                    len(tasks), sum(t.status == COVERED for t in tasks), sum(t.status == PARTIAL for t in tasks),
                    sum(t.status == UNCOVERED for t in tasks), len(attitudes), sum(i.covered for i in attitudes),
                    duties, tasks, items)
