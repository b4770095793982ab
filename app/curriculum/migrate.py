"""Carry a programme's mappings from one version of a standard to the next: the plan.

For every item of the old version the programme maps, the plan proposes a
target in the new version: the item matched to it by the comparison
(app/standards/compare.py: the same code while the title stays alike, else
the best title match above the threshold), or none ("cannot carry"). Each
proposal says why, with its score. The user may accept, change or drop
each one (``decide``); ``outcome`` then works out, without writing, what
the programme would hold: which mappings move, which merge (two mappings
of one module landing on one item), which stay behind, and its coverage of
the new version next to its coverage of the old one.

Reading the plan: ``Workspace.read(plan_migration, programme, new_code, old_code)``.
Carrying it out (one transaction, undoable): app/curriculum/migrate_apply.py.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.coverage.engine import COVERED, Coverage, coverage
from app.curriculum.projection import project_coverage
from app.curriculum.queries import ProgrammeInfo, curriculum, find_programme, programme_info
from app.errors import QT_TR_NOOP, CurmapError, Msg, NotFoundError
from app.standards.compare import ADDED, Comparison, Side, base_code, check_threshold, compare_trees, percent
from app.standards.queries import StandardTree, resolve_standard, standard_tree
from app.standards.similarity import THRESHOLD, bigrams, dice
from models.tables import course, indicator, item, mapping, module, task

if TYPE_CHECKING:
    from app.reader import Reader

# Why a proposal is what it is.
SAME, REWORDED, RENUMBERED, MOVED = "same", "reworded", "renumbered", "moved"
NONE, CHOSEN, DROPPED = "none", "chosen", "dropped"
REASON_TEXT = {
    SAME: QT_TR_NOOP("same code and title"),
    REWORDED: QT_TR_NOOP("same code, title reworded"),
    RENUMBERED: QT_TR_NOOP("renumbered, same title"),
    MOVED: QT_TR_NOOP("renumbered and reworded: the best title match"),
    NONE: QT_TR_NOOP("cannot carry: no item of the new version is alike enough"),
    CHOSEN: QT_TR_NOOP("chosen by hand"),
    DROPPED: QT_TR_NOOP("not carried, by choice"),
}


@dataclass(frozen=True)
class Cell:
    """One stored mapping, exactly as the plan read it (what the apply checks again)."""

    id: int
    module_id: int
    item_id: int
    indicator_id: int | None
    level: int
    assessed: bool
    note: str


@dataclass(frozen=True)
class ModuleRef:
    id: int
    course: str  # the course's code
    number: int  # 1-based within the course
    title: str

    def label(self) -> str:
        return f"{self.course}-{self.number} {self.title}"


@dataclass
class Proposal:
    kind: str  # K, S or A
    old: Side
    target: Side | None  # proposed item of the new version
    score: float | None  # title similarity to the target, or to the closest item when there is none
    reason: str  # SAME, REWORDED, RENUMBERED, MOVED or NONE
    closest: Side | None  # with no target: the nearest item, below the threshold or taken
    cells: list[Cell] = field(default_factory=list)

    def reason_text(self) -> Msg:
        if self.reason == NONE and self.closest is not None:
            return Msg(QT_TR_NOOP("cannot carry: removed in the new version (closest: %1, %2% alike)"),
                       self.closest.label(), percent(self.score))
        if self.reason == NONE:
            return Msg(QT_TR_NOOP("cannot carry: removed in the new version"))
        return Msg(REASON_TEXT[self.reason])


@dataclass
class Outcome:
    """What applying the plan with the current decisions would do; nothing is written."""

    carried: list[tuple[Proposal, Side]]  # each proposal carried, and where to
    left: list[Proposal]  # proposals not carried (none found, or dropped)
    keep: dict[int, Cell]  # row id -> its new values (item, level…): rows that stay, moved or merged into
    delete: list[Cell]  # rows that go: merged into another, or not carried and dropped
    merged: int  # mappings folded into another of the same module
    indicators_lost: int  # carried mappings whose behaviour indicator has no counterpart
    remaining: int  # mappings left on the old version's items
    before: Coverage
    after: Coverage
    new_items_uncovered: list[Side]  # items new in this version that no module covers
    new_tasks_not_covered: list[tuple[Side, str]]  # tasks new in this version, not fully covered: status

    @property
    def moved(self) -> int:
        return sum(len(p.cells) for p, _ in self.carried)


@dataclass
class MigrationPlan:
    programme_id: int
    programme: str
    scale: tuple[str, ...]
    level_threshold: int  # the programme's coverage threshold (a level rank)
    comparison: Comparison
    old_tree: StandardTree
    new_tree: StandardTree
    proposals: list[Proposal]
    new_cells: list[Cell]  # the programme's mappings already on the new version's items
    modules: dict[int, ModuleRef]
    targets: list[str]  # the standards the programme targets now
    indicator_to: dict[int, int | None]  # old indicator id -> its counterpart in the new version
    before: Coverage
    decisions: dict[int, int | None] = field(default_factory=dict)  # old item id -> new item id (None: drop)

    def __post_init__(self) -> None:
        self._items = {i.id: (Side(i.id, i.code, i.title), i.kind) for i in self.new_tree.items()}

    @property
    def old_code(self) -> str:
        return self.comparison.old.code

    @property
    def new_code(self) -> str:
        return self.comparison.new.code

    def new_item(self, item_id: int) -> Side:
        return self._items[item_id][0]

    def new_kind(self, item_id: int) -> str:
        return self._items[item_id][1]

    def proposal(self, old_item_id: int) -> Proposal:
        for p in self.proposals:
            if p.old.id == old_item_id:
                return p
        raise NotFoundError(QT_TR_NOOP("item #%1 is not mapped by the programme"), old_item_id)

    def choice(self, p: Proposal) -> Side | None:
        """The item ``p`` will be carried to, as decided (the proposal unless changed)."""
        chosen = self.decisions.get(p.old.id, p.target.id if p.target else None)
        return None if chosen is None else self.new_item(chosen)

    def decide(self, old_item_id: int, new_item_id: int | None) -> None:
        """Carry the old item's mappings to ``new_item_id``, or not at all (None)."""
        p = self.proposal(old_item_id)
        if new_item_id is not None and new_item_id not in self._items:
            raise NotFoundError(QT_TR_NOOP("item #%1 is not in %2"), new_item_id, self.new_code)
        if new_item_id == (p.target.id if p.target else None):
            self.decisions.pop(old_item_id, None)
        else:
            self.decisions[old_item_id] = new_item_id

    def decided_reason(self, p: Proposal) -> str:
        if p.old.id not in self.decisions:
            return p.reason
        return DROPPED if self.decisions[p.old.id] is None else CHOSEN

    def candidates(self, old_item_id: int) -> list[tuple[Side, float]]:
        """Every item of the new version with its title's likeness, same kind first, best first."""
        p = self.proposal(old_item_id)
        grams = bigrams(p.old.title)
        scored = [(side, dice(grams, bigrams(side.title)), kind) for side, kind in self._items.values()]
        scored.sort(key=lambda x: (x[2] != p.kind, -x[1], "KSA".find(x[2])))
        return [(s, score) for s, score, _ in scored]

    def score_of(self, p: Proposal, target: Side) -> float:
        """How alike the old item's title is to ``target``'s (its proposal keeps the comparison's score)."""
        if p.target is not None and target.id == p.target.id:
            return p.score
        return dice(bigrams(p.old.title), bigrams(target.title))

    def read_state(self) -> frozenset[Cell]:
        """The mappings the plan was made from: applying refuses if they moved since."""
        return frozenset([*(c for p in self.proposals for c in p.cells), *self.new_cells])

    def outcome(self, *, drop_uncarried: bool = False) -> Outcome:
        carried, left = [], []
        groups: dict[tuple[int, int], list[Cell]] = defaultdict(list)  # (module, new item) -> sources
        existing = {(c.module_id, c.item_id): c for c in self.new_cells}
        for p in self.proposals:
            target = self.choice(p)
            if target is None:
                left.append(p)
                continue
            carried.append((p, target))
            for c in p.cells:
                groups[(c.module_id, target.id)].append(c)
        keep: dict[int, Cell] = {}
        delete: list[Cell] = []
        merged = lost_indicators = 0
        for (mid, iid), sources in groups.items():
            sources.sort(key=lambda c: c.id)
            there = existing.get((mid, iid))
            indicators = [self.indicator_to.get(c.indicator_id) for c in sources if c.indicator_id is not None]
            lost_indicators += sum(i is None for i in indicators)
            group = ([there] if there else []) + sources
            keeper = group[0]
            merged += len(group) - 1
            delete += group[1:]
            notes = list(dict.fromkeys(c.note for c in group if c.note))
            keep[keeper.id] = Cell(
                keeper.id, mid, iid,
                there.indicator_id if there and there.indicator_id else next((i for i in indicators if i), None),
                max(c.level for c in group), any(c.assessed for c in group), "; ".join(notes))
        remaining = sum(len(p.cells) for p in left)
        if drop_uncarried:
            delete += [c for p in left for c in p.cells]
            remaining = 0
        after = self._project(keep, delete)
        added_items = {d.new.id for d in self.comparison.items if d.status == ADDED}
        added_tasks = {d.new.code for d in self.comparison.tasks if d.status == ADDED}
        return Outcome(
            carried, left, keep, delete, merged, lost_indicators, remaining, self.before, after,
            [Side(i.id, i.code, i.title) for i in after.items if i.id in added_items and not i.covered],
            [(Side(t.id, t.code, t.title, t.level, t.duty_code), t.status)
             for t in after.tasks if t.code in added_tasks and t.status != COVERED])

    def _project(self, keep: dict[int, Cell], delete: list[Cell]) -> Coverage:
        gone = {c.id for c in delete}
        cells: dict[int, list[tuple[int, bool]]] = defaultdict(list)
        for c in self.new_cells:
            if c.id not in keep and c.id not in gone:
                cells[c.item_id].append((c.level, c.assessed))
        for c in keep.values():
            cells[c.item_id].append((c.level, c.assessed))
        return project_coverage(self.programme, self.new_tree, cells, self.level_threshold, self.scale)


