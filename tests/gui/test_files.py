"""Maps as files: reopen, open what is not a map, read-only, a copy, a new map, recent maps."""
from __future__ import annotations

import sqlite3

import pytest

from app.curriculum.queries import curriculum, list_programmes
from app.curriculum.mappings import module_mappings
from app.workspace import Workspace
from .helpers import find, item_row, rows
from views.mapping_model import COL_LEVEL
from views.qt import Qt

pytestmark = pytest.mark.gui


def test_everything_is_still_there_after_reopening(window, shell, db_path, qtbot, prompts):
    pane = window.curriculum
    pane.tree.setCurrentIndex(find(pane.model, "PRJ330"))
    pane.tree.setFocus()
    qtbot.keyClick(pane.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    pane.tree.setCurrentIndex(find(pane.model, "1. 資料庫與 SQL"))
    module = pane.current_node().data.id
    window.mapping.view.setCurrentIndex(item_row(window.mapping, "K01"))
    qtbot.keyClick(window.mapping.view, Qt.Key.Key_M)
    status = window.coverage_label.text()
    window.close()  # nothing to save: every change was stored as it was made

    again = shell.open(db_path)
    qtbot.waitExposed(again)
    assert again is not window
    assert [r.split()[0] for r in rows(again.curriculum.model)] == ["MKT101", "MKT210", "PRJ330", "DAT220"]
    again.curriculum.select("module", module)
    assert item_row(again.mapping, "K01", COL_LEVEL).data() == "M"
    assert again.coverage_label.text() == status
    ws = Workspace.open(db_path)  # and the file says so to anyone
    try:
        assert [c.code for c in ws.read(curriculum, ws.read(list_programmes)[0].id)][2] == "PRJ330"
        assert any(s.level == 3 for s in ws.read(module_mappings, module).values())
    finally:
        ws.close()


def _newer_schema_map(path):
    ws = Workspace.open(path)
    ws.close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()


@pytest.mark.parametrize("kind", ["text", "other-sqlite", "newer"])
def test_opening_what_is_not_a_map_says_so_and_changes_nothing(window, prompts, tmp_path, kind):
    path = tmp_path / f"{kind}.db"
    if kind == "text":
        path.write_text("KRM2431-001v2 綜合零售業數位行銷專員\n", encoding="utf-8")
    elif kind == "other-sqlite":
        con = sqlite3.connect(path)
        con.execute("CREATE TABLE notes (x)")
        con.commit()
        con.close()
    else:
        _newer_schema_map(path)
    before = path.read_bytes()
    prompts.open_path = str(path)
    window.act_open.trigger()
    title, text = prompts.warnings[-1]
    assert title == "Cannot open the map" and str(path) in text
    expected = {"text": "not an SQLite database", "other-sqlite": "not a curmap map",
                "newer": "newer version of curmap"}[kind]
    assert expected in text
    assert path.read_bytes() == before
    assert window.isVisible()  # the open map stays open
    assert window.ctx.read(list_programmes)


def test_read_only_map(db_path, settings, prompts, qtbot):
    from views.main_window import MainWindow

    Workspace.open(db_path).close()
    before = db_path.read_bytes()
    win = MainWindow(Workspace.open(db_path, readonly=True), settings, prompts)
    qtbot.addWidget(win)
    win.show()
    assert win.windowTitle() == f"{db_path.name} [read-only] — curmap"
    assert not win.act_delete.isEnabled() and not win.act_import_standard.isEnabled()
    assert not win.curriculum.act_add_course.isEnabled()
    assert not win.curriculum.model.flags(win.curriculum.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    win.mapping.view.setCurrentIndex(item_row(win.mapping, "K01"))
    qtbot.keyClick(win.mapping.view, Qt.Key.Key_R)
    assert item_row(win.mapping, "K01", COL_LEVEL).data() == ""
    assert win.act_save_copy.isEnabled()
    win.close()
    assert db_path.read_bytes() == before


def test_save_a_copy_then_open_it(window, shell, prompts, tmp_path, qtbot):
    copy = tmp_path / "copy.db"
    prompts.save_path = str(copy)
    window.act_save_copy.trigger()
    assert "Saved a copy" in window.statusBar().currentMessage()
    prompts.open_path = str(copy)
    window.act_open.trigger()
    assert shell.window is not window and shell.window.windowTitle() == "copy.db — curmap"
    assert rows(shell.window.curriculum.model)[0] == "MKT101  行銷學原理"


def test_new_map_and_the_recent_list(window, shell, prompts, tmp_path, settings, db_path):
    prompts.save_path = str(tmp_path / "second")
    window.act_new.trigger()
    second = shell.window
    assert second.windowTitle() == "second.db — curmap"
    assert second.coverage_label.text().startswith("Items 21/35 covered")  # the sample, ready to explore
    second.recent_menu.aboutToShow.emit()
    entries = [a.text() for a in second.recent_menu.actions() if a.data()]
    assert entries == ["&1 second.db", "&2 map.db"]
    # A new map never overwrites a file.
    prompts.save_path = str(db_path)
    second.act_new.trigger()
    assert "already exists" in prompts.warnings[-1][1]
    # Back to the first through the Recent maps menu.
    next(a for a in second.recent_menu.actions() if a.data() == str(db_path)).trigger()
    assert shell.window.windowTitle() == "map.db — curmap"


def test_layout_and_geometry_persist(window, shell, db_path, settings, qtbot):
    # Height only: restoreGeometry fits the width to the offscreen screen (800 px).
    window.resize(window.width(), 520)
    window.standard_dock.hide()
    window.close()
    from views.shell import Shell

    again = Shell(settings, shell.prompts).open(db_path)
    qtbot.addWidget(again)
    assert again.height() == 520
    assert not again.standard_dock.isVisible()
    again.close()
