"""Concurrent writers on one map, and the check that no edit was lost.

Each writer keeps a ledger of the edits it was told were stored: for every
cell, the value it saw and the value it wrote. The map's change journal
gives the order in which they committed (its ``who`` names the writer). An
edit is lost when a later stored edit did not see it (its 'seen' is not what
the journal's order says was there), when a stored edit has no journal entry,
or when the map ends up other than the replay says.

    python -m bench.concurrent writer --db MAP --who NAME --edits 200 --out LOG.json

(the writer process: bench/sharing.py and tests/test_concurrency.py start it).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from collections import deque
from dataclasses import dataclass, field

SAMPLE_CELLS = [("MKT101", 1, code) for code in ("K01", "K06", "K07")] + \
               [("MKT101", 2, code) for code in ("K06", "K07", "S07")]

Cell = tuple[int, int]  # (module id, item id)
Value = tuple[int, bool] | None  # (level, assessed), or not mapped


def hot_cells(ws) -> dict[tuple[str, int, str], Cell]:
    """(course code, unit, item code) -> (module id, item id) for the sample's hot cells."""
    from app.curriculum.queries import curriculum, find_programme
    from app.curriculum.sample import SAMPLE_NAME
    from app.standards.queries import item_ids

    pid = ws.read(find_programme, SAMPLE_NAME).id
    items = ws.read(item_ids, "KRM2431-001v2")
    modules = {(c.code, m.number): m.id for c in ws.read(curriculum, pid) for m in c.modules}
    return {(c, n, k): (modules[(c, n)], items[k]) for c, n, k in SAMPLE_CELLS}


def values(ws, cells: list[Cell]) -> dict[Cell, Value]:
    from app.curriculum.mappings import module_mappings

    out = {}
    for mid in {m for m, _ in cells}:
        states = ws.read(module_mappings, mid)
        for m, i in cells:
            if m == mid:
                s = states.get(i)
                out[(m, i)] = (s.level, bool(s.assessed)) if s else None
    return out


@dataclass
class Record:
    """One stored edit: each cell as its writer saw it and as it wrote it; when it committed."""

    seen: dict[Cell, Value]
    new: dict[Cell, Value]
    at: float = 0.0
    seq: int = 0


@dataclass
class Ledger:
    who: str
    stored: list[Record] = field(default_factory=list)
    refused: int = 0
    messages: dict[str, int] = field(default_factory=dict)  # refusal message (numbers blanked) -> count

    def refuse(self, message: str) -> None:
        self.refused += 1
        key = re.sub(r"\d+", "N", message)[:160]
        self.messages[key] = self.messages.get(key, 0) + 1

    def to_json(self) -> dict:
        return {"who": self.who, "refused": self.refused, "messages": self.messages,
                "stored": [{"seen": [[list(c), v] for c, v in r.seen.items()],
                            "new": [[list(c), v] for c, v in r.new.items()], "at": r.at, "seq": r.seq}
                           for r in self.stored]}

    @classmethod
    def from_json(cls, data: dict) -> Ledger:
        def cells(pairs):
            return {tuple(c): (tuple(v) if v is not None else None) for c, v in pairs}
        return cls(data["who"], [Record(cells(r["seen"]), cells(r["new"]), r["at"], r["seq"])
                                 for r in data["stored"]], data["refused"], data["messages"])


@dataclass
class Verdict:
    stored: int
    refused: int
    lost: int
    problems: list[str]


def check(ws, ledgers: list[Ledger], initial: dict[Cell, Value], since: int = 0) -> Verdict:
    """Replay the stored edits in the journal's order; count what was lost."""
    from db import journal

    entries, _pruned = ws.read(journal.since, since)
    queues = {led.who: deque(led.stored) for led in ledgers}
    state = dict(initial)
    problems: list[str] = []
    lost = 0
    for e in entries:
        queue = queues.get(e.who)
        if not queue:
            problems.append(f"journal entry {e.seq} by {e.who!r} matches no stored edit")
            continue
        rec = queue.popleft()
        for cell, saw in rec.seen.items():
            if state.get(cell) != saw:
                lost += 1
                problems.append(f"entry {e.seq} by {e.who}: wrote {cell} having seen {saw}, "
                                f"but {state.get(cell)} was stored: an edit was overwritten unseen")
        state.update(rec.new)
    for who, queue in queues.items():
        if queue:
            lost += len(queue)
            problems.append(f"{who}: {len(queue)} edits reported stored have no journal entry")
    final = values(ws, list(initial))
    for cell, value in final.items():
        if state.get(cell) != value:
            lost += 1
            problems.append(f"{cell} is {value} but the stored edits say {state.get(cell)}")
    return Verdict(sum(len(led.stored) for led in ledgers), sum(led.refused for led in ledgers), lost, problems)


# ---- a writer process ------------------------------------------------------------------

def run_writer(db: str, who: str, edits: int, seed: int, think: float) -> Ledger:
    """Read a hot cell, think, write a new value stating what was seen; ``edits`` times."""
    from app.commands import SetCells
    from app.curriculum.mappings import MappingState
    from app.errors import user_errors
    from app.workspace import Workspace

    rng = random.Random(seed)
    ws = Workspace.open(db)
    ledger = Ledger(who)
    try:
        cells = list(hot_cells(ws).values())
        for _ in range(edits):
            cell = rng.choice(cells)
            seen = values(ws, [cell])[cell]
            new = rng.choice([v for v in (None, (1, False), (2, False), (3, True)) if v != seen])
            time.sleep(rng.uniform(0, think))  # the user looks before pressing the key
            state = (lambda v: MappingState(cell[0], cell[1], v[0], v[1]) if v else MappingState(*cell, None))
            try:
                SetCells([state(new)], [state(seen)]).do(ws)
            except user_errors() as exc:
                ledger.refuse(str(exc))
                continue
            ledger.stored.append(Record({cell: seen}, {cell: new}, time.time(), _own_latest(ws)))
    finally:
        ws.close()
    return ledger


def _own_latest(ws) -> int:
    from sqlalchemy import func, select

    from models.tables import change_journal

    return ws.read(lambda c: c.execute(select(func.max(change_journal.c.seq))
                                       .where(change_journal.c.origin == ws.origin)).scalar())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.concurrent")
    sub = parser.add_subparsers(dest="what", required=True)
    w = sub.add_parser("writer")
    w.add_argument("--db", required=True)
    w.add_argument("--who", required=True)
    w.add_argument("--edits", type=int, default=200)
    w.add_argument("--seed", type=int, default=0)
    w.add_argument("--think", type=float, default=0.01, help="seconds between reading and writing, at most")
    w.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    os.environ["LOGNAME"] = args.who  # the journal's 'who' names this writer
    ledger = run_writer(args.db, args.who, args.edits, args.seed, args.think)
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(ledger.to_json(), fh)
    return 0


if __name__ == "__main__":
    sys.exit(main())
