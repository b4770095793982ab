"""Helpers for fault tests: a small disk, curmap as a separate process, a map's health and content."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TABLES = ("programme", "programme_standard", "course", "module", "mapping", "standard", "item", "task_item")


@contextmanager
def small_disk(folder: Path, size: str = "256k"):
    """A tmpfs of ``size`` mounted on ``folder`` (a really full disk); skips where mounting is not allowed."""
    folder.mkdir(parents=True, exist_ok=True)
    if not sys.platform.startswith("linux") or shutil.which("mount") is None:
        pytest.skip("a small tmpfs needs Linux's mount (the ENOSPC tests cover the logic)")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.strip() or 'not permitted'}); "
                    "the ENOSPC tests cover the logic")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def fill(folder: Path) -> None:
    """Fill the disk holding ``folder`` to the last byte."""
    with open(folder / "filler", "wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 4096)
        except OSError:
            pass


def curmap(*args, env: dict | None = None, **popen) -> subprocess.Popen:
    """curmap as its own process (for signals and pipes)."""
    return subprocess.Popen([sys.executable, "-m", "app.cli.main", *map(str, args)], cwd=ROOT,
                            env={**os.environ, **(env or {})}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            **popen)


def wait_for(predicate, timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return False


def integrity(path: Path) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def content(path: Path) -> dict[str, list]:
    """Every row of the tables that hold a user's work, sorted."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}
    finally:
        con.close()


def ours(folder: Path) -> list[str]:
    """curmap's temporary files in ``folder``."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith((".curmap-", "curmap-")))
