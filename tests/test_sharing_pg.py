"""Colleagues on one PostgreSQL map: writers queue, a stale write is refused,
and each program hears of the others' commits."""
from __future__ import annotations

import itertools
import threading

import pytest

from app.changes import Changes
from app.curriculum.queries import find_programme
from app.curriculum.sample import SAMPLE_NAME

pytest.importorskip("psycopg")
_names = itertools.count()


@pytest.fixture
def pg_url(pg_server):
    return pg_server.create_database(f"share{next(_names)}")


@pytest.fixture
def pair(pg_url):
    from app.workspace import Workspace

    a, b = Workspace.open(pg_url), Workspace.open(pg_url)
    yield a, b
    b.close()
    a.close()


def _workbook(ws, tmp_path, name: str, k07: str):
    """The sample exported, with MKT101 unit 1's K07 (mapped at I) set to ``k07``."""
    from openpyxl import load_workbook

    from app.excel.export import export_workbook
    from app.excel.read import read_workbook

    path = ws.read(export_workbook, ws.read(find_programme, SAMPLE_NAME).id, tmp_path / name).path
    book = load_workbook(path)
    assert book["Mappings"]["A2"].value == "MKT101" and book["Mappings"]["J1"].value == "K07"
    book["Mappings"]["J2"] = k07
    book.save(path)
    return read_workbook(path)


def test_two_imports_of_the_same_module_at_once_one_is_refused_not_lost(pair, tmp_path):
    """The issue's case: both used to exit 0, the second overwriting the first
    after planning against a value that was no longer stored."""
    from app.errors import ConflictError
    from app.excel.apply import apply_import
    from app.excel.plan import plan_import

    a, b = pair
    plan_a = a.read(plan_import, _workbook(a, tmp_path, "a.xlsx", "M"), SAMPLE_NAME)
    plan_b = b.read(plan_import, _workbook(b, tmp_path, "b.xlsx", "R"), SAMPLE_NAME)
    assert [str(line) for line in plan_a.lines] == ["change mapping MKT101 #1 K07 I → M"]
    assert [str(line) for line in plan_b.lines] == ["change mapping MKT101 #1 K07 I → R"]
    inside, release = threading.Event(), threading.Event()

    def slow_apply(session, plan):
        result = apply_import(session, plan)  # written, not yet committed
        inside.set()
        release.wait(10)
        return result

    outcome = {}

    def run(key, ws, op, plan):
        try:
            outcome[key] = ws.perform(op, plan)
        except ConflictError as exc:
            outcome[key] = exc

    first = threading.Thread(target=run, args=("a", a, slow_apply, plan_a))
    first.start()
    assert inside.wait(10)
    second = threading.Thread(target=run, args=("b", b, apply_import, plan_b))
    second.start()
    second.join(1.0)  # it waits for the first writer (before, it read the old value and went ahead)
    release.set()
    first.join(10)
    second.join(10)
    assert not isinstance(outcome["a"], Exception)
    assert isinstance(outcome["b"], ConflictError)
    assert "changed since the import was previewed" in str(outcome["b"])
    plan_again = a.read(plan_import, _workbook(a, tmp_path, "c.xlsx", "M"), SAMPLE_NAME)
    assert plan_again.empty  # the first import is what is stored


def test_a_watcher_on_postgres_hears_others_commits_through_notify(pair):
    from app.curriculum.ops import add_course
    from app.watch import ChangeWatcher

    a, b = pair
    arrived, got = threading.Event(), []
    watcher = ChangeWatcher(a, lambda what: (got.append(what), arrived.set()), interval=5.0)
    watcher.start()  # a long interval: only the notification can wake it in time
    try:
        pid = b.read(find_programme, SAMPLE_NAME).id
        cid = b.perform(add_course, pid, "PG1", "同事新增")
        assert arrived.wait(3)
        assert got[0].changes == Changes(curriculum=frozenset({pid}), courses=frozenset({cid}))
    finally:
        watcher.stop()


def test_a_shared_map_at_schema_0003_gets_the_journal_and_its_notifications(pg_server):
    import sqlalchemy

    from app.workspace import Workspace
    from db.migrate import upgrade

    url = pg_server.create_database(f"old_share{next(_names)}")
    upgrade(url, "0003")
    engine = sqlalchemy.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO curmap_meta VALUES ('app', 'curmap')")
    ws = Workspace.open(url, seed=False)
    try:
        assert ws.db.migrated_from == "0003"
    finally:
        ws.close()
    with engine.connect() as conn:
        triggers = conn.exec_driver_sql(
            "SELECT count(DISTINCT tgrelid) FROM pg_trigger WHERE tgname = 'curmap_notify'").scalar()
        tables = conn.exec_driver_sql(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version'").scalar()
        assert triggers == tables and "change_journal" in sqlalchemy.inspect(conn).get_table_names()
    engine.dispose()
