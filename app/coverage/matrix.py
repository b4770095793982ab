"""What the coverage matrix shows, as compact arrays (no Qt).

Cells are dense bytearrays, column-major (one column per module or course),
each byte ``level | ASSESSED``; task cells count the task's K/S items a
column covers. Every figure is kept up to date by deltas: a mapping change
reloads only the changed modules' columns (``reload_modules``), so a cell
edit costs a few columns, not the whole map.
"""
from __future__ import annotations

import re
from array import array
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.coverage.engine import task_status
from app.curriculum.queries import programme_info
from app.curriculum.mappings import MappingState
from models import Course, Duty, Item, Mapping, Module, Standard, Task, programme_standard, task_item
from models.levels import DEFAULT_SCALE_NAMES

ASSESSED = 0x80
LEVEL = 0x7F
_NONZERO = re.compile(rb"[^\x00]")


@dataclass
class Delta:
    """What one reload moved: indices into the data's axes."""

    full: bool = False
    modules: set[int] = field(default_factory=set)
    courses: set[int] = field(default_factory=set)
    items: set[int] = field(default_factory=set)  # items whose counts changed
    tasks: set[int] = field(default_factory=set)  # tasks whose figures changed


@dataclass
class MatrixData:
    programme_id: int = 0
    programme_name: str = ""
    scale: tuple[str, ...] = ("I", "R", "M")
    threshold: int = 1
    standards: list[tuple[int, str, str]] = field(default_factory=list)  # (id, code, name)
    # rows: items (by standard, then K, S, A by number), duties and tasks
    item_id: list[int] = field(default_factory=list)
    item_kind: list[str] = field(default_factory=list)
    item_code: list[str] = field(default_factory=list)
    item_title: list[str] = field(default_factory=list)
    item_std: list[int] = field(default_factory=list)
    item_tasks: list[list[int]] = field(default_factory=list)  # K/S items only
    duties: list[tuple[int, int, str, str]] = field(default_factory=list)  # (id, std, code, title)
    task_id: list[int] = field(default_factory=list)
    task_duty: list[int] = field(default_factory=list)
    task_code: list[str] = field(default_factory=list)
    task_title: list[str] = field(default_factory=list)
    task_level: list[int] = field(default_factory=list)
    task_items: list[list[int]] = field(default_factory=list)
    # columns: courses and their modules, in programme order
    course_id: list[int] = field(default_factory=list)
    course_code: list[str] = field(default_factory=list)
    course_name: list[str] = field(default_factory=list)
    course_term: list[tuple[int | None, str]] = field(default_factory=list)  # (year, semester)
    course_modules: list[range] = field(default_factory=list)
    module_id: list[int] = field(default_factory=list)
    module_course: list[int] = field(default_factory=list)
    module_number: list[int] = field(default_factory=list)
    module_title: list[str] = field(default_factory=list)
    module_hours: list[float | None] = field(default_factory=list)
    notes: dict[int, dict[int, str]] = field(default_factory=dict)  # module -> item -> note

    def __post_init__(self) -> None:
        self.item_index: dict[int, int] = {}
        self.task_index: dict[int, int] = {}
        self.module_index: dict[int, int] = {}
        self._allocate()

    @property
    def n_items(self) -> int:
        return len(self.item_id)

    @property
    def n_tasks(self) -> int:
        return len(self.task_id)

    def _allocate(self) -> None:
        n, t, m, c = len(self.item_id), len(self.task_id), len(self.module_id), len(self.course_id)
        self.item_index = {x: i for i, x in enumerate(self.item_id)}
        self.task_index = {x: i for i, x in enumerate(self.task_id)}
        self.module_index = {x: i for i, x in enumerate(self.module_id)}
        self.cells = bytearray(n * m)
        self.course_cells = bytearray(n * c)
        self.task_cells = array("H", bytes(2 * t * m))
        self.course_task_cells = array("H", bytes(2 * t * c))
        self.item_modules = [0] * n  # modules covering (at or above the threshold)
        self.item_mapped = [0] * n  # modules mapping it at any level
        self.item_assessed = [0] * n  # modules mapping it as assessed
        self.item_courses = [0] * n
        self.module_items = [0] * m
        self.module_mapped = [0] * m
        self.module_tasks = [0] * m
        self.course_items = [0] * c
        self.course_mapped = [0] * c
        self.course_tasks = [0] * c
        self.task_covered = [0] * t  # K/S items covered
        self.task_modules = [0] * t
        self.task_courses = [0] * t

    # ---- reading -----------------------------------------------------------

    def cell(self, item: int, module: int) -> int:
        return self.cells[module * len(self.item_id) + item]

    def course_cell(self, item: int, course: int) -> int:
        return self.course_cells[course * len(self.item_id) + item]

    def task_cell(self, task: int, module: int) -> int:
        return self.task_cells[module * len(self.task_id) + task]

    def course_task_cell(self, task: int, course: int) -> int:
        return self.course_task_cells[course * len(self.task_id) + task]

    def label(self, value: int) -> str:
        level = value & LEVEL
        if not level:
            return ""
        text = self.scale[level - 1] if level <= len(self.scale) else str(level)
        return text + "*" if value & ASSESSED else text

    def level_name(self, level: int) -> str:
        """"R (reinforced)" on the default scale, the bare label on others."""
        text = self.scale[level - 1] if 0 < level <= len(self.scale) else str(level)
        name = DEFAULT_SCALE_NAMES.get(text) if self.scale == ("I", "R", "M") else None
        return f"{text} ({name})" if name else text

    def task_status(self, task: int) -> str:
        done, total = self.task_covered[task], len(self.task_items[task])
        return task_status(done, total)

    def missing_items(self, task: int) -> list[int]:
        return [i for i in self.task_items[task] if not self.item_modules[i]]

    def modules_of_item(self, item: int) -> list[tuple[int, int]]:
        """(module, cell value) for every module mapping the item."""
        n, cells = len(self.item_id), self.cells
        return [(m, cells[m * n + item]) for m in range(len(self.module_id)) if cells[m * n + item]]

    def module_label(self, module: int) -> str:
        return f"{self.course_code[self.module_course[module]]}·{self.module_number[module]}"

    # ---- deltas ------------------------------------------------------------

    def _module_entries(self, m: int) -> list[tuple[int, int]]:
        n = len(self.item_id)
        col = self.cells[m * n:(m + 1) * n]
        return [(x.start(), col[x.start()]) for x in _NONZERO.finditer(col)]

    def _apply_module(self, m: int, entries, sign: int, delta: Delta) -> None:
        """Add (sign 1) or take away (-1) one module column's contributions."""
        thr, t_count = self.threshold, len(self.task_id)
        base = m * t_count
        tcells, item_tasks = self.task_cells, self.item_tasks
        for i, v in entries:
            self.item_mapped[i] += sign
            self.module_mapped[m] += sign
            if v & ASSESSED:
                self.item_assessed[i] += sign
            delta.items.add(i)
            if (v & LEVEL) < thr:
                continue
            before = self.item_modules[i]
            self.item_modules[i] = before + sign
            self.module_items[m] += sign
            flips = (before == 0) if sign > 0 else (before == 1)
            for t in item_tasks[i]:
                k = base + t
                old = tcells[k]
                tcells[k] = old + sign
                if (old == 0 and sign > 0) or (old == 1 and sign < 0):
                    self.task_modules[t] += sign
                    self.module_tasks[m] += sign
                if flips:
                    self.task_covered[t] += sign
                delta.tasks.add(t)

    def _course_entries(self, c: int) -> list[tuple[int, int]]:
        n = len(self.item_id)
        col = self.course_cells[c * n:(c + 1) * n]
        return [(x.start(), col[x.start()]) for x in _NONZERO.finditer(col)]

    def _apply_course(self, c: int, entries, sign: int) -> None:
        thr, t_count = self.threshold, len(self.task_id)
        base = c * t_count
        tcells = self.course_task_cells
        for i, v in entries:
            self.course_mapped[c] += sign
            if (v & LEVEL) < thr:
                continue
            self.item_courses[i] += sign
            self.course_items[c] += sign
            for t in self.item_tasks[i]:
                k = base + t
                old = tcells[k]
                tcells[k] = old + sign
                if (old == 0 and sign > 0) or (old == 1 and sign < 0):
                    self.task_courses[t] += sign
                    self.course_tasks[c] += sign

    def _rebuild_course(self, c: int) -> None:
        n = len(self.item_id)
        merged: dict[int, int] = {}
        for m in self.course_modules[c]:
            for i, v in self._module_entries(m):
                old = merged.get(i, 0)
                merged[i] = max(old & LEVEL, v & LEVEL) | ((old | v) & ASSESSED)
        self.course_cells[c * n:(c + 1) * n] = bytes(n)
        for i, v in merged.items():
            self.course_cells[c * n + i] = v

    def set_columns(self, rows_by_module: dict[int, list[tuple[int, int, bool, str]]],
                    fresh: bool = False) -> Delta:
        """Replace whole module columns with ``(item id, level, assessed, note)`` rows.

        ``fresh``: the columns are known empty (first load), nothing to take away.
        """
        delta = Delta()
        n = len(self.item_id)
        mods = [m for m in (self.module_index.get(mid) for mid in rows_by_module) if m is not None]
        courses = {self.module_course[m] for m in mods}
        for c in courses if not fresh else ():
            self._apply_course(c, self._course_entries(c), -1)
        for m in mods:
            if not fresh:
                self._apply_module(m, self._module_entries(m), -1, delta)
            self.cells[m * n:(m + 1) * n] = bytes(n)
            mid = self.module_id[m]
            self.notes.pop(m, None)
            entries = []
            for item_id, level, assessed, note in rows_by_module[mid]:
                i = self.item_index.get(item_id)
                if i is None:
                    continue  # an item of a standard the programme no longer targets
                v = min(level, LEVEL) | (ASSESSED if assessed else 0)
                self.cells[m * n + i] = v
                entries.append((i, v))
                if note:
                    self.notes.setdefault(m, {})[i] = note
            self._apply_module(m, entries, 1, delta)
        for c in courses:
            self._rebuild_course(c)
            self._apply_course(c, self._course_entries(c), 1)
        delta.modules.update(mods)
        delta.courses.update(courses)
        return delta

    def reload_modules(self, session: Session, module_ids) -> Delta:
        ids = [mid for mid in module_ids if mid in self.module_index]
        if not ids:
            return Delta()
        rows: dict[int, list] = {mid: [] for mid in ids}
        for i in range(0, len(ids), 500):
            for r in session.execute(
                    select(Mapping.module_id, Mapping.item_id, Mapping.level, Mapping.assessed, Mapping.note)
                    .where(Mapping.module_id.in_(ids[i:i + 500]))):
                rows[r[0]].append(r[1:])
        return self.set_columns(rows)


