"""Time the coverage matrix at department scale; prints JSON.

    python -m bench.matrix [--db EXISTING.db] [--frames 40] [--edits 20]

Without --db it builds the map with bench.synth in a child process (so the
peak memory reported is the matrix's, not the generator's). Targets: first
paint < 1 s, a scrolled frame < 30 ms, an edit to every figure on screen
up to date < 100 ms, peak RSS < 400 MB.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROGRAMME = "Department scale"


class _PaintCounter:
    def __init__(self, widget) -> None:
        from views.qt import QEvent, QObject

        class Filter(QObject):
            def eventFilter(inner, obj, event):  # noqa: N805 - Qt's signature
                if event.type() == QEvent.Type.Paint:
                    self.count += 1
                return False

        self.count = 0
        self.filter = Filter()
        widget.installEventFilter(self.filter)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def measure(db: Path, frames: int, edits: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from views.qt import QApplication, QEvent, QItemSelectionModel, QKeyEvent, Qt

    app = QApplication.instance() or QApplication([])
    from app.curriculum.queries import find_programme
    from app.coverage.live_load import load_live
    from app.workspace import Workspace
    from views.context import ViewContext
    from app.curriculum.ops import update_course
    from views.matrix.gaps import GapsPane
    from views.matrix.model import ValueRole
    from views.matrix.pane import MatrixPane

    out: dict = {}
    t0 = time.perf_counter()
    ws = Workspace.open(db)
    ctx = ViewContext(ws)
    ctx.set_programme(ws.read(find_programme, PROGRAMME).id)
    t1 = time.perf_counter()
    pane = MatrixPane(ctx)
    while pane.store.loading:  # a big programme loads between events
        app.processEvents()
    pane.resize(1600, 1000)
    view = pane.items_view
    paints = _PaintCounter(view.viewport())
    pane.show()
    while not paints.count:
        app.processEvents()
    t2 = time.perf_counter()
    out["open_map_s"] = round(t1 - t0, 3)
    out["matrix_to_first_paint_s"] = round(t2 - t1, 3)
    gaps = GapsPane(ctx)  # as in the window: it follows every edit too
    gaps.resize(900, 400)
    gaps.show()
    app.processEvents()
    d = pane.store.live
    out["rows"], out["columns"] = pane.items_model.rowCount(), pane.items_model.columnCount()
    out["mappings"] = sum(len(c) for c in d.cells.values())

    # scrolling: a page down, a page right, alternately; each frame painted
    times = []
    vbar, hbar = view.verticalScrollBar(), view.horizontalScrollBar()
    for k in range(frames):
        before = paints.count
        t = time.perf_counter()
        if k % 2:
            hbar.setValue((hbar.value() + hbar.pageStep()) % max(1, hbar.maximum()))
        else:
            vbar.setValue((vbar.value() + vbar.pageStep()) % max(1, vbar.maximum()))
        while paints.count == before:
            app.processEvents()
        times.append(time.perf_counter() - t)
    out["scroll_frame_ms_median"] = _ms(statistics.median(times))
    out["scroll_frame_ms_max"] = _ms(max(times))
    pane.set_view("tasks")
    tview = pane.tasks_view
    tpaints = _PaintCounter(tview.viewport())
    app.processEvents()
    times = []
    for k in range(frames // 2):
        before = tpaints.count
        t = time.perf_counter()
        bar = tview.horizontalScrollBar()
        bar.setValue((bar.value() + bar.pageStep()) % max(1, bar.maximum()))
        while tpaints.count == before:
            app.processEvents()
        times.append(time.perf_counter() - t)
    out["tasks_scroll_frame_ms_median"] = _ms(statistics.median(times))
    pane.set_view("items")
    app.processEvents()

    # edits: a key on a cell, until the repaint that shows every moved figure is done
    model = pane.items_model
    times = []
    row = next(r for r in range(model.rowCount()) if model.row_kind_at(r) == 1)
    for k in range(edits):
        index = model.index(row + (k % 5), (k * 37) % model.columnCount())
        view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        view.scrollTo(index)
        app.processEvents()
        mapped = bool(model.data(index, ValueRole))  # pick a key that changes the cell
        key, text = (((Qt.Key.Key_Delete, ""), (Qt.Key.Key_Asterisk, "*")) if mapped
                     else ((Qt.Key.Key_R, "r"), (Qt.Key.Key_Space, " ")))[k % 2]
        before = paints.count
        t = time.perf_counter()
        QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text))
        while paints.count == before:
            app.processEvents()
        times.append(time.perf_counter() - t)
    out["edit_to_screen_ms_median"] = _ms(statistics.median(times))
    out["edit_to_screen_ms_max"] = _ms(max(times))
    t = time.perf_counter()
    for _ in range(edits):
        ctx.undo_stack.undo()
    app.processEvents()
    out["undo_ms_mean"] = _ms((time.perf_counter() - t) / max(1, edits))

    # a course renamed: its labels change in place
    before = paints.count
    t = time.perf_counter()
    ws.perform(update_course, d.course_ids[0], name="改名的課程")
    while paints.count == before:
        app.processEvents()
    out["structure_change_to_screen_ms"] = _ms(time.perf_counter() - t)

    # the incremental figures must equal a fresh load's
    fresh = ws.read(load_live, d.programme_id)
    d = pane.store.live
    same = all(getattr(fresh, name) == getattr(d, name) for name in (
        "cells", "notes", "item_levels", "item_mapped", "item_covering", "item_assessed", "item_courses",
        "task_covered", "task_modules", "task_courses", "course_ids", "course_modules"))
    out["incremental_equals_fresh"] = same
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    pane.close()
    gaps.close()
    ctx.detach()
    ws.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a map made by bench.synth (default: build one)")
    parser.add_argument("--frames", type=int, default=40)
    parser.add_argument("--edits", type=int, default=21)
    parser.add_argument("--measure-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.db is not None:
        print(json.dumps(measure(args.db, args.frames, args.edits), ensure_ascii=False))
        return 0
    root = Path(__file__).resolve().parents[1]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "dept.db"
        subprocess.run([sys.executable, "-m", "bench.synth", str(db)], cwd=root, check=True,
                       stdout=subprocess.DEVNULL)
        # measure in a fresh process: its peak memory is the matrix's alone
        proc = subprocess.run([sys.executable, "-m", "bench.matrix", "--db", str(db),
                               "--frames", str(args.frames), "--edits", str(args.edits)],
                              cwd=root, check=True, capture_output=True, text=True)
        print(proc.stdout.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
