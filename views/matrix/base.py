"""The shared base of the coverage matrix's table models.

Rows are items (``ItemsModel``) or tasks (``TasksModel``) with group rows for
duties or kinds; columns are modules or whole courses, by id. Both read the
window's live model (``LiveStore``): ``data()`` is a couple of dict lookups;
a mapping change repaints only the columns and rows it moved, and a module
or course added, moved or deleted inserts or removes just its columns.
"""
from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from itertools import groupby, repeat

from app.coverage.live import Delta, LiveModel
from models.vocabulary import ATTITUDE, KNOWLEDGE, SKILL, TASK_KINDS
from views.coverage_style import status_text
from views.i18n import fmt
from views.live_store import LiveStore
from views.qt import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

ITEMS, TASKS = "items", "tasks"
MODULES, COURSES = "modules", "courses"
BY_DUTY, BY_KIND = "duty", "kind"
GROUP, ITEM, TASK = 0, 1, 2

_USER = int(Qt.ItemDataRole.UserRole)
SortRole = _USER + 1  # raw value: cell byte, covered count, or a header's summary count
ValueRole = _USER + 2  # cell: raw byte (items) or items covered (tasks)
RowKindRole = _USER + 3  # vertical header: "group", "item" or "task"
StatusRole = _USER + 4  # vertical header of a task: covered / partial / uncovered
IdRole = _USER + 5  # header: item, task, module or course id
SummaryRole = _USER + 6  # header: modules covering a row, or what a column covers

_DISPLAY, _TIP = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_HORIZONTAL = Qt.Orientation.Horizontal
ROW_KIND_NAMES = {GROUP: "group", ITEM: "item", TASK: "task"}
_TIP_LIMIT = 12


def kind_name(kind: str) -> str:
    return {KNOWLEDGE: QCoreApplication.translate("Matrix", "Knowledge"),
            SKILL: QCoreApplication.translate("Matrix", "Skills"),
            ATTITUDE: QCoreApplication.translate("Matrix", "Attitudes")}[kind]


def term_label(year: int | None, semester: str) -> str:
    if not year:
        return semester or "—"
    return fmt(QCoreApplication.translate("Matrix", "Y%1 %2"), year, semester).strip()


@dataclass(frozen=True)
class Filters:
    gaps_only: bool = False
    kinds: frozenset[str] = frozenset(TASK_KINDS)
    text: str = ""
    columns: tuple = ()  # () all; ("term", year, semester); ("course", course id)


@dataclass
class Group:
    label: str
    duty: int = -1  # duty index, or -1 for a kind group
    members: list[int] = field(default_factory=list)


