"""What users type or import is cleaned and held to the schema once, in the app, the same on every database."""
from __future__ import annotations

import math

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select, update

from app.cli.main import main
from app.curriculum import fields
from app.curriculum.bulk import NewCourse, NewModule, add_courses
from app.curriculum.mappings import MappingState, module_mappings, set_mappings
from app.curriculum.ops import add_course, add_module, create_programme, update_course, update_module, update_programme
from app.curriculum.queries import curriculum, find_programme
from app.curriculum.sample import SAMPLE_NAME
from app.errors import CurmapError
from app.excel.common import WorkbookError
from app.excel.export import export_workbook
from app.excel.plan import plan_import
from app.excel.read import read_workbook
from models.tables import course, item, module, programme

BELL, ESC, NONCHAR = "\x07", "\x1b[2J", "\ufffe"


@pytest.fixture
def pid(ws):
    return ws.read(find_programme, SAMPLE_NAME).id


def test_lengths_come_from_the_schema():
    assert fields.length_limit("course", "name") == course.c.name.type.length == 200
    assert fields.length_limit("module", "title") == module.c.title.type.length
    assert fields.length_limit("programme", "name") == programme.c.name.type.length
    assert fields.length_limit("module", "description") is None


def test_too_long_is_refused_naming_the_field_on_sqlite(ws, pid):
    # SQLite would store 250 characters in a VARCHAR(200); PostgreSQL refuses them (tests/test_postgres.py).
    with pytest.raises(CurmapError, match="^the course name is longer than 200 characters$"):
        ws.perform(add_course, pid, "X1", "名" * 201)
    with pytest.raises(CurmapError, match="^the programme name is longer than 200 characters$"):
        ws.perform(create_programme, "P" * 250, [])
    cid = ws.read(curriculum, pid)[0].id
    with pytest.raises(CurmapError, match="^the course code is longer than 40 characters$"):
        ws.perform(update_course, cid, code="C" * 41)
    with pytest.raises(CurmapError, match="^the module title is longer than 300 characters$"):
        ws.perform(add_module, cid, "T" * 301)
    with pytest.raises(CurmapError, match="^the semester is longer than 20 characters$"):
        ws.perform(add_courses, pid, [NewCourse("N1", "新", semester="S" * 21)])
    assert len(ws.read(curriculum, pid)) == 4


@pytest.mark.parametrize("value", [math.inf, -math.inf, math.nan, 1e308, -1, 10_000])
def test_hours_must_be_finite_and_sane(ws, pid, value):
    cid = ws.read(curriculum, pid)[0].id
    mid = ws.read(curriculum, pid)[0].modules[0].id
    for op, args in ((add_course, (pid, "X1", "名")), (add_module, (cid, "單元"))):
        with pytest.raises(CurmapError, match="^hours "):
            ws.perform(op, *args, hours=value)
    with pytest.raises(CurmapError, match="^hours "):
        ws.perform(update_module, mid, hours=value)
    with pytest.raises(CurmapError, match="^credits "):
        ws.perform(update_course, cid, credits=value * 100 if value == 10_000 else value)
    with pytest.raises(CurmapError, match="^hours "):
        ws.perform(add_courses, pid, [NewCourse("N1", "新", modules=[NewModule("m", hours=value)])])


def test_amount_messages_say_what_is_wrong(ws, pid):
    cid = ws.read(curriculum, pid)[0].id
    with pytest.raises(CurmapError) as info:
        ws.perform(update_course, cid, hours=math.inf)
    assert str(info.value) == "hours must be a finite number, not inf"
    with pytest.raises(CurmapError) as info:
        ws.perform(update_course, cid, hours=1e308)
    assert str(info.value) == "hours cannot be more than 9999 (1e+308)"
    with pytest.raises(CurmapError) as info:
        ws.perform(update_course, cid, credits=-2)
    assert str(info.value) == "credits cannot be negative (-2)"
    with pytest.raises(CurmapError, match="year of study"):
        ws.perform(update_course, cid, year=10**30)  # SQLite cannot even hold it
    ws.perform(update_course, cid, hours=9999, credits=99, year=4)  # the limits themselves fit


