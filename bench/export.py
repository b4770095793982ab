"""Time the Excel export at department scale against openpyxl's floor; prints JSON.

    python -m bench.export [--db EXISTING.db] [--programme NAME] [--repeat 3] [--report-tables]

Without --db it builds the map with bench.synth first. The floor is the time
openpyxl's write-only mode alone takes to write the very cells the export
wrote (same sheets, values and styles, read back from the exported file
beforehand), so the ratio is the cost of reading the map and laying it out.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from copy import copy
from pathlib import Path

TARGET = 1.5


def _cells_of(path: Path) -> list[dict]:
    """Each sheet's rows as (value, style id) pairs, and the styles they use."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    sheets = []
    try:
        for ws in wb.worksheets:
            ws.reset_dimensions()
            rows, styles = [], {}
            for row in ws.iter_rows():
                out = []
                for cell in row:
                    if cell.value is None and not getattr(cell, "has_style", False):
                        out.append(None)
                        continue
                    sid = cell._style_id
                    if sid and sid not in styles:
                        styles[sid] = {"font": copy(cell.font), "fill": copy(cell.fill), "border": copy(cell.border),
                                       "alignment": copy(cell.alignment), "number_format": cell.number_format}
                    out.append((cell.value, sid))
                rows.append(out)
            sheets.append({"title": ws.title, "rows": rows, "styles": styles})
    finally:
        wb.close()
    return sheets


def _write_floor(sheets: list[dict], out: Path) -> None:
    """openpyxl write-only writing the same cells, styled the same way, and nothing else."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)
    for sheet in sheets:
        ws = wb.create_sheet(sheet["title"])
        arrays = {}
        for sid, spec in sheet["styles"].items():
            proto = WriteOnlyCell(ws)
            for attr, value in spec.items():
                setattr(proto, attr, value)
            arrays[sid] = proto._style
        for row in sheet["rows"]:
            values = []
            for item in row:
                if item is None:
                    values.append(None)
                elif item[1]:
                    c = WriteOnlyCell(ws, item[0])
                    c._style = copy(arrays[item[1]])
                    values.append(c)
                else:
                    values.append(item[0])
            ws.append(values)
    wb.save(out)


def _median_s(fn, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return round(statistics.median(runs), 3)


def measure(db: Path, programme: str, repeat: int, report_tables: bool, tmp: Path) -> dict:
    from app.excel.export import export_by_name
    from app.workspace import Workspace

    out = tmp / "export.xlsx"
    ws = Workspace.open(db, readonly=True)
    try:
        def run():
            return ws.read(export_by_name, programme, out, report_tables=report_tables)

        result = run()  # warm the caches once
        export_s = _median_s(run, repeat)
    finally:
        ws.close()
    sheets = _cells_of(out)
    floor_s = _median_s(lambda: _write_floor(sheets, tmp / "floor.xlsx"), repeat)
    cells = {s["title"]: sum(v is not None for r in s["rows"] for v in r) for s in sheets}
    return {
        "export_s": export_s,
        "floor_s": floor_s,
        "ratio": round(export_s / floor_s, 2),
        "target_ratio": TARGET,
        "within_target": export_s <= TARGET * floor_s,
        "cells": cells,
        "cells_total": sum(cells.values()),
        "file_mb": round(out.stat().st_size / 2**20, 2),
        "courses": result.courses,
        "modules": result.modules,
        "mappings": result.mappings,
        "repeat": repeat,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing map (default: build one with bench.synth)")
    parser.add_argument("--programme", default="Department scale")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--report-tables", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        report = {}
        db = args.db
        if db is None:
            from bench.synth import build

            db = Path(tmp) / "synth.db"
            t = time.perf_counter()
            build(db)
            report["build_s"] = round(time.perf_counter() - t, 3)
        report.update(measure(db, args.programme, args.repeat, args.report_tables, Path(tmp)))
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
