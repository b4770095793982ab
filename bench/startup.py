"""How long until a window is painted: curmap --screenshot against a bare Qt window.

(a) a bare PySide6 QMainWindow plus ``import sqlalchemy``; (b) ``curmap --db MAP
--screenshot OUT.png`` on a seeded map. Each runs in a fresh subprocess that
shows its window, waits for the first paint, saves it as PNG and exits; the
time is the whole process's, start to exit, median of 5 runs after a warm-up
(bytecode cached, as in an installed copy). Prints JSON.
The issue's target: (b) within 2x of (a).

    QT_QPA_PLATFORM=offscreen python bench/startup.py
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5

BARE = """
import sys
import sqlalchemy  # noqa: F401 - the baseline pays for it too
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
win = QMainWindow()
win.setWindowTitle("bare")
win.resize(1280, 800)

class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: (win.grab().save(sys.argv[1], "PNG"), app.quit()))
            obj.removeEventFilter(self)
        return False

watch = Painted()
win.installEventFilter(watch)
win.show()
app.exec()
"""

CURMAP = "import sys; from app.cli import main; sys.exit(main(['--db', sys.argv[1], '--screenshot', sys.argv[2]]))"


def _time(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
    return (time.perf_counter() - start) * 1000


def main() -> int:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    with tempfile.TemporaryDirectory() as tmp:
        env["CURMAP_LOG_DIR"] = str(Path(tmp) / "logs")
        env["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")  # keep the user's settings out of it
        # As installed: compiled bytecode cached (outside the source tree), one warm-up run each.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        db = Path(tmp) / "bench.db"
        # Seed the map once, outside the timing: (b) is the start-up of an existing map.
        subprocess.run([sys.executable, "-c", "import sys; from app.workspace import Workspace; "
                        "Workspace.open(sys.argv[1]).close()", str(db)], cwd=ROOT, env=env, check=True)
        png = str(Path(tmp) / "out.png")
        bare_argv = [sys.executable, "-c", BARE, png]
        curmap_argv = [sys.executable, "-c", CURMAP, str(db), png]
        _time(bare_argv, env)
        _time(curmap_argv, env)
        bare = [_time(bare_argv, env) for _ in range(RUNS)]
        curmap = [_time(curmap_argv, env) for _ in range(RUNS)]
    a, b = statistics.median(bare), statistics.median(curmap)
    print(json.dumps({
        "bare_qt_plus_sqlalchemy_ms": round(a, 1),
        "curmap_screenshot_ms": round(b, 1),
        "ratio": round(b / a, 2),
        "target_ratio": 2.0,
        "runs": {"bare": [round(x, 1) for x in bare], "curmap": [round(x, 1) for x in curmap]},
    }, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
