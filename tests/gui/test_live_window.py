"""Every pane follows one live model: changes from anywhere, by delta, and loads that never block."""
from __future__ import annotations

import pytest

from app.changes import Changes
from app.curriculum.mappings import MappingState, module_mappings, set_mappings
from app.workspace import Workspace
from tests.gui.helpers import find, item_row, rows
from tests.matrix.helpers import column_of, row_of, select
from views.mapping_model import COL_LEVEL, COL_PROGRAMME
from views.qt import Qt

pytestmark = pytest.mark.gui


def _matrix(window, qtbot):
    holder = window.panes["matrix"]
    window.show_tab(holder)
    qtbot.waitExposed(holder.pane)
    return holder.pane


def _item(window, code: str) -> int:
    live = window.mapping.model.live
    return live.item_id[live.item_code.index(code)]


def test_another_programs_change_that_names_only_modules_reaches_every_pane(window, qtbot, db_path):
    pane = _matrix(window, qtbot)
    ctx, editor = window.ctx, window.mapping
    module = editor.model.module_id  # MKT101·1
    other = Workspace.open(db_path)  # another program, writing to the same map
    try:
        other.perform(set_mappings, [MappingState(module, _item(window, "K01"), 3, True)], notify=False)
    finally:
        other.close()
    assert window.coverage_label.text().startswith("Items 21/35")  # not told yet
    ctx.changed.emit(Changes(mappings=frozenset({module})))  # as a watcher would tell it
    assert window.coverage_label.text().startswith("Items 22/35")
    model = pane.items_model
    assert model.index(row_of(model, "K01"), column_of(model, "MKT101·1")).data() == "M*"
    assert item_row(editor, "K01", COL_LEVEL).data() == "M"
    assert item_row(editor, "K01", COL_PROGRAMME).data() == "1 module"


def test_another_programs_rename_and_new_module_are_found_without_names(window, qtbot, db_path):
    from app.curriculum.ops import add_module, update_course

    pane = _matrix(window, qtbot)
    ctx = window.ctx
    course = window.curriculum.model.courses()[1]  # MKT210
    other = Workspace.open(db_path)
    try:
        other.perform(update_course, course.id, name="數位廣告", notify=False)
        mid = other.perform(add_module, course.id, "新的單元", notify=False)
    finally:
        other.close()
    resets = []
    window.curriculum.model.modelReset.connect(lambda: resets.append("curriculum"))
    pane.items_model.modelReset.connect(lambda: resets.append("matrix"))
    ctx.changed.emit(Changes(curriculum=frozenset({ctx.programme_id})))  # which course: not said
    assert "MKT210  數位廣告" in rows(window.curriculum.model)
    assert rows(window.curriculum.model, find(window.curriculum.model, "MKT210"))[-1] == "5. 新的單元"
    assert column_of(pane.items_model, "MKT210·5") >= 0
    assert pane.items_model.headerData(column_of(pane.items_model, "MKT210·5"), Qt.Orientation.Horizontal,
                                       Qt.ItemDataRole.UserRole + 5) == mid
    assert resets == []  # rows and columns inserted, nothing rebuilt


def test_a_change_that_says_everything_reloads_the_programme(window, qtbot, db_path):
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class Everything(Changes):  # what a watcher sends when it cannot say what changed
        everything: bool = True

    other = Workspace.open(db_path)
    try:
        other.perform(set_mappings, [MappingState(window.mapping.model.module_id, _item(window, "K01"), 2)],
                      notify=False)
    finally:
        other.close()
    window.ctx.changed.emit(Everything())
    assert window.coverage_label.text().startswith("Items 22/35")


