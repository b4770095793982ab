"""Colleagues on one map: concurrent writers, and a window that must follow them.

    python -m bench.sharing [--writers 4] [--edits 200] [--pg-url URL | --no-postgres]

On each backend (a SQLite file; PostgreSQL: the URL given, else a throwaway
server as the tests start one) a window opens the sample map in this
process, then WRITERS processes each make EDITS overlapping edits (read a
cell, think up to 10 ms, write it stating what they saw: bench/concurrent.py).
Printed per backend: edits stored, refused (with the reasons), lost (must
be 0), how long until the window showed each stored edit (target < 2 s),
and what watching for changes costs the window: the GUI thread's time per
refresh, and with nothing happening, CPU and event-loop lag with the watcher
on and off. The last line is one JSON object.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def _idle(app, seconds: float) -> dict:
    """CPU share and event-loop lag while nothing happens (a 5 ms timer's lateness)."""
    from views.qt import QEventLoop, QTimer

    lags: list[float] = []
    expected = [time.perf_counter() + 0.005]

    def tick() -> None:
        now = time.perf_counter()
        lags.append(max(0.0, now - expected[0]))
        expected[0] = now + 0.005

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    cpu0, t0 = time.process_time(), time.perf_counter()
    timer.start()
    loop.exec()
    timer.stop()
    cpu = (time.process_time() - cpu0) / (time.perf_counter() - t0)
    return {"cpu_pct": round(cpu * 100, 2), "lag_ms_max": _ms(max(lags)), "lag_ms_mean": _ms(statistics.mean(lags))}


def run_backend(name: str, db: str, writers: int, edits: int, workdir: Path) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from views.qt import QApplication, QEventLoop, QTimer

    app = QApplication.instance() or QApplication([])
    from bench.concurrent import Ledger, check, hot_cells, values
    from db import journal
    from views.prompts import Prompts
    from views.settings import file_settings
    from views.shell import Shell

    class Quiet(Prompts):
        def warn(self, parent, title, text):  # noqa: ANN001
            print(f"{name}: window warned: {title}: {text}", file=sys.stderr)

    shell = Shell(file_settings(workdir / f"{name}.ini"), Quiet(), persist=False)
    win = shell.open(db)
    if win is None:
        raise SystemExit(f"cannot open {db}")
    ws, bridge = win.ctx.workspace, win.ctx.bridge
    cells = list(hot_cells(ws).values())
    initial, start = values(ws, cells), ws.read(journal.latest)

    # The GUI thread's work for each delivery of changes made elsewhere (the panes' refresh).
    refresh_costs: list[float] = []
    shown: list[tuple[float, int]] = []  # (when the window had refreshed, newest journal entry it had read)
    notify = ws.notify

    def timed_notify(changes) -> None:  # noqa: ANN001
        t = time.perf_counter()
        notify(changes)
        refresh_costs.append(time.perf_counter() - t)

    ws.notify = timed_notify
    bridge.elsewhere.connect(lambda _what: shown.append((time.time(), bridge.watcher.last_seq)))

    _idle(app, 2.0)  # the window's first paints and lazy panes settle
    bridge.watcher.stop()
    idle_off = _idle(app, 3.0)
    bridge.watcher.start()
    idle_on = _idle(app, 3.0)

    logs = [workdir / f"{name}-w{n}.json" for n in range(writers)]
    t0 = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-m", "bench.concurrent", "writer", "--db", db, "--who", f"w{n}",
                               "--edits", str(edits), "--seed", str(n), "--out", str(log)],
                              cwd=Path(__file__).resolve().parents[1])
             for n, log in enumerate(logs)]
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if all(p.poll() is not None for p in procs) else None)
    poll.start(50)
    loop.exec()
    poll.stop()
    wall = time.perf_counter() - t0
    if any(p.returncode for p in procs):
        raise SystemExit(f"{name}: a writer failed")
    settle = QEventLoop()
    QTimer.singleShot(2500, settle.quit)  # let the last edits reach the window
    settle.exec()

    ledgers = [Ledger.from_json(json.loads(log.read_text())) for log in logs]
    verdict = check(ws, ledgers, initial, start)
    delays, unseen = [], 0
    for led in ledgers:
        for rec in led.stored:
            when = next((t for t, seq in shown if seq >= rec.seq), None)
            if when is None:
                unseen += 1
            else:
                delays.append(max(0.0, when - rec.at))
    reasons: dict[str, int] = {}
    for led in ledgers:
        for text, n in led.messages.items():
            key = "changed elsewhere" if "changed elsewhere" in text else \
                "locked" if "locked" in text else text
            reasons[key] = reasons.get(key, 0) + n
    win.close()
    return {
        "stored": verdict.stored, "refused": verdict.refused, "lost": verdict.lost,
        "problems": verdict.problems[:5], "refused_because": reasons,
        "edits_per_s": round((verdict.stored + verdict.refused) / wall, 1),
        "refresh_s_median": round(statistics.median(delays), 3) if delays else None,
        "refresh_s_max": round(max(delays), 3) if delays else None,
        "not_shown": unseen,
        "gui_ms_per_refresh_median": _ms(statistics.median(refresh_costs)) if refresh_costs else None,
        "gui_ms_per_refresh_max": _ms(max(refresh_costs)) if refresh_costs else None,
        "refreshes": len(refresh_costs),
        "gui_ms_per_refresh_top": [_ms(c) for c in sorted(refresh_costs)[-5:]],
        "idle_watching": idle_on, "idle_not_watching": idle_off,
    }


