"""The coverage matrix's two table models: items x columns and tasks x columns.

Columns are modules (grouped by course) or whole courses (grouped by term);
see ``views.matrix.base`` for the shared parts and the roles.
"""
from __future__ import annotations

from app.coverage.edit import CellEdit, edit_cells
from app.coverage.live import ASSESSED, LEVEL, LiveModel
from models.vocabulary import ATTITUDE, COVERED, ITEM_KINDS
from views.levels import rank_text
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


def _prefix(live: LiveModel, std: int) -> str:
    """Name the standard only when the programme targets several."""
    return f"{live.standards[std][1]} · " if len(live.standards) > 1 else ""


class ItemsModel(MatrixModel):
    """Rows: K, S (and on request A) items; a cell is the level a module or course maps."""

    view = ITEMS
    row_kind = ITEM

    def _search_keys(self, live: LiveModel) -> list[str]:
        return [f"{c} {t}".lower() for c, t in zip(live.item_code, live.item_title)]

    def _build_rows(self, live: LiveModel) -> None:
        groups: list[Group] = []
        if self.group_mode == BY_DUTY:
            linked = set()
            for k, tasks in enumerate(live.duty_tasks):
                members = sorted({i for t in tasks for i in live.task_items[t]})
                linked.update(members)
                _, std, code, title = live.duties[k]
                groups.append(Group(f"{_prefix(live, std)}{code} {title}", k, members))
            for s in range(len(live.standards)):
                loose = [i for i in range(live.n_items) if live.item_std[i] == s and live.item_kind[i] != ATTITUDE
                         and i not in linked]
                if loose:
                    groups.append(Group(_prefix(live, s) + self.tr("Not linked to a task"), -1, loose))
                groups.append(Group(f"{_prefix(live, s)}{ATTITUDE} {kind_name(ATTITUDE)}", -1, live.attitudes(s)))
        else:
            for s in range(len(live.standards)):
                for kind in ITEM_KINDS:
                    members = [i for i in range(live.n_items) if live.item_std[i] == s and live.item_kind[i] == kind]
                    groups.append(Group(f"{_prefix(live, s)}{kind} {kind_name(kind)}", -1, members))
        f = self.filters
        counts = live.item_courses if self.col_mode == COURSES else live.item_covering

        def visible(i: int, g: Group) -> bool:
            return (live.item_kind[i] in f.kinds and not (f.gaps_only and counts[i])
                    and self._text_match(i, g))
        self._set_rows(groups, visible)

    # cells
    def cell_value(self, i: int, col: int) -> int:
        live = self.live
        return live.course_cell(i, col) if self.col_mode == COURSES else live.cell(i, col)

    def cell_text(self, i: int, col: int) -> str:
        return self.live.label(self.cell_value(i, col))

    def cell_tip(self, i: int, col: int) -> str:
        live = self.live
        v = self.cell_value(i, col)
        lines = [f"{live.item_code[i]} {live.item_title[i]}", f"× {self.column_where(col)}"]
        if v & LEVEL:
            level = rank_text(v & LEVEL, live.scale)
            if self.col_mode == COURSES:
                level = fmt(self.tr("highest mapping level %1"), level)
            lines.append(fmt(self.tr("%1, assessed") if v & ASSESSED else self.tr("%1, not assessed"), level))
            note = live.note(i, col) if self.col_mode == MODULES else None
            if note:
                lines.append(fmt(self.tr("Note: %1"), note))
        else:
            lines.append(self.tr("Not mapped"))
        return "\n".join(lines)

    def paint_info(self, row: int, col: int) -> tuple[str, int]:
        """(text, raw value) for the delegate, in one call."""
        v = self.cell_value(self._refs[row], self._cols[col])
        return self.live.label(v), v

    # columns
    def column_summary(self, col: int) -> int:
        live = self.live
        return live.course_items(col) if self.col_mode == COURSES else live.module_items(col)

    def column_summary_text(self, col: int) -> str:
        return fmt(self.tr("Covers %n items at mapping level %1 or above", "", self.column_summary(col)),
                   self.live.label(self.live.threshold))

    # rows
    def row_label(self, i: int) -> str:
        return f"{self.live.item_code[i]} {self.live.item_title[i]}"

    def row_summary(self, i: int) -> int:
        live = self.live
        return live.item_courses[i] if self.col_mode == COURSES else live.item_covering[i]

    def row_id(self, i: int) -> int:
        return self.live.item_id[i]

    def row_tip(self, i: int) -> str:
        live = self.live
        lines = [f"{live.item_code[i]} {live.item_title[i]}",
                 f"{kind_name(live.item_kind[i])} · {live.standards[live.item_std[i]][1]}"]
        if live.item_tasks[i]:
            lines.append(fmt(self.tr("Supports %1"), ", ".join(live.task_code[t] for t in live.item_tasks[i])))
        maps = live.modules_of_item(i)
        if maps:
            lines.append(self.tr("Mapped by %n modules:", "", len(maps)))
            lines.append(join_limited([f"  {live.module_label(m)} {live.modules[m].title}: {live.label(v)}"
                                       for m, v in maps]))
            if not live.item_assessed[i]:
                lines.append(self.tr("Never assessed"))
        else:
            lines.append(self.tr("No module maps it"))
        return "\n".join(lines)

    def group_detail(self, g: Group) -> str:
        live = self.live
        counts = live.item_courses if self.col_mode == COURSES else live.item_covering
        done = sum(1 for i in g.members if counts[i])
        return fmt(self.tr("%1/%n items covered", "", len(g.members)), done)

    def is_focus_row(self, row: int) -> bool:
        """Whether the row is one of the focused task's items, under its duty."""
        t = self.focus_task
        if t < 0 or self._kinds[row] != ITEM:
            return False
        live = self.live
        return self._refs[row] in live.task_items[t] and self.group_of_row(row).duty in (live.task_duty[t], -1)

    # editing
    def edit(self, cells: list[tuple[int, int]], action: str, level: int = 0) -> CellEdit:
        """What a key does over ``cells`` ((row, column) pairs, the current first); module columns only."""
        if self.col_mode != MODULES:
            return CellEdit([], [])
        targets = [(self._cols[c], self._refs[r]) for r, c in cells if self._kinds[r] == ITEM]
        return edit_cells(self.live, targets, action, level)

    def row_of_item(self, item: int, duty: int = -1) -> int:
        """The first row showing ``item``, under ``duty`` when it shows there."""
        rows = self.rows_of(item)
        for r in rows:
            if duty < 0 or self.group_of_row(r).duty == duty:
                return r
        return rows[0] if rows else -1