def plan_migration(db: Reader, programme: str | int, new_code: str, old_code: str | None = None,
                   threshold: float = THRESHOLD) -> MigrationPlan:
    """The plan for carrying ``programme`` (name, or id) from ``old_code`` to ``new_code``."""
    check_threshold(threshold)
    prog = programme_info(db, programme) if isinstance(programme, int) else find_programme(db, programme)
    new = resolve_standard(db, new_code)
    old = resolve_standard(db, old_code or _source_of(prog, new.code))
    if old.code == new.code:
        raise CurmapError(QT_TR_NOOP("programme '%1' would be carried from %2 to itself; "
                                     "name the new version with --to"), prog.name, new.code)
    old_tree, new_tree = standard_tree(db, old.code), standard_tree(db, new.code)
    comparison = compare_trees(old_tree, new_tree, threshold)
    cells = _cells(db, prog.id, [old.id, new.id])
    old_ids = {i.id for i in old_tree.items()}
    by_item: dict[int, list[Cell]] = defaultdict(list)
    for c in cells:
        if c.item_id in old_ids:
            by_item[c.item_id].append(c)
    proposals = []
    for d in comparison.items:
        if d.old is None or d.old.id not in by_item:
            continue
        if d.new is None:
            reason = NONE
        elif d.old.code == d.new.code:
            reason = SAME if d.score >= 1 else REWORDED
        else:
            reason = RENUMBERED if d.score >= 1 else MOVED
        proposals.append(Proposal(d.kind, d.old, d.new, d.score, reason, d.closest, by_item[d.old.id]))
    modules = {m.id: ModuleRef(m.id, c.code, m.number, m.title) for c in curriculum(db, prog.id) for m in c.modules}
    used_indicators = {c.indicator_id for c in cells if c.indicator_id is not None and c.item_id in old_ids}
    return MigrationPlan(
        prog.id, prog.name, prog.scale, prog.threshold, comparison, old_tree, new_tree, proposals,
        [c for c in cells if c.item_id not in old_ids], modules, list(prog.standards),
        _indicator_map(db, comparison, old.id, new.id, used_indicators, threshold),
        coverage(db, prog.id, old.id, with_modules=False))