def edit_states(d: MatrixData, cells: list[tuple[int, int]], action: str, level: int = 0
               ) -> list[MappingState]:
    """The mappings one keypress writes over ``cells`` ((module, item) indices, current first).

    ``cycle`` moves every cell to the level after the current cell's
    (none -> lowest -> ... -> highest -> none); ``assessed`` marks all mapped
    cells assessed unless all are, then clears the mark.
    """
    if not cells:
        return []
    top = len(d.scale)
    if action == "cycle":
        nxt = (d.cell(cells[0][1], cells[0][0]) & LEVEL) + 1
        action, level = ("set", nxt) if nxt <= top else ("clear", 0)
    out = []
    if action == "assessed":
        mapped = [(m, i) for m, i in cells if d.cell(i, m) & LEVEL]
        mark = not all(d.cell(i, m) & ASSESSED for m, i in mapped)
        for m, i in mapped:
            v = d.cell(i, m)
            if bool(v & ASSESSED) != mark:
                out.append(MappingState(d.module_id[m], d.item_id[i], v & LEVEL, mark, _note(d, m, i)))
        return out
    for m, i in cells:
        v = d.cell(i, m)
        if action == "clear" and v:
            out.append(MappingState(d.module_id[m], d.item_id[i], None))
        elif action == "set" and (v & LEVEL) != level:
            out.append(MappingState(d.module_id[m], d.item_id[i], level, bool(v & ASSESSED), _note(d, m, i)))
    return out


