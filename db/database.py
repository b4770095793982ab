"""Open a curriculum map: create, migrate (after a backup) or refuse it."""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from db.engine import WRITE_OPTION, make_engine, sqlite_path, to_url
from db.errors import DatabaseOpenError
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
    path = sqlite_path(url)
    where = str(path) if path else url
    if path is not None:
        state, readonly = _prepare_sqlite(path, readonly)
    else:
        state, readonly = _inspect_server(url), bool(readonly)

    if state.kind == "newer":
        raise DatabaseOpenError(
            f"{where}: this map was saved by a newer version of curmap (schema {state.revision}); "
            f"this version reads schema {SCHEMA_HEAD} and older. Update curmap to open it.")
    backup = None
    if state.kind == "older":
        if readonly:
            raise DatabaseOpenError(
                f"{where}: this map needs upgrading (schema {state.revision} -> {SCHEMA_HEAD}), "
                "which cannot happen while it is opened read-only. Open it for editing once "
                "(a copy is kept from before), or copy it somewhere writable and open the copy.")
        if path is not None:
            backup = backup_sqlite(path, state.revision)
        try:
            upgrade(url)
        except (SQLAlchemyError, DatabaseOpenError) as exc:
            kept = f" A copy from before is at {backup}." if backup else ""
            raise DatabaseOpenError(f"{where}: the upgrade failed and was undone ({exc}).{kept}") from None

    engine = make_engine(url, readonly=readonly)
    db = Database(url, engine, readonly, path, backup_path=backup,
                  migrated_from=state.revision if state.kind == "older" else None)
    if state.kind == "empty":
        if readonly:
            engine.dispose()
            raise DatabaseOpenError(f"{where}: the file is empty and read-only")
        _create(db, app_version, on_create, fresh_file=path is not None and not path.exists())
    return db


def _prepare_sqlite(path: Path, readonly: bool | None) -> tuple[SchemaState, bool]:
    if path.is_dir():
        raise DatabaseOpenError(f"{path}: is a folder, not a curmap map")
    if not path.exists():
        if readonly:
            raise DatabaseOpenError(f"{path}: no such file")
        if not path.parent.is_dir():
            raise DatabaseOpenError(f"{path}: the folder {path.parent} does not exist")
        if not os.access(path.parent, os.W_OK):
            raise DatabaseOpenError(f"{path}: cannot create a map in {path.parent} (permission denied)")
        return SchemaState("empty"), False
    state = inspect_sqlite_file(path)
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    if readonly is None:
        readonly = not writable
    elif not readonly and not writable:
        raise DatabaseOpenError(f"{path}: the file is read-only; open it read-only instead")
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
        raise DatabaseOpenError(f"{url}: cannot connect ({exc.__class__.__name__}: {exc})") from None
    except DatabaseOpenError as exc:
        raise DatabaseOpenError(f"{url}: {exc}") from None
    finally:
        engine.dispose()


def _create(db: Database, app_version: str, on_create, fresh_file: bool) -> None:
    try:
        with db.session() as session, session.begin():
            session.connection(execution_options={WRITE_OPTION: True})
            create_schema(session.connection(), app_version)
            if on_create is not None:
                on_create(session)
    except BaseException:
        db.engine.dispose()
        if fresh_file and db.path is not None:
            for suffix in ("", "-wal", "-shm"):
                Path(str(db.path) + suffix).unlink(missing_ok=True)
        raise
    db.created = True
