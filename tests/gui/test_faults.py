"""The window when input would destroy work: it says what goes, in numbers, before anything goes."""
from __future__ import annotations

import pytest

from .helpers import rows, wait_jobs

pytestmark = pytest.mark.gui


def _import(window, prompts, qtbot, path) -> None:
    prompts.open_path = str(path)
    window.act_import_workbook.trigger()
    wait_jobs(window, qtbot)


def test_a_blank_workbook_asks_before_deleting_the_programme(window, prompts, qtbot, tmp_path):
    from app.excel.template import write_template

    path = tmp_path / "blank.xlsx"
    window.ctx.read(write_template, None, path)
    courses = rows(window.curriculum.model)
    prompts.answer = False
    _import(window, prompts, qtbot, path)
    question = prompts.questions[-1]
    assert "This DELETES 4 courses, 12 modules and 29 mappings that the workbook lacks." in question
    assert question.index("This DELETES") < question.index("remove course MKT101")
    assert rows(window.curriculum.model) == courses  # "No" keeps everything

    prompts.answer = True
    _import(window, prompts, qtbot, path)
    assert rows(window.curriculum.model) == []
    window.act_undo.trigger()
    assert rows(window.curriculum.model) == courses


def test_termination_stops_an_export_and_leaves_no_temporary_files(window, shell, prompts, qtbot, tmp_path,
                                                                     monkeypatch):
    """What the SIGTERM handler does at logout: cancel, wait, remove, close."""
    import tempfile
    import threading

    from app.excel import sheets
    from views import termination

    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    busy = threading.Event()

    def endless_tasks(sheet, data, lang, tick):  # an export mid-way: earlier sheets hold temp files
        while True:
            busy.set()
            tick(1, "Tasks")

    monkeypatch.setattr(sheets, "write_tasks", endless_tasks)
    out = tmp_path / "out"
    out.mkdir()
    prompts.save_path = str(out / "coverage.xlsx")
    window.act_export.trigger()
    assert busy.wait(20)
    assert [p.name for p in temp.iterdir() if p.name.startswith("curmap-")]  # being written
    termination.stop_work(shell)
    assert list(temp.iterdir()) == [] and list(out.iterdir()) == []
    qtbot.waitUntil(lambda: not window.files.jobs, timeout=5000)


def test_a_window_ends_cleanly_on_sigterm(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CURMAP_DB=str(tmp_path / "m.db"))
    proc = subprocess.Popen([sys.executable, "-m", "app.cli.main"], cwd=root, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not (tmp_path / "m.db").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(1.0)  # in the event loop
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err.decode()  # closed as if asked, not killed by the signal (-15)


def test_sigterm_reaches_a_window_waiting_in_its_event_loop(shell, window, qtbot, monkeypatch):
    import os
    import signal

    from views import termination
    from views.qt import QApplication

    if os.name == "nt":
        pytest.skip("no SIGTERM on Windows")
    seen = []
    monkeypatch.setattr(termination, "terminate", lambda app, sh: seen.append(sh))
    before = signal.getsignal(signal.SIGTERM)
    uninstall = termination.install(QApplication.instance(), shell)
    try:
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: seen == [shell], timeout=5000)  # woken by the socket, not by luck
    finally:
        uninstall()
    assert signal.getsignal(signal.SIGTERM) is before