def shown_states(d: MatrixData, states: list[MappingState]) -> list[MappingState]:
    """Each cell of ``states`` as the matrix holds it: what the user saw, which the edit expects to find."""
    out = []
    for s in states:
        m, i = d.module_index[s.module_id], d.item_index[s.item_id]
        v = d.cell(i, m)
        out.append(MappingState(s.module_id, s.item_id, (v & LEVEL) or None, bool(v & ASSESSED), _note(d, m, i))
                   if v & LEVEL else MappingState(s.module_id, s.item_id, None))
    return out


def _note(d: MatrixData, m: int, i: int) -> str:
    return d.notes.get(m, {}).get(i, "")


# ---- loading ---------------------------------------------------------------

def load_matrix(session: Session, programme_id: int) -> MatrixData:
    """Everything the matrix shows for one programme (all its standards)."""
    prog = programme_info(session, programme_id)
    d = MatrixData(programme_id, prog.name, prog.scale, prog.threshold)
    d.standards = [tuple(r) for r in session.execute(
        select(Standard.id, Standard.code, Standard.name)
        .join(programme_standard, programme_standard.c.standard_id == Standard.id)
        .where(programme_standard.c.programme_id == programme_id).order_by(Standard.code))]
    std_pos = {sid: k for k, (sid, _, _) in enumerate(d.standards)}
    sids = list(std_pos)
    items = sorted(session.execute(select(Item.id, Item.standard_id, Item.kind, Item.code, Item.title,
                                          Item.position).where(Item.standard_id.in_(sids))),
                   key=lambda r: (std_pos[r[1]], r[5]))
    for iid, sid, kind, code, title, _ in items:
        d.item_id.append(iid)
        d.item_std.append(std_pos[sid])
        d.item_kind.append(kind)
        d.item_code.append(code)
        d.item_title.append(title)
    duties = sorted(session.execute(select(Duty.id, Duty.standard_id, Duty.code, Duty.title, Duty.position)
                                    .where(Duty.standard_id.in_(sids))),
                    key=lambda r: (std_pos[r[1]], r[4]))
    d.duties = [(r[0], std_pos[r[1]], r[2], r[3]) for r in duties]
    duty_pos = {r[0]: k for k, r in enumerate(duties)}
    tasks = sorted(session.execute(select(Task.id, Task.duty_id, Task.code, Task.title, Task.level, Task.position)
                                   .where(Task.standard_id.in_(sids))),
                   key=lambda r: (duty_pos[r[1]], r[5]))
    for tid, duty_id, code, title, level, _ in tasks:
        d.task_id.append(tid)
        d.task_duty.append(duty_pos[duty_id])
        d.task_code.append(code)
        d.task_title.append(title)
        d.task_level.append(level)
    courses = session.execute(
        select(Course.id, Course.code, Course.name, Course.year, Course.semester)
        .where(Course.programme_id == programme_id).order_by(Course.position, Course.id)).all()
    by_course = defaultdict(list)
    for row in session.execute(
            select(Module.id, Module.course_id, Module.title, Module.hours)
            .join(Course, Course.id == Module.course_id).where(Course.programme_id == programme_id)
            .order_by(Module.course_id, Module.position, Module.id)):
        by_course[row[1]].append(row)
    for c, (cid, code, name, year, semester) in enumerate(courses):
        d.course_id.append(cid)
        d.course_code.append(code)
        d.course_name.append(name)
        d.course_term.append((year, semester or ""))
        start = len(d.module_id)
        for k, (mid, _, title, hours) in enumerate(by_course[cid], start=1):
            d.module_id.append(mid)
            d.module_course.append(c)
            d.module_number.append(k)
            d.module_title.append(title)
            d.module_hours.append(hours)
        d.course_modules.append(range(start, len(d.module_id)))
    d._allocate()
    d.item_tasks = [[] for _ in d.item_id]
    d.task_items = [[] for _ in d.task_id]
    links = sorted((d.task_index[t], d.item_index[i]) for t, i in session.execute(
        select(task_item.c.task_id, task_item.c.item_id).join(Item, Item.id == task_item.c.item_id)
        .where(Item.standard_id.in_(sids), Item.kind.in_(("K", "S")))))
    for t, i in links:
        d.task_items[t].append(i)
        d.item_tasks[i].append(t)
    rows: dict[int, list] = {mid: [] for mid in d.module_id}
    for r in session.execute(
            select(Mapping.module_id, Mapping.item_id, Mapping.level, Mapping.assessed, Mapping.note)
            .join(Module, Module.id == Mapping.module_id).join(Course, Course.id == Module.course_id)
            .where(Course.programme_id == programme_id)):
        rows[r[0]].append(r[1:])
    d.set_columns(rows, fresh=True)
    return d
