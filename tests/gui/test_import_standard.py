"""Importing a standard from the window: off the GUI thread, errors with file and line, replace."""
from __future__ import annotations

from pathlib import Path

import pytest

from app.standards.queries import list_standards
from .helpers import item_row
from views.qt import QApplication, Qt

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "resources" / "KRM2431-001v2.txt"
DATA = ROOT / "tests" / "data"


def _import(window, qtbot, prompts, path):
    prompts.open_path = str(path)
    prompts.fill = lambda dialog: dialog.import_button.click()  # the preview: Import
    window.act_import_standard.trigger()
    qtbot.waitUntil(lambda: not window.files.jobs, timeout=10000)  # read, then (asked and) saved: both jobs
    QApplication.processEvents()


def test_import_a_new_standard_and_target_it(window, qtbot, prompts):
    _import(window, qtbot, prompts, DATA / "standards" / "SIT2519-001v3_merged.txt")
    assert [s.code for s in window.ctx.read(list_standards)] == ["KRM2431-001v2", "SIT2519-001v3"]
    assert prompts.questions[-1] == "Map programme 數位行銷學程（示例） onto SIT2519-001v3 as well?"
    tree = window.standard.model
    assert [tree.index(r, 0).data().split()[0] for r in range(tree.rowCount())] == ["KRM2431-001v2",
                                                                                    "SIT2519-001v3"]
    assert "Imported SIT2519-001v3" in window.statusBar().currentMessage()
    window.act_undo.trigger()  # the target, not the import
    assert tree.rowCount() == 1
    assert len(window.ctx.read(list_standards)) == 2


def test_a_broken_file_names_file_and_line_and_writes_nothing(window, qtbot, prompts, tmp_path, db_path):
    lines = SEED.read_text(encoding="utf-8").splitlines()
    row = next(n for n, line in enumerate(lines) if "\tT1.2" in line)
    lines[row] = lines[row].replace("\t4\t", "\t9\t")
    bad = tmp_path / "broken.txt"
    bad.write_text("\n".join(lines), encoding="utf-8")
    before = len(window.ctx.read(list_standards))
    _import(window, qtbot, prompts, bad)
    title, text = prompts.warnings[-1]
    assert title == "Cannot import the standard"
    assert text == f"broken.txt, line {row + 1}: task T1.2 has level 9; levels run 1-6"
    assert len(window.ctx.read(list_standards)) == before


def test_reimporting_asks_before_replacing(window, qtbot, prompts):
    window.mapping.view.setCurrentIndex(item_row(window.mapping, "K01"))
    qtbot.keyClick(window.mapping.view, Qt.Key.Key_R)
    prompts.answer = False
    _import(window, qtbot, prompts, SEED)
    assert prompts.questions[-1].startswith("Standard KRM2431-001v2 is already in this map. Replace it")
    assert "Every mapping is kept." in prompts.questions[-1]
    assert window.ctx.undo_stack.count() == 1  # said no: nothing happened
    prompts.answer = True
    _import(window, qtbot, prompts, SEED)
    assert "Imported KRM2431-001v2" in window.statusBar().currentMessage()
    assert window.coverage_label.text().startswith("Items 22/35 covered")  # mappings kept
    # The undo history named the old items' ids, so it goes with them.
    assert window.ctx.undo_stack.count() == 0

