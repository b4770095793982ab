"""Hostile text and numbers typed into a map, hostile command lines, and files that are not maps."""
from __future__ import annotations

import math
import os
import random
import sqlite3
from pathlib import Path

from bench.outcomes import Outcome, content, fresh_copy, integrity, judge_refusal, run_cli

TEXTS = ["", "   ", "\x00", "鈴\x07聲", "清除\x1b[2J畫面", "標題\x1b]0;pwned\x07", "非字元\ufffe\uffff", "孤\ud800立",
         "右至左\u202eevil", "名" * 200, "名" * 201, "兩\r\n行", "\t", "📈" * 40, "=HYPERLINK(\"x\")", "<script>x</script>",
         "'; DROP TABLE course;--", "%1 %2 %n", "\\", "長" * 10_000, "é" * 3 + "\u0301", "零\u200d寬", "下\x85一行",
         "\x9b31m紅", "\u00a0\u3000"]
FIELDS = ["course name", "course code", "semester", "module title", "programme name", "mapping note"]
NUMBERS = [math.inf, -math.inf, math.nan, 1e308, -1, -0.0, 0, 1e-300, 99, 99.5, 100, 9999, 9999.5, 10_000, 2**63,
           True, "3", 1.5]


def _ws(db: Path):
    from app.workspace import Workspace

    return Workspace.open(db)


def _store(ws, field: str, value, n: int):
    """Put ``value`` into ``field`` the way the window or a script would; returns what to read back."""
    from sqlalchemy import select

    from app.curriculum.mappings import MappingState, module_mappings, set_mappings
    from app.curriculum.ops import add_course, add_module, create_programme
    from app.curriculum.queries import curriculum, find_programme
    from models.tables import item, programme

    pid = ws.read(find_programme, "數位行銷學程（示例）").id
    first = ws.read(curriculum, pid)[0]
    if field == "course name":
        cid = ws.perform(add_course, pid, f"T{n}", value)
        return lambda: next(c.name for c in ws.read(curriculum, pid) if c.id == cid)
    if field == "course code":
        cid = ws.perform(add_course, pid, value, "課程")
        return lambda: next(c.code for c in ws.read(curriculum, pid) if c.id == cid)
    if field == "semester":
        cid = ws.perform(add_course, pid, f"T{n}", "課程", semester=value)
        return lambda: next(c.semester for c in ws.read(curriculum, pid) if c.id == cid)
    if field == "module title":
        mid = ws.perform(add_module, first.id, value)
        return lambda: next(m.title for c in ws.read(curriculum, pid) for m in c.modules if m.id == mid)
    if field == "programme name":
        new = ws.perform(create_programme, value, [])
        return lambda: ws.read(lambda c: c.scalar(select(programme.c.name).where(programme.c.id == new)))
    mid = first.modules[0].id
    iid = ws.read(lambda c: c.scalar(select(item.c.id).where(item.c.code == "S01")))
    ws.perform(set_mappings, [MappingState(mid, iid, 1, False, value)])
    return lambda: ws.read(module_mappings, mid)[iid].note


def text_trials(pristine: Path, work: Path):
    from app.errors import CurmapError
    from app.text import clean_text

    db = fresh_copy(pristine, work, "text.db")
    ws = _ws(db)
    try:
        for n, (field, value) in enumerate((f, v) for f in FIELDS for v in TEXTS):
            name = f"{field}: {value[:20]!r}{'…' if len(value) > 20 else ''}"
            before = content(db)
            try:
                read_back = _store(ws, field, value, n)
            except CurmapError as exc:
                changed = content(db) != before
                named = field.split()[-1] in str(exc) or "needs" in str(exc) or "already" in str(exc)
                kind = "lost" if changed else ("refused" if named else "misleading")
                yield "typed text", name, Outcome(kind, str(exc))
                continue
            except Exception as exc:  # noqa: BLE001 - counted
                yield "typed text", name, Outcome("traceback", f"{type(exc).__name__}: {exc}")
                continue
            stored = read_back()
            expected = clean_text(value, single_line=field != "mapping note")
            yield "typed text", name, Outcome("accepted" if stored == expected else "lost",
                                              "" if stored == expected else f"stored {stored[:40]!r}")
        yield "typed text", "all of it exported and read back", _round_trip(ws, work)
    finally:
        ws.close()


