"""Import of a curriculum workbook: round trips, exact plans, undo, conflicts."""
from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.curriculum.ops import update_course
from app.curriculum.queries import find_programme, list_programmes
from app.errors import ConflictError, CurmapError
from app.excel.apply import apply_import, undo_import
from app.excel.export import export_workbook
from app.excel.plan import plan_import
from app.excel.read import read_workbook
from app.curriculum.mappings import MappingState, set_mappings
from app.curriculum.sample import SAMPLE_NAME, SAMPLE_STANDARD
from models import Course, Mapping, Module, Programme, programme_standard


def dump(ws):
    """Every programme, target, course, module and mapping row, for before/after comparisons."""
    def read(session):
        return {t.name: sorted(tuple(r) for r in session.execute(select(t)).all())
                for t in (Programme.__table__, programme_standard, Course.__table__, Module.__table__,
                          Mapping.__table__)}
    return ws.read(read)


def export(ws, path, name=SAMPLE_NAME, **kw):
    pid = ws.read(find_programme, name).id
    return ws.read(export_workbook, pid, path, today=date(2025, 3, 1), **kw).path


def _trim(row):
    row = list(row)
    while row and row[-1] is None:
        row.pop()
    return tuple(row)


def sheet_values(path, *names):
    """Cell values by sheet; a missing cell and an empty one are the same."""
    wb = load_workbook(path, read_only=True)
    try:
        return {n: [_trim(r) for r in wb[n].iter_rows(values_only=True)] for n in names}
    finally:
        wb.close()


def do_import(ws, path, programme, standard=None):
    plan = ws.read(plan_import, read_workbook(path), programme, standard)
    return plan, ws.perform(apply_import, plan)


def edit(path, sheet, cell, value):
    wb = load_workbook(path)
    wb[sheet][cell] = value
    wb.save(path)
    wb.close()


def test_reimporting_an_export_changes_nothing(ws, tmp_path):
    path = export(ws, tmp_path / "a.xlsx")
    before = dump(ws)
    plan = ws.read(plan_import, read_workbook(path), SAMPLE_NAME)
    assert plan.empty and plan.lines == [] and not plan.creates_programme
    assert str(plan.summary()[1]) == "nothing to change: the programme already matches the workbook"
    ws.perform(apply_import, plan)
    assert dump(ws) == before


@pytest.mark.parametrize("lang", ["en", "zh_TW"])
def test_export_import_export_is_the_same_cell_for_cell(ws, tmp_path, lang):
    first = export(ws, tmp_path / "first.xlsx", lang=lang)
    plan, result = do_import(ws, first, "Copy")
    assert result.created and plan.counts["courses_added"] == 4 and plan.counts["mappings_added"] == 29
    second = export(ws, tmp_path / "second.xlsx", name="Copy", lang=lang)
    names = ("Modules", "Mappings") if lang == "en" else ("課程單元", "職能對應")
    a, b = sheet_values(first, *names), sheet_values(second, *names)
    assert a == b and len(a[names[0]]) == 13 and len(a[names[1]][0]) == 50
    assert sum(v is not None for row in a[names[1]][1:] for v in row[3:]) == 29


def test_an_edited_cell_is_the_only_change(ws, tmp_path):
    path = export(ws, tmp_path / "a.xlsx")
    # Mappings row 3 is MKT101 #2 (消費者行為); K07 R* becomes M, and K01 gets I*.
    header = sheet_values(path, "Mappings")["Mappings"][0]
    from openpyxl.utils import get_column_letter

    k07, k01 = (get_column_letter(header.index(c) + 1) for c in ("K07", "K01"))
    edit(path, "Mappings", f"{k07}3", "M")
    edit(path, "Mappings", f"{k01}3", "I*")
    before = dump(ws)
    plan = ws.read(plan_import, read_workbook(path), SAMPLE_NAME)
    assert list(map(str, plan.lines)) == ["add mapping MKT101 #2 K01 I*", "change mapping MKT101 #2 K07 R* → M"]
    assert plan.counts["mappings_added"] == plan.counts["mappings_changed"] == 1
    assert sum(plan.counts.values()) == 2
    ws.perform(apply_import, plan)
    after = dump(ws)
    assert {k: v for k, v in after.items() if k != "mapping"} == {k: v for k, v in before.items() if k != "mapping"}
    gone = set(before["mapping"]) - set(after["mapping"])
    new = set(after["mapping"]) - set(before["mapping"])
    assert len(gone) == 1 and len(new) == 2
    (old,) = gone
    changed = next(r for r in new if r[0] == old[0])  # same mapping id: level and assessed only
    assert (changed[4], changed[5]) == (3, False) and changed[:4] == old[:4] and changed[6] == old[6]
    again = export(ws, tmp_path / "again.xlsx")
    assert sheet_values(again, "Modules", "Mappings") == sheet_values(path, "Modules", "Mappings")


