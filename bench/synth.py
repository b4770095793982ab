"""Fill a map at department scale through the same path users take.

Standards are written as iCAP text and go through the parser and importer;
the curriculum goes through the app's operations. Default: 20 standards of
100 items, one programme targeting all of them with 500 courses, 3,000
modules and 100,000 mappings.

    python -m bench.synth OUT.db [--standards 20] [--items 100] ...
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

HEADER = "主要職責\t工作任務\t工作產出\t行為指標\t職能級別\t職能內涵 (K=knowledge 知識)\t職能內涵 (S=skills 技能)"
SCALE = dict(standards=20, items=100, courses=500, modules=3000, mappings=100_000)


def standard_text(n: int, items: int, rng: random.Random) -> str:
    """An iCAP-layout standard with per-task K/S cells and page breaks."""
    n_k, n_a = items * 2 // 5, items * 3 // 20
    n_s = items - n_k - n_a
    code = f"SYN{1000 + n:04d}-001v1"
    lines = [f"合成職能基準第{n}號", "",
             "版本\t職能基準代碼\t職能基準名稱\t狀態\t更新說明\t發展更新日期",
             f"V1\t{code}\t合成職業{n}\t最新版本\t新建\t2024/01/01", "",
             f"職能基準代碼\t\t{code}\t\t\t", "職能基準名稱 (擇一填寫)\t\t職類\t\t\t",
             f"\t\t職業\t合成職業{n}\t\t",
             "所屬 類別\t職類別\t測試類/合成\t\t職類別代碼\tSYN",
             f"\t職業別\t合成職業\t\t職業別代碼\t{2000 + n}",
             "\t行業別\t合成業\t\t行業別代碼\tZ999",
             "工作描述\t\t為效能測試產生的職能基準。\t\t\t", "基準級別\t\t3\t\t\t", "", HEADER]
    duties, tasks_per = 8, 4
    k_codes = [f"K{i:02d}" for i in range(1, n_k + 1)]
    s_codes = [f"S{i:02d}" for i in range(1, n_s + 1)]
    # Every item is used by some task, each task names 5 K and 5 S.
    pool_k, pool_s = k_codes[:], s_codes[:]
    rng.shuffle(pool_k)
    rng.shuffle(pool_s)
    row = 0
    for d in range(1, duties + 1):
        for t in range(1, tasks_per + 1):
            ks = sorted({pool_k.pop() if pool_k else rng.choice(k_codes) for _ in range(5)})
            ss = sorted({pool_s.pop() if pool_s else rng.choice(s_codes) for _ in range(5)})
            k_cell = " ".join(f"{k}知識{k[1:]}" for k in ks)
            s_cell = " ".join(f"{s}技能{s[1:]}" for s in ss)
            duty = f"T{d}職責{d}" if t == 1 else ""
            lines.append(f"{duty}\tT{d}.{t}任務{d}{t}\tO{d}.{t} 產出{d}{t}\tP{d}.{t}能完成任務{d}{t}。\t"
                         f"{rng.randint(2, 5)}\t{k_cell}\t{s_cell}")
            row += 1
            if row % 10 == 0:
                lines += ["", HEADER]
    lines += ["", "職能內涵 (A=attitude 態度)", "",
              "、".join(f"A{i:02d}態度{i}" for i in range(1, n_a + 1)), ""]
    return "\n".join(lines)


def build(path: Path, *, standards: int = 20, items: int = 100, courses: int = 500, modules: int = 3000,
          mappings: int = 100_000, seed: int = 7) -> dict:
    from sqlalchemy import select

    from app.curriculum.bulk import NewCourse, NewModule, add_courses
    from app.curriculum.ops import create_programme
    from app.curriculum.mappings import MappingState, set_mappings
    from app.standards.parser import parse_standard_file
    from app.standards.store import import_standard
    from app.workspace import Workspace
    from models import Item, Standard

    rng = random.Random(seed)
    timings = {}
    t0 = time.perf_counter()
    ws = Workspace.open(path)
    codes = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(1, standards + 1):
            f = Path(tmp) / f"std{n}.txt"
            f.write_text(standard_text(n, items, rng), encoding="utf-8")
            codes.append(ws.perform(import_standard, parse_standard_file(f)).code)
    timings["standards_s"] = round(time.perf_counter() - t0, 3)

    t1 = time.perf_counter()
    pid = ws.perform(create_programme, "Department scale", codes)
    per_course = [modules // courses + (1 if i < modules % courses else 0) for i in range(courses)]
    plan = [NewCourse(f"C{i:04d}", f"課程 {i}", credits=3, hours=54, year=1 + i % 4, semester="上下"[i % 2],
                      modules=[NewModule(f"單元 {i}.{j + 1}", hours=3) for j in range(k)])
            for i, k in enumerate(per_course)]
    module_ids = [m for ids in ws.perform(add_courses, pid, plan).values() for m in ids]
    item_ids = ws.read(lambda s: list(s.scalars(
        select(Item.id).join(Standard, Standard.id == Item.standard_id).where(Standard.code.in_(codes)))))
    cells: set[tuple[int, int]] = set()
    while len(cells) < mappings:
        cells.add((rng.choice(module_ids), rng.choice(item_ids)))
    states = [MappingState(m, i, rng.randint(1, 3), rng.random() < 0.4) for m, i in cells]
    ws.perform(set_mappings, states)
    timings["curriculum_s"] = round(time.perf_counter() - t1, 3)
    timings["total_s"] = round(time.perf_counter() - t0, 3)
    ws.close()
    return {"path": str(path), "programme": "Department scale", "standards": standards,
            "items": standards * items, "courses": courses, "modules": modules, "mappings": mappings,
            **timings}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    for key, value in SCALE.items():
        parser.add_argument(f"--{key}", type=int, default=value)
    args = parser.parse_args(argv)
    if args.out.exists():
        print(f"{args.out} exists; choose a new file", file=sys.stderr)
        return 1
    print(json.dumps(build(args.out, **{k: getattr(args, k) for k in SCALE}), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
