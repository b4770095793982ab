"""Subcommands for a programme's settings: the coverage threshold and the scale of mapping levels."""
from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("set-programme",
                       help="set a programme's coverage threshold and its mapping levels (says what changes first)")
    p.add_argument("programme", help="the programme's exact name or its id (see: curmap programmes)")
    p.add_argument("--threshold", metavar="LEVEL",
                   help="the lowest mapping level that counts as covered, e.g. R (one of the scale's labels)")
    p.add_argument("--scale", metavar="I,R,M",
                   help="the mapping levels' labels, lowest first; mappings keep their rank (the 2nd stays the 2nd)")
    p.add_argument("--dry-run", action="store_true", help="say what would change, write nothing")
    p.set_defaults(handler=cmd_set_programme)


def cmd_set_programme(args, open_workspace) -> int:
    from app.curriculum.queries import find_programme
    from app.curriculum.settings import parse_levels, settings_effect, threshold_rank
    from app.errors import QT_TR_NOOP, CurmapError

    if args.threshold is None and args.scale is None:
        raise CurmapError(QT_TR_NOOP("say what to set: --threshold LEVEL and/or --scale I,R,M"))
    scale = parse_levels(args.scale) if args.scale is not None else None  # a bad scale fails before opening
    ws = open_workspace(readonly=True if args.dry_run else None)
    prog = ws.read(find_programme, args.programme)
    new_scale = scale or prog.scale
    threshold = threshold_rank(args.threshold, new_scale) if args.threshold is not None else prog.threshold
    effect = ws.read(settings_effect, prog.id, new_scale, threshold)
    for line in effect.lines():
        print(line)
    if args.dry_run:
        print("dry run: nothing was written")
        return 0
    if not effect.changed:
        return 0
    from app.curriculum.ops import update_programme

    ws.perform(update_programme, prog.id, scale=new_scale, threshold=threshold)
    print(f"updated programme {prog.name!r}: scale {'/'.join(new_scale)}, "
          f"covered at {new_scale[threshold - 1]} or above")
    return 0
