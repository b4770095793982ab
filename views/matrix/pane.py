"""The coverage matrix pane: view switch and filters, the table, the legend.

Two views over the same store, each in its own table so switching keeps
each one's place: items x columns (editable) and tasks x columns.
"""
from __future__ import annotations

from app.errors import user_errors
from models.vocabulary import ATTITUDE, ITEM_KINDS, KNOWLEDGE, SKILL
from views.context import ViewContext
from views.flow_layout import FlowLayout
from views.i18n import fmt, message_of
from views.live_store import LiveStore
from views.matrix.legend import MatrixLegend
from views.matrix.model import (
    BY_DUTY,
    BY_KIND,
    COURSES,
    ITEM,
    ITEMS,
    MODULES,
    TASKS,
    Filters,
    ItemsModel,
    MatrixModel,
    TasksModel,
    term_label,
)
from views.matrix.view import MatrixView
from views.qt import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QItemSelectionModel,
    QLabel,
    QLineEdit,
    QStackedWidget,
    Qt,
    QTimer,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

MAX_EDIT_CELLS = 50_000  # one keypress; more is almost surely a stray Ctrl+A


def _group(parent: QWidget, name: str) -> QWidget:
    """Controls that belong together (a label and its combo): they wrap to the next line as one."""
    box = QWidget(parent)
    box.setObjectName(name)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    return box


