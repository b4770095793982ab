"""Several writers on one map at once (command-line imports in other processes,
and a person typing in the window): every edit is stored or refused with a
message, and none is lost (bench/concurrent.py replays them in the journal's
order and checks each stored edit saw the one before it)."""
from __future__ import annotations

import os
import random
import re
import subprocess
import sys
import threading

import pytest

from bench.concurrent import Ledger, Record, check, hot_cells, values
from tests.gui.helpers import item_row
from views.qt import Qt

pytestmark = pytest.mark.gui
LEVELS = {"": None, "I": (1, False), "R": (2, False), "M": (3, False), "M*": (3, True), "I*": (1, True),
          "R*": (2, True)}
PLAN_LINE = re.compile(r"^\s+(change|add|remove) mapping (\S+) #(\d+) (\S+) (\S+)(?: → (\S+))?$")


def _curmap(db: str, *args: str, who: str = "") -> subprocess.CompletedProcess:
    env = dict(os.environ, LOGNAME=who or os.environ.get("LOGNAME", "tester"))
    return subprocess.run([sys.executable, "-m", "app.cli.main", "--db", db, *args], capture_output=True,
                          text=True, timeout=180, env=env)


def _workbooks(db: str, tmp_path, count: int, rng: random.Random) -> list[tuple[str, dict]]:
    """Exports of the sample with the hot cells set at random: (path, {(course, unit, code): text})."""
    from openpyxl import load_workbook

    from app.curriculum.sample import SAMPLE_NAME
    from bench.concurrent import SAMPLE_CELLS

    base = tmp_path / "base.xlsx"
    assert _curmap(db, "export", SAMPLE_NAME, str(base)).returncode == 0
    out = []
    for n in range(count):
        book = load_workbook(base)
        sheet = book["Mappings"]
        header = [c.value for c in sheet[1]]
        rows = {(r[0].value, r[1].value): r[0].row for r in sheet.iter_rows(min_row=2)}
        chosen = {}
        for course, unit, code in SAMPLE_CELLS:
            chosen[(course, unit, code)] = text = rng.choice(["", "I", "R", "M*"])
            sheet.cell(rows[(course, unit)], header.index(code) + 1).value = text or None
        path = tmp_path / f"w{n}.xlsx"
        book.save(path)
        out.append((str(path), chosen))
    return out


def _import_ledger(who: str, printed: str, chosen: dict, cells: dict) -> Record:
    """What an import that was stored saw and wrote, from its printed plan and its workbook."""
    seen = {cells[k]: LEVELS[v] for k, v in chosen.items()}
    for line in printed.splitlines():
        m = PLAN_LINE.match(line)
        if m is None:
            continue
        verb, course, unit, code, first, second = m.groups()
        key = (course, int(unit), code)
        if key in cells:
            seen[cells[key]] = {"change": LEVELS[first], "add": None, "remove": LEVELS[first]}[verb]
    return Record(seen, {cells[k]: LEVELS[v] for k, v in chosen.items()})


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_command_line_imports_and_a_window_at_once_lose_nothing(backend, request, shell, db_path, tmp_path,
                                                                 qtbot):
    from db import journal

    if backend == "postgres":
        db = request.getfixturevalue("pg_server").create_database("concurrency")
    else:
        db = str(db_path)
    win = shell.open(db)
    qtbot.waitExposed(win)
    ws, editor = win.ctx.workspace, win.mapping
    cells = hot_cells(ws)
    initial, start = values(ws, list(cells.values())), ws.read(journal.latest)
    rng = random.Random(9)
    books = _workbooks(db, tmp_path, 4, rng)
    runs: list[tuple[str, subprocess.CompletedProcess, dict]] = []

    def cli_writer(n: int) -> None:
        for k in range(3):
            path, chosen = books[(n + k) % len(books)]
            who = f"cli{n}-{k}"
            runs.append((who, _curmap(db, "import-workbook", path, "數位行銷學程（示例）", "--allow-removals", who=who),
                         chosen))

    threads = [threading.Thread(target=cli_writer, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    presses = 0
    while any(t.is_alive() for t in threads):  # meanwhile, someone types in the window
        editor.view.setCurrentIndex(item_row(editor, rng.choice(["K01", "K06", "K07"])))
        editor.view.setFocus()
        qtbot.keyClick(editor.view, Qt.Key.Key_Space)
        presses += 1
        qtbot.wait(60)
    for t in threads:
        t.join()

    ledgers, refused_messages = [], []
    mine = Ledger(ws.who)
    stack = win.ctx.undo_stack
    for i in range(stack.count()):
        cmd = stack.command(i).command
        mine.stored.append(Record({(s.module_id, s.item_id): (s.level, bool(s.assessed)) if s.level else None
                                   for s in cmd.seen},
                                  {(s.module_id, s.item_id): (s.level, bool(s.assessed)) if s.level else None
                                   for s in cmd.new}))
    ledgers.append(mine)
    for who, done, chosen in runs:
        led = Ledger(who)
        if done.returncode == 0 and "updated programme" in done.stdout:
            led.stored.append(_import_ledger(who, done.stdout, chosen, cells))
        elif done.returncode == 0:
            assert "nothing to change" in done.stdout  # the map already matched: nothing to store
        else:
            lines = done.stderr.strip().splitlines()
            assert len(lines) == 1 and lines[0].startswith("curmap: error: "), done.stderr  # one line, says why
            led.refuse(lines[0])
            refused_messages.append(lines[0])
        ledgers.append(led)

    verdict = check(ws, ledgers, initial, start)
    assert verdict.problems == [] and verdict.lost == 0
    assert verdict.stored >= 1 and presses >= 1
    assert all("changed since the import was previewed" in m or "locked by another program" in m
               for m in refused_messages)
