"""Map files as files: a new map, a safe copy, and what the About box reports."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from app.errors import QT_TR_NOOP, CurmapError
from app.safe_write import replacing
from app.version import __version__
from app.workspace import Workspace
from db.engine import sqlite_ro_uri


def new_map(path: str | os.PathLike[str], sample: bool = True) -> Workspace:
    """A new map at ``path`` holding the bundled standard and, when ``sample``, the sample programme."""
    from functools import partial

    from app.maps.seed import fill_new_map
    from db.database import open_database

    target = Path(path)
    if target.exists():
        raise CurmapError(QT_TR_NOOP("%1: a file with this name already exists; open it instead, "
                                     "or choose another name"), target)
    if sample:
        return Workspace.open(target)
    return Workspace(open_database(target, app_version=__version__, on_create=partial(fill_new_map, sample=False)))


def save_copy(ws: Workspace, dest: str | os.PathLike[str]) -> Path:
    """Copy the open map to ``dest`` with SQLite's backup API.

    The backup API reads a consistent snapshot (WAL content included) even
    while the map is in use; a plain file copy could catch it half-written.
    The copy is made beside ``dest`` and renamed into place, so a failure
    never leaves a broken file under the chosen name.
    """
    source = ws.path
    if source is None:
        raise CurmapError(QT_TR_NOOP("%1: only a map stored in a file can be copied"), ws.name)
    target = Path(dest).expanduser().resolve()
    if target == source.resolve():
        raise CurmapError(QT_TR_NOOP("%1: this is the open map itself; choose another name"), target)
    if not target.parent.is_dir():
        raise CurmapError(QT_TR_NOOP("%1: the folder %2 does not exist"), target, target.parent)
    if any(Path(f"{target}{suffix}").exists() for suffix in ("-wal", "-shm")):
        # Its journal files would be applied to the copy: two maps mixed in one.
        raise CurmapError(QT_TR_NOOP("%1: that map is open in curmap or was not closed cleanly; "
                                     "close it or choose another name"), target)
    try:
        with replacing(target, ".db") as tmp:  # the user's umask; a replaced file keeps its mode
            src = sqlite3.connect(sqlite_ro_uri(source), uri=True)
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                # A copy in rollback-journal mode is one self-contained file.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
                src.close()
    except (sqlite3.Error, OSError) as exc:
        raise CurmapError(QT_TR_NOOP("%1: the copy could not be written (%2); nothing was saved"),
                          target, exc) from None
    return target


def about() -> dict[str, str]:
    """Versions for the About box (the views cannot reach db/ themselves)."""
    from db.schema import SCHEMA_HEAD

    return {"curmap": __version__, "schema": SCHEMA_HEAD}
