"""What every pane shares: the open map, its change reports, the undo stack,
and what is selected. Panes take a ``ViewContext`` and talk to each other
only through its signals, so none needs to know another."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.changes import Changes
from app.curriculum.queries import list_programmes
from app.curriculum.mappings import MappingState, set_mappings
from app.workspace import Workspace
from views.bridge import WorkspaceBridge
from views.i18n import message_of
from views.qt import QObject, QTimer, QUndoStack, Signal
from views.undo import OpCommand, push, push_done


class ViewContext(QObject):
    programme_changed = Signal(int)  # programme id; 0 = none
    module_selected = Signal(int)  # module id; 0 = none
    item_selected = Signal(int)  # item id; 0 = none
    task_selected = Signal(int)  # task id; 0 = none
    show_task_in_matrix = Signal(int)  # task id: bring its matrix row into view
    undo_refused = Signal(str)  # an undo or redo could not be applied; the history was cleared

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

    def run(self, text: str, do: Callable[[Workspace, Any], Any],
            undo: Callable[[Workspace, Any], Any], where: tuple[int, int] | None = None) -> Any:
        """Perform an undoable change (see views/undo.py); returns ``do``'s result.

        ``where`` = (programme id, module id or 0): undo and redo bring it back
        into view, so a user never changes what they cannot see.
        """
        after = (lambda: self._bring_back(*where)) if where else None
        return push(self.undo_stack, OpCommand(text, self.workspace, do, undo,
                                               on_error=self._replay_refused, after=after))

    def record(self, text: str, result: Any, do: Callable[[Workspace, Any], Any],
               undo: Callable[[Workspace, Any], Any], where: tuple[int, int] | None = None) -> None:
        """Put a change already made (by a background job) on the undo stack, as ``run`` would have."""
        after = (lambda: self._bring_back(*where)) if where else None
        push_done(self.undo_stack, OpCommand(text, self.workspace, do, undo, on_error=self._replay_refused,
                                             after=after), result)

    def _replay_refused(self, exc: Exception) -> None:
        self.undo_refused.emit(message_of(exc))
        QTimer.singleShot(0, self.undo_stack.clear)  # not from inside the stack's own undo()

    def _bring_back(self, programme_id: int, module_id: int) -> None:
        # A redone delete leaves nothing to show.
        if programme_id and any(p.id == programme_id for p in self.read(list_programmes)):
            self.set_programme(programme_id)
        if module_id:
            self.module_selected.emit(module_id)

    def set_cells(self, states: list[MappingState], text: str) -> None:
        """The one way a view changes mappings: undoable, through app.curriculum.mappings."""
        if not states:
            return
        modules = {s.module_id for s in states}
        self.run(
            text,
            lambda ws, _: ws.perform(set_mappings, states),
            lambda ws, before: ws.perform(set_mappings, before),
            where=(self.programme_id, next(iter(modules)) if len(modules) == 1 else 0),
        )

    def detach(self) -> None:
        self.bridge.detach()
