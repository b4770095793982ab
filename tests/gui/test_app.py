"""The application around the window: the exception hook, --screenshot, the language."""
from __future__ import annotations

import sys

import pytest

from app.errors import CurmapError
from PySide6.QtGui import QImage

from views.qt import QApplication, Qt

pytestmark = pytest.mark.gui


def test_an_unexpected_error_is_reported_logged_and_survived(window, prompts, tmp_path, qtbot, monkeypatch):
    from views.errors_dialog import LOG_NAME, ExceptionHook

    hook = ExceptionHook(prompts, lambda: window)
    previous = sys.excepthook
    hook.install()
    try:
        assert sys.excepthook is hook
        try:
            raise ZeroDivisionError("a bug")
        except ZeroDivisionError:
            hook(*sys.exc_info())
        dialog = hook.dialogs[-1]
        qtbot.addWidget(dialog)
        assert dialog.isVisible()
        report = dialog.report.toPlainText()
        assert "ZeroDivisionError: a bug" in report and "curmap 0.1.0" in report
        assert dialog.report.isReadOnly()
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        assert QApplication.clipboard().text() == report
        from app.paths import log_dir

        assert "ZeroDivisionError: a bug" in (log_dir() / LOG_NAME).read_text(encoding="utf-8")
        # A user error is a plain warning, no report.
        hook(CurmapError, CurmapError("map.db: the map is locked"), None)
        assert prompts.warnings[-1] == ("curmap", "map.db: the map is locked")
        assert len(hook.dialogs) == 1
        assert window.isVisible()  # still running
    finally:
        hook.uninstall()
    assert sys.excepthook is previous


@pytest.mark.parametrize("view", ["mapping", "standard", "curriculum"])
def test_screenshot_writes_a_png(tmp_path, view):
    from views.application import run

    out = tmp_path / f"{view}.png"
    assert run(str(tmp_path / "map.db"), screenshot=str(out), view=view) == 0
    image = QImage(str(out))
    assert not image.isNull() and (image.width(), image.height()) == (1280, 800)


def test_screenshot_of_an_unknown_view_fails_cleanly(tmp_path, capsys):
    from views.application import run

    assert run(str(tmp_path / "map.db"), screenshot=str(tmp_path / "x.png"), view="nonsense") == 2
    assert "unknown view 'nonsense'" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()


def test_screenshot_of_a_file_that_is_not_a_map(tmp_path, capsys):
    from views.application import run

    bad = tmp_path / "notes.db"
    bad.write_bytes(b"hello")
    assert run(str(bad), screenshot=str(tmp_path / "x.png")) == 1
    assert "not an SQLite database" in capsys.readouterr().err
    assert bad.read_bytes() == b"hello"


