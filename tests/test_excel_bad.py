"""Broken and hostile workbooks: every one refused with a precise message, nothing written."""
from __future__ import annotations

import io
import struct
import zipfile
from datetime import datetime

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from app.cli.main import main
from app.excel.common import WorkbookError
from app.excel.read import read_workbook
from app.curriculum.sample import SAMPLE_NAME
from models import Course, Mapping, Module, Programme, programme_standard

MODULES = ["Course code", "Course name", "Credits", "Semester", "Module no", "Module title", "Hours"]
GOOD_MODULES = [
    ["MKT101", "行銷學原理", 3, "上", 1, "行銷概論", 6],
    ["MKT101", "行銷學原理", 3, "上", 2, "消費者行為", 9],
    ["DAT220", "資料分析", 3, "下", 1, "資料庫與 SQL", 12],
]
GOOD_MAPPINGS = [["Course code", "Module no", "K01", "K07", "S07"],
                 ["MKT101", 1, "I", None, None],
                 ["MKT101", 2, None, "R*", "R*"],
                 ["DAT220", 1, None, None, "M"]]


def make(path, modules=None, mappings=None, *, sheets=("Modules", "Mappings")):
    wb = Workbook()
    wb.remove(wb.active)
    if "Modules" in sheets:
        ws = wb.create_sheet(sheets[0])
        for row in modules if modules is not None else [MODULES, *GOOD_MODULES]:
            ws.append(row)
    if "Mappings" in sheets or len(sheets) > 1:
        ws = wb.create_sheet(sheets[-1])
        for row in mappings if mappings is not None else GOOD_MAPPINGS:
            ws.append(row)
    wb.save(path)
    return path


def dump(db_path):
    from app.workspace import Workspace

    ws = Workspace.open(db_path)
    try:
        return ws.read(lambda s: {t.name: sorted(tuple(r) for r in s.execute(select(t)).all())
                                  for t in (Programme.__table__, programme_standard, Course.__table__,
                                            Module.__table__, Mapping.__table__)})
    finally:
        ws.close()