class MatrixPane(QWidget):
    def __init__(self, ctx: ViewContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("matrixPane")
        self.ctx = ctx
        self.store = LiveStore.of(ctx)
        self.items_model = ItemsModel(self.store, self)
        self.tasks_model = TasksModel(self.store, self)
        self.items_view = self._make_view(self.items_model, "matrixItems")
        self.tasks_view = self._make_view(self.tasks_model, "matrixTasks")
        self.items_view.edit_requested.connect(self.edit)
        self.tasks_view.edit_requested.connect(
            lambda *_: self.say(self.tr("Switch to the items view to change mappings")))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.items_view)
        self.stack.addWidget(self.tasks_view)
        self.legend = MatrixLegend(self)
        self.message = QLabel(self)  # a toast over the table's foot: never squeezes the legend
        self.message.setObjectName("matrixMessage")
        self.message.setStyleSheet("background: rgba(31, 42, 55, 225); color: white; border-radius: 4px;"
                                   "padding: 5px 10px;")
        self.message.hide()
        self._build_toolbar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.legend)  # alone on its row: it needs the width in either language
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.apply_filters)
        self._message_timer = QTimer(self)  # owned by the pane: it dies with it
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(6000)
        self._message_timer.timeout.connect(self.message.hide)
        self.store.staged.connect(self._on_stage)
        self.store.updated.connect(self._on_updated)
        self.store.failed.connect(self.say)
        self.store.loading_changed.connect(lambda _on: self._update_info())
        ctx.show_task_in_matrix.connect(self.show_task)
        self._last_selected = (0, 0)
        self._on_reset()

    # ---- construction ---------------------------------------------------------

    def _make_view(self, model: MatrixModel, name: str) -> MatrixView:
        view = MatrixView(self)
        view.setObjectName(name)
        view.setModel(model)
        model.modelReset.connect(view.adopt)
        view.selectionModel().currentChanged.connect(self._on_current)
        view.escaped.connect(lambda: self.set_focus_task(-1))
        return view

    def _build_toolbar(self) -> None:
        # The view, column and filter controls flow onto a second line when the pane is narrow
        # (never squeezed: "By dut", "Gaps on"); scope and search take a row of their own.
        self.bar = QVBoxLayout()
        self.bar.setSpacing(2)
        flow = FlowLayout(spacing=12)
        flow.setContentsMargins(6, 2, 6, 0)
        second = QHBoxLayout()
        second.setContentsMargins(6, 2, 6, 0)
        self.bar.addLayout(flow)
        self.bar.addLayout(second)
        self.view_buttons = QButtonGroup(self)
        views = _group(self, "matrixViews")
        for n, (key, text, tip) in enumerate((
                (ITEMS, self.tr("Items"), self.tr("K/S/A items against modules; edit levels here")),
                (TASKS, self.tr("Tasks"), self.tr("Tasks against modules: how much of each task they cover")))):
            button = QToolButton(self)
            button.setObjectName(f"matrixView_{key}")
            button.setText(text)
            button.setToolTip(tip)
            button.setCheckable(True)
            button.setChecked(n == 0)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.view_buttons.addButton(button, n)
            views.layout().addWidget(button)
        self.view_buttons.idClicked.connect(lambda n: self.set_view((ITEMS, TASKS)[n]))
        self.columns = self._combo("matrixColumns", ((MODULES, self.tr("Modules")), (COURSES, self.tr("Courses"))),
                                   self.tr("Columns: each module, or whole courses (highest mapping level)"))
        self.grouping = self._combo("matrixGrouping", ((BY_DUTY, self.tr("By duty")), (BY_KIND, self.tr("By kind"))),
                                    self.tr("Group the items under their duties or by K/S/A"))
        columns = _group(self, "matrixColumnControls")
        label = QLabel(self.tr("Columns"), self)
        label.setBuddy(self.columns)
        for w in (label, self.columns, self.grouping):
            columns.layout().addWidget(w)
        self.gaps_only = QCheckBox(self.tr("Gaps only"), self)
        self.gaps_only.setObjectName("matrixGapsOnly")
        self.gaps_only.setToolTip(self.tr("Only rows not fully covered"))
        self.gaps_only.toggled.connect(self.apply_filters)
        kinds = _group(self, "matrixKinds")
        self.kind_buttons = {}
        for kind in ITEM_KINDS:
            button = QToolButton(self)
            button.setObjectName(f"matrixKind_{kind}")
            button.setText(kind)
            button.setCheckable(True)
            button.setChecked(kind != ATTITUDE)
            button.setToolTip({KNOWLEDGE: self.tr("Knowledge items"), SKILL: self.tr("Skill items"),
                               ATTITUDE: self.tr("Attitude items")}[kind])
            button.toggled.connect(self.apply_filters)
            self.kind_buttons[kind] = button
            kinds.layout().addWidget(button)
        for w in (views, columns, self.gaps_only, kinds):
            flow.addWidget(w)
        self.scope = QComboBox(self)
        self.scope.setObjectName("matrixScope")
        self.scope.setToolTip(self.tr("Show the columns of one term or one course"))
        self.scope.setMinimumContentsLength(16)
        self.scope.activated.connect(lambda _i: self.apply_filters())
        second.addWidget(self.scope)
        self.search = QLineEdit(self)
        self.search.setObjectName("matrixSearch")
        self.search.setPlaceholderText(self.tr("Search codes and titles"))
        self.search.setToolTip(self.tr("Search codes and titles"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        second.addWidget(self.search, 1)

    def _combo(self, name: str, entries, tip: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setToolTip(tip)
        for key, text in entries:
            box.addItem(text, key)
        box.currentIndexChanged.connect(lambda _i: self.apply_filters())
        return box

    # ---- state ---------------------------------------------------------------------

    @property
    def view(self) -> MatrixView:
        return self.stack.currentWidget()

    @property
    def model(self) -> MatrixModel:
        return self.view.model()

    def set_view(self, which: str) -> None:
        n = 0 if which == ITEMS else 1
        self.stack.setCurrentIndex(n)
        self.view_buttons.button(n).setChecked(True)
        self.grouping.setEnabled(n == 0)
        for button in self.kind_buttons.values():
            button.setEnabled(n == 0)
        self.legend.set_mode(which, self.items_model.live.scale)
        self._update_info()

    def filters(self) -> Filters:
        return Filters(gaps_only=self.gaps_only.isChecked(),
                       kinds=frozenset(k for k, b in self.kind_buttons.items() if b.isChecked()),
                       text=self.search.text(), columns=self.scope.currentData() or ())

    def apply_filters(self) -> None:
        self._search_timer.stop()
        f, cols = self.filters(), self.columns.currentData()
        self.items_model.configure(filters=f, col_mode=cols, group_mode=self.grouping.currentData())
        self.tasks_model.configure(filters=f, col_mode=cols)
        self._update_info()

    def _on_stage(self, stage: str) -> None:
        if stage == "matrix-tasks":  # both models have the new live model by now
            self._on_reset()

    def _on_reset(self) -> None:
        self._fill_scope()
        self.legend.set_mode(ITEMS if self.stack.currentIndex() == 0 else TASKS, self.items_model.live.scale)
        self._update_info()

    def _fill_scope(self) -> None:
        """The scope chooser: all courses, each term, each course."""
        d = self.items_model.live
        keep = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("All courses"), ())
        terms = sorted({d.courses[c].term for c in d.course_ids}, key=lambda t: (t[0] is None, t[0] or 0, t[1]))
        if len(terms) > 1:
            self.scope.insertSeparator(self.scope.count())
            for year, sem in terms:
                self.scope.addItem(term_label(year, sem), ("term", year, sem))
        self.scope.insertSeparator(self.scope.count())
        for cid in d.course_ids:
            c = d.courses[cid]
            self.scope.addItem(f"{c.code} {c.name}", ("course", cid))
        # findData cannot compare Python tuples: look by hand
        found = next((k for k in range(self.scope.count()) if self.scope.itemData(k) == keep), -1) if keep else 0
        self.scope.setCurrentIndex(max(found, 0))
        self.scope.blockSignals(False)
        if found < 0:  # the course or term shown is gone: show them all
            self.apply_filters()

    def _update_info(self) -> None:
        m, d = self.model, self.model.live
        rows = m.rowCount() - len(m.groups)
        what = self.tr("%n items", "", rows) if m.view == ITEMS else self.tr("%n tasks", "", rows)
        n = m.columnCount()
        cols = self.tr("%n modules", "", n) if m.col_mode == MODULES else self.tr("%n courses", "", n)
        size = fmt(self.tr("%1 × %2"), what, cols)
        if not d.programme_name:
            self.view.set_corner(self.tr("No programme"), [])
            return
        if self.store.loading and not d.n_items:
            self.view.set_corner(d.programme_name, [self.tr("Loading…")])
            return
        counts = (self.tr("Edge counts: modules covering each row, items each column covers")
                  if m.view == ITEMS else self.tr("Edge counts: modules per task, tasks per column"))
        threshold = fmt(self.tr("Covered at %1 or above"), d.label(d.threshold))
        self.view.set_corner(d.programme_name, [threshold, size], counts)

    def _on_updated(self, delta) -> None:
        if delta.columns or delta.labels:
            self._fill_scope()
        self._update_info()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.adjustSize()
        self._place_message()
        self.message.show()
        self.message.raise_()
        self._message_timer.start()

    def _place_message(self) -> None:
        area = self.stack.geometry()
        self.message.move(area.right() - self.message.width() - 28, area.bottom() - self.message.height() - 24)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_message()

    def _on_current(self, current, _previous) -> None:
        m = current.model()
        if not current.isValid() or m is None or m.row_kind_at(current.row()) == 0:
            return
        d = m.live
        x, col = m.ref(current.row()), m.column_ref(current.column())
        item = d.item_id[x] if m.view == ITEMS and m.row_kind_at(current.row()) == ITEM else 0
        module = col if m.col_mode == MODULES else 0
        if (item, module) != self._last_selected:
            self._last_selected = (item, module)
            if item:
                self.ctx.item_selected.emit(item)
            if module:
                self.ctx.module_selected.emit(module)

    # ---- editing -------------------------------------------------------------------

    def selected_cells(self, view: MatrixView) -> list[tuple[int, int]]:
        """(row, column) of the selection, the current cell first."""
        sel = view.selectionModel()
        cur = view.currentIndex()
        cells: list[tuple[int, int]] = []
        if cur.isValid() and (sel.isSelected(cur) or not sel.hasSelection()):
            cells.append((cur.row(), cur.column()))
        for rng in sel.selection():
            if rng.width() * rng.height() + len(cells) > MAX_EDIT_CELLS:
                return []
            cells.extend((r, c) for r in range(rng.top(), rng.bottom() + 1)
                         for c in range(rng.left(), rng.right() + 1))
        return cells

    def delete_selected(self) -> None:
        """Edit ▸ Delete in the matrix: clear the selected cells (the window owns the Delete key)."""
        if self.items_view.isVisible() and self.items_view.hasFocus():
            self.edit("clear")

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def edit(self, action: str, level: int = 0) -> None:
        model = self.items_model
        if model.col_mode != MODULES:
            self.say(self.tr("Show modules as columns to change mappings"))
            return
        cells = self.selected_cells(self.items_view)
        if not cells:
            if self.items_view.selectionModel().hasSelection():
                self.say(fmt(self.tr("Select at most %1 cells to change at once"), MAX_EDIT_CELLS))
            return
        change = model.edit(cells, action, level)
        if not change:
            return
        states, d = change.after, model.live
        n = len(states)
        if action == "assessed":
            text = (self.tr("Mark assessed (%n cells)", "", n) if states[0].assessed
                    else self.tr("Unmark assessed (%n cells)", "", n))
        elif states[0].level is None:
            text = self.tr("Clear mapping (%n cells)", "", n)
        else:
            text = fmt(self.tr("Map at %1 (%n cells)", "", n), d.label(states[0].level))
        try:
            self.ctx.set_cells(states, text, change.before)
        except user_errors() as exc:
            self.say(message_of(exc))

    # ---- showing a task ------------------------------------------------------------

    def show_task(self, task_id: int) -> None:
        """Bring a task's gap into view: its first missing item, with all its items marked."""
        d = self.items_model.live
        t = d.task_index.get(task_id)
        if t is None:
            return
        self.set_focus_task(t)
        trow = self.tasks_model.row_of_task(t)
        if trow < 0 and (self.search.text() or self.gaps_only.isChecked()):
            self._clear_filters()
            trow = self.tasks_model.row_of_task(t)
        missing = d.missing_items(t) or d.task_items[t]
        if not missing:
            self.set_view(TASKS)
            self._select(self.tasks_view, trow)
            return
        target = missing[0]
        row = self.items_model.row_of_item(target, d.task_duty[t])
        if row < 0:
            self._clear_filters(kind=d.item_kind[target])
            row = self.items_model.row_of_item(target, d.task_duty[t])
            trow = self.tasks_model.row_of_task(t)
        self._select(self.tasks_view, trow)
        self.set_view(ITEMS)
        self._select(self.items_view, row)
        self.say(fmt(self.tr("%1: %n items missing, marked in the rows", "", len(missing)), d.task_code[t]))

    def set_focus_task(self, task: int) -> None:
        """Mark a task's rows (its items in the items view), or none with -1."""
        self.items_model.set_focus_task(task)
        self.tasks_model.set_focus_task(task)

    def _clear_filters(self, kind: str = "") -> None:
        for w in (self.search, self.gaps_only, *self.kind_buttons.values()):
            w.blockSignals(True)
        self.search.clear()
        self.gaps_only.setChecked(False)
        if kind:
            self.kind_buttons[kind].setChecked(True)
        for w in (self.search, self.gaps_only, *self.kind_buttons.values()):
            w.blockSignals(False)
        self.apply_filters()

    def _select(self, view: MatrixView, row: int) -> None:
        if row < 0 or not view.model().columnCount():
            return
        model = view.model()
        col = max(view.currentIndex().column(), 0)
        index = model.index(row, col)
        view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        group = row
        while group > 0 and model.row_kind_at(group) != 0:
            group -= 1
        # the duty's band on top, so the task's marked rows read under their heading
        view.scrollTo(model.index(group, col), QAbstractItemView.ScrollHint.PositionAtTop)
        view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        view.setFocus()
