"""The curriculum dialogs from the keyboard: typing at once lands in the first field, Tab walks
the fields in the order shown, Enter accepts, and a number out of range says what the range is."""
from __future__ import annotations

import pytest

from app.curriculum.queries import curriculum, list_programmes
from views.qt import QApplication, QLineEdit, QPlainTextEdit, Qt

pytestmark = pytest.mark.gui


def focus():
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def typed(qtbot, text: str) -> None:
    """Keys as a person types them: each to whatever has the focus now."""
    for ch in text:
        qtbot.keyClicks(focus(), ch)


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focus(), key, modifier)


def tab_walk(qtbot, dialog, steps: int) -> list[str]:
    """The object names the focus visits, from the first field, pressing Tab ``steps`` times."""
    seen = [QApplication.focusWidget()]
    for _ in range(steps):
        press(qtbot, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    names = []
    for w in seen:
        while w is not None and w is not dialog and not w.objectName():
            w = w.parentWidget()  # a spin box's line edit stands for the spin box
        names.append(w.objectName() if w is not dialog else "?")
    return names


def test_a_new_course_typed_at_once_from_the_keyboard(window, prompts, qtbot):
    walked = []

    def fill(dialog):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).setObjectName("ok")
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel).setObjectName("cancel")
        walked.extend(tab_walk(qtbot, dialog, 7))  # around once: the fields, OK (disabled: skipped), Cancel
        typed(qtbot, "MKT500")
        press(qtbot, Qt.Key.Key_Tab)
        typed(qtbot, "Social media")
        press(qtbot, Qt.Key.Key_Tab)
        typed(qtbot, "2")
        press(qtbot, Qt.Key.Key_Tab)
        typed(qtbot, "1st")
        press(qtbot, Qt.Key.Key_Tab)
        typed(qtbot, "3")
        press(qtbot, Qt.Key.Key_Tab)
        typed(qtbot, "54")
        press(qtbot, Qt.Key.Key_Return)

    prompts.fill = fill
    window.curriculum.act_add_course.trigger()
    assert walked == ["code", "name", "year", "semester", "credits", "hours", "cancel", "code"]
    course = next(c for c in window.ctx.read(curriculum, window.ctx.programme_id) if c.code == "MKT500")
    assert (course.name, course.year, course.semester, course.credits, course.hours) == (
        "Social media", 2, "1st", 3.0, 54.0)


def test_enter_accepts_a_new_programme_typed_at_once(window, prompts, qtbot):
    def fill(dialog):
        assert QApplication.focusWidget() is dialog.name
        typed(qtbot, "Hospitality")
        press(qtbot, Qt.Key.Key_Return)

    prompts.fill = fill
    window.curriculum.act_new_programme.trigger()
    assert "Hospitality" in [p.name for p in window.ctx.read(list_programmes)]
    assert window.curriculum.chooser.currentText() == "Hospitality"


def test_tab_leaves_the_description_and_ctrl_tab_inserts_nothing(window, prompts, qtbot):
    walked, seen = [], {}

    def fill(dialog):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).setObjectName("ok")
        typed(qtbot, "Case study")
        walked.extend(tab_walk(qtbot, dialog, 3))
        press(qtbot, Qt.Key.Key_Backtab)
        assert isinstance(QApplication.focusWidget(), QPlainTextEdit)
        typed(qtbot, "Two cases")
        press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        seen["description"] = dialog.description.toPlainText()
        press(qtbot, Qt.Key.Key_Backtab)
        typed(qtbot, "3")
        press(qtbot, Qt.Key.Key_Enter)  # the keypad's Enter accepts too

    prompts.fill = fill
    window.curriculum.act_add_module.trigger()
    assert walked == ["title", "hours", "description", "ok"]
    assert seen["description"] == "Two cases"
    module = next(m for c in window.ctx.read(curriculum, window.ctx.programme_id) for m in c.modules
                  if m.title == "Case study")
    assert (module.hours, module.description) == (3.0, "Two cases")


def test_a_year_out_of_range_says_what_the_range_is(window, prompts, qtbot):
    said = {}

    def fill(dialog):
        assert not dialog.hint.text()
        press(qtbot, Qt.Key.Key_Tab)
        press(qtbot, Qt.Key.Key_Tab)  # to the year, its text selected as Tab leaves it
        typed(qtbot, "54")
        said["year"] = (dialog.year.value(), dialog.hint.text(), dialog.hint.isVisible())
        press(qtbot, Qt.Key.Key_Backspace)  # fixing it clears the hint
        said["fixed"] = dialog.hint.text()
        dialog.credits.setFocus()
        dialog.credits.lineEdit().selectAll()
        typed(qtbot, "150")
        said["credits"] = dialog.hint.text()
        dialog.reject()

    prompts.fill = fill
    window.curriculum.act_add_course.trigger()
    assert said["year"] == (5, "Year takes a whole number from 1 to 8; 0 leaves it empty (—).", True)
    assert said["fixed"] == ""
    assert said["credits"] == "Credits takes a number from 0.1 to 99 with at most one decimal; 0 leaves it empty (—)."


def test_the_edit_dialog_opens_on_its_first_field_with_its_text_selected(window, prompts, qtbot):
    def fill(dialog):
        focus = QApplication.focusWidget()
        assert isinstance(focus, QLineEdit) and focus is dialog.code and focus.selectedText() == "MKT101"
        dialog.reject()

    prompts.fill = fill
    window.curriculum.select("course", window.ctx.read(curriculum, window.ctx.programme_id)[0].id)
    window.curriculum.act_edit.trigger()
