"""Carries the workspace's change reports into Qt, on the GUI thread: this
window's own changes, and those other programs and people commit (app/watch.py)."""
from __future__ import annotations

from app.changes import Changes
from app.watch import ChangeWatcher, Elsewhere
from app.workspace import Workspace
from views.qt import QObject, Qt, Signal


class WorkspaceBridge(QObject):
    """Views connect to ``changed``; a report from a worker thread arrives queued.

    Changes made elsewhere take the same way in (``Workspace.notify`` on the
    GUI thread, so every listener, Qt or not, hears them there), then
    ``elsewhere`` tells the window to say so.
    """

    changed = Signal(object)  # Changes
    elsewhere = Signal(object)  # Elsewhere, after its changes went through ``changed``
    _arrived = Signal(object)  # Elsewhere, emitted on the watcher's thread

    def __init__(self, workspace: Workspace, parent: QObject | None = None, *, watch: bool = True) -> None:
        super().__init__(parent)
        self.workspace = workspace
        workspace.subscribe(self._relay)
        self._arrived.connect(self._on_arrived, Qt.ConnectionType.QueuedConnection)
        self.watcher = ChangeWatcher(workspace, self._arrived.emit, acknowledged=True) if watch else None
        if self.watcher is not None:
            self.watcher.start()

    def _relay(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def _on_arrived(self, what: Elsewhere) -> None:
        if self.watcher is None:  # detached while it was on its way
            return
        try:
            self.workspace.notify(what.changes)
            self.elsewhere.emit(what)
        finally:
            self.watcher.caught_up()  # only now may the next refresh come

    def refresh(self) -> None:
        """View ▸ Refresh: every pane reads the map again."""
        self.workspace.notify(Changes.all())

    def detach(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None
        self.workspace.unsubscribe(self._relay)
