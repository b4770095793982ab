"""Windows and scripts on one map see each other's work within seconds."""
from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from tests.gui.helpers import find, item_row
from views.mapping_model import COL_LEVEL
from views.qt import QKeySequence, Qt

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
