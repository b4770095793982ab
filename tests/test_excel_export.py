"""Export of a programme's map to Excel: sheets, the active sheet, layout, progress, cancel."""
from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.coverage.engine import coverage_by_name
from app.curriculum.ops import add_course, add_module, create_programme, set_targets
from app.curriculum.queries import find_programme
from app.excel.common import display_width, level_fills
from app.excel.export import export_workbook
from app.curriculum.mappings import MappingState, set_mappings
from app.progress import Cancelled, Progress
from app.curriculum.sample import SAMPLE_NAME, SAMPLE_STANDARD
from models import Item, Standard

SHEETS = ["Summary", "Uncovered tasks", "Matrix", "Tasks", "Modules", "Mappings"]


def _export(ws, path, name=SAMPLE_NAME, **kw):
    pid = ws.read(find_programme, name).id
    kw.setdefault("today", date(2025, 3, 1))
    return ws.read(export_workbook, pid, path, **kw)


def _values(sheet):
    return [tuple(c.value for c in row) for row in sheet.iter_rows()]


@pytest.fixture
def exported(ws, tmp_path):
    path = tmp_path / "map.xlsx"
    result = _export(ws, path)
    wb = load_workbook(path)
    yield result, wb
    wb.close()


def test_sheets_and_the_active_sheet(exported):
    result, wb = exported
    assert wb.sheetnames == SHEETS == result.sheets
    assert wb.active.title == "Uncovered tasks" == result.active
    # Only the active tab is selected (else Excel opens with the tabs grouped).
    assert [ws.title for ws in wb.worksheets if ws.sheet_view.tabSelected] == ["Uncovered tasks"]
    assert result.tasks_not_covered == 7
    assert (result.courses, result.modules, result.mappings) == (4, 12, 29)


