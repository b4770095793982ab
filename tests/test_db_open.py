"""Opening maps: new, current, older (backup + migrate), newer, foreign, broken, read-only."""
from __future__ import annotations

import os
import sqlite3
import stat

import pytest
from sqlalchemy import text

from app.curriculum.queries import curriculum, find_programme
from app.curriculum.sample import SAMPLE_NAME
from app.workspace import Workspace
from db.database import open_database
from db.errors import DatabaseOpenError, ReadOnlyError
from db.migrate import upgrade
from db.schema import SCHEMA_HEAD


def _count(path, table):
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def test_new_map_has_the_bundled_standard_and_sample(db_path):
    ws = Workspace.open(db_path)
    assert ws.db.created
    prog = ws.read(find_programme, SAMPLE_NAME)
    assert prog.standards == ["KRM2431-001v2"]
    ws.close()
    again = Workspace.open(db_path)
    assert not again.db.created
    assert again.read(find_programme, SAMPLE_NAME).id == prog.id
    again.close()


def test_sqlite_settings_on_every_connection(ws):
    with ws.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL


def test_foreign_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "notes.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (t TEXT)")
    con.execute("INSERT INTO notes VALUES ('mine')")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError, match="not a curmap map"):
        Workspace.open(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize("content", [b"hello, this is text", b"\x00\x01\x02" * 500, b"PK\x03\x04zip"])
def test_non_sqlite_file_is_refused_and_untouched(tmp_path, content):
    path = tmp_path / "other.db"
    path.write_bytes(content)
    with pytest.raises(DatabaseOpenError, match=str(path.name)):
        Workspace.open(path)
    assert path.read_bytes() == content


def test_corrupt_map_is_refused_and_untouched(ws, db_path):
    ws.close()
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    data[page * 2: page * 2 + 600] = b"\xff" * 600  # scribble over a b-tree page
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseOpenError, match="damaged|not a curmap"):
        Workspace.open(db_path)
    assert db_path.read_bytes() == bytes(data)


def test_newer_schema_is_refused_and_untouched(ws, db_path):
    ws.close()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num='9999'")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseOpenError, match="newer version of curmap"):
        Workspace.open(db_path)
    assert db_path.read_bytes() == before


def test_older_schema_is_backed_up_then_migrated_keeping_cascade_children(tmp_path):
    """Migration 0002 rebuilds course and module; with foreign keys on, SQLite's
    rebuild would cascade-delete every module and mapping."""
    path = tmp_path / "old.db"
    fresh = Workspace.open(tmp_path / "fresh.db")
    fresh.close()
    upgrade(f"sqlite:///{path}", "0001")
    src = sqlite3.connect(tmp_path / "fresh.db")
    dst = sqlite3.connect(path)
    tables = ["curmap_meta", "standard", "standard_version", "standard_category", "duty", "task", "output",
              "indicator", "item", "task_item", "programme", "programme_standard", "course", "module", "mapping"]
    for table in tables:
        rows = src.execute(f"SELECT * FROM {table}").fetchall()
        if rows:
            dst.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(rows[0]))})", rows)
    dst.commit()
    src.close()
    dst.close()
    mappings, modules = _count(path, "mapping"), _count(path, "module")
    assert mappings > 20 and modules > 5

    ws = Workspace.open(path)
    assert ws.db.migrated_from == "0001"
    assert ws.db.backup_path is not None and ws.db.backup_path.exists()
    with ws.db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
    ws.close()
    assert _count(path, "mapping") == mappings
    assert _count(path, "module") == modules
    backup = sqlite3.connect(ws.db.backup_path)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    assert backup.execute("SELECT count(*) FROM mapping").fetchone()[0] == mappings
    backup.close()


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_file_opens_read_only(ws, db_path):  # pragma: no cover - CI runs as root
    ws.close()
    db_path.chmod(stat.S_IREAD)
    ro = Workspace.open(db_path)
    assert ro.readonly


def test_read_only_map_refuses_changes_and_keeps_data(ws, db_path):
    from app.curriculum.ops import add_course

    pid = ws.read(find_programme, SAMPLE_NAME).id
    ws.close()
    ro = Workspace.open(db_path, readonly=True)
    assert len(ro.read(curriculum, pid)) == 4
    with pytest.raises(ReadOnlyError, match="read-only"):
        ro.perform(add_course, pid, "NEW1", "New")
    ro.close()
    assert _count(db_path, "course") == 4


def test_locked_map_gives_a_clear_message_and_writes_nothing(ws, db_path):
    from app.curriculum.ops import add_course
    from app.errors import CurmapError

    pid = ws.read(find_programme, SAMPLE_NAME).id
    other = sqlite3.connect(db_path, timeout=0.1)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(CurmapError, match="locked by another program"):
            ws.perform(add_course, pid, "NEW1", "New")
    finally:
        other.rollback()
        other.close()
    assert _count(db_path, "course") == 4


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(DatabaseOpenError, match="does not exist"):
        open_database(tmp_path / "nope" / "map.db")


def test_failed_seed_leaves_no_half_made_file(tmp_path):
    path = tmp_path / "new.db"

    def boom(session):
        raise RuntimeError("seed failed")

    with pytest.raises(RuntimeError):
        open_database(path, on_create=boom)
    assert not path.exists()


def test_read_only_open_sees_changes_not_yet_checkpointed(ws, db_path):
    """Export opens read-only while the window may hold the map open: the WAL's
    recent edits must be seen, not just the main file."""
    from app.curriculum.ops import add_course

    pid = ws.read(find_programme, SAMPLE_NAME).id
    ws.perform(add_course, pid, "NEW999", "剛新增的課程")
    assert (db_path.parent / (db_path.name + "-wal")).exists()
    reader = Workspace.open(db_path, readonly=True)
    try:
        assert "NEW999" in [c.code for c in reader.read(curriculum, pid)]
    finally:
        reader.close()


def test_the_migrated_schema_enforces_what_0002_adds(tmp_path):
    path = tmp_path / "old.db"
    upgrade(f"sqlite:///{path}", "0001")
    con = sqlite3.connect(path)
    con.execute("INSERT INTO curmap_meta VALUES ('app', 'curmap')")
    con.commit()
    con.close()
    Workspace.open(path, seed=False).close()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO programme (id, name, description, scale, threshold, created_at) "
                "VALUES (1, 'p', '', 'I,R,M', 1, '2026-01-01')")
    with pytest.raises(sqlite3.IntegrityError, match="hours_nonneg"):
        con.execute("INSERT INTO course (programme_id, position, code, name, hours, semester) "
                    "VALUES (1, 0, 'C1', 'c', -3, '')")
    con.close()


def test_save_a_copy_refuses_a_map_open_elsewhere(ws, tmp_path):
    from app.errors import CurmapError
    from app.maps.files import save_copy

    other = Workspace.open(tmp_path / "other.db")  # open: it has -wal and -shm beside it
    try:
        before = (tmp_path / "other.db").read_bytes()
        with pytest.raises(CurmapError, match="open in curmap"):
            save_copy(ws, tmp_path / "other.db")
        assert (tmp_path / "other.db").read_bytes() == before
    finally:
        other.close()
    copy = save_copy(ws, tmp_path / "copy.db")
    assert Workspace.open(copy).read(find_programme, SAMPLE_NAME)
