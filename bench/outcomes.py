"""Running one hostile input through curmap and judging what happened.

An input is *refused* when curmap exits 1 with one line on stderr that names
the file (or field) and the map is exactly as before; *accepted* when it
exits 0 and an oracle confirms the result. Anything else is a *traceback*
(an exception escaped), *lost* (a refusal changed the map, or an
acceptance did not do what it said), *corrupt* (integrity_check fails) or
*misleading* (refused with a message that does not say what is wrong where).
"""
from __future__ import annotations

import io
import sqlite3
import traceback
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

KINDS = ("refused", "accepted", "traceback", "lost", "corrupt", "misleading")
TABLES = ("standard", "duty", "task", "item", "task_item", "programme", "programme_standard", "course", "module",
          "mapping")


@dataclass
class Outcome:
    kind: str
    detail: str = ""


@dataclass
class Ran:
    code: int | None
    out: str
    err: str
    trace: str = ""  # an exception that escaped main()


def run_cli(*argv) -> Ran:
    """``curmap ARGV`` in this process, its output captured."""
    from app.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = main([str(a) for a in argv])
    except SystemExit as exc:  # argparse's usage errors
        code = exc.code if isinstance(exc.code, int) else 2
    except BaseException:  # noqa: BLE001 - what the torture counts
        return Ran(None, out.getvalue(), err.getvalue(), traceback.format_exc())
    text = err.getvalue()
    return Ran(code, out.getvalue(), text, text if "Traceback (most recent call last)" in text else "")


def integrity(path: Path) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


VOLATILE = {"imported_at", "created_at"}  # clock readings: two runs of one command differ there


def content(path: Path, tables=TABLES) -> dict[str, list]:
    """Every row of the tables that hold a user's work, sorted (WAL content included)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out = {}
        for t in tables:
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({t})") if r[1] not in VOLATILE]
            out[t] = sorted(con.execute(f"SELECT {', '.join(cols)} FROM {t}").fetchall(), key=repr)
        return out
    finally:
        con.close()


def judge_refusal(ran: Ran, before: dict, after: dict, names: tuple[str, ...]) -> Outcome:
    """A non-zero exit: nothing may have changed, and the one line must name the input."""
    if after != before:
        return Outcome("lost", f"refused (exit {ran.code}) but the map changed: {_first_line(ran.err)}")
    lines = [line for line in ran.err.splitlines() if line.startswith("curmap: error: ") or
             line.startswith("curmap: ")]
    message = lines[-1] if lines else ran.err.strip()
    if ran.code == 2:  # argparse: usage, then one error line
        return Outcome("refused", message)
    if ran.code != 1 or not message.startswith("curmap: error: "):
        return Outcome("misleading", f"exit {ran.code}: {ran.err.strip()[:200]}")
    if names and not any(n in message for n in names):
        return Outcome("misleading", f"does not name {names[0]}: {message[:200]}")
    if "no such file" in message and any(Path(n).exists() for n in names if "/" in n):
        return Outcome("misleading", message)
    return Outcome("refused", message)


def _first_line(text: str) -> str:
    return text.strip().splitlines()[-1] if text.strip() else ""


def mapping_facts(path: Path) -> list[tuple]:
    """The mappings as a user knows them (by names and codes, not row ids)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(con.execute(
            "SELECT p.name, c.code, m.position, s.code, i.code, x.level, x.assessed, x.note FROM mapping x "
            "JOIN module m ON m.id = x.module_id JOIN course c ON c.id = m.course_id "
            "JOIN programme p ON p.id = c.programme_id JOIN item i ON i.id = x.item_id "
            "JOIN standard s ON s.id = i.standard_id").fetchall())
    finally:
        con.close()


def fresh_copy(pristine: Path, work: Path, name: str = "trial.db") -> Path:
    """A copy of a checkpointed map to spoil."""
    import shutil

    db = work / name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    shutil.copy(pristine, db)
    return db
