"""The change journal: one row per committed change, so other programs on the
same map learn what changed (app/watch.py reads it; Workspace.perform writes it).

A commit is noticed without polling the journal itself: SQLite's
``PRAGMA data_version`` changes on a connection of its own when anyone else
commits; on PostgreSQL a statement trigger on every table sends a NOTIFY,
delivered when the writing transaction commits (LISTEN on a dedicated
connection). Old entries are pruned now and then; the highest pruned
sequence number is kept so a reader that fell behind knows it missed some.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Engine, delete, func, insert, select, text

from models.tables import change_journal, meta

CHANNEL = "curmap_changes"
PRUNED_KEY = "journal_pruned"
PRUNE_EVERY = 500  # entries; pruning keeps the last KEEP of them
KEEP = 2000


@dataclass(frozen=True)
class Entry:
    seq: int
    origin: str
    who: str
    changes: str  # JSON


def record(conn: Connection, origin: str, who: str, changes_json: str) -> int:
    """Add an entry in the caller's transaction; returns its sequence number."""
    seq = conn.execute(insert(change_journal).values(origin=origin, who=who[:100], at=datetime.now(),
                                                     changes=changes_json)).inserted_primary_key[0]
    if seq % PRUNE_EVERY == 0:
        _prune(conn, seq - KEEP)
    return seq


def _prune(conn: Connection, through: int) -> None:
    if through <= 0:
        return
    conn.execute(delete(change_journal).where(change_journal.c.seq <= through))
    updated = conn.execute(meta.update().where(meta.c.key == PRUNED_KEY).values(value=str(through))).rowcount
    if not updated:
        conn.execute(insert(meta).values(key=PRUNED_KEY, value=str(through)))


def latest(conn: Connection) -> int:
    return conn.execute(select(func.coalesce(func.max(change_journal.c.seq), 0))).scalar_one()


def since(conn: Connection, seq: int) -> tuple[list[Entry], int]:
    """Entries after ``seq``, oldest first, and the highest sequence number pruned so far."""
    rows = conn.execute(select(change_journal.c.seq, change_journal.c.origin, change_journal.c.who,
                               change_journal.c.changes)
                        .where(change_journal.c.seq > seq).order_by(change_journal.c.seq)).all()
    pruned = conn.execute(select(meta.c.value).where(meta.c.key == PRUNED_KEY)).scalar()
    return [Entry(*r) for r in rows], int(pruned or 0)


# ---- noticing commits ----------------------------------------------------------

class CommitSignal:
    """``wait(timeout)`` returns True when someone may have committed since the last call."""

    def wait(self, timeout: float) -> bool:
        raise NotImplementedError

    def close(self) -> None:
        pass


class SqliteSignal(CommitSignal):
    """``PRAGMA data_version`` on a connection of its own: a few microseconds, read from shared memory."""

    def __init__(self, connect, stop: threading.Event) -> None:
        self._conn = connect()
        self._stop = stop
        self._version = self._read()

    def _read(self) -> int:
        return self._conn.execute("PRAGMA data_version").fetchone()[0]

    def wait(self, timeout: float) -> bool:
        self._stop.wait(timeout)
        version = self._read()
        changed, self._version = version != self._version, version
        return changed

    def close(self) -> None:
        self._conn.close()


class PostgresSignal(CommitSignal):
    """LISTEN on a connection of its own; a trigger NOTIFYs on every committed write."""

    def __init__(self, engine: Engine) -> None:
        raw = engine.raw_connection()
        raw.detach()  # never back into the pool: it stays in LISTEN mode
        self._conn = raw.dbapi_connection
        self._conn.autocommit = True
        self._conn.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float) -> bool:
        return any(True for _ in self._conn.notifies(timeout=timeout, stop_after=1))

    def close(self) -> None:
        self._conn.close()


def commit_signal(engine: Engine, stop: threading.Event) -> CommitSignal:
    """A signal for the map behind ``engine``; call it on the thread that will wait on it."""
    if engine.dialect.name == "postgresql":
        return PostgresSignal(engine)

    def connect():
        raw = engine.raw_connection()
        raw.detach()  # its own connection: data_version counts the commits of every other one
        return raw.dbapi_connection

    return SqliteSignal(connect, stop)


# ---- PostgreSQL: the trigger that tells listeners -------------------------------

def install_notify(conn: Connection, tables: list[str]) -> None:
    """A statement trigger on each table: any committed write (ours or not) wakes the listeners."""
    conn.execute(text(f"""
        CREATE OR REPLACE FUNCTION curmap_notify() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM pg_notify('{CHANNEL}', ''); RETURN NULL; END $$"""))
    for table in tables:
        conn.execute(text(f'DROP TRIGGER IF EXISTS curmap_notify ON "{table}"'))
        conn.execute(text(f'CREATE TRIGGER curmap_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE '
                          f'ON "{table}" FOR EACH STATEMENT EXECUTE PROCEDURE curmap_notify()'))


def remove_notify(conn: Connection, tables: list[str]) -> None:
    for table in tables:
        conn.execute(text(f'DROP TRIGGER IF EXISTS curmap_notify ON "{table}"'))
    conn.execute(text("DROP FUNCTION IF EXISTS curmap_notify()"))
