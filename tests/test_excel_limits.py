"""Beyond Excel's 16,384 columns: more Matrix sheets, or a refusal before any file is written."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from app.cli.main import main
from app.curriculum.bulk import NewCourse, NewModule, add_courses
from app.curriculum.queries import find_programme
from app.curriculum.sample import SAMPLE_NAME
from app.errors import CurmapError
from app.excel import limits
from app.excel.export import export_workbook
from app.excel.plan import plan_import
from app.excel.read import read_workbook
from app.excel.template import write_template


def _course(code, n):
    return SimpleNamespace(code=code, modules=[SimpleNamespace(id=f"{code}{i}") for i in range(n)])


def test_pages_keep_courses_whole_when_they_fit():
    a, b, c, big = _course("A", 3), _course("B", 4), _course("C", 2), _course("D", 12)
    pages = limits.matrix_pages([a, b, c], room=6)
    assert [[(course.code, len(mods)) for course, mods in page] for page in pages] == [[("A", 3)], [("B", 4), ("C", 2)]]
    pages = limits.matrix_pages([a, big, c], room=5)
    assert [[(course.code, len(mods)) for course, mods in page] for page in pages] == [
        [("A", 3)], [("D", 5)], [("D", 5)], [("D", 2), ("C", 2)]]
    assert limits.matrix_pages([], room=5) == [[]]


@pytest.fixture
def big(ws):
    """The sample programme plus 18,400 modules: past column XFD, and past ZZZ where openpyxl gave up."""
    pid = ws.read(find_programme, SAMPLE_NAME).id
    ws.perform(add_courses, pid, [NewCourse(f"B{c:03d}", f"大課{c}", modules=[NewModule(f"單元{i}") for i in range(100)])
                                  for c in range(184)])
    return pid


def test_a_programme_wider_than_a_sheet_gets_more_matrix_sheets(ws, big, tmp_path):
    path = tmp_path / "wide.xlsx"
    result = ws.read(export_workbook, big, path)
    assert result.sheets == ["Summary", "Uncovered tasks", "Matrix", "Matrix (2)", "Tasks", "Modules", "Mappings"]
    wb = load_workbook(path, read_only=True)
    headers = []
    for name in ("Matrix", "Matrix (2)"):
        sheet = wb[name]
        sheet.reset_dimensions()
        row3 = next(sheet.iter_rows(min_row=3, max_row=3, values_only=True))
        assert list(row3[:4]) == ["Duty", "Item", "Item title", "Covered"]
        headers += [h for h in row3[4:] if h is not None]
        assert len(row3) <= limits.MAX_COLUMNS
    assert len(headers) == len(set(headers)) == 12 + 18_400  # every module once, on one of the sheets
    first = wb["Matrix"]
    first.reset_dimensions()
    assert next(first.iter_rows(min_row=3, max_row=3, values_only=True))[-1] is not None  # XFD is used
    assert get_column_letter(limits.MAX_COLUMNS) == "XFD"
    wb.close()
    # The Modules and Mappings sheets are still the workbook curmap imports back.
    assert ws.read(plan_import, read_workbook(path), big).empty


def test_too_many_items_for_the_mappings_sheet_is_refused_before_writing(ws, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(limits, "MAX_COLUMNS", 40)  # the sample standard has 47 items
    pid = ws.read(find_programme, SAMPLE_NAME).id
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(CurmapError, match="the standards have 47 items, more than the 37 columns"):
        ws.read(export_workbook, pid, out / "x.xlsx")
    with pytest.raises(CurmapError, match="on the Mappings sheet; nothing was written"):
        ws.read(write_template, None, out / "t.xlsx")
    assert list(out.iterdir()) == []  # not even a temporary file
    ws.close()
    code = main(["--db", str(ws.db.path), "export", SAMPLE_NAME, str(tmp_path / "x.xlsx")])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "Export one standard at a time (--standard CODE)" in err


def test_more_rows_than_a_sheet_is_refused(monkeypatch):
    monkeypatch.setattr(limits, "MAX_ROWS", 100)
    with pytest.raises(CurmapError, match="^out.xlsx: 100 modules are more than the 99 rows of an Excel sheet"):
        limits.check_export(item_columns=10, modules=100, matrix_rows=5, task_rows=5, what="out.xlsx")
