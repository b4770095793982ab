"""One engine per database URL, with SQLite set up the same on every connection."""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url


# Execution option a unit of work sets when it will write (see Workspace.perform).
WRITE_OPTION = "curmap_write"


def to_url(target: str | os.PathLike[str]) -> str:
    """A path becomes a SQLite URL; a URL (``postgresql://…``) is kept as given."""
    text = os.fspath(target)
    if "://" in text:
        return text
    return "sqlite:///" + str(Path(text).expanduser().resolve())


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def make_engine(url: str, *, readonly: bool = False, foreign_keys: bool = True) -> Engine:
    """Build an engine; ``foreign_keys=False`` is for migrations (see db/migrate.py)."""
    path = sqlite_path(url)
    if path is None:
        return create_engine(url, pool_pre_ping=True)
    if readonly:
        uri = f"file:{path.as_posix()}?mode=ro"
        if not os.access(path.parent, os.W_OK) and not Path(f"{path}-shm").exists():
            # A WAL map in a read-only folder cannot get the -shm file a reader
            # needs; immutable reads the main file alone, which is all there is.
            uri += "&immutable=1"
        engine = create_engine("sqlite://", creator=_sqlite_uri_creator(uri))
    else:
        engine = create_engine(url, connect_args={"timeout": 5})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):  # noqa: ANN001 - DB-API objects
        # pysqlite would otherwise start transactions late and commit DDL
        # on its own; SQLAlchemy's documented recipe: BEGIN ourselves.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        if not readonly:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        # Sorts and statement journals in memory, not the temporary folder: a full
        # temporary folder cannot stop a save (or be mistaken for the map's disk).
        cur.execute("PRAGMA temp_store=MEMORY")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):  # noqa: ANN001
        # A deferred transaction that later writes fails at once when another
        # process writes; IMMEDIATE takes the lock first and waits busy_timeout.
        write = conn.get_execution_options().get(WRITE_OPTION) and not readonly
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _sqlite_uri_creator(uri: str):
    import sqlite3

    def connect():
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    return connect
