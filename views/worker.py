"""Run long work off the GUI thread, with progress and cancel."""
from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from app.progress import Progress
from views.i18n import tr_msg
from views.qt import QObject, QThread, Signal


class Worker(QObject):
    """Runs ``fn(progress)`` on a QThread; results arrive as queued signals."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)  # the exception, its formatted traceback
    finished = Signal()

    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._fn = fn
        self._cancel = threading.Event()
        self._thread = QThread()
        self._thread.setObjectName("curmap-worker")
        self.moveToThread(self._thread)
        self._thread.started.connect(self._run)
        self.finished.connect(self._thread.quit)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, ms: int = 30000) -> bool:
        return self._thread.wait(ms)

    def _run(self) -> None:
        # Labels from app/ are messages: translated here (QCoreApplication.translate is thread-safe).
        progress = Progress(report=lambda d, t, w: self.progressed.emit(d, t, tr_msg(w)),
                            is_cancelled=self._cancel.is_set)
        try:
            result = self._fn(progress)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread to show
            self.failed.emit(exc, traceback.format_exc())
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()
