"""The matrix and gaps tabs inside the real window."""
from __future__ import annotations

import pytest

from views.qt import Qt

pytestmark = pytest.mark.gui


def test_matrix_and_gaps_are_built_when_first_shown(window):
    matrix, gaps = window.panes["matrix"], window.panes["gaps"]
    assert matrix.pane is None and gaps.pane is None  # launch does not pay for them
    window.show_tab(matrix)
    assert matrix.pane is not None and matrix.pane.isVisible()


def test_clicking_a_gap_brings_the_matrix_forward_on_that_task(window, qtbot):
    from views.matrix.gaps import COL_TASK

    holder = window.panes["gaps"]
    window.show_tab(holder)
    gaps = holder.pane
    model = gaps.tasks_model
    row = [model.index(r, COL_TASK).data() for r in range(model.rowCount())].index("T2.1")
    view = gaps.tasks_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(view.model().index(row, COL_TASK)).center())
    matrix = window.panes["matrix"]
    assert window.tabs.currentWidget() is matrix
    current = matrix.pane.items_view.currentIndex()
    assert current.isValid()
    assert matrix.pane.items_model.index(current.row(), 0).data(Qt.ItemDataRole.DisplayRole) is not None
    # the row shown is the task's first missing item, K01
    header = matrix.pane.items_model.headerData(current.row(), Qt.Orientation.Vertical,
                                                Qt.ItemDataRole.DisplayRole)
    assert "K01" in str(header)


def test_screenshot_of_the_matrix_view(tmp_path, db_path):
    from app.cli.main import main

    out = tmp_path / "matrix.png"
    assert main(["--db", str(db_path), "--screenshot", str(out), "--view", "matrix"]) == 0
    assert out.stat().st_size > 10_000
