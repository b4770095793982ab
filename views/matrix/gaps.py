"""The gaps pane: what the curriculum leaves out.

Tasks not fully covered (with the exact K/S items they miss), items taught
but never assessed, and modules that map nothing. It reads the same store
as the matrix (the window's live model), so it follows every edit at once,
adding and removing just the rows that come and go. Clicking a task asks the
matrix to show it (``ctx.show_task_in_matrix``).
"""
from __future__ import annotations

from app.coverage.live import ASSESSED, Delta, LiveModel
from models.vocabulary import COVERED
from views.context import ViewContext
from views.coverage_style import ORDER, CoverageIcons, status_text
from views.i18n import fmt
from views.layout import text_width, wrap_header
from views.live_store import LiveStore
from views.matrix.base import SortRole, join_limited, term_label
from views.qt import (
    QAbstractItemView,
    QEvent,
    QHeaderView,
    QLabel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from views.table_base import FlatTableModel

_DISPLAY, _TIP = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)

# TaskGapsModel columns
COL_STANDARD, COL_TASK, COL_TITLE, COL_STATUS, COL_COVERED, COL_MISSING = range(6)
# NeverAssessedModel columns
COL_ITEM_STANDARD, COL_ITEM, COL_ITEM_TITLE, COL_ITEM_MODULES, COL_ITEM_LEVEL = range(5)
# EmptyModulesModel columns
COL_COURSE, COL_TERM, COL_MODULE, COL_MODULE_TITLE = range(4)
# The tasks' table: the title column takes what the missing items (the last column, stretched) leave,
# within these bounds; when even that leaves too little, the states show as icons (words in the tooltip).
STATUS_W, TITLE_MIN, TITLE_MAX, MISSING_MIN = 120, 110, 320, 130


