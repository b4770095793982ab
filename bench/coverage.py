"""Time a full coverage computation at department scale; prints JSON.

    python -m bench.coverage [--db EXISTING.db] [--repeat 5]
Without --db it builds the map with bench.synth first and reports that time too.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path


def _median_ms(fn, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t) * 1000)
    return round(statistics.median(runs), 1)


def measure(db: Path, repeat: int) -> dict:
    from app.coverage.engine import coverage, programme_summary
    from app.curriculum.queries import find_programme
    from app.standards.queries import resolve_standard
    from app.workspace import Workspace

    ws = Workspace.open(db)
    prog = ws.read(find_programme, "Department scale")
    sids = ws.read(lambda s: [resolve_standard(s, c).id for c in prog.standards])
    result = {
        "standards": len(sids),
        "full_coverage_all_standards_ms": _median_ms(
            lambda: ws.read(lambda s: [coverage(s, prog.id, sid) for sid in sids]), repeat),
        "all_standards_without_module_lists_ms": _median_ms(
            lambda: ws.read(lambda s: [coverage(s, prog.id, sid, with_modules=False) for sid in sids]), repeat),
        "one_standard_coverage_ms": _median_ms(lambda: ws.read(coverage, prog.id, sids[0]), repeat),
        "one_standard_without_module_lists_ms": _median_ms(
            lambda: ws.read(coverage, prog.id, sids[0], with_modules=False), repeat),
        "programme_summary_ms": _median_ms(lambda: ws.read(programme_summary, prog.id), repeat),
    }
    ws.close()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a map made by bench.synth (default: build one)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    out: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            from bench.synth import build

            db = Path(tmp) / "dept.db"
            info = build(db)
            out["synth"] = {k: info[k] for k in ("items", "modules", "mappings", "standards_s",
                                                 "curriculum_s", "total_s")}
        out["coverage"] = measure(db, args.repeat)
    print(json.dumps(out, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
