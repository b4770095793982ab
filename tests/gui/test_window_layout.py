"""The window on small and large screens: its first size, side panes that grow with it,
View ▸ Reset layout, Ctrl+1… for the tabs, and a toolbar that does not jump."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from views.qt import QApplication, QImage, QRect, Qt, QToolBar
from views.window_layout import FRAME, first_geometry

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


def test_the_first_window_fits_a_laptop_screen_with_a_taskbar():
    laptop = QRect(0, 0, 1366, 728)  # 1366x768 less a 40-pixel taskbar
    g = first_geometry(laptop)
    assert (g.width(), g.height()) == (1280, 728 - FRAME.height())
    framed = g.adjusted(-FRAME.width() // 2, -(FRAME.height() - 8), FRAME.width() // 2, 8)
    assert laptop.contains(framed), (framed, laptop)
    big = first_geometry(QRect(0, 0, 1920, 1040))
    assert (big.width(), big.height()) == (1280, 800)
    assert abs(big.center().x() - 960) <= 8  # centred
    left = first_geometry(QRect(-1366, 0, 1366, 728))  # a second screen left of the first
    assert left.left() >= -1366 and left.right() < 0


def test_the_first_window_on_a_small_screen_is_no_larger_than_the_screen(tmp_path):
    """The real command, in its own process, on a 1024x640 screen."""
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": 1024, "height": 640,
                                               "logicalDpi": 96, "dpr": 1}]}))
    out = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", CURMAP_LANG="en",
               PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", "import sys; from app.cli.main import main; sys.exit(main())",
                           "--db", str(tmp_path / "map.db"), "--screenshot", str(out)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024 - FRAME.width(), 640 - FRAME.height())


def _widths(win) -> tuple[int, int, int]:
    return win.curriculum_dock.width(), win.tabs.width(), win.standard_dock.width()


def test_the_side_panes_grow_with_the_window_and_the_layout_is_kept(shell, db_path, qtbot):
    win = shell.open(db_path)
    qtbot.waitExposed(win)
    QApplication.processEvents()  # the first layout
    left, centre, right = _widths(win)
    assert (left, right) == pytest.approx((0.24 * 1280, 0.28 * 1280), abs=12)
    win.resize(1800, 1000)
    qtbot.waitUntil(lambda: win.curriculum_dock.width() > left)
    big = _widths(win)
    assert big[0] == pytest.approx(left * 1800 / 1280, abs=12) and big[2] == pytest.approx(right * 1800 / 1280, abs=12)
    win.resize(1280, 800)  # and back
    qtbot.waitUntil(lambda: _widths(win) == pytest.approx((left, centre, right), abs=12))
    win.resize(1800, 1000)
    qtbot.waitUntil(lambda: win.curriculum_dock.width() > left)
    big = _widths(win)
    win.close()  # saves the layout
    again = shell.open(db_path)
    qtbot.waitExposed(again)
    assert (again.width(), again.height()) == (1800, 1000)
    assert _widths(again) == pytest.approx(big, abs=4)


def test_a_narrow_window_keeps_room_for_the_centre(window, qtbot):
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.width() == 1024)
    left, centre, right = _widths(window)
    assert centre >= 420 and left >= 180 and right >= 180
    assert left + centre + right <= 1024


@pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise")  # a floating dock
def test_reset_layout_brings_the_panes_back(window, qtbot):
    window.standard_dock.close()
    window.curriculum_dock.setFloating(True)
    window.findChild(QToolBar, "mainToolbar").hide()
    window.act_reset_layout.trigger()
    qtbot.waitUntil(lambda: window.standard_dock.isVisible())
    assert not window.curriculum_dock.isFloating() and window.curriculum_dock.isVisible()
    assert window.dockWidgetArea(window.standard_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert window.findChild(QToolBar, "mainToolbar").isVisible()
    assert _widths(window)[0] == pytest.approx(0.24 * window.width(), abs=12)


def test_ctrl_and_a_digit_shows_that_tab(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view_menu = [a.text() for a in window.view_menu.actions() if not a.isSeparator()]
    assert view_menu[-3:] == ["&1 Mapping", "&2 Coverage matrix", "&3 Gaps"]
    for key, name in ((Qt.Key.Key_2, "matrix"), (Qt.Key.Key_3, "gaps"), (Qt.Key.Key_1, "mapping")):
        qtbot.keyClick(QApplication.focusWidget() or window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentWidget() is (window.mapping if name == "mapping" else window.panes[name])


def test_the_toolbar_does_not_jump_as_undo_names_its_command(window, prompts, qtbot):
    from tests.gui.helpers import ok, type_text

    bar = window.findChild(QToolBar, "mainToolbar")
    undo = bar.widgetForAction(window.act_undo)
    add_course = bar.widgetForAction(window.curriculum.act_add_course)
    before = (undo.text(), undo.width(), add_course.x())

    def fill(dialog):
        type_text(qtbot, dialog.code, "MKT901")
        type_text(qtbot, dialog.name, "A course with a long name, long enough to push the toolbar about")
        ok(qtbot, dialog)

    prompts.fill = fill
    window.curriculum.act_add_course.trigger()
    QApplication.processEvents()
    assert (undo.text(), undo.width(), add_course.x()) == before == ("Undo", before[1], before[2])
    assert window.act_undo.text() == "&Undo Add course MKT901"  # the menu names the command
    assert undo.toolTip() == "Undo Add course MKT901"  # and so does the button's tooltip


def test_a_pane_widened_by_dragging_its_edge_keeps_its_share(window, qtbot):
    from views.qt import QPoint

    QApplication.processEvents()
    left = window.curriculum_dock.width()
    edge = QPoint(window.curriculum_dock.geometry().right() + 3, window.curriculum_dock.geometry().center().y())
    qtbot.mouseMove(window, edge)
    qtbot.wait(20)
    qtbot.mousePress(window, Qt.MouseButton.LeftButton, pos=edge)
    for dx in (20, 40, 60):
        qtbot.wait(20)
        qtbot.mouseMove(window, edge + QPoint(dx, 0))
    qtbot.wait(20)
    qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=edge + QPoint(60, 0))
    qtbot.waitUntil(lambda: window.curriculum_dock.width() == pytest.approx(left + 60, abs=4))
    dragged = window.curriculum_dock.width()
    window.resize(window.width() * 3 // 2, window.height())
    qtbot.waitUntil(lambda: window.curriculum_dock.width() == pytest.approx(dragged * 1.5, abs=12))
