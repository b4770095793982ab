"""Counts read right in English: "1 module", "2 modules", never "1 modules" or "module(s)".

The window installs an English translation holding only the plural forms
(resources/curmap_en.ts); the CLI reads the same file for app/'s messages.
"""
from __future__ import annotations

import pytest

from views.qt import QApplication, QCoreApplication, Qt

pytestmark = pytest.mark.gui


def test_the_english_window_has_singular_and_plural_forms():
    from views.i18n import ENGLISH, install_translators, remove_translators

    app = QApplication.instance()
    translators = install_translators(app, ENGLISH)
    try:
        assert translators, "resources/curmap_en.qm is missing"
        say = [QCoreApplication.translate("MatrixPane", "Map at %1 (%n cells)", None, n) for n in (0, 1, 2)]
        assert say == ["Map at %1 (0 cells)", "Map at %1 (1 cell)", "Map at %1 (2 cells)"]
    finally:
        remove_translators(app, translators)


def test_one_cell_one_module_one_item(window, qtbot):
    from app.curriculum.ops import add_module
    from tests.matrix.helpers import column_of, row_of, select

    window.show_tab(window.panes["matrix"])
    pane = window.panes["matrix"].pane
    view, model = pane.items_view, pane.items_model
    select(view, [(row_of(model, "K01"), column_of(model, "MKT101·1"))])
    qtbot.keyClick(view, Qt.Key.Key_I)
    assert window.act_undo.text() == "&Undo Map at I (1 cell)"
    k01 = row_of(model, "K01")
    assert "Mapped by 1 module:" in model.headerData(k01, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)

    course = window.curriculum.model.courses()[0]
    window.ctx.workspace.perform(add_module, course.id, "新單元")
    window.show_tab(window.panes["gaps"])
    gaps = window.panes["gaps"].pane
    qtbot.waitUntil(lambda: "1 module maps nothing" in gaps.summary.text())
    assert "modules map nothing" not in gaps.summary.text()


def test_the_cli_says_one_mapping():
    """app/ messages in the CLI take their English forms from the same file."""
    from app.errors import Plural

    one = Plural.tr("%n mappings use a mapping level above %1; change them before shortening the scale to %2",
                    "", 1).of("R", "I/R")
    assert str(one) == "1 mapping uses a mapping level above R; change it before shortening the scale to I/R"
    assert str(Plural.tr("%1: %n problems, nothing was imported:", "", 2).of("x.xlsx")) == \
        "x.xlsx: 2 problems, nothing was imported:"