class TasksModel(MatrixModel):
    """Rows: tasks by duty; a cell counts the task's K/S items a module or course covers."""

    view = TASKS
    row_kind = TASK

    def _search_keys(self, live: LiveModel) -> list[str]:
        return [f"{c} {t}".lower() for c, t in zip(live.task_code, live.task_title)]

    def _build_rows(self, live: LiveModel) -> None:
        groups = [Group(f"{_prefix(live, std)}{code} {title}", k, tasks)
                  for (k, tasks), (_, std, code, title) in zip(enumerate(live.duty_tasks), live.duties)]
        f = self.filters

        def visible(t: int, g: Group) -> bool:
            return not (f.gaps_only and live.task_status(t) == COVERED) and self._text_match(t, g)
        self._set_rows(groups, visible)

    def cell_value(self, t: int, col: int) -> int:
        live = self.live
        return live.course_task_cell(t, col) if self.col_mode == COURSES else live.task_cell(t, col)

    def cell_text(self, t: int, col: int) -> str:
        n = self.cell_value(t, col)
        return f"{n}/{len(self.live.task_items[t])}" if n else ""

    def cell_tip(self, t: int, col: int) -> str:
        live = self.live
        n, total = self.cell_value(t, col), len(live.task_items[t])
        return f"{live.task_code[t]} {live.task_title[t]}\n× {self.column_where(col)}\n" + fmt(
            self.tr("Covers %1 of the task's %n K/S items", "", total), n)

    def paint_info(self, row: int, col: int) -> tuple[str, int]:
        t = self._refs[row]
        n = self.cell_value(t, self._cols[col])
        total = len(self.live.task_items[t])
        # 0..4: how much of the task this column covers, for the shade
        shade = 0 if not n else max(1, min(4, (4 * n + total - 1) // total)) if total else 0
        return (f"{n}/{total}" if n else ""), shade

    def column_summary(self, col: int) -> int:
        live = self.live
        return live.course_tasks(col) if self.col_mode == COURSES else live.module_tasks(col)

    def column_summary_text(self, col: int) -> str:
        return self.tr("Contributes to %n tasks", "", self.column_summary(col))

    def row_label(self, t: int) -> str:
        live = self.live
        return f"{live.task_code[t]} {live.task_title[t]} — {covered_text(live.task_status(t))}"

    def row_summary(self, t: int) -> int:
        live = self.live
        return live.task_courses[t] if self.col_mode == COURSES else live.task_modules[t]

    def row_id(self, t: int) -> int:
        return self.live.task_id[t]

    def row_tip(self, t: int) -> str:
        live = self.live
        total, done = len(live.task_items[t]), live.task_covered[t]
        lines = [fmt(self.tr("%1 %2 (competency level %3)"), live.task_code[t], live.task_title[t], live.task_level[t]),
                 fmt(self.tr("%1 — %2 of %n K/S items covered", "", total), covered_text(live.task_status(t)), done)]
        missing = live.missing_items(t)
        if missing:
            lines.append(self.tr("Missing:"))
            lines.append(join_limited([f"  {live.item_code[i]} {live.item_title[i]}" for i in missing]))
        return "\n".join(lines)

    def group_detail(self, g: Group) -> str:
        done = sum(1 for t in g.members if self.live.task_status(t) == COVERED)
        return fmt(self.tr("%1/%n tasks covered", "", len(g.members)), done)

    def is_focus_row(self, row: int) -> bool:
        return self._kinds[row] == TASK and self._refs[row] == self.focus_task

    def row_of_task(self, task: int) -> int:
        rows = self.rows_of(task)
        return rows[0] if rows else -1
