"""compare-standards and migrate-programme as a training centre's script would run them."""
from __future__ import annotations

import json

import pytest

from app.cli.main import main
from app.curriculum.sample import SAMPLE_NAME
from tests.versions_data import V2, V3, V3_FILE


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(capsys, db_path):
    code, _, err = run(capsys, "--db", str(db_path), "import-standard", str(V3_FILE))
    assert code == 0, err
    return str(db_path)


def _mappings(capsys, db, standard):
    code, out, err = run(capsys, "--db", db, "coverage", SAMPLE_NAME, "--standard", standard, "--json")
    return code, out, err


def test_compare_human_readable(capsys, db):
    code, out, err = run(capsys, "--db", db, "compare-standards", V2, V3)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == f"{V2} 綜合零售業數位行銷專員 → {V3} 綜合零售業數位行銷專員 (titles matched at 50% alike or more)"
    assert "Knowledge (K)            0        15         2         2" in lines
    assert "  - T4 操作資料分析與呈現  [its tasks moved to T2; closest: T2 目標客群與數據分析 (13% alike)]" in lines
    k07 = lines.index("  ~ K07 消費者行為常識 → K06 消費者行為知識  67%  "
                      "[renumbered K07 → K06; reworded (67% alike); no longer supports T4.2]")
    assert lines[k07 + 1] == "      tasks: T2.1 T2.2 T3.1 T3.2 T3.3 T4.1 T4.2 T4.3 → T2.1 T2.2 T2.3 T2.4 T3.1 T3.2 T3.3"
    assert "  + T1.2 分析產業動態資訊  [split from T1.1 蒐集產業動態資訊 (71% alike)]" in lines
    assert not any(line.startswith("  = ") for line in lines)  # unchanged ones only with --all
    code, out, _ = run(capsys, "--db", db, "compare-standards", V2, V3, "--all")
    assert "  = S11 多媒體應用技能  100%" in out.splitlines()


def test_compare_json(capsys, db):
    code, out, err = run(capsys, "--db", db, "compare-standards", V2, V3, "--json", "--threshold", "60")
    assert code == 0, err
    data = json.loads(out)
    assert data["threshold"] == 0.6 and data["counts"]["K"]["removed"] == 4  # K09 and K15 fall under 60%
    k06 = next(d for d in data["items"] if d["old"] and d["old"]["code"] == "K06")
    assert (k06["new"]["code"], k06["score"], k06["matched_by"]) == ("K05", 1.0, "title")


def test_compare_errors_are_one_line(capsys, db):
    code, out, err = run(capsys, "--db", db, "compare-standards", V2, "KRM2431-001v9")
    assert code == 1 and out == ""
    assert err == f"curmap: error: no standard KRM2431-001v9 in this map (it has: {V2}, {V3})\n"
    with pytest.raises(SystemExit):
        main(["--db", db, "compare-standards", V2, V3, "--threshold", "0"])
    assert "percentage above 0" in capsys.readouterr().err


def test_migrate_dry_run_writes_nothing(capsys, db, db_path):
    before = db_path.read_bytes()
    code, out, err = run(capsys, "--db", db, "migrate-programme", SAMPLE_NAME, "--to", V3, "--dry-run")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == f"programme '{SAMPLE_NAME}': {V2} → {V3} (titles matched at 50% alike or more)"
    assert lines[1] == "carried: 22 items, 26 mappings"
    assert ("  K07 消費者行為常識 → K06 消費者行為知識  67%  renumbered and reworded: the best title match  "
            "(2 mappings)") in lines
    assert f"cannot carry: 2 items, 3 mappings (they stay on {V2})" in lines
    s12 = lines.index("  S12 網路廣告使用技能: cannot carry: removed in the new version "
                      "(closest: S12 網路行銷廣告投放技能, 38% alike)")
    assert lines[s12 + 1:s12 + 3] == ["      MKT210-1 數位廣告概論 (I)", "      MKT210-2 廣告投放與聯播網 (R)"]
    assert "  items: K16 社群媒體經營知識; K17 生成式AI應用知識; S18 生成式AI工具應用技能; A12 數位素養" in lines
    assert "  tasks: T1.2 分析產業動態資訊 (uncovered); T5.1 經營社群媒體與內容 (uncovered)" in lines
    cov = lines.index(f"coverage{'':16}{V2:>20}{V3:>20}")
    assert lines[cov + 1] == f"{'items (K, S) covered':24}{'21/35 (60%)':>20}{'19/35 (54%)':>20}"
    assert lines[cov + 2] == f"{'tasks covered':24}{'6/13 (46%)':>20}{'3/14 (21%)':>20}"
    assert lines[-1] == "dry run: nothing was written"
    assert db_path.read_bytes() == before
    code, _, err = _mappings(capsys, db, V3)
    assert code == 1 and "does not target" in err


