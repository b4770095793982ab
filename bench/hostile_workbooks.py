"""Hostile curriculum workbooks, made from a good one: broken packages, attacks, odd sheets and cells.

Each case is a file and what a careful user would expect: "refuse" (one clear
message, nothing written), "accept" (the programme then matches the file) or
"either". tests/test_hostile_workbooks.py asserts a selection; bench.torture
runs them all.
"""
from __future__ import annotations

import io
import random
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook


@dataclass
class Case:
    name: str
    path: Path
    expect: str  # "refuse", "accept" or "either"


# ---- package level ---------------------------------------------------------

def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def _zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def _sheet_part(members: dict[str, bytes], title: str) -> str:
    """The zip member holding the sheet called ``title``."""
    import re

    book = members["xl/workbook.xml"].decode()
    rels = members["xl/_rels/workbook.xml.rels"].decode()
    rid = re.search(rf'<sheet[^>]*name="{re.escape(title)}"[^>]*r:id="([^"]+)"', book)[1]
    target = re.search(rf'<Relationship[^>]*Id="{rid}"[^>]*Target="([^"]+)"', rels) or \
        re.search(rf'<Relationship[^>]*Target="([^"]+)"[^>]*Id="{rid}"', rels)
    return "xl/" + target[1].lstrip("/").removeprefix("xl/")


LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
          b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>')
EXTERNAL = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
            b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&e;</t></si></sst>')


