"""Faults while curmap writes: a full disk at many points, a locked or read-only map, writers killed.

After every fault the map passes integrity_check and holds either what it
held before or what the finished command would have left (never a mix),
and no temporary file of ours outlives the next export.
"""
from __future__ import annotations

import errno
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

from bench.outcomes import Outcome, content, fresh_copy, integrity, run_cli

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = "數位行銷學程（示例）"


def ours(folder: Path) -> list[str]:
    """curmap's temporary files in ``folder``."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith((".curmap-", "curmap-")))


@contextmanager
def _patched(owner, name: str, replacement):
    original = getattr(owner, name)
    setattr(owner, name, replacement)
    try:
        yield
    finally:
        setattr(owner, name, original)


def _failing_after(original, calls: int):
    """``original`` that raises ENOSPC from its ``calls``-th call on."""
    count = {"n": 0}

    def wrapper(*args, **kwargs):
        count["n"] += 1
        if count["n"] > calls:
            raise OSError(errno.ENOSPC, "No space left on device")
        return original(*args, **kwargs)
    return wrapper


def enospc_trials(pristine: Path, work: Path):
    """ENOSPC injected into the archive's k-th part and into the sheets' k-th row."""
    import tempfile
    import zipfile

    from openpyxl.worksheet import _writer

    db = fresh_copy(pristine, work, "enospc.db")
    out, temp = work / "out", work / "temp"
    for folder in (out, temp):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
    target = out / "map.xlsx"
    target.write_bytes(b"an older export")
    saved_temp = tempfile.tempdir
    tempfile.tempdir = str(temp)
    try:
        points = [("zip part", zipfile.ZipFile, "writestr", k) for k in range(12)]
        points += [("zip member", zipfile.ZipFile, "write", k) for k in range(8)]
        points += [("sheet row", _writer.WorksheetWriter, "write_row", k) for k in (0, 1, 5, 50, 500)]
        for what, owner, name, k in points:
            with _patched(owner, name, _failing_after(getattr(owner, name), k)):
                ran = run_cli("--db", db, "export", SAMPLE, target)
            label = f"disk full at {what} {k}"
            if ran.trace:
                yield "full disk (injected)", label, Outcome("traceback", ran.trace.strip().splitlines()[-1])
            elif ran.code == 0:
                yield "full disk (injected)", label, Outcome("accepted")  # the export needed fewer writes
            elif target.read_bytes() != b"an older export" or ours(out) or ours(temp):
                yield "full disk (injected)", label, Outcome("lost", f"left {ours(out) + ours(temp)}")
            elif "No space left on device" not in ran.err or ran.err.count("\n") != 1:
                yield "full disk (injected)", label, Outcome("misleading", ran.err.strip())
            else:
                yield "full disk (injected)", label, Outcome("refused", ran.err.strip())
            target.write_bytes(b"an older export")
    finally:
        tempfile.tempdir = saved_temp


@contextmanager
def tmpfs(folder: Path, size: str):
    """A tmpfs of ``size`` mounted on ``folder`` (a really full disk), or None where mounting is not allowed."""
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True) if shutil.which("mount") else None
    if done is None or done.returncode != 0:
        yield None
        return
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def tmpfs_trials(pristine: Path, work: Path):
    """A really full disk (a small tmpfs, where mounting is allowed): exports of several sizes, a map that fills."""
    db = fresh_copy(pristine, work, "tmpfs.db")
    for kb in (4, 8, 12, 16, 20):
        with tmpfs(work / "small", f"{kb}k") as disk:
            if disk is None:
                return  # not allowed here: the injected ENOSPC trials cover the logic
            ran = run_cli("--db", db, "export", SAMPLE, disk / "map.xlsx")
            label = f"export onto a {kb} kB disk"
            left = ours(disk)
            if ran.trace:
                yield "full disk (tmpfs)", label, Outcome("traceback", ran.trace.strip().splitlines()[-1])
            elif ran.code == 0:
                yield "full disk (tmpfs)", label, Outcome("accepted")
            elif left or (disk / "map.xlsx").exists():
                yield "full disk (tmpfs)", label, Outcome("lost", f"left {left}")
            else:
                yield "full disk (tmpfs)", label, Outcome("refused", ran.err.strip())
    with tmpfs(work / "small", "600k") as disk:
        if disk is None:
            return
        map_db = disk / "map.db"
        shutil.copy(pristine, map_db)
        from bench.raw_xlsx import big_curriculum

        book = big_curriculum(work / "grow.xlsx", rows=3000)
        for n in range(6):  # each import is bigger than the room left: refused whole, or done whole
            before = content(map_db)
            ran = run_cli("--db", map_db, "import-workbook", book, f"Grow {n}", "--create")
            label = f"import {n} into a filling map"
            if ran.trace:
                yield "full disk (tmpfs)", label, Outcome("traceback", ran.trace.strip().splitlines()[-1])
            elif integrity(map_db) != "ok":
                yield "full disk (tmpfs)", label, Outcome("corrupt", integrity(map_db))
            elif ran.code == 0:
                yield "full disk (tmpfs)", label, Outcome("accepted")
            elif content(map_db) != before:
                yield "full disk (tmpfs)", label, Outcome("lost", "a failed import changed the map")
            else:
                yield "full disk (tmpfs)", label, Outcome("refused", ran.err.strip())


def lock_trials(pristine: Path, work: Path, writes: int = 3):
    """Writes while another program holds the map's write lock: refused clearly, nothing half-done.

    Each write waits the map's busy timeout (5 s) before it gives up.
    """
    db = fresh_copy(pristine, work, "locked.db")
    book = work / "lock.xlsx"
    run_cli("--db", db, "export", SAMPLE, book)
    seed = ROOT / "resources" / "KRM2431-001v2.txt"
    commands = [["import-workbook", book, "Locked", "--create"], ["import-standard", seed, "--replace"],
                ["delete-standard", "KRM2431-001v2"]][:writes] + [["coverage", SAMPLE]]
    other = sqlite3.connect(db, timeout=0.1)
    other.execute("BEGIN IMMEDIATE")  # another writer's transaction in progress
    try:
        for argv in commands:
            before = content(db)
            ran = run_cli("--db", db, *argv)
            label = " ".join(str(a) for a in argv[:1] + argv[2:])
            if ran.trace:
                yield "locked map", label, Outcome("traceback", ran.trace.strip().splitlines()[-1])
            elif ran.code == 0:
                yield "locked map", label, Outcome("accepted" if content(db) == before else "lost")
            elif content(db) != before:
                yield "locked map", label, Outcome("lost", "changed while refused")
            elif "locked" not in ran.err:
                yield "locked map", label, Outcome("misleading", ran.err.strip())
            else:
                yield "locked map", label, Outcome("refused", ran.err.strip())
    finally:
        other.rollback()
        other.close()
    from app.curriculum.ops import add_course
    from app.curriculum.queries import find_programme
    from app.workspace import Workspace

    ro = Workspace.open(db, readonly=True)
    try:
        pid = ro.read(find_programme, SAMPLE).id
        before = content(db)
        try:
            ro.perform(add_course, pid, "RO1", "唯讀")
            yield "read-only map", "a change to a map opened read-only", Outcome("lost", "accepted")
        except Exception as exc:  # noqa: BLE001 - judged below
            ok = "read-only" in str(exc) and content(db) == before
            yield "read-only map", "a change to a map opened read-only", Outcome("refused" if ok else "misleading",
                                                                                  str(exc))
    finally:
        ro.close()


def _spawn(db: Path, *argv, temp: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "app.cli.main", "--db", str(db), *map(str, argv)], cwd=ROOT,
                            env={**os.environ, "TMPDIR": str(temp)}, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)


def _kill_map(pristine: Path, work: Path, book: Path, rows: int) -> Path:
    """The sample map plus a programme of thousands of modules: work long enough to be killed in the middle."""
    path = work / f"kill-pristine-{rows}.db"
    if not path.exists():
        db = fresh_copy(pristine, work, "kill-build.db")
        ran = run_cli("--db", db, "import-workbook", book, "Big", "--create")
        assert ran.code == 0, ran.err
        shutil.move(db, path)
    return path


def kill_trials(pristine: Path, work: Path, kills: int = 40, rows: int = 8000):
    """SIGKILL (and SIGTERM) at random moments of a big import, a big export and a standard replace.

    A killed run must leave the map as before or as after (counted as refused or accepted).
    """
    from bench.raw_xlsx import big_curriculum

    rng = random.Random(14)
    temp, out = work / "ktemp", work / "kout"
    for folder in (temp, out):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
    base = _kill_map(pristine, work, big_curriculum(work / "kill.xlsx", rows=rows), rows)
    changed = big_curriculum(work / "kill2.xlsx", rows=rows, per_course=80)  # every module moves
    seed = ROOT / "resources" / "KRM2431-001v2.txt"
    jobs = [("import-workbook", ["import-workbook", changed, "Big", "--allow-removals"]),
            ("export", ["export", "Big", out / "map.xlsx"]),
            ("import-standard", ["import-standard", seed, "--replace"])]
    db = fresh_copy(base, work, "reference.db")
    start = time.monotonic()
    _spawn(db, "programmes", temp=temp).communicate(timeout=600)
    startup = time.monotonic() - start  # before this, a kill only stops Python starting
    finished = {}
    for name, argv in jobs:  # what each leaves when it runs to the end, and how long it takes
        db = fresh_copy(base, work, "reference.db")
        start = time.monotonic()
        _spawn(db, *argv, temp=temp).communicate(timeout=600)
        finished[name] = (content(db), time.monotonic() - start)
    old_export = (out / "map.xlsx").read_bytes()
    for n in range(kills):
        name, argv = jobs[n % len(jobs)]
        after, took = finished[name]
        db = fresh_copy(base, work, "killed.db")
        before = content(db)
        sig = signal.SIGTERM if n % 8 == 7 else signal.SIGKILL
        proc = _spawn(db, *argv, temp=temp)
        time.sleep(rng.uniform(startup * 0.8, max(took, startup)))
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=600)
        label = f"{signal.Signals(sig).name} during {name} ({n})"
        state = content(db)
        if integrity(db) != "ok":
            yield "killed writer", label, Outcome("corrupt", integrity(db))
        elif state not in (before, after):
            yield "killed writer", label, Outcome("lost", "the map holds half of the command's work")
        elif name == "export" and not _whole_export(out / "map.xlsx", old_export):
            yield "killed writer", label, Outcome("lost", "the export file is half-written")
        elif b"Traceback" in err:
            yield "killed writer", label, Outcome("traceback", err.decode(errors="replace").strip()[-200:])
        else:
            kind = "accepted" if state == after and (name != "export" or proc.returncode == 0) else "refused"
            yield "killed writer", label, Outcome(kind, f"exit {proc.returncode}")
    leftovers = ours(temp) + ours(out)
    cleanup = _spawn(fresh_copy(pristine, work, "after.db"), "export", SAMPLE, out / "last.xlsx", temp=temp)
    cleanup.communicate(timeout=600)
    left = ours(temp) + ours(out)
    yield ("killed writer", f"the next export clears what killed runs left ({len(leftovers)} files)",
           Outcome("accepted" if not left else "lost", f"left {left}"))


def _whole_export(path: Path, old: bytes) -> bool:
    """The target is the old file or a complete new workbook, never half of one."""
    if not path.exists() or path.read_bytes() == old:
        return True
    from openpyxl import load_workbook

    try:
        load_workbook(path, read_only=True).close()
        return True
    except Exception:  # noqa: BLE001 - any failure to read is a broken file
        return False