def test_language_follows_the_locale():
    from views.i18n import choose_language
    from views.qt import QLocale

    assert choose_language({}, QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan)) == "zh_TW"
    assert choose_language({}, QLocale(QLocale.Language.Chinese, QLocale.Script.TraditionalChineseScript,
                                       QLocale.Country.HongKong)) == "zh_TW"
    assert choose_language({}, QLocale(QLocale.Language.Chinese, QLocale.Country.China)) == "en"
    assert choose_language({}, QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "en"
    assert choose_language({"CURMAP_LANG": "zh_TW"}, QLocale(QLocale.Language.English)) == "zh_TW"


def test_the_window_in_traditional_chinese(db_path, settings, prompts, qtbot):
    from app.workspace import Workspace
    from views.i18n import install_translators, remove_translators
    from views.main_window import MainWindow

    app = QApplication.instance()
    translators = install_translators(app, "zh_TW")
    try:
        assert translators, "resources/curmap_zh_TW.qm is missing"
        win = MainWindow(Workspace.open(db_path), settings, prompts, lang="zh_TW")
        qtbot.addWidget(win)
        menus = [a.text() for a in win.menuBar().actions()]
        assert menus == ["檔案(&F)", "編輯(&E)", "課程(&C)", "檢視(&V)", "說明(&H)"]
        assert win.coverage_label.text() == "項目 21/35 已涵蓋 · 任務 6 已涵蓋、5 部分、2 未涵蓋（共 13）"
        assert win.standard.model.headerData(2, Qt.Orientation.Horizontal) == "涵蓋"
        win.close()
    finally:
        remove_translators(app, translators)


def test_a_refused_change_is_explained_in_traditional_chinese(db_path, settings, prompts, qtbot):
    """Messages from the app layer are translated too, with their values filled in."""
    from app.workspace import Workspace
    from tests.gui.helpers import ok, type_text
    from views.i18n import install_translators, remove_translators
    from views.main_window import MainWindow

    app = QApplication.instance()
    translators = install_translators(app, "zh_TW")
    try:
        win = MainWindow(Workspace.open(db_path), settings, prompts, lang="zh_TW")
        qtbot.addWidget(win)

        def duplicate_code(dialog):
            prompts.fill = lambda again: again.reject()  # after the warning: give up
            type_text(qtbot, dialog.code, "MKT101")
            type_text(qtbot, dialog.name, "重複的課")
            ok(qtbot, dialog)

        prompts.fill = duplicate_code
        win.curriculum.act_add_course.trigger()
        assert prompts.warnings[-1][1] == "此學程已有課程 MKT101"
        win.close()
    finally:
        remove_translators(app, translators)


def test_the_curmap_command_takes_a_screenshot(tmp_path):
    """The real command line, in its own process, as a README or CI would run it."""
    import os
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    out = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CURMAP_LANG="en", PYTHONPATH=str(root))
    proc = subprocess.run([sys.executable, "-c", "import sys; from app.cli.main import main; sys.exit(main())",
                           "--db", str(tmp_path / "map.db"), "--screenshot", str(out)],
                          cwd=root, env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_opening_a_map_in_the_window_never_loads_the_orm(tmp_path):
    """Start-up speed: the ORM (about 80 ms to import and configure) waits for the first change."""
    import os
    import subprocess
    from pathlib import Path

    from app.workspace import Workspace

    root = Path(__file__).resolve().parents[2]
    db = tmp_path / "map.db"
    Workspace.open(db).close()  # an existing map, as most starts are
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CURMAP_LANG="en", PYTHONPATH=str(root))
    script = ("import sys; from app.cli.main import main; code = main(sys.argv[1:]); "
              "print('orm loaded' if 'sqlalchemy.orm' in sys.modules else 'no orm'); sys.exit(code)")
    proc = subprocess.run([sys.executable, "-c", script, "--db", str(db), "--screenshot", str(tmp_path / "s.png")],
                          cwd=root, env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "no orm"


@pytest.mark.parametrize("lang", ["en", "zh_TW"])
def test_each_menu_gives_every_command_its_own_alt_key(db_path, settings, prompts, qtbot, lang):
    from views.i18n import install_translators, remove_translators
    from views.shell import Shell

    app = QApplication.instance()
    translators = install_translators(app, lang) if lang != "en" else []
    try:
        win = Shell(settings, prompts, lang=lang).open(db_path)  # with every central tab
        qtbot.waitExposed(win)
        check_keys(win)
        win.close()
    finally:
        remove_translators(app, translators)


def check_keys(win) -> None:
    """Every menu command has an access key, none shared within a menu (the menu bar's too);
    no two commands anywhere (menus, toolbars, every pane's own actions) share a shortcut;
    each central tab has Ctrl+1, Ctrl+2…"""
    import re

    from views.qt import QAction

    def key_of(text: str, where: str) -> str:
        found = re.search(r"&(\w)", text.replace("&&", ""))
        assert found, f"{where}: {text!r} has no access key"
        return found.group(1).lower()

    def check(menu, where):
        menu.aboutToShow.emit()  # menus filled on demand (Recent maps)
        commands = [a for a in menu.actions() if not a.isSeparator()]
        keys = []
        for a in commands:
            keys.append(key_of(a.text(), where))
            if a.menu() is not None:
                check(a.menu(), f"{where} > {a.text()}")
        assert len(keys) == len(set(keys)), f"{where}: {sorted(keys)}"

    tops = [a for a in win.menuBar().actions() if a.menu() is not None]
    bar_keys = [key_of(top.text(), "menu bar") for top in tops]
    assert len(bar_keys) == len(set(bar_keys)), f"menu bar: {sorted(bar_keys)}"
    for top in tops:
        check(top.menu(), top.text())
    for holder in win.panes.values():  # the tabs built on first show bring their own actions
        if hasattr(holder, "ensure"):
            holder.ensure()
    owners = {}
    for act in win.findChildren(QAction):
        for key in act.shortcuts():
            text = key.toString()
            assert text not in owners or owners[text] is act, f"{text}: {owners[text].text()} and {act.text()}"
            owners[text] = act
    for n in range(1, win.tabs.count() + 1):
        assert f"Ctrl+{n}" in owners, f"tab {n} has no Ctrl+{n}"
