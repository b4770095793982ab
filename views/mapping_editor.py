"""The mapping editor: what the selected module teaches, item by item.

Levels are set with the mouse (a combo in the Level column, the Assessed
check box) or the keyboard: the first letter of a level (I, R, M) sets it,
Space cycles, Delete or Backspace clears; each edit is one ctx.set_cells.
"""
from __future__ import annotations

import time
from html import escape

from app.coverage.live import Delta
from app.curriculum.mappings import MappingState
from app.errors import user_errors
from views.context import ViewContext
from views.i18n import fmt, message_of
from views.layout import size_columns, wrap_header
from views.levels import level_text
from views.list_models import ChoiceListModel
from views.live_store import SLICE_S, LiveStore
from views.mapping_keys import ASSESSED, CLEAR, CYCLE, mapping_key
from views.mapping_model import (
    BY_DUTY,
    BY_KIND,
    COL_ASSESSED,
    COL_CODE,
    COL_LEVEL,
    COL_PROGRAMME,
    COL_TITLE,
    SCALE_ROLE,
    MappingFilter,
    MappingModel,
)
from views.qt import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QKeyEvent,
    QLabel,
    QLineEdit,
    QModelIndex,
    QStyledItemDelegate,
    Qt,
    QTimer,
    QTreeView,
    QVBoxLayout,
    QWidget,
)


EXPAND_AT_ONCE = 1500  # rows: more are opened a few groups per turn of the event loop


