"""An empty map, an empty programme: the window says how to start, and its buttons start it."""
from __future__ import annotations

import pytest

from app.curriculum.queries import curriculum
from tests.gui.helpers import ok, type_text
from views.qt import Qt

pytestmark = pytest.mark.gui


def _click(qtbot, empty, text: str) -> None:
    button = next(b for b in empty.buttons if b.text() == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _shown(empty) -> tuple[str, list[str]]:
    return empty.title.text(), [b.text() for b in empty.buttons]


def _fill(qtbot, **fields):
    def fill(dialog):
        for name, text in fields.items():
            type_text(qtbot, getattr(dialog, name), text)
        ok(qtbot, dialog)
    return fill


def test_from_an_empty_map_to_a_module_to_map(shell, tmp_path, prompts, qtbot):
    win = shell.open(tmp_path / "empty.db", True, sample=False)
    qtbot.waitExposed(win)
    centre, pane = win.central_empty, win.curriculum.empty
    assert win.central.currentWidget() is centre and centre.isVisible()
    assert _shown(centre) == ("No programme yet", ["New programme…"])
    assert "Create one to start" in centre.text.text()
    assert _shown(pane) == ("No programme yet", ["New programme…"]) and pane.isVisible()

    prompts.fill = _fill(qtbot, name="Hospitality")
    _click(qtbot, centre, "New programme…")
    assert _shown(centre) == ("Hospitality has no courses yet", ["Add course…", "Import curriculum workbook…"])
    assert _shown(pane) == ("Hospitality has no courses yet", ["Add course…"])

    prompts.fill = _fill(qtbot, code="HOS101", name="Service")
    _click(qtbot, pane, "Add course…")
    assert _shown(centre) == ("Hospitality has no modules yet", ["Add module…"])
    assert win.curriculum.stack.currentWidget() is win.curriculum.tree  # the course is listed

    prompts.fill = _fill(qtbot, title="Guests")
    _click(qtbot, centre, "Add module…")
    assert win.central.currentWidget() is win.tabs and win.tabs.isVisible()
    assert "Guests" in win.mapping.heading.text()  # ready to map
    window_undo = win.act_undo
    window_undo.trigger()  # the module goes: the centre says so again
    assert _shown(centre) == ("Hospitality has no modules yet", ["Add module…"])


def test_add_module_with_no_course_offers_to_add_the_course_first(window, prompts, qtbot):
    from app.curriculum.ops import create_programme

    pid = window.ctx.workspace.perform(create_programme, "Empty", ["KRM2431-001v2"])
    window.curriculum.choose(pid)

    def course(dialog):
        prompts.fill = _fill(qtbot, title="First unit")  # then the module's own dialog
        _fill(qtbot, code="C1", name="First course")(dialog)

    prompts.fill = course
    window.curriculum.act_add_module.trigger()
    assert prompts.questions[-1] == "Empty has no course yet, and a module belongs to a course. Add a course first?"
    courses = window.ctx.read(curriculum, pid)
    assert [(c.code, [m.title for m in c.modules]) for c in courses] == [("C1", ["First unit"])]


def test_declining_to_add_a_course_adds_nothing(window, prompts):
    from app.curriculum.ops import create_programme

    pid = window.ctx.workspace.perform(create_programme, "Empty", ["KRM2431-001v2"])
    window.curriculum.choose(pid)
    prompts.answer = False
    window.curriculum.act_add_module.trigger()  # no dialog may open (FakePrompts would fail)
    assert window.ctx.read(curriculum, pid) == []


def test_add_module_with_nothing_selected_asks_which_course(window, prompts, qtbot):
    window.curriculum.tree.setCurrentIndex(window.curriculum.model.index(-1, -1))
    window.curriculum.tree.clearSelection()
    assert window.curriculum.current_node() is None
    prompts.choice = "DAT220 資料分析與視覺化"
    prompts.fill = _fill(qtbot, title="Dashboards")
    window.curriculum.act_add_module.trigger()
    assert prompts.questions[-1] == "Add the module to course:"
    dat = next(c for c in window.ctx.read(curriculum, window.ctx.programme_id) if c.code == "DAT220")
    assert dat.modules[-1].title == "Dashboards"


def test_commands_wait_for_something_to_act_on(shell, tmp_path, qtbot):
    win = shell.open(tmp_path / "empty.db", True, sample=False)
    cur = win.curriculum
    assert cur.act_new_programme.isEnabled()
    assert not any(a.isEnabled() for a in (cur.act_add_course, cur.act_add_module, cur.act_edit_programme,
                                           cur.act_edit, cur.act_delete, cur.act_up))
    other = shell.open(tmp_path / "sample.db", True)
    cur = other.curriculum
    cur.tree.setCurrentIndex(cur.model.index(-1, -1))
    assert cur.act_add_course.isEnabled() and not cur.act_edit.isEnabled() and not cur.act_delete.isEnabled()
    cur.select("course", cur.model.courses()[0].id)
    assert cur.act_edit.isEnabled() and cur.act_delete.isEnabled()
