"""Mapping a module's items with the keyboard and the mouse, and undoing it."""
from __future__ import annotations

import pytest

from app.curriculum.mappings import MappingState, module_mappings
from .helpers import double_click, find, item_row, type_text
from views.mapping_model import COL_ASSESSED, COL_LEVEL, COL_PROGRAMME
from views.qt import QComboBox, QStyle, QStyleOptionViewItem, Qt

pytestmark = pytest.mark.gui


def _item_id(window, code):
    live = window.mapping.model.live  # the programme's standards, as the window holds them
    return live.item_id[live.item_code.index(code)]


def _select(window, code, column=0):
    view = window.mapping.view
    index = item_row(window.mapping, code, column)
    view.setCurrentIndex(index)
    view.setFocus()
    return index


def test_map_with_the_keyboard(window, qtbot):
    editor, ctx = window.mapping, window.ctx
    module = editor.model.module_id
    k01 = _item_id(window, "K01")
    _select(window, "K01")
    qtbot.keyClick(editor.view, Qt.Key.Key_R)
    assert item_row(editor, "K01", COL_LEVEL).data() == "R"  # shown
    assert ctx.read(module_mappings, module)[k01].level == 2  # stored
    assert window.coverage_label.text().startswith("Items 22/35 covered")
    assert item_row(editor, "K01", COL_PROGRAMME).data() == "1 module"
    qtbot.keyClick(editor.view, Qt.Key.Key_Space)  # cycles R -> M
    assert item_row(editor, "K01", COL_LEVEL).data() == "M"
    qtbot.keyClick(editor.view, Qt.Key.Key_Space)  # M -> none
    assert item_row(editor, "K01", COL_LEVEL).data() == ""
    qtbot.keyClick(editor.view, Qt.Key.Key_I)
    qtbot.keyClick(editor.view, Qt.Key.Key_A)  # marks it assessed
    assert ctx.read(module_mappings, module)[k01] == MappingState(module, k01, 1, True)
    assert item_row(editor, "K01", COL_ASSESSED).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    qtbot.keyClick(editor.view, Qt.Key.Key_Backspace)
    assert k01 not in ctx.read(module_mappings, module)
    assert window.coverage_label.text().startswith("Items 21/35 covered")

    # Every key was one undoable step.
    for _ in range(5):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert item_row(editor, "K01", COL_LEVEL).data() == "R"
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert item_row(editor, "K01", COL_LEVEL).data() == "M"
    assert window.act_undo.text() == "&Undo Map K01 at M"


def test_several_rows_at_once_and_the_delete_key(window, qtbot):
    editor, ctx = window.mapping, window.ctx
    view = editor.view
    _select(window, "K01")
    first = item_row(editor, "K01")
    last = item_row(editor, "K05")
    from views.qt import QItemSelection, QItemSelectionModel

    view.selectionModel().select(QItemSelection(first, last),
                                 QItemSelectionModel.SelectionFlag.ClearAndSelect
                                 | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.keyClick(view, Qt.Key.Key_M)
    states = ctx.read(module_mappings, editor.model.module_id)
    assert sorted(s.level for s in states.values() if s.level == 3) == [3] * 5
    assert window.act_undo.text() == "&Undo Map 5 items"
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # Edit ▸ Delete, in the editor: unmaps
    assert all(item_row(editor, c, COL_LEVEL).data() == "" for c in ("K01", "K03", "K05"))
    window.act_undo.trigger()
    assert item_row(editor, "K03", COL_LEVEL).data() == "M"


def test_map_with_the_mouse(window, qtbot):
    editor, ctx = window.mapping, window.ctx
    view = editor.view
    index = _select(window, "S01", COL_LEVEL)
    # The level combo: double-click, pick "R".
    rect = view.visualRect(index)
    double_click(qtbot, view.viewport(), rect.center())
    combo = view.findChild(QComboBox)
    assert combo is not None and [combo.itemText(i) for i in range(combo.count())] == [
        "—", "I (introduced)", "R (reinforced)", "M (mastered)"]
    assert combo.width() >= combo.sizeHint().width()  # its words whole
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    qtbot.waitUntil(lambda: item_row(editor, "S01", COL_LEVEL).data() == "R", timeout=2000)
    s01 = _item_id(window, "S01")
    assert ctx.read(module_mappings, editor.model.module_id)[s01].level == 2

    # The assessed box: click on its check indicator.
    cell = item_row(editor, "S01", COL_ASSESSED)
    option = QStyleOptionViewItem()
    option.rect = view.visualRect(cell)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    assert ctx.read(module_mappings, editor.model.module_id)[s01].assessed
    assert cell.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_find_filters_by_code_or_text_and_by_task(window, qtbot):
    editor = window.mapping
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert editor.filter.hasFocus()
    qtbot.keyClicks(editor.filter, "K07")
    shown = [editor.proxy.index(g, 0).data().split(" —")[0] for g in range(editor.proxy.rowCount())]
    assert shown == ["T2 目標客群分析", "T3 數位廣告投放規劃與操作", "T4 操作資料分析與呈現"]
    assert all(editor.proxy.rowCount(editor.proxy.index(g, 0)) == 1 for g in range(3))
    editor.filter.clear()

    type_text(qtbot, editor.filter, "法律")  # by text: K08, K09
    codes = {editor.proxy.index(r, 0, editor.proxy.index(g, 0)).data()
             for g in range(editor.proxy.rowCount()) for r in range(editor.proxy.rowCount(editor.proxy.index(g, 0)))}
    assert codes == {"K08", "K09"}
    editor.filter.clear()

    tasks = [editor.task_combo.itemText(i) for i in range(editor.task_combo.count())]
    assert tasks[:2] == ["All tasks", "T1.1 蒐集產業動態資訊"] and len(tasks) == 14
    editor.task_combo.setCurrentIndex(1)
    groups = [editor.proxy.index(g, 0).data().split(" —")[0] for g in range(editor.proxy.rowCount())]
    assert groups == ["T1 熟悉產業屬性"]
    assert editor.proxy.rowCount(editor.proxy.index(0, 0)) == 11
    editor.group_combo.setCurrentIndex(1)  # by kind: its 5 K and 6 S items
    assert [editor.proxy.rowCount(editor.proxy.index(g, 0)) for g in range(editor.proxy.rowCount())] == [5, 6]


def test_group_by_kind(window):
    editor = window.mapping
    editor.group_combo.setCurrentIndex(1)
    groups = [editor.proxy.index(g, 0).data() for g in range(editor.proxy.rowCount())]
    assert groups == ["K · Knowledge — 2 of 17 mapped", "S · Skills — 0 of 18 mapped",
                      "A · Attitudes — 1 of 12 mapped"]


def test_no_module_selected_means_nothing_to_edit(window, qtbot):
    pane = window.curriculum
    pane.tree.setCurrentIndex(find(pane.model, "MKT101"))  # a course, not a module
    assert window.mapping.model.module_id == 0
    assert "Select a module" in window.mapping.heading.text()
    _select(window, "K01")
    qtbot.keyClick(window.mapping.view, Qt.Key.Key_R)
    assert window.ctx.undo_stack.count() == 0
