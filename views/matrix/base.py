"""The shared base of the coverage matrix's table models.

Rows are items (``ItemsModel``) or tasks (``TasksModel``) with group rows for
duties or kinds; columns are modules or whole courses. Both read a shared
``MatrixStore``: ``data()`` is a couple of array lookups, and a mapping change
repaints only the columns it moved (the store's ``Delta``).
"""
from __future__ import annotations

from array import array
from dataclasses import dataclass, field

from app.coverage.matrix import Delta, MatrixData
from views.coverage_style import status_text
from views.i18n import fmt
from views.matrix.store import MatrixStore
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
    return {"K": QCoreApplication.translate("Matrix", "Knowledge"),
            "S": QCoreApplication.translate("Matrix", "Skills"),
            "A": QCoreApplication.translate("Matrix", "Attitudes")}[kind]


def term_label(year: int | None, semester: str) -> str:
    if not year:
        return semester or "—"
    return fmt(QCoreApplication.translate("Matrix", "Y%1 %2"), year, semester).strip()


@dataclass(frozen=True)
class Filters:
    gaps_only: bool = False
    kinds: frozenset[str] = frozenset("KS")
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

    def __init__(self, store: MatrixStore, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.data_: MatrixData = store.data
        self.filters = Filters()
        self.col_mode = MODULES
        self.group_mode = BY_DUTY
        self.focus_task = -1
        self.groups: list[Group] = []
        self._kinds = array("b")
        self._refs = array("i")
        self._cols = array("i")
        self._col_pos: dict[int, int] = {}
        self.band_start = array("i")
        self.band_end = array("i")
        self.band_no = array("i")
        self._search: list[str] = []
        store.reset.connect(self.rebuild)
        store.updated.connect(self._on_delta)
        self._build()

    # ---- structure -----------------------------------------------------------

    def configure(self, *, filters: Filters | None = None, col_mode: str | None = None,
                  group_mode: str | None = None) -> None:
        self.filters = filters if filters is not None else self.filters
        self.col_mode = col_mode or self.col_mode
        self.group_mode = group_mode or self.group_mode
        self.rebuild()

    def rebuild(self) -> None:
        self.beginResetModel()
        self._build()
        self.endResetModel()

    def _build(self) -> None:
        old = self.data_
        focus = old.task_id[self.focus_task] if 0 <= self.focus_task < old.n_tasks else 0
        d = self.data_ = self.store.data
        self.focus_task = d.task_index.get(focus, -1)  # indices move on a reload; ids do not
        self._search = self._search_keys(d)
        self._build_columns(d)
        self._build_rows(d)

    def _build_columns(self, d: MatrixData) -> None:
        spec = self.filters.columns
        keep = [not spec or (spec[0] == "term" and d.course_term[c] == (spec[1], spec[2]))
                or (spec[0] == "course" and d.course_id[c] == spec[1]) for c in range(len(d.course_id))]
        if self.col_mode == COURSES:
            cols = [c for c in range(len(d.course_id)) if keep[c]]
            keys = [d.course_term[c] for c in cols]
        else:
            cols = [m for m in range(len(d.module_id)) if keep[d.module_course[m]]]
            keys = [d.module_course[m] for m in cols]
        self._cols = array("i", cols)
        self._col_pos = {x: k for k, x in enumerate(cols)}
        start, end, no = [0] * len(cols), [0] * len(cols), [0] * len(cols)
        k = band = 0
        while k < len(cols):
            j = k
            while j + 1 < len(cols) and keys[j + 1] == keys[k]:
                j += 1
            start[k:j + 1] = [k] * (j - k + 1)
            end[k:j + 1] = [j] * (j - k + 1)
            no[k:j + 1] = [band] * (j - k + 1)
            k, band = j + 1, band + 1
        self.band_start, self.band_end, self.band_no = array("i", start), array("i", end), array("i", no)

    def _set_rows(self, groups: list[Group], visible) -> None:
        kinds, refs, shown = array("b"), array("i"), []
        for g in groups:
            members = [x for x in g.members if visible(x, g)]
            if not members:
                continue
            kinds.append(GROUP)
            refs.append(len(shown))
            shown.append(g)
            kinds.extend([self.row_kind] * len(members))
            refs.extend(members)
        self.groups, self._kinds, self._refs = shown, kinds, refs

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
        return self._cols[col]

    def column_of(self, ref: int) -> int:
        return self._col_pos.get(ref, -1)

    def group_of_row(self, row: int) -> Group:
        while self._kinds[row] != GROUP:
            row -= 1
        return self.groups[self._refs[row]]

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
                d = self.data_
                return d.course_id[col] if self.col_mode == COURSES else d.module_id[col]
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
            return self.data_.task_status(x)
        return None

    # ---- columns ---------------------------------------------------------------

    def column_label(self, col: int) -> str:
        d = self.data_
        return d.course_code[col] if self.col_mode == COURSES else d.module_label(col)

    def column_band(self, col: int) -> str:
        """Top header band: the module's course, or the course's term."""
        d = self.data_
        if self.col_mode == COURSES:
            return term_label(*d.course_term[col])
        return d.course_code[d.module_course[col]]

    def column_mapped(self, col: int) -> int:
        d = self.data_
        return d.course_mapped[col] if self.col_mode == COURSES else d.module_mapped[col]

    def column_tip(self, col: int) -> str:
        d = self.data_
        c = col if self.col_mode == COURSES else d.module_course[col]
        lines = [f"{d.course_code[c]} {d.course_name[c]} ({term_label(*d.course_term[c])})"]
        if self.col_mode == MODULES:
            hours = fmt(self.tr(" · %1 h"), f"{d.module_hours[col]:g}") if d.module_hours[col] is not None else ""
            lines.append(fmt(self.tr("Module %1: %2"), d.module_number[col], d.module_title[col]) + hours)
        else:
            lines.append(fmt(self.tr("%1 modules"), len(d.course_modules[c])))
        mapped = self.column_mapped(col)
        lines.append(self.column_summary_text(col) if mapped else self.tr("Maps nothing yet"))
        return "\n".join(lines)

    def _on_delta(self, delta: Delta) -> None:
        refs = delta.courses if self.col_mode == COURSES else delta.modules
        cols = [self._col_pos[x] for x in refs if x in self._col_pos]
        rows = self.rowCount()
        if cols and rows:
            self.dataChanged.emit(self.index(0, min(cols)), self.index(rows - 1, max(cols)))
        if cols:
            self.headerDataChanged.emit(_HORIZONTAL, min(cols), max(cols))
        if rows and (delta.items or delta.tasks):
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, rows - 1)

    def set_focus_task(self, task: int) -> None:
        self.focus_task = task
        if self.rowCount():
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

    # ---- subclass hooks --------------------------------------------------------

    row_kind = ITEM

    def _search_keys(self, d: MatrixData) -> list[str]:
        raise NotImplementedError

    def _build_rows(self, d: MatrixData) -> None:
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
