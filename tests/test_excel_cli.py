"""The Excel subcommands through app.cli.main: exit codes, what they print, what they write."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

from app.cli.main import main
from app.curriculum.sample import SAMPLE_NAME, SAMPLE_STANDARD


@pytest.fixture
def db(ws, db_path):
    ws.close()  # the CLI opens the map itself
    return str(db_path)


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_then_dry_run_then_import(db, tmp_path, capsys):
    out_file = tmp_path / "map.xlsx"
    code, out, err = run(capsys, "--db", db, "export", SAMPLE_NAME, str(out_file), "--report-tables")
    assert (code, err) == (0, "")
    assert out.startswith(f"wrote {out_file}: 8 sheets (Summary, Uncovered tasks, Matrix, Tasks, Modules, Mappings, "
                          "Table 1 Competencies, Table 3 Objectives); 4 courses, 12 modules, 29 mappings\n")
    assert "7 tasks not fully covered: see the sheet 'Uncovered tasks'" in out
    wb = load_workbook(out_file)
    wb["Mappings"]["D2"] = "R"  # MKT101 #1 K01
    wb.save(out_file)
    wb.close()
    code, out, err = run(capsys, "--db", db, "import-workbook", str(out_file), SAMPLE_NAME, "--dry-run")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"update programme '{SAMPLE_NAME}' from map.xlsx (courses: +0 ~0 -0; modules: +0 ~0 -0; "
        "mappings: +1 ~0 -0)",
        "  add mapping MKT101 #1 K01 R",
        "dry run: nothing was written",
    ]
    code, out, err = run(capsys, "--db", db, "import-workbook", str(out_file), SAMPLE_NAME)
    assert code == 0 and out.splitlines()[-1] == f"updated programme '{SAMPLE_NAME}'"
    code, out, _ = run(capsys, "--db", db, "import-workbook", str(out_file), SAMPLE_NAME)
    assert code == 0 and "nothing to change" in out
    code, out, _ = run(capsys, "--db", db, "coverage", SAMPLE_NAME)
    assert "items: 22/35 covered" in out  # K01 now counts


def test_export_in_chinese_and_the_template(db, tmp_path, capsys, monkeypatch):
    code, out, _ = run(capsys, "--db", db, "export", SAMPLE_NAME, str(tmp_path / "zh.xlsx"), "--lang", "zh_TW")
    assert code == 0 and "未涵蓋任務" in out
    monkeypatch.setenv("CURMAP_LANG", "zh_TW")
    code, out, _ = run(capsys, "--db", db, "workbook-template", str(tmp_path / "t.xlsx"), "--standard", SAMPLE_STANDARD)
    assert code == 0 and out == f"wrote {tmp_path / 't.xlsx'}: a curriculum workbook for {SAMPLE_STANDARD} " \
                                "with 47 item columns\n"
    assert load_workbook(tmp_path / "t.xlsx", read_only=True).sheetnames == ["說明", "課程單元", "職能對應"]
    code, out, err = run(capsys, "--db", db, "import-workbook", str(tmp_path / "t.xlsx"), "新學程")
    assert code == 1 and out == "" and "add --create" in err  # a new programme is asked for, never guessed
    code, out, _ = run(capsys, "--db", db, "import-workbook", str(tmp_path / "t.xlsx"), "新學程", "--create")
    assert code == 0 and out.splitlines()[1] == f"  create programme '新學程' targeting {SAMPLE_STANDARD}"


@pytest.mark.parametrize("typed", ["7", "數位行銷學程(示例)"])
def test_import_workbook_never_makes_a_programme_from_a_typo(db, tmp_path, capsys, typed):
    from app.curriculum.queries import list_programmes
    from app.workspace import Workspace

    out_file = tmp_path / "map.xlsx"
    assert run(capsys, "--db", db, "export", SAMPLE_NAME, str(out_file))[0] == 0
    code, out, err = run(capsys, "--db", db, "import-workbook", str(out_file), typed)
    assert code == 1 and out == ""
    if typed == "7":
        assert err.startswith("curmap: error: no programme named '7' (this map has: 1 數位行銷學程（示例）)")
    else:
        assert f"did you mean '{SAMPLE_NAME}' (id 1)?" in err
        # --create does not make a look-alike twin either
        code, out, err = run(capsys, "--db", db, "import-workbook", str(out_file), typed, "--create")
        assert code == 1 and "did you mean" in err
    ws = Workspace.open(db)
    try:
        assert [p.name for p in ws.read(list_programmes)] == [SAMPLE_NAME]
    finally:
        ws.close()
    code, out, err = run(capsys, "--db", db, "import-workbook", str(out_file), "1", "--dry-run")
    assert code == 0 and out.startswith(f"update programme '{SAMPLE_NAME}'")  # by id


def test_errors_exit_1_with_a_message(db, tmp_path, capsys):
    code, out, err = run(capsys, "--db", db, "export", "No such", str(tmp_path / "x.xlsx"))
    assert code == 1 and out == "" and "no programme named 'No such'" in err
    code, _, err = run(capsys, "--db", db, "export", SAMPLE_NAME, str(tmp_path / "x.xlsx"), "--lang", "fr")
    assert code == 1 and err == "curmap: error: unknown language 'fr': use en or zh_TW\n"
    code, _, err = run(capsys, "--db", db, "workbook-template", str(tmp_path / "t.xlsx"), "--standard", "NOPE")
    assert code == 1 and "no standard NOPE in this map" in err
    assert not (tmp_path / "x.xlsx").exists() and not (tmp_path / "t.xlsx").exists()
    (tmp_path / "bad.xlsx").write_text("not a workbook")
    code, _, err = run(capsys, "--db", db, "import-workbook", str(tmp_path / "bad.xlsx"), SAMPLE_NAME)
    assert code == 1 and err == "curmap: error: bad.xlsx: is not an Excel workbook (.xlsx); nothing was imported\n"
