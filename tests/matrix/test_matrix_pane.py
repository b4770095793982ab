"""Driving the real matrix pane on the sample programme."""
from __future__ import annotations

import pytest

from app.coverage.engine import coverage
from app.curriculum.mappings import module_mappings
from tests.matrix.helpers import IdRole, column_of, item_rows, row_of, select, status
from views.matrix.model import BY_KIND, COURSES, ItemsModel, TasksModel
from views.qt import Qt

pytestmark = pytest.mark.gui


def _cell(pane, row, col) -> str:
    return pane.items_model.index(row, col).data() or ""


def _stored(pane, ws, row, col):
    """The stored mapping of a cell (None when unmapped), read back through the app."""
    m = pane.items_model
    module_id = m.headerData(col, Qt.Orientation.Horizontal, IdRole)
    item_id = m.headerData(row, Qt.Orientation.Vertical, IdRole)
    state = ws.read(module_mappings, module_id).get(item_id)
    return None if state is None else (state.level, state.assessed)


def test_models_pass_the_model_tester(ctx, qtmodeltester):
    from views.live_store import LiveStore

    store = LiveStore.of(ctx)
    for model in (ItemsModel(store), TasksModel(store)):
        qtmodeltester.check(model)
        model.configure(col_mode=COURSES, group_mode=BY_KIND)
        qtmodeltester.check(model)


def test_the_tasks_view_shows_each_tasks_status(pane):
    pane.set_view("tasks")
    tasks = pane.tasks_model
    assert status(tasks, "T1.1") == "uncovered"
    assert status(tasks, "T2.1") == "partial"
    assert status(tasks, "T3.1") == "covered"
    # a cell counts the task's K/S items a module covers: 行銷概論 covers K06 and K07 of T2.1's 8
    assert tasks.index(row_of(tasks, "T2.1"), column_of(tasks, "MKT101·1")).data() == "2/8"
    assert "Not covered" in tasks.headerData(row_of(tasks, "T1.1"), Qt.Orientation.Vertical)


def test_keys_edit_the_selected_cell_and_undo_restores(pane, ctx, ws, qtbot):
    view = pane.items_view
    row, col = row_of(pane.items_model, "K01"), column_of(pane.items_model, "MKT101·1")
    select(view, [(row, col)])
    steps = []
    for key, shown, stored in ((Qt.Key.Key_R, "R", (2, False)), ("*", "R*", (2, True)),
                               (Qt.Key.Key_Delete, "", None), (Qt.Key.Key_Space, "I", (1, False)),
                               (Qt.Key.Key_Space, "R", (2, False)), (Qt.Key.Key_M, "M", (3, False)),
                               (Qt.Key.Key_Space, "", None)):
        qtbot.keyClick(view, key)
        assert _cell(pane, row, col) == shown
        assert _stored(pane, ws, row, col) == stored
        steps.append(shown)
    assert ctx.undo_stack.count() == len(steps)
    for shown in reversed(["", *steps[:-1]]):
        ctx.undo_stack.undo()
        assert _cell(pane, row, col) == shown
    assert _stored(pane, ws, row, col) is None


def test_a_click_on_the_current_cell_cycles_it(pane, qtbot):
    view = pane.items_view
    row, col = row_of(pane.items_model, "K02"), column_of(pane.items_model, "MKT210·1")
    pos = view.visualRect(pane.items_model.index(row, col)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)  # selects
    assert _cell(pane, row, col) == ""
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)  # cycles
    assert _cell(pane, row, col) == "I"


def test_one_keypress_over_a_selection_is_one_undo_step(pane, ctx, ws, qtbot):
    model, view = pane.items_model, pane.items_view
    col = column_of(model, "PRJ330·1")
    rows = [row_of(model, code, "T1 ") for code in ("K01", "K02", "K03")]
    select(view, [(r, col) for r in rows])
    qtbot.keyClick(view, Qt.Key.Key_R)
    assert [_cell(pane, r, col) for r in rows] == ["R", "R", "R"]
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert [_stored(pane, ws, r, col) for r in rows] == [None, None, None]