class MatrixModel(QAbstractTableModel):
    """Shared columns, bands, filters and refresh; subclasses supply the rows."""

    view = ""

    def __init__(self, store: LiveStore, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.live: LiveModel = store.live
        self.filters = Filters()
        self.col_mode = MODULES
        self.group_mode = BY_DUTY
        self.focus_task = -1
        self.groups: list[Group] = []
        self._kinds = array("b")
        self._refs = array("i")
        self._group_row = array("i")  # each row's group row
        self._rows_of: dict[int, list[int]] = {}  # item or task index -> its rows
        self._cols = array("q")  # module or course ids
        self._col_pos: dict[int, int] = {}
        self.band_start = array("i")
        self.band_end = array("i")
        self.band_no = array("i")
        self._search: list[str] = []
        store.staged.connect(self._on_stage)
        store.updated.connect(self._on_delta)
        self._build()

    # ---- structure -----------------------------------------------------------

    def configure(self, *, filters: Filters | None = None, col_mode: str | None = None,
                  group_mode: str | None = None) -> None:
        self.filters = filters if filters is not None else self.filters
        self.col_mode = col_mode or self.col_mode
        self.group_mode = group_mode or self.group_mode
        self.rebuild()

    def _on_stage(self, stage: str) -> None:
        if stage == f"matrix-{self.view}":
            self.rebuild()

    def rebuild(self) -> None:
        self.beginResetModel()
        self._build()
        self.endResetModel()

    def _build(self) -> None:
        old = self.live
        focus = old.task_id[self.focus_task] if 0 <= self.focus_task < old.n_tasks else 0
        live = self.live = self.store.live
        self.focus_task = live.task_index.get(focus, -1)  # indices move on a reload; ids do not
        self._search = self._search_keys(live)
        self._set_columns(*self._columns(live))
        self._build_rows(live)

    def _columns(self, live: LiveModel) -> tuple[list[int], list[int]]:
        """The columns' ids, and how many columns each band (a course's modules, a term's courses) spans."""
        spec = self.filters.columns

        def keep(cid: int) -> bool:
            return (not spec or (spec[0] == "term" and live.courses[cid].term == (spec[1], spec[2]))
                    or (spec[0] == "course" and cid == spec[1]))
        courses = [c for c in live.course_ids if keep(c)] if spec else live.course_ids
        if self.col_mode == COURSES:
            return list(courses), [len(list(run)) for _, run in groupby(courses, key=lambda c: live.courses[c].term)]
        cols: list[int] = []
        runs: list[int] = []
        for c in courses:
            members = live.course_modules[c]
            if members:
                cols += members
                runs.append(len(members))
        return cols, runs

    def _set_columns(self, cols: list[int], runs: list[int]) -> None:
        self._cols = array("q", cols)
        self._col_pos = dict(zip(cols, range(len(cols))))
        start, end, no = array("i"), array("i"), array("i")
        k = 0
        for band, n in enumerate(runs):
            start.extend(repeat(k, n))
            end.extend(repeat(k + n - 1, n))
            no.extend(repeat(band, n))
            k += n
        self.band_start, self.band_end, self.band_no = start, end, no

    def _restructure_columns(self) -> None:
        """Columns were added, removed or moved: tell the view exactly which (the rest stay put)."""
        old = self._cols
        new, runs = self._columns(self.live)
        if len(old) == len(new) and old.tolist() == new:
            return
        p, n = 0, min(len(old), len(new))
        while p < n and old[p] == new[p]:
            p += 1
        s = 0
        while s < n - p and old[-1 - s] == new[-1 - s]:
            s += 1
        if len(old) - s > p:  # the old middle goes
            self.beginRemoveColumns(QModelIndex(), p, len(old) - s - 1)
            keep = len(old) - s
            self._cols = old[:p] + old[keep:]
            self.band_start, self.band_end, self.band_no = (  # in bounds until the new ones come
                a[:p] + a[keep:] for a in (self.band_start, self.band_end, self.band_no))
            self.endRemoveColumns()
        if len(new) - s > p:  # the new middle comes
            self.beginInsertColumns(QModelIndex(), p, len(new) - s - 1)
            self._set_columns(new, runs)
            self.endInsertColumns()
        else:
            self._set_columns(new, runs)

    def _set_rows(self, groups: list[Group], visible) -> None:
        kinds, refs, group_row, shown = array("b"), array("i"), array("i"), []
        rows_of: dict[int, list[int]] = {}
        for g in groups:
            members = [x for x in g.members if visible(x, g)]
            if not members:
                continue
            top = len(kinds)
            kinds.append(GROUP)
            refs.append(len(shown))
            group_row.append(top)
            shown.append(g)
            for x in members:
                rows_of.setdefault(x, []).append(len(kinds))
                kinds.append(self.row_kind)
                refs.append(x)
                group_row.append(top)
        self.groups, self._kinds, self._refs, self._group_row, self._rows_of = shown, kinds, refs, group_row, rows_of

    def _text_match(self, x: int, g: Group) -> bool:
        text = self.filters.text.strip().lower()
        return not text or text in self._search[x] or text in g.label.lower()

    # ---- reading ---------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._kinds)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._cols)

    def row_kind_at(self, row: int) -> int:
        return self._kinds[row]

    def ref(self, row: int) -> int:
        """The item, task or group index the row shows."""
        return self._refs[row]

    def column_ref(self, col: int) -> int:
        """The module or course id the column shows."""
        return self._cols[col]

    def column_of(self, ref: int) -> int:
        return self._col_pos.get(ref, -1)

    def rows_of(self, ref: int) -> list[int]:
        return self._rows_of.get(ref, [])

    def group_of_row(self, row: int) -> Group:
        return self.groups[self._refs[self._group_row[row]]]

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._kinds[index.row()] == GROUP:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=_DISPLAY):
        if not index.isValid():
            return None
        r = index.row()
        if self._kinds[r] == GROUP:
            return None
        x, col = self._refs[r], self._cols[index.column()]
        if role == _DISPLAY:
            return self.cell_text(x, col)
        if role in (SortRole, ValueRole):
            return self.cell_value(x, col)
        if role == _TIP:
            return self.cell_tip(x, col)
        if role == _ALIGN:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def headerData(self, section, orientation, role=_DISPLAY):
        if orientation == _HORIZONTAL:
            if not 0 <= section < len(self._cols):
                return None
            col = self._cols[section]
            if role == _DISPLAY:
                return self.column_label(col)
            if role == _TIP:
                return self.column_tip(col)
            if role in (SummaryRole, SortRole):
                return self.column_summary(col)
            if role == IdRole:
                return col
            return None
        if not 0 <= section < len(self._kinds):
            return None
        kind, x = self._kinds[section], self._refs[section]
        if role == RowKindRole:
            return ROW_KIND_NAMES[kind]
        if kind == GROUP:
            return self.groups[x].label if role == _DISPLAY else None
        if role == _DISPLAY:
            return self.row_label(x)
        if role == _TIP:
            return self.row_tip(x)
        if role in (SummaryRole, SortRole):
            return self.row_summary(x)
        if role == IdRole:
            return self.row_id(x)
        if role == StatusRole and kind == TASK:
            return self.live.task_status(x)
        return None

    # ---- columns ---------------------------------------------------------------

    def course_of_column(self, col: int) -> int:
        return col if self.col_mode == COURSES else self.live.modules[col].course_id

    def column_label(self, col: int) -> str:
        live = self.live
        return live.courses[col].code if self.col_mode == COURSES else live.module_label(col)

    def column_number(self, col: int) -> str:
        """The middle header band: a module's number, or a course's code."""
        live = self.live
        return live.courses[col].code if self.col_mode == COURSES else str(live.modules[col].number)

    def column_band(self, col: int) -> str:
        """Top header band: the module's course, or the course's term."""
        live = self.live
        if self.col_mode == COURSES:
            return term_label(*live.courses[col].term)
        return live.courses[live.modules[col].course_id].code

    def column_mapped(self, col: int) -> int:
        live = self.live
        return live.course_mapped(col) if self.col_mode == COURSES else live.module_mapped(col)

    def column_where(self, col: int) -> str:
        live = self.live
        if self.col_mode == COURSES:
            c = live.courses[col]
            return f"{c.code} {c.name}"
        return f"{live.module_label(col)} {live.modules[col].title}"

    def column_tip(self, col: int) -> str:
        live = self.live
        c = live.courses[self.course_of_column(col)]
        lines = [f"{c.code} {c.name} ({term_label(*c.term)})"]
        if self.col_mode == MODULES:
            m = live.modules[col]
            hours = fmt(self.tr(" · %1 h"), f"{m.hours:g}") if m.hours is not None else ""
            lines.append(fmt(self.tr("Module %1: %2"), m.number, m.title) + hours)
        else:
            lines.append(self.tr("%n modules", "", len(live.course_modules[c.id])))
        mapped = self.column_mapped(col)
        lines.append(self.column_summary_text(col) if mapped else self.tr("Maps nothing yet"))
        return "\n".join(lines)

    def _on_delta(self, delta: Delta) -> None:
        if delta.columns:
            self._restructure_columns()
        refs = delta.courses if self.col_mode == COURSES else delta.modules
        cols = [self._col_pos[x] for x in refs if x in self._col_pos]
        rows = self.rowCount()
        if cols and rows:
            self.dataChanged.emit(self.index(0, min(cols)), self.index(rows - 1, max(cols)))
        if delta.labels and self._cols:
            self.headerDataChanged.emit(_HORIZONTAL, 0, len(self._cols) - 1)
        elif cols:
            self.headerDataChanged.emit(_HORIZONTAL, min(cols), max(cols))
        moved = [r for x in (delta.items if self.row_kind == ITEM else delta.tasks) for r in self.rows_of(x)]
        if moved:
            first = min(self._group_row[r] for r in moved)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, first, max(moved))

    def set_focus_task(self, task: int) -> None:
        self.focus_task = task
        if self.rowCount():
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

    # ---- subclass hooks --------------------------------------------------------

    row_kind = ITEM

    def _search_keys(self, live: LiveModel) -> list[str]:
        raise NotImplementedError

    def _build_rows(self, live: LiveModel) -> None:
        raise NotImplementedError

    def cell_value(self, x: int, col: int) -> int:
        raise NotImplementedError

    def cell_text(self, x: int, col: int) -> str:
        raise NotImplementedError

    def cell_tip(self, x: int, col: int) -> str:
        raise NotImplementedError

    def column_summary(self, col: int) -> int:
        raise NotImplementedError

    def column_summary_text(self, col: int) -> str:
        raise NotImplementedError

    def row_label(self, x: int) -> str:
        raise NotImplementedError

    def row_tip(self, x: int) -> str:
        raise NotImplementedError

    def row_summary(self, x: int) -> int:
        raise NotImplementedError

    def row_id(self, x: int) -> int:
        raise NotImplementedError

    def group_detail(self, g: Group) -> str:
        raise NotImplementedError


def join_limited(parts: list[str], sep: str = "\n") -> str:
    if len(parts) > _TIP_LIMIT:
        more = fmt(QCoreApplication.translate("Matrix", "… and %1 more"), len(parts) - _TIP_LIMIT)
        parts = parts[:_TIP_LIMIT] + [more]
    return sep.join(parts)


def covered_text(status: str) -> str:
    return status_text(status)
