"""Texts that must survive a narrow pane: the details of an item, About, a long programme name."""
from __future__ import annotations

import pytest

from tests.gui.helpers import find
from views.qt import Qt

pytestmark = pytest.mark.gui


def test_an_item_lists_the_modules_mapping_it_one_line_each(window):
    window.standard.tree.setCurrentIndex(find(window.standard.model, "K06 "))
    lines = window.standard.details.toPlainText().splitlines()
    start = lines.index("Mapped by (mapping level)")
    assert lines[start + 1:start + 3] == ["MKT101 1. 行銷概論 — I", "MKT101 3. 目標市場與行銷溝通 — R · assessed ✓"]


def test_about_keeps_the_word_for_competency_standard_on_one_line(window, prompts):
    window.act_about.trigger()
    assert "職\u2060能\u2060基\u2060準" in prompts.abouts[-1]  # word joiners: no line break inside it


def test_a_long_programme_name_is_elided_and_whole_in_the_tooltip(window, qtbot):
    from app.curriculum.ops import create_programme

    name = "Digital Marketing Programme for Retail Specialists"
    pid = window.ctx.workspace.perform(create_programme, name, ["KRM2431-001v2"])
    window.curriculum.choose(pid)
    chooser = window.curriculum.chooser
    assert chooser.toolTip() == name
    assert chooser.width() < chooser.fontMetrics().horizontalAdvance(name)  # it does not fit: elided when painted


def test_a_narrow_curriculum_pane_gives_the_hours_column_to_the_names(window, qtbot):
    from views.curriculum_model import COL_HOURS

    pane = window.curriculum
    assert not pane.tree.isColumnHidden(COL_HOURS)
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: pane.tree.isColumnHidden(COL_HOURS))
    module = pane.model.index(0, 0, pane.model.index(0, 0))
    assert "Hours: 6" in module.data(Qt.ItemDataRole.ToolTipRole)
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: not pane.tree.isColumnHidden(COL_HOURS))


def test_the_shortcuts_list_reads_as_the_menus_do_in_chinese(db_path, settings, prompts, qtbot):
    from views.i18n import install_translators, remove_translators
    from views.qt import QApplication
    from views.shell import Shell

    app = QApplication.instance()
    translators = install_translators(app, "zh_TW")
    try:
        win = Shell(settings, prompts, lang="zh_TW").open(db_path)
        win.act_shortcuts.trigger()
        model = win.shortcuts_dialog.model
        rows = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
        assert rows["檔案 ▸ 列印涵蓋報告"] == "Ctrl+P"  # not 檔案(F) ▸ 列印涵蓋報告(P)
        assert rows["檢視 ▸ 2 涵蓋矩陣"] == "Ctrl+2"
        win.shortcuts_dialog.close()
        win.close()
    finally:
        remove_translators(app, translators)