class LevelDelegate(QStyledItemDelegate):
    """A combo of the programme's levels; picking one commits at once."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        scale = tuple(index.data(SCALE_ROLE))
        combo.addItems(["—", *(level_text(label, scale) for label in scale)])
        combo.activated.connect(lambda _row: (self.commitData.emit(combo), self.closeEditor.emit(combo)))
        return combo

    def updateEditorGeometry(self, editor: QWidget, option, index: QModelIndex) -> None:
        # Wide enough for its words ("R (reinforced)"), over the next column if need be.
        rect = option.rect
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        editor.setCurrentIndex(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        model.setData(index, editor.currentIndex(), Qt.ItemDataRole.EditRole)


class MappingView(QTreeView):
    def __init__(self, editor: MappingEditor) -> None:
        super().__init__(editor)
        self._editor = editor

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier & ~Qt.KeyboardModifier.ShiftModifier:
            return super().keyPressEvent(event)
        if self.state() != QAbstractItemView.State.EditingState and self._editor.handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)


class MappingEditor(QWidget):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = LiveStore.of(ctx)
        self.model = MappingModel(ctx.set_cells, self)
        self.model.editable = not ctx.workspace.readonly
        self.proxy = MappingFilter(self)
        self.proxy.setSourceModel(self.model)

        self.heading = QLabel(self)
        self.heading.setObjectName("mappingHeading")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("mappingFilter")
        self.filter.setClearButtonEnabled(True)
        # The longest that fits the box (a narrow window: the shortest); the whole one in the tooltip.
        self._placeholders = (self.tr("Filter by code or text (Ctrl+F)"), self.tr("Filter by code or text"),
                              self.tr("Filter"))
        self.filter.setPlaceholderText(self._placeholders[0])
        self.filter.setToolTip(self._placeholders[0])
        self.filter.textChanged.connect(self._on_filter)
        self.tasks = ChoiceListModel(self)
        self.task_combo = QComboBox(self)
        self.task_combo.setObjectName("taskFilter")
        self.task_combo.setModel(self.tasks)
        self.task_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.task_combo.setMinimumContentsLength(10)
        self.task_combo.currentIndexChanged.connect(self._on_task)
        self.group_combo = QComboBox(self)
        self.group_combo.setObjectName("grouping")
        self.group_combo.addItem(self.tr("Group by duty"), BY_DUTY)
        self.group_combo.addItem(self.tr("Group by kind"), BY_KIND)
        self.group_combo.currentIndexChanged.connect(lambda _i: self._regroup())

        self.view = MappingView(self)
        self.view.setObjectName("mappingView")
        self.view.setModel(self.proxy)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        wrap_header(self.view)  # "Mapping / level" on two lines rather than cut in a narrow window
        self.view.setItemDelegateForColumn(COL_LEVEL, LevelDelegate(self.view))
        self.view.setSortingEnabled(True)
        # The standard's own order until the user sorts: no sorting pass over every row at each load.
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        size_columns(self.view, COL_TITLE, {COL_CODE: 72, COL_LEVEL: 48, COL_ASSESSED: 48, COL_PROGRAMME: 100})
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.proxy.modelReset.connect(self._after_reset)
        self.proxy.layoutChanged.connect(self._expand)
        self._expand_next = 0
        self._expander = QTimer(self)
        self._expander.setSingleShot(True)
        self._expander.setInterval(0)
        self._expander.timeout.connect(self._expand_some)

        self.hint = QLabel(self)
        self.hint.setObjectName("mappingHint")
        self.hint.setText(self.tr("Keys: I, R, M set the mapping level · Space cycles · Delete clears · "
                                  "* or A marks assessed"))
        self.hint.setEnabled(False)
        self.hint.setWordWrap(True)  # a narrow window: two lines, not a cut sentence
        controls = QHBoxLayout()
        controls.addWidget(self.filter, 2)
        controls.addWidget(self.task_combo, 2)
        controls.addWidget(self.group_combo, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 4)
        layout.addWidget(self.heading)
        layout.addLayout(controls)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)

        self._stale = False  # edits while hidden: repaint when shown
        self._wanted = 0  # the module last chosen
        self.store.staged.connect(self._on_stage)
        self.store.updated.connect(self._on_updated)
        self.store.loading_changed.connect(lambda _on: self._update_heading())
        ctx.module_selected.connect(self.set_module)
        self.reload()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_placeholder()

    def _fit_placeholder(self) -> None:
        box = self.filter
        room = box.contentsRect().width() - box.textMargins().left() - box.textMargins().right() - 32  # clear button
        metrics = box.fontMetrics()
        text = next((t for t in self._placeholders if metrics.horizontalAdvance(t) <= room), self._placeholders[-1])
        if box.placeholderText() != text:
            box.setPlaceholderText(text)

    # ---- feeding ------------------------------------------------------------

    def _on_stage(self, stage: str) -> None:
        if stage == "mapping":
            self.reload()

    def reload(self) -> None:
        """The programme was (re)loaded: every row, the task filter, the module shown."""
        live = self.store.live
        keep = self.tasks.id_at(self.task_combo.currentIndex())
        module = self._wanted if self._wanted in live.modules else 0
        self.model.set_live(live, module)
        self.task_combo.blockSignals(True)
        self.tasks.set_choices([(0, self.tr("All tasks"), "")]
                               + [(t.id, f"{t.code} {t.title}", f"{t.standard} {t.code} {t.title}")
                                  for t in self.model.catalogue.tasks])
        self.task_combo.setCurrentIndex(max(0, self.tasks.row_of(keep)))
        self.task_combo.blockSignals(False)
        self._on_task(self.task_combo.currentIndex())
        self._update_heading()

    def set_module(self, module_id: int) -> None:
        """Another module chosen (anywhere): its cells, from the live model, no reading."""
        self._wanted = module_id  # kept for a model still loading (its module may be in that one)
        self.model.set_module(module_id if module_id in self.model.live.modules else 0)
        self._update_heading()

    def _update_heading(self) -> None:
        live, mid = self.model.live, self.model.module_id
        if self.store.loading and not live.trees:
            self.heading.setText(fmt(self.tr("Loading %1…"), escape(live.programme_name)))
        elif not mid:
            self.heading.setText(self.tr("Select a module in the curriculum to map what it teaches."))
        else:
            m = live.modules[mid]
            c = live.courses[m.course_id]
            mapped = self.tr("<b>%1 %2</b> › %3. %4 — %n items mapped", "", live.module_mapped(mid))
            self.heading.setText(fmt(mapped, escape(c.code), escape(c.name), m.number, escape(m.title)))

    def _after_reset(self) -> None:
        self._expand()

    def _expand(self) -> None:
        """Open every group: at once when there are few rows, else a few groups per turn of the event loop."""
        self._expander.stop()
        self._expand_next = 0
        self._expand_some(at_once=self.model.item_rows() <= EXPAND_AT_ONCE)

    def _expand_some(self, at_once: bool = False) -> None:
        deadline = time.perf_counter() + SLICE_S
        groups = self.proxy.rowCount()
        while self._expand_next < groups and (at_once or time.perf_counter() < deadline):
            # a group's title spans the row
            self.view.setFirstColumnSpanned(self._expand_next, QModelIndex(), True)
            self.view.expand(self.proxy.index(self._expand_next, 0))
            self._expand_next += 1
        if self._expand_next < groups:
            self._expander.start()

    def _on_updated(self, delta: Delta) -> None:
        if self.model.module_id and self.model.module_id not in self.model.live.modules:
            self.model.set_module(0)  # deleted (here, or by another program)
        if self.view.isVisible():
            self.model.on_delta(delta)
        else:  # nothing to repaint now: rows are drawn from the live model when shown
            self._stale = True
        if self.model.module_id in delta.modules or delta.labels or delta.columns:
            self._update_heading()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.view.viewport().update()

    def _regroup(self) -> None:
        self.model.set_grouping(self.group_combo.currentData())

    def _on_filter(self, text: str) -> None:
        if self.proxy.set_text(text):
            self._expand()

    def _on_task(self, row: int) -> None:
        task = self.tasks.id_at(row)
        group = next((t.group for t in self.model.catalogue.tasks if t.id == task), "")
        if self.proxy.set_task(task, group):
            self._expand()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = self.model.node_of(self.proxy.mapToSource(current))
        if node.kind == "item":
            self.ctx.item_selected.emit(node.data.id)

    def select_first_mapped(self) -> None:
        for g in range(self.proxy.rowCount()):
            group = self.proxy.index(g, 0)
            for r in range(self.proxy.rowCount(group)):
                index = self.proxy.index(r, 0, group)
                if self.model.state(self.model.node_of(self.proxy.mapToSource(index)).data.id).level:
                    self.view.setCurrentIndex(index)
                    self.view.scrollTo(index)
                    self.view.setFocus()
                    return

    def focus_search(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    # ---- keyboard -----------------------------------------------------------

    def selected_items(self) -> list[int]:
        """The selected items, the current one first (it leads a cycle, as in the matrix)."""
        selection = self.view.selectionModel()
        rows = selection.selectedRows()
        current = self.view.currentIndex()
        if current.isValid() and (not rows or selection.isRowSelected(current.row(), current.parent())):
            rows = [current.siblingAtColumn(0), *rows]
        ids: dict[int, None] = {}
        for index in rows:
            node = self.model.node_of(self.proxy.mapToSource(index))
            if node.kind == "item":
                ids[node.data.id] = None
        return list(ids)

    def handle_key(self, event: QKeyEvent) -> bool:
        """The mapping keys; False lets the view handle the key itself."""
        if not self.model.editable or not self.model.module_id:
            return False
        pressed = mapping_key(event, self.model.scale)
        items = self.selected_items()
        if pressed is None or not items:
            return False
        action, level = pressed
        if action == CYCLE and self.view.currentIndex().column() == COL_ASSESSED:
            action = ASSESSED  # Space on the check box ticks it
        self.apply(self.model.edit(items, action, level).after)
        return True

    def delete_selected(self) -> None:
        """Edit ▸ Delete while the editor has focus: unmap the selected items."""
        items = self.selected_items()
        if items and self.model.editable and self.model.module_id:
            self.apply(self.model.edit(items, CLEAR).after)

    def apply(self, states: list[MappingState]) -> None:
        if states:
            try:
                self.ctx.set_cells(states, self.model.describe(states), [self.model.state(s.item_id) for s in states])
            except user_errors() as exc:  # e.g. the module was deleted elsewhere
                self.heading.setText(message_of(exc))