def test_migrate_then_coverage_against_the_new_version(capsys, db):
    code, out, err = run(capsys, "--db", db, "migrate-programme", SAMPLE_NAME, "--to", V3,
                         "--map", "K08=K07", "--map", "S12=S12", "--map", "A10=-")
    assert code == 0, err
    assert "  K08 電子商務相關法律常識 → K07 電子商務與消費者保護法規  chosen  chosen by hand  (1 mapping)" in out
    assert "  A10 溝通協調: not carried, by choice" in out
    tail = out.splitlines()[-3:]
    assert tail == [f"carried 28 mappings to {V3} (2 merged into another mapping of the same module)",
                    f"1 mapping stays on {V2}; the programme targets both versions until it is moved or "
                    "deleted (--drop-uncarried)",
                    f"programme '{SAMPLE_NAME}' now targets {V2}, {V3}"]
    code, out, err = _mappings(capsys, db, V3)
    assert code == 0, err
    # K07 and S12 were covered through K09 and S13 already: the merges add no item.
    assert json.loads(out)["items"] == {"total": 35, "covered": 19}


def test_migrate_json_and_drop_uncarried(capsys, db):
    code, out, err = run(capsys, "--db", db, "migrate-programme", SAMPLE_NAME, "--to", V3, "--from", V2,
                         "--drop-uncarried", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["moved"], data["remaining"], data["written"], data["targets"]) == (26, 0, True, [V3])
    k08 = next(p for p in data["proposals"] if p["item"]["code"] == "K08")
    assert (k08["proposed"], k08["score"], k08["reason"], k08["carried"]) == (None, 0.3, "none", False)
    assert k08["mappings"] == [{"module": "MKT210-4 廣告法規與著作權", "level": "I", "assessed": False}]
    assert data["coverage_after"]["tasks"] == {"total": 14, "covered": 3, "partial": 7, "uncovered": 4}
    code, out, err = run(capsys, "--db", db, "delete-standard", V2)
    assert code == 0, err


@pytest.mark.parametrize("args, message", [
    (["--to", "KRM2431-001v9"], f"no standard KRM2431-001v9 in this map (it has: {V2}, {V3})"),
    (["--to", V3, "--map", "K08"], "--map takes OLD=NEW item codes (NEW '-' to carry nothing), not 'K08'"),
    (["--to", V3, "--map", "K05=K01"], f"--map K05=K01: the programme maps no item K05 of {V2}"),
    (["--to", V3, "--map", "K08=K99"], f"--map K08=K99: {V3} has no item K99"),
    (["--to", V2, "--from", V2],
     f"programme '{SAMPLE_NAME}' would be carried from {V2} to itself; name the new version with --to"),
    (["--to", V2], f"name the standard to carry programme '{SAMPLE_NAME}' from with --from CODE (it targets: {V2})"),
])
def test_migrate_errors_are_one_line_and_write_nothing(capsys, db, db_path, args, message):
    before = db_path.read_bytes()
    code, out, err = run(capsys, "--db", db, "migrate-programme", SAMPLE_NAME, *args)
    assert (code, out, err) == (1, "", f"curmap: error: {message}\n")
    assert db_path.read_bytes() == before
