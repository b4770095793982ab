"""How the exported workbook prints: the Mappings sheet across pages at full size, fonts named."""
from __future__ import annotations

from openpyxl import load_workbook

from app.curriculum.queries import find_programme
from app.curriculum.sample import SAMPLE_NAME
from app.excel.export import export_workbook


def test_the_mappings_sheet_prints_across_pages_with_its_first_columns_repeated(ws, tmp_path):
    out = tmp_path / "map.xlsx"
    ws.read(export_workbook, ws.read(find_programme, SAMPLE_NAME).id, out)
    book = load_workbook(out)
    sheet = book["Mappings"]
    assert not sheet.sheet_properties.pageSetUpPr.fitToPage  # 47 item columns at full size, not 4 pt
    assert sheet.print_title_cols == "$A:$C" and sheet.print_title_rows == "$1:$1"
    assert sheet.page_setup.orientation == "landscape"
    assert book["Summary"].sheet_properties.pageSetUpPr.fitToPage  # a narrow sheet still fits one page wide
    # Every bold (heading) font has a name: without one LibreOffice prints headings in a serif.
    for name in ("Summary", "Matrix", "Mappings"):
        for row in book[name].iter_rows(max_row=4):
            for cell in row:
                if cell.value is not None and cell.font.b:
                    assert cell.font.name == "Calibri", (name, cell.coordinate)
    book.close()
