"""The ``curmap`` command: the GUI with no command, batch work with one."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from app.cli import excel as cli_excel
from app.cli import programmes as cli_programmes
from app.cli import report as cli_report
from app.cli import server as cli_server
from app.cli import standards as cli_standards
from app.cli import versions as cli_versions
from app.cli.signals import Terminated, stop_cleanly
from app.cli.terminal import Terminal, escape_controls
from app.errors import QT_TR_NOOP, NotFoundError, user_errors
from app.version import __version__

# Each module adds its subcommands; a handler takes (args, open_workspace).
COMMAND_MODULES = [cli_standards, cli_programmes, cli_excel, cli_versions, cli_report, cli_server]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="curmap",
        description="Map a curriculum onto an occupational competency standard (iCAP 職能基準). "
                    "With no command, opens the window.")
    parser.add_argument("--version", action="version", version=f"curmap {__version__}")
    parser.add_argument("--db", metavar="PATH_OR_URL", type=_given,
                        help="the curriculum map: a file or a database URL (a command that changes the map "
                             "creates the file if missing); default: the map in your user data folder")
    parser.add_argument("--screenshot", metavar="OUT.png",
                        help="open the window, save it as PNG once painted, and exit")
    parser.add_argument("--view", metavar="NAME", help="with --screenshot: which view to show")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def _given(text: str) -> str:
    """An empty --db (a script's unset variable) must not silently mean the default map."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty value: give a map file or a database URL")
    return text


def main(argv: list[str] | None = None) -> int:
    _utf8_output()
    parser = build_parser()
    args = parser.parse_args(argv)
    for value in vars(args).values():  # names and codes: bytes that are not UTF-8 could not be looked up
        if isinstance(value, str) and any("\ud800" <= ch <= "\udfff" for ch in value):
            parser.error(f"{escape_controls(value)!s}: not valid UTF-8 text")
    handler: Callable | None = getattr(args, "handler", None)
    if handler is None:
        from app.gui_launch import launch

        return launch(args.db, screenshot=args.screenshot, view=args.view)
    opened = []

    def open_workspace(readonly: bool | None = None):
        from app.paths import default_database
        from app.workspace import Workspace

        target = args.db or default_database()
        if readonly and "://" not in str(target) and not Path(target).exists():
            if args.db:  # a mistyped path: say so, rather than make a map full of sample data
                raise NotFoundError(QT_TR_NOOP("%1: no such map (check the path; a command that "
                                               "changes a map creates it)"), target)
            readonly = None  # a first run makes the default map (bundled standard, sample), then reads it
        ws = Workspace.open(target, readonly=readonly)
        opened.append(ws)
        ws.subscribe(saved.append)
        return ws

    saved = []  # what the command committed, to tell a user whose output was cut short
    real = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, _ = Terminal(real[0]), Terminal(real[1])
    try:
        with stop_cleanly():
            code = handler(args, open_workspace) or 0
        out.flush()  # a closed pipe shows here, not in Python's flush at exit
        if out.closed_early and saved:
            print("curmap: the output was cut short (its reader closed), but the command finished "
                  "and its changes were saved", file=sys.stderr)
        return code
    except user_errors() as exc:
        from db.engine import redact

        # Messages name the map by its address with the password hidden; this
        # is the last guard, for any text a driver may have echoed.
        text = redact(redact(str(exc), args.db), getattr(args, "url", None))
        print(f"curmap: error: {text}", file=sys.stderr)
        return 1
    except Terminated as exc:
        print("curmap: stopped by a termination signal; nothing more was written", file=sys.stderr)
        return 128 + exc.signum
    except KeyboardInterrupt:
        print("curmap: interrupted; nothing more was written", file=sys.stderr)
        return 130
    except OSError as exc:  # the environment, not curmap: a file or folder that cannot be used
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"curmap: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 1
    finally:
        for ws in opened:
            ws.close()
        out.flush()
        sys.stdout, sys.stderr = real


def _utf8_output() -> None:
    # Windows consoles default to a legacy code page that cannot print 職能基準.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and (stream.encoding or "").lower() not in ("utf-8", "utf8"):
            stream.reconfigure(encoding="utf-8", errors="replace")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