def test_structure_changes_add_change_remove_and_reorder(ws, tmp_path):
    path = export(ws, tmp_path / "a.xlsx")
    wb = load_workbook(path)
    mods = wb["Modules"]
    mods["F3"] = "消費者心理"  # MKT101 #2 title
    mods["G3"] = 12
    mods["B5"] = "數位廣告"  # course name on MKT210's first row; the next rows must agree
    for r in (6, 7, 8):
        mods[f"B{r}"] = None  # blank repeats the first row
    mods.delete_rows(12, 2)  # PRJ330's two modules: the course goes
    mods.append(["NEW100", "新課程", 2, "下", 1, "新單元", 3])
    maps = wb["Mappings"]
    maps.delete_rows(12, 2)
    maps.append(["NEW100", 1, None, "R*"])
    wb.save(path)
    wb.close()
    before = dump(ws)
    plan = ws.read(plan_import, read_workbook(path), SAMPLE_NAME)
    assert list(map(str, plan.lines)) == [
        "change module MKT101 #2: title '消費者行為' → '消費者心理', hours 9 → 12",
        "change course MKT210: name '數位廣告實務' → '數位廣告'",
        "add course NEW100 新課程 (1 module)",
        "add module NEW100 #1 新單元",
        "add mapping NEW100 #1 K01 R*",
        "remove course PRJ330 數位行銷專題 (2 modules, 6 mappings)",
        "remove module PRJ330 #1 專案管理 (2 mappings)",
        "remove module PRJ330 #2 行銷企劃提案 (4 mappings)",
    ]
    assert plan.removals == (1, 2, 6)  # what goes with the course is counted
    result = ws.perform(apply_import, plan)
    again = export(ws, tmp_path / "again.xlsx")
    assert ws.read(plan_import, read_workbook(again), SAMPLE_NAME).empty
    rows = sheet_values(again, "Modules", "Mappings")
    assert [r[0] for r in rows["Modules"][1:]] == ["MKT101"] * 3 + ["MKT210"] * 4 + ["DAT220"] * 3 + ["NEW100"]
    assert rows["Modules"][2] == ("MKT101", "行銷學原理", 3, "上", 2, "消費者心理", 12)
    assert rows["Modules"][6][1] == "數位廣告" and rows["Mappings"][-1] == ("NEW100", 1, "新單元", "R*")
    ws.perform(undo_import, result.undo)
    assert dump(ws) == before


def test_undo_of_a_created_programme_removes_it(ws, tmp_path):
    path = export(ws, tmp_path / "a.xlsx")
    before = dump(ws)
    _, result = do_import(ws, path, "Copy")
    assert "Copy" in [p.name for p in ws.read(list_programmes)]
    ws.perform(undo_import, result.undo)
    assert dump(ws) == before


def test_a_change_after_the_preview_is_refused(ws, tmp_path):
    path = export(ws, tmp_path / "a.xlsx")
    edit(path, "Modules", "F2", "行銷導論")
    plan = ws.read(plan_import, read_workbook(path), SAMPLE_NAME)
    pid = ws.read(find_programme, SAMPLE_NAME).id
    course = ws.read(lambda s: s.scalar(select(Course.id).where(Course.programme_id == pid, Course.code == "DAT220")))
    ws.perform(update_course, course, name="資料分析")
    before = dump(ws)
    with pytest.raises(ConflictError, match="changed since the import was previewed"):
        ws.perform(apply_import, plan)
    assert dump(ws) == before


def test_notes_survive_a_level_change_and_other_standards_are_untouched(ws, tmp_path):
    from test_excel_export import add_second_standard

    path = export(ws, tmp_path / "a.xlsx")  # exported with one standard: plain codes
    other = add_second_standard(ws)
    pid = ws.read(find_programme, SAMPLE_NAME).id

    def note_and_other(session):
        m = session.scalar(select(Mapping).join(Module).join(Course).where(
            Course.programme_id == pid, Course.code == "MKT101", Module.position == 1))
        from models import Item, Standard

        sit = session.scalar(select(Item.id).join(Standard).where(Standard.code == other, Item.code == "K01"))
        return set_mappings(session, [MappingState(m.module_id, m.item_id, m.level, m.assessed, "keep me"),
                                      MappingState(m.module_id, sit, 1)])

    ws.perform(note_and_other)
    plan = ws.read(plan_import, read_workbook(path), SAMPLE_NAME)
    assert plan.empty and plan.standards == [SAMPLE_STANDARD] and plan.kept == [other]
    assert any("mappings to SIT2519-001v3 items are kept" in str(line) for line in plan.summary())
    with pytest.raises(CurmapError, match=r"no standard NOPE-1 in this map \(it has: KRM2431-001v2, SIT"):
        ws.read(plan_import, read_workbook(path), "Copy", "NOPE-1")


