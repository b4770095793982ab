"""Hostile standard files through ``curmap import-standard FILE --replace`` over the bundled one.

Without --yes a replace may not drop a mapping: an accepted file must leave
every mapping in place (by programme, course, module, item code and level).
"""
from __future__ import annotations

from pathlib import Path

from bench.hostile_standards import write_cases
from bench.outcomes import Outcome, content, fresh_copy, integrity, judge_refusal, mapping_facts, run_cli


def try_standard(pristine: Path, work: Path, path: Path) -> Outcome:
    db = fresh_copy(pristine, work)
    before, facts = content(db), mapping_facts(db)
    ran = run_cli("--db", db, "import-standard", path, "--replace")
    if ran.trace:
        return Outcome("traceback", ran.trace.strip().splitlines()[-1])
    if integrity(db) != "ok":
        return Outcome("corrupt", integrity(db))
    if ran.code != 0:
        return judge_refusal(ran, before, content(db), (path.name,))
    if mapping_facts(db) != facts:
        return Outcome("lost", "a replace without --yes changed or dropped mappings")
    shown = run_cli("--db", db, "standards", "--json")
    if shown.code != 0 or shown.trace:
        return Outcome("corrupt", f"the imported standard cannot be listed: {shown.err.strip()[:200]}")
    return Outcome("accepted")


def trials(folder: Path, pristine: Path):
    work = folder / "work"
    work.mkdir(exist_ok=True)
    for case in write_cases(folder / "standards"):
        yield "standard file", case, try_standard(pristine, work, case.path)