def _round_trip(ws, work: Path) -> Outcome:
    """Everything accepted survives an export and reads back unchanged (valid XML, same text)."""
    from app.curriculum.queries import find_programme
    from app.excel.export import export_workbook
    from app.excel.plan import plan_import
    from app.excel.read import read_workbook

    pid = ws.read(find_programme, "數位行銷學程（示例）").id
    out = work / "round.xlsx"
    try:
        ws.read(export_workbook, pid, out)
        plan = ws.read(plan_import, read_workbook(out), pid)
    except Exception as exc:  # noqa: BLE001 - counted
        return Outcome("lost", f"{type(exc).__name__}: {exc}")
    return Outcome("accepted") if plan.empty else Outcome("lost", f"differs after export: {plan.lines[:2]}")


def number_trials(pristine: Path, work: Path):
    from app.curriculum.ops import add_course, add_module
    from app.curriculum.queries import curriculum, find_programme
    from app.errors import CurmapError

    db = fresh_copy(pristine, work, "numbers.db")
    ws = _ws(db)
    try:
        pid = ws.read(find_programme, "數位行銷學程（示例）").id
        cid = ws.read(curriculum, pid)[0].id
        for n, (field, value) in enumerate((f, v) for f in ("credits", "course hours", "module hours")
                                           for v in NUMBERS):
            name = f"{field}: {value!r}"
            most = 99 if field == "credits" else 9999
            sane = (not isinstance(value, bool) and isinstance(value, (int, float)) and math.isfinite(value)
                    and 0 <= value <= most)
            before = content(db)
            try:
                if field == "module hours":
                    new = ws.perform(add_module, cid, f"M{n}", hours=value)
                    stored = next(m.hours for c in ws.read(curriculum, pid) for m in c.modules if m.id == new)
                else:
                    key = "credits" if field == "credits" else "hours"
                    new = ws.perform(add_course, pid, f"N{n}", "課程", **{key: value})
                    stored = getattr(next(c for c in ws.read(curriculum, pid) if c.id == new), key)
            except CurmapError as exc:
                ok = content(db) == before and ("hours" in str(exc) or "credits" in str(exc))
                kind = ("refused" if ok else "lost") if not sane else "lost"
                yield "typed numbers", name, Outcome(kind, str(exc))
                continue
            except Exception as exc:  # noqa: BLE001 - counted
                yield "typed numbers", name, Outcome("traceback", f"{type(exc).__name__}: {exc}")
                continue
            good = sane and stored == value
            yield "typed numbers", name, Outcome("accepted" if good else "lost", f"stored {stored!r}")
    finally:
        ws.close()


