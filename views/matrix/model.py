"""The coverage matrix's two table models: items x columns and tasks x columns.

Columns are modules (grouped by course) or whole courses (grouped by term);
see ``views.matrix.base`` for the shared parts and the roles.
"""
from __future__ import annotations

from app.coverage.engine import COVERED
from app.coverage.matrix import ASSESSED, LEVEL, MatrixData, edit_states
from app.curriculum.mappings import MappingState
from views.matrix.base import (  # noqa: F401 - re-exported for the panes and tests
    BY_DUTY,
    BY_KIND,
    COURSES,
    GROUP,
    ITEM,
    ITEMS,
    MODULES,
    TASK,
    TASKS,
    Filters,
    Group,
    IdRole,
    MatrixModel,
    RowKindRole,
    SortRole,
    StatusRole,
    SummaryRole,
    ValueRole,
    covered_text,
    fmt,
    join_limited,
    kind_name,
    term_label,
)


def _tasks_by_duty(d: MatrixData) -> list[list[int]]:
    out: list[list[int]] = [[] for _ in d.duties]
    for t, k in enumerate(d.task_duty):
        out[k].append(t)
    return out


def _prefix(d: MatrixData, std: int) -> str:
    """Name the standard only when the programme targets several."""
    return f"{d.standards[std][1]} · " if len(d.standards) > 1 else ""


