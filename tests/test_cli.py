"""The curmap command as a training centre's script would use it."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from app.cli.main import main
from app.curriculum.sample import SAMPLE_NAME
from tests.conftest import SEED


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_new_default_map_lists_the_bundled_standard(capsys):
    code, out, err = run(capsys, "standards", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert [(s["code"], s["tasks"], s["level"]) for s in data] == [("KRM2431-001v2", 13, 3)]


@pytest.fixture
def made(ws, db_path):
    """A map file that exists (read-only commands refuse a path that does not)."""
    return db_path


def test_show_standard_json_has_the_documented_shape(capsys, made):
    db_path = made
    code, out, err = run(capsys, "--db", str(db_path), "show-standard", "KRM2431-001v2", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["code"], data["name"], data["level"]) == ("KRM2431-001v2", "綜合零售業數位行銷專員", 3)
    assert [d["code"] for d in data["duties"]] == ["T1", "T2", "T3", "T4", "T5"]
    t11 = data["duties"][0]["tasks"][0]
    assert set(t11) >= {"code", "title", "level", "outputs", "indicators", "knowledge", "skills"}
    assert t11["outputs"][1] == {"code": "O1.1.2", "title": "通路行銷資訊蒐集"}
    assert t11["knowledge"] == ["K01", "K02", "K03", "K04", "K05"]
    assert (len(data["knowledge"]), len(data["skills"]), len(data["attitudes"])) == (17, 18, 12)
    assert data["knowledge"][11] == {"code": "K12", "title": "著作權與肖像權知識"}


def test_coverage_json(capsys, made):
    db_path = made
    code, out, err = run(capsys, "--db", str(db_path), "coverage", SAMPLE_NAME, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["programme"] == SAMPLE_NAME and data["standard"] == "KRM2431-001v2"
    assert data["threshold"] == "I"
    assert data["items"] == {"total": 35, "covered": 21}
    assert data["tasks"] == {"total": 13, "covered": 6, "partial": 5, "uncovered": 2}
    assert data["duties"][0] == {"code": "T1", "title": "熟悉產業屬性", "items_total": 11, "items_covered": 0,
                                 "tasks_total": 2, "tasks_covered": 0, "tasks_partial": 0}
    t21 = next(t for t in data["task_status"] if t["code"] == "T2.1")
    assert (t21["status"], t21["missing"]) == ("partial", ["K01", "K03", "S08"])
    assert {"course": "MKT101", "number": 2, "title": "消費者行為"} in t21["modules"]


def test_import_existing_needs_replace_then_replaces(capsys, db_path):
    code, out, err = run(capsys, "--db", str(db_path), "import-standard", str(SEED))
    assert code == 1
    assert "already in this map" in err and "--replace" in err and err.count("\n") == 1
    code, out, err = run(capsys, "--db", str(db_path), "import-standard", str(SEED), "--replace")
    assert code == 0, err
    assert "replaced KRM2431-001v2" in out and "5 duties, 13 tasks, 15 outputs, 13 indicators" in out
    assert "kept 29 mappings, dropped 0" in out


def test_broken_standard_file_names_file_and_line_and_writes_nothing(capsys, made, tmp_path):
    db_path = made
    before = db_path.read_bytes()
    bad = tmp_path / "bad.txt"
    bad.write_text(SEED.read_text(encoding="utf-8").replace("KRM2431-001v2", "KRM9999-001v1")
                   .replace("\t3\tK01", "\t高\tK01"), encoding="utf-8")
    code, out, err = run(capsys, "--db", str(db_path), "import-standard", str(bad))
    assert code == 1
    assert err.startswith("curmap: error: ") and "bad.txt" in err and "line" in err
    assert db_path.read_bytes() == before


def test_unknown_names_are_one_clear_line(capsys, made):
    db_path = made
    code, out, err = run(capsys, "--db", str(db_path), "coverage", "No such programme")
    assert code == 1 and "no programme named 'No such programme'" in err and out == ""
    code, out, err = run(capsys, "--db", str(db_path), "show-standard", "ABC1234-001")
    assert code == 1 and "no standard ABC1234-001" in err


def test_newer_map_is_refused_on_the_command_line(capsys, tmp_path):
    import sqlite3

    path = tmp_path / "newer.db"
    run(capsys, "--db", str(path), "import-standard", str(SEED), "--replace")
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num='0099'")
    con.commit()
    con.close()
    code, out, err = run(capsys, "--db", str(path), "standards")
    assert code == 1 and "newer version of curmap" in err and str(path) in err


def test_console_entry_point_runs(made):
    proc = subprocess.run([sys.executable, "-m", "app.cli.main", "--db", str(made), "programmes"],
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert SAMPLE_NAME in proc.stdout


def test_other_layouts_import_and_read_back_exactly(capsys, db_path):
    from tests.conftest import DATA

    per_task = DATA / "standards" / "TFB5120-002_per_task.txt"
    merged = DATA / "standards" / "SIT2519-001v3_merged.txt"
    for f in (per_task, merged):
        code, out, err = run(capsys, "--db", str(db_path), "import-standard", str(f))
        assert code == 0, err
    code, out, err = run(capsys, "--db", str(db_path), "show-standard", "TFB5120-002", "--json")
    data = json.loads(out)
    assert data["version"] is None and data["name_kind"] == "職業"
    tasks = {t["code"]: t for d in data["duties"] for t in d["tasks"]}
    # Per task: each task keeps only its own items.
    assert (tasks["T1.2"]["knowledge"], tasks["T1.2"]["skills"]) == (["K01", "K03"], ["S03"])
    assert tasks["T1.2"]["outputs"] == []
    assert [c["code"] for c in data["categories"] if c["kind"] == "行業別"] == ["I5611", "I5621", "I5631"]
    code, out, err = run(capsys, "--db", str(db_path), "show-standard", "SIT2519-001v3", "--json")
    data = json.loads(out)
    assert data["name_kind"] == "職類" and data["version"] == 3
    t2 = [t for d in data["duties"] if d["code"] == "T2" for t in d["tasks"]]
    # Merged per duty: every task of T2 carries the duty's whole K list, cut title joined.
    assert len({tuple(t["knowledge"]) for t in t2}) == 1
    assert {"code": "K05", "title": "程式語言與資料結構"} in data["knowledge"]


def test_read_only_commands_create_a_missing_default_map(capsys, tmp_path):
    out_file = tmp_path / "coverage.xlsx"
    code, out, err = run(capsys, "export", SAMPLE_NAME, str(out_file))
    assert code == 0, err
    assert out_file.exists()


def test_a_mistyped_db_path_is_not_made_into_a_sample_map(capsys, tmp_path):
    typo = tmp_path / "maps" / "curmpa.db"
    typo.parent.mkdir()
    for command in (["programmes"], ["standards"], ["show-standard", "KRM2431-001v2"],
                    ["coverage", SAMPLE_NAME], ["export", SAMPLE_NAME, str(tmp_path / "x.xlsx")]):
        code, out, err = run(capsys, "--db", str(typo), *command)
        assert code == 1 and out == "", command
        assert err == f"curmap: error: {typo}: no such map (check the path; a command that changes a map " \
                      "creates it)\n"
    assert not typo.exists() and not (tmp_path / "x.xlsx").exists()


def test_programmes_says_which_column_is_the_id(capsys, made):
    code, out, err = run(capsys, "--db", str(made), "programmes")
    assert code == 0, err
    head, first = out.splitlines()[:2]
    assert head.split("\t") == ["id", "name", "standards", "courses"]
    ident, name, standards, courses = first.split("\t")
    assert name == SAMPLE_NAME and standards == "KRM2431-001v2" and courses == "4"
    code, out, err = run(capsys, "--db", str(made), "coverage", ident)  # the id names it too
    assert code == 0 and out.startswith(f"{SAMPLE_NAME} -> KRM2431-001v2")


@pytest.mark.parametrize("typed", ["數位行銷學程(示例)", "數位行銷學程 （示例）", "數位行銷學程（示列）"])
def test_a_near_miss_suggests_the_programme_and_does_nothing(capsys, made, typed):
    code, out, err = run(capsys, "--db", str(made), "coverage", typed)
    assert code == 1 and out == ""
    assert f"no programme named '{typed}'; did you mean '{SAMPLE_NAME}' (id 1)?" in err


def test_coverage_uses_the_words_of_the_window_and_workbook(capsys, made):
    code, out, err = run(capsys, "--db", str(made), "coverage", SAMPLE_NAME)
    assert code == 0, err
    assert "tasks: 6 covered, 5 partly covered, 2 not covered, of 13" in out
    assert "  T1.1 蒐集產業動態資訊: not covered, missing K01" in out
    assert "  T2.1 客群數據分析: partly covered, missing K01 K03 S08" in out
