"""Building a curriculum through the window: dialogs, inline edits, reorder, delete, undo."""
from __future__ import annotations

import pytest

from app.curriculum.queries import curriculum, list_programmes
from app.curriculum.mappings import module_mappings
from .helpers import find, ok, rows, type_text, when_modal
from views.dialogs import CourseDialog
from views.qt import QLineEdit, Qt

pytestmark = pytest.mark.gui


def _course_dialog(qtbot, code, name, credits="3", hours="54"):
    def fill(dialog):
        type_text(qtbot, dialog.code, code)
        type_text(qtbot, dialog.name, name)
        type_text(qtbot, dialog.credits.lineEdit(), credits)
        type_text(qtbot, dialog.hours.lineEdit(), hours)
        ok(qtbot, dialog)
    return fill


def _module_dialog(qtbot, title, hours):
    def fill(dialog):
        type_text(qtbot, dialog.title, title)
        type_text(qtbot, dialog.hours.lineEdit(), hours)
        ok(qtbot, dialog)
    return fill


def test_build_a_programme_course_and_modules(window, prompts, qtbot):
    pane = window.curriculum

    def programme(dialog):
        type_text(qtbot, dialog.name, "餐旅學程")
        assert dialog.standard.currentText().startswith("KRM2431-001v2")
        ok(qtbot, dialog)

    prompts.fill = programme
    pane.act_new_programme.trigger()
    assert pane.chooser.currentText() == "餐旅學程"
    assert rows(pane.model) == []
    assert window.coverage_label.text() == "Items 0/35 covered · Tasks 0 covered, 0 partly, 13 not (of 13)"

    prompts.fill = _course_dialog(qtbot, "HOS101", "餐旅概論")
    window.curriculum.act_add_course.trigger()
    prompts.fill = _module_dialog(qtbot, "產業概況", "6")
    pane.act_add_module.trigger()
    prompts.fill = _module_dialog(qtbot, "顧客分析", "9")
    pane.act_add_module.trigger()

    course = pane.model.index(0, 0)
    assert course.data() == "HOS101  餐旅概論"
    assert rows(pane.model, course) == ["1. 產業概況", "2. 顧客分析"]
    assert rows(pane.model, course, 1) == ["6", "9"]  # hours
    # What is stored, not just shown.
    pid = window.ctx.programme_id
    stored = window.ctx.read(curriculum, pid)
    assert [(c.code, c.name, c.credits, c.hours) for c in stored] == [("HOS101", "餐旅概論", 3.0, 54.0)]
    assert [(m.title, m.hours) for m in stored[0].modules] == [("產業概況", 6.0), ("顧客分析", 9.0)]
    # The new module is selected, ready to map.
    assert "HOS101 餐旅概論" in window.mapping.heading.text() and "2. 顧客分析" in window.mapping.heading.text()

    # Each step undoes, in order, down to no programme at all.
    for _ in range(4):
        window.act_undo.trigger()
    assert "餐旅學程" not in [p.name for p in window.ctx.read(list_programmes)]
    assert pane.chooser.currentText() == "數位行銷學程（示例）"
    for _ in range(4):
        window.act_redo.trigger()
    pane.chooser.setCurrentIndex(pane.programmes.row_of(
        next(p.id for p in window.ctx.read(list_programmes) if p.name == "餐旅學程")))
    assert rows(pane.model, pane.model.index(0, 0)) == ["1. 產業概況", "2. 顧客分析"]


def test_a_real_modal_dialog_can_be_filled(window, qtbot):
    """The real Prompts.run_dialog (exec) driven from a timer, as a person would."""
    from views.prompts import Prompts

    window.curriculum.prompts = Prompts()
    window.curriculum.select("course", window.ctx.read(curriculum, window.ctx.programme_id)[-1].id)

    def fill(dialog):
        type_text(qtbot, dialog.code, "MKT400")
        type_text(qtbot, dialog.name, "社群行銷")
        ok(qtbot, dialog)

    when_modal(CourseDialog, fill)
    window.curriculum.act_add_course.trigger()  # blocks in exec() until fill presses OK
    assert rows(window.curriculum.model)[-1] == "MKT400  社群行銷"


def test_a_refused_change_warns_and_keeps_what_was_typed(window, prompts, qtbot):
    seen = {}

    def fix_the_code(dialog):  # the dialog comes back with the user's text in it
        seen["code"], seen["name"] = dialog.code.text(), dialog.name.text()
        type_text(qtbot, dialog.code, "MKT199")
        ok(qtbot, dialog)

    first = _course_dialog(qtbot, "MKT101", "重複的課")

    def refused_then_fixed(dialog):
        prompts.fill = fix_the_code
        first(dialog)

    prompts.fill = refused_then_fixed
    window.curriculum.act_add_course.trigger()
    assert "already has a course MKT101" in prompts.warnings[-1][1]
    assert seen == {"code": "MKT101", "name": "重複的課"}
    assert "MKT199" in [c.code for c in window.ctx.read(curriculum, window.ctx.programme_id)]
    assert window.ctx.undo_stack.count() == 1


def test_cancelling_after_a_refusal_adds_nothing(window, prompts, qtbot):
    first = _course_dialog(qtbot, "MKT101", "重複的課")

    def refused_then_cancelled(dialog):
        prompts.fill = lambda again: again.reject()
        first(dialog)

    prompts.fill = refused_then_cancelled
    window.curriculum.act_add_course.trigger()
    assert window.ctx.undo_stack.count() == 0
    assert len(window.ctx.read(curriculum, window.ctx.programme_id)) == 4


