"""Hostile workbooks through ``curmap import-workbook``: into a new programme and over the sample one."""
from __future__ import annotations

import shutil
from pathlib import Path

from bench.hostile_workbooks import Case, write_cases
from bench.outcomes import Outcome, content, integrity, judge_refusal, run_cli

SAMPLE = "數位行銷學程（示例）"


def pristine_map(folder: Path) -> Path:
    """A checkpointed new map (bundled standard, sample programme) to copy for each trial."""
    from app.workspace import Workspace

    path = folder / "pristine.db"
    if not path.exists():
        Workspace.open(path).close()  # closing checkpoints the WAL: one self-contained file
    return path


def base_workbook(pristine: Path, folder: Path) -> Path:
    path = folder / "base.xlsx"
    if not path.exists():
        ran = run_cli("--db", pristine, "export", SAMPLE, path)
        assert ran.code == 0, ran.err
    return path


def try_import(pristine: Path, work: Path, case: Case, programme: str, *extra: str) -> Outcome:
    db = work / "trial.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    shutil.copy(pristine, db)
    before = content(db)
    ran = run_cli("--db", db, "import-workbook", case.path, programme, *extra)
    if ran.trace:
        return Outcome("traceback", ran.trace.strip().splitlines()[-1])
    if integrity(db) != "ok":
        return Outcome("corrupt", integrity(db))
    after = content(db)
    if ran.code != 0:
        return judge_refusal(ran, before, after, (case.path.name,))
    return _check_accepted(db, case, programme, before, after)


def _check_accepted(db: Path, case: Case, programme: str, before: dict, after: dict) -> Outcome:
    """The programme now matches the workbook, and nothing outside it changed."""
    from app.excel.plan import plan_import
    from app.excel.read import read_workbook
    from app.workspace import Workspace

    for table in ("standard", "duty", "task", "item", "task_item"):
        if before[table] != after[table]:
            return Outcome("lost", f"an import changed the standards ({table})")
    ws = Workspace.open(db, readonly=True)
    try:
        plan = ws.read(plan_import, read_workbook(case.path), programme)
    except Exception as exc:  # noqa: BLE001 - a file accepted once must read the same again
        return Outcome("lost", f"accepted, but reading it again fails: {exc}")
    finally:
        ws.close()
    if not plan.empty:
        return Outcome("lost", f"accepted, but the programme does not match the file: {plan.lines[:2]}")
    return Outcome("accepted")


def trials(folder: Path):
    """(class, case, outcome) for every hostile workbook, three ways in."""
    pristine = pristine_map(folder)
    cases = write_cases(base_workbook(pristine, folder), folder / "workbooks")
    work = folder / "work"
    work.mkdir(exist_ok=True)
    for case in cases:
        yield "workbook: new programme", case, try_import(pristine, work, case, "Torture", "--create")
        yield "workbook: over the sample", case, try_import(pristine, work, case, SAMPLE)
        yield ("workbook: over the sample, removals allowed", case,
               try_import(pristine, work, case, SAMPLE, "--allow-removals"))
