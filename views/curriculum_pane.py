"""The curriculum pane: a programme chooser over its courses and modules."""
from __future__ import annotations

from app.changes import Changes
from app.coverage.live import Delta
from app.curriculum.queries import list_programmes
from app.curriculum.settings import settings_effect
from app.curriculum.snapshots import delete_preview
from app.standards.queries import list_standards
from views import curriculum_ops_ui as undoable
from views.context import ViewContext
from views.curriculum_model import COL_HOURS, COL_MAPPED, COL_NAME, CurriculumModel
from views.dialogs import CourseDialog, ModuleDialog, ProgrammeDialog
from views.empty_state import FILLED, NO_COURSES, NO_MODULES, NO_PROGRAMME, EmptyState, words
from views.fields import ElidedComboBox
from views.i18n import fmt, tr_msg
from views.layout import size_columns
from views.list_models import ChoiceListModel
from views.live_store import LiveStore
from views.prompts import Prompts, attempt
from views.qt import (
    QAbstractItemView,
    QAction,
    QComboBox,
    QHBoxLayout,
    QKeySequence,
    QMenu,
    QModelIndex,
    QStackedWidget,
    QToolBar,
    QToolButton,
    Qt,
    QTreeView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from views.tree_base import Node

EXPAND_ALL = 300  # modules: a bigger curriculum opens with its courses folded, so the tree stays quick


NARROW = 280  # below this width the Hours column gives its room to the names (hours stay in the tooltip)


class CurriculumPane(QWidget):
    # What there is to show: NO_PROGRAMME, NO_COURSES, NO_MODULES or FILLED, and the programme's name.
    emptiness_changed = Signal(str, str)

    def __init__(self, ctx: ViewContext, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.prompts = ctx, prompts
        self.programmes = ChoiceListModel(self)
        self.chooser = ElidedComboBox(self)
        self.chooser.setObjectName("programmeChooser")
        self.chooser.setModel(self.programmes)
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setMinimumContentsLength(8)
        self.model = CurriculumModel(self._edit_inline, self._move_to, self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("curriculumTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        size_columns(self.tree, COL_NAME, {COL_HOURS: 34, COL_MAPPED: 34})
        self._make_actions()

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.chooser, 1)
        top.addWidget(self._button(self.act_new_programme))
        # A toolbar, not a row of buttons: it folds into » when the dock is narrow.
        bar = QToolBar(self)
        bar.setObjectName("curriculumToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addActions([self.act_add_course, self.act_add_module, self.act_edit, self.act_delete,
                        self.act_up, self.act_down])
        self.empty = EmptyState("curriculumEmpty", self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)
        self.emptiness = FILLED
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(bar)
        layout.addWidget(self.stack, 1)

        self.chooser.currentIndexChanged.connect(self._on_chosen)
        self.tree.selectionModel().currentChanged.connect(self._on_current)
        self.store = LiveStore.of(ctx)
        self._first_module = False  # select the first module once the programme has loaded
        self.store.staged.connect(self._on_stage)
        self.store.updated.connect(self._on_updated)
        ctx.changed.connect(self._on_changed)
        ctx.programme_changed.connect(self._on_programme)
        ctx.module_selected.connect(self._follow_module)
        self.set_readonly(ctx.workspace.readonly)
        self.reload_programmes()
        self.reload()

    def _make_actions(self) -> None:
        def make(text: str, slot, shortcut=None, name: str = "") -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            return act

        self.act_new_programme = make(self.tr("&New programme…"), self.add_programme, name="newProgramme")
        self.act_edit_programme = make(self.tr("Edit &programme…"), self.edit_programme, name="editProgramme")
        self.act_delete_programme = make(self.tr("Delete pro&gramme…"), self.delete_programme,
                                         name="deleteProgramme")
        self.act_add_course = make(self.tr("Add &course…"), self.add_course, "Ctrl+Shift+N", "addCourse")
        self.act_add_module = make(self.tr("Add &module…"), self.add_module, "Ctrl+M", "addModule")
        self.act_edit = make(self.tr("&Edit…"), self.edit_selected, "Ctrl+E", "editSelected")
        self.act_delete = make(self.tr("&Delete…"), self.delete_selected, name="deleteSelected")
        self.act_up = make(self.tr("Move &up"), lambda: self.move_selected(-1), "Ctrl+Up", "moveUp")
        self.act_down = make(self.tr("Move do&wn"), lambda: self.move_selected(+1), "Ctrl+Down", "moveDown")
        # Short labels for the pane's own toolbar.
        self.act_add_course.setIconText(self.tr("+ Course"))
        self.act_add_module.setIconText(self.tr("+ Module"))
        self.act_new_programme.setIconText(self.tr("+ Programme"))  # beside the chooser: leave it the room
        self.act_up.setIconText("↑")
        self.act_down.setIconText("↓")
        for act in (self.act_up, self.act_down):
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.tree.addAction(act)  # Ctrl+Up/Down move only while the tree has focus

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        narrow = self.width() < NARROW
        if self.tree.isColumnHidden(COL_HOURS) != narrow:
            self.tree.setColumnHidden(COL_HOURS, narrow)

    def menu_actions(self) -> list[QAction | None]:
        """For the window's Curriculum menu (None = separator)."""
        return [self.act_new_programme, self.act_edit_programme, self.act_delete_programme, None,
                self.act_add_course, self.act_add_module, self.act_edit, self.act_delete, None,
                self.act_up, self.act_down]

    def _button(self, act: QAction) -> QToolButton:
        b = QToolButton(self)
        b.setDefaultAction(act)
        b.setAutoRaise(True)
        return b

    def set_readonly(self, readonly: bool) -> None:
        self.model.editable = not readonly
        self._update_actions()

    def _update_actions(self) -> None:
        """Commands are enabled when they can act: an editable map, a programme, a selected row."""
        editable = not self.ctx.workspace.readonly
        programme = editable and bool(self.ctx.programme_id)
        selected = programme and self.tree.currentIndex().isValid()
        self.act_new_programme.setEnabled(editable)
        for act in (self.act_edit_programme, self.act_delete_programme, self.act_add_course, self.act_add_module):
            act.setEnabled(programme)
        for act in (self.act_edit, self.act_delete, self.act_up, self.act_down):
            act.setEnabled(selected)

    # ---- refresh ------------------------------------------------------------

    def reload_programmes(self) -> None:
        progs = self.ctx.read(list_programmes)
        keep = self.ctx.programme_id
        self.chooser.blockSignals(True)
        self.programmes.set_choices([(p.id, p.name, " · ".join(p.standards)) for p in progs])
        row = self.programmes.row_of(keep)
        if row < 0 and progs:
            row = 0
        self.chooser.setCurrentIndex(row)
        self.chooser.blockSignals(False)
        self.ctx.set_programme(self.programmes.id_at(row))  # the live model follows, and this pane with it

    def _on_programme(self, programme_id: int) -> None:
        # Chosen elsewhere too (undo bringing a programme back, the matrix).
        row = self.programmes.row_of(programme_id)
        if row >= 0 and row != self.chooser.currentIndex():
            self.chooser.blockSignals(True)
            self.chooser.setCurrentIndex(row)
            self.chooser.blockSignals(False)

    def _on_stage(self, stage: str) -> None:
        if stage == "curriculum":
            self.reload()

    def reload(self) -> None:
        """The live model was (re)loaded: every row, keeping what was selected."""
        current = self.current_node()
        ident = current.ident if current else None
        self.model.set_live(self.store.live)
        if len(self.model.live.modules) <= EXPAND_ALL:
            self.tree.expandAll()
        self._update_emptiness()
        if self._first_module and self.model.courses():
            self._first_module = False
            self.select_first_module()
            return
        if ident is not None:
            found = self.model.find(*ident)
            if found.isValid():
                self.tree.setCurrentIndex(found)
                return
        self._on_current(self.tree.currentIndex(), QModelIndex())

    def _on_updated(self, delta: Delta) -> None:
        current = self.current_node()
        ident = current.ident if current else None
        self.model.on_delta(delta)
        if delta.columns:
            if len(self.model.live.modules) <= EXPAND_ALL:
                for course in self.model.courses():  # new courses open, like the rest
                    self.tree.expand(self.model.find("course", course.id))
            if ident is not None and not self.tree.currentIndex().isValid():
                self._on_current(QModelIndex(), QModelIndex())  # what was selected is gone
        self._update_emptiness()  # the first course or module added, the last one deleted

    def _update_emptiness(self) -> None:
        courses = self.model.courses()
        state = (NO_PROGRAMME if not self.ctx.programme_id else FILLED if self.store.loading
                 else NO_COURSES if not courses else NO_MODULES if not self.model.live.modules else FILLED)
        name = self.model.live.programme_name or self.chooser.currentText()  # the live model knows it first
        self._update_actions()
        if state in (NO_PROGRAMME, NO_COURSES):
            title, text = words(state, name, wide=False)
            self.empty.show_state(title, text, [self.act_new_programme if state == NO_PROGRAMME
                                                else self.act_add_course])
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.tree)
        if (state, name) != (self.emptiness, getattr(self, "_empty_name", None)):
            self.emptiness, self._empty_name = state, name
            self.emptiness_changed.emit(state, name)

    def _on_changed(self, changes: Changes) -> None:
        if changes.programmes:
            self.reload_programmes()

    def _on_chosen(self, row: int) -> None:
        self.ctx.set_programme(self.programmes.id_at(row))

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        node = self.model.node_of(current) if current.isValid() else None
        self.ctx.module_selected.emit(node.data.id if node and node.kind == "module" else 0)

    def _follow_module(self, module_id: int) -> None:
        """Another pane chose a module: select it here too, so there is one selection."""
        node = self.current_node()
        if not module_id or (node is not None and node.kind == "module" and node.data.id == module_id):
            return
        index = self.model.find("module", module_id)
        if index.isValid():
            selection = self.tree.selectionModel()
            selection.blockSignals(True)  # it is already announced
            self.tree.setCurrentIndex(index)
            selection.blockSignals(False)
            self._update_actions()
            self.tree.scrollTo(index)
            self.tree.viewport().update()

    def current_node(self) -> Node | None:
        index = self.tree.currentIndex()
        return self.model.node_of(index) if index.isValid() else None

    def select(self, kind: str, ident: int) -> None:
        index = self.model.find(kind, ident)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def select_first_module(self) -> None:
        """Start where there is something to map, unless something is selected (once loaded)."""
        self._first_module = self.store.loading and not self.model.courses()
        if self.current_node() is None:
            for course in self.model.courses():
                if self.model.live.course_modules.get(course.id):
                    self.select("module", self.model.live.course_modules[course.id][0])
                    return

    def _context_menu(self, pos) -> None:
        menu = QMenu(self)
        for act in self.menu_actions()[4:]:
            menu.addSeparator() if act is None else menu.addAction(act)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    # ---- programmes ---------------------------------------------------------

    def add_programme(self) -> None:
        standards = [(s.id, f"{s.code} {s.name}", s.name) for s in self.ctx.read(list_standards)]
        if not standards:
            self.prompts.warn(self, self.tr("New programme"), self.tr("Import a standard first: a programme "
                                                                      "maps its curriculum onto a standard."))
            return
        dialog = ProgrammeDialog(standards, self)
        ok, pid = self._until_accepted(
            dialog, self.tr("New programme"),
            lambda v: undoable.create_programme(self.ctx, fmt(self.tr("New programme %1"), v["name"]), v["name"],
                                                dialog.standard_code(), v["description"]))
        if ok:
            self.choose(pid)

    def choose(self, pid: int) -> None:
        """Show programme ``pid`` (nothing happens if the map has no such programme)."""
        row = self.programmes.row_of(pid)
        if row >= 0:
            self.chooser.setCurrentIndex(row)

    def edit_programme(self) -> None:
        pid = self.ctx.programme_id
        prog = next((p for p in self.ctx.read(list_programmes) if p.id == pid), None)
        if prog is None:
            return
        def effect(scale: tuple[str, ...], threshold: int) -> str:
            return "\n".join(tr_msg(line) for line in self.ctx.read(settings_effect, pid, scale, threshold).lines())

        dialog = ProgrammeDialog([(0, " ".join(prog.standards), "")], self, name=prog.name,
                                 description=prog.description, scale=prog.scale, threshold=prog.threshold,
                                 effect=effect)
        if self.prompts.run_dialog(dialog):
            changed = {k: v for k, v in dialog.values().items() if v != getattr(prog, k)}
            if changed:
                attempt(self.prompts, self, self.tr("Edit programme"), undoable.update, self.ctx,
                        fmt(self.tr("Edit programme %1"), prog.name), "programme", pid, changed,
                        {k: getattr(prog, k) for k in changed})

    def delete_programme(self) -> None:
        pid = self.ctx.programme_id
        prog = next((p for p in self.ctx.read(list_programmes) if p.id == pid), None)
        if prog is None:
            return
        ok, preview = attempt(self.prompts, self, self.tr("Delete programme"), self.ctx.read, delete_preview,
                              "programme", pid)
        if not ok:
            return
        text = fmt(self.tr("Delete programme %1 with its %2 and all their modules and mappings?"),
                   prog.name, self.tr("%n courses", "", preview.courses))
        if self.prompts.confirm(self, self.tr("Delete programme"), text):
            attempt(self.prompts, self, self.tr("Delete programme"), undoable.delete, self.ctx,
                    fmt(self.tr("Delete programme %1"), prog.name), "programme", pid, preview.digest)

    # ---- courses and modules ------------------------------------------------

    def add_course(self) -> None:
        pid = self.ctx.programme_id
        if not pid:
            return
        node = self.current_node()
        course = node if node is None or node.kind == "course" else node.parent
        dialog = CourseDialog(self)
        position = course.row + 1 if course is not None else None
        ok, cid = self._until_accepted(
            dialog, self.tr("Add course"),
            lambda v: undoable.add_course(self.ctx, fmt(self.tr("Add course %1"), v["code"]), pid, v, position))
        if ok:
            self.select("course", cid)

    def add_module(self) -> None:
        if not self.ctx.programme_id:
            return
        node = self.current_node() or self._course_for_module()
        if node is None:
            return
        course = node if node.kind == "course" else node.parent
        position = node.row + 1 if node.kind == "module" else None
        dialog = ModuleDialog(self)
        ok, mid = self._until_accepted(
            dialog, self.tr("Add module"),
            lambda v: undoable.add_module(self.ctx, fmt(self.tr("Add module %1"), v["title"]), course.data.id, v,
                                          position))
        if ok:
            self.select("module", mid)

    def _course_for_module(self) -> Node | None:
        """Nothing selected: the programme's only course, the one the user picks, or, when it has
        none, a course the user adds first (a module belongs to a course)."""
        title = self.tr("Add module")
        courses = self.model.courses()
        if not courses:
            if not self.prompts.confirm(self, title, fmt(self.tr("%1 has no course yet, and a module belongs to a "
                                                                  "course. Add a course first?"),
                                                          self.chooser.currentText())):
                return None
            self.add_course()
            return self.current_node()  # the new course, if one was added
        if len(courses) == 1:
            chosen = courses[0]
        else:
            labels = [f"{c.code} {c.name}" for c in courses]
            label = self.prompts.choose(self, title, self.tr("Add the module to course:"), labels)
            if label is None:
                return None
            chosen = courses[labels.index(label)]
        return self.model.node_of(self.model.find("course", chosen.id))

    def edit_selected(self) -> None:
        node = self.current_node()
        if node is None:
            return
        d = node.data
        if node.kind == "course":
            dialog = CourseDialog(self, values={k: getattr(d, k) for k in
                                                ("code", "name", "credits", "hours", "year", "semester")})
        else:
            dialog = ModuleDialog(self, values={k: getattr(d, k) for k in ("title", "hours", "description")})
        label = self.tr("Edit course") if node.kind == "course" else self.tr("Edit module")

        def apply(values: dict) -> None:
            changed = {k: v for k, v in values.items() if v != getattr(d, k)}
            if changed:
                undoable.update(self.ctx, label, node.kind, d.id, changed, {k: getattr(d, k) for k in changed})

        self._until_accepted(dialog, label, apply)

    def _until_accepted(self, dialog, title: str, apply):
        """Show ``dialog`` until ``apply(values)`` is accepted or the user cancels.

        A refused change (a course code already used) warns, then shows the
        dialog again with everything the user typed still in it.
        """
        while self.prompts.run_dialog(dialog):
            ok, result = attempt(self.prompts, self, title, apply, dialog.values())
            if ok:
                return True, result
        return False, None

    def _edit_inline(self, kind: str, ident: int, values: dict) -> bool:
        label = self.tr("Edit course") if kind == "course" else self.tr("Edit module")
        shown = self.model.node_of(self.model.find(kind, ident)).data
        ok, _ = attempt(self.prompts, self, label, undoable.update, self.ctx, label, kind, ident, values,
                        {k: getattr(shown, k) for k in values})
        return ok

    def delete_selected(self) -> None:
        node = self.current_node()
        if node is None:
            return
        d = node.data
        ok, preview = attempt(self.prompts, self, self.tr("Delete"), self.ctx.read, delete_preview,
                              node.kind, d.id)
        if not ok:
            return
        if node.kind == "course":
            text = fmt(self.tr("Delete course %1 %2 and its %3 and %4?"), d.code, d.name,
                       self.tr("%n modules", "", preview.modules), self.tr("%n mappings", "", preview.mappings))
            undo_text = fmt(self.tr("Delete course %1"), d.code)
        else:
            text = fmt(self.tr("Delete module %1. %2 and its %3?"), d.number, d.title,
                       self.tr("%n mappings", "", preview.mappings))
            undo_text = fmt(self.tr("Delete module %1"), d.title)
        if self.prompts.confirm(self, self.tr("Delete"), text):
            attempt(self.prompts, self, self.tr("Delete"), undoable.delete, self.ctx, undo_text,
                    node.kind, d.id, preview.digest)

    def move_selected(self, step: int) -> None:
        node = self.current_node()
        if node is None:
            return
        siblings = node.parent.children
        position = node.row + step
        if not 0 <= position < len(siblings):
            return
        course_id = node.parent.data.id if node.kind == "module" else None
        self._move_to(node.kind, node.data.id, position, course_id)

    def _move_to(self, kind: str, ident: int, position: int, course_id: int | None) -> bool:
        text = self.tr("Move course") if kind == "course" else self.tr("Move module")
        node = self.model.node_of(self.model.find(kind, ident))
        seen = (node.data.course_id if kind == "module" else 0, node.row)  # where the user saw it
        ok, _ = attempt(self.prompts, self, text, undoable.move, self.ctx, text, kind, ident, position,
                        course_id, seen)
        if ok:
            self.select(kind, ident)
        return ok

