"""A workbook that lacks courses deletes them only when the user says so, and says how much goes."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

from app.cli.main import main
from app.curriculum.queries import curriculum, find_programme
from app.curriculum.sample import SAMPLE_NAME
from app.excel.plan import plan_import
from app.excel.read import read_workbook
from tests.test_excel_bad import dump


@pytest.fixture
def db(ws, db_path):
    ws.close()  # the CLI opens the map itself
    return db_path


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_blank_template_does_not_wipe_a_programme(db, tmp_path, capsys):
    template = tmp_path / "blank.xlsx"
    assert run(capsys, "--db", db, "workbook-template", template)[0] == 0
    before = dump(db)
    code, out, err = run(capsys, "--db", db, "import-workbook", template, SAMPLE_NAME)
    assert code == 1
    assert dump(db) == before
    lines = out.splitlines()
    # The honest count: a removed course takes its modules and their mappings along.
    assert lines[0] == (f"update programme '{SAMPLE_NAME}' from blank.xlsx "
                        "(courses: +0 ~0 -4; modules: +0 ~0 -12; mappings: +0 ~0 -29)")
    assert "  remove course MKT101 行銷學原理 (3 modules, 7 mappings)" in lines
    assert "  remove module MKT101 #1 行銷概論 (3 mappings)" in lines
    assert sum(line.startswith("  remove module ") for line in lines) == 12
    assert err.count("\n") == 1 and err.startswith("curmap: error: blank.xlsx: the import would delete what is "
                                                    "listed above (courses -4, modules -12, mappings -29); "
                                                    "nothing was imported")
    assert "--allow-removals" in err


def test_removals_go_through_with_the_flag(db, tmp_path, capsys):
    template = tmp_path / "blank.xlsx"
    run(capsys, "--db", db, "workbook-template", template)
    code, out, err = run(capsys, "--db", db, "import-workbook", template, SAMPLE_NAME, "--dry-run")
    assert code == 0 and err == ""
    assert out.splitlines()[-2:] == ["the removals above need --allow-removals", "dry run: nothing was written"]
    code, out, err = run(capsys, "--db", db, "import-workbook", template, SAMPLE_NAME, "--allow-removals")
    assert (code, err) == (0, "")
    assert "modules: +0 ~0 -12; mappings: +0 ~0 -29" in out.splitlines()[0]
    code, out, _ = run(capsys, "--db", db, "programmes")
    assert f"{SAMPLE_NAME}\tKRM2431-001v2\t0\n" in out  # no course left


def test_additions_and_changes_need_no_flag(db, tmp_path, capsys):
    path = tmp_path / "map.xlsx"
    run(capsys, "--db", db, "export", SAMPLE_NAME, path)
    wb = load_workbook(path)
    wb["Modules"]["F2"] = "行銷概論（新版）"
    wb.save(path)
    code, out, err = run(capsys, "--db", db, "import-workbook", path, SAMPLE_NAME)
    assert (code, err) == (0, "") and out.splitlines()[-1] == f"updated programme '{SAMPLE_NAME}'"


def test_a_removed_module_counts_its_mappings(ws, tmp_path):
    from app.excel.export import export_workbook

    pid = ws.read(find_programme, SAMPLE_NAME).id
    path = tmp_path / "map.xlsx"
    ws.read(export_workbook, pid, path)
    wb = load_workbook(path)
    for name in ("Modules", "Mappings"):  # drop MKT101 #3 from both sheets
        sheet = wb[name]
        row = next(r[0].row for r in sheet.iter_rows(min_row=2)
                   if r[0].value == "MKT101" and r[4 if name == "Modules" else 1].value == 3)
        sheet.delete_rows(row)
    wb.save(path)
    plan = ws.read(plan_import, read_workbook(path), pid)
    mapped = ws.read(curriculum, pid)[0].modules[2].mappings
    assert mapped == 2
    assert plan.removals == (0, 1, 2)
    assert [str(line) for line in plan.removal_lines()] == ["remove module MKT101 #3 目標市場與行銷溝通 (2 mappings)"]
