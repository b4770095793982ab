"""The main window: menus, toolbar, docks and status bar around the panes."""
from __future__ import annotations

from collections.abc import Callable
from html import escape

from app.maps.files import about
from app.workspace import Workspace
from views.actions import FileActions
from views.drops import DropHandler
from views.empty_state import FILLED, NO_COURSES, NO_MODULES, NO_PROGRAMME, EmptyState, words
from views.export_notice import ExportNotice
from views.report_actions import ReportActions
from views.context import ViewContext
from views.curriculum_pane import CurriculumPane
from views.i18n import ENGLISH, fmt, rendered, tidy_button_texts, unbroken, without_mnemonic
from views.live_store import LiveStore
from views.mapping_editor import MappingEditor
from views.prompts import Prompts
from views.qt import (
    PYSIDE_VERSION,
    QAction,
    QApplication,
    QDockWidget,
    QEvent,
    QIcon,
    QKeySequence,
    QLabel,
    QMainWindow,
    QMenu,
    QSettings,
    QStackedWidget,
    QStyle,
    Qt,
    QTabWidget,
    QTimer,
    QToolBar,
    QWidget,
    qVersion,
)
from views.settings import (
    GEOMETRY,
    REPORT_TABLES,
    STATE,
    STATE_VERSION,
    add_recent,
    clear_recent,
    flag,
    place_of,
    recent_labels,
    recent_maps,
    save_place,
)
from views.standard_pane import StandardPane
from views.versions.actions import VersionActions
from views.window_layout import CENTRAL_MIN, SidePanes, first_geometry
OpenMap = Callable[..., object]  # (path, create, sample=…) -> the new window or None


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, settings: QSettings, prompts: Prompts, *,
                 open_map: OpenMap | None = None, lang: str = ENGLISH, persist: bool = True) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings, self.prompts, self.persist = settings, prompts, persist
        self.ctx = ViewContext(workspace, self)
        self.ctx.undo_refused.connect(self._undo_refused)
        self.live = LiveStore.of(self.ctx)  # before the panes: it hears of every change first
        self.files = FileActions(self, self.ctx, prompts, settings, open_map or (lambda p, c, **_: None), lang)
        self.reports = ReportActions(self, self.files)
        self.versions = VersionActions(self, self.ctx, prompts, settings, lang)
        self.readonly = workspace.readonly
        self._closed = False

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("centralTabs")
        self.tabs.setDocumentMode(True)
        # An explicit minimum: a wide pane's own minimum must not squeeze the docks.
        self.tabs.setMinimumWidth(CENTRAL_MIN)
        # Until the programme has a module to map, the centre says how to get there instead.
        self.central = QStackedWidget(self)
        self.central.setObjectName("central")
        self.central_empty = EmptyState("centralEmpty", self)
        self.central.addWidget(self.tabs)
        self.central.addWidget(self.central_empty)
        self.setCentralWidget(self.central)
        self.panes: dict[str, QWidget] = {}  # tab name -> pane, for --view and the hooks
        self.tab_actions: list[QAction] = []  # View ▸ 1 Mapping… (Ctrl+1…), one per tab
        self.mapping = MappingEditor(self.ctx, self)
        self.add_pane_tab(self.mapping, self.tr("Mapping"), "mapping")
        self.curriculum = CurriculumPane(self.ctx, prompts, self)
        self.standard = StandardPane(self.ctx, self)
        self.curriculum_dock = self._dock(self.curriculum, self.tr("Curriculum"), "curriculumDock",
                                          Qt.DockWidgetArea.LeftDockWidgetArea)
        self.standard_dock = self._dock(self.standard, self.tr("Standard"), "standardDock",
                                        Qt.DockWidgetArea.RightDockWidgetArea)
        self.export_notice = ExportNotice(self)
        self.statusBar().addWidget(self.export_notice)
        self.coverage_label = QLabel(self)
        self.coverage_label.setObjectName("coverageSummary")
        self.statusBar().addPermanentWidget(self.coverage_label)
        if self.readonly:
            badge = QLabel(self.tr("Read-only"), self)
            badge.setObjectName("readonlyBadge")
            why = workspace.readonly_message
            badge.setToolTip(rendered(why) if why else "")
            self.statusBar().addPermanentWidget(badge)

        self.drops = DropHandler(self, self.files)
        self.setAcceptDrops(True)
        self.side_panes = SidePanes(self, [self.curriculum_dock, self.standard_dock])
        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self.curriculum.emptiness_changed.connect(self._show_emptiness)
        self._show_emptiness(self.curriculum.emptiness, self.curriculum.chooser.currentText())
        self._update_title()
        self.ctx.bridge.elsewhere.connect(self._changed_elsewhere)
        self.live.reset.connect(self.update_status)
        self.live.updated.connect(lambda _delta: self.update_status())
        self.live.loading_changed.connect(lambda _on: self.update_status())
        self.update_status()
        screen = self.screen()
        if screen is not None:
            self.setGeometry(first_geometry(screen.availableGeometry()))
        self._default_state = self.saveState(STATE_VERSION)  # for View ▸ Reset layout
        self._layout_restored = persist and self.restore_layout()
        self.curriculum.select_first_module()
        if self.readonly and workspace.readonly_message:  # say why, once, where the user looks
            self.statusBar().showMessage(rendered(workspace.readonly_message), 15000)

    # ---- building -------------------------------------------------------------

    def add_pane_tab(self, widget: QWidget, title: str, name: str | None = None) -> int:
        """The hook for more central panes (the coverage matrix, the gaps list).

        Each tab gets a View menu command, ``&N title`` with Ctrl+N for the first nine."""
        if name:
            self.panes[name] = widget
        index = self.tabs.addTab(widget, title)
        n = len(self.tab_actions) + 1
        act = QAction(f"&{n} {title}" if n < 10 else title, self)
        act.setObjectName(f"showTab{n}")
        if n < 10:
            act.setShortcut(QKeySequence(f"Ctrl+{n}"))
        act.triggered.connect(lambda _checked=False, w=widget: self.show_tab(w))
        self.tab_actions.append(act)
        if hasattr(self, "view_menu"):  # a tab added once the menus are built
            self.view_menu.addAction(act)
        return index

    def show_tab(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(widget)

    def _dock(self, widget: QWidget, title: str, name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        return dock

    def _action(self, text: str, slot, shortcut=None, name: str = "", icon: QStyle.StandardPixmap | None = None,
                edits: bool = False) -> QAction:
        act = QAction(text, self)
        act.setObjectName(name)
        if shortcut is not None:
            act.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
        if icon is not None:
            act.setIcon(self.style().standardIcon(icon))
        act.triggered.connect(slot)
        if edits and self.readonly:
            act.setEnabled(False)
        return act

    def _make_actions(self) -> None:
        key, sp = QKeySequence.StandardKey, QStyle.StandardPixmap
        f = self.files
        self.act_new = self._action(self.tr("&New map…"), f.new_map, key.New, "newMap", sp.SP_FileIcon)
        self.act_open = self._action(self.tr("&Open…"), f.open_map, key.Open, "openMap", sp.SP_DialogOpenButton)
        self.act_save_copy = self._action(self.tr("Save a &copy as…"), f.save_copy, key.SaveAs, "saveCopy",
                                          sp.SP_DialogSaveButton)
        self.act_import_standard = self._action(self.tr("&Import standard…"), f.import_standard, "Ctrl+I",
                                                name="importStandard", edits=True)
        self.act_export = self._action(self.tr("&Export coverage workbook…"), f.export_workbook, "Ctrl+Shift+E",
                                       name="exportWorkbook")
        r = self.reports
        self.act_print = self._action(self.tr("&Print coverage report…"), r.print_report, key.Print, "print")
        self.act_preview = self._action(self.tr("Print pre&view…"), r.preview_report, name="printPreview")
        self.act_export_pdf = self._action(self.tr("Export report as P&DF…"), r.export_pdf, "Ctrl+Shift+P",
                                           "exportPdf")
        self.act_compare = self._action(self.tr("Compare st&andards…"), lambda: self.versions.compare(),
                                        name="compareStandards")
        self.act_migrate = self._action(self.tr("Carry programme to a ne&w version…"),
                                        lambda: self.versions.migrate(), name="migrateProgramme", edits=True)
        self.act_report_tables = QAction(self.tr("Include iCAP &report tables (表1, 表3) in exports"), self)
        self.act_report_tables.setObjectName("reportTables")
        self.act_report_tables.setCheckable(True)
        self.act_report_tables.setChecked(flag(self.settings, REPORT_TABLES))
        self.act_report_tables.toggled.connect(lambda on: self.settings.setValue(REPORT_TABLES, on))
        self.act_import_workbook = self._action(self.tr("Import c&urriculum workbook…"), f.import_workbook,
                                                "Ctrl+Shift+I", name="importWorkbook", edits=True)
        self.act_save_template = self._action(self.tr("Save curriculum workbook &template…"), f.save_template,
                                              name="saveTemplate")
        self.act_quit = self._action(self.tr("&Quit"), self.close, key.Quit, "quit")
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)

        stack = self.ctx.undo_stack
        self.act_undo = stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setObjectName("undo")
        self.act_undo.setShortcuts(QKeySequence.keyBindings(key.Undo))
        self.act_undo.setIcon(QIcon.fromTheme("edit-undo", self.style().standardIcon(sp.SP_ArrowBack)))
        self.act_redo = stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setObjectName("redo")
        redo = QKeySequence.keyBindings(key.Redo)
        for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):
            if QKeySequence(extra) not in redo:
                redo.append(QKeySequence(extra))
        self.act_redo.setShortcuts(redo)
        self.act_redo.setIcon(QIcon.fromTheme("edit-redo", self.style().standardIcon(sp.SP_ArrowForward)))
        # The toolbar says only "Undo"/"Redo" (it would jump sideways as the command's name
        # changes length); the menu and the tooltip name the command.
        for act, short in ((self.act_undo, self.tr("Undo")), (self.act_redo, self.tr("Redo"))):
            act.setIconText(short)
            act.changed.connect(lambda a=act: _tooltip_names_command(a))
            _tooltip_names_command(act)
        self.act_delete = self._action(self.tr("&Delete"), self.delete_selected, key.Delete, "delete",
                                       edits=True)
        self.act_find = self._action(self.tr("&Find"), self.find, key.Find, "find")
        self.act_reset_layout = self._action(self.tr("Reset &layout"), self.reset_layout, name="resetLayout")
        self.act_guide = self._action(self.tr("curmap &guide"), self.show_guide, key.HelpContents, "guide")
        self.act_shortcuts = self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts, name="shortcuts")
        self.act_refresh = self._action(self.tr("&Refresh"), self.refresh, key.Refresh, "refresh")
        self.act_about = self._action(self.tr("&About curmap"), self.show_about, name="about")
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        m = bar.addMenu(self.tr("&File"))
        m.addActions([self.act_new, self.act_open, self.act_save_copy])
        self.recent_menu = m.addMenu(self.tr("Recent &maps"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()
        m.addSeparator()
        m.addActions([self.act_import_standard, self.act_compare, self.act_migrate])
        m.addSeparator()
        m.addActions([self.act_export, self.act_report_tables, self.act_import_workbook, self.act_save_template])
        m.addSeparator()
        m.addActions([self.act_print, self.act_preview, self.act_export_pdf])
        m.addSeparator()
        m.addAction(self.act_quit)
        m = bar.addMenu(self.tr("&Edit"))
        m.addActions([self.act_undo, self.act_redo])
        m.addSeparator()
        m.addActions([self.act_delete, self.act_find])
        m = bar.addMenu(self.tr("&Curriculum"))
        for act in self.curriculum.menu_actions():
            m.addSeparator() if act is None else m.addAction(act)
        self.view_menu = bar.addMenu(self.tr("&View"))
        # With access keys (a dock's own toggle is named after its bare title).
        self.curriculum_dock.toggleViewAction().setText(self.tr("&Curriculum pane"))
        self.standard_dock.toggleViewAction().setText(self.tr("&Standard pane"))
        self.view_menu.addActions([self.curriculum_dock.toggleViewAction(), self.standard_dock.toggleViewAction()])
        m = bar.addMenu(self.tr("&Help"))
        m.addActions([self.act_guide, self.act_shortcuts])
        m.addSeparator()
        m.addAction(self.act_about)

    def _make_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"), self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addActions([self.act_open, self.act_undo, self.act_redo])
        bar.addSeparator()
        bar.addActions([self.curriculum.act_add_course, self.curriculum.act_add_module])
        bar.addSeparator()
        bar.addActions([self.act_import_standard, self.act_export])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        bar.toggleViewAction().setText(self.tr("Main &toolbar"))
        self.view_menu.addAction(bar.toggleViewAction())
        self.view_menu.addAction(self.act_reset_layout)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.act_refresh)
        self.view_menu.addSeparator()
        self.view_menu.addActions(self.tab_actions)

    def _fill_recent(self) -> None:
        menu: QMenu = self.recent_menu
        menu.clear()
        paths = recent_maps(self.settings)
        for n, (path, label) in enumerate(zip(paths, recent_labels(paths)), start=1):
            act = menu.addAction(f"&{n} {label.replace('&', '&&')}")
            act.setToolTip(path)
            act.setData(path)
            act.triggered.connect(lambda _checked=False, p=path: self.files.open_path(p))
        if paths:
            menu.addSeparator()
        clear = menu.addAction(self.tr("&Clear list"))
        clear.setEnabled(bool(paths))
        clear.triggered.connect(lambda: clear_recent(self.settings))

    # ---- state ------------------------------------------------------------------

    def _update_title(self) -> None:
        name = self.ctx.workspace.name
        if self.readonly:
            name = fmt(self.tr("%1 [read-only]"), name)
        self.setWindowTitle(f"{name} — curmap")
        path = self.ctx.workspace.path
        if path is not None:
            self.setWindowFilePath(str(path))

    def _show_emptiness(self, state: str, programme: str) -> None:
        if state == FILLED:
            self.central.setCurrentWidget(self.tabs)
            return
        cur = self.curriculum
        actions = {NO_PROGRAMME: [cur.act_new_programme], NO_COURSES: [cur.act_add_course, self.act_import_workbook],
                   NO_MODULES: [cur.act_add_module]}[state]
        self.central_empty.show_state(*words(state, programme, wide=True), actions)
        self.central.setCurrentWidget(self.central_empty)

    def update_status(self) -> None:
        """The programme's coverage in a line, from the live model (no reading)."""
        live = self.live.live
        if not live.programme_id:
            self.coverage_label.setText(self.tr("No programme"))
            return
        if self.live.loading and not live.trees:
            self.coverage_label.setText(fmt(self.tr("Loading %1…"), live.programme_name))
            return
        s = live.summary()
        self.coverage_label.setText(fmt(self.tr("Items %1/%2 covered · Tasks %3 covered, %4 partly, %5 not (of %6)"),
                                        s.items_covered, s.items_total, s.tasks_covered, s.tasks_partial,
                                        s.tasks_uncovered, s.tasks_total))

    def refresh(self) -> None:
        """View ▸ Refresh: read the whole map again (others' changes show by themselves within seconds)."""
        self.ctx.bridge.refresh()
        self.statusBar().showMessage(self.tr("Read the map again"), 5000)

    def _changed_elsewhere(self, what) -> None:
        if what.who:
            text = fmt(self.tr("Changes made elsewhere by %1 are now shown"), ", ".join(what.who))
        else:
            text = self.tr("The map was changed by another program; everything was read again")
        self.statusBar().showMessage(text, 8000)

    def restore_layout(self) -> bool:
        geometry, state = self.settings.value(GEOMETRY), self.settings.value(STATE)
        if geometry is not None:
            self.restoreGeometry(geometry)
        return state is not None and self.restoreState(state, STATE_VERSION)

    def adopt_layout(self, geometry, state) -> None:
        """Take over the layout of the window this one replaces."""
        self.restoreGeometry(geometry)
        self._layout_restored = self.restoreState(state, STATE_VERSION)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        tidy_button_texts(self)  # the panes' toolbars included, once they are all in
        if not self._layout_restored:  # first run: the side panes at their shares of the width
            self._layout_restored = True
            self.side_panes.reset()
        elif not self.side_panes.shares:  # a restored layout: its widths, once laid out, are the shares
            QTimer.singleShot(0, self.side_panes.remember)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease:  # perhaps the end of dragging a pane's edge
            self.side_panes.remember()
        return super().event(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.side_panes.resized(event.oldSize().width(), event.size().width())

    def reset_layout(self) -> None:
        """View ▸ Reset layout: both side panes docked where they started, shown, at their first
        widths; the toolbar back."""
        self.restoreState(self._default_state, STATE_VERSION)
        for dock in (self.curriculum_dock, self.standard_dock):
            dock.setFloating(False)
            dock.show()
        self.side_panes.reset()

    def save_layout(self) -> None:
        self.settings.setValue(GEOMETRY, self.saveGeometry())
        self.settings.setValue(STATE, self.saveState(STATE_VERSION))
        path = self.ctx.workspace.path
        if path is not None:
            add_recent(self.settings, path)
            self.save_place(path)
        self.settings.sync()

    def _tab_name(self) -> str:
        return next((name for name, w in self.panes.items() if w is self.tabs.currentWidget()), "")

    def save_place(self, path) -> None:
        node = self.curriculum.current_node()
        module = node.data.id if node is not None and node.kind == "module" else 0
        save_place(self.settings, path, self.ctx.programme_id, module, self._tab_name())

    def restore_place(self) -> None:
        """Back where the user left this map: its programme, module and tab (each if still there)."""
        path = self.ctx.workspace.path
        place = place_of(self.settings, path) if path is not None else None
        if place is None:
            return
        programme, module, tab = place
        self.curriculum.choose(programme)
        if module:
            self.curriculum.select("module", module)
        if tab in self.panes:
            self.show_tab(self.panes[tab])

    def closeEvent(self, event) -> None:
        if not self._closed:
            self._closed = True
            if self.persist:
                self.save_layout()
            self.ctx.detach()
            self.ctx.workspace.close()
        super().closeEvent(event)

    # ---- commands ---------------------------------------------------------------

    def delete_selected(self) -> None:
        """Edit ▸ Delete acts where the focus is: unmap items, or delete a course or module."""
        focus = QApplication.focusWidget()
        if focus is None:
            return
        pane = self.current_pane()
        if self.curriculum.isAncestorOf(focus):
            self.curriculum.delete_selected()
        elif pane is not None and pane.isAncestorOf(focus) and hasattr(pane, "delete_selected"):
            pane.delete_selected()

    def find(self) -> None:
        """Edit ▸ Find: the search box of the tab on show, else the mapping editor's filter."""
        pane = self.current_pane()
        if pane is None or not hasattr(pane, "focus_search"):
            self.show_tab(self.mapping)
            pane = self.mapping
        pane.focus_search()

    def _undo_refused(self, reason: str, undoing: bool) -> None:
        title = self.tr("Cannot undo") if undoing else self.tr("Cannot redo")
        self.prompts.warn(self, title, fmt(self.tr("%1\n\nThat step was taken off the undo history; "
                                                   "the steps before and after it are still there."), reason))

    def current_pane(self) -> QWidget | None:
        widget = self.tabs.currentWidget()
        return getattr(widget, "pane", widget)  # a LazyPane holds the real one

    def show_guide(self) -> None:
        from views.help import show_guide

        show_guide(self, self.files.lang)

    def show_shortcuts(self) -> None:
        from views.help import show_shortcuts

        show_shortcuts(self)

    def dragEnterEvent(self, event) -> None:
        self.drops.enter(event)

    def dropEvent(self, event) -> None:
        self.drops.drop(event)

    def show_about(self) -> None:
        versions = {"curmap": about()["curmap"], "Qt": qVersion(), "PySide6": PYSIDE_VERSION,
                    self.tr("Database schema"): about()["schema"]}
        rows = "".join(f"<tr><td>{escape(k)}&nbsp;&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in versions.items())
        text = self.tr("Map a curriculum onto an occupational competency standard (iCAP 職能基準) "
                       "and see what it covers.")
        text = unbroken(escape(text))
        self.prompts.about(self, self.tr("About curmap"), f"<h3>curmap</h3><p>{text}</p><table>{rows}</table>")


def _tooltip_names_command(act: QAction) -> None:
    """The undo/redo tooltip: the full menu text ("Undo Add course MKT101"), without its access key."""
    try:
        tip = without_mnemonic(act.text())
        if act.toolTip() != tip:
            act.setToolTip(tip)
    except RuntimeError:  # the action is going away with its undo stack
        pass
