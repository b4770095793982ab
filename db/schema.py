"""Which schema a database file holds, without changing the file."""
from __future__ import annotations

import os
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from db.errors import QT_TR_NOOP, DatabaseOpenError, Msg

# The newest Alembic revision this build knows; tests/test_migrations.py keeps
# it equal to the head of db/migrations so startup need not import Alembic.
SCHEMA_HEAD = "0005"
# Every revision this build can migrate from, oldest first.
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005")
APP_ID = "curmap"


@dataclass(frozen=True)
class SchemaState:
    kind: str  # "empty", "current", "older", "newer"
    revision: str | None = None


def schema_state_of_tables(tables: set[str], app: str | None, revision: str | None) -> SchemaState:
    if not tables:
        return SchemaState("empty")
    if "curmap_meta" not in tables or app != APP_ID:
        raise DatabaseOpenError(QT_TR_NOOP("it is not a curmap map (it holds other tables)"))
    if revision is None:  # not "newer": no version at all means the file is incomplete or was altered
        raise DatabaseOpenError(QT_TR_NOOP("it has no schema version: it was not written completely by curmap, "
                                           "or another program changed it; open a backup or a copy instead"))
    if revision == SCHEMA_HEAD:
        return SchemaState("current", revision)
    if revision in KNOWN_REVISIONS:
        return SchemaState("older", revision)
    return SchemaState("newer", revision)


def _signature(path: Path) -> tuple | None:
    """What changes when anyone writes the map (its file and its WAL), or None if it cannot be read."""
    try:
        main = path.stat()
    except OSError:
        return None
    try:
        wal = os.stat(f"{path}-wal")
        # An empty WAL holds nothing (a reader, the check itself, may create one).
        wal_sig = (wal.st_mtime_ns, wal.st_size) if wal.st_size else None
    except OSError:
        wal_sig = None
    return main.st_mtime_ns, main.st_size, wal_sig


class _CheckAhead:
    """``PRAGMA quick_check`` begun before the window's imports; SQLite runs it
    without the GIL, so on a department map its 20-300 ms overlap Qt's loading.
    Its answer counts only if the file is unchanged since the check began."""

    def __init__(self, path: Path) -> None:
        self.path, self.signature = path, _signature(path)
        self.answer: str | None = None
        self._thread = threading.Thread(target=self._run, name="curmap-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        from db.engine import sqlite_ro_uri

        try:
            conn = sqlite3.connect(sqlite_ro_uri(self.path), uri=True, check_same_thread=False)
            try:
                row = conn.execute("PRAGMA quick_check").fetchone()
                self.answer = row[0] if row else None
            finally:
                conn.close()
        except sqlite3.Error:
            self.answer = None  # inspect_sqlite_file asks again and words the error

    def result_for(self, path: Path) -> str | None:
        """The check's answer for ``path``, if it still describes the file."""
        if path != self.path or self.signature is None:
            return None
        self._thread.join()
        return self.answer if self.answer is not None and _signature(path) == self.signature else None


_ahead: _CheckAhead | None = None


def check_ahead(target: str | os.PathLike[str]) -> None:
    """Begin checking the map file ``target`` names (a path, not a server URL) in the background."""
    global _ahead
    text = os.fspath(target)
    if "://" in text:
        return
    path = Path(text).expanduser().resolve()
    if path.is_file() and path.stat().st_size > 0 and os.access(path, os.R_OK):
        _ahead = _CheckAhead(path)


def _quick_check(conn: sqlite3.Connection, path: Path) -> str | None:
    global _ahead
    ahead, _ahead = _ahead, None
    answer = ahead.result_for(path) if ahead is not None else None
    if answer is not None:
        return answer
    row = conn.execute("PRAGMA quick_check").fetchone()
    return row[0] if row else None


def inspect_sqlite_file(path: Path) -> SchemaState:
    """Read-only look at a SQLite file: is it ours, is it sound, which schema.

    Only through SQLite, never ``open()``: the map may be open in this process
    already (opened again, a recent map), and closing any other descriptor of
    it would drop the POSIX locks SQLite holds on it (see views/prompts.py).
    SQLite shares one descriptor per file among its connections in a process.
    """
    from db.engine import sqlite_ro_uri

    name = str(path)
    if not os.access(path, os.R_OK):
        raise DatabaseOpenError(QT_TR_NOOP("%1: the file cannot be read (permission denied)"), name)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DatabaseOpenError(QT_TR_NOOP("%1: the file cannot be read (%2)"), name, exc.strerror) from None
    if size == 0:
        return SchemaState("empty")
    try:
        conn = sqlite3.connect(sqlite_ro_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise DatabaseOpenError(QT_TR_NOOP("%1: cannot be opened (%2)"), name, exc) from None
    try:
        conn.execute("PRAGMA schema_version").fetchone()  # reads the header: is it SQLite at all?
        ok = _quick_check(conn, path)
        if ok != "ok":
            raise DatabaseOpenError(QT_TR_NOOP("%1: the database is damaged (%2)"),
                                    name, ok if ok else Msg(QT_TR_NOOP("no answer")))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        app = revision = None
        if "curmap_meta" in tables:
            row = conn.execute("SELECT value FROM curmap_meta WHERE key='app'").fetchone()
            app = row[0] if row else None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        text = str(exc)
        if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_NOTADB or "not a database" in text:
            raise DatabaseOpenError(QT_TR_NOOP("%1: not a curmap map (the file is not an SQLite database)"),
                                    name) from None
        if "locked" in text:
            raise DatabaseOpenError(QT_TR_NOOP("%1: the map is locked by another program; try again"),
                                    name) from None
        raise DatabaseOpenError(QT_TR_NOOP("%1: the database is damaged (%2)"), name, text) from None
    finally:
        conn.close()
    try:
        return schema_state_of_tables(tables, app, revision)
    except DatabaseOpenError as exc:
        raise DatabaseOpenError(QT_TR_NOOP("%1: %2"), name, exc.message) from None
