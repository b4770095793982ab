"""Hostile curriculum workbooks (bench/hostile_workbooks.py): each refused clearly or taken exactly, none harmful.

Every case is imported into a new programme and over the sample programme;
the judge (bench/outcomes.py) checks the map: unchanged after a refusal,
matching the file after an acceptance, never corrupt, never a traceback.
"""
from __future__ import annotations

import pytest

from bench.hostile_workbooks import write_cases
from bench.workbook_trials import SAMPLE, base_workbook, pristine_map, try_import


@pytest.fixture(scope="module")
def setting(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    pristine = pristine_map(folder)
    cases = {c.name: c for c in write_cases(base_workbook(pristine, folder), folder / "workbooks")}
    work = folder / "work"
    work.mkdir()
    return pristine, cases, work


def _names():
    # The names only (the files are written once, by the fixture); the same list write_cases makes.
    import random

    from bench.hostile_workbooks import cell_edits, package_cases

    base = pristine_bytes()
    return ([f"package: {n}" for n, _, _ in package_cases(base, random.Random(14))] +
            [f"sheet: {n}" for n, _, _ in cell_edits()] + ["package: named .xlsm"])


def pristine_bytes() -> bytes:
    """A small valid workbook, just for listing the package cases' names."""
    import io

    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "Modules"
    wb.create_sheet("Mappings")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("name", _names())
def test_hostile_workbook(setting, name):
    pristine, cases, work = setting
    case = cases[name]
    for programme in ("Torture", SAMPLE):
        outcome = try_import(pristine, work, case, programme, *(("--create",) if programme != SAMPLE else ()))
        allowed = {"refuse": {"refused"}, "accept": {"accepted"}, "either": {"refused", "accepted"}}[case.expect]
        if programme == SAMPLE and case.expect == "accept" and outcome.kind == "refused":
            assert "--allow-removals" in outcome.detail, outcome.detail  # removals wait for consent
            outcome = try_import(pristine, work, case, programme, "--allow-removals")
        assert outcome.kind in allowed, f"{programme}: {outcome.kind}: {outcome.detail}"


def test_a_workbook_of_100000_rows_reads_and_plans(ws, tmp_path):
    """Peak memory and time of the whole import are measured by bench/torture.py --big."""
    from app.excel.plan import plan_import
    from app.excel.read import read_workbook
    from bench.raw_xlsx import big_curriculum

    workbook = read_workbook(big_curriculum(tmp_path / "big.xlsx", rows=100_000))
    assert (len(workbook.courses), workbook.module_count(), len(workbook.cells)) == (1000, 100_000, 100_000)
    plan = ws.read(plan_import, workbook, "Big")
    assert str(plan.headline()) == ("create programme 'Big' from big.xlsx (courses: +1000 ~0 -0; "
                               "modules: +100000 ~0 -0; mappings: +100000 ~0 -0)")


def test_rows_past_the_limit_are_refused_not_cut(tmp_path, monkeypatch):
    from app.excel import workbook as sheets
    from app.excel.common import WorkbookError
    from app.excel.read import read_workbook
    from bench.raw_xlsx import big_curriculum

    monkeypatch.setattr(sheets, "MAX_ROWS", 500)
    with pytest.raises(WorkbookError) as info:
        read_workbook(big_curriculum(tmp_path / "long.xlsx", rows=600))
    assert "Modules: more than 500 rows; only the first were read" in str(info.value)


def test_merged_cells_count_on_every_row_they_cover(tmp_path):
    from openpyxl import Workbook

    from app.excel.read import read_workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Modules"
    ws.append(["Course code", "Course name", "Credits", "Semester", "Module no", "Module title", "Hours"])
    ws.append(["MKT101", "行銷學原理", 3, "上", 1, "一個很長很長的單元名稱", None])
    ws.append([None, None, None, None, 2, "消費者行為", 9])
    ws.append(["DAT220", "資料分析", 2, "下", 1, "SQL", 12])
    for col in "ABCD":
        ws.merge_cells(f"{col}2:{col}3")
    ws.merge_cells("F2:G2")  # a title over the hours cell: the hours stay blank
    wb.create_sheet("Mappings").append(["Course code", "Module no", "K01"])
    wb.save(tmp_path / "merged.xlsx")
    read = read_workbook(tmp_path / "merged.xlsx")
    assert [(c.code, c.name, c.credits, c.semester, [(m.number, m.title, m.hours) for m in c.modules])
            for c in read.courses] == [
        ("MKT101", "行銷學原理", 3, "上", [(1, "一個很長很長的單元名稱", None), (2, "消費者行為", 9)]),
        ("DAT220", "資料分析", 2, "下", [(1, "SQL", 12)])]
