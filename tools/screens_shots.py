"""The shots tools/screens.py takes, in one process for one language and one screen size."""
from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from views.prompts import Prompts


class ShotPrompts(Prompts):
    """Nobody answers: every dialog is photographed, then cancelled."""

    def __init__(self, shoot: Callable[[str, object], None]) -> None:
        self.shoot = shoot
        self.name = "dialog"

    def confirm(self, parent, title, text):
        return False

    def warn(self, parent, title, text):
        print(f"  warning: {title}: {text}", file=sys.stderr)

    inform = warn

    def about(self, parent, title, html):
        from views.qt import QMessageBox

        box = QMessageBox(parent)
        box.setWindowTitle(title)
        box.setText(html)
        box.setIconPixmap(box.windowIcon().pixmap(64, 64))
        self.shoot(self.name, box)
        box.deleteLater()

    def run_dialog(self, dialog) -> bool:
        from views.qt import QWizard

        if isinstance(dialog, QWizard):
            dialog.show()
            for n in range(len(dialog.pageIds())):
                self.shoot(f"{self.name}-{n + 1}", dialog)
                dialog.next()
        else:
            self.shoot(self.name, dialog)
        dialog.reject()
        return False


def take_all(out: Path, lang: str, size: str, only: list[str]) -> int:
    from tests.versions_data import import_v3
    from views.i18n import install_translators
    from views.qt import QApplication
    from views.settings import file_settings
    from views.shell import Shell

    from app.workspace import Workspace

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translators(app, lang)
    width, height = (int(v) for v in size.split("x"))
    tmp = Path(tempfile.mkdtemp(prefix="curmap-screens-"))
    written: list[str] = []

    def wanted(name: str) -> bool:
        return not only or any(name.startswith(o) for o in only)

    def shoot(name: str, widget) -> None:
        if not wanted(name):
            return
        widget.show()
        for _ in range(3):
            app.processEvents()
        path = out / f"{lang}-{size}-{name}.png"
        widget.grab().save(str(path))
        written.append(path.name)

    try:
        db = tmp / "map.db"
        ws = Workspace.open(db)
        import_v3(ws)  # for the compare view and the wizard
        ws.close()
        prompts = ShotPrompts(shoot)
        shell = Shell(file_settings(tmp / "settings.ini"), prompts, lang=lang, persist=True)
        win = shell.open(db)
        app.processEvents()
        shoot("first-window", win)  # as the window sizes itself on this screen
        win.resize(width, height)  # then filling the screen
        _window_shots(win, shoot, prompts, app)
        _dialog_shots(win, shoot, prompts, app)
        _empty_shots(shell, win, shoot, tmp)
        if shell.window is not None:
            shell.window.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"  {len(written)} shots", file=sys.stderr)
    return 0


def _window_shots(win, shoot, prompts, app) -> None:
    from views.application import SCREENSHOT_VIEWS

    SCREENSHOT_VIEWS["mapping"](win)
    shoot("mapping", win)
    SCREENSHOT_VIEWS["standard"](win)
    shoot("standard-task", win)
    shoot("details-task", win.standard.details)
    for name in ("matrix", "gaps"):
        SCREENSHOT_VIEWS[name](win)
        shoot(name, win)
        pane = win.panes[name].pane
        toggles = [b for b in pane.findChildren(_toolbutton()) if b.isCheckable() and b.isVisible()]
        if name == "matrix" and toggles:  # the other view of the matrix (tasks or items)
            for b in toggles:
                if not b.isChecked():
                    b.click()
                    app.processEvents()
                    shoot(f"{name}-{b.objectName() or 'other'}", win)
                    break
    win.show_tab(win.mapping)
    for top in win.menuBar().actions():
        menu = top.menu()
        menu.aboutToShow.emit()
        menu.popup(win.mapToGlobal(win.rect().topLeft()))
        shoot(f"menu-{_plain(top.text())}", menu)
        menu.hide()


def _dialog_shots(win, shoot, prompts, app) -> None:
    cur = win.curriculum
    for name, act in (("dialog-new-programme", cur.act_new_programme), ("dialog-edit-programme",
                                                                        cur.act_edit_programme),
                      ("dialog-new-course", cur.act_add_course), ("dialog-new-module", cur.act_add_module)):
        prompts.name = name
        act.trigger()
    prompts.name = "dialog-edit-course"
    course = cur.model.courses()[0]
    cur.select("course", course.id)
    cur.act_edit.trigger()
    prompts.name = "dialog-about"
    win.act_about.trigger()
    shoot("dialog-shortcuts", _shown(win.show_shortcuts, win, "shortcuts_dialog"))
    win.show_guide()
    shoot("dialog-guide", win.guide_window)
    win.guide_window.close()
    win.act_compare.trigger()
    shoot("dialog-compare", win.versions.compare_dialog)
    win.versions.compare_dialog.close()
    prompts.name = "dialog-wizard"
    win.act_migrate.trigger()
    from views.errors_dialog import ErrorReportDialog, make_report

    try:
        raise RuntimeError("an example of a bug")
    except RuntimeError as exc:
        report = make_report(type(exc), exc, exc.__traceback__)
    dialog = ErrorReportDialog(report, Path("/home/user/.local/state/curmap/curmap-errors.log"), win)
    shoot("dialog-error-report", dialog)
    dialog.close()


def _empty_shots(shell, win, shoot, tmp: Path) -> None:
    from app.curriculum.ops import create_programme

    # A long programme name in the chooser: it must end with …, not be cut mid-word.
    long_id = win.ctx.workspace.perform(create_programme, "Digital Marketing Programme for Retail Specialists",
                                        ["KRM2431-001v2"])
    win.curriculum.reload_programmes()
    win.curriculum.choose(long_id)
    shoot("long-programme-name", win.curriculum)
    pid = win.ctx.workspace.perform(create_programme, "Empty programme", ["KRM2431-001v2"])
    win.curriculum.reload_programmes()
    win.curriculum.choose(pid)
    shoot("empty-programme", win)
    size = win.size()
    empty = shell.open(tmp / "empty.db", True, sample=False)
    empty.resize(size)
    shoot("empty-map", empty)


def _shown(show, win, attr):
    show()
    return getattr(win, attr)


def _toolbutton():
    from views.qt import QToolButton

    return QToolButton


def _plain(text: str) -> str:
    from views.i18n import without_mnemonic

    return without_mnemonic(text).lower().replace(" ", "-")
