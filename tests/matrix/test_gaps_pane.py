"""The gaps pane: what is missing, and showing a gap in the matrix."""
from __future__ import annotations

import pytest

from tests.matrix.helpers import row_of
from views.matrix.gaps import COL_MISSING, COL_STATUS, COL_TASK
from views.qt import Qt

pytestmark = pytest.mark.gui


def _column(model, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_gap_models_pass_the_model_tester(gaps, qtmodeltester):
    for model in (gaps.tasks_model, gaps.items_model, gaps.modules_model):
        qtmodeltester.check(model)


def test_lists_tasks_with_their_missing_items(gaps):
    m = gaps.tasks_model
    assert _column(m, COL_TASK) == ["T1.1", "T1.2", "T2.1", "T2.2", "T5.1", "T5.2", "T5.3"]
    assert _column(m, COL_STATUS)[:3] == ["Not covered", "Not covered", "Partly covered"]
    assert m.index(2, COL_MISSING).data() == "K01 K03 S08"
    assert "7 of 13 tasks" in gaps.summary.text()


def test_never_assessed_items_and_empty_modules(gaps, ws):
    from app.curriculum.ops import add_module

    # the sample maps these without ever assessing them
    assert "K06" not in _column(gaps.items_model, 1)  # assessed in 目標市場與行銷溝通
    assert {"K10", "S11", "S14", "K15"} <= set(_column(gaps.items_model, 1))
    assert gaps.modules_model.rowCount() == 0
    ws.perform(add_module, gaps.store.live.course_ids[1], "尚未對應的單元")
    assert _column(gaps.modules_model, 3) == ["尚未對應的單元"]
    assert gaps.tabs.tabText(2).endswith("(1)")


def test_clicking_a_task_shows_it_in_the_matrix(gaps, pane, ctx, qtbot):
    pane.set_view("tasks")
    view = gaps.tasks_view
    row = _column(gaps.tasks_model, COL_TASK).index("T2.1")
    index = view.model().index(row, COL_TASK)
    with qtbot.waitSignal(ctx.show_task_in_matrix) as shown:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    d = pane.store.live
    assert shown.args == [d.task_id[d.task_code.index("T2.1")]]
    # the matrix switched to the items view, on T2.1's first missing item under duty T2
    assert pane.stack.currentWidget() is pane.items_view
    current = pane.items_view.currentIndex()
    model = pane.items_model
    assert current.row() == row_of(model, "K01", "T2 ")
    assert model.is_focus_row(row_of(model, "S08", "T2 "))
    assert not model.is_focus_row(row_of(model, "K01", "T1 "))
    assert pane.items_view.viewport().rect().intersects(pane.items_view.visualRect(current))
    qtbot.keyClick(pane.items_view, Qt.Key.Key_Escape)
    assert not model.is_focus_row(row_of(model, "S08", "T2 "))


def test_a_filtered_out_task_is_brought_back(gaps, pane, ctx):
    pane.search.setText("zzz")
    pane.apply_filters()
    assert pane.items_model.rowCount() == 0
    d = pane.store.live
    ctx.show_task_in_matrix.emit(d.task_id[d.task_code.index("T5.1")])
    assert pane.search.text() == ""
    assert pane.items_view.currentIndex().row() == row_of(pane.items_model, "K03", "T5 ")
