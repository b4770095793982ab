"""Time the whole main window at department scale, as a user feels it; prints JSON.

    python -m bench.window [--scale N] [--db EXISTING.db --workbook W.xlsx] [--edits 21]

Without --db it builds a map with bench.synth at ``--scale`` times the
department size (3,000 modules and 100,000 mappings at 1), a small second
programme (the floor for switching) and an empty third one (the target of a
workbook import of the whole department programme), in a child process; the
window is then measured in a fresh process, so the peak memory is the
window's own.

Every figure is the time until the event loop is idle again (nothing posted,
nothing painted, every pane current), with the real MainWindow and all its
panes, offscreen. The last line printed is one JSON object.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIG, FLOOR, TARGET = "Department scale", "Floor", "Import target"


# ---- building the map (child process) ------------------------------------------

def build(db: Path, workbook: Path, scale: float) -> dict:
    from bench.synth import SCALE, build as synth
    from app.curriculum.bulk import NewCourse, NewModule, add_courses
    from app.curriculum.mappings import MappingState, set_mappings
    from app.curriculum.ops import create_programme
    from app.curriculum.queries import find_programme
    from app.workspace import Workspace

    sizes = {k: (v if k in ("standards", "items") else max(1, round(v * scale))) for k, v in SCALE.items()}
    t = time.perf_counter()
    info = synth(db, **sizes)
    ws = Workspace.open(db)
    big = ws.read(find_programme, BIG)
    code = big.standards[0]
    floor = ws.perform(create_programme, FLOOR, [code])
    mods = ws.perform(add_courses, floor, [NewCourse("F1", "Floor course", modules=[NewModule("one")])])
    item = ws.read(lambda db: db.exec_driver_sql(
        "SELECT item.id FROM item JOIN standard ON standard.id = item.standard_id WHERE standard.code = ?",
        (code,)).first()[0])
    ws.perform(set_mappings, [MappingState(mods["F1"][0], item, 1)])
    ws.perform(create_programme, TARGET, big.standards)
    # a course with 30 mappings, to delete and bring back
    c30 = ws.perform(add_courses, big.id, [NewCourse("C30", "三十個對應", modules=[NewModule(f"單元 {k}") for k in
                                                                               range(1, 4)])])["C30"]
    items = ws.read(lambda db: [r[0] for r in db.exec_driver_sql(
        "SELECT item.id FROM item JOIN standard ON standard.id = item.standard_id WHERE standard.code = ? "
        "AND item.kind != 'A' LIMIT 10", (code,))])
    ws.perform(set_mappings, [MappingState(m, i, 2) for m in c30 for i in items])
    t1 = time.perf_counter()
    write_curriculum_workbook(ws, big.id, workbook)
    info["workbook_s"] = round(time.perf_counter() - t1, 1)
    info["build_s"] = round(time.perf_counter() - t, 1)
    ws.close()
    return info


def write_curriculum_workbook(ws, programme_id: int, path: Path) -> None:
    """The programme's Modules and Mappings sheets, as the export writes them (the import reads those).

    (The whole export has a sheet with a column per module: at ten times the
    department, more columns than a worksheet holds.)
    """
    from app.excel import sheets
    from app.excel.common import sheet_name
    from app.excel.export import gather
    from app.excel.write import Book

    data = ws.read(gather, programme_id)
    book = Book(data.scale)
    sheets.write_modules(book.sheet(sheet_name("modules", "en")), data.courses, "en")
    sheets.write_mappings(book.sheet(sheet_name("mappings", "en")), data.courses, data.columns, data.cells,
                          data.scale, "en")
    book.save(path)


# ---- measuring (child process) ----------------------------------------------------

def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def _rss_mb() -> float:
    """The process's resident memory now (Linux), in MB."""
    with open("/proc/self/status") as status:
        kb = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
    return round(kb / 1024, 1)


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


