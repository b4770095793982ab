"""Every other dialog opens on its first field and Tab goes through it in the order it is
shown, out of tables too (arrows move within a table), to its buttons."""
from __future__ import annotations

import pytest

from tests.gui.test_dialog_keys import focus, press
from tests.gui.test_versions import win3  # noqa: F401 - the fixture
from views.qt import QApplication, Qt

pytestmark = pytest.mark.gui


def tab_chain(qtbot, steps: int) -> list[str]:
    names = []
    for _ in range(steps):
        w = focus()
        name = w.objectName()
        names.append(w.text().replace("&", "") if not name or name.startswith("qt_") or "wizardbutton" in name
                     else name)
        press(qtbot, Qt.Key.Key_Tab)
    return names


def _active(qtbot, dialog):
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def test_the_compare_view(win3, qtbot):  # noqa: F811
    win3.act_compare.trigger()
    dialog = win3.versions.compare_dialog
    _active(qtbot, dialog)
    dialog.export_button.setObjectName("export")
    assert tab_chain(qtbot, 11) == ["oldStandard", "newStandard", "threshold", "kindFilter", "showUnchanged",
                                    "find", "comparisonTable", "export", "carryOver", "Close", "oldStandard"]
    dialog.close()


def test_the_migration_wizard(win3, qtbot, prompts):  # noqa: F811
    pages = []

    def fill(wizard):
        pages.append(tab_chain(qtbot, 6))
        wizard.next()
        pages.append(tab_chain(qtbot, 9))
        wizard.next()
        pages.append(tab_chain(qtbot, 7))
        wizard.reject()

    prompts.fill = fill
    win3.act_migrate.trigger()
    assert pages[0] == ["fromStandard", "toStandard", "threshold", "seeChanges", "Next >", "Cancel"]
    assert pages[1] == ["onlyToCheck", "proposalTable", "acceptAll", "changeSelected", "dropSelected", "< Back",
                        "Next >", "Cancel", "onlyToCheck"]
    assert pages[2] == ["newNotCovered", "dropUncarried", "keepOld", "< Back", "Carry over", "Cancel",
                        "newNotCovered"]


def test_the_shortcuts_list(window, qtbot):
    window.show_shortcuts()
    dialog = window.shortcuts_dialog
    _active(qtbot, dialog)
    assert tab_chain(qtbot, 3) == ["shortcutsView", "Close", "shortcutsView"]
    dialog.close()
    assert QApplication.activeModalWidget() is None