def cli_trials(pristine: Path, work: Path):
    """Command lines with bad arguments, paths and options: exit 1 or 2 with one line, never a traceback."""
    db = fresh_copy(pristine, work, "cli.db")
    (work / "dir").mkdir(exist_ok=True)
    (work / "dir.xlsx").mkdir(exist_ok=True)
    (work / "text.txt").write_text("hello", encoding="utf-8")
    fifo = work / "fifo"
    if hasattr(os, "mkfifo") and not fifo.exists():
        os.mkfifo(fifo)
    rng = random.Random(14)
    weird = ["", " ", "-", "--", "\x1b[2J", "名" * 300, "../../etc/passwd", "%s%n", "\ud800".encode("utf-8",
             "surrogatepass").decode("utf-8", "surrogateescape"), "".join(chr(rng.randrange(32, 0x3000)) for _ in range(40))]
    lines = [["export", "數位行銷學程（示例）", work / n] for n in ("dir", "dir.xlsx", "nope/x.xlsx", "text.txt/x.xlsx",
                                                             "x.txt", "x")]
    lines += [["import-workbook", work / n, "數位行銷學程（示例）"] for n in ("dir", "fifo", "text.txt", "missing.xlsx")]
    lines += [["import-workbook", "/dev/zero", "P"], ["import-standard", work / "dir"], ["import-standard", "/dev/null"],
              ["import-standard", work / "missing.txt"], ["workbook-template", work / "dir"],
              ["coverage", "數位行銷學程（示例）", "--standard", "NOPE"], ["delete-standard", "NOPE"],
              ["delete-standard", "KRM2431-001v2"], ["export"], ["import-workbook"], ["coverage"], ["nosuch"],
              ["export", "P", "x.xlsx", "--lang", "klingon"], ["--version", "extra"], ["show-standard", "--json", "X"]]
    lines += [[cmd, w] for w in weird for cmd in ("coverage", "show-standard")]
    lines += [["export", w, work / "w.xlsx"] for w in weird[:5]]
    for argv in lines:
        before = content(db)
        ran = run_cli("--db", db, *argv)
        name = " ".join(str(a) for a in argv)[:60]
        if ran.trace:
            yield "command line", name, Outcome("traceback", ran.trace.strip().splitlines()[-1])
        elif ran.code == 0:
            yield "command line", name, Outcome("accepted" if content(db) == before else "lost")
        else:
            yield "command line", name, judge_refusal(ran, before, content(db), ())
    for n, db_arg in enumerate(["", work / "dir", fifo, "/dev/null", work / "text.txt", "mysql://u:p@h/d",
                                "postgresql+nosuch://h/d", "::junk://", work / "nope" / "m.db", work / "::odd name.db"]):
        ran = run_cli("--db", db_arg, "programmes")
        refused = ran.code in (1, 2) and ran.err.count("\n") <= 4
        kind = "traceback" if ran.trace else ("accepted" if ran.code == 0 else "refused" if refused else "misleading")
        yield "command line", f"--db {str(db_arg)[:40]}", Outcome(kind, ran.err.strip()[-200:])


def map_file_trials(pristine: Path, work: Path):
    """Files given as a map that are no map, or a damaged one: refused and untouched, or opened whole."""
    rng = random.Random(14)
    good = pristine.read_bytes()
    files: list[tuple[str, bytes]] = [("empty", b""), ("text", b"hello"), ("random", bytes(rng.randrange(256)
                                                                                     for _ in range(8192)))]
    for frac in (0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99):
        files.append((f"map cut at {frac:.0%}", good[:int(len(good) * frac)]))
    for n in range(8):
        flipped = bytearray(good)
        pos = rng.randrange(100, len(good))
        flipped[pos] ^= 0xFF
        files.append((f"map with a flipped byte {n}", bytes(flipped)))
    for name, sql in (("foreign tables", "CREATE TABLE notes (t TEXT)"),
                      ("no schema version", "DELETE FROM alembic_version"),
                      ("a newer schema", "UPDATE alembic_version SET version_num='9999'"),
                      ("another app's meta", "UPDATE curmap_meta SET value='other' WHERE key='app'")):
        path = work / "spoilt.db"
        path.write_bytes(good if name != "foreign tables" else b"")
        con = sqlite3.connect(path)
        con.execute(sql)
        con.commit()
        con.close()
        files.append((name, path.read_bytes()))
    for name, data in files:
        path = work / "given.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        path.write_bytes(data)
        ran = run_cli("--db", path, "programmes")
        if ran.trace:
            yield "map file", name, Outcome("traceback", ran.trace.strip().splitlines()[-1])
        elif ran.code == 0:
            ok = data and integrity(path) == "ok"
            yield "map file", name, Outcome("accepted" if ok or not data else "corrupt", ran.err.strip())
        else:
            untouched = path.read_bytes() == data
            yield "map file", name, (judge_refusal(ran, {}, {}, (str(path),)) if untouched
                                     else Outcome("lost", "a refused map file was changed"))
