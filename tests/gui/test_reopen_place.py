"""Reopening a map goes back to the programme, module and tab the user left in it."""
from __future__ import annotations

import pytest

from app.curriculum.ops import add_course, add_module, create_programme
from app.workspace import Workspace

pytestmark = pytest.mark.gui


@pytest.fixture
def two_programmes(db_path):
    ws = Workspace.open(db_path)
    pid = ws.perform(create_programme, "餐旅學程", ["KRM2431-001v2"])
    cid = ws.perform(add_course, pid, "HOS101", "Intro")
    ws.perform(add_module, cid, "Service")
    mid = ws.perform(add_module, cid, "Guests")
    ws.close()
    return pid, mid


def test_reopening_a_map_restores_programme_module_and_tab(shell, db_path, two_programmes, qtbot, tmp_path):
    pid, mid = two_programmes
    win = shell.open(db_path)
    first = win.ctx.programme_id
    assert first != pid  # the sample programme comes first
    win.curriculum.chooser.setCurrentIndex(win.curriculum.programmes.row_of(pid))
    win.curriculum.select("module", mid)
    win.tab_actions[2].trigger()  # View > 3 Gaps
    other = shell.open(tmp_path / "other.db", True)  # another map replaces this one: the place is saved
    assert other.tabs.currentIndex() == 0  # not this map's place
    again = shell.open(db_path)
    assert again.ctx.programme_id == pid
    assert again.curriculum.chooser.currentText() == "餐旅學程"
    node = again.curriculum.current_node()
    assert (node.kind, node.data.id) == ("module", mid)
    assert "Guests" in again.mapping.heading.text()
    assert again.tabs.currentWidget() is again.panes["gaps"]


def test_a_place_whose_programme_is_gone_opens_at_the_first(shell, db_path, two_programmes):
    from app.curriculum.ops import delete_programme

    pid, mid = two_programmes
    win = shell.open(db_path)
    win.curriculum.choose(pid)
    win.curriculum.select("module", mid)
    win.close()
    ws = Workspace.open(db_path)
    ws.perform(delete_programme, pid)
    ws.close()
    again = shell.open(db_path)
    assert again.curriculum.chooser.currentText() == "數位行銷學程（示例）"
    assert again.curriculum.current_node() is not None  # its first module, ready to map


def test_places_are_kept_per_map_and_only_for_the_recent_ones(settings, tmp_path):
    from views.settings import MAX_PLACES, place_of, save_place

    for n in range(MAX_PLACES + 5):
        save_place(settings, tmp_path / f"{n}.db", n, n * 10, "matrix")
    settings.sync()
    assert place_of(settings, tmp_path / f"{MAX_PLACES + 4}.db") == (MAX_PLACES + 4, (MAX_PLACES + 4) * 10, "matrix")
    assert place_of(settings, tmp_path / "5.db") == (5, 50, "matrix")
    assert place_of(settings, tmp_path / "0.db") is None  # the oldest are forgotten
    assert place_of(settings, tmp_path / "never.db") is None
