"""The same code on PostgreSQL, for a department that shares one map."""
from __future__ import annotations

import itertools

import pytest

pytest.importorskip("psycopg")
_names = itertools.count()


@pytest.fixture
def server(pg_server):
    return pg_server


@pytest.fixture
def pg_ws(server):
    from app.workspace import Workspace

    ws = Workspace.open(server.create_database(f"map{next(_names)}"))
    yield ws
    ws.close()


def test_new_shared_map_has_the_sample_and_its_coverage(pg_ws):
    from app.coverage.engine import coverage_by_name
    from app.curriculum.sample import SAMPLE_NAME

    assert pg_ws.db.created
    cov = pg_ws.read(coverage_by_name, SAMPLE_NAME)
    assert (cov.items_covered, cov.items_total) == (21, 35)
    assert (cov.tasks_covered, cov.tasks_partial, cov.tasks_uncovered) == (6, 5, 2)
    assert {t.code: t.missing for t in cov.tasks}["T2.1"] == ["K01", "K03", "S08"]


def test_edits_deletes_and_restores_on_postgres(pg_ws):
    from app.coverage.engine import programme_summary
    from app.curriculum.ops import delete_course, move_course, restore_course
    from app.curriculum.queries import curriculum, find_programme
    from app.curriculum.sample import SAMPLE_NAME

    pid = pg_ws.read(find_programme, SAMPLE_NAME).id
    before = [(c.code, [m.title for m in c.modules]) for c in pg_ws.read(curriculum, pid)]
    course = pg_ws.read(curriculum, pid)[2]
    snap = pg_ws.perform(delete_course, course.id)
    assert pg_ws.read(programme_summary, pid).items_covered == 16  # K13 K14 K15 S14 S15 go
    pg_ws.perform(restore_course, snap)
    pg_ws.perform(move_course, course.id, 0)
    pg_ws.perform(move_course, course.id, 2)
    assert [(c.code, [m.title for m in c.modules]) for c in pg_ws.read(curriculum, pid)] == before
    assert pg_ws.read(programme_summary, pid).items_covered == 21


def test_reopening_and_newer_schema_on_postgres(server, pg_ws):
    import sqlalchemy

    from app.workspace import Workspace
    from db.errors import DatabaseOpenError

    url = pg_ws.db.url
    pg_ws.close()
    again = Workspace.open(url)
    assert not again.db.created
    again.close()
    engine = sqlalchemy.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num='9999'")
    engine.dispose()
    with pytest.raises(DatabaseOpenError, match="newer version of curmap"):
        Workspace.open(url)


def test_a_shared_map_at_an_older_schema_is_upgraded(server):
    import sqlalchemy

    from app.workspace import Workspace
    from db.migrate import upgrade
    from db.schema import SCHEMA_HEAD

    url = server.create_database(f"old{next(_names)}")
    upgrade(url, "0001")
    engine = sqlalchemy.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO curmap_meta VALUES ('app', 'curmap')")
    ws = Workspace.open(url, seed=False)
    assert ws.db.migrated_from == "0001"
    ws.close()
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == SCHEMA_HEAD
    engine.dispose()


def test_a_value_too_long_for_postgres_is_a_clear_error(pg_ws):
    from app.curriculum.ops import add_course, create_programme
    from app.curriculum.queries import curriculum, find_programme
    from app.errors import CurmapError
    from app.curriculum.sample import SAMPLE_NAME

    pid = pg_ws.read(find_programme, SAMPLE_NAME).id
    # Checked by the app against the schema's lengths, as on SQLite (tests/test_fields.py): the field is named.
    with pytest.raises(CurmapError, match="^the course name is longer than 200 characters$"):
        pg_ws.perform(add_course, pid, "X1", "名" * 201)
    with pytest.raises(CurmapError, match="^the programme name is longer than 200 characters$"):
        pg_ws.perform(create_programme, "P" * 250, [])
    assert len(pg_ws.read(curriculum, pid)) == 4
    pg_ws.perform(add_course, pid, "X1", "名" * 200)  # the limit itself fits
