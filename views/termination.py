"""Logout or ``kill``: the window stops its work, removes temporary files, and closes as if asked.

Python runs a signal handler only when Python code runs, which a window
waiting in Qt's event loop may not do for a long time; a socket written
by the signal machinery (signal.set_wakeup_fd) wakes the loop at once.
"""
from __future__ import annotations

import os
import signal
import socket

from app.safe_write import remove_live
from views.jobs import Job
from views.qt import QSocketNotifier

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))
WAIT_MS = 10_000  # for running work to notice the cancel; a session gives a few seconds more


def stop_work(shell) -> None:
    """Cancel every running job, wait for each to end, then remove what it was still writing."""
    window = shell.window
    jobs = window.findChildren(Job) if window is not None else []
    for job in jobs:
        job.worker.cancel()
    for job in jobs:
        job.worker.wait(WAIT_MS)
    remove_live()


def terminate(app, shell) -> None:
    stop_work(shell)
    if shell.window is not None:
        shell.window.close()  # saves the layout and closes the map, as a user's close does
    app.quit()


def install(app, shell):
    """Handle termination signals while the window runs (not on Windows: no such signals).

    Returns what puts the previous handling back.
    """
    if os.name == "nt" or not SIGNALS:
        return lambda: None
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def drain() -> None:  # Python code runs: pending signal handlers with it
        try:
            reader.recv(64)
        except OSError:
            pass

    notifier.activated.connect(drain)
    before_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    before = {s: signal.signal(s, lambda *_: terminate(app, shell)) for s in SIGNALS}

    def uninstall() -> None:
        for s, handler in before.items():
            signal.signal(s, handler)
        signal.set_wakeup_fd(before_fd)
        notifier.setEnabled(False)
        notifier.deleteLater()
        reader.close()
        writer.close()
    return uninstall
