"""Undo commands without Qt: each step checks it finds what its user saw, and a
step refused because someone changed the map since writes nothing and says
what changed."""
from __future__ import annotations

import pytest

from app import commands
from app.curriculum.mappings import MappingState, module_mappings, set_mappings
from app.curriculum.ops import add_module, move_course, set_targets, update_course
from app.curriculum.queries import curriculum, find_programme, list_programmes
from app.curriculum.sample import SAMPLE_NAME, SAMPLE_STANDARD
from app.curriculum.snapshots import delete_preview
from app.errors import ConflictError
from app.workspace import Workspace


@pytest.fixture
def two(db_path):
    """Me, and a colleague on the same map."""
    me, other = Workspace.open(db_path), Workspace.open(db_path)
    yield me, other
    other.close()
    me.close()


def _sample(ws):
    pid = ws.read(find_programme, SAMPLE_NAME).id
    return pid, ws.read(curriculum, pid)


def _item(ws, module_id, code):
    from app.standards.queries import item_ids

    return ws.read(item_ids, "KRM2431-001v2")[code]


def test_cells_do_undo_redo_and_refuse_what_changed_since(two):
    me, other = two
    pid, courses = _sample(me)
    module = courses[0].modules[0].id
    k01, k07 = _item(me, module, "K01"), _item(me, module, "K07")
    seen = [MappingState(module, k01, None), MappingState(module, k07, 1)]  # as the window showed them
    cmd = commands.SetCells([MappingState(module, k01, 3), MappingState(module, k07, 2, True)], seen, pid)
    cmd.do(me)
    cmd.undo(me)
    assert me.read(module_mappings, module)[k07].level == 1 and k01 not in me.read(module_mappings, module)
    cmd.do(me)  # redo
    other.perform(set_mappings, [MappingState(module, k07, 1)])  # a colleague, after me
    with pytest.raises(ConflictError) as refused:
        cmd.undo(me)
    assert str(refused.value) == ("K07 in MKT101 unit 1 was changed elsewhere: it is now I; you saw R*. "
                                  "Nothing was changed.")
    assert me.read(module_mappings, module)[k01].level == 3  # nothing of the undo was written


def test_a_keypress_on_a_cell_changed_since_it_was_shown_is_refused(two):
    me, other = two
    pid, courses = _sample(me)
    module = courses[0].modules[0].id
    k01 = _item(me, module, "K01")
    other.perform(set_mappings, [MappingState(module, k01, 2)])
    cmd = commands.SetCells([MappingState(module, k01, 1)], [MappingState(module, k01, None)], pid)
    with pytest.raises(ConflictError, match="it is now R; you saw not mapped"):
        cmd.do(me)
    assert me.read(module_mappings, module)[k01].level == 2


def test_a_field_edit_states_the_old_value_and_its_undo_the_new(two):
    me, other = two
    pid, courses = _sample(me)
    course = courses[0]
    cmd = commands.Update("course", course.id, {"name": " 行銷學 "}, {"name": course.name}, pid)
    cmd.do(me)
    assert _sample(me)[1][0].name == "行銷學"
    other.perform(update_course, course.id, name="行銷學（新）")
    with pytest.raises(ConflictError) as refused:
        cmd.undo(me)
    assert str(refused.value) == ("course MKT101 was changed elsewhere: its name is now '行銷學（新）'; "
                                  "you saw '行銷學'. Nothing was changed.")
    stale = commands.Update("course", course.id, {"credits": 9}, {"credits": 123.0}, pid)
    with pytest.raises(ConflictError, match="its credits is now 3; you saw 123"):
        stale.do(me)


def test_a_delete_removes_only_what_was_confirmed(two):
    me, other = two
    pid, courses = _sample(me)
    course = courses[1]
    preview = me.read(delete_preview, "course", course.id)
    other.perform(add_module, course.id, "同事剛加的單元")
    cmd = commands.Delete("course", course.id, preview.digest, pid)
    with pytest.raises(ConflictError, match=r"course MKT210 was changed elsewhere since you confirmed deleting it "
                                            r"\(it now has 5 modules, 10 mappings\)"):
        cmd.do(me)
    assert len(_sample(me)[1]) == 4
    cmd = commands.Delete("course", course.id, me.read(delete_preview, "course", course.id).digest, pid)
    cmd.do(me)
    cmd.undo(me)
    assert [c.code for c in _sample(me)[1]] == [c.code for c in courses]
    other.perform(update_course, course.id, name="改過了")
    with pytest.raises(ConflictError, match="since you confirmed deleting it"):
        cmd.do(me)  # the redo would now delete the colleague's change too


