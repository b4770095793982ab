"""Start the GUI: QApplication, translations, the exception hook, the window,
and ``--screenshot`` (paint once, save a PNG, exit)."""
from __future__ import annotations

import sys
import threading
from collections.abc import Callable

from app.lazy import load_operations
from app.paths import default_database
from app.version import __version__
from views.errors_dialog import ExceptionHook
from views.i18n import choose_language, install_translators, remove_translators
from views.main_window import MainWindow
from views.prompts import Prompts
from views.qt import QApplication, QEvent, QEventLoop, QObject, QTimer, QWidget
from views.settings import APPLICATION, ORGANISATION, user_settings
from views.shell import Shell


def _show_pane(name: str) -> Callable[[MainWindow], None]:
    def show(win: MainWindow) -> None:
        win.show_tab(win.panes[name])
    return show


def _show_mapping(win: MainWindow) -> None:
    win.show_tab(win.mapping)
    win.mapping.select_first_mapped()  # so the details pane shows the reverse view too


def _show_standard(win: MainWindow) -> None:
    win.standard_dock.raise_()
    tree = win.standard.tree
    first_task = next((n for n in win.standard.model.iter_nodes() if n.kind == "task"), None)
    if first_task is not None:
        win.standard.select("task", first_task.data.id)
    tree.setFocus()


def _show_curriculum(win: MainWindow) -> None:
    win.curriculum_dock.raise_()
    win.curriculum.tree.setFocus()


# --view NAME -> how to show it. The matrix and gaps panes add theirs below.
SCREENSHOT_VIEWS: dict[str, Callable[[MainWindow], None]] = {
    "mapping": _show_mapping,
    "standard": _show_standard,
    "curriculum": _show_curriculum,
    "matrix": _show_pane("matrix"),
    "gaps": _show_pane("gaps"),
}

class ConsolePrompts(Prompts):
    """For --screenshot: nobody is there to answer, so say it on stderr."""

    def warn(self, parent, title: str, text: str) -> None:
        print(f"curmap: {title}: {text}", file=sys.stderr)

    def confirm(self, parent, title: str, text: str) -> bool:
        return False


class _PaintWatcher(QObject):
    """Calls back once the window has been painted."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            QTimer.singleShot(0, then)  # after this paint completes
        return False


def _warm_up() -> None:
    # The ORM loads off the GUI thread while the user looks at the window.
    threading.Thread(target=load_operations, name="curmap-warm-up", daemon=True).start()


def save_screenshot(win: MainWindow, path: str) -> int:
    # A local loop, not app.exec(): quitting the application's loop would end
    # every later exec() in the same process (a test's dialogs, for one).
    loop = QEventLoop()
    result = {"code": None}

    def capture() -> None:
        if result["code"] is not None:
            return
        QApplication.processEvents()
        result["code"] = 0 if win.grab().save(path, "PNG") else 1
        if result["code"]:
            print(f"curmap: cannot write {path}", file=sys.stderr)
        loop.quit()

    _PaintWatcher(win, capture)
    QTimer.singleShot(5000, capture)  # never hang if no paint event comes
    win.update()
    loop.exec()
    win.close()
    return result["code"]


def run(db: str | None, *, screenshot: str | None = None, view: str | None = None,
        after_paint: Callable[[], None] | None = None) -> int:
    """Open the window on ``db``; ``after_paint`` runs once it is first painted."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    lang = choose_language()
    translators = install_translators(app, lang)
    prompts = ConsolePrompts() if screenshot else Prompts()
    shell = Shell(user_settings(), prompts, lang=lang, persist=not screenshot)
    hook = ExceptionHook(prompts, lambda: shell.window)
    hook.install()
    stop_handling = lambda: None  # noqa: E731 - termination signals, once the window runs
    try:
        win = shell.open(db or default_database())
        if win is None:
            return 1
        if after_paint is not None:
            _PaintWatcher(win, after_paint)
        if not screenshot:
            _PaintWatcher(win, _warm_up)
        if not screenshot:
            from views import termination

            stop_handling = termination.install(app, shell)
        if screenshot:
            name = view or "mapping"
            if name not in SCREENSHOT_VIEWS:
                print(f"curmap: unknown view {name!r} (known: {', '.join(sorted(SCREENSHOT_VIEWS))})",
                      file=sys.stderr)
                win.close()
                return 2
            SCREENSHOT_VIEWS[name](win)
            return save_screenshot(win, screenshot)
        return app.exec()
    finally:
        stop_handling()
        hook.uninstall()
        remove_translators(app, translators)