def test_two_standards_round_trip_with_qualified_columns(ws, tmp_path):
    from test_excel_export import add_second_standard

    other = add_second_standard(ws)
    first = export(ws, tmp_path / "two.xlsx")
    plan, result = do_import(ws, first, "Copy")
    assert sorted(plan.standards) == sorted([SAMPLE_STANDARD, other])
    second = export(ws, tmp_path / "copy.xlsx", name="Copy")
    assert sheet_values(first, "Modules", "Mappings") == sheet_values(second, "Modules", "Mappings")


def test_a_new_programme_takes_the_standard_whose_codes_fit(ws, tmp_path):
    from openpyxl import Workbook

    from test_excel_export import add_second_standard

    path = export(ws, tmp_path / "a.xlsx")
    add_second_standard(ws, programme=None)
    # SIT2519-001v3 stops at K12, so K13…K17 pick KRM2431-001v2.
    plan = ws.read(plan_import, read_workbook(path), "Copy")
    assert plan.standards == [SAMPLE_STANDARD] and plan.counts["mappings_added"] == 29
    small = Workbook()
    small.active.title = "Modules"
    small.active.append(["Course code", "Course name", "Credits", "Semester", "Module no", "Module title", "Hours"])
    small.active.append(["C1", "One", 1, "上", 1, "Unit", 2])
    small.create_sheet("Mappings").append(["Course code", "Module no", "K01"])
    small["Mappings"].append(["C1", 1, "m *"])
    small.save(tmp_path / "small.xlsx")
    with pytest.raises(CurmapError, match=r"fit several standards \(KRM2431-001v2, SIT2519-001v3\)"):
        ws.read(plan_import, read_workbook(tmp_path / "small.xlsx"), "Copy")
    plan = ws.read(plan_import, read_workbook(tmp_path / "small.xlsx"), "Copy", "SIT2519-001v3")
    assert str(plan.lines[-1]) == "add mapping C1 #1 K01 M*"


def test_an_empty_template_imports_as_an_empty_programme(ws, tmp_path):
    from app.excel.template import write_template

    path = tmp_path / "t.xlsx"
    result = ws.read(write_template, SAMPLE_STANDARD, path)
    assert result.items == 47
    wb = load_workbook(path)
    assert wb.sheetnames == ["Notes", "Modules", "Mappings"] and wb.active.title == "Notes"
    assert len([c.value for c in wb["Mappings"][1]]) == 50
    notes = "\n".join(str(c.value) for row in wb["Notes"].iter_rows() for c in row if c.value)
    assert "I introduced, R reinforced, M mastered" in notes and "填寫說明" in notes and "K01" in notes
    wb.close()
    plan, created = do_import(ws, path, "Blank")
    assert list(map(str, plan.lines)) == [f"create programme 'Blank' targeting {SAMPLE_STANDARD}"] and created.created
    zh = ws.read(write_template, None, tmp_path / "zh.xlsx", lang="zh_TW")
    assert load_workbook(zh.path, read_only=True).sheetnames == ["說明", "課程單元", "職能對應"]


def test_cancel_during_apply_writes_nothing_and_reading_reports_progress(ws, tmp_path):
    from app.progress import Cancelled, Progress

    path = export(ws, tmp_path / "a.xlsx")
    seen = []
    workbook = read_workbook(path, Progress(report=lambda d, t, w: seen.append(w)))
    assert str(seen[0]) == "checking the file"
    plan = ws.read(plan_import, workbook, "Copy")
    before = dump(ws)
    steps = []
    cancel = Progress(report=lambda d, t, w: steps.append(w), is_cancelled=lambda: len(steps) >= 3)
    with pytest.raises(Cancelled):
        ws.perform(apply_import, plan, progress=cancel)
    assert str(steps[-1]) == "adding and updating" and dump(ws) == before  # cancelled after writing: rolled back
    with pytest.raises(Cancelled):
        read_workbook(path, Progress(is_cancelled=lambda: True))


def test_text_that_looks_like_a_formula_or_holds_control_characters(ws, tmp_path):
    pid = ws.read(find_programme, SAMPLE_NAME).id
    course = ws.read(lambda s: s.scalar(select(Course.id).where(Course.programme_id == pid, Course.code == "MKT101")))
    ws.perform(update_course, course, name="=HYPERLINK(\"http://x\")\x0c行銷")
    path = export(ws, tmp_path / "a.xlsx")
    wb = load_workbook(path)
    cell = wb["Modules"]["B2"]
    assert (cell.value, cell.data_type) == ('=HYPERLINK("http://x")行銷', "s")  # text, not a formula
    wb.close()
    # The form feed was dropped on the way in: the workbook comes back unchanged.
    assert ws.read(plan_import, read_workbook(path), SAMPLE_NAME).empty