def test_undoing_an_add_refuses_to_take_what_others_added_to_it(two):
    me, other = two
    pid, _ = _sample(me)
    cmd = commands.AddCourse(pid, {"code": "NEW1", "name": "新課程"}, None)
    cid = cmd.do(me)
    cmd.undo(me)
    assert cmd.do(me) == cid  # redone with the same id
    other.perform(add_module, cid, "同事的單元")
    with pytest.raises(ConflictError, match="course NEW1 was changed elsewhere"):
        cmd.undo(me)
    assert "NEW1" in [c.code for c in _sample(me)[1]]


def test_moves_check_where_the_user_saw_it(two):
    me, other = two
    pid, courses = _sample(me)
    last = courses[3]
    cmd = commands.MoveCourse(last.id, 0, 3, pid)
    cmd.do(me)
    assert _sample(me)[1][0].code == last.code
    cmd.undo(me)
    assert [c.code for c in _sample(me)[1]] == [c.code for c in courses]
    other.perform(move_course, last.id, 1)
    with pytest.raises(ConflictError, match=f"course {last.code} was moved elsewhere since you saw it"):
        cmd.do(me)
    module = courses[0].modules[0]
    mv = commands.MoveModule(module.id, 1, courses[1].id, (courses[0].id, 0), pid)
    mv.do(me)
    mv.undo(me)
    assert _sample(me)[1][0].modules[0].id == module.id
    with pytest.raises(ConflictError, match=f"module '{module.title}' of MKT101 was moved elsewhere"):
        commands.MoveModule(module.id, 2, None, (courses[0].id, 1), pid).do(me)


def test_targets_state_what_they_replace(two, tmp_path):
    me, other = two
    pid, _ = _sample(me)
    cmd = commands.SetTargets(pid, [], [SAMPLE_STANDARD])
    other.perform(set_targets, pid, [])
    with pytest.raises(ConflictError, match="standards were changed elsewhere: it now targets none"):
        cmd.do(me)


def test_a_programme_made_then_undone_and_redone(two):
    me, other = two
    cmd = commands.CreateProgramme("新學程", [SAMPLE_STANDARD])
    pid = cmd.do(me)
    assert cmd.programme_id == pid
    cmd.undo(me)
    other.perform(commands.ops.create_programme, "新學程", [SAMPLE_STANDARD])
    with pytest.raises(ConflictError, match="another programme has that name now"):
        cmd.do(me)
    assert [p.name for p in me.read(list_programmes)].count("新學程") == 1


def test_undoing_an_import_refuses_when_the_programme_changed_since(two, tmp_path):
    from app.excel.export import export_workbook
    from app.excel.plan import plan_import
    from app.excel.read import read_workbook

    me, other = two
    pid, courses = _sample(me)
    path = me.read(export_workbook, pid, tmp_path / "a.xlsx").path
    plan = me.read(plan_import, read_workbook(path), "Copy")
    cmd = commands.ImportWorkbook(plan)
    result = cmd.do(me)
    cmd.undo(me)
    assert "Copy" not in [p.name for p in me.read(list_programmes)]
    result = cmd.do(me)
    other.perform(update_course, me.read(curriculum, result.programme_id)[0].id, name="同事改的")
    with pytest.raises(ConflictError, match="was changed since the workbook was imported"):
        cmd.undo(me)
    assert "Copy" in [p.name for p in me.read(list_programmes)]


def test_a_replace_drops_only_the_mappings_it_listed(two, tmp_path):
    from app.curriculum.ops import add_module
    from app.standards.parser import parse_standard_file
    from app.standards.store import import_standard, mappings_lost_by_replace
    from tests.conftest import SEED

    me, other = two
    src = tmp_path / "KRM2431-001v2.txt"
    src.write_text(SEED.read_text(encoding="utf-8").replace("K17", "K99"), encoding="utf-8")  # K17 goes
    parsed = parse_standard_file(src)
    told = me.read(mappings_lost_by_replace, parsed)
    pid, courses = _sample(me)
    mid = other.perform(add_module, courses[0].id, "同事的單元")
    k17 = _item(me, mid, "K17")
    other.perform(set_mappings, [MappingState(mid, k17, 1)])  # the colleague maps K17 meanwhile
    with pytest.raises(ConflictError, match="were changed elsewhere since you were told"):
        me.perform(import_standard, parsed, replace=True, expected_lost=told)
    assert me.read(module_mappings, mid)[k17].level == 1
