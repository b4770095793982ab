"""Screenshots of every pane and dialog, offscreen, at three screen sizes in both languages.

    .venv/bin/python -m tools.screens OUT_DIR [--lang en zh_TW] [--size 1024x640 1280x800 1920x1080]
                                              [--only NAME ...]

Each language and size runs in its own process on an offscreen screen of that
size (so the window sizes itself as it would there), fills the window, and
writes OUT_DIR/<lang>-<size>-<name>.png. Look at every one of them.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

SIZES = ("1024x640", "1280x800", "1920x1080")
LANGS = ("en", "zh_TW")


def offscreen_platform(width: int, height: int, folder: Path) -> str:
    """QT_QPA_PLATFORM for an offscreen screen of ``width`` x ``height``."""
    config = folder / f"screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{"name": "screen", "x": 0, "y": 0, "width": width,
                                               "height": height, "logicalDpi": 96, "dpr": 1}]}))
    return f"offscreen:configfile={config}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", nargs="+", default=list(LANGS))
    parser.add_argument("--size", nargs="+", default=list(SIZES))
    parser.add_argument("--only", nargs="+", default=[], help="shot names (prefixes) to take")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.one:
        from tools.screens_shots import take_all

        return take_all(args.out, args.lang[0], args.size[0], args.only)
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for lang in args.lang:
            for size in args.size:
                w, h = (int(v) for v in size.split("x"))
                env = dict(os.environ, CURMAP_LANG=lang, QT_QPA_PLATFORM=offscreen_platform(w, h, Path(tmp)),
                           XDG_CONFIG_HOME=str(Path(tmp) / "config"), CURMAP_DB=str(Path(tmp) / "default.db"),
                           QT_LOGGING_RULES="qt.qpa.*=false")
                cmd = [sys.executable, "-m", "tools.screens", str(args.out), "--one", "--lang", lang, "--size", size]
                if args.only:
                    cmd += ["--only", *args.only]
                print(f"{lang} {size}…", flush=True)
                failed |= subprocess.run(cmd, env=env).returncode
    return failed


if __name__ == "__main__":
    sys.exit(main())
