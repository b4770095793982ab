"""Open a curriculum map: create, migrate (after a backup) or refuse it."""
from __future__ import annotations

import errno
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError

from db.engine import WRITE_OPTION, display_url, make_engine, redact, sqlite_path, to_url
from db.errors import QT_TR_NOOP, DatabaseOpenError
from db.migrate import backup_sqlite, create_schema, upgrade
from db.schema import SCHEMA_HEAD, SchemaState, inspect_sqlite_file, schema_state_of_tables

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


# Why a map is open read-only (Database.readonly_reason); "" when it is not.
ASKED, FILE, FOLDER, ROLE, STANDBY = "asked", "file", "folder", "role", "standby"


@dataclass
class Database:
    url: str
    engine: Engine
    readonly: bool
    path: Path | None
    created: bool = False
    backup_path: Path | None = None
    migrated_from: str | None = None
    readonly_reason: str = ""

    @property
    def display_name(self) -> str:
        return self.path.name if self.path else display_url(self.url)

    def redact(self, text: str) -> str:
        """``text`` without this map's password in it (driver messages may echo the address)."""
        return redact(text, self.url)

    def session(self) -> Session:
        from sqlalchemy.orm import Session  # here: reads (start-up) run without the ORM

        # expire_on_commit=False: results are copied to plain data before the
        # session closes, and nothing should reload lazily afterwards.
        return Session(self.engine, expire_on_commit=False)

    def connect(self) -> Connection:
        return self.engine.connect()

    def close(self) -> None:
        self.engine.dispose()


def open_database(
    target: str | os.PathLike[str],
    *,
    app_version: str = "0",
    readonly: bool | None = None,
    on_create: Callable[[Session], None] | None = None,
) -> Database:
    """Open ``target`` (a path or a URL) as a curmap map.

    ``on_create`` fills a brand-new map (the bundled standard, a sample);
    it runs in the same transaction as the schema, so a failure leaves no
    half-made file behind.
    """
    url = to_url(target)
    path = _checked_url(url)
    where = str(path) if path else display_url(url)
    if path is not None:
        state, reason = _prepare_sqlite(path, readonly)
    else:
        state, reason = _inspect_server(url, readonly)
    readonly = bool(reason)

    if state.kind == "newer":
        raise DatabaseOpenError(
            QT_TR_NOOP("%1: this map was saved by a newer version of curmap (schema %2); "
                       "this version reads schema %3 and older. Update curmap to open it."),
            where, state.revision, SCHEMA_HEAD)
    backup = None
    if state.kind == "older":
        if reason in (ROLE, STANDBY):
            raise DatabaseOpenError(
                QT_TR_NOOP("%1: this map needs upgrading (schema %2 -> %3), which your database role "
                           "cannot do. Ask the map's owner to run: curmap init-server URL"),
                where, state.revision, SCHEMA_HEAD)
        if readonly:
            raise DatabaseOpenError(
                QT_TR_NOOP("%1: this map needs upgrading (schema %2 -> %3), "
                           "which cannot happen while it is opened read-only. Open it for editing once "
                           "(a copy is kept from before), or copy it somewhere writable and open the copy."),
                where, state.revision, SCHEMA_HEAD)
        if path is not None:
            backup = backup_sqlite(path, state.revision)
        try:
            upgrade(url)
        except (SQLAlchemyError, DatabaseOpenError) as exc:
            cause = exc.message if isinstance(exc, DatabaseOpenError) else redact(str(getattr(exc, "orig", exc)), url)
            if backup:
                raise DatabaseOpenError(QT_TR_NOOP("%1: the upgrade failed and was undone (%2). "
                                                   "A copy from before is at %3."), where, cause, backup) from None
            raise DatabaseOpenError(QT_TR_NOOP("%1: the upgrade failed and was undone (%2)."),
                                    where, cause) from None

    engine = make_engine(url, readonly=readonly)
    db = Database(url, engine, readonly, path, backup_path=backup,
                  migrated_from=state.revision if state.kind == "older" else None, readonly_reason=reason)
    if state.kind == "empty":
        if readonly:
            engine.dispose()
            raise DatabaseOpenError(QT_TR_NOOP("%1: the file is empty and read-only"), where)
        _create(db, app_version, on_create, fresh_file=path is not None and not path.exists())
    return db


# The databases curmap keeps maps in, and the driver package each needs.
BACKENDS = {"sqlite": None, "postgresql": "psycopg"}


def _checked_url(url: str) -> Path | None:
    """The SQLite file a URL names (None for a server), once curmap can use that kind of database."""
    try:
        u = make_url(url)
    except (ArgumentError, ValueError):  # ValueError: a port that is no number
        raise DatabaseOpenError(QT_TR_NOOP("%1: not a map file or a database URL curmap understands "
                                           "(such as postgresql://user@host/name)"), display_url(url)) from None
    backend = u.get_backend_name()
    if backend not in BACKENDS:
        raise DatabaseOpenError(QT_TR_NOOP("%1: curmap keeps maps in a file or on a PostgreSQL server "
                                           "(postgresql://…); it cannot use %2 databases"), display_url(url), backend)
    try:
        u.get_dialect()
    except NoSuchModuleError:
        raise DatabaseOpenError(QT_TR_NOOP("%1: unknown database driver '%2'; leave it out "
                                           "(postgresql://…) to use the one curmap installs"),
                                display_url(url), u.drivername) from None
    except ImportError as exc:
        raise DatabaseOpenError(QT_TR_NOOP("%1: the database driver is not installed (%2); "
                                           "install curmap with its postgres extra: pip install 'curmap[postgres]'"),
                                display_url(url), exc.name or exc) from None
    return sqlite_path(url)


