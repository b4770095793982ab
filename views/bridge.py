"""Carries the workspace's change reports into Qt, on the GUI thread."""
from __future__ import annotations

from app.changes import Changes
from app.workspace import Workspace
from views.qt import QObject, Signal


class WorkspaceBridge(QObject):
    """Views connect to ``changed``; a report from a worker thread arrives queued."""

    changed = Signal(object)  # Changes

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        workspace.subscribe(self._relay)

    def _relay(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def detach(self) -> None:
        self.workspace.unsubscribe(self._relay)