class GapModel(FlatTableModel):
    """A list of gaps over the live model (a few thousand rows at most), kept by row inserts and removals."""

    def __init__(self, store: LiveStore, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.live = store.live
        self.rows: list[int] = []
        self.headers: tuple[str, ...] = ()
        store.updated.connect(self._on_updated)  # a bound slot: dropped when the model goes
        self.rows = self.collect(store.live)

    def refresh(self) -> None:
        """The live model was replaced (the gaps pane calls this on its stage)."""
        self.beginResetModel()
        self.live = self.store.live
        self.rows = self.collect(self.live)
        self.endResetModel()

    def _on_updated(self, delta: Delta) -> None:
        if not self._sync(self.collect(self.live)):
            self.refresh()
            return
        moved = self.moved(delta)
        changed = [r for r, x in enumerate(self.rows) if x in moved] if moved is not None else range(len(self.rows))
        if changed:
            self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), self.columnCount() - 1))

    def moved(self, delta: Delta) -> set[int] | None:
        """The rows' keys whose figures may have changed (None: any)."""
        return None

    def _sync(self, new: list[int]) -> bool:
        """Remove the rows no longer there and insert the new ones; False if the order itself changed."""
        keep = set(new)
        k = len(self.rows)
        while k > 0:
            k -= 1
            if self.rows[k] not in keep:
                j = k
                while j > 0 and self.rows[j - 1] not in keep:
                    j -= 1
                self.beginRemoveRows(QModelIndex(), j, k)
                del self.rows[j:k + 1]
                self.endRemoveRows()
                k = j
        have = set(self.rows)
        if self.rows != [x for x in new if x in have]:
            return False
        i = 0
        while i < len(new):
            if new[i] in have:
                i += 1
                continue
            j = i
            while j + 1 < len(new) and new[j + 1] not in have:
                j += 1
            self.beginInsertRows(QModelIndex(), i, j)
            self.rows[i:i] = new[i:j + 1]
            self.endInsertRows()
            i = j + 1
        return True

    def collect(self, live: LiveModel) -> list[int]:
        raise NotImplementedError

    def cell(self, x: int, col: int, role: int):
        raise NotImplementedError

    def row_count(self) -> int:
        return len(self.rows)

    def data(self, index, role=_DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.cell(self.rows[index.row()], index.column(), role)


class TaskGapsModel(GapModel):
    def __init__(self, store: LiveStore, parent=None) -> None:
        super().__init__(store, parent)
        self.headers = (self.tr("Standard"), self.tr("Task"), self.tr("Title"), self.tr("Status"),
                        self.tr("Covered"), self.tr("Missing K/S items"))
        self.icons = CoverageIcons()
        self.compact = False  # a narrow pane: the state's icon without its words (they are in the tooltip)

    def collect(self, live: LiveModel) -> list[int]:
        return [t for t in range(live.n_tasks) if live.task_status(t) != COVERED]

    def moved(self, delta: Delta) -> set[int]:
        return delta.tasks

    def cell(self, t: int, col: int, role: int):
        d = self.live
        if role == _DISPLAY:
            if col == COL_STANDARD:
                return d.standards[d.duties[d.task_duty[t]][1]][1]
            if col == COL_TASK:
                return d.task_code[t]
            if col == COL_TITLE:
                return d.task_title[t]
            if col == COL_STATUS:
                return None if self.compact else status_text(d.task_status(t))
            if col == COL_COVERED:
                return f"{d.task_covered[t]}/{len(d.task_items[t])}"
            if col == COL_MISSING:
                return " ".join(d.item_code[i] for i in d.missing_items(t))
        elif role == SortRole:
            return (t if col in (COL_STANDARD, COL_TASK) else d.task_title[t] if col == COL_TITLE
                    else ORDER[d.task_status(t)] if col == COL_STATUS
                    else d.task_covered[t] / max(1, len(d.task_items[t])) if col == COL_COVERED
                    else len(d.missing_items(t)))
        elif role == _DECORATION and col == COL_STATUS:
            return self.icons[d.task_status(t)]
        elif role == _TIP:
            lines = [f"{d.task_code[t]} {d.task_title[t]} — {status_text(d.task_status(t))}",
                     fmt(self.tr("Missing %1 of %n K/S items:", "", len(d.task_items[t])),
                                                               len(d.missing_items(t)))]
            lines.append(join_limited([f"  {d.item_code[i]} {d.item_title[i]}" for i in d.missing_items(t)]))
            lines.append(self.tr("Click to show it in the matrix"))
            return "\n".join(lines)
        return None


class NeverAssessedModel(GapModel):
    """Items some module teaches (maps) but none assesses."""

    def __init__(self, store: LiveStore, parent=None) -> None:
        super().__init__(store, parent)
        self.headers = (self.tr("Standard"), self.tr("Item"), self.tr("Title"), self.tr("Modules"),
                        self.tr("Highest mapping level"))

    def collect(self, live: LiveModel) -> list[int]:
        return [i for i in range(live.n_items) if live.item_mapped[i] and not live.item_assessed[i]]

    def moved(self, delta: Delta) -> set[int]:
        return delta.items

    def cell(self, i: int, col: int, role: int):
        d = self.live
        if role in (_DISPLAY, SortRole):
            if col == COL_ITEM_STANDARD:
                return d.standards[d.item_std[i]][1] if role == _DISPLAY else i
            if col == COL_ITEM:
                return d.item_code[i] if role == _DISPLAY else i
            if col == COL_ITEM_TITLE:
                return d.item_title[i]
            if col == COL_ITEM_MODULES:
                return d.item_mapped[i] if role == SortRole else str(d.item_mapped[i])
            if col == COL_ITEM_LEVEL:
                top = d.item_max_level(i)
                return top if role == SortRole else d.label(top)
        elif role == _TIP:
            maps = d.modules_of_item(i)
            lines = [f"{d.item_code[i]} {d.item_title[i]}", self.tr("Taught in:")]
            lines.append(join_limited([f"  {d.module_label(m)} {d.modules[m].title}: "
                                       f"{d.label(v & ~ASSESSED)}" for m, v in maps]))
            return "\n".join(lines)
        return None


class EmptyModulesModel(GapModel):
    """Modules that map no item at all."""

    def __init__(self, store: LiveStore, parent=None) -> None:
        self._order: list[int] | None = None
        self.place: dict[int, int] = {}
        super().__init__(store, parent)
        self.headers = (self.tr("Course"), self.tr("Term"), self.tr("Module"), self.tr("Title"))

    def collect(self, live: LiveModel) -> list[int]:
        order = live.module_order()
        if self._order is not order:  # programme order, to sort by (the same list until the columns move)
            self._order, self.place = order, dict(zip(order, range(len(order))))
        cells = live.cells
        return [m for m in order if m not in cells]

    def moved(self, delta: Delta) -> set[int] | None:
        return None if delta.labels or delta.columns else delta.modules

    def cell(self, m: int, col: int, role: int):
        d = self.live
        module = d.modules[m]
        c = d.courses[module.course_id]
        k = self.place.get(m, 0)
        if role in (_DISPLAY, SortRole):
            if col == COL_COURSE:
                return f"{c.code} {c.name}" if role == _DISPLAY else k
            if col == COL_TERM:
                return term_label(*c.term) if role == _DISPLAY else (c.year or 0) * 10**6 + k
            if col == COL_MODULE:
                return str(module.number) if role == _DISPLAY else k
            if col == COL_MODULE_TITLE:
                return module.title
        return None


class GapsPane(QWidget):
    def __init__(self, ctx: ViewContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("gapsPane")
        self.ctx = ctx
        self.store = LiveStore.of(ctx)
        self.summary = QLabel(self)
        self.summary.setObjectName("gapsSummary")
        self.summary.setWordWrap(True)
        self.summary.setContentsMargins(8, 6, 8, 4)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("gapsTabs")
        self.tasks_model = TaskGapsModel(self.store, self)
        self.items_model = NeverAssessedModel(self.store, self)
        self.modules_model = EmptyModulesModel(self.store, self)
        self.tasks_view = self._table(self.tasks_model, "gapsTasks", COL_MISSING, self._task_clicked)
        self.items_view = self._table(self.items_model, "gapsItems", COL_ITEM_TITLE, self._item_clicked)
        self.modules_view = self._table(self.modules_model, "gapsModules", COL_MODULE_TITLE, self._module_clicked)
        # Minimum widths; a heading gets at least its longest word (it wraps onto a second line).
        for view, widths in ((self.tasks_view, {COL_STANDARD: 110, COL_TASK: 48, COL_TITLE: 240,
                                                COL_STATUS: STATUS_W, COL_COVERED: 56}),
                             (self.items_view, {COL_ITEM_STANDARD: 110, COL_ITEM: 48, COL_ITEM_MODULES: 64,
                                                COL_ITEM_LEVEL: 72}),
                             (self.modules_view, {COL_COURSE: 220, COL_TERM: 80, COL_MODULE: 60})):
            header = view.horizontalHeader()
            for col, minimum in widths.items():
                text = str(view.model().headerData(col, Qt.Orientation.Horizontal) or "")
                view.setColumnWidth(col, max(minimum, text_width(header, text, True)))
        self.tasks_view.viewport().installEventFilter(self)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideRight)  # never scroll arrows: elided, tooltips
        self.tabs.tabBar().setUsesScrollButtons(False)
        for view in (self.tasks_view, self.items_view, self.modules_view):
            self.tabs.addTab(view, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.store.staged.connect(self._on_stage)
        self.store.updated.connect(self._on_updated)
        self._update_summary()

    def _table(self, model: GapModel, name: str, stretch: int, on_click) -> QTableView:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(SortRole)
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(proxy)
        header = wrap_header(view, Qt.AlignmentFlag.AlignCenter)  # before sorting: it takes the header's order
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the standard's own order
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(24)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        view.clicked.connect(lambda index: on_click(proxy.mapToSource(index).row()))
        view.activated.connect(lambda index: on_click(proxy.mapToSource(index).row()))
        return view

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.tasks_view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_task_columns()
        return super().eventFilter(watched, event)

    def _fit_task_columns(self) -> None:
        """A narrow pane: the states show as icons, and the title gives the missing items their room."""
        view, model = self.tasks_view, self.tasks_model
        header = view.horizontalHeader()
        room = view.viewport().width()
        status = str(model.headerData(COL_STATUS, Qt.Orientation.Horizontal) or "")
        icon, words = text_width(header, status, True), max(STATUS_W, text_width(header, status, True))
        others = sum(header.sectionSize(c) for c in (COL_STANDARD, COL_TASK, COL_COVERED)
                     if not header.isSectionHidden(c))
        compact = others + words + TITLE_MIN + MISSING_MIN > room
        if compact != model.compact or header.sectionSize(COL_STATUS) != (icon if compact else words):
            model.compact = compact
            view.setColumnWidth(COL_STATUS, icon if compact else words)
            view.viewport().update()
        title = max(TITLE_MIN, min(TITLE_MAX, room - others - header.sectionSize(COL_STATUS) - MISSING_MIN))
        if header.sectionSize(COL_TITLE) != title:
            view.setColumnWidth(COL_TITLE, title)

    def _on_stage(self, stage: str) -> None:
        if stage == "gaps":
            for model in (self.tasks_model, self.items_model, self.modules_model):
                model.refresh()
            self._update_summary()

    def _on_updated(self, _delta) -> None:
        self._update_summary()

    def _update_summary(self) -> None:
        d = self.tasks_model.live
        s = d.summary()
        tasks = self.tasks_model.rowCount()
        self.summary.setText(" · ".join((
            fmt(self.tr("<b>%1 of %n tasks not fully covered</b> (%2 not covered at all)", "", s.tasks_total),
                tasks, s.tasks_uncovered),
            fmt(self.tr("%1 of %n K/S items not covered", "", s.items_total), s.items_total - s.items_covered),
            self.tr("%n items taught but never assessed", "", self.items_model.rowCount()),
            self.tr("%n modules map nothing", "", self.modules_model.rowCount()))))
        self.tabs.setTabText(0, fmt(self.tr("Tasks with gaps (%1)"), tasks))
        self.tabs.setTabText(1, fmt(self.tr("Never assessed (%1)"), self.items_model.rowCount()))
        self.tabs.setTabText(2, fmt(self.tr("Empty modules (%1)"), self.modules_model.rowCount()))
        self.tabs.setTabToolTip(0, self.tr("Tasks not fully covered, with the K/S items they miss"))
        self.tabs.setTabToolTip(1, self.tr("Items some module teaches but none assesses"))
        self.tabs.setTabToolTip(2, self.tr("Modules mapping nothing"))
        self.tasks_view.setColumnHidden(COL_STANDARD, len(d.standards) < 2)
        self.items_view.setColumnHidden(COL_ITEM_STANDARD, len(d.standards) < 2)

    def _task_clicked(self, row: int) -> None:
        if 0 <= row < len(self.tasks_model.rows):
            tid = self.tasks_model.live.task_id[self.tasks_model.rows[row]]
            self.ctx.task_selected.emit(tid)
            self.ctx.show_task_in_matrix.emit(tid)

    def _item_clicked(self, row: int) -> None:
        if 0 <= row < len(self.items_model.rows):
            self.ctx.item_selected.emit(self.items_model.live.item_id[self.items_model.rows[row]])

    def _module_clicked(self, row: int) -> None:
        if 0 <= row < len(self.modules_model.rows):
            self.ctx.module_selected.emit(self.modules_model.rows[row])