def test_uncovered_tasks_match_the_coverage_engine(ws, exported):
    _, wb = exported
    cov = ws.read(coverage_by_name, SAMPLE_NAME)
    rows = _values(wb["Uncovered tasks"])
    assert rows[0] == ("Duty", "Task", "Title", "Competency level", "Status", "Missing knowledge (K)", "Missing skills (S)")
    expected = [t for t in cov.tasks if t.status != "covered"]
    assert [r[1] for r in rows[1:]] == [t.code for t in expected]
    assert [r[1] for r in rows[1:]] == ["T1.1", "T1.2", "T2.1", "T2.2", "T5.1", "T5.2", "T5.3"]
    for row, t in zip(rows[1:], expected):
        codes = [line.split()[0] for cell in row[5:7] if cell for line in cell.split("\n")]
        assert codes == t.missing
        assert row[4] == {"partial": "partly covered", "uncovered": "not covered"}[t.status]
    assert rows[1][:5] == ("T1 熟悉產業屬性", "T1.1", "蒐集產業動態資訊", 3, "not covered")
    assert rows[1][5].split("\n")[0] == "K01 市場研究原則與實務"
    assert rows[3][5:] == ("K01 市場研究原則與實務\nK03 報告撰寫知識", "S08 目標市場選擇技能")
    sheet = wb["Uncovered tasks"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:G8"
    assert sheet["E2"].fill.fgColor.rgb.endswith("F4A582")  # uncovered
    assert sheet["E4"].fill.fgColor.rgb.endswith("FDDBC7")  # partly


def test_matrix_layout_levels_and_print_settings(exported):
    _, wb = exported
    m = wb["Matrix"]
    assert m.freeze_panes == "E4"
    assert m["A1"].value == "Legend"
    assert [m.cell(1, c).value for c in (5, 6, 7)] == ["I", "R", "M"]
    assert m["E2"].value == "MKT101 行銷學原理" and "E2:G2" in {str(r) for r in m.merged_cells.ranges}
    assert [m.cell(3, c).value for c in range(1, 6)] == ["Duty", "Item", "Item title", "Covered", "MKT101-1 行銷概論"]
    # 5 duties' K and S items (11+8+10+6+9) then 12 attitudes, under 3 header rows; 4 + 12 module columns.
    assert m.max_row == 3 + 44 + 12 and m.max_column == 16
    assert m.auto_filter.ref == "A3:P59"
    rows = _values(m)
    k07_t2 = next(r for r in rows[3:] if r[0].startswith("T2") and r[1] == "K07")
    assert k07_t2[3] == "✓" and k07_t2[4:7] == ("I", "R*", None)
    t1 = [r for r in rows[3:] if r[0].startswith("T1")]
    assert len(t1) == 11 and all(r[3] == "✗" and not any(r[4:]) for r in t1)
    row = rows.index(k07_t2) + 1
    fills = level_fills(("I", "R", "M"))
    assert m.cell(row, 6).fill.fgColor.rgb.endswith(fills[1][0])
    assert m.cell(row, 5).fill.fgColor.rgb.endswith(fills[0][0])
    attitudes = [r for r in rows[3:] if r[0] == "A Attitudes"]
    assert len(attitudes) == 12 and attitudes[0][1] == "A01"
    assert m.page_setup.orientation == "landscape"
    assert (m.page_setup.fitToWidth, m.page_setup.fitToHeight) == (1, 0)
    assert m.sheet_properties.pageSetUpPr.fitToPage is True
    assert m.print_title_rows == "$2:$3" and m.print_title_cols == "$A:$D"


def test_summary_tasks_modules_and_mappings(exported):
    _, wb = exported
    s = _values(wb["Summary"])
    assert s[2][:2] == ("Programme", SAMPLE_NAME)
    assert s[3][:4] == ("Standard", "KRM2431-001v2 綜合零售業數位行銷專員", "Competency level", 3)
    assert wb["Summary"]["B5"].value.date() == date(2025, 3, 1)
    items = next(r for r in s if r[0] == "Items (K, S) covered")
    assert items[1:4] == (21, 35, pytest.approx(0.6))
    duty_rows = {r[0]: r[2:8] for r in s if r[0] in ("T1", "T2", "T3", "T4", "T5")}
    assert duty_rows["T1"] == (0, 11, 0.0, 0, 0, 2) and duty_rows["T3"][:2] == (10, 10)
    tasks = _values(wb["Tasks"])
    assert len(tasks) == 14 and tasks[0][:5] == ("Duty", "Task", "Title", "Competency level", "Status")
    t41 = next(r for r in tasks if r[1] == "T4.1")
    assert t41[4] == "covered" and "DAT220-1 資料庫與 SQL" in t41[9].split("\n")
    mods = _values(wb["Modules"])
    assert mods[0] == ("Course code", "Course name", "Credits", "Semester", "Module no", "Module title", "Hours")
    assert mods[1] == ("MKT101", "行銷學原理", 3, "上", 1, "行銷概論", 6) and len(mods) == 13
    maps = _values(wb["Mappings"])
    assert maps[0][:4] == ("Course code", "Module no", "Module title", "K01") and len(maps[0]) == 3 + 47
    k07 = maps[0].index("K07")
    assert maps[2][:3] == ("MKT101", 2, "消費者行為") and maps[2][k07] == "R*"
    assert wb["Mappings"].freeze_panes == "D2"
    # CJK text counts double: 資料分析與視覺化 needs 16 columns.
    assert wb["Modules"].column_dimensions["B"].width >= display_width("資料分析與視覺化") + 2


def test_chinese_names_follow_lang_and_the_environment(ws, tmp_path, monkeypatch):
    result = _export(ws, tmp_path / "zh.xlsx", lang="zh_TW")
    assert result.sheets == ["摘要", "未涵蓋任務", "對應矩陣", "工作任務", "課程單元", "職能對應"]
    monkeypatch.setenv("CURMAP_LANG", "zh_TW.UTF-8")
    wb = load_workbook(_export(ws, tmp_path / "env.xlsx").path)
    assert wb.active.title == "未涵蓋任務"
    assert [c.value for c in wb["課程單元"][1]] == ["課程代碼", "課程名稱", "學分", "學期", "單元序號", "單元名稱", "時數"]
    assert wb["未涵蓋任務"]["E2"].value == "未涵蓋"
    wb.close()


def test_report_tables(ws, tmp_path):
    result = _export(ws, tmp_path / "r.xlsx", report_tables=True)
    assert result.sheets[-2:] == ["Table 1 Competencies", "Table 3 Objectives"]
    wb = load_workbook(result.path)
    t1 = _values(wb["Table 1 Competencies"])
    assert [r[0].split()[0] for r in t1[1:]] == ["T2.1", "T2.2", "T3.1", "T3.2", "T3.3", "T4.1", "T4.2",
                                               "T4.3", "T5.1", "T5.2", "T5.3"]
    assert t1[1][3] == "K06 行銷溝通知識\nK07 消費者行為常識"  # only what the programme covers
    t3 = _values(wb["Table 3 Objectives"])
    assert len(t3) == 13 and t3[2][0] == "MKT101 行銷學原理\n2 消費者行為" and t3[2][4] == "K07 消費者行為常識"
    wb.close()


def test_a_fully_covered_programme_opens_on_the_summary(ws, tmp_path):
    def build(session):
        pid, _ = create_programme(session, "Complete", [SAMPLE_STANDARD])
        cid, _ = add_course(session, pid, "ALL100", "Everything")
        mid, _ = add_module(session, cid, "All of it")
        sid = session.scalar(select(Standard.id).where(Standard.code == SAMPLE_STANDARD))
        items = session.scalars(select(Item.id).where(Item.standard_id == sid, Item.kind != "A")).all()
        return set_mappings(session, [MappingState(mid, i, 3, True) for i in items])

    ws.perform(build)
    result = _export(ws, tmp_path / "all.xlsx", name="Complete")
    assert result.active == "Summary" and result.tasks_not_covered == 0
    wb = load_workbook(result.path)
    assert wb.active.title == "Summary"
    assert _values(wb["Uncovered tasks"])[1][0] == "Every task is fully covered."
    wb.close()


def test_progress_is_reported_and_cancel_leaves_no_file(ws, tmp_path):
    reports = []
    _export(ws, tmp_path / "p.xlsx", progress=Progress(report=lambda d, t, w: reports.append((d, t, w))))
    assert reports and reports[-1][0] == reports[-1][1] and str(reports[-1][2]) == "saving"
    import os

    from openpyxl.worksheet._writer import ALL_TEMP_FILES

    def leftovers():
        return {p for p in ALL_TEMP_FILES if os.path.exists(p)}

    before = leftovers()
    calls = []
    cancel = Progress(is_cancelled=lambda: len(calls) > 3, report=lambda *a: calls.append(a))
    with pytest.raises(Cancelled):
        _export(ws, tmp_path / "c.xlsx", progress=cancel)
    assert sorted(p.name for p in tmp_path.iterdir() if "xlsx" in p.name) == ["p.xlsx"]
    assert leftovers() == before  # the sheets' temporary files are gone too


def test_unwritable_target_and_unknown_standard_are_clear_errors(ws, tmp_path):
    from app.errors import CurmapError

    with pytest.raises(CurmapError, match="does not exist"):
        _export(ws, tmp_path / "no" / "such" / "x.xlsx")
    with pytest.raises(CurmapError, match="must end in .xlsx"):
        _export(ws, tmp_path / "x.csv")
    with pytest.raises(CurmapError, match="does not target SIT2519"):
        _export(ws, tmp_path / "x.xlsx", standard_code="SIT2519-001v3")


def add_second_standard(ws, programme=SAMPLE_NAME) -> str:
    """Import SIT2519-001v3 and make ``programme`` target it too; returns its code."""
    from pathlib import Path

    from app.standards.parser import parse_standard_file
    from app.standards.store import import_standard

    text = Path(__file__).parent / "data" / "standards" / "SIT2519-001v3_merged.txt"
    code = ws.perform(import_standard, parse_standard_file(text)).code
    if programme:
        ws.perform(set_targets, ws.read(find_programme, programme).id, [SAMPLE_STANDARD, code])
    return code


def test_several_standards_qualify_the_item_columns(ws, tmp_path):
    other = add_second_standard(ws)
    result = _export(ws, tmp_path / "two.xlsx")
    wb = load_workbook(result.path)
    header = _values(wb["Mappings"])[0]
    assert header[3] == f"{SAMPLE_STANDARD}:K01" and f"{other}:K01" in header
    assert [r[1] for r in _values(wb["Summary"]) if r[0] == "Standard" or (r[0] is None and r[2] == "Competency level")] \
        == [f"{SAMPLE_STANDARD} 綜合零售業數位行銷專員", f"{other} 軟體測試"]
    assert _values(wb["Uncovered tasks"])[0][:2] == ("Standard", "Duty")
    wb.close()
    only = load_workbook(_export(ws, tmp_path / "one.xlsx", standard_code=SAMPLE_STANDARD).path)
    assert _values(only["Mappings"])[0][3] == "K01"
    only.close()
