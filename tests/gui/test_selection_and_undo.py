"""One selection across panes, the window's Delete and Find on every tab, and
undo that shows what it changes or says why it cannot."""
from __future__ import annotations

import pytest

from app.curriculum.mappings import module_mappings
from tests.gui.helpers import item_row
from tests.matrix.helpers import column_of, row_of, select
from views.qt import QApplication, Qt

pytestmark = pytest.mark.gui


def _matrix(window, qtbot):
    holder = window.panes["matrix"]
    window.show_tab(holder)
    pane = holder.pane
    qtbot.waitExposed(pane)
    return pane


def test_delete_key_clears_matrix_cells_inside_the_window(window, qtbot):
    pane = _matrix(window, qtbot)
    view, model = pane.items_view, pane.items_model
    row, col = row_of(model, "K06", "T2 "), column_of(model, "MKT101·1")
    assert model.index(row, col).data() == "I"
    select(view, [(row, col)])
    view.setFocus()
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Delete)  # through the window, as a real key press
    assert model.index(row, col).data() == ""
    window.act_undo.trigger()
    assert model.index(row, col).data() == "I"


def test_find_goes_to_the_search_box_of_the_tab_shown(window, qtbot):
    pane = _matrix(window, qtbot)
    window.act_find.trigger()
    assert window.tabs.currentWidget() is window.panes["matrix"]
    assert QApplication.focusWidget() is pane.search


def test_a_module_chosen_in_the_matrix_is_the_one_selected_everywhere(window, qtbot):
    pane = _matrix(window, qtbot)
    model = pane.items_model
    select(pane.items_view, [(row_of(model, "K13"), column_of(model, "DAT220·1"))])
    node = window.curriculum.current_node()
    assert node.kind == "module" and node.data.title == "資料庫與 SQL"
    assert window.mapping.model.module_id == node.data.id
    # A later rebuild of the curriculum tree keeps that module, not an older one.
    window.curriculum.reload()
    assert window.mapping.model.module_id == node.data.id


def test_undo_brings_back_the_programme_it_changes(window, qtbot):
    from app.curriculum.ops import create_programme

    ctx = window.ctx
    sample = ctx.programme_id
    module = window.mapping.model.module_id
    window.mapping.view.setFocus()
    window.mapping.view.setCurrentIndex(item_row(window.mapping, "K01"))
    qtbot.keyClick(window.mapping.view, Qt.Key.Key_M)
    other = ctx.workspace.perform(create_programme, "另一學程", ["KRM2431-001v2"])
    ctx.set_programme(other)
    window.act_undo.trigger()
    assert ctx.programme_id == sample  # the user sees what the undo changed
    assert window.mapping.model.module_id == module


def test_an_undo_the_map_no_longer_allows_is_explained_and_only_that_step_dropped(window, prompts, qtbot):
    from app.curriculum.mappings import MappingState, set_mappings
    from app.workspace import Workspace

    ctx, editor = window.ctx, window.mapping
    module = editor.model.module_id
    live = window.live.live
    k01, k02 = (live.item_id[live.item_code.index(c)] for c in ("K01", "K02"))
    editor.view.setFocus()
    for code, key in (("K01", Qt.Key.Key_R), ("K02", Qt.Key.Key_M)):
        editor.view.setCurrentIndex(item_row(editor, code))
        qtbot.keyClick(editor.view, key)
    assert ctx.undo_stack.count() == 2
    other = Workspace.open(ctx.workspace.path)  # a colleague changes K02 after me
    other.perform(set_mappings, [MappingState(module, k02, 1)])
    other.close()

    window.act_undo.trigger()  # would put K02 back to unmapped over the colleague's I
    assert prompts.warnings[-1][0] == "Cannot undo"
    assert prompts.warnings[-1][1].startswith("K02 in MKT101 unit 1 was changed elsewhere: it is now I; you saw M.")
    assert ctx.read(module_mappings, module)[k02].level == 1  # the colleague's work stays
    assert ctx.undo_stack.count() == 1 and window.act_undo.isEnabled()  # only that step went
    window.act_undo.trigger()
    assert k01 not in ctx.read(module_mappings, module)  # the step before it still undoes
    window.act_redo.trigger()
    assert ctx.read(module_mappings, module)[k01].level == 2
    assert len(prompts.warnings) == 1


