"""Helpers for fault tests: a small disk, curmap as a separate process, our temporary files."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from bench.fault_trials import ours, tmpfs  # noqa: F401  (ours: re-exported for the tests)

ROOT = Path(__file__).resolve().parents[1]


@contextmanager
def small_disk(folder: Path, size: str = "256k"):
    """A small tmpfs on ``folder`` (a really full disk); skips where mounting is not allowed."""
    with tmpfs(folder, size) as disk:
        if disk is None:
            pytest.skip("cannot mount a small tmpfs here (it needs Linux and the right to mount); "
                        "the ENOSPC tests cover the logic")
        yield disk


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
