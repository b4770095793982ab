"""Time and memory of importing a standard: a 40-page PDF, a 40-page ODT, the text; prints JSON.

    python -m bench.import_standard [--repeat 3]

Each case runs in a child process of its own (so its peak memory is its own):
read the file with progress (the pages reported are counted), then store it
in a new map. The files are bench/data/big_34duties_FIN2412-005v3.{pdf,odt,txt}
(tests/fixtures_gen/make_standards.py --bench writes them) and the bundled
seed. Also timed: refusing 5 MB of junk text (a test checks the refusal).
Target: the 40-page PDF imports in under 10 s.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data"
BIG = "big_34duties_FIN2412-005v3"
TARGET_PDF_SECONDS = 10.0

_CHILD = r"""
import json, random, resource, sys, time
from pathlib import Path
from app.progress import Progress
from app.standards.parser import read_standard
from app.errors import StandardFormatError

kind, path, db = sys.argv[1], sys.argv[2], sys.argv[3]
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
if kind == "junk":
    rng = random.Random(5)
    Path(path).write_text("".join(rng.choice("ab K01 S1 T1.1\t、\n測試") for _ in range(5_000_000)), encoding="utf-8")
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    try:
        read_standard(path)
        refused = False
    except StandardFormatError:
        refused = True
    print(json.dumps({"seconds": time.perf_counter() - start, "refused": refused,
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "base_mb": base / 1024}))
    sys.exit(0)
import app.standards.sources.pdf, app.standards.sources.odt, app.standards.store  # imports are not the work
from app.workspace import Workspace
ws = Workspace.open(db)
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
steps = []
start = time.perf_counter()
reading = read_standard(path, Progress(report=lambda done, total, what: steps.append((done, total))))
read = time.perf_counter() - start
from app.standards.store import import_standard
ws.perform(import_standard, reading.standard, replace=True)  # the seed is in every new map
total = time.perf_counter() - start
ws.close()
c = reading.standard
print(json.dumps({"read_seconds": read, "seconds": total, "pages": reading.pages,
                  "progress_reports": len(steps), "tasks": len(c.tasks()),
                  "items": len(c.knowledge) + len(c.skills) + len(c.attitudes),
                  "warnings": len(reading.warnings),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "base_mb": base / 1024}))
"""


def _run(kind: str, path: Path, tmp: Path, n: int) -> dict:
    db = tmp / f"{kind}-{n}.db"
    out = subprocess.run([sys.executable, "-c", _CHILD, kind, str(path), str(db)], cwd=ROOT,
                         capture_output=True, text=True, timeout=600)
    if out.returncode:
        raise SystemExit(f"{kind}: {out.stderr.strip()}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    cases = {"pdf_40_pages": DATA / f"{BIG}.pdf", "odt_40_pages": DATA / f"{BIG}.odt",
             "text_40_pages": DATA / f"{BIG}.txt", "seed_text": ROOT / "resources" / "KRM2431-001v2.txt"}
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in [*cases.items(), ("junk_5mb_text", Path(tmp) / "junk.txt")]:
            kind = "junk" if name.startswith("junk") else name
            runs = [_run(kind, path, Path(tmp), n) for n in range(args.repeat)]
            best = min(runs, key=lambda r: r["seconds"])
            best["median_seconds"] = statistics.median(r["seconds"] for r in runs)
            best["peak_mb"] = max(r["peak_mb"] for r in runs)
            results[name] = {k: round(v, 3) if isinstance(v, float) else v for k, v in best.items()}
            r = results[name]
            extra = f"{r.get('pages') or '-'} pages, {r.get('progress_reports', '-')} progress reports" \
                if "pages" in r else f"refused: {r['refused']}"
            print(f"{name:15} {r['seconds']:7.2f} s (median {r['median_seconds']:.2f})  "
                  f"peak {r['peak_mb']:6.1f} MB (after imports {r['base_mb']:.1f})  {extra}")
    pdf = results["pdf_40_pages"]
    results["pdf_target_seconds"] = TARGET_PDF_SECONDS
    results["pdf_under_target"] = pdf["seconds"] < TARGET_PDF_SECONDS
    print(json.dumps(results, ensure_ascii=False))


if __name__ == "__main__":
    main()
