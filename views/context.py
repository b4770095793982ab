"""What every pane shares: the open map, its change reports, the undo stack,
and what is selected. Panes take a ``ViewContext`` and talk to each other
only through its signals, so none needs to know another."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.changes import Changes
from app.commands import Command, SetCells
from app.curriculum.queries import list_programmes
from app.curriculum.mappings import MappingState
from app.workspace import Workspace
from views.bridge import WorkspaceBridge
from views.i18n import message_of
from views.qt import QObject, QUndoStack, Signal
from views.undo import UndoEntry, push, push_done


class ViewContext(QObject):
    programme_changed = Signal(int)  # programme id; 0 = none
    module_selected = Signal(int)  # module id; 0 = none
    item_selected = Signal(int)  # item id; 0 = none
    task_selected = Signal(int)  # task id; 0 = none
    show_task_in_matrix = Signal(int)  # task id: bring its matrix row into view
    undo_refused = Signal(str, bool)  # why an undo (True) or redo (False) was refused; that step was dropped

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.bridge = WorkspaceBridge(workspace, self)
        self.changed = self.bridge.changed  # Signal(Changes), on the GUI thread
        self.undo_stack = QUndoStack(self)
        self.programme_id = 0
        self._cache: dict[tuple, Any] = {}
        # Connected before any pane, so panes never see stale cached reads, and
        # when the programme shown is deleted (or its creation undone) every
        # pane hears of the new one before refreshing.
        self.changed.connect(self._before_panes)

    def _before_panes(self, changes: Changes) -> None:
        self._cache.clear()
        if changes.programmes and self.programme_id:
            ids = [p.id for p in self.read(list_programmes)]
            if self.programme_id not in ids:
                # Quietly: every pane reloads for a programmes change anyway, and
                # programme_changed would make each of them reload twice.
                self.programme_id = ids[0] if ids else 0

    def set_programme(self, programme_id: int) -> None:
        if programme_id != self.programme_id:
            self.programme_id = programme_id
            self.programme_changed.emit(programme_id)

    def read(self, query: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return self.workspace.read(query, *args, **kwargs)

    def cached(self, query: Callable[..., Any], *args: Any) -> Any:
        """``read``, remembered until the next change: panes showing the same data share one query.

        The result is shared; callers must not change it.
        """
        key = (query, args)
        if key not in self._cache:
            self._cache[key] = self.read(query, *args)
        return self._cache[key]

    def run(self, text: str, command: Command) -> Any:
        """Perform an undoable change (a command of app/commands.py); returns what its ``do`` returned.

        Undo and redo bring the place it changed back into view (its
        programme, its module), so a user never changes what they cannot see.
        """
        return push(self.undo_stack, UndoEntry(text, self.workspace, command, on_refused=self._replay_refused,
                                               after=self._bring_back))

    def record(self, text: str, command: Command, result: Any) -> None:
        """Put a change a background job already made (``command.do`` ran there) on the undo stack,
        as ``run`` would have."""
        push_done(self.undo_stack, UndoEntry(text, self.workspace, command, on_refused=self._replay_refused,
                                             after=self._bring_back), result)

    def _replay_refused(self, exc: Exception, undoing: bool) -> None:
        self.undo_refused.emit(message_of(exc), undoing)

    def _bring_back(self, command: Command) -> None:
        # A redone delete leaves nothing to show.
        pid = command.programme_id
        if pid and pid != self.programme_id and any(p.id == pid for p in self.read(list_programmes)):
            self.set_programme(pid)
        if command.module_id:
            self.module_selected.emit(command.module_id)

    def set_cells(self, states: list[MappingState], text: str, seen: list[MappingState]) -> None:
        """The one way a view changes mappings: undoable, and refused when a cell is no longer
        what the user saw (``seen``: each cell of ``states`` as shown)."""
        if states:
            self.run(text, SetCells(states, seen, self.programme_id))

    def detach(self) -> None:
        self.bridge.detach()
