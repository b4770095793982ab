"""The window checks its map for damage while Qt loads (db.schema.check_ahead):
the early answer counts only while the file is unchanged, so it never lets
a damaged map through."""
from __future__ import annotations

import sqlite3

import pytest

from app.workspace import Workspace
from db import schema
from db.errors import DatabaseOpenError

PAGE = 4096


def _quick_check(path) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        con.close()


def _damage_quietly(path) -> bytes:
    """Scribble over a data page so that only quick_check notices (the schema still reads)."""
    good = path.read_bytes()
    for page in range(2, len(good) // PAGE + 1):
        data = bytearray(good)
        data[(page - 1) * PAGE + 100:(page - 1) * PAGE + 700] = b"\xff" * 600
        path.write_bytes(bytes(data))
        if _quick_check(path).startswith("*** in database main ***"):
            return bytes(data)
    raise AssertionError("no page whose damage only quick_check sees")


@pytest.fixture(autouse=True)
def no_early_check_left():
    yield
    schema._ahead = None


@pytest.fixture
def closed_map(tmp_path):
    path = tmp_path / "map.db"
    Workspace.open(path).close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path


def test_a_map_damaged_after_the_early_check_is_checked_again_and_refused(closed_map):
    schema.check_ahead(closed_map)
    assert schema._ahead.result_for(closed_map.resolve()) == "ok"  # the early check saw a sound map
    damaged = _damage_quietly(closed_map)
    with pytest.raises(DatabaseOpenError, match="the database is damaged"):
        Workspace.open(closed_map)
    assert closed_map.read_bytes() == damaged


def test_a_map_damaged_before_the_early_check_is_refused(closed_map):
    damaged = _damage_quietly(closed_map)
    schema.check_ahead(closed_map)
    with pytest.raises(DatabaseOpenError, match="map.db: the database is damaged"):
        Workspace.open(closed_map)
    assert closed_map.read_bytes() == damaged


def test_the_early_answer_is_used_once_and_only_for_its_own_file(closed_map, tmp_path):
    other = tmp_path / "other.db"
    Workspace.open(other).close()
    schema.check_ahead(closed_map)
    Workspace.open(other).close()  # another map: checks itself, leaves nothing behind
    assert schema._ahead is None
    schema.check_ahead(closed_map)
    Workspace.open(closed_map).close()
    assert schema._ahead is None


def test_a_server_url_or_a_missing_file_starts_no_check(tmp_path):
    schema.check_ahead("postgresql://someone@localhost/curmap")
    schema.check_ahead(tmp_path / "absent.db")
    assert schema._ahead is None
