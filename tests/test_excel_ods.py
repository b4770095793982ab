"""Curriculum workbooks saved by LibreOffice as .ods import as .xlsx ones do."""
from __future__ import annotations

import zipfile

import pytest

from app.cli.main import main
from app.curriculum.sample import SAMPLE_NAME
from app.excel.common import WorkbookError
from app.excel.read_any import read_curriculum
from tests.conftest import DATA

ODS = DATA / "workbooks" / "curriculum_zh.ods"


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def rewrite(tmp_path, change) -> str:
    """A copy of the fixture with content.xml changed by ``change(text)``."""
    out = tmp_path / "changed.ods"
    with zipfile.ZipFile(ODS) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "content.xml":
                data = change(data.decode("utf-8")).encode("utf-8")
            dst.writestr(info, data, compress_type=zipfile.ZIP_STORED if info.filename == "mimetype"
                         else zipfile.ZIP_DEFLATED)
    return str(out)


def test_the_ods_reads_as_the_workbook_it_was_saved_from():
    wb = read_curriculum(ODS)
    assert wb.source == "curriculum_zh.ods"
    assert [c.code for c in wb.courses] == ["MKT101", "MKT210", "DAT220", "PRJ330"]
    assert wb.module_count() == 12 and len(wb.columns) == 47
    assert wb.courses[0].credits == 3 and wb.courses[0].modules[1].title == "消費者行為"
    first = wb.cells[0]
    assert (first.course, first.number, wb.columns[first.column].code, first.label, first.ref) == \
        ("MKT101", 1, "K01", "R", "職能對應!D2")


def test_import_workbook_from_ods_on_the_command_line(ws, db_path, capsys):
    ws.close()
    code, out, err = run(capsys, "--db", str(db_path), "import-workbook", str(ODS), SAMPLE_NAME, "--dry-run")
    assert code == 0, err
    assert out.splitlines() == [
        f"update programme '{SAMPLE_NAME}' from curriculum_zh.ods (courses: +0 ~0 -0; modules: +0 ~0 -0; "
        "mappings: +1 ~0 -0)",
        "  add mapping MKT101 #1 K01 R",
        "dry run: nothing was written",
    ]


def test_a_bad_cell_in_an_ods_is_named_by_sheet_and_cell(tmp_path):
    bad = rewrite(tmp_path, lambda text: text.replace("<text:p>R</text:p>", "<text:p>R R</text:p>", 1))
    with pytest.raises(WorkbookError) as caught:
        read_curriculum(bad)
    assert "職能對應!D2: 'R R' is not a level" in str(caught.value)


def test_an_ods_declaring_entities_is_refused(tmp_path):
    bad = rewrite(tmp_path, lambda text: text.replace(
        "<office:document-content", '<!DOCTYPE x [<!ENTITY a "b">]><office:document-content', 1))
    with pytest.raises(WorkbookError, match="declares XML entities"):
        read_curriculum(bad)


def test_a_truncated_ods_is_refused(tmp_path):
    cut = tmp_path / "cut.ods"
    cut.write_bytes(ODS.read_bytes()[:3000])
    with pytest.raises(WorkbookError, match="damaged or truncated"):
        read_curriculum(cut)