def test_fixing_a_task_from_the_matrix_turns_it_covered(pane, gaps, ctx, ws, qtbot):
    tasks, model = pane.tasks_model, pane.items_model
    missing = gaps.tasks_model.index(0, 5).data().split()  # T1.1's missing items
    assert gaps.tasks_model.index(0, 1).data() == "T1.1" and len(missing) == 11
    col = column_of(model, "MKT101·3")
    select(pane.items_view, [(row_of(model, code, "T1 "), col) for code in missing])
    qtbot.keyClick(pane.items_view, Qt.Key.Key_I)
    assert status(tasks, "T1.1") == "covered"
    assert "T1.1" not in [gaps.tasks_model.index(r, 1).data() for r in range(gaps.tasks_model.rowCount())]
    assert "11 of 11" in tasks.headerData(row_of(tasks, "T1.1"), Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    cov = ws.read(coverage, 1, pane.store.live.standards[0][0])
    assert {t.code: t.status for t in cov.tasks}["T1.1"] == "covered"
    ctx.undo_stack.undo()
    assert status(tasks, "T1.1") == "uncovered"
    assert gaps.tasks_model.index(0, 1).data() == "T1.1"


def test_filters_change_the_rows_shown(pane, ws, qtbot):
    pane.grouping.setCurrentIndex(pane.grouping.findData(BY_KIND))
    model = pane.items_model
    cov = ws.read(coverage, 1, pane.store.live.standards[0][0])
    kinds = {k: [i.code for i in cov.items if i.kind == k] for k in "KSA"}
    assert item_rows(model) == kinds["K"] + kinds["S"]
    pane.kind_buttons["A"].click()
    assert item_rows(model) == kinds["K"] + kinds["S"] + kinds["A"]
    pane.kind_buttons["K"].click()
    assert item_rows(model) == kinds["S"] + kinds["A"]
    pane.kind_buttons["K"].click()
    pane.kind_buttons["A"].click()
    pane.gaps_only.setChecked(True)
    assert item_rows(model) == [i.code for i in cov.items if i.kind != "A" and not i.covered]
    pane.gaps_only.setChecked(False)
    pane.search.setText("市場")  # typed text; QTest cannot type CJK
    qtbot.waitUntil(lambda: len(item_rows(model)) < 10)
    assert item_rows(model) == [i.code for i in cov.items if i.kind != "A" and "市場" in i.title]
    pane.search.clear()
    pane.apply_filters()
    pane.set_view("tasks")
    pane.gaps_only.setChecked(True)
    assert item_rows(pane.tasks_model) == [t.code for t in cov.tasks if t.status != "covered"]


def test_columns_by_course_and_by_scope(pane):
    model = pane.items_model
    assert model.columnCount() == 12
    pane.scope.setCurrentIndex(pane.scope.findText("MKT210", Qt.MatchFlag.MatchStartsWith))
    pane.apply_filters()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "MKT210·1", "MKT210·2", "MKT210·3", "MKT210·4"]
    pane.scope.setCurrentIndex(pane.scope.findText("Y2 上"))
    pane.apply_filters()
    assert model.columnCount() == 4
    pane.scope.setCurrentIndex(0)
    pane.columns.setCurrentIndex(pane.columns.findData(COURSES))
    assert model.columnCount() == 4
    # a course cell: the highest level among its modules (K07: I in 行銷概論, R* in 消費者行為)
    assert _cell(pane, row_of(model, "K07"), column_of(model, "MKT101")) == "R*"
    select(pane.items_view, [(row_of(model, "K01"), 0)])
    pane.items_view.setFocus()
    pane.edit("set", 2)
    assert _cell(pane, row_of(model, "K01"), 0) == ""
    assert "modules" in pane.message.text()


def test_outside_changes_reach_the_matrix(pane, ws):
    from app.curriculum.ops import add_module
    from app.curriculum.mappings import MappingState, set_mappings

    d = pane.store.live
    mid = ws.perform(add_module, d.course_ids[0], "新單元")
    model = pane.items_model
    assert model.columnCount() == 13
    col = column_of(model, "MKT101·4")
    assert model.headerData(col, Qt.Orientation.Horizontal, IdRole) == mid
    k01 = pane.store.live.item_id[pane.store.live.item_code.index("K01")]
    ws.perform(set_mappings, [MappingState(mid, k01, 3, True)])
    assert _cell(pane, row_of(model, "K01"), col) == "M*"


def test_a_read_only_map_says_so_instead_of_failing(tmp_path, qtbot):
    from app.workspace import Workspace
    from views.context import ViewContext
    from views.matrix.pane import MatrixPane

    Workspace.open(tmp_path / "m.db").close()
    ws = Workspace.open(tmp_path / "m.db", readonly=True)
    ctx = ViewContext(ws)
    pane = MatrixPane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    select(pane.items_view, [(row_of(pane.items_model, "K01"), 0)])
    qtbot.keyClick(pane.items_view, Qt.Key.Key_R)
    assert "read-only" in pane.message.text()
    assert _cell(pane, row_of(pane.items_model, "K01"), 0) == ""
    ctx.detach()
    ws.close()


def test_the_pane_renders(pane, tmp_path):
    path = tmp_path / "matrix.png"
    assert pane.grab().save(str(path))
    assert path.stat().st_size > 10_000


def test_a_closed_pane_leaves_the_shared_store_working(ctx, ws, qtbot):
    from app.curriculum.mappings import MappingState, set_mappings
    from views.matrix.gaps import GapsPane
    from views.matrix.pane import MatrixPane
    from views.qt import QCoreApplication, QEvent

    first = MatrixPane(ctx)
    gaps = GapsPane(ctx)
    qtbot.addWidget(gaps)
    assert gaps.store is first.store  # one copy of the data per map
    first.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    d = gaps.store.live
    ws.perform(set_mappings, [MappingState(d.module_order()[0], d.item_id[0], 1)])
    assert d.item_code[0] == "K01"
    assert gaps.tasks_model.index(0, 4).data() == "1/11"  # T1.1 now has K01 of its 11 items


def test_the_scope_survives_a_reload_and_a_programme_switch_reloads(pane, ctx, ws):
    from app.curriculum.ops import add_course, create_programme, update_course

    model = pane.items_model
    pane.scope.setCurrentIndex(pane.scope.findText("MKT210", Qt.MatchFlag.MatchStartsWith))
    pane.apply_filters()
    ws.perform(update_course, pane.store.live.course_ids[0], name="行銷學")  # a change in place
    assert model.columnCount() == 4 and pane.scope.currentText().startswith("MKT210")
    pid = ws.perform(create_programme, "第二學程", ["KRM2431-001v2"])
    ws.perform(add_course, pid, "NEW100", "新課程")
    ctx.set_programme(pid)
    assert pane.scope.currentIndex() == 0
    assert model.columnCount() == 0  # a course with no modules yet
    assert item_rows(model)[:2] == ["K01", "K02"]
    assert model.headerData(row_of(model, "K01"), Qt.Orientation.Vertical, IdRole) == \
        pane.store.live.item_id[pane.store.live.item_code.index("K01")]
