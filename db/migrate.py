"""Schema creation and Alembic migrations, with a backup before each upgrade."""
from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, text

from db.engine import make_engine, sqlite_ro_uri
from db.errors import QT_TR_NOOP, DatabaseOpenError
from db.schema import APP_ID, SCHEMA_HEAD

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection):
    from alembic.config import Config  # imported here: startup need not pay for Alembic

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def create_schema(connection: Connection, app_version: str) -> None:
    """Create every table of a new map and stamp it at the newest revision."""
    from models.tables import metadata

    metadata.create_all(connection)
    if connection.dialect.name == "postgresql":
        from db.journal import install_notify

        install_notify(connection, list(metadata.tables))
    connection.execute(text("CREATE TABLE IF NOT EXISTS alembic_version ("
                            "version_num VARCHAR(32) NOT NULL, "
                            "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"))
    connection.execute(text("DELETE FROM alembic_version"))
    connection.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": SCHEMA_HEAD})
    connection.execute(
        text("INSERT INTO curmap_meta (key, value) VALUES ('app', :a), ('created_with', :v)"),
        {"a": APP_ID, "v": app_version},
    )


def backup_sqlite(path: Path, revision: str | None) -> Path:
    """Copy the map beside itself (WAL content included) before it is migrated."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{revision or 'unknown'}-{stamp}{path.suffix or '.db'}")
    try:
        src = sqlite3.connect(sqlite_ro_uri(path), uri=True)
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)  # no half-written backup left to be trusted later
        raise DatabaseOpenError(QT_TR_NOOP("%1: cannot write the backup %2 before upgrading "
                                           "(%3); nothing was changed"), path, target.name, exc) from None
    return target


def upgrade(url: str, target: str = "head") -> None:
    """Run the migrations in one transaction with foreign keys off.

    With foreign_keys=ON, SQLite's batch table rebuild (copy, drop, rename)
    cascades the drop into every ON DELETE CASCADE child; so keys are off
    while migrating and checked once at the end instead.
    """
    from alembic import command

    engine = make_engine(url, foreign_keys=False)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), target)
            if conn.dialect.name == "sqlite":
                bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if bad:
                    raise DatabaseOpenError(
                        QT_TR_NOOP("the upgrade left %1 broken references (first in table %2); "
                                   "nothing was changed"), len(bad), bad[0][0])
    finally:
        engine.dispose()