def test_control_characters_are_dropped_on_the_way_in(ws, pid):
    cid = ws.read(curriculum, pid)[0].id
    ws.perform(update_course, cid, name=f"行銷{BELL}學{ESC}原理{NONCHAR}", semester=f"上{BELL}")
    mid = ws.perform(add_module, cid, f"  新{ESC}單元\t一 ", description=f"第一行{BELL}\r\n第二行")
    new_pid = ws.perform(create_programme, f"學程{BELL}", [], description=f"說明{NONCHAR}")
    ws.perform(update_programme, new_pid, name=f"學程{ESC}二")
    ws.perform(update_module, mid, title=f"單元{BELL}二")
    item_id = ws.read(lambda c: c.scalar(select(item.c.id).where(item.c.code == "K01")))
    ws.perform(set_mappings, [MappingState(mid, item_id, 1, False, f"備註{BELL}\n第二行")])
    first = ws.read(curriculum, pid)[0]
    assert (first.name, first.semester) == ("行銷學[2J原理", "上")
    added = next(m for m in first.modules if m.id == mid)
    assert (added.title, added.description) == ("單元二", "第一行\n第二行")
    assert [p for p in ws.read(lambda c: c.execute(select(programme.c.name, programme.c.description)).all())
            if p[0].startswith("學程")] == [("學程[2J二", "說明")]
    assert ws.read(module_mappings, mid)[item_id].note == "備註\n第二行"


def _modules_sheet(path, rows):
    wb = Workbook()
    sheet = wb.active
    sheet.title = "Modules"
    sheet.append(["Course code", "Course name", "Credits", "Semester", "Module no", "Module title", "Hours"])
    for r in rows:
        sheet.append(r)
    wb.create_sheet("Mappings").append(["Course code", "Module no", "K01"])
    wb.save(path)
    return path


def test_the_workbook_reader_uses_the_same_rules(tmp_path):
    # XML cannot carry a bell or U+FFFE (a file holding them does not parse); C1 controls and DEL it can.
    path = _modules_sheet(tmp_path / "w.xlsx", [
        ["C1", "課\x9b2J程", 3, "上", 1, "單\x7f元", "inf"],
        ["C2", "課", 1e308, "上", 1, "x", 2],
        ["C3", "課", 1, "上", 1, "y", "nan"],
        ["C4", "名" * 201, 1, "上", 1, "z", 1],
    ])
    with pytest.raises(WorkbookError) as info:
        read_workbook(path)
    assert [str(p) for p in info.value.problems] == [
        "Modules!G2: hours must be a finite number, not inf",
        "Modules!C3: credits cannot be more than 99 (1e+308)",
        "Modules!G4: holds nan where a number (hours) is expected",
        "Modules!B5: the course name is longer than 200 characters",
    ]
    good = read_workbook(_modules_sheet(tmp_path / "ok.xlsx", [["C1", "課\x9b2J程", 3, "上", 1, "單\x7f\x85元", 2]]))
    assert (good.courses[0].name, good.courses[0].modules[0].title) == ("課2J程", "單元")


def _store_raw(ws, *statements) -> None:
    """Write rows past the app's checks, as an older curmap or another program could have."""
    from app.changes import Changes

    def op(session):
        for stmt in statements:
            session.execute(stmt)
        return None, Changes()

    ws.perform(op)


def test_text_stored_unclean_still_exports_a_readable_file(ws, pid, tmp_path):
    """A map that already holds U+FFFE or a bell exports valid XML: curmap reads its own file back."""
    first = ws.read(curriculum, pid)[0]
    _store_raw(ws, update(course).where(course.c.id == first.id).values(name=f"行銷{NONCHAR}學{BELL}原理"),
               update(module).where(module.c.id == first.modules[0].id).values(title=f"概論\uffff{ESC}"))
    path = tmp_path / "out.xlsx"
    ws.read(export_workbook, pid, path, report_tables=True)
    wb = load_workbook(path)  # the whole file parses: every sheet's XML is valid
    assert wb["Modules"]["B2"].value == "行銷學原理"
    assert wb["Modules"]["F2"].value == "概論[2J"
    assert wb["Matrix"]["E3"].value == "MKT101-1 概論[2J"
    wb.close()
    # Only the dropped characters differ on the way back.
    plan = ws.read(plan_import, read_workbook(path), pid)
    assert [str(line).split(":")[0] for line in plan.lines] == ["change course MKT101", "change module MKT101 #1"]
    # Level labels reach cells, the drop-down list and conditional-format formulas.
    _store_raw(ws, update(programme).where(programme.c.id == pid).values(scale=f"I{BELL},R\ufffe,M"))
    ws.read(export_workbook, pid, path)
    wb = load_workbook(path)
    assert wb["Matrix"]["E1"].value == "I" and wb["Mappings"].data_validations.dataValidation[0].formula1 == \
        '"I,R,M,I*,R*,M*"'
    wb.close()


def test_the_cli_export_of_an_unclean_map_reads_back(ws, db_path, tmp_path, capsys):
    _store_raw(ws, update(course).values(name=f"名{NONCHAR}"))
    ws.close()
    out = tmp_path / "cli.xlsx"
    assert main(["--db", str(db_path), "export", SAMPLE_NAME, str(out)]) == 0
    capsys.readouterr()
    assert load_workbook(out, read_only=True)["Modules"]["B2"].value == "名"
