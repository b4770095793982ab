"""Undo commands over application operations.

Each command runs an app/ operation through ``Workspace.perform`` and keeps
what that operation returned (old values, a snapshot) so that undo can run
the inverse operation. Nothing here touches the database directly.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.errors import user_errors
from app.workspace import Workspace
from views.qt import QUndoCommand, QUndoStack


class OpCommand(QUndoCommand):
    """``redo`` runs ``do(ws, last_undo_result)``; ``undo`` runs ``undo(ws, last_do_result)``.

    The first ``do`` gets ``None``. Push with ``push()`` so that a change the
    application layer refuses raises before anything reaches the stack.
    """

    def __init__(self, text: str, workspace: Workspace,
                 do: Callable[[Workspace, Any], Any], undo: Callable[[Workspace, Any], Any], *,
                 on_error: Callable[[Exception], None] | None = None,
                 after: Callable[[], None] | None = None) -> None:
        super().__init__(text)
        self.workspace = workspace
        self._do, self._undo = do, undo
        self._on_error, self._after = on_error, after
        self._undo_result: Any = None
        self._already_done = False
        self.result: Any = None

    def run_first(self) -> Any:
        self.result = self._do(self.workspace, None)
        self._already_done = True
        return self.result

    def redo(self) -> None:
        if self._already_done:  # QUndoStack.push() calls redo(); push() already ran it
            self._already_done = False
            return
        self._replay(lambda: setattr(self, "result", self._do(self.workspace, self._undo_result)))

    def undo(self) -> None:
        self._replay(lambda: setattr(self, "_undo_result", self._undo(self.workspace, self.result)))

    def _replay(self, step: Callable[[], None]) -> None:
        # QUndoStack moves its index whatever happens here; a refused step (the
        # map changed under us, another program holds the lock) must not let
        # later undos and redos act on a history that no longer matches the map.
        try:
            step()
        except user_errors() as exc:
            if self._on_error is None:
                raise
            self._on_error(exc)
            return
        if self._after is not None:
            self._after()


def push_done(stack: QUndoStack, command: OpCommand, result: Any) -> None:
    """Put a command whose first ``do`` already ran (off the GUI thread) on the stack, with its result."""
    command.result = result
    command._already_done = True
    stack.push(command)


def push(stack: QUndoStack, command: OpCommand) -> Any:
    """Run ``command`` once, then put it on the stack; returns what ``do`` returned."""
    command.run_first()
    stack.push(command)
    return command.result
