"""One live model of the open programme: every figure any pane shows, kept current by deltas.

Rows are the programme's standards (items, duties, tasks), by index, fixed
until a reload. Columns are courses and modules, by id, so adding, moving or
deleting one shifts nothing else. Mappings are stored sparsely (a dict per
module of item index -> ``level | ASSESSED``: a map fills a fraction of a
percent of its cells), and every count is kept as mappings come and go, so
a cell edit costs the cells it touches. See app.coverage.rule for what
"covered" and "assessed" mean; app.coverage.live_sync applies ``Changes``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from app.coverage.rule import task_status
from app.curriculum.mappings import MappingState
from app.standards.queries import StandardTree
from models.levels import DEFAULT_SCALE, label_of
from models.vocabulary import ATTITUDE, COVERED, PARTIAL, TASK_KINDS

ASSESSED = 0x80
LEVEL = 0x7F


def cell_value(level: int, assessed: bool) -> int:
    return min(level, LEVEL) | (ASSESSED if assessed else 0)


@dataclass
class CourseRow:
    id: int
    code: str
    name: str
    credits: float | None = None
    hours: float | None = None
    year: int | None = None
    semester: str = ""

    @property
    def term(self) -> tuple[int | None, str]:
        return self.year, self.semester or ""


@dataclass
class ModuleRow:
    id: int
    course_id: int
    title: str
    hours: float | None = None
    description: str = ""
    number: int = 0  # 1-based, within its course


@dataclass
class Delta:
    """What applying a change moved, for the panes to repaint just that."""

    modules: set[int] = field(default_factory=set)  # module ids whose cells changed
    courses: set[int] = field(default_factory=set)  # course ids whose merged cells changed
    items: set[int] = field(default_factory=set)  # item indices whose figures changed
    tasks: set[int] = field(default_factory=set)  # task indices whose figures changed
    covered: set[int] = field(default_factory=set)  # items that became covered or uncovered
    statuses: set[int] = field(default_factory=set)  # tasks whose covered items changed (their state may)
    columns: bool = False  # courses or modules were added, removed or reordered
    labels: bool = False  # course, module or programme fields changed in place

    @property
    def empty(self) -> bool:
        return not (self.modules or self.courses or self.items or self.tasks or self.columns or self.labels)


@dataclass
class DutyFigures:
    items_total: int
    items_covered: int
    tasks_total: int
    tasks_covered: int
    tasks_partial: int


@dataclass
class Summary:
    """The status bar's figures over all the programme's standards."""

    items_total: int = 0
    items_covered: int = 0
    tasks_total: int = 0
    tasks_covered: int = 0
    tasks_partial: int = 0

    @property
    def tasks_uncovered(self) -> int:
        return self.tasks_total - self.tasks_covered - self.tasks_partial


class LiveModel:
    """The programme as every pane sees it; an empty one stands for "no programme"."""

    def __init__(self, programme_id: int = 0, name: str = "", scale: tuple[str, ...] = DEFAULT_SCALE,
                 threshold: int = 1, description: str = "") -> None:
        self.programme_id, self.programme_name, self.description = programme_id, name, description
        self.scale, self.threshold = tuple(scale), threshold
        self.trees: list[StandardTree] = []
        self.standards: list[tuple[int, str, str]] = []  # (id, code, name)
        self.item_id: list[int] = []
        self.item_kind: list[str] = []
        self.item_code: list[str] = []
        self.item_title: list[str] = []
        self.item_std: list[int] = []
        self.item_tasks: list[list[int]] = []  # K/S items only
        self.item_index: dict[int, int] = {}
        self.duties: list[tuple[int, int, str, str]] = []  # (id, standard, code, title)
        self.duty_tasks: list[list[int]] = []
        self.task_id: list[int] = []
        self.task_duty: list[int] = []
        self.task_code: list[str] = []
        self.task_title: list[str] = []
        self.task_level: list[int] = []
        self.task_items: list[list[int]] = []
        self.task_index: dict[int, int] = {}
        self.course_ids: list[int] = []
        self.courses: dict[int, CourseRow] = {}
        self.course_modules: dict[int, list[int]] = {}
        self.modules: dict[int, ModuleRow] = {}
        self.prints: dict[int, int | None] = {}  # course id -> fingerprint of its modules (None: unknown)
        self.cells: dict[int, dict[int, int]] = {}  # module id -> item index -> level | ASSESSED
        self.notes: dict[int, dict[int, str]] = {}  # module id -> item index -> note
        self._order: list[int] | None = None
        self._course_cells: dict[int, dict[int, int]] = {}  # a cache, per course
        self._module_tasks: dict[int, int] = {}  # a cache: tasks each module contributes to
        self.reset_figures()

    # ---- shape ---------------------------------------------------------------------

    def set_standards(self, trees: list[StandardTree]) -> None:
        """The rows: every item, duty and task of ``trees`` (ordered by code)."""
        self.trees = list(trees)
        self.standards = [(t.id, t.code, t.name) for t in self.trees]
        for s, tree in enumerate(self.trees):
            by_code = {}
            for info in tree.items():
                by_code[info.code] = len(self.item_id)
                self.item_id.append(info.id)
                self.item_kind.append(info.kind)
                self.item_code.append(info.code)
                self.item_title.append(info.title)
                self.item_std.append(s)
            for duty in tree.duties:
                self.duties.append((duty.id, s, duty.code, duty.title))
                self.duty_tasks.append([])
                for task in duty.tasks:
                    self.duty_tasks[-1].append(len(self.task_id))
                    self.task_id.append(task.id)
                    self.task_duty.append(len(self.duties) - 1)
                    self.task_code.append(task.code)
                    self.task_title.append(task.title)
                    self.task_level.append(task.level)
                    # Knowledge before skills, each in the standard's order, once.
                    links = sorted({by_code[c] for c in (*task.knowledge, *task.skills) if c in by_code})
                    self.task_items.append(links)
        self.item_index = {x: i for i, x in enumerate(self.item_id)}
        self.task_index = {x: t for t, x in enumerate(self.task_id)}
        self.item_tasks = [[] for _ in self.item_id]
        for t, links in enumerate(self.task_items):
            for i in links:
                self.item_tasks[i].append(t)
        self.reset_figures()

    def set_curriculum(self, courses: list[CourseRow], modules: list[ModuleRow]) -> None:
        """The columns: courses in order, each module in its course's order (``number`` set here)."""
        self.course_ids = [c.id for c in courses]
        self.courses = {c.id: c for c in courses}
        self.course_modules = {c.id: [] for c in courses}
        self.modules = {}
        for m in modules:
            if m.course_id in self.course_modules:
                members = self.course_modules[m.course_id]
                members.append(m.id)
                m.number = len(members)
                self.modules[m.id] = m
        self._order = None

    def replace_courses(self, courses: list[CourseRow], members: dict[int, list[ModuleRow]]) -> None:
        """Like set_curriculum after a change to a few courses: ``members`` gives those courses'
        modules (in order); a course gone takes its modules along; every other course keeps its own."""
        self.course_ids = [c.id for c in courses]
        self.courses = {c.id: c for c in courses}
        gone = [c for c in self.course_modules if c not in self.courses]
        for c in [*gone, *members]:  # all out first: a module may move between two of them
            for m in self.course_modules.pop(c, ()):
                self.modules.pop(m, None)
        for c, modules in members.items():
            self.course_modules[c] = [m.id for m in modules]
            for n, m in enumerate(modules, 1):
                m.number = n
                self.modules[m.id] = m
        self._order = None

    def reset_figures(self) -> None:
        n, t = len(self.item_id), len(self.task_id)
        self.item_levels = [[0] * (len(self.scale) + 2) for _ in range(n)]  # modules per level
        self.item_mapped = [0] * n  # modules mapping it at any level
        self.item_covering = [0] * n  # modules mapping it at or above the threshold
        self.item_assessed = [0] * n  # modules mapping it with the assessed mark
        self.item_courses = [0] * n  # courses covering it
        self.task_covered = [0] * t  # its K/S items covered
        self.task_modules = [0] * t  # modules covering one of its K/S items
        self.task_courses = [0] * t
        self._course_cells.clear()
        self._module_tasks.clear()

    def module_order(self) -> list[int]:
        """Every module id in programme order (courses in order, then modules)."""
        if self._order is None:
            self._order = [m for c in self.course_ids for m in self.course_modules[c]]
        return self._order

    @property
    def n_items(self) -> int:
        return len(self.item_id)

    @property
    def n_tasks(self) -> int:
        return len(self.task_id)

    # ---- cells -----------------------------------------------------------------------

    def cell(self, item: int, module_id: int) -> int:
        cm = self.cells.get(module_id)
        return cm.get(item, 0) if cm else 0

    def note(self, item: int, module_id: int) -> str:
        notes = self.notes.get(module_id)
        return notes.get(item, "") if notes else ""

    def course_cells(self, course_id: int) -> dict[int, int]:
        """Item index -> the highest level any of its modules maps, assessed if any module assesses."""
        merged = self._course_cells.get(course_id)
        if merged is None:
            merged = self.merge_modules(self.course_modules.get(course_id, ()))
            self._course_cells[course_id] = merged
        return merged

    def merge_modules(self, module_ids) -> dict[int, int]:
        merged: dict[int, int] = {}
        for m in module_ids:
            for i, v in self.cells.get(m, {}).items():
                old = merged.get(i)
                merged[i] = v if old is None else max(old & LEVEL, v & LEVEL) | ((old | v) & ASSESSED)
        return merged

    def course_cell(self, item: int, course_id: int) -> int:
        return self.course_cells(course_id).get(item, 0)

    def _covered_in(self, cells: dict[int, int], task: int) -> int:
        thr = self.threshold
        return sum(1 for i in self.task_items[task] if cells.get(i, 0) & LEVEL >= thr)

    def task_cell(self, task: int, module_id: int) -> int:
        """How many of the task's K/S items the module covers."""
        return self._covered_in(self.cells.get(module_id, {}), task)

    def course_task_cell(self, task: int, course_id: int) -> int:
        return self._covered_in(self.course_cells(course_id), task)

    def tasks_of(self, cells: dict[int, int]) -> set[int]:
        """The tasks a column (a module's or a course's cells) contributes to."""
        thr, item_tasks = self.threshold, self.item_tasks
        out: set[int] = set()
        for i, v in cells.items():
            if v & LEVEL >= thr and item_tasks[i]:
                out.update(item_tasks[i])
        return out

    # ---- per column ------------------------------------------------------------------

    def module_mapped(self, module_id: int) -> int:
        return len(self.cells.get(module_id, ()))

    def module_items(self, module_id: int) -> int:
        """Items the module covers (at or above the threshold)."""
        thr = self.threshold
        return sum(1 for v in self.cells.get(module_id, {}).values() if v & LEVEL >= thr)

    def module_tasks(self, module_id: int) -> int:
        n = self._module_tasks.get(module_id)
        if n is None:
            n = self._module_tasks[module_id] = len(self.tasks_of(self.cells.get(module_id, {})))
        return n

    def course_mapped(self, course_id: int) -> int:
        return len(self.course_cells(course_id))

    def course_items(self, course_id: int) -> int:
        thr = self.threshold
        return sum(1 for v in self.course_cells(course_id).values() if v & LEVEL >= thr)

    def course_tasks(self, course_id: int) -> int:
        return len(self.tasks_of(self.course_cells(course_id)))

    def course_mappings(self, course_id: int) -> int:
        """Mappings of all its modules (the curriculum's count)."""
        return sum(len(self.cells.get(m, ())) for m in self.course_modules.get(course_id, ()))

    # ---- per row ---------------------------------------------------------------------

    def item_covered(self, item: int) -> bool:
        return self.item_covering[item] > 0

    def item_max_level(self, item: int) -> int:
        levels = self.item_levels[item]
        return next((k for k in range(len(levels) - 1, 0, -1) if levels[k]), 0)

    def modules_of_item(self, item: int, limit: int | None = None) -> list[tuple[int, int]]:
        """(module id, cell value) for the modules mapping the item, in programme order (the first ``limit``)."""
        wanted = self.item_mapped[item] if limit is None else min(limit, self.item_mapped[item])
        out: list[tuple[int, int]] = []
        if not wanted:
            return out
        cells = self.cells
        for m in self.module_order():
            cm = cells.get(m)
            if cm and item in cm:
                out.append((m, cm[item]))
                if len(out) == wanted:
                    break
        return out

    def task_status(self, task: int) -> str:
        return task_status(self.task_covered[task], len(self.task_items[task]))

    def missing_items(self, task: int) -> list[int]:
        return [i for i in self.task_items[task] if not self.item_covering[i]]

    def modules_serving(self, task: int, limit: int | None = None) -> list[int]:
        """Modules covering any of the task's K/S items, in programme order (the first ``limit``)."""
        wanted = self.task_modules[task] if limit is None else min(limit, self.task_modules[task])
        out: list[int] = []
        if not wanted:
            return out
        thr, mine = self.threshold, self.task_items[task]
        for m in self.module_order():
            cm = self.cells.get(m)
            if cm and any(cm.get(i, 0) & LEVEL >= thr for i in mine):
                out.append(m)
                if len(out) == wanted:
                    break
        return out

    def summary(self) -> Summary:
        s = Summary()
        for i, kind in enumerate(self.item_kind):
            if kind in TASK_KINDS:
                s.items_total += 1
                s.items_covered += self.item_covering[i] > 0
        s.tasks_total = len(self.task_id)
        for t, links in enumerate(self.task_items):
            done = self.task_covered[t]
            if links and done == len(links):
                s.tasks_covered += 1
            elif done:
                s.tasks_partial += 1
        return s

    def duty_figures(self, duty: int) -> DutyFigures:
        tasks = self.duty_tasks[duty]
        items = {i for t in tasks for i in self.task_items[t]}
        statuses = self.statuses(tasks)
        return DutyFigures(len(items), sum(1 for i in items if self.item_covering[i]), len(tasks),
                           statuses.count(COVERED), statuses.count(PARTIAL))

    def attitudes(self, std: int) -> list[int]:
        return [i for i in range(len(self.item_id)) if self.item_std[i] == std and self.item_kind[i] == ATTITUDE]

    def statuses(self, tasks) -> list[str]:
        return [self.task_status(t) for t in tasks]

    # ---- words -----------------------------------------------------------------------

    def label(self, value: int) -> str:
        """A cell as text: the level's label, with * when assessed."""
        level = value & LEVEL
        if not level:
            return ""
        text = label_of(level, self.scale)
        return text + "*" if value & ASSESSED else text

    def module_label(self, module_id: int) -> str:
        m = self.modules[module_id]
        return f"{self.courses[m.course_id].code}·{m.number}"

    def state(self, module_id: int, item: int) -> MappingState:
        """One cell as a MappingState (level None when unmapped)."""
        v = self.cell(item, module_id)
        if not v:
            return MappingState(module_id, self.item_id[item], None)
        return MappingState(module_id, self.item_id[item], v & LEVEL, bool(v & ASSESSED), self.note(item, module_id))

    # ---- keeping the figures ---------------------------------------------------------

    def account_module(self, module_id: int, cells: dict[int, int], sign: int, delta: Delta) -> None:
        """Add (sign 1) or take away (-1) a whole module column from every per-item and per-task count."""
        for i, v in cells.items():
            self._count(i, v, sign, delta)
        tasks = self.tasks_of(cells)
        for t in tasks:
            self.task_modules[t] += sign
        delta.tasks.update(tasks)
        self._module_tasks.pop(module_id, None)

    def account_course(self, before: dict[int, int], after: dict[int, int], delta: Delta) -> None:
        """A course's merged cells moved from ``before`` to ``after``: courses covering each item and task."""
        thr = self.threshold
        old = {i for i, v in before.items() if v & LEVEL >= thr}
        new = {i for i, v in after.items() if v & LEVEL >= thr}
        for i in new - old:
            self.item_courses[i] += 1
            delta.items.add(i)
        for i in old - new:
            self.item_courses[i] -= 1
            delta.items.add(i)
        old_tasks = {t for i in old for t in self.item_tasks[i]}
        new_tasks = {t for i in new for t in self.item_tasks[i]}
        for t in new_tasks - old_tasks:
            self.task_courses[t] += 1
        for t in old_tasks - new_tasks:
            self.task_courses[t] -= 1
        delta.tasks.update(new_tasks ^ old_tasks)

    def replace_cells(self, columns: dict[int, dict[int, int]], notes: dict[int, dict[int, str]],
                      delta: Delta | None = None) -> Delta:
        """Give each module of ``columns`` exactly these cells (an empty dict clears it).

        Only the cells that differ are counted again, and ``delta`` names only
        the items and tasks whose figures moved.
        """
        delta = delta if delta is not None else Delta()
        known = [m for m in columns if m in self.modules]
        courses = {self.modules[m].course_id for m in known}
        before = {c: self.course_cells(c) for c in courses}
        for m in known:
            old, new = self.cells.get(m, {}), columns[m]
            changed = {i: (old.get(i, 0), new.get(i, 0)) for i in old.keys() | new.keys() if old.get(i) != new.get(i)}
            for i, (was, now) in changed.items():
                if was:
                    self._count(i, was, -1, delta)
                if now:
                    self._count(i, now, 1, delta)
            old_tasks, new_tasks = self.tasks_of(old), self.tasks_of(new)
            for t in new_tasks - old_tasks:
                self.task_modules[t] += 1
            for t in old_tasks - new_tasks:
                self.task_modules[t] -= 1
            delta.tasks.update(new_tasks ^ old_tasks)
            self._module_tasks.pop(m, None)
            if new:
                self.cells[m] = new
            else:
                self.cells.pop(m, None)
            if notes.get(m):
                self.notes[m] = notes[m]
            else:
                self.notes.pop(m, None)
            delta.modules.add(m)
        for c in courses:
            self._course_cells.pop(c, None)
            self.account_course(before[c], self.course_cells(c), delta)
            delta.courses.add(c)
        return delta

    def _count(self, i: int, v: int, sign: int, delta: Delta) -> None:
        """One cell's part in its item's figures (and, when the item's coverage flips, its tasks')."""
        level = v & LEVEL
        levels = self.item_levels[i]
        levels[min(level, len(levels) - 1)] += sign
        self.item_mapped[i] += sign
        if v & ASSESSED:
            self.item_assessed[i] += sign
        delta.items.add(i)
        if level >= self.threshold:
            before = self.item_covering[i]
            self.item_covering[i] = before + sign
            if before == (0 if sign > 0 else 1):
                delta.covered.add(i)
                for t in self.item_tasks[i]:
                    self.task_covered[t] += sign
                    delta.tasks.add(t)
                    delta.statuses.add(t)
