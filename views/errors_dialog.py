"""What the user sees when something goes wrong.

A user error (a refused change, a file that is not a map) gets a plain
warning. Anything else is a bug: it is logged to a file and shown with a
report the user can copy into a message to us; the window keeps running.
"""
from __future__ import annotations

import platform
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from app.errors import user_errors
from app.paths import log_dir
from app.version import __version__
from views.i18n import fmt, message_of
from views.prompts import Prompts
from views.window_layout import fit_to_screen
from views.qt import (
    PYSIDE_VERSION,
    QDialog,
    QDialogButtonBox,
    QGuiApplication,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    qVersion,
)

LOG_NAME = "curmap-errors.log"


class ErrorReportDialog(QDialog):
    def __init__(self, report: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorReport")
        self.setWindowTitle(self.tr("curmap: unexpected error"))
        fit_to_screen(self, 640, 420)
        layout = QVBoxLayout(self)
        intro = self.tr("Something went wrong inside curmap. Your map is safe: every change "
                        "already made was saved. Please send this report to whoever supports curmap.")
        if log_path is not None:
            intro += "\n" + fmt(self.tr("The report was also written to %1."), log_path)
        label = QLabel(intro, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.report = QPlainTextEdit(report, self)
        self.report.setObjectName("report")
        self.report.setReadOnly(True)
        self.report.setTabChangesFocus(True)  # Tab goes on to the buttons
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(self.report, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy report"), self)
        self.copy_button.setObjectName("copyReport")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())


def make_report(etype: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    head = (f"curmap {__version__} · Qt {qVersion()} · PySide6 {PYSIDE_VERSION} · "
            f"Python {platform.python_version()} · {platform.platform()}")
    stamp = datetime.now().isoformat(timespec="seconds")
    return f"{stamp}\n{head}\n\n" + "".join(traceback.format_exception(etype, value, tb))


class ExceptionHook:
    """Installed as sys.excepthook while the window runs; uninstall() restores the old one."""

    def __init__(self, prompts: Prompts, parent: Callable[[], QWidget | None]) -> None:
        self.prompts = prompts
        self._parent = parent
        self._previous = None
        self.dialogs: list[ErrorReportDialog] = []  # kept alive while shown

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if self._previous is not None and sys.excepthook is self:
            sys.excepthook = self._previous
        self._previous = None

    def __call__(self, etype: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(etype, KeyboardInterrupt):
            (self._previous or sys.__excepthook__)(etype, value, tb)
            return
        if isinstance(value, user_errors()):
            self.prompts.warn(self._parent(), "curmap", message_of(value))
            return
        report = make_report(etype, value, tb)
        sys.stderr.write(report)
        path = write_log(report)
        dialog = ErrorReportDialog(report, path, self._parent())
        self.dialogs = [d for d in self.dialogs if d.isVisible()] + [dialog]
        dialog.open()  # not exec(): a modal loop inside a failing slot could fail again


def write_log(report: str) -> Path | None:
    try:
        path = log_dir() / LOG_NAME
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(report + "\n" + "-" * 72 + "\n")
        return path
    except OSError:
        return None
