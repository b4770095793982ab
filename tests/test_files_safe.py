"""Files curmap writes: the user's umask, a replaced file's mode, symlinks followed, nothing left behind."""
from __future__ import annotations

import os
import signal
import stat
import sys
import time
from pathlib import Path

import pytest

from app import safe_write
from app.curriculum.bulk import NewCourse, NewModule, add_courses
from app.curriculum.queries import find_programme
from app.curriculum.sample import SAMPLE_NAME
from app.excel.export import export_workbook
from app.maps.files import save_copy
from tests.fault_tools import curmap, ours, wait_for

posix = pytest.mark.skipif(os.name == "nt", reason="POSIX modes and signals")


@pytest.fixture
def pid(ws):
    return ws.read(find_programme, SAMPLE_NAME).id


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def umask():
    old = os.umask(0o022)
    yield lambda value: os.umask(value)
    os.umask(old)


@posix
def test_a_new_export_follows_the_umask(ws, pid, tmp_path, umask):
    umask(0o022)
    ws.read(export_workbook, pid, tmp_path / "a.xlsx")
    assert _mode(tmp_path / "a.xlsx") == 0o644  # was 0600 whatever the umask
    umask(0o002)
    ws.read(export_workbook, pid, tmp_path / "b.xlsx")
    assert _mode(tmp_path / "b.xlsx") == 0o664
    umask(0o077)
    save_copy(ws, tmp_path / "copy.db")
    assert _mode(tmp_path / "copy.db") == 0o600


@posix
def test_a_replaced_file_keeps_its_mode(ws, pid, tmp_path, umask):
    umask(0o077)
    target = tmp_path / "shared.xlsx"
    target.write_bytes(b"old")
    target.chmod(0o664)
    ws.read(export_workbook, pid, target)
    assert _mode(target) == 0o664 and target.read_bytes()[:2] == b"PK"
    copy = tmp_path / "copy.db"
    copy.write_bytes(b"")
    copy.chmod(0o640)
    save_copy(ws, copy)
    assert _mode(copy) == 0o640


@posix
def test_exporting_onto_a_symlink_writes_its_target(ws, pid, tmp_path):
    real = tmp_path / "shared" / "coverage.xlsx"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "coverage.xlsx"
    link.symlink_to(real)
    ws.read(export_workbook, pid, link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes()[:2] == b"PK"
    assert ours(tmp_path) == [] and ours(real.parent) == []


def test_stale_temporary_files_of_a_killed_curmap_are_cleared(ws, pid, tmp_path, monkeypatch):
    import tempfile

    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    out = tmp_path / "out"
    out.mkdir()
    host, dead = safe_write._HOST, _dead_pid()
    old = time.time() - 3600
    files = {
        "stale_target": out / f".curmap-{host}-{dead}-0123abcd.xlsx",
        "stale_sheet": temp / f"curmap-{host}-{dead}-4567cdef.xml",
        "alive": out / f".curmap-{host}-{os.getppid()}-89abcdef.xlsx",  # its writer still runs
        "other_host": out / f".curmap-elsewhere-{dead}-0123abcd.xlsx",  # a shared folder's other machine
        "young": temp / f"curmap-{host}-{dead}-fedcba98.xml",  # newer than this process
        "not_ours": temp / "openpyxl.abc123",
    }
    for name, path in files.items():
        path.write_bytes(b"x")
        if name != "young":
            os.utime(path, (old, old))
    os.utime(files["young"], (time.time() + 60, time.time() + 60))
    ws.read(export_workbook, pid, out / "map.xlsx")
    gone = {name for name, path in files.items() if not path.exists()}
    assert gone == {"stale_target", "stale_sheet"}


def _dead_pid() -> int:
    """A process id that no process has now."""
    import subprocess

    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


@pytest.fixture
def big_map(ws, pid, db_path):
    """A map whose export takes long enough to be interrupted."""
    ws.perform(add_courses, pid, [NewCourse(f"B{c:03d}", "大", modules=[NewModule(f"單元{i}") for i in range(100)])
                                  for c in range(150)])
    ws.close()
    return db_path


def _export_until_busy(db, tmp_path):
    temp, out = tmp_path / "temp", tmp_path / "out"
    temp.mkdir()
    out.mkdir()
    proc = curmap("--db", db, "export", SAMPLE_NAME, out / "map.xlsx", env={"TMPDIR": str(temp)})
    assert wait_for(lambda: len(ours(temp)) >= 3), proc.communicate()  # three sheets under way
    return proc, temp, out


@posix
def test_sigterm_stops_an_export_and_removes_its_files(big_map, tmp_path):
    proc, temp, out = _export_until_busy(big_map, tmp_path)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signal.SIGTERM
    assert err.decode() == "curmap: stopped by a termination signal; nothing more was written\n"
    assert ours(temp) == [] and list(out.iterdir()) == []


@posix
def test_after_sigkill_the_next_export_clears_what_was_left(big_map, tmp_path):
    proc, temp, out = _export_until_busy(big_map, tmp_path)
    proc.kill()
    proc.communicate(timeout=60)
    left = ours(temp)
    assert left  # SIGKILL cannot be caught: the sheets' files stay…
    again = curmap("--db", big_map, "export", SAMPLE_NAME, out / "small.xlsx", env={"TMPDIR": str(temp)})
    again.communicate(timeout=120)
    assert again.returncode == 0
    assert ours(temp) == [] and ours(out) == []  # …until the next export
    assert [p.name for p in out.iterdir()] == ["small.xlsx"]


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores folder permissions; "
                    "test_an_unwritable_folder_is_one_message covers the logic")
def test_a_read_only_folder_refuses_the_export(ws, pid, tmp_path):  # pragma: no cover - CI runs as root
    from app.errors import CurmapError

    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    with pytest.raises(CurmapError, match="cannot write the file"):
        ws.read(export_workbook, pid, folder / "map.xlsx")
    assert list(folder.iterdir()) == []


def test_an_unwritable_folder_is_one_message(ws, pid, tmp_path, monkeypatch):
    """What a read-only folder does to the export, without needing a user root cannot override."""
    from app.errors import CurmapError

    real = safe_write.new_temp

    def denied(folder, suffix, *, hidden=True):  # the target's folder only, not the temporary folder
        if Path(folder) == tmp_path:
            raise PermissionError(13, "Permission denied", str(folder))
        return real(folder, suffix, hidden=hidden)

    monkeypatch.setattr(safe_write, "new_temp", denied)
    with pytest.raises(CurmapError) as info:
        ws.read(export_workbook, pid, tmp_path / "map.xlsx")
    assert str(info.value) == (f"{tmp_path / 'map.xlsx'}: cannot write the file (is it open in another program, or "
                               "read-only?); nothing was written")
    assert list(tmp_path.glob("*.xlsx")) == []
