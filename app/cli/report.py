"""``curmap report``: the printed coverage report as a PDF."""
from __future__ import annotations

from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("report", help="write a programme's coverage report as a PDF (as File > Export PDF… does)")
    p.add_argument("programme", help="the programme's exact name or its id (see: curmap programmes)")
    p.add_argument("out", type=Path, metavar="OUT.pdf")
    p.add_argument("--standard", metavar="CODE", help="only this target standard (default: all of them)")
    p.add_argument("--lang", metavar="en|zh_TW", help="the report's language (default: $CURMAP_LANG, else en)")
    p.set_defaults(handler=cmd_report)


def cmd_report(args, open_workspace) -> int:
    from app.errors import QT_TR_NOOP, CurmapError, Plural
    from app.excel.common import resolve_lang
    from app.gui_launch import write_report_pdf
    from app.report import build_report_by_name

    lang = resolve_lang(args.lang)
    if args.out.suffix.lower() != ".pdf":
        raise CurmapError(QT_TR_NOOP("%1: the file name must end in .pdf"), args.out.name)
    report = open_workspace(readonly=True).read(build_report_by_name, args.programme, args.standard)
    pages = write_report_pdf(report, str(args.out), lang)
    pages = Plural.tr("%n pages", "", pages)
    print(f"wrote {args.out}: the coverage report of {report.programme!r}, {pages}")
    return 0
