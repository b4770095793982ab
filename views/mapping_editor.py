"""The mapping editor: what the selected module teaches, item by item.

Levels are set with the mouse (a combo in the Level column, the Assessed
check box) or the keyboard: the first letter of a level (I, R, M) sets it,
Space cycles, Delete or Backspace clears; each edit is one ctx.set_cells.
"""
from __future__ import annotations

from html import escape

from app.changes import Changes
from app.errors import user_errors
from app.curriculum.queries import programme_info
from app.curriculum.mappings import MappingState, module_mappings
from app.coverage.tree import catalogue_of, coverage_marks, module_place, programme_standards
from views.context import ViewContext
from views.i18n import fmt, message_of
from views.layout import size_columns
from views.list_models import ChoiceListModel
from views.mapping_keys import ASSESSED, CLEAR, CYCLE, SET, mapping_key
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
    QTreeView,
    QVBoxLayout,
    QWidget,
)


class LevelDelegate(QStyledItemDelegate):
    """A combo of the programme's levels; picking one commits at once."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.addItems(["—", *index.data(SCALE_ROLE)])
        combo.activated.connect(lambda _row: (self.commitData.emit(combo), self.closeEditor.emit(combo)))
        return combo

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
        self.filter.setPlaceholderText(self.tr("Filter by code or text (Ctrl+F)"))
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
        self.view.setItemDelegateForColumn(COL_LEVEL, LevelDelegate(self.view))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COL_CODE, Qt.SortOrder.AscendingOrder)
        size_columns(self.view, COL_TITLE, {COL_CODE: 72, COL_LEVEL: 48, COL_ASSESSED: 48, COL_PROGRAMME: 100})
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.proxy.modelReset.connect(self._after_reset)
        self.proxy.layoutChanged.connect(self.view.expandAll)
        self.proxy.rowsInserted.connect(lambda *_: self.view.expandAll())

        self.hint = QLabel(self)
        self.hint.setObjectName("mappingHint")
        self.hint.setText(self.tr("Keys: I, R, M set the level · Space cycles · Delete clears · "
                                  "* or A marks assessed"))
        self.hint.setEnabled(False)
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

        ctx.programme_changed.connect(lambda _pid: self.reload())
        ctx.module_selected.connect(self.set_module)
        ctx.changed.connect(self._on_changed)
        if ctx.programme_id:  # else the curriculum pane's choice of programme loads it, once
            self.reload()

    # ---- feeding ------------------------------------------------------------

    def reload(self) -> None:
        pid = self.ctx.programme_id
        cat = catalogue_of(self.ctx.cached(programme_standards, pid))
        keep = self.tasks.id_at(self.task_combo.currentIndex())
        self.task_combo.blockSignals(True)
        self.tasks.set_choices([(0, self.tr("All tasks"), "")]
                               + [(t.id, f"{t.code} {t.title}", f"{t.standard} {t.code} {t.title}")
                                  for t in cat.tasks])
        self.task_combo.setCurrentIndex(max(0, self.tasks.row_of(keep)))
        self.task_combo.blockSignals(False)
        self.model.set_catalogue(cat)
        self._on_task(self.task_combo.currentIndex())
        self.model.set_marks(self.ctx.cached(coverage_marks, pid))
        self._load_module(self.model.module_id)

    def set_module(self, module_id: int) -> None:
        self._load_module(module_id)

    def _load_module(self, module_id: int) -> None:
        place = self.ctx.read(module_place, module_id) if module_id else None
        if place is None or place.programme_id != self.ctx.programme_id:
            module_id = 0
        pid = self.ctx.programme_id
        scale = self.ctx.cached(programme_info, pid).scale if pid else self.model.scale
        states = self.ctx.read(module_mappings, module_id) if module_id else {}
        self.model.set_module(module_id, states, scale)
        if place is None or not module_id:
            self.heading.setText(self.tr("Select a module in the curriculum to map what it teaches."))
        else:
            mapped = sum(1 for s in states.values() if s.level)
            self.heading.setText(fmt(self.tr("<b>%1 %2</b> › %3. %4 — %5 items mapped"), escape(place.course_code),
                                     escape(place.course_name), place.number, escape(place.title), mapped))

    def _after_reset(self) -> None:
        self.view.expandAll()
        for row in range(self.proxy.rowCount()):
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)

    def _on_changed(self, changes: Changes) -> None:
        if changes.standards or changes.programmes:
            self.reload()
            return
        if changes.coverage:
            self.model.set_marks(self.ctx.cached(coverage_marks, self.ctx.programme_id))
        if self.model.module_id in changes.mappings or changes.curriculum:
            self._load_module(self.model.module_id)

    def _regroup(self) -> None:
        self.model.set_catalogue(self.model.catalogue, self.group_combo.currentData())

    def _on_filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self.view.expandAll()

    def _on_task(self, row: int) -> None:
        task = self.tasks.id_at(row)
        group = next((t.group for t in self.model.catalogue.tasks if t.id == task), "")
        self.proxy.set_task(task, group)
        self.view.expandAll()

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
        rows = self.view.selectionModel().selectedRows()
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex()]
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
        if action == SET:
            self.apply(self.model.with_level(items, level))
        elif action == CLEAR:
            self.apply(self.model.with_level(items, None))
        elif action == CYCLE:
            self.apply(self.model.cycled(items))
        else:
            self.toggle_assessed(items)
        return True

    def toggle_assessed(self, items: list[int]) -> None:
        # As in the matrix: mark them all, unless all already are.
        self.apply(self.model.with_assessed(items, not all(self.model.state(i).assessed for i in items)))

    def delete_selected(self) -> None:
        """Edit ▸ Delete while the editor has focus: unmap the selected items."""
        items = self.selected_items()
        if items and self.model.editable and self.model.module_id:
            self.apply(self.model.with_level(items, None))

    def apply(self, states: list[MappingState]) -> None:
        if states:
            try:
                self.ctx.set_cells(states, self.model.describe(states), [self.model.state(s.item_id) for s in states])
            except user_errors() as exc:  # e.g. the module was deleted elsewhere
                self.heading.setText(message_of(exc))
