"""A map on a CD, a locked USB stick or a read-only share opens read-only and says
so (it used to be called damaged: SQLite could not make its -shm file there).

Root ignores permissions, so the logic is covered by a folder that reports
itself read-only, plus one honest check on a read-only mount (root only) or
a folder without write permission (everyone else)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.curriculum.ops import add_course
from app.curriculum.queries import curriculum, find_programme
from app.curriculum.sample import SAMPLE_NAME
from app.workspace import Workspace
from db.errors import DatabaseOpenError, ReadOnlyError


def _closed_map(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / "map.db"
    Workspace.open(path).close()
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    return path


@pytest.fixture
def unwritable_folder(tmp_path, monkeypatch):
    """A folder the system reports as not writable, as a read-only medium does."""
    folder = tmp_path / "stick"
    path = _closed_map(folder)
    real = os.access

    def access(target, mode, *args, **kwargs):
        if mode & os.W_OK and Path(target).resolve() in (folder.resolve(), path.resolve()):
            return False
        return real(target, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    return path


def _reads_and_refuses(path: Path) -> None:
    ws = Workspace.open(path)
    try:
        assert ws.readonly and ws.db.readonly_reason == "folder"
        assert "its folder is read-only" in str(ws.readonly_message)
        pid = ws.read(find_programme, SAMPLE_NAME).id
        assert len(ws.read(curriculum, pid)) == 4
        with pytest.raises(ReadOnlyError, match="folder is read-only"):
            ws.perform(add_course, pid, "NEW1", "新課程")
    finally:
        ws.close()
    assert not Path(f"{path}-shm").exists() and not Path(f"{path}-wal").exists()  # nothing written beside it


def test_a_map_in_a_read_only_folder_opens_read_only(unwritable_folder):
    _reads_and_refuses(unwritable_folder)


def test_asking_to_write_a_map_in_a_read_only_folder_says_why(unwritable_folder):
    with pytest.raises(DatabaseOpenError, match="the folder is read-only; open the map read-only instead"):
        Workspace.open(unwritable_folder, readonly=False)


def test_an_unclean_map_in_a_read_only_folder_is_refused_not_shown_stale(tmp_path, monkeypatch):
    folder = tmp_path / "cd"
    path = _closed_map(folder)
    # A program that wrote and never closed: its last change is only in map.db-wal.
    code = ("import sqlite3, os; c = sqlite3.connect(%r); c.execute('PRAGMA journal_mode=WAL'); "
            "c.execute(\"UPDATE course SET name = 'latest' WHERE code = 'MKT101'\"); c.commit(); "
            "os._exit(0)") % str(path)
    subprocess.run([sys.executable, "-c", code], check=True)
    Path(f"{path}-shm").unlink()
    assert Path(f"{path}-wal").stat().st_size > 0
    real = os.access
    monkeypatch.setattr(os, "access", lambda t, m, *a, **k: False if m & os.W_OK and Path(t) in (folder, path)
                        else real(t, m, *a, **k))
    with pytest.raises(DatabaseOpenError, match="not closed cleanly and its folder is read-only"):
        Workspace.open(path)


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores folder permissions: see the mount test")
def test_a_folder_without_write_permission(tmp_path):  # pragma: no cover - CI runs as root
    path = _closed_map(tmp_path / "shared")
    path.parent.chmod(0o555)
    try:
        _reads_and_refuses(path)
    finally:
        path.parent.chmod(0o755)


@pytest.mark.skipif(not sys.platform.startswith("linux") or os.geteuid() != 0,
                    reason="mounting a read-only file system needs root on Linux")
def test_a_map_on_a_read_only_file_system(tmp_path):
    source = _closed_map(tmp_path / "source")
    mount = tmp_path / "cdrom"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)],
                      capture_output=True).returncode != 0:
        pytest.skip("this machine does not let us mount a file system (no CAP_SYS_ADMIN)")
    try:
        shutil.copy(source, mount / "map.db")
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True, capture_output=True)
        _reads_and_refuses(mount / "map.db")
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True)
