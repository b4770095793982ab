"""Writing files the user named (exports, copies of a map) so that nothing half-written stays.

A file is written under a temporary name beside its target, then moved in
place: a failure or a kill never leaves a broken file under the user's
name. The new file gets the user's umask (created 0666 like any file a
program makes), a replaced file keeps its mode, and a symlink is written
through to its target rather than replaced by a file.

Temporary files carry this host's name and the process id
(``.curmap-HOST-PID-RANDOM.xlsx``, ``curmap-HOST-PID-RANDOM.xml``), so they are
recognisably ours: those left by a killed curmap (SIGKILL cannot be caught)
are cleared by the next export, when their process is gone and they are
older than this one. Files being written are listed in ``_LIVE`` so a
termination handler (SIGTERM at logout) can remove them: the list belongs
to the process, as signals do.
"""
from __future__ import annotations

import os
import re
import secrets
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_STARTED = time.time()
_HOST = re.sub(r"[^A-Za-z0-9]+", "", socket.gethostname())[:24] or "host"
_OURS = re.compile(r"^\.?curmap-(?P<host>[A-Za-z0-9]+)-(?P<pid>\d+)-[0-9a-f]{8}\.[a-z]+$")
_LIVE: set[Path] = set()


def temp_name(suffix: str, *, hidden: bool = True) -> str:
    return f"{'.' if hidden else ''}curmap-{_HOST}-{os.getpid()}-{secrets.token_hex(4)}{suffix}"


def new_temp(folder: str | os.PathLike[str], suffix: str, *, hidden: bool = True) -> Path:
    """An empty file of ours in ``folder``, created with the user's umask and listed as live."""
    while True:
        path = Path(folder) / temp_name(suffix, hidden=hidden)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        _LIVE.add(path)
        return path


def forget(path: str | os.PathLike[str]) -> None:
    """Remove a temporary file (if still there) and stop tracking it."""
    p = Path(path)
    _LIVE.discard(p)
    try:
        p.unlink(missing_ok=True)
    except OSError:
        pass


def remove_live() -> int:
    """Remove every temporary file still being written (from a termination handler); how many."""
    gone = 0
    for path in list(_LIVE):
        forget(path)
        gone += 1
    return gone


def target_of(path: str | os.PathLike[str]) -> Path:
    """Where writing ``path`` should land: through symlinks, to the file they name."""
    return Path(os.path.realpath(os.path.expanduser(os.fspath(path))))


@contextmanager
def replacing(target: Path, suffix: str) -> Iterator[Path]:
    """A temporary file beside ``target`` to write; moved onto ``target`` when the block succeeds.

    ``target`` is a real path (see target_of). The mode of a file being replaced is kept.
    """
    clear_stale(target.parent)
    tmp = new_temp(target.parent, suffix)
    try:
        yield tmp
        try:
            mode = os.stat(target).st_mode & 0o7777
        except FileNotFoundError:
            mode = None
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, target)
        _LIVE.discard(tmp)
    finally:
        if tmp in _LIVE:
            forget(tmp)


@contextmanager
def user_file(path: str | os.PathLike[str], suffix: str) -> Iterator[Path]:
    """A temporary file to write what the user asked for at ``path`` (a name ending in
    ``suffix``); moved onto it when the block succeeds. The checks and the refusals
    every export shares: the name, a folder in the way, a missing folder, a file
    that cannot be written (open in another program, read-only, a full disk)."""
    from app.errors import QT_TR_NOOP, CurmapError

    given = Path(path)
    if given.suffix.lower() != suffix:
        raise CurmapError(QT_TR_NOOP("%1: the file name must end in %2"), given.name, suffix)
    target = target_of(given)
    if target.is_dir():
        raise CurmapError(QT_TR_NOOP("%1: is a folder; give a file name ending in %2"), given, suffix)
    if not target.parent.is_dir():
        raise CurmapError(QT_TR_NOOP("%1: the folder %2 does not exist"), given, target.parent)
    try:
        with replacing(target, suffix) as tmp:
            yield tmp
    except PermissionError:
        raise CurmapError(QT_TR_NOOP("%1: cannot write the file (is it open in another program, or "
                                     "read-only?); nothing was written"), given) from None
    except OSError as exc:
        raise CurmapError(QT_TR_NOOP("%1: cannot write the file (%2); nothing was written"),
                          given, exc.strerror or exc) from None


def clear_stale(folder: str | os.PathLike[str]) -> int:
    """Remove temporary files a killed curmap on this host left in ``folder``; how many."""
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    gone = 0
    for name in names:
        m = _OURS.match(name)
        if not m or m["host"] != _HOST or int(m["pid"]) == os.getpid():
            continue
        path = Path(folder) / name
        try:
            if path.stat().st_mtime >= _STARTED or _alive(int(m["pid"])):
                continue
            path.unlink()
            gone += 1
        except OSError:
            continue
    return gone


def _alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill(pid, 0) would terminate the process on Windows
        import ctypes

        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return kernel.GetLastError() == 5  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            return bool(kernel.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259
        finally:
            kernel.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True
