"""Subcommands for standards, programmes and coverage."""
from __future__ import annotations

import sys
from pathlib import Path

from app.errors import QT_TR_NOOP, ConflictError, CurmapError, Plural


def register(sub) -> None:
    p = sub.add_parser("import-standard", help="import an iCAP standard (.pdf, .odt or its text as .txt)")
    p.add_argument("file", type=Path)
    p.add_argument("--replace", action="store_true",
                   help="replace a standard with the same code, keeping mappings whose items remain")
    p.add_argument("--dry-run", action="store_true",
                   help="read the file and print what it holds and any doubts; store nothing")
    p.add_argument("--yes", action="store_true",
                   help="with --replace: agree to drop the mappings whose items the new text lacks")
    p.set_defaults(handler=cmd_import_standard)

    p = sub.add_parser("standards", help="list the standards in the map")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_standards)

    p = sub.add_parser("show-standard", help="print a whole standard")
    p.add_argument("code")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show_standard)

    p = sub.add_parser("delete-standard", help="remove a standard no mapping uses")
    p.add_argument("code")
    p.set_defaults(handler=cmd_delete_standard)

    p = sub.add_parser("programmes", help="list the programmes in the map: id, name, standards, courses")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_programmes)

    p = sub.add_parser("coverage", help="how much of a standard a programme covers")
    p.add_argument("programme", help="the programme's exact name or its id (see: curmap programmes)")
    p.add_argument("--standard", metavar="CODE", help="needed when the programme targets several")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_coverage)


def cmd_import_standard(args, open_workspace) -> int:
    from app.standards.parser import read_standard
    from app.standards.store import counts_of, import_standard, mappings_lost_by_replace

    reading = read_standard(args.file)  # before opening: a bad file touches nothing
    for warning in reading.warnings:
        print(f"curmap: warning: {warning.render(reading.source)}", file=sys.stderr)
    parsed = reading.standard
    if args.dry_run:
        c = counts_of(parsed)
        print(f"read {parsed.code} {parsed.name}: {c['duties']} duties, {c['tasks']} tasks, "
              f"{c['outputs']} outputs, {c['indicators']} indicators, {c['knowledge']} K, "
              f"{c['skills']} S, {c['attitudes']} A; {len(reading.warnings)} warnings; "
              "nothing stored (--dry-run)")
        return 0
    ws = open_workspace()
    lost = []
    if args.replace:
        lost = ws.read(mappings_lost_by_replace, parsed)
        for m in lost:
            print(f"{'will' if args.yes else 'would'} drop mapping {m.programme} / {m.course} / {m.module} "
                  f"-> {m.item_code} (the item is gone from the new text)", file=sys.stderr)
        if lost and not args.yes:  # users' work goes only with their say-so, as the window asks
            raise CurmapError(Plural.tr("%1: replacing %2 would drop the %n mappings listed above; nothing was "
                                        "changed. To drop them, run again with --replace --yes", "", len(lost))
                              .of(args.file.name, parsed.code))
    try:
        summary = ws.perform(import_standard, parsed, replace=args.replace,
                             expected_lost=lost if args.replace else None)
    except ConflictError as exc:
        if args.replace:  # it changed since the list above: say so as it is
            raise
        raise ConflictError(QT_TR_NOOP("%1: run again with --replace"), exc.message) from None
    c = summary.counts
    verb = "replaced" if summary.replaced else "imported"
    counts = ", ".join(str(p) for p in (
        Plural.tr("%n duties", "", c["duties"]), Plural.tr("%n tasks", "", c["tasks"]),
        Plural.tr("%n outputs", "", c["outputs"]), Plural.tr("%n indicators", "", c["indicators"])))
    print(f"{verb} {summary.code} {summary.name}: {counts}, {c['knowledge']} K, {c['skills']} S, {c['attitudes']} A")
    if summary.replaced:
        kept = Plural.tr("%n mappings", "", summary.kept_mappings)
        print(f"kept {kept}, dropped {len(summary.lost_mappings)}")
    return 0


def cmd_standards(args, open_workspace) -> int:
    from dataclasses import asdict

    from app.cli.output import print_json
    from app.standards.queries import list_standards

    rows = open_workspace(readonly=True).read(list_standards)
    if args.json:
        print_json([asdict(r) for r in rows])
        return 0
    for r in rows:
        duties, tasks = Plural.tr("%n duties", "", r.duties), Plural.tr("%n tasks", "", r.tasks)
        items = Plural.tr("%n items", "", r.items)
        print(f"{r.code}\t{r.name}\tcompetency level {r.level}\t{duties}, {tasks}, {items}")
    return 0


def cmd_show_standard(args, open_workspace) -> int:
    from app.cli.output import print_json
    from app.standards.queries import standard_tree

    tree = open_workspace(readonly=True).read(standard_tree, args.code)
    if args.json:
        print_json(tree.to_json())
        return 0
    print(f"{tree.code} {tree.name} (competency level {tree.level})")
    for d in tree.duties:
        print(f"{d.code} {d.title}")
        for t in d.tasks:
            print(f"  {t.code} {t.title} [L{t.level}]  K: {' '.join(t.knowledge)}  S: {' '.join(t.skills)}")
            if len(t.blocks) > 1:
                for n, b in enumerate(t.blocks, 1):
                    print(f"    block {n} [L{b['level']}]  K: {' '.join(b['knowledge'])}  S: {' '.join(b['skills'])}")
    for label, items in (("K", tree.knowledge), ("S", tree.skills), ("A", tree.attitudes)):
        print(f"{label}: " + "; ".join(f"{i.code} {i.title}" for i in items))
    return 0


def cmd_delete_standard(args, open_workspace) -> int:
    from app.standards.store import delete_standard

    open_workspace().perform(delete_standard, args.code)
    print(f"deleted {args.code}")
    return 0


def cmd_programmes(args, open_workspace) -> int:
    from dataclasses import asdict

    from app.cli.output import print_json
    from app.curriculum.queries import list_programmes

    rows = open_workspace(readonly=True).read(list_programmes)
    if args.json:
        print_json([asdict(r) for r in rows])
        return 0
    # The id names a programme in every other command, as the name does.
    print("id\tname\tstandards\tcourses")
    for r in rows:
        print(f"{r.id}\t{r.name}\t{', '.join(r.standards)}\t{r.courses}")
    return 0


def cmd_coverage(args, open_workspace) -> int:
    from app.cli.output import print_json
    from app.coverage.engine import coverage_by_name
    from app.excel.common import status_label

    cov = open_workspace(readonly=True).read(coverage_by_name, args.programme, args.standard)
    if args.json:
        print_json(cov.to_json())
        return 0
    print(f"{cov.programme} -> {cov.standard} (covered at {cov.threshold} or above)")
    # The words of the window and the workbook: covered, partly covered, not covered.
    print(f"items: {cov.items_covered}/{cov.items_total} covered; tasks: {cov.tasks_covered} covered, "
          f"{cov.tasks_partial} partly covered, {cov.tasks_uncovered} not covered, of {cov.tasks_total}")
    for t in cov.tasks:
        if t.status != "covered":
            print(f"  {t.code} {t.title}: {status_label(t.status, 'en')}, missing {' '.join(t.missing)}")
    return 0