def _source_of(prog: ProgrammeInfo, new_code: str):
    """The standard to carry from when none is named: the older version of the new one the
    programme targets, else its only other target."""
    others = [c for c in prog.standards if c != new_code]
    same = [c for c in others if base_code(c) == base_code(new_code)]
    if len(same) == 1:
        return same[0]
    if len(others) == 1:
        return others[0]
    raise NotFoundError(QT_TR_NOOP("name the standard to carry programme '%1' from with --from CODE "
                                   "(it targets: %2)"), prog.name, ", ".join(prog.standards) or Msg(QT_TR_NOOP("none")))


def _cells(db: Reader, programme_id: int, standard_ids: list[int], *, lock: bool = False) -> list[Cell]:
    m = mapping.c
    query = (select(m.id, m.module_id, m.item_id, m.indicator_id, m.level, m.assessed, m.note)
             .join(module, module.c.id == m.module_id).join(course, course.c.id == module.c.course_id)
             .join(item, item.c.id == m.item_id)
             .where(course.c.programme_id == programme_id, item.c.standard_id.in_(standard_ids))
             .order_by(m.id))
    if lock:  # PostgreSQL: no other writer changes them between this check and the commit
        query = query.with_for_update(of=mapping)
    return [Cell(r.id, r.module_id, r.item_id, r.indicator_id, r.level, bool(r.assessed), r.note)
            for r in db.execute(query)]


def _indicator_map(db: Reader, comparison: Comparison, old_id: int, new_id: int, used: set[int],
                   threshold: float) -> dict[int, int | None]:
    """A mapping's behaviour indicator goes to the most alike indicator of the matched task."""
    if not used:
        return {}
    task_to = {d.old.id: d.new.id for d in comparison.tasks if d.old is not None and d.new is not None}
    rows = db.execute(select(indicator.c.id, indicator.c.task_id, indicator.c.text)
                      .join(task, task.c.id == indicator.c.task_id)
                      .where(task.c.standard_id.in_([old_id, new_id]))).all()
    of_task: dict[int, list[tuple[int, frozenset[str]]]] = defaultdict(list)
    texts = {}
    for iid, tid, text in rows:
        of_task[tid].append((iid, bigrams(text)))
        texts[iid] = (tid, bigrams(text))
    out: dict[int, int | None] = {}
    for iid in used:
        tid, grams = texts.get(iid, (None, frozenset()))
        scored = [(dice(grams, g), n) for n, g in of_task.get(task_to.get(tid), [])]
        best = max(scored, default=(0.0, None))
        out[iid] = best[1] if best[0] >= threshold else None
    return out
