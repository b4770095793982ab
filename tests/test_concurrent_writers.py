"""Writer processes that each read a cell and write it stating what they saw:
every edit is stored or refused, none lost; and the check does catch a lost one."""
from __future__ import annotations

import json
import subprocess
import sys

from pathlib import Path

from bench.concurrent import Ledger, Record, check, hot_cells, values

ROOT = Path(__file__).resolve().parents[1]  # where ``python -m bench.concurrent`` is found


def test_writer_processes_on_one_map_store_or_refuse_never_lose(ws, db_path, tmp_path):
    from db import journal

    cells = list(hot_cells(ws).values())
    initial, start = values(ws, cells), ws.read(journal.latest)
    logs = [tmp_path / f"w{n}.json" for n in range(3)]
    procs = [subprocess.Popen([sys.executable, "-m", "bench.concurrent", "writer", "--db", str(db_path),
                               "--who", f"writer{n}", "--edits", "25", "--seed", str(n), "--out", str(log)],
                              cwd=ROOT)
             for n, log in enumerate(logs)]
    assert all(p.wait(timeout=180) == 0 for p in procs)
    ledgers = [Ledger.from_json(json.loads(log.read_text())) for log in logs]
    verdict = check(ws, ledgers, initial, start)
    assert verdict.problems == [] and verdict.lost == 0
    assert verdict.stored + verdict.refused == 75
    for led in ledgers:
        assert all("was changed elsewhere" in m or "locked by another program" in m for m in led.messages)


def test_the_check_catches_an_edit_overwritten_unseen(ws):
    from app.curriculum.mappings import MappingState, set_mappings
    from db import journal

    cell = next(iter(hot_cells(ws).values()))
    initial, start = values(ws, [cell]), ws.read(journal.latest)
    before = initial[cell]
    ws.perform(set_mappings, [MappingState(*cell, 2)])
    ws.perform(set_mappings, [MappingState(*cell, 3)])  # written blindly: it never saw the 2
    both_saw_the_start = Ledger(ws.who, [Record({cell: before}, {cell: (2, False)}),
                                         Record({cell: before}, {cell: (3, False)})])
    verdict = check(ws, [both_saw_the_start], initial, start)
    assert verdict.lost == 1 and "overwritten unseen" in verdict.problems[0]
