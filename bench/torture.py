"""Throw hostile inputs and faults at curmap and count what happens; prints a table, then one JSON line.

    python -m bench.torture [--kills 40] [--no-big] [--keep DIR]

Classes: hostile workbooks (three ways in), hostile standard files (through
whatever parser app/standards holds), typed text and numbers, command
lines, files given as maps, a full disk (injected at many points, and a
real small tmpfs where mounting is allowed), a locked or read-only map, and
writers killed at random moments. Each case ends as *refused* (one clear
line, nothing written; for a killed writer: the map as before), *accepted*
(checked by an oracle; for a killed writer: the map as after), or a
failure: *lost*, *corrupt*, *traceback*, *misleading*. The big inputs (a
100,000-row workbook, a standard of 100,000 duties) run in their own
processes, which report their peak memory.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from bench.outcomes import KINDS

ROOT = Path(__file__).resolve().parents[1]
FAILURES = ("traceback", "lost", "corrupt", "misleading")


def _all_trials(folder: Path, kills: int):
    from bench import fault_trials, input_trials, standard_trials, workbook_trials

    pristine = workbook_trials.pristine_map(folder)
    work = folder / "work"
    work.mkdir(exist_ok=True)
    for cls, case, outcome in workbook_trials.trials(folder):
        yield cls, case.name, outcome
    for cls, case, outcome in standard_trials.trials(folder, pristine):
        yield cls, case.name, outcome
    for trials in (input_trials.text_trials, input_trials.number_trials, input_trials.cli_trials,
                   input_trials.map_file_trials, fault_trials.enospc_trials, fault_trials.tmpfs_trials,
                   fault_trials.lock_trials):
        yield from trials(pristine, work)
    yield from fault_trials.kill_trials(pristine, work, kills)


def _big(kind: str, folder: Path) -> dict:
    """One big input in a child process of its own, so its peak memory is its own."""
    proc = subprocess.run([sys.executable, "-m", "bench.torture", "--one", kind, str(folder)], cwd=ROOT,
                          capture_output=True, text=True, timeout=3600)
    try:
        return json.loads(proc.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        return {"ok": False, "error": (proc.stderr or proc.stdout).strip()[-500:]}


def _one(kind: str, folder: Path) -> dict:
    import resource

    from bench.hostile_standards import big_standard
    from bench.outcomes import run_cli
    from bench.raw_xlsx import big_curriculum
    from bench.workbook_trials import pristine_map

    db = folder / f"{kind}.db"
    db.write_bytes(pristine_map(folder).read_bytes())
    if kind == "workbook":
        source = big_curriculum(folder / "big.xlsx", rows=100_000)
        argv = ["import-workbook", source, "Big", "--create"]
    else:
        source = big_standard(folder / "big.txt", duties=100_000)
        argv = ["import-standard", source]
    start = time.perf_counter()
    ran = run_cli("--db", db, *argv)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_mb = peak / 2**20 if sys.platform == "darwin" else peak / 1024
    return {"ok": ran.code == 0 and not ran.trace, "seconds": round(seconds, 1), "peak_mb": round(peak_mb),
            "under_500_mb": peak_mb < 500, "input_mb": round(source.stat().st_size / 2**20, 1),
            "message": (ran.err or ran.out).strip().splitlines()[-1][:200] if (ran.err or ran.out).strip() else ""}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=40, help="writers killed at random moments (default 40)")
    parser.add_argument("--no-big", action="store_true", help="skip the 100,000-row and 100,000-duty inputs")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--one", nargs=2, metavar=("KIND", "DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(_one(args.one[0], Path(args.one[1]))))
        return 0
    folder = args.keep or Path(tempfile.mkdtemp(prefix="curmap-torture-"))
    folder.mkdir(parents=True, exist_ok=True)
    os.chdir(folder)  # whatever a command line names relative to here stays here
    counts: dict[str, Counter] = defaultdict(Counter)
    failures: list[str] = []
    start = time.perf_counter()
    for cls, name, outcome in _all_trials(folder, args.kills):
        counts[cls][outcome.kind] += 1
        if outcome.kind in FAILURES:
            failures.append(f"{outcome.kind.upper():10} {cls} / {name}: {outcome.detail[:300]}")
    big = {} if args.no_big else {"workbook_100k_rows": _big("workbook", folder),
                                  "standard_100k_duties": _big("standard", folder)}
    _report(counts, failures, big)
    if args.keep is None:
        os.chdir(ROOT)
        shutil.rmtree(folder, ignore_errors=True)
    total = Counter()
    for c in counts.values():
        total.update(c)
    print(json.dumps({
        "cases": sum(total.values()), "refused": total["refused"], "accepted": total["accepted"],
        "lost": total["lost"], "corrupt": total["corrupt"], "tracebacks": total["traceback"],
        "misleading": total["misleading"], "seconds": round(time.perf_counter() - start, 1),
        "classes": {cls: {k: c[k] for k in KINDS} | {"tried": sum(c.values())} for cls, c in counts.items()},
        "big": big}, ensure_ascii=False))
    return 0


def _report(counts: dict[str, Counter], failures: list[str], big: dict) -> None:
    head = f"{'class':46} {'tried':>6} {'refused':>8} {'accepted':>9} {'lost':>5} {'corrupt':>8} {'tracebk':>8} {'mislead':>8}"
    print(head)
    print("-" * len(head))
    for cls, c in counts.items():
        print(f"{cls:46} {sum(c.values()):6} {c['refused']:8} {c['accepted']:9} {c['lost']:5} {c['corrupt']:8} "
              f"{c['traceback']:8} {c['misleading']:8}")
    for line in failures:
        print(line)
    for name, result in big.items():
        print(f"{name}: {json.dumps(result, ensure_ascii=False)}")


if __name__ == "__main__":
    sys.exit(main())
