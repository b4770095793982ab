"""After an export: "Wrote X" in the status bar, with Open and Show in folder beside it.

Not a dialog (an export is often followed by another): the notice stays until
the next one, or for a minute.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from views.i18n import fmt
from views.qt import QDesktopServices, QHBoxLayout, QLabel, QTimer, QToolButton, QUrl, QWidget


def open_file(path: str) -> bool:
    """Open ``path`` in the program the system uses for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def show_in_folder(path: str) -> bool:
    """Show ``path`` in the file manager, selected where the system can."""
    target = str(Path(path).resolve())
    try:
        if sys.platform == "win32":
            subprocess.Popen(["explorer", "/select,", target])  # noqa: S603,S607 - the system's own tool
            return True
        if sys.platform == "darwin":
            subprocess.Popen(["open", "-R", target])  # noqa: S603,S607
            return True
    except OSError:
        pass
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(target).parent)))


class ExportNotice(QWidget):
    """Lives in the status bar; hidden until a file is written."""

    SHOWN_MS = 60_000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportNotice")
        self.path = ""
        self.label = QLabel(self)
        self.open_button = QToolButton(self)
        self.open_button.setObjectName("openExported")
        self.open_button.setText(self.tr("Open"))
        self.open_button.clicked.connect(lambda: open_file(self.path))
        self.folder_button = QToolButton(self)
        self.folder_button.setObjectName("showExported")
        self.folder_button.setText(self.tr("Show in folder"))
        self.folder_button.clicked.connect(lambda: show_in_folder(self.path))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.open_button)
        layout.addWidget(self.folder_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_file(self, path: str) -> None:
        self.path = str(path)
        self.label.setText(fmt(self.tr("Wrote %1"), Path(path).name))
        self.label.setToolTip(self.path)
        self.show()
        self._timer.start(self.SHOWN_MS)
