"""A department server: init-server, editors and reviewers, credentials from the
usual places, sslmode honoured, and no message ever shows a password."""
from __future__ import annotations

import itertools
import os

import pytest

from db.schema import SCHEMA_HEAD

pytest.importorskip("psycopg")
_names = itertools.count()


def _cli(capsys, *argv: str) -> tuple[int, str, str]:
    from app.cli.main import main

    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def dept(pg_server, capsys):
    """A department database set up by its owner, alice an editor and bob a reviewer (with passwords)."""
    name = f"dept{next(_names)}"
    owner_url = pg_server.create_database(name)
    code, out, err = _cli(capsys, "init-server", owner_url, "--editor", "alice", "--reviewer", "bob")
    assert code == 0, err
    assert f"{name}_editors: may change the map; now also alice" in out
    assert f"{name}_reviewers: may only read it; now also bob" in out
    pg_server.require_password("alice", "alice-Secret-1")
    pg_server.require_password("bob", "bob-Secret-2")
    return name, f"postgresql://{{who}}@127.0.0.1:{pg_server.port}/{name}"


def test_an_editor_writes_with_the_password_from_pgpassword(dept, monkeypatch):
    from app.curriculum.ops import create_programme
    from app.workspace import Workspace
    from db import journal

    _name, url = dept
    monkeypatch.setenv("PGPASSWORD", "alice-Secret-1")
    ws = Workspace.open(url.format(who="alice"))
    try:
        assert not ws.readonly
        ws.perform(create_programme, "資管系學程", ["KRM2431-001v2"])
        assert [e.who for e in ws.read(journal.since, 0)[0]]  # the journal is writable for editors too
    finally:
        ws.close()


def test_a_reviewer_opens_read_only_and_cannot_write_even_with_sql(dept, monkeypatch, tmp_path):
    import sqlalchemy

    from app.curriculum.ops import create_programme
    from app.curriculum.queries import list_programmes
    from app.workspace import Workspace
    from db.errors import ReadOnlyError

    name, url = dept
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:*:{name}:bob:bob-Secret-2\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    ws = Workspace.open(url.format(who="bob"))
    try:
        assert ws.readonly and ws.db.readonly_reason == "role"
        assert "your database role may read this map but not change it" in str(ws.readonly_message)
        assert ws.read(list_programmes) == []  # reading works (a shared map starts without the sample)
        with pytest.raises(ReadOnlyError, match="Changes cannot be saved"):
            ws.perform(create_programme, "偷偷新增", ["KRM2431-001v2"])
    finally:
        ws.close()
    engine = sqlalchemy.create_engine(url.format(who="bob").replace("postgresql://", "postgresql+psycopg://"))
    with pytest.raises(sqlalchemy.exc.ProgrammingError, match="permission denied"):
        with engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO programme (name, description, scale, threshold, created_at) "
                                 "VALUES ('x', '', 'I,R,M', 1, now())")
    engine.dispose()


def test_a_service_file_names_the_server_and_who(dept, monkeypatch, tmp_path):
    from app.workspace import Workspace
    from tests.conftest import SEED  # noqa: F401 - the conftest is loaded either way

    name, url = dept
    port = url.split(":")[2].split("/")[0]
    services = tmp_path / "pg_service.conf"
    services.write_text(f"[dept]\nhost=127.0.0.1\nport={port}\ndbname={name}\nuser=alice\n")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    monkeypatch.setenv("PGPASSWORD", "alice-Secret-1")
    ws = Workspace.open("postgresql:///?service=dept")
    try:
        assert not ws.readonly
        assert ws.read(lambda c: c.exec_driver_sql("SELECT current_user").scalar()) == "alice"
    finally:
        ws.close()


def test_no_message_shows_a_password(dept, capsys, monkeypatch):
    from app.workspace import Workspace
    from db.errors import DatabaseOpenError

    _name, url = dept
    monkeypatch.delenv("PGPASSWORD", raising=False)
    wrong = url.format(who="alice:Wr0ng-Pa55word")
    with pytest.raises(DatabaseOpenError) as refused:
        Workspace.open(wrong)
    assert "password authentication failed" in str(refused.value)
    assert "Wr0ng-Pa55word" not in str(refused.value) and "postgresql://alice:***@" in str(refused.value)
    with pytest.raises(DatabaseOpenError, match="the server asks for a password; put it in PGPASSWORD"):
        Workspace.open(url.format(who="alice"))
    code, out, err = _cli(capsys, "--db", wrong, "programmes")
    assert code == 1 and err.startswith("curmap: error:") and "Wr0ng-Pa55word" not in out + err
    code, out, err = _cli(capsys, "--db", "postgresql://alice:Wr0ng-Pa55word@127.0.0.1:notaport/x", "programmes")
    assert code == 1 and "Wr0ng-Pa55word" not in out + err
    code, out, err = _cli(capsys, "init-server", wrong)
    assert code == 1 and "Wr0ng-Pa55word" not in out + err


def test_sslmode_in_the_url_reaches_the_connection(dept, monkeypatch):
    from app.workspace import Workspace
    from db.errors import DatabaseOpenError

    _name, url = dept
    monkeypatch.setenv("PGPASSWORD", "alice-Secret-1")
    with pytest.raises(DatabaseOpenError, match="SSL"):  # the throwaway server has no SSL
        Workspace.open(url.format(who="alice") + "?sslmode=require")
    ws = Workspace.open(url.format(who="alice") + "?sslmode=disable")
    try:
        dsn = ws.read(lambda c: c.connection.dbapi_connection.info.dsn)
        assert "sslmode=disable" in dsn
    finally:
        ws.close()


def test_init_server_again_upgrades_nothing_and_refuses_a_file(dept, pg_server, capsys, tmp_path):
    name, _url = dept
    code, out, _err = _cli(capsys, "init-server", pg_server.url(name))
    assert code == 0 and f": map already set up (schema {SCHEMA_HEAD})" in out
    code, _out, err = _cli(capsys, "init-server", str(tmp_path / "map.db"))
    assert code == 1 and "sets up a PostgreSQL database" in err
    assert not os.path.exists(tmp_path / "map.db")