def test_an_undo_of_a_deleted_module_says_so(window, prompts, qtbot):
    from app.curriculum.ops import delete_module
    from app.workspace import Workspace

    ctx = window.ctx
    module = window.mapping.model.module_id
    window.mapping.view.setCurrentIndex(item_row(window.mapping, "K01"))
    window.mapping.view.setFocus()
    qtbot.keyClick(window.mapping.view, Qt.Key.Key_R)
    other = Workspace.open(ctx.workspace.path)  # a second program deletes the module
    other.perform(delete_module, module)
    other.close()
    window.act_undo.trigger()
    assert prompts.warnings and prompts.warnings[-1][0] == "Cannot undo"
    assert "no longer exists" in prompts.warnings[-1][1]
    assert ctx.undo_stack.count() == 0 and not window.act_redo.isEnabled()
    assert ctx.read(module_mappings, module) == {}


def test_the_same_keys_mark_assessed_in_the_editor_and_the_matrix(window, qtbot):
    ctx, editor = window.ctx, window.mapping
    module = editor.model.module_id
    live = editor.model.live
    k06 = live.item_id[live.item_code.index("K06")]
    assert ctx.read(module_mappings, module)[k06].assessed is False  # mapped at I
    editor.view.setCurrentIndex(item_row(editor, "K06"))
    editor.view.setFocus()
    qtbot.keyClicks(editor.view, "*")
    assert ctx.read(module_mappings, module)[k06].assessed is True
    pane = _matrix(window, qtbot)
    model = pane.items_model
    row, col = row_of(model, "K07", "T2 "), column_of(model, "MKT101·1")  # I, not assessed
    select(pane.items_view, [(row, col)])
    pane.items_view.setFocus()
    qtbot.keyClick(pane.items_view, Qt.Key.Key_A)
    assert model.index(row, col).data() == "I*"


def test_deleting_the_shown_programme_shows_the_next_one_reloading_each_pane_once(window, qtbot):
    from app.curriculum.ops import create_programme

    ctx = window.ctx
    other = ctx.workspace.perform(create_programme, "另一學程", ["KRM2431-001v2"])
    ctx.set_programme(other)
    resets = {"standard": 0, "mapping": 0, "curriculum": 0}
    window.standard.model.modelReset.connect(lambda: resets.__setitem__("standard", resets["standard"] + 1))
    window.mapping.model.modelReset.connect(lambda: resets.__setitem__("mapping", resets["mapping"] + 1))
    window.curriculum.model.modelReset.connect(lambda: resets.__setitem__("curriculum", resets["curriculum"] + 1))
    window.curriculum.act_delete_programme.trigger()  # the test prompts confirm
    assert ctx.programme_id != other and window.curriculum.chooser.currentText() == "數位行銷學程（示例）"
    assert window.curriculum.model.rowCount() == 4  # the sample's courses
    assert resets == {"standard": 1, "mapping": 1, "curriculum": 1}
    window.act_undo.trigger()
    assert ctx.programme_id == other and window.curriculum.chooser.currentText() == "另一學程"


def test_a_redo_the_map_no_longer_allows_is_refused_and_dropped(window, prompts, qtbot):
    from app.curriculum.mappings import MappingState, set_mappings
    from app.workspace import Workspace

    ctx, editor = window.ctx, window.mapping
    module = editor.model.module_id
    live = window.live.live
    k01 = live.item_id[live.item_code.index("K01")]
    editor.view.setCurrentIndex(item_row(editor, "K01"))
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_R)
    window.act_undo.trigger()
    other = Workspace.open(ctx.workspace.path)
    other.perform(set_mappings, [MappingState(module, k01, 3)])  # a colleague maps it meanwhile
    other.close()
    window.act_redo.trigger()
    assert prompts.warnings[-1][0] == "Cannot redo"
    assert "it is now M; you saw not mapped" in prompts.warnings[-1][1]
    assert ctx.read(module_mappings, module)[k01].level == 3
    assert ctx.undo_stack.count() == 0 and not window.act_redo.isEnabled()


def test_a_delete_takes_only_what_its_confirmation_named(window, prompts, qtbot):
    from app.curriculum.ops import add_module
    from app.curriculum.queries import curriculum
    from app.workspace import Workspace
    from tests.gui.helpers import find

    pane = window.curriculum
    pane.tree.setCurrentIndex(find(pane.model, "MKT210"))
    course = pane.current_node().data.id
    asked = []

    def confirm_while_a_colleague_adds_a_module(parent, title, text):
        asked.append(text)
        other = Workspace.open(window.ctx.workspace.path)
        other.perform(add_module, course, "同事剛加的單元")
        other.close()
        return True

    prompts.confirm = confirm_while_a_colleague_adds_a_module
    pane.delete_selected()
    assert "4 modules" in asked[0]
    assert prompts.warnings[-1][0] == "Delete"
    assert "was changed elsewhere since you confirmed deleting it (it now has 5 modules" in prompts.warnings[-1][1]
    assert any(c.id == course for c in window.ctx.read(curriculum, window.ctx.programme_id))
    assert window.ctx.undo_stack.count() == 0
