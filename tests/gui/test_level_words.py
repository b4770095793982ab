"""Mapping levels read as words wherever they are picked or explained ("R (reinforced)", 「R（加強）」),
in the window's language; a programme's own scale shows its own labels."""
from __future__ import annotations

import pytest

from tests.gui.helpers import double_click, item_row
from views.mapping_model import COL_LEVEL
from views.qt import QApplication, QComboBox, Qt

pytestmark = pytest.mark.gui


@pytest.fixture
def chinese():
    from views.i18n import install_translators, remove_translators

    app = QApplication.instance()
    translators = install_translators(app, "zh_TW")
    yield
    remove_translators(app, translators)


def _level_picker(window, qtbot, code: str = "S01") -> list[str]:
    editor = window.mapping
    view = editor.view
    index = item_row(editor, code, COL_LEVEL)
    view.setCurrentIndex(index)
    double_click(qtbot, view.viewport(), view.visualRect(index).center())
    combo = view.findChild(QComboBox)
    assert combo is not None
    texts = [combo.itemText(i) for i in range(combo.count())]
    qtbot.keyClick(combo, Qt.Key.Key_Escape)
    return texts


def _cell_tip(window, code: str) -> str:
    """The tooltip of the first module column that maps ``code`` in the matrix."""
    window.show_tab(window.panes["matrix"])
    pane = window.panes["matrix"].pane
    model = pane.items_model
    row = next(r for r in range(model.rowCount()) if model.headerData(r, Qt.Orientation.Vertical)
               and str(model.headerData(r, Qt.Orientation.Vertical)).startswith(code + " "))
    col = next(c for c in range(model.columnCount()) if model.index(row, c).data())
    return model.index(row, col).data(Qt.ItemDataRole.ToolTipRole)


def test_the_level_picker_and_the_matrix_say_what_each_level_means(window, qtbot):
    assert _level_picker(window, qtbot) == ["—", "I (introduced)", "R (reinforced)", "M (mastered)"]
    tip = _cell_tip(window, "K06")
    assert "I (introduced), not assessed" in tip
    legend = window.panes["matrix"].pane.legend
    assert [words for kind, words in legend._entries() if kind == "title"] == ["Mapping level"]


def test_in_chinese_too(chinese, db_path, settings, prompts, qtbot):
    from views.shell import Shell

    win = Shell(settings, prompts, lang="zh_TW").open(db_path)
    qtbot.waitExposed(win)
    assert _level_picker(win, qtbot) == ["—", "I（介紹）", "R（加強）", "M（精熟）"]
    tip = _cell_tip(win, "K06")
    assert "I（介紹）" in tip and "introduced" not in tip
    win.close()


def test_a_programme_scale_of_its_own_shows_its_labels(window, qtbot):
    from app.curriculum.ops import update_programme

    ctx = window.ctx
    ctx.workspace.perform(update_programme, ctx.programme_id, scale=("1", "2", "3", "4"))
    qtbot.waitUntil(lambda: window.mapping.model.scale == ("1", "2", "3", "4"))
    assert _level_picker(window, qtbot) == ["—", "1", "2", "3", "4"]