def refused(db_path, path, capsys, programme=SAMPLE_NAME) -> str:
    """Import through the CLI: exit code 1, the message on stderr, the map unchanged."""
    before = dump(db_path)
    assert main(["--db", str(db_path), "import-workbook", str(path), programme, "--create"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("curmap: error: ")
    assert dump(db_path) == before
    return err


@pytest.fixture
def db(ws, db_path):
    ws.close()  # the CLI opens the map itself
    return db_path


def test_the_good_workbook_imports(db, tmp_path, capsys):
    path = make(tmp_path / "good.xlsx")
    assert main(["--db", str(db), "import-workbook", str(path), "Fresh", "--create"]) == 0
    out = capsys.readouterr().out
    assert "create programme 'Fresh' from good.xlsx (courses: +2 ~0 -0; modules: +3 ~0 -0; mappings: +4 ~0 -0)" in out


@pytest.mark.parametrize("case, expected", [
    ("no_mappings_sheet", "good.xlsx: no sheet named 'Mappings' (or '職能對應'); the workbook has: Modules; "
                          "nothing was imported"),
    ("missing_column", "Modules!A1: no column 'Hours' (or '時數') in the header row"),
    ("unknown_item", "Mappings!F1: no item K99 in KRM2431-001v2"),
    ("bad_level", "Mappings!C2: 'X' is not a level on the scale I/R/M: use I, R or M, with a trailing * when assessed"),
    ("number_level", "Mappings!D3: holds 2 where a level (such as I, R or M) is expected"),
    ("duplicate_module", "Modules!E5: module MKT101 #2 appears twice (rows 3 and 5)"),
    ("duplicate_row", "Mappings!B4: module MKT101 #2 has a second row (rows 3 and 4)"),
    ("formula", "Modules!A2: holds a formula (=\"MKT\"&\"101\"); type the course code itself"),
    ("date", "Modules!F3: holds a date or time where module title is expected"),
    ("gap", "Modules!E3: the modules of MKT101 must be numbered 1, 2, 3… without gaps (found 1, 3)"),
    ("course_clash", "Modules!B3: course MKT101 has name '行銷學' here but '行銷學原理' at Modules!A2"),
    ("orphan_row", "Mappings!A5: module MKT101 #9 is not on the Modules sheet"),
    ("bad_header", "Mappings!F1: 'Remarks' is not an item code (such as K01, S03 or A02)"),
    ("negative", "Modules!G2: hours cannot be negative (-6)"),
])
def test_broken_workbooks_are_refused_precisely(db, tmp_path, capsys, case, expected):
    mods = [MODULES, *[list(r) for r in GOOD_MODULES]]
    maps = [list(r) for r in GOOD_MAPPINGS]
    sheets = ("Modules", "Mappings")
    if case == "no_mappings_sheet":
        sheets = ("Modules",)
    elif case == "missing_column":
        mods = [r[:6] for r in mods]
    elif case == "unknown_item":
        maps[0].append("K99")
    elif case == "bad_level":
        maps[1][2] = "X"
    elif case == "number_level":
        maps[2][3] = 2
    elif case == "duplicate_module":
        mods.append(["MKT101", None, None, None, 2, "再一次", 3])
    elif case == "duplicate_row":
        maps.insert(3, ["MKT101", 2, "I"])
    elif case == "formula":
        mods[1][0] = '="MKT"&"101"'
    elif case == "date":
        mods[2][5] = datetime(2024, 9, 1)
    elif case == "gap":
        mods[2][4] = 3
    elif case == "course_clash":
        mods[2][1] = "行銷學"
    elif case == "orphan_row":
        maps.append(["MKT101", 9, "I"])
    elif case == "bad_header":
        maps[0].append("Remarks")
    elif case == "negative":
        mods[1][6] = -6
    path = make(tmp_path / "good.xlsx", mods, maps, sheets=sheets)
    err = refused(db, path, capsys)
    assert expected in err
    assert "good.xlsx" in err


def test_all_problems_are_listed_up_to_fifty(db, tmp_path, capsys):
    maps = [["Course code", "Module no", "K01", "K07", "S07"]]
    maps += [["MKT101", 1, "Q", "Q", "Q"]] * 1 + [["MKT101", 2, "Z", "Z", "Z"]] + [["DAT220", 1, "W", "W", "W"]]
    mods = [MODULES, *GOOD_MODULES] + [["C%02d" % i, "課", 1, "上", 1, "單元", -1] for i in range(60)]
    path = make(tmp_path / "many.xlsx", mods, maps)
    with pytest.raises(WorkbookError) as info:
        read_workbook(path)
    assert len(info.value.problems) == 60  # the hours; levels are checked against the map later
    assert str(info.value.problems[0]) == "Modules!G5: hours cannot be negative (-1)"
    err = refused(db, path, capsys)
    assert "many.xlsx: 60 problems, nothing was imported:" in err and "  … and 10 more" in err
    assert err.count("hours cannot be negative") == 50
    # Once the form is right, the map's checks also report every cell at once.
    path = make(tmp_path / "levels.xlsx", [MODULES, *GOOD_MODULES], maps)
    err = refused(db, path, capsys)
    assert "levels.xlsx: 9 problems" in err and "Mappings!E4: 'W' is not a level" in err


def test_mixed_problems_in_both_sheets_come_together(tmp_path):
    mods = [MODULES, ["MKT101", "行銷學原理", 3, "上", 1, "行銷概論", "six"], [None, "x", 1, "上", 2, "y", 1]]
    maps = [["Course code", "Module no", "K01"], ["MKT101", 1.5, "I"]]
    with pytest.raises(WorkbookError) as info:
        read_workbook(make(tmp_path / "mixed.xlsx", mods, maps))
    assert [str(p) for p in info.value.problems] == [
        "Modules!G2: 'six' is not a number (hours)",
        "Modules!A3: no course code",
        "Mappings!B2: 1.5 is not a whole number (module number)",
    ]


def _zip(members: dict[str, bytes], level=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", level) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def test_files_that_are_not_workbooks(db, tmp_path, capsys):
    good = make(tmp_path / "good.xlsx").read_bytes()
    cases = {
        "notes.xlsx": (b"Course code,Module no\nMKT101,1\n", "notes.xlsx: is not an Excel workbook (.xlsx)"),
        "locked.xlsx": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000,
                        "locked.xlsx: is encrypted (password-protected) or an old .xls file"),
        "cut.xlsx": (good[:len(good) // 2], "cut.xlsx: is damaged or truncated (an incomplete .xlsx file)"),
        "empty.xlsx": (b"", "empty.xlsx: is empty, not an Excel workbook"),
        "other.xlsx": (_zip({"word/document.xml": b"<w/>"}), "other.xlsx: is a zip file but not an Excel workbook"),
    }
    for name, (data, message) in cases.items():
        (tmp_path / name).write_bytes(data)
        assert message in refused(db, tmp_path / name, capsys), name
    assert "no such file" in refused(db, tmp_path / "missing.xlsx", capsys)


def test_decompression_bombs_are_refused_before_openpyxl(db, tmp_path, capsys, monkeypatch):
    import openpyxl

    def no(*a, **k):
        raise AssertionError("openpyxl must not open a bomb")

    monkeypatch.setattr(openpyxl, "load_workbook", no)
    ratio = _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>",
                  "xl/worksheets/sheet1.xml": b"\0" * (5 * 2**20)})
    (tmp_path / "ratio.xlsx").write_bytes(ratio)
    assert "compresses" in refused(db, tmp_path / "ratio.xlsx", capsys)
    assert "refused as a possible decompression bomb" in refused(db, tmp_path / "ratio.xlsx", capsys)
    # A central directory that claims 300 MB for a small member.
    small = bytearray(_zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"},
                           zipfile.ZIP_STORED))
    cd = small.rfind(b"PK\x01\x02")
    small[cd + 24:cd + 28] = struct.pack("<I", 300 * 2**20)
    (tmp_path / "huge.xlsx").write_bytes(bytes(small))
    err = refused(db, tmp_path / "huge.xlsx", capsys)
    assert "would expand to 300 MB (more than 200 MB); refused as a possible decompression bomb" in err


LAUGHS = (b'<?xml version="1.0"?>%s<!DOCTYPE lolz [<!ENTITY lol "lol">'
          b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
          b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
          b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>')


def _hostile(tmp_path, name, padding=b""):
    good = make(tmp_path / "good.xlsx").read_bytes()
    with zipfile.ZipFile(io.BytesIO(good)) as z:
        members = {i.filename: z.read(i) for i in z.infolist()}
    members["xl/worksheets/sheet1.xml"] = LAUGHS % padding
    (tmp_path / name).write_bytes(_zip(members))
    return tmp_path / name


def test_billion_laughs_is_refused(db, tmp_path, capsys):
    path = _hostile(tmp_path, "laughs.xlsx")
    assert "laughs.xlsx: part xl/worksheets/sheet1.xml declares XML entities (a possible attack); refused" \
        in refused(db, path, capsys)
    # Entities hidden behind a long prolog get past the quick look; openpyxl's defusedxml stops them.
    path = _hostile(tmp_path, "deep.xlsx", b"<!--" + b" " * 20000 + b"-->")
    assert "deep.xlsx: declares XML entities or external references (a possible attack); refused" \
        in refused(db, path, capsys)


def test_openpyxl_parses_with_defusedxml(tmp_path):
    import defusedxml
    from openpyxl import load_workbook
    from openpyxl.xml import DEFUSEDXML

    assert DEFUSEDXML is True
    path = _hostile(tmp_path, "deep.xlsx", b"<!--" + b" " * 20000 + b"-->")
    with pytest.raises(Exception) as info:  # openpyxl wraps the parser's error in a ValueError
        load_workbook(io.BytesIO(path.read_bytes()), read_only=True)
    cause = info.value
    while cause is not None and not isinstance(cause, defusedxml.EntitiesForbidden):
        cause = cause.__cause__ or cause.__context__
    assert isinstance(cause, defusedxml.EntitiesForbidden)