def test_delete_course_asks_then_undo_brings_back_its_mappings(window, prompts, qtbot):
    pane, ctx = window.curriculum, window.ctx
    mkt101 = find(pane.model, "MKT101")
    pane.tree.setCurrentIndex(mkt101)
    pane.tree.setFocus()
    modules = [m.id for m in ctx.read(curriculum, ctx.programme_id)[0].modules]
    before = {m: ctx.read(module_mappings, m) for m in modules}
    prompts.answer = False
    window.act_delete.trigger()
    assert prompts.questions[-1] == "Delete course MKT101 行銷學原理 and its 3 modules and 7 mappings?"
    assert rows(pane.model)[0] == "MKT101  行銷學原理"  # said no: nothing happened

    prompts.answer = True
    qtbot.keyClick(pane.tree, Qt.Key.Key_Delete)
    assert [r.split()[0] for r in rows(pane.model)] == ["MKT210", "DAT220", "PRJ330"]
    assert window.coverage_label.text().startswith("Items 18/35 covered")
    assert all(ctx.read(module_mappings, m) == {} for m in modules)

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rows(pane.model)[0] == "MKT101  行銷學原理"
    assert {m: ctx.read(module_mappings, m) for m in modules} == before
    assert window.coverage_label.text().startswith("Items 21/35 covered")

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert rows(pane.model)[0].startswith("MKT210")


def test_delete_module_names_its_mappings(window, prompts):
    pane = window.curriculum
    pane.tree.setCurrentIndex(find(pane.model, "2. 消費者行為"))
    pane.act_delete.trigger()
    assert prompts.questions[-1] == "Delete module 2. 消費者行為 and its 2 mappings?"
    assert rows(pane.model, pane.model.index(0, 0)) == ["1. 行銷概論", "2. 目標市場與行銷溝通"]
    window.act_undo.trigger()
    assert rows(pane.model, pane.model.index(0, 0))[1] == "2. 消費者行為"


def test_reorder_with_the_keyboard(window, qtbot):
    pane, ctx = window.curriculum, window.ctx
    pane.tree.setCurrentIndex(find(pane.model, "DAT220"))
    pane.tree.setFocus()
    qtbot.keyClick(pane.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [r.split()[0] for r in rows(pane.model)] == ["MKT101", "DAT220", "MKT210", "PRJ330"]
    assert [c.code for c in ctx.read(curriculum, ctx.programme_id)] == ["MKT101", "DAT220", "MKT210", "PRJ330"]
    assert pane.current_node().data.code == "DAT220"  # the selection follows the course
    qtbot.keyClick(pane.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(pane.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # already first
    assert [r.split()[0] for r in rows(pane.model)][0] == "DAT220"
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert [r.split()[0] for r in rows(pane.model)] == ["MKT101", "MKT210", "DAT220", "PRJ330"]

    pane.tree.setCurrentIndex(find(pane.model, "1. 行銷概論"))
    qtbot.keyClick(pane.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert rows(pane.model, pane.model.index(0, 0)) == ["1. 消費者行為", "2. 行銷概論", "3. 目標市場與行銷溝通"]


def test_drag_and_drop_moves_a_module_to_another_course(window):
    model, ctx = window.curriculum.model, window.ctx
    module = find(model, "3. 目標市場與行銷溝通")
    mime = model.mimeData([module])
    target = find(model, "PRJ330")
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, target)
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, target)
    courses = ctx.read(curriculum, ctx.programme_id)
    assert [m.title for m in courses[3].modules] == ["目標市場與行銷溝通", "專案管理", "行銷企劃提案"]
    assert [m.title for m in courses[0].modules] == ["行銷概論", "消費者行為"]
    window.act_undo.trigger()
    assert [m.title for m in ctx.read(curriculum, ctx.programme_id)[0].modules][2] == "目標市場與行銷溝通"
    # A course dropped onto another course takes its place.
    mime = model.mimeData([find(model, "PRJ330")])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, find(model, "MKT101"))
    assert [c.code for c in ctx.read(curriculum, ctx.programme_id)][0] == "PRJ330"


def test_rename_inline(window, qtbot):
    pane = window.curriculum
    index = find(pane.model, "MKT210")
    pane.tree.setCurrentIndex(index)
    pane.tree.edit(index)
    editor = pane.tree.findChild(QLineEdit)
    assert editor is not None and editor.text() == "數位廣告實務"
    type_text(qtbot, editor, "數位廣告投放實務")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the loop
    qtbot.waitUntil(lambda: rows(pane.model)[1] == "MKT210  數位廣告投放實務", timeout=2000)
    assert window.ctx.read(curriculum, window.ctx.programme_id)[1].name == "數位廣告投放實務"
    window.act_undo.trigger()
    assert rows(pane.model)[1] == "MKT210  數位廣告實務"


def test_edit_dialog_changes_fields(window, prompts, qtbot):
    pane = window.curriculum
    pane.tree.setCurrentIndex(find(pane.model, "PRJ330"))

    def fill(dialog):
        assert dialog.code.text() == "PRJ330" and dialog.year.value() == 3
        type_text(qtbot, dialog.semester, "下")
        type_text(qtbot, dialog.hours.lineEdit(), "40")
        ok(qtbot, dialog)

    prompts.fill = fill
    pane.act_edit.trigger()
    course = window.ctx.read(curriculum, window.ctx.programme_id)[3]
    assert (course.semester, course.hours) == ("下", 40.0)
    assert find(pane.model, "PRJ330").siblingAtColumn(1).data() == "40"
