"""The one way in: every read and every change of a map goes through here.

``perform`` runs an operation in one transaction and tells every listener
what changed (the GUI's refresh, the undo stack and the CLI all see the
same thing). Operations are plain functions ``op(session, *args)`` that
return ``(value, Changes)`` and get an ORM session. Queries are
``query(reader, *args) -> value`` and get a plain Core connection: they
select through ``models.tables`` (or ORM attributes, never ORM objects), so
reading, and with it the window's start-up, never loads the ORM. Both
return plain data only.
"""
from __future__ import annotations

import getpass
import os
import threading
import uuid
from pathlib import Path
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from app.changes import Changes
from app.errors import QT_TR_NOOP, CurmapError, Msg, programming_error
from app.version import __version__
from db import journal
from db.database import Database, open_database
from db.engine import WRITE_OPTION
from db.errors import ReadOnlyError

T = TypeVar("T")
Listener = Callable[[Changes], None]


class Workspace:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._listeners: list[Listener] = []
        self._write_lock = threading.Lock()
        # Names this workspace's entries in the change journal: what a window
        # reads back from there is what others wrote (app/watch.py).
        self.origin = uuid.uuid4().hex
        self.who = _user_name()

    @classmethod
    def open(cls, target: str | os.PathLike[str], *, readonly: bool | None = None,
             seed: bool = True) -> Workspace:
        from app.maps.seed import fill_new_map

        return cls(open_database(target, app_version=__version__, readonly=readonly,
                                 on_create=fill_new_map if seed else None))

    @property
    def readonly(self) -> bool:
        return self.db.readonly

    @property
    def name(self) -> str:
        return self.db.display_name

    @property
    def path(self) -> Path | None:
        """The map's file (None for a server database)."""
        return self.db.path

    def close(self) -> None:
        self.db.close()

    def check_other_file(self, path: str | os.PathLike[str]) -> None:
        """Refuse ``path`` (chosen to read or write) when it is the open map or one of its journals.

        Reading it would open and close a descriptor of the map in this
        process, which drops SQLite's locks on it; writing it would destroy it.
        Compared by device and inode, so another name for the same file counts.
        """
        if self.path is None:
            return
        try:
            chosen = os.stat(path)
        except OSError:
            return  # not there yet: a new file cannot be the map
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                mine = os.stat(f"{self.path}{suffix}")
            except OSError:
                continue
            if (mine.st_dev, mine.st_ino) == (chosen.st_dev, chosen.st_ino):
                raise CurmapError(QT_TR_NOOP("%1 is the open map itself (or one of its files); "
                                             "choose another file"), os.fspath(path))

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def read(self, query: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``query`` on one connection (one snapshot of the map)."""
        with self.db.connect() as conn:
            try:
                return query(conn, *args, **kwargs)
            except OperationalError as exc:
                if programming_error(exc):
                    raise  # a bug: to the report and the log, not a friendly warning
                raise CurmapError(_db_message(self.name, exc, self.db.redact)) from None

    @property
    def readonly_message(self) -> Msg | None:
        """Why the map is open read-only, for the window to say; None when it is not."""
        return _READONLY.get(self.db.readonly_reason) and Msg(_READONLY[self.db.readonly_reason], self.name)

    def perform(self, op: Callable[..., tuple[T, Changes]], *args: Any, notify: bool = True,
                **kwargs: Any) -> T:
        """Run ``op`` in one transaction; on any error nothing is written."""
        if self.db.readonly:
            why = self.readonly_message or Msg(_READONLY["asked"], self.name)
            raise ReadOnlyError(Msg(QT_TR_NOOP("%1 Changes cannot be saved."), why))
        with self._write_lock, self.db.session() as session:
            try:
                with session.begin():
                    session.connection(execution_options={WRITE_OPTION: True})
                    value, changes = op(session, *args, **kwargs)
                    if not changes.empty:
                        journal.record(session.connection(), self.origin, self.who, changes.to_json())
            except IntegrityError as exc:
                if programming_error(exc):
                    raise
                raise CurmapError(QT_TR_NOOP("%1: the change conflicts with stored data (%2)"),
                                  self.name, self.db.redact(str(exc.orig))) from None
            except OperationalError as exc:
                if programming_error(exc):
                    raise
                raise CurmapError(_db_message(self.name, exc, self.db.redact)) from None
            except DBAPIError as exc:  # e.g. PostgreSQL refusing a value too long for its column
                if programming_error(exc):
                    raise
                if getattr(exc.orig, "sqlstate", None) == "42501":  # insufficient privilege
                    raise ReadOnlyError(Msg(QT_TR_NOOP("%1 Changes cannot be saved."),
                                            Msg(_READONLY["role"], self.name))) from None
                raise CurmapError(QT_TR_NOOP("%1: the database refused the change (%2); nothing was saved"),
                                  self.name, self.db.redact(str(exc.orig).strip())) from None
        if notify and not changes.empty:
            self.notify(changes)
        return value

    def notify(self, changes: Changes) -> None:
        for listener in list(self._listeners):
            listener(changes)


def _user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in this environment; the note says less
        return ""


_READONLY = {
    "asked": QT_TR_NOOP("%1 is open read-only."),
    "file": QT_TR_NOOP("%1 is open read-only: the file is read-only."),
    "folder": QT_TR_NOOP("%1 is open read-only: its folder is read-only (a CD, a locked USB stick, "
                         "a read-only share)."),
    "role": QT_TR_NOOP("%1 is open read-only: your database role may read this map but not change it."),
    "standby": QT_TR_NOOP("%1 is open read-only: the server is a read-only standby."),
}


def _db_message(name: str, exc: OperationalError, redact: Callable[[str], str] = str) -> Msg:
    text = redact(str(exc.orig))
    if "locked" in text or "busy" in text or "lock timeout" in text:
        return Msg(QT_TR_NOOP("%1: the map is locked by another program; nothing was saved. Try again."), name)
    if "readonly" in text or "read-only" in text:
        return Msg(QT_TR_NOOP("%1: the file is read-only; nothing was saved"), name)
    if "disk" in text and "full" in text:
        return Msg(QT_TR_NOOP("%1: the disk is full; nothing was saved"), name)
    return Msg(QT_TR_NOOP("%1: database error (%2); nothing was saved"), name, text)