class Loop:
    """Runs the event loop until it is idle, and counts SQL statements and loop stalls."""

    def __init__(self, app) -> None:
        from views.qt import QObject, QTimer

        self.app = app
        self.events = 0
        self.sql = 0
        loop = self

        class Counter(QObject):
            def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
                loop.events += 1
                return False

        self._counter = Counter()
        app.installEventFilter(self._counter)
        self.beat = QTimer()
        self.beat.setInterval(5)
        self.beat.timeout.connect(self._tick)
        self._last = 0.0
        self.stalls: list[float] = []

    def count_sql(self, engine) -> None:
        from sqlalchemy import event

        def before(*_args) -> None:
            # The change watcher's poll (its own thread, every 2 s) is not the edit's work.
            if threading.current_thread().name != "curmap-watch":
                self.sql += 1
        event.listen(engine, "before_cursor_execute", before)

    def idle(self, ready=lambda: True, timeout: float = 600) -> float:
        """Process events until none is left and ``ready()``; returns when the last one ran."""
        from views.qt import QEventLoop

        start = time.perf_counter()
        last = start
        quiet = 0
        while True:
            before = self.events
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
            self.app.sendPostedEvents()
            now = time.perf_counter()
            if self.events != before:
                last, quiet = now, 0
            elif ready():
                quiet += 1
                if quiet >= 3:
                    return last
            else:
                time.sleep(0.001)
            if now - start > timeout:
                raise TimeoutError("the window never became idle")

    def timed(self, action, ready=lambda: True) -> float:
        t = time.perf_counter()
        action()
        return self.idle(ready) - t

    # a heartbeat: the longest gap between 5 ms ticks is how long the loop was blocked
    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last:
            self.stalls.append(now - self._last)
        self._last = now

    def start_heartbeat(self) -> None:
        self.stalls, self._last = [], time.perf_counter()  # what runs before the first tick counts too
        self.beat.start()

    def stop_heartbeat(self) -> float:
        self.beat.stop()
        self.app.removeEventFilter(self._counter)
        self.app.installEventFilter(self._counter)
        return max(self.stalls, default=0.0)


def _live(win):
    """The window's live model store, when there is one (None before it existed)."""
    from views.qt import QObject

    for child in win.ctx.children():
        if type(child).__name__ == "LiveStore" and isinstance(child, QObject):
            return child
    return None


def _ready(win):
    def ready() -> bool:
        live = _live(win)
        return live is None or not live.loading
    return ready