class ItemsModel(MatrixModel):
    """Rows: K, S (and on request A) items; a cell is the level a module or course maps."""

    view = ITEMS
    row_kind = ITEM

    def _search_keys(self, d: MatrixData) -> list[str]:
        return [f"{c} {t}".lower() for c, t in zip(d.item_code, d.item_title)]

    def _build_rows(self, d: MatrixData) -> None:
        groups: list[Group] = []
        if self.group_mode == BY_DUTY:
            linked = set()
            for k, tasks in enumerate(_tasks_by_duty(d)):
                members = sorted({i for t in tasks for i in d.task_items[t]})
                linked.update(members)
                _, std, code, title = d.duties[k]
                groups.append(Group(f"{_prefix(d, std)}{code} {title}", k, members))
            for s in range(len(d.standards)):
                loose = [i for i in range(d.n_items) if d.item_std[i] == s and d.item_kind[i] != "A"
                         and i not in linked]
                if loose:
                    groups.append(Group(_prefix(d, s) + self.tr("Not linked to a task"), -1, loose))
                attitudes = [i for i in range(d.n_items) if d.item_std[i] == s and d.item_kind[i] == "A"]
                groups.append(Group(f"{_prefix(d, s)}A {kind_name('A')}", -1, attitudes))
        else:
            for s in range(len(d.standards)):
                for kind in "KSA":
                    members = [i for i in range(d.n_items) if d.item_std[i] == s and d.item_kind[i] == kind]
                    groups.append(Group(f"{_prefix(d, s)}{kind} {kind_name(kind)}", -1, members))
        f = self.filters
        counts = d.item_courses if self.col_mode == COURSES else d.item_modules

        def visible(i: int, g: Group) -> bool:
            return (d.item_kind[i] in f.kinds and not (f.gaps_only and counts[i])
                    and self._text_match(i, g))
        self._set_rows(groups, visible)

    # cells
    def cell_value(self, i: int, col: int) -> int:
        d = self.data_
        return d.course_cell(i, col) if self.col_mode == COURSES else d.cell(i, col)

    def cell_text(self, i: int, col: int) -> str:
        return self.data_.label(self.cell_value(i, col))

    def cell_tip(self, i: int, col: int) -> str:
        d = self.data_
        v = self.cell_value(i, col)
        where = (f"{d.course_code[col]} {d.course_name[col]}" if self.col_mode == COURSES
                 else f"{d.module_label(col)} {d.module_title[col]}")
        lines = [f"{d.item_code[i]} {d.item_title[i]}", f"× {where}"]
        if v & LEVEL:
            level = d.level_name(v & LEVEL)
            if self.col_mode == COURSES:
                level = fmt(self.tr("highest level %1"), level)
            lines.append(fmt(self.tr("%1, assessed") if v & ASSESSED else self.tr("%1, not assessed"), level))
            note = d.notes.get(col, {}).get(i) if self.col_mode == MODULES else None
            if note:
                lines.append(fmt(self.tr("Note: %1"), note))
        else:
            lines.append(self.tr("Not mapped"))
        return "\n".join(lines)

    def paint_info(self, row: int, col: int) -> tuple[str, int]:
        """(text, raw value) for the delegate, in one call."""
        v = self.cell_value(self._refs[row], self._cols[col])
        return self.data_.label(v), v

    # columns
    def column_summary(self, col: int) -> int:
        d = self.data_
        return d.course_items[col] if self.col_mode == COURSES else d.module_items[col]

    def column_summary_text(self, col: int) -> str:
        return fmt(self.tr("Covers %1 items at level %2 or above"), self.column_summary(col),
                   self.data_.label(self.data_.threshold))

    # rows
    def row_label(self, i: int) -> str:
        return f"{self.data_.item_code[i]} {self.data_.item_title[i]}"

    def row_summary(self, i: int) -> int:
        d = self.data_
        return d.item_courses[i] if self.col_mode == COURSES else d.item_modules[i]

    def row_id(self, i: int) -> int:
        return self.data_.item_id[i]

    def row_tip(self, i: int) -> str:
        d = self.data_
        lines = [f"{d.item_code[i]} {d.item_title[i]}",
                 f"{kind_name(d.item_kind[i])} · {d.standards[d.item_std[i]][1]}"]
        if d.item_tasks[i]:
            lines.append(fmt(self.tr("Supports %1"), ", ".join(d.task_code[t] for t in d.item_tasks[i])))
        maps = d.modules_of_item(i)
        if maps:
            lines.append(fmt(self.tr("Mapped by %1 modules:"), len(maps)))
            lines.append(join_limited([f"  {d.module_label(m)} {d.module_title[m]}: {d.label(v)}"
                                       for m, v in maps]))
            if not d.item_assessed[i]:
                lines.append(self.tr("Never assessed"))
        else:
            lines.append(self.tr("No module maps it"))
        return "\n".join(lines)

    def group_detail(self, g: Group) -> str:
        d = self.data_
        counts = d.item_courses if self.col_mode == COURSES else d.item_modules
        done = sum(1 for i in g.members if counts[i])
        return fmt(self.tr("%1/%2 items covered"), done, len(g.members))

    def is_focus_row(self, row: int) -> bool:
        """Whether the row is one of the focused task's items, under its duty."""
        t = self.focus_task
        if t < 0 or self._kinds[row] != ITEM:
            return False
        d = self.data_
        return self._refs[row] in d.task_items[t] and self.group_of_row(row).duty in (d.task_duty[t], -1)

    # editing
    def edit_states(self, cells: list[tuple[int, int]], action: str, level: int = 0) -> list[MappingState]:
        """``cells``: (row, column) pairs, the current cell first; module columns only."""
        if self.col_mode != MODULES:
            return []
        seen, targets = set(), []
        for r, c in cells:
            if self._kinds[r] != ITEM:
                continue
            key = (self._cols[c], self._refs[r])
            if key not in seen:
                seen.add(key)
                targets.append(key)
        return edit_states(self.data_, targets, action, level)

    def row_of_item(self, item: int, duty: int = -1) -> int:
        """The first row showing ``item``, under ``duty`` when it shows there."""
        first = -1
        for r in range(len(self._kinds)):
            if self._kinds[r] == ITEM and self._refs[r] == item:
                if duty < 0 or self.group_of_row(r).duty == duty:
                    return r
                first = r if first < 0 else first
        return first