def package_cases(base: bytes, rng: random.Random) -> list[tuple[str, bytes, str]]:
    """(name, file bytes, expectation) for damaged and hostile packages."""
    out: list[tuple[str, bytes, str]] = [
        ("empty", b"", "refuse"), ("one byte", b"P", "refuse"),
        ("csv", "Course code,Module no\nMKT101,1\n".encode(), "refuse"),
        ("html", b"<html><table><tr><td>MKT101</td></tr></table></html>", "refuse"),
        ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(rng.randrange(256) for _ in range(2000)), "refuse"),
        ("ole (encrypted or .xls)", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4000, "refuse"),
    ]
    for size in (16, 1000, 100_000):
        out.append((f"random {size} bytes", bytes(rng.randrange(256) for _ in range(size)), "refuse"))
    out.append(("zip header then noise", b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(5000)), "refuse"))
    for frac in (0.02, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 0.97, 0.995):
        out.append((f"truncated at {frac:.1%}", base[:int(len(base) * frac)], "refuse"))
    for n in range(12):
        flipped = bytearray(base)
        pos = rng.randrange(30, len(base) - 30)
        flipped[pos] ^= 1 << rng.randrange(8)
        out.append((f"bit flip {n}", bytes(flipped), "either"))
    members = _members(base)
    modules = _sheet_part(members, "Modules")
    mappings = _sheet_part(members, "Mappings")

    def variant(name: str, change: Callable[[dict], None], expect: str = "refuse", method=zipfile.ZIP_DEFLATED):
        m = dict(members)
        change(m)
        out.append((name, _zip(m, method), expect))

    variant("no workbook.xml", lambda m: m.pop("xl/workbook.xml"))
    variant("no content types", lambda m: m.pop("[Content_Types].xml"))
    variant("no styles", lambda m: m.pop("xl/styles.xml", None), "either")
    variant("shared strings part missing", lambda m: (_add_shared_strings(m, 3), m.pop("xl/sharedStrings.xml")),
            "either")
    variant("sheet part missing", lambda m: m.pop(modules))
    variant("sheet xml cut", lambda m: m.update({modules: m[modules][:len(m[modules]) // 2]}))
    variant("sheet xml not xml", lambda m: m.update({modules: b"\x00\x01binary\xff\xfe"}))
    variant("workbook xml cut", lambda m: m.update({"xl/workbook.xml": m["xl/workbook.xml"][:200]}))
    variant("U+FFFE in a cell", lambda m: m.update({mappings: m[mappings].replace(
        b"<v>", "<v>\ufffe".encode(), 1) if b"<v>" in m[mappings] else m[mappings].replace(
        b"<t>", "<t>\ufffe".encode(), 1)}))
    variant("billion laughs in a sheet", lambda m: m.update({modules: LAUGHS}))
    variant("laughs after a long prolog", lambda m: m.update(
        {modules: LAUGHS.replace(b"?>", b"?><!--" + b" " * 20000 + b"-->", 1)}))
    variant("external entity in shared strings", lambda m: (_add_shared_strings(m, 1),
                                                              m.update({"xl/sharedStrings.xml": EXTERNAL})))
    variant("binary workbook marker (.xlsb)", lambda m: m.update({"xl/workbook.bin": b"\0" * 100}))
    variant("OpenDocument (.ods)", lambda m: (m.clear(), m.update({"mimetype": b"application/vnd.oasis"})))
    variant("a Word document", lambda m: (m.clear(), m.update({"word/document.xml": b"<w:document/>"})))
    variant("ratio bomb", lambda m: m.update({"xl/media/bomb.bin": b"\0" * (8 * 2**20)}))
    variant("many members", lambda m: m.update({f"xl/junk/{i}.xml": b"<x/>" for i in range(10_001)}),
            method=zipfile.ZIP_STORED)
    variant("nested zip", lambda m: m.update({"xl/embeddings/inner.xlsx": base}), "either")
    variant("dimension claims the whole sheet", lambda m: m.update({modules: _redimension(m[modules])}), "accept")
    variant("macro-enabled (.xlsm) parts", lambda m: m.update({
        "xl/vbaProject.bin": b"\xd0\xcf\x11\xe0" + b"\0" * 512,
        "[Content_Types].xml": m["[Content_Types].xml"].replace(
            b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")}), "accept")
    variant("100,000 unused shared strings", lambda m: _add_shared_strings(m, 100_000), "accept")
    claimed = bytearray(_zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"},
                             zipfile.ZIP_STORED))
    cd = claimed.rfind(b"PK\x01\x02")
    claimed[cd + 24:cd + 28] = struct.pack("<I", 300 * 2**20)
    out.append(("central directory claims 300 MB", bytes(claimed), "refuse"))
    return out


def _redimension(xml: bytes) -> bytes:
    import re

    return re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', xml, count=1)


def _add_shared_strings(members: dict[str, bytes], count: int) -> None:
    """A shared strings part (openpyxl writes inline strings) holding ``count`` strings no cell uses."""
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    body = b"".join(b"<si><t>unused %d</t></si>" % i for i in range(count))
    members["xl/sharedStrings.xml"] = (b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="%s" count="%d" '
                                       b'uniqueCount="%d">' % (ns.encode(), count, count)) + body + b"</sst>"
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(b"</Types>", (
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.spreadsheetml.sharedStrings+xml"/></Types>'))
    members["xl/_rels/workbook.xml.rels"] = members["xl/_rels/workbook.xml.rels"].replace(b"</Relationships>", (
        b'<Relationship Id="rIdSST" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'sharedStrings" Target="sharedStrings.xml"/></Relationships>'))


# ---- sheet and cell level --------------------------------------------------

Edit = Callable[[object], None]  # an openpyxl Workbook, changed in place


def _col(ws, header: str) -> int:
    for cell in ws[1]:
        if cell.value == header:
            return cell.column
    raise KeyError(header)


def _set(sheet: str, header: str, row: int, value) -> Edit:
    def edit(wb):
        ws = wb[sheet]
        ws.cell(row, _col(ws, header)).value = value
    return edit


def _rename_header(sheet: str, header: str, new) -> Edit:
    def edit(wb):
        ws = wb[sheet]
        ws.cell(1, _col(ws, header)).value = new
    return edit


def _delete_col(sheet: str, header: str) -> Edit:
    def edit(wb):
        ws = wb[sheet]
        ws.delete_cols(_col(ws, header))
    return edit


def _append(sheet: str, row: list) -> Edit:
    return lambda wb: wb[sheet].append(row)


def cell_edits() -> list[tuple[str, Edit, str]]:
    modules = ["Course code", "Course name", "Credits", "Semester", "Module no", "Module title", "Hours"]
    out: list[tuple[str, Edit, str]] = [("unchanged", lambda wb: None, "accept")]
    for h in modules:
        out.append((f"Modules without '{h}'", _delete_col("Modules", h), "refuse"))
        out.append((f"Modules '{h}' header renamed", _rename_header("Modules", h, "Remarks"), "refuse"))
        out.append((f"formula in {h}", _set("Modules", h, 2, "=1+1"), "refuse"))
    out += [
        ("headers in Chinese", lambda wb: [_rename_header("Modules", h, zh)(wb) for h, zh in zip(
            modules, ["課程代碼", "課程名稱", "學分", "學期", "單元序號", "單元名稱", "時數"])], "accept"),
        ("headers in odd case and spacing", lambda wb: [_rename_header("Modules", h, f"  {h.upper()} ")(wb)
                                                         for h in modules], "accept"),
        ("a second Hours column", lambda wb: wb["Modules"].cell(1, 9, "Hours"), "refuse"),
        ("Mappings without Module no", _delete_col("Mappings", "Module no"), "refuse"),
        ("Mappings without Course code", _delete_col("Mappings", "Course code"), "refuse"),
        ("an item column K99", lambda wb: wb["Mappings"].cell(1, wb["Mappings"].max_column + 1, "K99"), "refuse"),
        ("a column 'Remarks' with values", lambda wb: (wb["Mappings"].cell(1, 60, "Remarks"),
                                                       wb["Mappings"].cell(2, 60, "R")), "refuse"),
        ("item K01 twice", lambda wb: wb["Mappings"].cell(1, wb["Mappings"].max_column + 1, "K01"), "refuse"),
        ("item named with its standard", _rename_header("Mappings", "K01", "KRM2431-001v2:K01"), "accept"),
        ("item named with another standard", _rename_header("Mappings", "K01", "ABC1234-001v1:K01"), "refuse"),
        ("item header as 'k 1'", _rename_header("Mappings", "K01", "k 1"), "accept"),
        ("error value in hours", lambda wb: _set_error(wb, "Modules", "G2"), "refuse"),
        ("date as module title", _set("Modules", "Module title", 3, datetime(2024, 9, 1)), "refuse"),
        ("date as course code", _set("Modules", "Course code", 2, datetime(2024, 9, 1)), "refuse"),
        ("TRUE as course name", _set("Modules", "Course name", 2, True), "refuse"),
        ("hours 1e308", _set("Modules", "Hours", 2, 1e308), "refuse"),
        ("hours 'inf'", _set("Modules", "Hours", 2, "inf"), "refuse"),
        ("hours 'nan'", _set("Modules", "Hours", 2, "nan"), "refuse"),
        ("hours -1", _set("Modules", "Hours", 2, -1), "refuse"),
        ("hours 10000", _set("Modules", "Hours", 2, 10000), "refuse"),
        ("hours as text '12'", _set("Modules", "Hours", 2, "12"), "accept"),
        ("hours 'twelve'", _set("Modules", "Hours", 2, "twelve"), "refuse"),
        ("credits 1e308", _set("Modules", "Credits", 2, 1e308), "refuse"),
        ("module no 1.5", _set("Modules", "Module no", 2, 1.5), "refuse"),
        ("module no 0", _set("Modules", "Module no", 2, 0), "refuse"),
        ("module numbers with a gap", _set("Modules", "Module no", 3, 7), "refuse"),
        ("a module twice", _append("Modules", ["MKT101", None, None, None, 1, "再一次", 1]), "refuse"),
        ("course name differs on a later row", _set("Modules", "Course name", 3, "另一個名稱"), "refuse"),
        ("title of 32,000 characters", _set("Modules", "Module title", 2, "長" * 32_000), "refuse"),
        ("title of 301 characters", _set("Modules", "Module title", 2, "T" * 301), "refuse"),
        ("title of 300 characters", _set("Modules", "Module title", 2, "T" * 300), "accept"),
        ("course code of 41 characters", _set("Modules", "Course code", 2, "C" * 41), "refuse"),
        ("C1 controls in a title", _set("Modules", "Module title", 2, "行銷\x9b2J\x85概論\x7f"), "accept"),
        ("emoji and RTL override in a title", _set("Modules", "Module title", 2, "行銷 📈 \u202eevil"), "accept"),
        ("a formula-looking title kept as text", _set_text("Modules", "F2", "=HYPERLINK(\"x\")"), "accept"),
        ("level 'X'", _set("Mappings", "K06", 2, "X"), "refuse"),
        ("level 'r' lower case", _set("Mappings", "K06", 2, "r"), "accept"),
        ("level 'M**'", _set("Mappings", "K06", 2, "M**"), "accept"),  # read as M*
        ("level as the number 2", _set("Mappings", "K06", 2, 2), "refuse"),
        ("level of eleven characters", _set("Mappings", "K06", 2, "ABCDEFGHIJK"), "refuse"),
        ("level blank spaces", _set("Mappings", "K06", 2, "   "), "accept"),
        ("mapping row for a module not on Modules", _append("Mappings", ["MKT101", 9, "I"]), "refuse"),
        ("mapping row twice", _append("Mappings", ["MKT101", 1, "I"]), "refuse"),
        ("value far right in XFD", lambda wb: wb["Mappings"].cell(2, 16_384, "R"), "refuse"),
        ("course code merged over its rows", _merge_codes, "accept"),  # as Excel shows it
        ("course fields merged, a title merged across", _merge_more, "accept"),
        ("Modules sheet hidden", lambda wb: setattr(wb["Modules"], "sheet_state", "hidden"), "accept"),
        ("Mappings sheet very hidden", lambda wb: setattr(wb["Mappings"], "sheet_state", "veryHidden"), "accept"),
        ("sheets in another order with extras", _reorder, "accept"),
        ("sheet names in Chinese", lambda wb: (setattr(wb["Modules"], "title", "課程單元"),
                                               setattr(wb["Mappings"], "title", "職能對應")), "accept"),
        ("sheet names in lower case", _lower_titles, "accept"),
        ("no Mappings sheet", lambda wb: wb.remove(wb["Mappings"]), "refuse"),
        ("no Modules sheet", lambda wb: wb.remove(wb["Modules"]), "refuse"),
        ("Modules emptied (the template)", _empty_modules, "accept"),  # deletes all: only when allowed
        ("blank rows before the header", lambda wb: wb["Modules"].insert_rows(1, 3), "accept"),
        ("a new course appended", _append("Modules", ["NEW100", "新課程", 2, "下", 1, "新單元", 3]), "accept"),
    ]
    return out


def _set_error(wb, sheet: str, ref: str) -> None:
    cell = wb[sheet][ref]
    cell.value = "#DIV/0!"
    cell.data_type = "e"


def _set_text(sheet: str, ref: str, value: str) -> Edit:
    def edit(wb):
        cell = wb[sheet][ref]
        cell.value = value
        cell.data_type = "s"
    return edit


def _merge_codes(wb) -> None:
    ws = wb["Modules"]
    for r in (3, 4):
        ws.cell(r, 1).value = None
    ws.merge_cells("A2:A4")


def _lower_titles(wb) -> None:
    for name in ("Modules", "Mappings"):
        wb[name].title = "renaming"  # openpyxl compares titles without case
        wb["renaming"].title = name.lower()


def _merge_more(wb) -> None:
    ws = wb["Modules"]
    for col in "ABCD":  # MKT210's four module rows share its code, name, credits and semester
        for r in (6, 7, 8):
            ws[f"{col}{r}"].value = None
        ws.merge_cells(f"{col}5:{col}8")
    ws["G2"].value = None
    ws.merge_cells("F2:G2")  # a long title over the hours: the hours are blank, not the title


def _reorder(wb) -> None:
    wb.create_sheet("Notes", 0).append(["read me"])
    wb.move_sheet("Mappings", offset=-(len(wb.sheetnames) - 2))


def _empty_modules(wb) -> None:
    for name in ("Modules", "Mappings"):
        ws = wb[name]
        ws.delete_rows(2, ws.max_row)


# ---- all together ----------------------------------------------------------

def write_cases(base_path: Path, folder: Path, seed: int = 14) -> list[Case]:
    """Every hostile workbook, written into ``folder``."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    base = base_path.read_bytes()
    cases = []
    for n, (name, data, expect) in enumerate(package_cases(base, rng)):
        path = folder / f"p{n:03d}.xlsx"
        path.write_bytes(data)
        cases.append(Case(f"package: {name}", path, expect))
    for n, (name, edit, expect) in enumerate(cell_edits()):
        wb = load_workbook(base_path)
        edit(wb)
        path = folder / f"c{n:03d}.xlsx"
        wb.save(path)
        wb.close()
        cases.append(Case(f"sheet: {name}", path, expect))
    xlsm = folder / "macro.xlsm"
    xlsm.write_bytes(base)
    cases.append(Case("package: named .xlsm", xlsm, "accept"))
    return cases
