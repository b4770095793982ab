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

from db.engine import WRITE_OPTION, make_engine, sqlite_path, to_url
from db.errors import QT_TR_NOOP, DatabaseOpenError
from db.migrate import backup_sqlite, create_schema, upgrade
from db.schema import SCHEMA_HEAD, SchemaState, inspect_sqlite_file, schema_state_of_tables

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass
class Database:
    url: str
    engine: Engine
    readonly: bool
    path: Path | None
    created: bool = False
    backup_path: Path | None = None
    migrated_from: str | None = None

    @property
    def display_name(self) -> str:
        return self.path.name if self.path else self.engine.url.render_as_string(hide_password=True)

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
    where = str(path) if path else shown_url(url)
    if path is not None:
        state, readonly = _prepare_sqlite(path, readonly)
    else:
        state, readonly = _inspect_server(url), bool(readonly)

    if state.kind == "newer":
        raise DatabaseOpenError(
            QT_TR_NOOP("%1: this map was saved by a newer version of curmap (schema %2); "
                       "this version reads schema %3 and older. Update curmap to open it."),
            where, state.revision, SCHEMA_HEAD)
    backup = None
    if state.kind == "older":
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
            cause = exc.message if isinstance(exc, DatabaseOpenError) else exc
            if backup:
                raise DatabaseOpenError(QT_TR_NOOP("%1: the upgrade failed and was undone (%2). "
                                                   "A copy from before is at %3."), where, cause, backup) from None
            raise DatabaseOpenError(QT_TR_NOOP("%1: the upgrade failed and was undone (%2)."),
                                    where, cause) from None

    engine = make_engine(url, readonly=readonly)
    db = Database(url, engine, readonly, path, backup_path=backup,
                  migrated_from=state.revision if state.kind == "older" else None)
    if state.kind == "empty":
        if readonly:
            engine.dispose()
            raise DatabaseOpenError(QT_TR_NOOP("%1: the file is empty and read-only"), where)
        _create(db, app_version, on_create, fresh_file=path is not None and not path.exists())
    return db


# The databases curmap keeps maps in, and the driver package each needs.
BACKENDS = {"sqlite": None, "postgresql": "psycopg"}


def shown_url(url: str) -> str:
    """A URL for messages: never the password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url.split("@")[-1] if "@" in url else url


def _checked_url(url: str) -> Path | None:
    """The SQLite file a URL names (None for a server), once curmap can use that kind of database."""
    try:
        u = make_url(url)
    except ArgumentError:
        raise DatabaseOpenError(QT_TR_NOOP("%1: not a map file or a database URL curmap understands "
                                           "(such as postgresql://user@host/name)"), shown_url(url)) from None
    backend = u.get_backend_name()
    if backend not in BACKENDS:
        raise DatabaseOpenError(QT_TR_NOOP("%1: curmap keeps maps in a file or on a PostgreSQL server "
                                           "(postgresql://…); it cannot use %2 databases"), shown_url(url), backend)
    try:
        u.get_dialect()
    except NoSuchModuleError:
        raise DatabaseOpenError(QT_TR_NOOP("%1: unknown database driver '%2'; leave it out "
                                           "(postgresql://…) to use the one curmap installs"),
                                shown_url(url), u.drivername) from None
    except ImportError as exc:
        raise DatabaseOpenError(QT_TR_NOOP("%1: the database driver is not installed (%2); "
                                           "install curmap with its postgres extra: pip install 'curmap[postgres]'"),
                                shown_url(url), exc.name or exc) from None
    return sqlite_path(url)


def _prepare_sqlite(path: Path, readonly: bool | None) -> tuple[SchemaState, bool]:
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
        return SchemaState("empty"), False
    state = inspect_sqlite_file(path)
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    if readonly is None:
        readonly = not writable
    elif not readonly and not writable:
        raise DatabaseOpenError(QT_TR_NOOP("%1: the file is read-only; open it read-only instead"), path)
    return state, readonly


def _inspect_server(url: str) -> SchemaState:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            app = revision = None
            if "curmap_meta" in tables:
                app = conn.execute(text("SELECT value FROM curmap_meta WHERE key='app'")).scalar()
            if "alembic_version" in tables:
                revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return schema_state_of_tables(tables, app, revision)
    except SQLAlchemyError as exc:
        raise DatabaseOpenError(QT_TR_NOOP("%1: cannot connect (%2: %3)"),
                                shown_url(url), exc.__class__.__name__,
                                " ".join(str(getattr(exc, "orig", None) or exc).split())) from None
    except DatabaseOpenError as exc:
        raise DatabaseOpenError(QT_TR_NOOP("%1: %2"), shown_url(url), exc.message) from None
    finally:
        engine.dispose()


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
