"""Time comparing two versions of a 200-item standard and planning the migration of
10,000 mappings (issue: under 1 s); prints JSON, the last line one object.

    python -m bench.compare [--items 200] [--mappings 10000] [--repeat 5]

The two versions are written as iCAP text with Chinese titles and go through the
parser and importer; v2 renumbers every item after a removal, rewords a fifth
of the titles, removes and adds a tenth. The programme's mappings all sit on
v1's items, so every one of them needs a proposal.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

HEADER = "主要職責\t工作任務\t工作產出\t行為指標\t職能級別\t職能內涵 (K=knowledge 知識)\t職能內涵 (S=skills 技能)"
WORDS = list("市場研究分析報告撰寫產業法規創新應用行銷溝通消費者行為電子商務保護廣告網站流量工具著作權肖像"
             "資料庫結構數據安全個人專案管理社群媒體經營生成式品牌策略規劃執行監控評估顧客服務通路銷售")


def _title(rng: random.Random, kind: str) -> str:
    stem = "".join(rng.sample(WORDS, rng.randint(4, 7)))
    return stem + {"K": "知識", "S": "技能", "A": ""}[kind]


def _titles(rng: random.Random, n: int) -> list[tuple[str, str]]:
    n_k, n_a = n * 2 // 5, n * 3 // 20
    kinds = ["K"] * n_k + ["S"] * (n - n_k - n_a) + ["A"] * n_a
    return [(k, _title(rng, k)) for k in kinds]


def _next_version(rng: random.Random, items: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out = []
    for kind, title in items:
        roll = rng.random()
        if roll < 0.1:
            continue  # removed
        if roll < 0.3:
            title = rng.choice(WORDS) + title  # reworded
        out.append((kind, title))
    for _ in range(len(items) // 10):
        kind = rng.choice("KS")
        out.insert(rng.randrange(len(out)), (kind, _title(rng, kind)))  # added
    return out


def standard_text(code: str, items: list[tuple[str, str]], rng: random.Random) -> str:
    codes: dict[str, list[str]] = {"K": [], "S": [], "A": []}
    named = []
    for kind, title in items:
        code_ = f"{kind}{len(codes[kind]) + 1:02d}"
        codes[kind].append(code_)
        named.append((kind, code_, title))
    title_of = {c: t for _, c, t in named}
    lines = [f"職能基準 {code}", "", "版本\t職能基準代碼\t職能基準名稱\t狀態\t更新說明\t發展更新日期",
             f"V1\t{code}\t效能測試職業\t最新版本\t新建\t2024/01/01", "",
             f"職能基準代碼\t\t{code}\t\t\t", "職能基準名稱 (擇一填寫)\t\t職類\t\t\t", "\t\t職業\t效能測試職業\t\t",
             "所屬 類別\t職類別\t測試類/合成\t\t職類別代碼\tSYN", "\t職業別\t合成職業\t\t職業別代碼\t2999",
             "\t行業別\t合成業\t\t行業別代碼\tZ999", "工作描述\t\t為效能測試產生的職能基準。\t\t\t", "基準級別\t\t3\t\t\t", "",
             HEADER]
    pool_k, pool_s = codes["K"][:], codes["S"][:]
    rng.shuffle(pool_k)
    rng.shuffle(pool_s)
    for d in range(1, 9):
        for t in range(1, 5):
            ks = sorted({pool_k.pop() if pool_k else rng.choice(codes["K"]) for _ in range(4)})
            ss = sorted({pool_s.pop() if pool_s else rng.choice(codes["S"]) for _ in range(4)})
            lines.append("\t".join([f"T{d}職責{d}" if t == 1 else "", f"T{d}.{t}任務{d}之{t}", f"O{d}.{t} 產出",
                                    f"P{d}.{t}能完成任務。", "3", " ".join(f"{c}{title_of[c]}" for c in ks),
                                    " ".join(f"{c}{title_of[c]}" for c in ss)]))
    lines += ["", "職能內涵 (A=attitude 態度)", "", "、".join(f"{c}{title_of[c]}" for c in codes["A"]), ""]
    return "\n".join(lines)


def build(path: Path, items: int, mappings: int, seed: int = 11) -> dict:
    from sqlalchemy import select

    from app.curriculum.bulk import NewCourse, NewModule, add_courses
    from app.curriculum.mappings import MappingState, set_mappings
    from app.curriculum.ops import create_programme
    from app.standards.parser import parse_standard_file
    from app.standards.store import import_standard
    from app.workspace import Workspace
    from models.tables import item, standard

    rng = random.Random(seed)
    v1 = _titles(rng, items)
    v2 = _next_version(rng, v1)
    ws = Workspace.open(path, seed=False)
    with tempfile.TemporaryDirectory() as tmp:
        for code, its in (("BEN1000-001v1", v1), ("BEN1000-001v2", v2)):
            f = Path(tmp) / f"{code}.txt"
            f.write_text(standard_text(code, its, rng), encoding="utf-8")
            ws.perform(import_standard, parse_standard_file(f))
    pid = ws.perform(create_programme, "Bench", ["BEN1000-001v1"])
    per_module = 20
    n_modules = -(-mappings // per_module)
    plan = [NewCourse(f"C{c:03d}", f"課程 {c}", modules=[NewModule(f"單元 {c}.{m + 1}") for m in range(10)])
            for c in range(-(-n_modules // 10))]
    module_ids = [m for ids in ws.perform(add_courses, pid, plan).values() for m in ids][:n_modules]
    item_ids = ws.read(lambda db: list(db.scalars(select(item.c.id).join(standard, standard.c.id == item.c.standard_id)
                                                  .where(standard.c.code == "BEN1000-001v1"))))
    states = []
    for mid in module_ids:
        for iid in rng.sample(item_ids, per_module):
            states.append(MappingState(mid, iid, rng.randint(1, 3), rng.random() < 0.4))
    ws.perform(set_mappings, states[:mappings])
    ws.close()
    return {"items_old": len(v1), "items_new": len(v2), "mappings": min(mappings, len(states))}


def _median_ms(fn, repeat: int) -> tuple[float, object]:
    runs, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        runs.append((time.perf_counter() - t) * 1000)
    return round(statistics.median(runs), 1), result


def measure(path: Path, repeat: int) -> dict:
    from app.curriculum.migrate import plan_migration
    from app.standards.compare import compare_standards
    from app.workspace import Workspace

    ws = Workspace.open(path)
    compare_ms, cmp = _median_ms(lambda: ws.read(compare_standards, "BEN1000-001v1", "BEN1000-001v2"), repeat)

    def plan_and_outcome():
        plan = ws.read(plan_migration, "Bench", "BEN1000-001v2")
        return plan, plan.outcome()

    plan_ms, (plan, out) = _median_ms(plan_and_outcome, repeat)

    from app.curriculum.migrate_apply import apply_migration, undo_migration

    def apply_and_undo():
        t = time.perf_counter()
        result = ws.perform(apply_migration, plan)
        applied = (time.perf_counter() - t) * 1000
        ws.perform(undo_migration, result.undo)
        return applied

    applies = [apply_and_undo() for _ in range(max(1, repeat // 2))]
    ws.close()
    counts = cmp.counts()
    return {"compare_ms": compare_ms, "compare_and_propose_ms": plan_ms,
            "apply_ms": round(statistics.median(applies), 1),
            "proposals": len(plan.proposals), "carried_mappings": out.moved,
            "not_carried_mappings": sum(len(p.cells) for p in out.left),
            "items_matched": sum(counts[k]["changed"] + counts[k]["unchanged"] for k in "KSA"),
            "items_removed": sum(counts[k]["removed"] for k in "KSA"),
            "items_added": sum(counts[k]["added"] for k in "KSA")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=200)
    parser.add_argument("--mappings", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        t = time.perf_counter()
        built = build(db, args.items, args.mappings)
        built["build_s"] = round(time.perf_counter() - t, 2)
        result = {**built, **measure(db, args.repeat)}
    result["under_1s"] = result["compare_and_propose_ms"] < 1000
    print(f"compare two {args.items}-item standards: {result['compare_ms']} ms; compare and propose for "
          f"{result['mappings']} mappings: {result['compare_and_propose_ms']} ms; carry them over "
          f"(one transaction): {result['apply_ms']} ms")
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