def _prepare_sqlite(path: Path, readonly: bool | None) -> tuple[SchemaState, str]:
    """The file's schema, and why it opens read-only ("" when it opens for writing)."""
    if path.is_dir():
        raise DatabaseOpenError(QT_TR_NOOP("%1: is a folder, not a curmap map"), path)
    if path.exists() and not path.is_file():  # a pipe would block, a device is no map
        raise DatabaseOpenError(QT_TR_NOOP("%1: is not a regular file (a device or a pipe), not a curmap map"), path)
    if not path.exists():
        if readonly:
            raise DatabaseOpenError(QT_TR_NOOP("%1: no such file"), path)
        if not path.parent.is_dir():
            raise DatabaseOpenError(QT_TR_NOOP("%1: the folder %2 does not exist"), path, path.parent)
        if not os.access(path.parent, os.W_OK):
            raise DatabaseOpenError(QT_TR_NOOP("%1: cannot create a map in %2 (permission denied)"),
                                    path, path.parent)
        return SchemaState("empty"), ""
    # SQLite writes beside the map (its -wal and -shm files): a read-only folder
    # (a CD, a USB stick with its lock on, a read-only share) is read-only too.
    unwritable = FOLDER if not os.access(path.parent, os.W_OK) else FILE if not os.access(path, os.W_OK) else ""
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    if unwritable == FOLDER and not shm.exists() and wal.exists() and wal.stat().st_size > 0:
        # Its last changes are in the -wal file, which SQLite cannot read without
        # a -shm file it may not create here: refuse rather than show an old map.
        raise DatabaseOpenError(QT_TR_NOOP("%1: the map was not closed cleanly and its folder is read-only, so "
                                           "its latest changes (in %2) cannot be read. Copy the map and that "
                                           "file to a writable folder and open the copy."), path, wal.name)
    state = inspect_sqlite_file(path)
    if readonly is None:
        return state, unwritable
    if not readonly and unwritable:
        raise DatabaseOpenError(QT_TR_NOOP("%1: the file is read-only; open it read-only instead") if unwritable == FILE
                                else QT_TR_NOOP("%1: the folder is read-only; open the map read-only instead"), path)
    return state, ASKED if readonly else ""


def _inspect_server(url: str, readonly: bool | None) -> tuple[SchemaState, str]:
    """The server database's schema, and why it opens read-only: a role that may
    only read (a reviewer), a standby server, or because the caller asked."""
    engine = make_engine(url)
    where = display_url(url)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            app = revision = None
            if "curmap_meta" in tables:
                app = conn.execute(text("SELECT value FROM curmap_meta WHERE key='app'")).scalar()
            if "alembic_version" in tables:
                revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            reason = _server_readonly(conn, tables)
        state = schema_state_of_tables(tables, app, revision)
    except SQLAlchemyError as exc:
        detail = redact(" ".join(str(getattr(exc, "orig", None) or exc).split()), url)  # one line
        if "no password supplied" in detail:
            raise DatabaseOpenError(QT_TR_NOOP("%1: the server asks for a password; put it in PGPASSWORD, "
                                               "~/.pgpass or a service file (%2)"), where, detail) from None
        raise DatabaseOpenError(QT_TR_NOOP("%1: cannot connect (%2)"), where, detail) from None
    except DatabaseOpenError as exc:
        raise DatabaseOpenError(QT_TR_NOOP("%1: %2"), where, exc.message) from None
    finally:
        engine.dispose()
    if reason:
        return state, reason
    return state, ASKED if readonly else ""


def _server_readonly(conn: Connection, tables: set[str]) -> str:
    if conn.execute(text("SELECT pg_is_in_recovery()")).scalar():
        return STANDBY
    if "mapping" not in tables:
        return ""  # a new database: whoever may create it may write it
    writes = ["has_table_privilege('mapping', 'INSERT')", "has_table_privilege('mapping', 'UPDATE')",
              "has_table_privilege('mapping', 'DELETE')"]
    if "change_journal" in tables:
        writes.append("has_table_privilege('change_journal', 'INSERT')")
    may_write = conn.execute(text(f"SELECT {' AND '.join(writes)}")).scalar()
    return "" if may_write else ROLE


def _create(db: Database, app_version: str, on_create, fresh_file: bool) -> None:
    try:
        with db.session() as session, session.begin():
            session.connection(execution_options={WRITE_OPTION: True})
            create_schema(session.connection(), app_version)
            if on_create is not None:
                on_create(session)
    except BaseException as exc:
        db.engine.dispose()
        if fresh_file and db.path is not None:
            for suffix in ("", "-wal", "-shm"):
                Path(str(db.path) + suffix).unlink(missing_ok=True)
        if isinstance(exc, (OperationalError, OSError)):  # the disk is full, the folder went away…
            cause = getattr(exc, "orig", None) or exc
            full = "full" in str(cause) or getattr(cause, "errno", None) == errno.ENOSPC
            where = db.path or db.display_name
            if full:
                raise DatabaseOpenError(QT_TR_NOOP("%1: cannot create the map: the disk is full; "
                                                   "nothing was created"), where) from None
            raise DatabaseOpenError(QT_TR_NOOP("%1: cannot create the map (%2); nothing was created"),
                                    where, getattr(cause, "strerror", None) or cause) from None
        raise
    db.created = True