def measure(db: Path, workbook: Path, edits: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    t_import = time.perf_counter()
    from views.qt import QApplication, QEvent, QItemSelectionModel, QKeyEvent, QMainWindow, Qt

    app = QApplication.instance() or QApplication(sys.argv[:1])
    out: dict = {"imports_ms": _ms(time.perf_counter() - t_import)}
    loop = Loop(app)

    # the bare floor: an empty main window, shown and painted
    bare = QMainWindow()
    bare.resize(1280, 800)
    out["bare_window_ms"] = _ms(loop.timed(bare.show))
    bare.close()
    loop.idle()

    from app.coverage.engine import programme_summary
    from app.curriculum.queries import list_programmes
    from views.prompts import Prompts
    from views.settings import file_settings
    from views.shell import Shell

    class Answers(Prompts):
        path: str | None = None
        save: str | None = None
        refused: list[str] = []

        def confirm(self, parent, title, text):
            return True

        def save_file(self, parent, caption, directory, filters, *, confirm_overwrite=True):
            return self.save

        def warn(self, parent, title, text):
            if self.refused is not None and title.startswith("Cannot export"):
                self.refused.append(text)  # (past a worksheet's limits at ten times the department)
                return
            raise AssertionError(f"{title}: {text}")

        def inform(self, parent, title, text):
            raise AssertionError(f"{title}: {text}")

        def open_file(self, parent, caption, directory, filters):
            return self.path

    tmp = tempfile.mkdtemp()
    db = Path(shutil.copy(db, Path(tmp) / db.name))  # the measuring changes the map: never the original
    prompts = Answers()
    shell = Shell(file_settings(Path(tmp) / "curmap.ini"), prompts, persist=False)

    # opening the map: to the first paint, and until every pane is loaded and idle
    painted: dict = {}
    from views.qt import QObject

    class Paint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and "t" not in painted:
                painted["t"] = time.perf_counter()
            return False

    watcher = Paint()
    app.installEventFilter(watcher)
    t = time.perf_counter()
    win = shell.open(db)
    done = loop.idle(_ready(win))
    app.removeEventFilter(watcher)
    out["open_to_painted_ms"] = _ms(painted.get("t", done) - t)
    out["open_to_current_ms"] = _ms(done - t)
    out["rss_after_open_mb"] = _rss_mb()
    ctx = win.ctx
    loop.count_sql(ctx.workspace.db.engine)
    progs = {p.name: p.id for p in ctx.read(list_programmes)}
    if ctx.programme_id != progs[BIG]:
        ctx.set_programme(progs[BIG])
        loop.idle(_ready(win))

    def status_current() -> bool:
        s = ctx.read(programme_summary, ctx.programme_id)
        text = win.coverage_label.text()
        return all(str(n) in text for n in (s.items_covered, s.tasks_covered, s.tasks_partial))

    # the window loads the operations (and the ORM) on a thread once painted: as it would be by now
    from app.lazy import load_operations

    load_operations()

    # ---- the matrix: cursor moves and edits ----
    matrix = win.panes["matrix"]
    win.show_tab(matrix)
    loop.idle(_ready(win))
    pane = matrix.pane
    view, model = pane.items_view, pane.items_model
    rows = [r for r in range(model.rowCount()) if model.row_kind_at(r) == 1]
    moves, edit_times, sql_counts = [], [], []
    for k in range(edits):
        index = model.index(rows[(k * 7) % len(rows)], (k * 37) % model.columnCount())
        moves.append(loop.timed(lambda: (view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect), view.scrollTo(index))))
        view.setFocus()
        mapped = bool(model.data(index, Qt.ItemDataRole.UserRole + 2))
        key, text = (((Qt.Key.Key_Delete, ""), (Qt.Key.Key_A, "a")) if mapped
                     else ((Qt.Key.Key_R, "r"), (Qt.Key.Key_Space, " ")))[k % 2]
        before = loop.sql
        edit_times.append(loop.timed(lambda: QApplication.sendEvent(
            view, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text))))
        sql_counts.append(loop.sql - before)
    out["matrix_cursor_move_ms_max"] = _ms(max(moves))
    out["matrix_edit_ms"] = [_ms(x) for x in edit_times]
    out["figures_current_after_matrix_edits"] = status_current()

    # ---- the mapping editor ----
    editor = win.mapping
    win.show_tab(editor)
    loop.idle(_ready(win))
    editor_times = []
    modules = _module_ids(ctx)
    for k in range(edits):
        mid = modules[(k * 131) % len(modules)]
        loop.timed(lambda: ctx.module_selected.emit(mid))
        proxy = editor.proxy
        group = proxy.index((k * 3) % proxy.rowCount(), 0)
        index = proxy.index((k * 5) % proxy.rowCount(group), 0, group)
        editor.view.setCurrentIndex(index)
        editor.view.setFocus()
        loop.idle(_ready(win))
        level = index.siblingAtColumn(2).data(Qt.ItemDataRole.EditRole)  # a key that changes the cell
        key, text = (((Qt.Key.Key_Delete, ""), (Qt.Key.Key_A, "a")) if level
                     else ((Qt.Key.Key_M, "m"), (Qt.Key.Key_Space, " ")))[k % 2]
        before = loop.sql
        editor_times.append(loop.timed(lambda: QApplication.sendEvent(
            editor.view, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text))))
        sql_counts.append(loop.sql - before)
    out["editor_edit_ms"] = [_ms(x) for x in editor_times]
    out["figures_current_after_editor_edits"] = status_current()
    every = edit_times + editor_times
    out["edit_ms_median"] = _ms(statistics.median(every))
    out["edit_ms_max"] = _ms(max(every))
    out["sql_per_edit"] = max(sql_counts)
    out["sql_per_edit_median"] = statistics.median(sql_counts)

    # ---- undo and redo of those edits ----
    win.show_tab(matrix)
    loop.idle(_ready(win))
    stack = ctx.undo_stack
    undo = [loop.timed(stack.undo, _ready(win)) for _ in range(min(edits, stack.count()))]
    redo = [loop.timed(stack.redo, _ready(win)) for _ in range(len(undo))]
    out["undo_ms_median"], out["undo_ms_max"] = _ms(statistics.median(undo)), _ms(max(undo))
    out["redo_ms_median"], out["redo_ms_max"] = _ms(statistics.median(redo)), _ms(max(redo))
    out["figures_current_after_undo_redo"] = status_current()

    # ---- structure: rename a course, add a module, delete a course and undo it ----
    from views import curriculum_ops_ui as undoable
    from app.curriculum.queries import curriculum

    from app.curriculum.snapshots import delete_preview

    courses = ctx.read(curriculum, ctx.programme_id)
    target = next(c for c in courses if c.code == "C30")
    confirmed = ctx.read(delete_preview, "course", target.id).digest  # read before the confirmation, untimed
    loop.start_heartbeat()
    structure = {
        "rename_course_ms": loop.timed(lambda: undoable.update(ctx, "rename", "course", courses[3].id,
                                                               {"name": "改名的課程"}, {"name": courses[3].name}),
                                       _ready(win)),
        "add_module_ms": loop.timed(lambda: undoable.add_module(ctx, "add", courses[5].id, {"title": "新單元"},
                                                                None), _ready(win)),
        "delete_course_ms": loop.timed(lambda: undoable.delete(ctx, "delete", "course", target.id, confirmed),
                                       _ready(win)),
        "undo_delete_course_ms": loop.timed(stack.undo, _ready(win)),
    }
    out["structure_blocked_ms_max"] = _ms(loop.stop_heartbeat())  # the longest the loop stood still meanwhile
    out["deleted_course_mappings"] = sum(m.mappings for m in target.modules)
    out.update({k: _ms(v) for k, v in structure.items()})
    out["structure_ms_max"] = max(out[k] for k in structure)
    out["figures_current_after_structure"] = status_current()

    # ---- switching programme: the small one (the floor), then back to the big one ----
    out["switch_floor_ms"] = _ms(loop.timed(lambda: ctx.set_programme(progs[FLOOR]), _ready(win)))
    out["switch_programme_ms"] = _ms(loop.timed(lambda: ctx.set_programme(progs[BIG]), _ready(win)))

    # ---- a background export of the department programme: the loop's stalls meanwhile ----
    prompts.save = str(Path(tmp) / "export.xlsx")
    prompts.refused = []
    jobs = win.files.jobs
    loop.start_heartbeat()
    t = time.perf_counter()
    win.files.export_workbook()
    done = loop.idle(lambda: not jobs)
    out["export_ms"] = _ms(done - t)
    out["export_blocked_ms_max"] = _ms(loop.stop_heartbeat())
    if prompts.refused:
        out["export_refused"] = prompts.refused[-1]
    out["peak_rss_before_import_mb"] = _peak_mb()

    # ---- a workbook import of the whole programme, into the empty one; the loop's stalls ----
    ctx.set_programme(progs[TARGET])
    loop.idle(_ready(win))
    prompts.path = str(workbook)
    jobs = win.files.jobs
    loop.start_heartbeat()
    t = time.perf_counter()
    win.files.import_workbook()
    done = loop.idle(lambda: not jobs and _ready(win)() and bool(win.curriculum.model.rowCount()))
    out["import_ms"] = _ms(done - t)
    out["blocked_ms_max"] = _ms(loop.stop_heartbeat())
    out["imported_modules"] = sum(len(c.modules) for c in ctx.read(curriculum, ctx.programme_id))
    out["figures_current_after_import"] = status_current()

    out["rss_after_import_mb"] = _rss_mb()
    out["peak_rss_mb"] = _peak_mb()
    win.close()
    return out


