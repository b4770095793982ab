"""Curriculum operations and their inverses (what undo runs)."""
from __future__ import annotations

import pytest

from app.curriculum.ops import (
    add_course,
    add_module,
    create_programme,
    delete_course,
    delete_module,
    delete_programme,
    move_course,
    move_module,
    restore_course,
    restore_module,
    restore_programme,
    update_course,
)
from app.curriculum.queries import curriculum, find_programme, list_programmes
from app.curriculum.snapshots import delete_preview
from app.errors import ConflictError, CurmapError
from app.curriculum.mappings import module_mappings
from app.curriculum.sample import SAMPLE_NAME


@pytest.fixture
def pid(ws):
    return ws.read(find_programme, SAMPLE_NAME).id


def _shape(ws, pid):
    return [(c.code, [(m.number, m.title, m.mappings) for m in c.modules]) for c in ws.read(curriculum, pid)]


def test_delete_course_takes_modules_and_mappings_and_restore_brings_all_back(ws, pid):
    before = _shape(ws, pid)
    course = ws.read(curriculum, pid)[1]
    preview = ws.read(delete_preview, "course", course.id)
    assert (preview.modules, preview.mappings) == (4, 10)
    snap = ws.perform(delete_course, course.id)
    assert [c for c, _ in _shape(ws, pid)] == ["MKT101", "DAT220", "PRJ330"]
    assert all(ws.read(module_mappings, m.id) == {} for m in course.modules)
    ws.perform(restore_course, snap)
    assert _shape(ws, pid) == before


def test_delete_module_and_restore(ws, pid):
    before = _shape(ws, pid)
    module = ws.read(curriculum, pid)[0].modules[1]
    mapped = ws.read(module_mappings, module.id)
    snap = ws.perform(delete_module, module.id)
    assert [m[1] for m in _shape(ws, pid)[0][1]] == ["行銷概論", "目標市場與行銷溝通"]
    assert _shape(ws, pid)[0][1][1][0] == 2  # renumbered
    ws.perform(restore_module, snap)
    assert _shape(ws, pid) == before
    assert ws.read(module_mappings, module.id) == mapped


def test_delete_programme_and_restore(ws, pid):
    before = _shape(ws, pid)
    snap = ws.perform(delete_programme, pid)
    assert ws.read(list_programmes) == []
    ws.perform(restore_programme, snap)
    assert _shape(ws, pid) == before
    assert ws.read(find_programme, SAMPLE_NAME).standards == ["KRM2431-001v2"]


def test_reorder_courses_and_modules(ws, pid):
    courses = ws.read(curriculum, pid)
    old = ws.perform(move_course, courses[3].id, 0)
    assert old == 3
    assert [c for c, _ in _shape(ws, pid)] == ["PRJ330", "MKT101", "MKT210", "DAT220"]
    ws.perform(move_course, courses[3].id, old)
    assert [c for c, _ in _shape(ws, pid)] == ["MKT101", "MKT210", "DAT220", "PRJ330"]

    first = courses[0].modules[0]
    (old_course, old_pos) = ws.perform(move_module, first.id, 5, courses[1].id)
    shape = dict(_shape(ws, pid))
    assert [m[1] for m in shape["MKT210"]][-1] == "行銷概論"
    assert [m[0] for m in shape["MKT101"]] == [1, 2]
    ws.perform(move_module, first.id, old_pos, old_course)
    assert dict(_shape(ws, pid))["MKT101"][0][1] == "行銷概論"


def test_update_returns_old_values_and_validates(ws, pid):
    course = ws.read(curriculum, pid)[0]
    old = ws.perform(update_course, course.id, name="行銷學", credits=2)
    assert old == {"name": "行銷學原理", "credits": 3}
    with pytest.raises(ConflictError, match="already has a course MKT210"):
        ws.perform(update_course, course.id, code="MKT210")
    with pytest.raises(CurmapError, match="cannot be negative"):
        ws.perform(update_course, course.id, hours=-1)
    assert ws.read(curriculum, pid)[0].name == "行銷學"


def test_add_validates_and_places(ws, pid):
    cid = ws.perform(add_course, pid, "NEW100", "新課程", position=1)
    assert [c for c, _ in _shape(ws, pid)][:2] == ["MKT101", "NEW100"]
    ws.perform(add_module, cid, "第一單元")
    ws.perform(add_module, cid, "第零單元", position=0)
    assert [m[1] for m in dict(_shape(ws, pid))["NEW100"]] == ["第零單元", "第一單元"]
    with pytest.raises(CurmapError, match="needs a title"):
        ws.perform(add_module, cid, "  ")
    with pytest.raises(ConflictError, match="already exists"):
        ws.perform(create_programme, SAMPLE_NAME, [])


def test_the_scale_cannot_shrink_below_levels_in_use(ws, pid):
    from app.curriculum.ops import update_programme
    from app.curriculum.queries import programme_info

    with pytest.raises(CurmapError, match=r"3 mappings use a mapping level above R"):
        ws.perform(update_programme, pid, scale=("I", "R"))
    assert ws.read(programme_info, pid).scale == ("I", "R", "M")
    ws.perform(update_programme, pid, scale=("I", "R", "M", "E"))  # growing is fine
    assert ws.read(programme_info, pid).scale == ("I", "R", "M", "E")


def test_mappings_of_a_standard_no_longer_targeted_can_still_be_cleared(ws, pid):
    from app.coverage.engine import coverage_by_name
    from app.curriculum.ops import set_targets
    from app.errors import NotFoundError
    from app.curriculum.mappings import MappingState, set_mappings

    module = ws.read(curriculum, pid)[0].modules[0]
    mapped = ws.read(module_mappings, module.id)
    ws.perform(set_targets, pid, [])
    item = next(iter(mapped))
    ws.perform(set_mappings, [MappingState(module.id, item, None)])
    assert item not in ws.read(module_mappings, module.id)
    with pytest.raises(CurmapError, match="not in a standard this programme targets"):
        ws.perform(set_mappings, [MappingState(module.id, item, 1)])
    with pytest.raises(NotFoundError, match="does not target KRM2431-001v2"):
        ws.read(coverage_by_name, SAMPLE_NAME, "KRM2431-001v2")


def test_a_deleted_rows_id_is_never_given_again(ws, pid):
    """Undo restores rows by id: a new row must not take a deleted one's."""
    cid = ws.perform(add_course, pid, "TMP1", "暫時")
    mid = ws.perform(add_module, cid, "暫時單元")
    ws.perform(delete_course, cid)
    again = ws.perform(add_course, pid, "TMP2", "另一門")
    assert again != cid
    assert ws.perform(add_module, again, "另一單元") != mid
