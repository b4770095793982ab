"""Long work with a progress dialog: the work runs on a Worker thread, its
result comes back to the GUI thread, and Cancel asks the work to stop."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.progress import Cancelled, Progress
from views.qt import QObject, QProgressDialog, Qt, QWidget, Signal, Slot
from views.worker import Worker


class Job(QObject):
    """One piece of work; ``done`` fires after success, failure or cancel."""

    done = Signal()

    def __init__(self, parent: QWidget, label: str, fn: Callable[[Progress], Any],
                 on_success: Callable[[Any], None], on_failure: Callable[[BaseException, str], None]) -> None:
        super().__init__(parent)
        self.worker = Worker(fn)
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("jobProgress")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)  # quick work never flashes a dialog
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self._on_success, self._on_failure = on_success, on_failure
        # Not worker.cancel directly: the worker lives on its busy thread, so a
        # signal to it would queue until the work is over. This slot runs here
        # and sets the worker's (thread-safe) flag at once.
        self.dialog.canceled.connect(self._cancel)
        # Slots of this object (which lives on the GUI thread), never lambdas: a
        # lambda would run on the worker's thread.
        self.worker.progressed.connect(self._progress)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.worker.finished.connect(self._finish)

    def start(self) -> None:
        self.worker.start()

    @Slot()
    def _cancel(self) -> None:
        self.worker.cancel()

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        self._on_success(result)

    @Slot(object, str)
    def _failed(self, exc: BaseException, tb: str) -> None:
        if not isinstance(exc, Cancelled):
            self._on_failure(exc, tb)

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, what: str) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(done)
        if what:
            self.dialog.setLabelText(what)

    @Slot()
    def _finish(self) -> None:
        self.worker.wait()
        self.dialog.canceled.disconnect(self._cancel)
        self.dialog.close()
        self.dialog.deleteLater()
        self.done.emit()
        self.deleteLater()
