"""The window and the command line on one map file: a file dialog on the map's
folder must not cost the window its SQLite locks (closing any descriptor of
the map drops every POSIX lock the process holds on it), or the next command
deletes the journal the window still uses and the window's close writes
stale pages over the command's work."""
from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from app.curriculum.mappings import module_mappings
from tests.conftest import DATA
from tests.gui.helpers import item_row
from views.prompts import Prompts
from views.settings import remember_folder
from views.qt import QApplication, QFileDialog, QListView, Qt, QTimer

pytestmark = pytest.mark.gui


def _cli(db_path, *args: str) -> None:
    done = subprocess.run([sys.executable, "-m", "app.cli.main", "--db", str(db_path), *args],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def _cancel_a_real_file_dialog(window, qtbot) -> None:
    """File ▸ Open with the real dialog, in the map's folder: wait until it lists
    and paints the map's files (icons, types), then cancel it."""
    seen = {"tries": 0}

    def cancel_when_listed() -> None:
        seen["tries"] += 1
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QFileDialog) and w.isVisible()), None)
        view = dialog.findChild(QListView, "listView") if dialog is not None else None
        listed = view.model().rowCount(view.rootIndex()) if view is not None else 0
        if not listed and seen["tries"] < 500:
            QTimer.singleShot(20, cancel_when_listed)
            return
        if dialog is None:
            return
        seen["files"] = listed
        dialog.grab()  # paints every row: icons and types are asked for now
        QApplication.processEvents()
        dialog.reject()

    window.files.prompts = Prompts()  # the real dialogs, not the test's answers
    remember_folder(window.settings, "maps", window.ctx.workspace.path)  # the dialog opens in the map's folder
    QTimer.singleShot(0, cancel_when_listed)
    window.act_open.trigger()
    assert seen.get("files", 0) >= 1  # the map was listed


def test_a_file_dialog_on_the_maps_folder_loses_no_command_line_work(window, db_path, qtbot, tmp_path):
    from app.curriculum.sample import SAMPLE_NAME

    editor, ws = window.mapping, window.ctx.workspace
    module = editor.model.module_id
    workbook = tmp_path / "curriculum.xlsx"
    _cli(db_path, "export", SAMPLE_NAME, str(workbook))
    _cancel_a_real_file_dialog(window, qtbot)

    _cli(db_path, "import-standard", str(DATA / "standards" / "TFB5120-002_per_task.txt"))
    editor.view.setCurrentIndex(item_row(editor, "K01"))
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_M)  # an edit in the window
    _cli(db_path, "import-workbook", str(workbook), "Imported", "--create")  # a script imports a workbook
    k01 = next(i for i, s in ws.read(module_mappings, module).items() if s.level == 3)
    window.close()

    con = sqlite3.connect(db_path)
    try:
        codes = {r[0] for r in con.execute("SELECT code FROM standard")}
        per_programme = dict(con.execute(
            "SELECT p.name, count(*) FROM mapping m JOIN module u ON u.id = m.module_id "
            "JOIN course c ON c.id = u.course_id JOIN programme p ON p.id = c.programme_id GROUP BY p.name"))
        level = con.execute("SELECT level FROM mapping WHERE module_id=? AND item_id=?", (module, k01)).fetchone()
        check = con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()
    assert check == "ok"
    assert "TFB5120-002" in codes  # the first command's work
    assert per_programme.get("Imported") == per_programme[SAMPLE_NAME] - 1  # the script's, all of it
    assert level == (3,)  # and the window's


def test_choosing_the_open_map_as_a_file_to_read_is_refused_without_reading_it(window, prompts, db_path,
                                                                               tmp_path):
    import os

    other_name = tmp_path / "same-file.xlsx"
    os.link(db_path, other_name)  # another name for the map itself
    for action, path in ((window.act_import_workbook, other_name), (window.act_import_standard, db_path),
                         (window.act_import_standard, f"{db_path}-wal")):
        prompts.warnings.clear()
        prompts.open_path = str(path)
        action.trigger()
        assert len(prompts.warnings) == 1 and "is the open map itself" in prompts.warnings[0][1]
        assert not window.files.jobs  # nothing started to read it


def test_only_the_prompts_open_file_dialogs():
    """Every file chooser goes through views/prompts.py, which never reads a file's content."""
    from pathlib import Path

    views = Path(__file__).resolve().parents[2] / "views"
    users = sorted(p.name for p in views.rglob("*.py")
                   if "QFileDialog" in p.read_text(encoding="utf-8") and p.name not in ("prompts.py", "qt.py"))
    assert users == []
