"""One engine per database URL, with SQLite set up the same on every connection."""
from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import quote, unquote, unquote_plus

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url


# Execution option a unit of work sets when it will write (see Workspace.perform).
WRITE_OPTION = "curmap_write"


def to_url(target: str | os.PathLike[str]) -> str:
    """A path becomes a SQLite URL; a URL is kept as given, except that a plain
    ``postgresql://`` or ``postgres://`` (what PostgreSQL's own tools take)
    names the driver curmap installs, psycopg."""
    text = os.fspath(target)
    if "://" in text:
        scheme, rest = text.split("://", 1)
        if scheme.lower() in ("postgresql", "postgres"):
            return f"postgresql+psycopg://{rest}"
        return text
    return "sqlite:///" + str(Path(text).expanduser().resolve())


# user:password@ in a URL; greedy up to the last @, for a password with an unencoded @ in it.
_PASSWORD_IN_URL = re.compile(r"(://[^:/?#@\s]*:)(\S*)(@)")


def display_url(url: str) -> str:
    """The URL as messages show it, as a user writes it: no driver name, never the password."""
    shown = _PASSWORD_IN_URL.sub(r"\1***\3", url)
    return "postgresql://" + shown[len("postgresql+psycopg://"):] if shown.startswith("postgresql+psycopg://") \
        else shown


def redact(text: str, url: str | None) -> str:
    """``text`` (a driver's message, say) without any URL password, nor ``url``'s in any spelling."""
    text = _PASSWORD_IN_URL.sub(r"\1***\3", text)
    match = _PASSWORD_IN_URL.search(url or "")
    if match:
        password = match.group(2)
        for spelling in {password, unquote(password), unquote_plus(password)}:
            if len(spelling) >= 4:  # a shorter one would blank out ordinary words; the URL form is hidden above
                text = text.replace(spelling, "***")
    return text


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def sqlite_ro_uri(path: Path) -> str:
    """The URI that reads ``path`` without writing to it or beside it."""
    uri = f"file:{quote(path.as_posix(), safe='/:')}?mode=ro"
    if not os.access(path.parent, os.W_OK) and not Path(f"{path}-shm").exists():
        # A WAL map in a read-only folder (a CD, a read-only share) cannot get
        # the -shm file a reader needs; nobody can be writing it there, so
        # immutable reads the main file alone, which is all there is.
        uri += "&immutable=1"
    return uri


def make_engine(url: str, *, readonly: bool = False, foreign_keys: bool = True) -> Engine:
    """Build an engine; ``foreign_keys=False`` is for migrations (see db/migrate.py)."""
    path = sqlite_path(url)
    if path is None:
        return _server_engine(url)
    if readonly:
        engine = create_engine("sqlite://", creator=_sqlite_uri_creator(sqlite_ro_uri(path)))
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


# pg_advisory_xact_lock key: "curmap" in ASCII. Every write transaction takes it
# first, so writers queue as SQLite's BEGIN IMMEDIATE makes them; a check made
# inside a write then sees every earlier commit and no commit can slip in
# between the check and the write (READ COMMITTED alone lets one through).
WRITERS_LOCK = 0x6375726D6170
LOCK_WAIT = "10s"  # like SQLite's busy_timeout: then "locked by another program"


def _server_engine(url: str) -> Engine:
    engine = create_engine(url, pool_pre_ping=True)

    @event.listens_for(engine, "begin")
    def _begin(conn):  # noqa: ANN001
        if conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql(f"SELECT set_config('lock_timeout', '{LOCK_WAIT}', true), "
                                 f"pg_advisory_xact_lock({WRITERS_LOCK})")

    return engine


def _sqlite_uri_creator(uri: str):
    import sqlite3

    def connect():
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    return connect
