"""Full disks, odd database URLs, maps without a version: one clear message, nothing half-written."""
from __future__ import annotations

import errno
import sqlite3
import tempfile

import pytest
from sqlalchemy.exc import OperationalError

from app.cli.main import main
from app.curriculum.queries import find_programme
from app.curriculum.sample import SAMPLE_NAME
from app.errors import CurmapError
from app.excel.export import export_workbook
from app.workspace import Workspace
from db.errors import DatabaseOpenError
from tests.conftest import SEED
from tests.fault_tools import fill, ours, small_disk

ENOSPC = OSError(errno.ENOSPC, "No space left on device")


@pytest.fixture
def pid(ws):
    return ws.read(find_programme, SAMPLE_NAME).id


# ---- a new map -------------------------------------------------------------

def test_a_new_map_on_a_full_disk(tmp_path, capsys):
    with small_disk(tmp_path / "disk", "64k") as disk:
        code = main(["--db", str(disk / "new.db"), "import-standard", str(SEED)])  # a command that makes the map
        err = capsys.readouterr().err
        assert code == 1 and err == f"curmap: error: {disk / 'new.db'}: cannot create the map: the disk is full; " \
                                    "nothing was created\n"
        assert list(disk.iterdir()) == []  # no half-made map


def test_a_new_map_failing_to_write_names_the_cause(tmp_path, monkeypatch):
    """The same logic without a small disk: SQLite's 'database or disk is full' while filling the map."""
    import app.maps.seed as seed

    def full(session):
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(seed, "fill_new_map", full)
    with pytest.raises(DatabaseOpenError, match="cannot create the map: the disk is full; nothing was created"):
        Workspace.open(tmp_path / "new.db")
    assert list(tmp_path.iterdir()) == []


def test_sqlite_keeps_its_temporary_data_in_memory(ws):
    # A full temporary folder can then neither stop a save nor be blamed on the map's disk.
    with ws.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY


# ---- export ----------------------------------------------------------------

def test_export_onto_a_full_disk(ws, pid, tmp_path):
    with small_disk(tmp_path / "disk", "64k") as disk:
        fill(disk)
        with pytest.raises(CurmapError) as info:
            ws.read(export_workbook, pid, disk / "map.xlsx")
        assert str(info.value) == f"{disk / 'map.xlsx'}: cannot write the file (No space left on device); " \
                                  "nothing was written"
        assert ours(disk) == [] and not (disk / "map.xlsx").exists()
        _no_zip_left_open()


def _no_zip_left_open() -> None:
    """A ZipFile left open writes when collected: on a full disk that fails, and pytest reports it."""
    import gc
    import zipfile

    gc.collect()
    assert not [o for o in gc.get_objects() if isinstance(o, zipfile.ZipFile) and o.mode == "w" and o.fp is not None]


def test_export_when_the_disk_fills_while_zipping(ws, pid, tmp_path, monkeypatch):
    """ENOSPC injected into the archive: the zip is closed, the partial file removed."""
    from openpyxl.writer import excel

    real = excel.ExcelWriter.write_data

    def half_then_full(self):
        self._archive.writestr("xl/partial.xml", b"x" * 1000)
        raise ENOSPC

    monkeypatch.setattr(excel.ExcelWriter, "write_data", half_then_full)
    with pytest.raises(CurmapError, match="cannot write the file \\(No space left on device\\); nothing was written"):
        ws.read(export_workbook, pid, tmp_path / "map.xlsx")
    assert list(tmp_path.glob("*.xlsx")) == [] and ours(tmp_path) == []
    _no_zip_left_open()
    monkeypatch.setattr(excel.ExcelWriter, "write_data", real)
    ws.read(export_workbook, pid, tmp_path / "map.xlsx")  # and it works once there is room


def test_a_full_temporary_folder_is_named_as_such(ws, pid, tmp_path, monkeypatch):
    from openpyxl.worksheet import _writer

    out = tmp_path / "out"
    out.mkdir()
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))

    def full(self, *a, **k):
        raise ENOSPC

    monkeypatch.setattr(_writer.WorksheetWriter, "write_row", full)
    with pytest.raises(CurmapError) as info:
        ws.read(export_workbook, pid, out / "map.xlsx")
    assert str(info.value) == (f"{out / 'map.xlsx'}: cannot write the workbook's temporary files in {temp} "
                               "(No space left on device); nothing was written")
    assert list(out.iterdir()) == [] and ours(temp) == []


def test_a_really_full_temporary_folder(ws, pid, tmp_path, monkeypatch):
    from app.curriculum.bulk import NewCourse, NewModule, add_courses

    ws.perform(add_courses, pid, [NewCourse(f"B{c}", "大", modules=[NewModule(f"m{i}") for i in range(50)])
                                  for c in range(40)])
    with small_disk(tmp_path / "temp", "128k") as temp:
        monkeypatch.setattr(tempfile, "tempdir", str(temp))
        with pytest.raises(CurmapError, match=f"temporary files in {temp} \\(No space left on device\\)"):
            ws.read(export_workbook, pid, tmp_path / "map.xlsx")
        assert ours(temp) == [] and not (tmp_path / "map.xlsx").exists()


# ---- database URLs and versions ----------------------------------------------

@pytest.mark.parametrize("url, message", [
    ("mysql://ann:secret@db.example/maps",
     "mysql://ann:***@db.example/maps: curmap keeps maps in a file or on a PostgreSQL server (postgresql://…); "
     "it cannot use mysql databases"),
    ("postgresql+nosuch://ann:secret@db.example/maps",
     "postgresql+nosuch://ann:***@db.example/maps: unknown database driver 'postgresql+nosuch'"),
    ("::not a url://", "::not a url://: not a map file or a database URL curmap understands"),
])
def test_database_urls_curmap_cannot_use(capsys, url, message):
    assert main(["--db", url, "programmes"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"curmap: error: {message}") and err.count("\n") == 1
    assert "secret" not in err


def test_a_server_that_refuses_is_one_line_without_the_password(capsys):
    assert main(["--db", "postgresql://ann:secret@127.0.0.1:1/maps", "programmes"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("curmap: error: postgresql://ann:***@127.0.0.1:1/maps: cannot connect")
    assert err.count("\n") == 1 and "secret" not in err


def test_a_map_without_a_schema_version_is_not_called_newer(ws, db_path, capsys):
    ws.close()
    con = sqlite3.connect(db_path)
    con.execute("DELETE FROM alembic_version")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    assert main(["--db", str(db_path), "programmes"]) == 1
    err = capsys.readouterr().err
    assert "schema None" not in err and "newer" not in err
    assert err == (f"curmap: error: {db_path}: it has no schema version: it was not written completely by curmap, "
                   "or another program changed it; open a backup or a copy instead\n")
    assert db_path.read_bytes() == before
