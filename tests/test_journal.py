"""The change journal and the watcher: each program learns what the others changed."""
from __future__ import annotations

import sqlite3
import threading

import pytest

from app.changes import Changes
from app.curriculum.ops import add_course
from app.curriculum.queries import find_programme
from app.curriculum.sample import SAMPLE_NAME
from app.errors import CurmapError
from app.watch import ChangeWatcher
from app.workspace import Workspace
from db import journal


class Inbox:
    def __init__(self) -> None:
        self.items = []
        self.arrived = threading.Event()

    def __call__(self, what) -> None:
        self.items.append(what)
        self.arrived.set()

    def next(self, timeout: float = 5.0):
        assert self.arrived.wait(timeout), "nothing arrived"
        self.arrived.clear()
        return self.items[-1]


@pytest.fixture
def two(db_path):
    """Two programs on one map: ``mine`` watches, ``theirs`` writes."""
    mine = Workspace.open(db_path)
    theirs = Workspace.open(db_path)
    inbox = Inbox()
    watcher = ChangeWatcher(mine, inbox, interval=0.05)
    watcher.start()
    yield mine, theirs, inbox
    watcher.stop()
    theirs.close()
    mine.close()


def test_each_change_is_one_journal_entry_in_its_own_transaction(ws):
    pid = ws.read(find_programme, SAMPLE_NAME).id
    before = ws.read(journal.latest)
    cid = ws.perform(add_course, pid, "NEW1", "新課程")
    entries, pruned = ws.read(journal.since, before)
    assert [(e.origin, Changes.from_json(e.changes)) for e in entries] == [
        (ws.origin, Changes(curriculum=frozenset({pid}), courses=frozenset({cid})))]
    assert pruned == 0
    with pytest.raises(CurmapError):
        ws.perform(add_course, pid, "NEW1", "again")  # refused: nothing written, no entry either
    assert ws.read(journal.latest) == entries[-1].seq


def test_a_watcher_hears_what_others_change_and_not_its_own(two):
    mine, theirs, inbox = two
    pid = mine.read(find_programme, SAMPLE_NAME).id
    mine.perform(add_course, pid, "MINE1", "我的")
    cid = theirs.perform(add_course, pid, "THEIRS1", "別人的")
    what = inbox.next()
    assert what.changes == Changes(curriculum=frozenset({pid}), courses=frozenset({cid}))  # what the panes re-read
    assert what.entries == 1 and what.who == (theirs.who,)
    assert len(inbox.items) == 1  # my own change never came back


def test_a_commit_without_a_journal_entry_means_read_everything(two, db_path):
    mine, _theirs, inbox = two
    con = sqlite3.connect(db_path)  # a program that keeps no journal
    con.execute("UPDATE course SET name = 'renamed' WHERE code = 'MKT101'")
    con.commit()
    con.close()
    assert inbox.next().changes == Changes.all()


def test_entries_pruned_before_they_were_read_mean_read_everything(two, monkeypatch):
    mine, theirs, inbox = two
    pid = mine.read(find_programme, SAMPLE_NAME).id
    monkeypatch.setattr(journal, "PRUNE_EVERY", 1)
    monkeypatch.setattr(journal, "KEEP", 0)  # every entry prunes all before and itself
    theirs.perform(add_course, pid, "GONE1", "剪掉")
    assert inbox.next().changes.everything


def test_the_journal_is_pruned_now_and_then(ws, monkeypatch):
    monkeypatch.setattr(journal, "PRUNE_EVERY", 4)
    monkeypatch.setattr(journal, "KEEP", 2)
    pid = ws.read(find_programme, SAMPLE_NAME).id
    for n in range(9):
        ws.perform(add_course, pid, f"P{n}", "x")
    entries, pruned = ws.read(journal.since, 0)
    assert pruned == 6 and [e.seq for e in entries] == [7, 8, 9]


def test_changes_survive_the_journal_and_unknown_entries_mean_everything():
    c = Changes(programmes=True, curriculum=frozenset({3, 1}), mappings=frozenset({7}), courses=frozenset({5}))
    assert Changes.from_json(c.to_json()) == c
    assert Changes.from_json(Changes.all().to_json()) == Changes.all()
    assert Changes.from_json("not json") == Changes.all()
    assert (c | Changes.all()).everything and Changes.all().coverage


def test_a_map_at_schema_0003_gets_the_journal_after_a_backup(tmp_path):
    from db.migrate import upgrade
    from db.schema import SCHEMA_HEAD

    path = tmp_path / "old.db"
    fresh = Workspace.open(tmp_path / "fresh.db")
    fresh.close()
    upgrade(f"sqlite:///{path}", "0003")
    src, dst = sqlite3.connect(tmp_path / "fresh.db"), sqlite3.connect(path)
    for table in ("curmap_meta", "standard", "item", "programme", "programme_standard", "course", "module"):
        rows = src.execute(f"SELECT * FROM {table}").fetchall()
        dst.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(rows[0]))})", rows)
    dst.commit()
    src.close()
    dst.close()

    ws = Workspace.open(path)
    try:
        assert ws.db.migrated_from == "0003" and ws.db.backup_path.exists()
        pid = ws.read(find_programme, SAMPLE_NAME).id
        ws.perform(add_course, pid, "AFTER1", "升級後")
        assert len(ws.read(journal.since, 0)[0]) == 1
    finally:
        ws.close()
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
    assert con.execute("SELECT count(*) FROM course").fetchone()[0] == 5
    con.close()