class TasksModel(MatrixModel):
    """Rows: tasks by duty; a cell counts the task's K/S items a module or course covers."""

    view = TASKS
    row_kind = TASK

    def _search_keys(self, d: MatrixData) -> list[str]:
        return [f"{c} {t}".lower() for c, t in zip(d.task_code, d.task_title)]

    def _build_rows(self, d: MatrixData) -> None:
        groups = [Group(f"{_prefix(d, std)}{code} {title}", k, tasks)
                  for (k, tasks), (_, std, code, title) in zip(enumerate(_tasks_by_duty(d)), d.duties)]
        f = self.filters

        def visible(t: int, g: Group) -> bool:
            return not (f.gaps_only and d.task_status(t) == COVERED) and self._text_match(t, g)
        self._set_rows(groups, visible)

    def cell_value(self, t: int, col: int) -> int:
        d = self.data_
        return d.course_task_cell(t, col) if self.col_mode == COURSES else d.task_cell(t, col)

    def cell_text(self, t: int, col: int) -> str:
        n = self.cell_value(t, col)
        return f"{n}/{len(self.data_.task_items[t])}" if n else ""

    def cell_tip(self, t: int, col: int) -> str:
        d = self.data_
        n, total = self.cell_value(t, col), len(d.task_items[t])
        where = (f"{d.course_code[col]} {d.course_name[col]}" if self.col_mode == COURSES
                 else f"{d.module_label(col)} {d.module_title[col]}")
        return f"{d.task_code[t]} {d.task_title[t]}\n× {where}\n" + fmt(
            self.tr("Covers %1 of the task's %2 K/S items"), n, total)

    def paint_info(self, row: int, col: int) -> tuple[str, int]:
        t = self._refs[row]
        n = self.cell_value(t, self._cols[col])
        total = len(self.data_.task_items[t])
        # 0..4: how much of the task this column covers, for the shade
        shade = 0 if not n else max(1, min(4, (4 * n + total - 1) // total)) if total else 0
        return (f"{n}/{total}" if n else ""), shade

    def column_summary(self, col: int) -> int:
        d = self.data_
        return d.course_tasks[col] if self.col_mode == COURSES else d.module_tasks[col]

    def column_summary_text(self, col: int) -> str:
        return fmt(self.tr("Contributes to %1 tasks"), self.column_summary(col))

    def row_label(self, t: int) -> str:
        d = self.data_
        return f"{d.task_code[t]} {d.task_title[t]} — {covered_text(d.task_status(t))}"

    def row_summary(self, t: int) -> int:
        d = self.data_
        return d.task_courses[t] if self.col_mode == COURSES else d.task_modules[t]

    def row_id(self, t: int) -> int:
        return self.data_.task_id[t]

    def row_tip(self, t: int) -> str:
        d = self.data_
        total, done = len(d.task_items[t]), d.task_covered[t]
        lines = [fmt(self.tr("%1 %2 (level %3)"), d.task_code[t], d.task_title[t], d.task_level[t]),
                 fmt(self.tr("%1 — %2 of %3 K/S items covered"), covered_text(d.task_status(t)), done, total)]
        missing = d.missing_items(t)
        if missing:
            lines.append(self.tr("Missing:"))
            lines.append(join_limited([f"  {d.item_code[i]} {d.item_title[i]}" for i in missing]))
        return "\n".join(lines)

    def group_detail(self, g: Group) -> str:
        done = sum(1 for t in g.members if self.data_.task_status(t) == COVERED)
        return fmt(self.tr("%1/%2 tasks covered"), done, len(g.members))

    def is_focus_row(self, row: int) -> bool:
        return self._kinds[row] == TASK and self._refs[row] == self.focus_task

    def row_of_task(self, task: int) -> int:
        for r in range(len(self._kinds)):
            if self._kinds[r] == TASK and self._refs[r] == task:
                return r
        return -1
