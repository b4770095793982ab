"""Windows and scripts on one map see each other's work within seconds."""
from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from tests.gui.helpers import find, item_row
from views.mapping_model import COL_LEVEL
from views.qt import QKeySequence, QLabel, Qt

pytestmark = pytest.mark.gui
SOON = 3000  # ms: changes made elsewhere show within 2 s


@pytest.fixture
def second(db_path, settings, qtbot):
    """A second window on the same map, as a colleague's would be."""
    from tests.gui.conftest import FakePrompts
    from views.shell import Shell

    shell = Shell(settings, FakePrompts(qtbot), persist=False)
    win = shell.open(db_path)
    qtbot.waitExposed(win)
    yield win
    win.close()


def _cli(db_path, *args: str) -> None:
    done = subprocess.run([sys.executable, "-m", "app.cli.main", "--db", str(db_path), *args],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def _press(qtbot, editor, code: str, key) -> None:
    editor.view.setCurrentIndex(item_row(editor, code))
    editor.view.setFocus()
    qtbot.keyClick(editor.view, key)


def test_two_windows_on_one_map_see_each_others_edits(window, second, qtbot):
    assert window.mapping.model.module_id == second.mapping.model.module_id  # the same module shown
    _press(qtbot, window.mapping, "K01", Qt.Key.Key_M)
    qtbot.waitUntil(lambda: item_row(second.mapping, "K01", COL_LEVEL).data() == "M", timeout=SOON)
    assert "Changes made elsewhere" in second.statusBar().currentMessage()
    assert second.coverage_label.text() == window.coverage_label.text()

    _press(qtbot, second.mapping, "K02", Qt.Key.Key_R)
    qtbot.waitUntil(lambda: item_row(window.mapping, "K02", COL_LEVEL).data() == "R", timeout=SOON)
    assert window.ctx.undo_stack.count() == 1  # what others did is not on my undo stack


def test_the_window_shows_what_a_script_imports_while_it_is_open(window, db_path, qtbot, tmp_path):
    from openpyxl import load_workbook

    from app.curriculum.sample import SAMPLE_NAME

    workbook = tmp_path / "curriculum.xlsx"
    _cli(db_path, "export", SAMPLE_NAME, str(workbook))
    book = load_workbook(workbook)
    assert book["Mappings"]["A2"].value == "MKT101" and book["Mappings"]["D1"].value == "K01"
    book["Mappings"]["D2"] = "M"  # MKT101 unit 1, the module the window shows
    book.save(workbook)
    assert item_row(window.mapping, "K01", COL_LEVEL).data() == ""
    _cli(db_path, "import-workbook", str(workbook), SAMPLE_NAME)
    qtbot.waitUntil(lambda: item_row(window.mapping, "K01", COL_LEVEL).data() == "M", timeout=SOON)
    assert "Changes made elsewhere" in window.statusBar().currentMessage()


def test_refresh_reads_the_map_again(window, db_path, qtbot):
    window.ctx.bridge.watcher.stop()  # only F5 can tell now
    con = sqlite3.connect(db_path)
    con.execute("UPDATE course SET name = '行銷概論（新版）' WHERE code = 'MKT101'")
    con.commit()
    con.close()
    assert window.act_refresh.shortcut() == QKeySequence(QKeySequence.StandardKey.Refresh)
    assert window.act_refresh in window.view_menu.actions()
    window.act_refresh.trigger()
    assert find(window.curriculum.model, "MKT101").data().endswith("行銷概論（新版）")


def test_colleagues_on_a_postgres_map_an_editor_and_a_reviewer(pg_server, settings, qtbot, monkeypatch):
    """The editor's edit shows in the reviewer's window within seconds; the reviewer's
    window says it is read-only, and why."""
    from app.cli.main import main
    from tests.gui.conftest import FakePrompts
    from views.shell import Shell

    name = "gui_dept"
    assert main(["init-server", pg_server.create_database(name), "--sample",
                 "--editor", "carol", "--reviewer", "dave"]) == 0
    pg_server.require_password("carol", "carol-Secret-3")
    pg_server.require_password("dave", "carol-Secret-3")
    monkeypatch.setenv("PGPASSWORD", "carol-Secret-3")
    url = f"postgresql://{{}}@127.0.0.1:{pg_server.port}/{name}"
    windows = []
    for who in ("carol", "dave"):
        win = Shell(settings, FakePrompts(qtbot), persist=False).open(url.format(who))
        assert win is not None
        qtbot.waitExposed(win)
        windows.append(win)
    editor, reviewer = windows
    try:
        assert not editor.readonly and reviewer.readonly
        assert "[read-only]" in reviewer.windowTitle() and "carol-Secret" not in reviewer.windowTitle()
        badge = reviewer.findChild(QLabel, "readonlyBadge")
        assert "your database role may read this map but not change it" in badge.toolTip()
        assert "your database role" in reviewer.statusBar().currentMessage()
        assert not reviewer.act_import_workbook.isEnabled()
        _press(qtbot, reviewer.mapping, "K01", Qt.Key.Key_M)  # nothing happens in a read-only window
        assert item_row(reviewer.mapping, "K01", COL_LEVEL).data() == ""

        _press(qtbot, editor.mapping, "K01", Qt.Key.Key_M)
        qtbot.waitUntil(lambda: item_row(reviewer.mapping, "K01", COL_LEVEL).data() == "M", timeout=SOON)
        assert "Changes made elsewhere" in reviewer.statusBar().currentMessage()
    finally:
        for win in windows:
            win.close()


def test_a_map_in_a_read_only_folder_opens_read_only_in_the_window(shell, tmp_path, qtbot, monkeypatch):
    import os
    from pathlib import Path

    from app.workspace import Workspace

    folder = tmp_path / "usb"
    folder.mkdir()
    Workspace.open(folder / "map.db").close()
    real = os.access
    monkeypatch.setattr(os, "access", lambda t, m, *a, **k: False if m & os.W_OK and Path(t) == folder
                        else real(t, m, *a, **k))
    win = shell.open(folder / "map.db")
    assert win is not None and not shell.prompts.warnings  # not "damaged"
    qtbot.waitExposed(win)
    assert win.readonly and "[read-only]" in win.windowTitle()
    assert "its folder is read-only" in win.findChild(QLabel, "readonlyBadge").toolTip()
    assert "its folder is read-only" in win.statusBar().currentMessage()
