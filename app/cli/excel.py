"""Subcommands for Excel: export a map, import a curriculum workbook, write a template."""
from __future__ import annotations

import sys
from pathlib import Path

from app.errors import QT_TR_NOOP, CurmapError, NotFoundError, Plural


def register(sub) -> None:
    p = sub.add_parser("export", help="write a programme's map to an Excel workbook (.xlsx)")
    p.add_argument("programme", help="the programme's exact name or its id (see: curmap programmes)")
    p.add_argument("out", type=Path, metavar="OUT.xlsx")
    p.add_argument("--standard", metavar="CODE", help="only this target standard (default: all of them)")
    p.add_argument("--lang", metavar="en|zh_TW", help="sheet names and headers (default: $CURMAP_LANG, else en)")
    p.add_argument("--report-tables", action="store_true",
                   help="add the iCAP course-planning report's 表1 and 表3")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("import-workbook", help="make a programme match a curriculum workbook (.xlsx or .ods)")
    p.add_argument("file", type=Path)
    p.add_argument("programme", help="the programme's exact name or its id (see: curmap programmes)")
    p.add_argument("--create", action="store_true",
                   help="make a new programme of that name when the map has none")
    p.add_argument("--standard", metavar="CODE",
                   help="the standard the item columns belong to (default: the programme's, or the one that fits)")
    p.add_argument("--dry-run", action="store_true", help="list the changes, write nothing")
    p.add_argument("--allow-removals", action="store_true",
                   help="let the import delete courses, modules and mappings the workbook lacks "
                        "(without it, an import that would delete anything is refused)")
    p.set_defaults(handler=cmd_import_workbook)

    p = sub.add_parser("workbook-template", help="write an empty curriculum workbook for a standard")
    p.add_argument("out", type=Path, metavar="OUT.xlsx")
    p.add_argument("--standard", metavar="CODE", help="needed when the map has several standards")
    p.add_argument("--lang", metavar="en|zh_TW", help="sheet names and headers (default: $CURMAP_LANG, else en)")
    p.set_defaults(handler=cmd_workbook_template)


def cmd_export(args, open_workspace) -> int:
    from app.excel.common import resolve_lang
    from app.excel.export import export_by_name

    lang = resolve_lang(args.lang)  # a bad --lang fails before the map is opened
    result = open_workspace(readonly=True).read(
        export_by_name, args.programme, args.out, standard_code=args.standard, lang=lang,
        report_tables=args.report_tables)
    courses, modules = Plural.tr("%n courses", "", result.courses), Plural.tr("%n modules", "", result.modules)
    mappings = Plural.tr("%n mappings", "", result.mappings)
    print(f"wrote {result.path}: {len(result.sheets)} sheets ({', '.join(result.sheets)}); "
          f"{courses}, {modules}, {mappings}")
    if result.tasks_not_covered:
        tasks = Plural.tr("%n tasks", "", result.tasks_not_covered)
        print(f"{tasks} not fully covered: see the sheet {result.active!r}")
    else:
        print("every task is fully covered")
    return 0


def cmd_import_workbook(args, open_workspace) -> int:
    from app.curriculum.queries import known_programmes, lookup_programme
    from app.excel.apply import apply_import
    from app.excel.plan import plan_import
    from app.excel.read_any import read_curriculum

    workbook = read_curriculum(args.file)  # before opening: a bad file touches nothing
    ws = open_workspace(readonly=True if args.dry_run else None)
    prog = ws.read(lookup_programme, args.programme)
    if prog is None and not args.create:
        raise NotFoundError(QT_TR_NOOP("no programme named '%1' (this map has: %2); to make a new one "
                                       "from the workbook, add --create"), args.programme.strip(),
                            ws.read(known_programmes))
    plan = ws.read(plan_import, workbook, prog.id if prog else args.programme, args.standard)
    removes = any(plan.removals)
    if removes and not (args.allow_removals or args.dry_run):
        # Everything that would go, not just the first lines of the summary.
        print(plan.headline())
        for line in plan.removal_lines():
            print(f"  {line}")
        courses, modules, mappings = plan.removals
        raise CurmapError(QT_TR_NOOP("%1: the import would delete what is listed above (courses -%2, modules -%3, "
                                     "mappings -%4); nothing was imported. To delete them, run again "
                                     "with --allow-removals"), plan.workbook.source, courses, modules, mappings)
    for line in plan.summary():
        print(line)
    if args.dry_run:
        if removes and not args.allow_removals:
            print("the removals above need --allow-removals")
        print("dry run: nothing was written")
        return 0
    if plan.empty:
        return 0
    result = ws.perform(apply_import, plan)
    verb = "created" if result.created else "updated"
    print(f"{verb} programme {result.programme!r}")
    return 0


def cmd_workbook_template(args, open_workspace) -> int:
    from app.excel.common import resolve_lang
    from app.excel.template import write_template

    lang = resolve_lang(args.lang)
    result = open_workspace(readonly=True).read(write_template, args.standard, args.out, lang=lang)
    print(f"wrote {result.path}: a curriculum workbook for {result.standard} with {result.items} item columns",
          file=sys.stdout)
    return 0
