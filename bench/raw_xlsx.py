"""A minimal .xlsx writer with a shared strings table, as Excel writes them (openpyxl writes inline strings).

For big test workbooks: 100,000 rows written in a second or two, read the
way users' files are read.
"""
from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl.utils import get_column_letter

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def write_xlsx(path: Path, sheets: dict[str, list[list]]) -> Path:
    strings: dict[str, int] = {}
    parts = []
    for rows in sheets.values():
        out = [f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{NS}"><sheetData>']
        for r, row in enumerate(rows, start=1):
            cells = []
            for c, value in enumerate(row, start=1):
                if value is None:
                    continue
                ref = f"{get_column_letter(c)}{r}"
                if isinstance(value, str):
                    cells.append(f'<c r="{ref}" t="s"><v>{strings.setdefault(value, len(strings))}</v></c>')
                else:
                    cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            out.append(f'<row r="{r}">{"".join(cells)}</row>')
        out.append("</sheetData></worksheet>")
        parts.append("".join(out))
    sst = "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
    names = list(sheets)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{CT}.sheet.main+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{CT}.sharedStrings+xml"/>'
            + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{CT}.worksheet+xml"/>'
                      for i in range(1, len(names) + 1)) + "</Types>"))
        z.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">'
                   f'<Relationship Id="r1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{NS}" '
                   f'xmlns:r="{REL}"><sheets>' + "".join(
                       f'<sheet name="{escape(n)}" sheetId="{i}" r:id="rId{i}"/>' for i, n in enumerate(names, 1))
                   + "</sheets></workbook>")
        z.writestr("xl/_rels/workbook.xml.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships '
                   f'xmlns="{PKG}">' + "".join(
                       f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                       for i in range(1, len(names) + 1))
                   + f'<Relationship Id="rIdS" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
                   "</Relationships>")
        z.writestr("xl/sharedStrings.xml", f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{NS}" '
                   f'count="{len(strings)}" uniqueCount="{len(strings)}">{sst}</sst>')
        for i, xml in enumerate(parts, 1):
            z.writestr(f"xl/worksheets/sheet{i}.xml", xml)
    return path


MODULES = ["Course code", "Course name", "Credits", "Semester", "Module no", "Module title", "Hours"]


def big_curriculum(path: Path, rows: int = 100_000, per_course: int = 100,
                   items: tuple[str, ...] = ("K01", "K07", "S07", "S10")) -> Path:
    """A curriculum workbook of ``rows`` modules for the bundled standard, a few mappings each."""
    modules = [MODULES]
    mappings = [["Course code", "Module no", *items]]
    for i in range(rows):
        c, k = divmod(i, per_course)
        code = f"C{c:05d}"
        first = k == 0
        modules.append([code, f"課程 {c}" if first else None, 3 if first else None, "上" if first else None,
                        k + 1, f"單元 {c}-{k + 1}", 2])
        mappings.append([code, k + 1] + [("I", "R", "M*")[(i + j) % 3] if (i + j) % len(items) == 0 else None
                                         for j in range(len(items))])
    return write_xlsx(path, {"Modules": modules, "Mappings": mappings})