def _postgres(args, stack) -> str | None:
    if args.pg_url:
        return args.pg_url
    if args.no_postgres:
        return None
    from tests.pg_server import Server, find_bin

    bindir = find_bin()
    if bindir is None:
        print("postgres: PostgreSQL is not installed; skipped", file=sys.stderr)
        return None
    server = Server(bindir)
    server.start()
    stack.append(server)
    return server.create_database("bench_sharing")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.sharing", description=__doc__.split("\n\n")[0])
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--pg-url", help="an empty PostgreSQL database to use (default: a throwaway server)")
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="curmap-sharing-"))
    os.environ["CURMAP_LANG"] = "en"
    servers: list = []
    out: dict = {"writers": args.writers, "edits_each": args.edits}
    try:
        targets = [("sqlite", str(workdir / "map.db"))]
        pg = _postgres(args, servers)
        if pg:
            targets.append(("postgres", pg))
        for name, db in targets:
            result = run_backend(name, db, args.writers, args.edits, workdir)
            out[name] = result
            print(f"{name}: {result['stored']} stored, {result['refused']} refused "
                  f"({', '.join(f'{n} {k}' for k, n in result['refused_because'].items())}), "
                  f"{result['lost']} lost; window showed edits after {result['refresh_s_median']} s median, "
                  f"{result['refresh_s_max']} s max ({result['not_shown']} not shown); "
                  f"GUI thread {result['gui_ms_per_refresh_median']} ms per refresh "
                  f"(max {result['gui_ms_per_refresh_max']}, {result['refreshes']} refreshes); "
                  f"idle, watching: {result['idle_watching']}, "
                  f"not watching: {result['idle_not_watching']}")
    finally:
        for server in servers:
            server.stop()
    summary = {
        "sqlite_lost": out["sqlite"]["lost"], "sqlite_refused": out["sqlite"]["refused"],
        "sqlite_stored": out["sqlite"]["stored"],
        "postgres_lost": out.get("postgres", {}).get("lost"),
        "postgres_refused": out.get("postgres", {}).get("refused"),
        "postgres_stored": out.get("postgres", {}).get("stored"),
        "refresh_s_max": max(r["refresh_s_max"] or 0 for r in (out.get("sqlite"), out.get("postgres")) if r),
        "refresh_s_median": {k: out[k]["refresh_s_median"] for k in ("sqlite", "postgres") if k in out},
        "not_shown": sum(out[k]["not_shown"] for k in ("sqlite", "postgres") if k in out),
        "gui_ms_per_refresh_max": max(out[k]["gui_ms_per_refresh_max"] or 0 for k in ("sqlite", "postgres")
                                      if k in out),
        "idle_cpu_pct_watching": {k: out[k]["idle_watching"]["cpu_pct"] for k in ("sqlite", "postgres") if k in out},
        "idle_cpu_pct_not_watching": {k: out[k]["idle_not_watching"]["cpu_pct"] for k in ("sqlite", "postgres")
                                      if k in out},
        "idle_lag_ms_max_watching": {k: out[k]["idle_watching"]["lag_ms_max"] for k in ("sqlite", "postgres")
                                     if k in out},
    }
    print(json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