def _module_ids(ctx) -> list[int]:
    from app.curriculum.queries import curriculum

    return [m.id for c in ctx.read(curriculum, ctx.programme_id) for m in c.modules]


# ---- start-up as a process: curmap --screenshot on the map against a bare window ----

def startup(db: Path, runs: int) -> dict:
    from bench.startup import compare

    bare, curmap = compare(db, runs)
    a, b = statistics.median(x[0] for x in bare), statistics.median(x[0] for x in curmap)
    return {"startup_bare_ms": round(a, 1), "startup_ms": round(b, 1), "startup_ratio": round(b / a, 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="times the department size (default 1)")
    parser.add_argument("--db", type=Path, help="a map made by this bench (default: build one)")
    parser.add_argument("--workbook", type=Path, help="the department programme's workbook, with --db")
    parser.add_argument("--edits", type=int, default=21)
    parser.add_argument("--startup-runs", type=int, default=5)
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--measure-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.build:
        print(json.dumps(build(args.build, args.build.with_suffix(".xlsx"), args.scale)))
        return 0
    if args.measure_only:
        print(json.dumps(measure(args.db, args.workbook, args.edits), ensure_ascii=False))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        db, workbook, built = args.db, args.workbook, {}
        if db is None:
            db = Path(tmp) / "dept.db"
            workbook = db.with_suffix(".xlsx")
            proc = subprocess.run([sys.executable, "-m", "bench.window", "--build", str(db),
                                   "--scale", str(args.scale)], cwd=ROOT, check=True, capture_output=True, text=True)
            built = json.loads(proc.stdout.strip().splitlines()[-1])
        # measured in a fresh process: its peak memory is the window's alone
        proc = subprocess.run([sys.executable, "-m", "bench.window", "--measure-only", "--db", str(db),
                               "--workbook", str(workbook), "--edits", str(args.edits)],
                              cwd=ROOT, capture_output=True, text=True)
        if proc.returncode:
            sys.stderr.write(proc.stderr)
            return proc.returncode
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        result.update(startup(db, args.startup_runs))
    result = {"scale": args.scale, "modules": built.get("modules"), "mappings": built.get("mappings"), **result}
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
