"""import-standard from the command line: PDF, ODT and text; warnings printed; --dry-run stores nothing."""
from __future__ import annotations

import json
from pathlib import Path

from app.cli.main import main

LAYOUTS = Path(__file__).parent / "data" / "standards" / "layouts"


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_pdf_imports_with_its_blocks(capsys, db_path):
    code, out, err = run(capsys, "--db", str(db_path), "import-standard", str(LAYOUTS / "blocks_LMT3115-002.pdf"))
    assert code == 0, err
    assert out.startswith("imported LMT3115-002 精密機械維修技術員: 2 duties, 4 tasks, 6 outputs, 6 indicators, "
                          "6 K, 7 S, 4 A")
    assert err == ""
    code, out, err = run(capsys, "--db", str(db_path), "show-standard", "LMT3115-002")
    assert "  T1.1 擬定年度保養計畫 [L4]  K: K01 K02 K03  S: S01 S02 S03\n" in out
    assert "    block 1 [L3]  K: K01 K02  S: S01\n    block 2 [L4]  K: K03  S: S02 S03\n" in out
    code, out, err = run(capsys, "--db", str(db_path), "show-standard", "LMT3115-002", "--json")
    t11 = json.loads(out)["duties"][0]["tasks"][0]
    assert [b["level"] for b in t11["blocks"]] == [3, 4]


def test_an_odt_imports_and_its_warnings_are_printed(capsys, db_path):
    code, out, err = run(capsys, "--db", str(db_path), "import-standard", str(LAYOUTS / "gap_HSM3412-003v2.odt"))
    assert code == 0, err
    assert err.splitlines() == [
        "curmap: warning: gap_HSM3412-003v2.odt, table 2, row 5: task T1.2 lists no skill (S) item",
        "curmap: warning: gap_HSM3412-003v2.odt, paragraph 10: the standard lists no attitudes "
        "(職能內涵 A=attitude 態度); it is read without any"]
    assert out.startswith("imported HSM3412-003v2")


def test_dry_run_reads_and_stores_nothing(capsys, db_path):
    from app.workspace import Workspace

    Workspace.open(db_path).close()
    before = db_path.read_bytes()
    code, out, err = run(capsys, "--db", str(db_path), "import-standard", "--dry-run",
                         str(LAYOUTS / "shared_PMT2149-001v1.pdf"))
    assert code == 0, err
    assert out == ("read PMT2149-001v1 積層製造工程師: 2 duties, 6 tasks, 5 outputs, 6 indicators, 6 K, 5 S, 2 A; "
                   "2 warnings; nothing stored (--dry-run)\n")
    assert "curmap: warning: shared_PMT2149-001v1.pdf, page 1: 行業別 lists 3 codes but 2 names" in err
    assert db_path.read_bytes() == before
    code, out, err = run(capsys, "--db", str(db_path), "standards")
    assert "PMT2149-001v1" not in out


def test_dry_run_of_a_broken_file_fails_like_an_import(capsys, db_path, tmp_path):
    bad = tmp_path / "cut.pdf"
    bad.write_bytes((LAYOUTS / "long_FIN2412-005v3.pdf").read_bytes()[:5000])
    code, out, err = run(capsys, "--db", str(db_path), "import-standard", "--dry-run", str(bad))
    assert code == 1 and out == ""
    assert err == "curmap: error: cut.pdf: the PDF is damaged or incomplete and cannot be read (PSEOF)\n"
    assert not db_path.exists()
