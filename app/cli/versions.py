"""Subcommands for a new version of a standard: compare two versions, carry a programme over."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.errors import QT_TR_NOOP, CurmapError, Plural

MARK = {"unchanged": "=", "changed": "~", "removed": "-", "added": "+"}
KIND_HEADINGS = (("duty", "Duties"), ("task", "Tasks"), ("K", "Knowledge (K)"), ("S", "Skills (S)"),
                 ("A", "Attitudes (A)"))


def _percent(text: str) -> float:
    try:
        value = float(text.rstrip("%"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a percentage") from None
    if not 0 < value <= 100:
        raise argparse.ArgumentTypeError("give a percentage above 0 and at most 100")
    return value / 100


def register(sub) -> None:
    p = sub.add_parser("compare-standards", help="what changed between two versions of a standard")
    p.add_argument("old", metavar="OLD", help="the older standard's code")
    p.add_argument("new", metavar="NEW", help="the newer standard's code")
    p.add_argument("--threshold", type=_percent, default=0.5, metavar="PERCENT",
                   help="how alike two titles must be to match when their codes differ (default 50)")
    p.add_argument("--all", action="store_true", help="list unchanged entries too")
    p.add_argument("--json", action="store_true")
    p.add_argument("--xlsx", type=Path, metavar="OUT.xlsx", help="also write the comparison as a workbook sheet")
    p.add_argument("--lang", metavar="en|zh_TW", help="with --xlsx: headers (default: $CURMAP_LANG, else en)")
    p.set_defaults(handler=cmd_compare)

    p = sub.add_parser("migrate-programme",
                       help="carry a programme's mappings over to a new version of its standard")
    p.add_argument("programme", help="the programme's name (or id)")
    p.add_argument("--to", required=True, metavar="NEW", help="the new version's code")
    p.add_argument("--from", dest="old", metavar="OLD",
                   help="the version to carry from (default: the older version the programme targets)")
    p.add_argument("--threshold", type=_percent, default=0.5, metavar="PERCENT",
                   help="how alike two titles must be to match when their codes differ (default 50)")
    p.add_argument("--map", action="append", default=[], metavar="OLD=NEW",
                   help="carry item OLD to item NEW instead of the proposal (NEW '-' carries it nowhere); "
                        "may be repeated")
    p.add_argument("--keep-old", action="store_true",
                   help="keep targeting the old version too (it is dropped once no mapping uses it)")
    p.add_argument("--drop-uncarried", action="store_true",
                   help="delete the mappings that cannot be carried (kept on the old version otherwise)")
    p.add_argument("--dry-run", action="store_true", help="show the plan, write nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_migrate)


# ---- compare-standards ---------------------------------------------------------

def cmd_compare(args, open_workspace) -> int:
    from app.cli.output import print_json
    from app.standards.compare import compare_standards

    lang = None
    if args.xlsx:
        from app.excel.common import resolve_lang

        lang = resolve_lang(args.lang)  # a bad --lang fails before the map is opened
    cmp = open_workspace(readonly=True).read(compare_standards, args.old, args.new, args.threshold)
    if args.xlsx:
        from app.excel.comparison import write_comparison

        written = write_comparison(cmp, args.xlsx, lang=lang)
    if args.json:
        print_json(cmp.to_json())
    else:
        for line in comparison_lines(cmp, show_unchanged=args.all):
            print(line)
    if args.xlsx:  # last, and apart from the JSON a script reads
        rows = Plural.tr("%n rows", "", written.rows)
        print(f"wrote {written.path}: {rows}", file=sys.stderr if args.json else sys.stdout)
    return 0


def comparison_lines(cmp, *, show_unchanged: bool = False) -> list[str]:
    from app.standards.compare import STATUSES, percent

    lines = [f"{cmp.old.code} {cmp.old.name} → {cmp.new.code} {cmp.new.name} "
             f"(titles matched at {percent(cmp.threshold)}% alike or more)", ""]
    counts = cmp.counts()
    lines.append(f"{'':16}" + "".join(f"{s:>10}" for s in STATUSES))
    for kind, heading in KIND_HEADINGS:
        lines.append(f"{heading:16}" + "".join(f"{counts[kind][s]:>10}" for s in STATUSES))
    link_label = {"duty": "tasks", "task": "K/S"}
    for kind, heading in KIND_HEADINGS:
        shown = [d for d in cmp.all() if d.kind == kind and (show_unchanged or d.status != "unchanged")]
        if not shown:
            continue
        lines += ["", heading]
        for d in shown:
            if d.old is not None and d.new is not None:
                what = d.old.label() if d.old.label() == d.new.label() else f"{d.old.label()} → {d.new.label()}"
                what += f"  {percent(d.score)}%"
            else:
                what = (d.old or d.new).label()
            detail = str(d.describe())
            lines.append(f"  {MARK[d.status]} {what}" + (f"  [{detail}]" if detail else ""))
            if d.before or d.after:
                lines.append(f"      {link_label.get(kind, 'tasks')}: {' '.join(d.before) or '—'} → "
                             f"{' '.join(d.after) or '—'}")
    return lines


# ---- migrate-programme ---------------------------------------------------------

def cmd_migrate(args, open_workspace) -> int:
    from app.cli.output import print_json
    from app.curriculum.migrate import plan_migration
    from app.curriculum.migrate_apply import apply_migration

    ws = open_workspace(readonly=True if args.dry_run else None)
    plan = ws.read(plan_migration, args.programme, args.to, args.old, args.threshold)
    _apply_choices(plan, args.map)
    outcome = plan.outcome(drop_uncarried=args.drop_uncarried)
    if args.json:
        data = plan_json(plan, outcome)
    else:
        for line in plan_lines(plan, outcome):
            print(line)
    if args.dry_run:
        if args.json:
            print_json(data | {"written": False})
        else:
            print("dry run: nothing was written")
        return 0
    result = ws.perform(apply_migration, plan, drop_uncarried=args.drop_uncarried, keep_old=args.keep_old)
    if args.json:
        print_json(data | {"written": True, "targets": list(result.targets)})
        return 0
    moved = Plural.tr("%n mappings", "", result.moved)
    print(f"carried {moved} to {result.new_code}"
          + (f" ({result.merged} merged into another mapping of the same module)" if result.merged else ""))
    if result.remaining:
        print(Plural.tr("%n mappings stay on %1; the programme targets both versions until they are moved or "
                        "deleted (--drop-uncarried)", "", result.remaining).of(result.old_code))
    if result.dropped:
        print(Plural.tr("deleted %n mappings that could not be carried", "", result.dropped))
    print(f"programme {result.programme!r} now targets {', '.join(result.targets)}")
    return 0


def _apply_choices(plan, pairs: list[str]) -> None:
    """--map OLD=NEW: codes of the old and the new version."""
    old_ids = {p.old.code: p.old.id for p in plan.proposals}
    new_ids = {i.code: i.id for i in plan.new_tree.items()}
    for pair in pairs:
        old, sep, new = pair.partition("=")
        old, new = old.strip(), new.strip()
        if not sep or not old or not new:
            raise CurmapError(QT_TR_NOOP("--map takes OLD=NEW item codes (NEW '-' to carry nothing), not '%1'"),
                              pair)
        if old not in old_ids:
            raise CurmapError(QT_TR_NOOP("--map %1: the programme maps no item %2 of %3"), pair, old, plan.old_code)
        if new != "-" and new not in new_ids:
            raise CurmapError(QT_TR_NOOP("--map %1: %2 has no item %3"), pair, plan.new_code, new)
        plan.decide(old_ids[old], None if new == "-" else new_ids[new])


def plan_lines(plan, out) -> list[str]:
    from app.standards.compare import percent
    from models.levels import label_of

    lines = [f"programme {plan.programme!r}: {plan.old_code} → {plan.new_code} "
             f"(titles matched at {percent(plan.comparison.threshold)}% alike or more)"]
    items, mappings = Plural.tr("%n items", "", len(out.carried)), Plural.tr("%n mappings", "", out.moved)
    lines.append(f"carried: {items}, {mappings}"
                 + (f" ({out.merged} merged into another mapping of the same module)" if out.merged else ""))
    for p, target in out.carried:
        score = f"{percent(p.score)}%" if plan.decided_reason(p) != "chosen" else "chosen"
        cells = Plural.tr("%n mappings", "", len(p.cells))
        lines.append(f"  {p.old.label()} → {target.label()}  {score}  {_reason(plan, p)}  ({cells})")
    items = Plural.tr("%n items", "", len(out.left))
    mappings = Plural.tr("%n mappings", "", sum(len(p.cells) for p in out.left))
    lines.append(f"cannot carry: {items}, {mappings}"
                 + (" (deleted: --drop-uncarried)" if out.left and out.remaining == 0 else
                    f" (they stay on {plan.old_code})" if out.left else ""))
    for p in out.left:
        lines.append(f"  {p.old.label()}: {_reason(plan, p)}")
        for c in p.cells:
            lines.append(f"      {plan.modules[c.module_id].label()} ({label_of(c.level, plan.scale)})")
    if out.indicators_lost:
        lines.append(f"{out.indicators_lost} carried mappings lose their behaviour indicator "
                     f"(no counterpart in {plan.new_code})")
    lines.append(f"new in {plan.new_code}, nobody covers yet:")
    lines.append("  items: " + ("; ".join(s.label() for s in out.new_items_uncovered) or "none"))
    lines.append("  tasks: " + ("; ".join(f"{s.label()} ({status})" for s, status in out.new_tasks_not_covered)
                                or "none"))
    lines += ["", *coverage_lines(out.before, out.after)]
    return lines


def _reason(plan, p) -> str:
    from app.curriculum.migrate import REASON_TEXT

    reason = plan.decided_reason(p)
    return str(p.reason_text()) if reason == p.reason else REASON_TEXT[reason]


def coverage_lines(before, after) -> list[str]:
    """Coverage of the old version and, projected, of the new one, side by side."""
    def cell(n: int, total: int) -> str:
        return f"{n}/{total} ({round(100 * n / total) if total else 0}%)"

    rows = [("items (K, S) covered", "items_covered", "items_total"),
            ("tasks covered", "tasks_covered", "tasks_total"),
            ("tasks partly covered", "tasks_partial", "tasks_total"),
            ("tasks uncovered", "tasks_uncovered", "tasks_total"),
            ("attitudes covered", "attitudes_covered", "attitudes_total")]
    lines = [f"{'coverage':24}{before.standard:>20}{after.standard:>20}"]
    for label, n, total in rows:
        lines.append(f"{label:24}{cell(getattr(before, n), getattr(before, total)):>20}"
                     f"{cell(getattr(after, n), getattr(after, total)):>20}")
    return lines


def plan_json(plan, out) -> dict:
    from models.levels import label_of

    def side(s):
        return None if s is None else {"code": s.code, "title": s.title}

    def cells(p):
        return [{"module": plan.modules[c.module_id].label(), "level": label_of(c.level, plan.scale),
                 "assessed": c.assessed} for c in p.cells]

    carried = {id(p) for p, _ in out.carried}
    return {
        "programme": plan.programme, "from": plan.old_code, "to": plan.new_code,
        "threshold": plan.comparison.threshold,
        "proposals": [{"item": side(p.old), "kind": p.kind, "proposed": side(p.target),
                       "score": None if p.score is None else round(p.score, 2), "reason": p.reason,
                       "reason_text": str(p.reason_text()), "decision": plan.decided_reason(p),
                       "target": side(plan.choice(p)), "carried": id(p) in carried, "mappings": cells(p)}
                      for p in plan.proposals],
        "moved": out.moved, "merged": out.merged, "remaining": out.remaining,
        "indicators_lost": out.indicators_lost,
        "new_items_uncovered": [side(s) for s in out.new_items_uncovered],
        "new_tasks_not_covered": [side(s) | {"status": status} for s, status in out.new_tasks_not_covered],
        "coverage_before": out.before.to_json(), "coverage_after": out.after.to_json(),
    }