def test_adding_and_deleting_keep_the_models_consistent_without_resets(window, qtbot, qtmodeltester):
    from app.curriculum.snapshots import delete_preview
    from views import curriculum_ops_ui as undoable

    pane = _matrix(window, qtbot)
    ctx = window.ctx
    for model in (window.curriculum.model, pane.items_model, pane.tasks_model):
        qtmodeltester.check(model)  # stays attached: checks every insert and removal below
    course = window.curriculum.model.courses()[0]
    columns = pane.items_model.columnCount()
    undoable.add_module(ctx, "add", course.id, {"title": "新單元"}, None)
    assert pane.items_model.columnCount() == columns + 1
    undoable.delete(ctx, "delete", "course", course.id, ctx.read(delete_preview, "course", course.id).digest)
    assert pane.items_model.columnCount() == columns + 1 - 4
    assert not any(r.startswith("MKT101") for r in rows(window.curriculum.model))
    ctx.undo_stack.undo()
    assert rows(window.curriculum.model)[0] == "MKT101  行銷學原理"
    assert pane.items_model.columnCount() == columns + 1
    assert window.coverage_label.text().startswith("Items 21/35")


def test_one_key_does_the_same_in_both_editors_over_a_mapped_and_an_unmapped_item(window, qtbot):
    from PySide6.QtCore import QItemSelectionModel

    ctx, editor = window.ctx, window.mapping
    module = editor.model.module_id  # MKT101·1: K06 and K07 at I, A01 at I; K01 not mapped
    k06, k01 = _item(window, "K06"), _item(window, "K01")
    ctx.workspace.perform(set_mappings, [MappingState(module, k06, 1, True)])  # K06: I, assessed
    view = editor.view
    view.setCurrentIndex(item_row(editor, "K06"))
    view.selectionModel().select(item_row(editor, "K01"), QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_A)  # the mapped one is marked, so all mapped ones are: unmark it
    assert ctx.read(module_mappings, module)[k06].assessed is False
    assert k01 not in ctx.read(module_mappings, module)
    ctx.undo_stack.undo()
    pane = _matrix(window, qtbot)
    model = pane.items_model
    col = column_of(model, "MKT101·1")
    select(pane.items_view, [(row_of(model, "K06", "T2 "), col), (row_of(model, "K01", "T1 "), col)])
    qtbot.keyClick(pane.items_view, Qt.Key.Key_A)  # the same key, the same outcome
    assert ctx.read(module_mappings, module)[k06].assessed is False
    assert k01 not in ctx.read(module_mappings, module)


def test_a_big_programme_loads_off_the_event_loop_and_edits_meanwhile_are_kept(shell, db_path, qtbot, monkeypatch):
    import views.live_store as live_store

    monkeypatch.setattr(live_store, "SYNC_LIMIT", 0)  # every programme is "big"
    win = shell.open(db_path)
    store = win.live
    assert store.loading  # painted first, loaded after
    assert win.coverage_label.text().startswith("Loading")
    assert win.curriculum.model.rowCount() == 0
    qtbot.waitUntil(lambda: not store.loading, timeout=10000)
    live = store.live
    first, k01 = live.course_modules[live.course_ids[0]][0], _item(win, "K01")
    assert rows(win.curriculum.model)[0] == "MKT101  行銷學原理"
    assert win.mapping.model.module_id == first  # the first module, chosen once loaded
    assert win.coverage_label.text().startswith("Items 21/35")
    win.ctx.workspace.perform(set_mappings, [MappingState(first, k01, 2)])
    assert win.coverage_label.text().startswith("Items 22/35")
    # a change while a reload runs: the old figures stay up, the change lands after
    store.load(keep=True)
    assert store.loading and win.curriculum.model.rowCount() == 4  # still showing the programme
    win.ctx.workspace.perform(set_mappings, [MappingState(first, k01, None)])
    qtbot.waitUntil(lambda: not store.loading, timeout=10000)
    assert win.coverage_label.text().startswith("Items 21/35")
    assert item_row(win.mapping, "K01", COL_LEVEL).data() == ""


def test_edits_while_the_mapping_editor_is_hidden_show_when_it_is(window, qtbot):
    editor = window.mapping
    pane = _matrix(window, qtbot)  # the editor's tab is hidden now
    assert not editor.isVisible()
    model = pane.items_model
    select(pane.items_view, [(row_of(model, "K01"), column_of(model, "MKT101·1"))])
    qtbot.keyClick(pane.items_view, Qt.Key.Key_M)
    window.show_tab(editor)
    qtbot.waitExposed(editor)
    assert item_row(editor, "K01", COL_LEVEL).data() == "M"
