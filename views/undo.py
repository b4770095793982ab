"""The undo stack's entries: each wraps one Qt-free command of app/commands.py.

``push`` runs the command once (a refused change raises before anything
reaches the stack). Undo and redo run it again; when the map no longer
allows a step (someone changed it since), the command says what changed,
writes nothing, and is dropped from the stack: the other commands stay,
and each of them is checked again when it runs.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.commands import Command
from app.errors import user_errors
from app.workspace import Workspace
from views.qt import QUndoCommand, QUndoStack


class UndoEntry(QUndoCommand):
    def __init__(self, text: str, workspace: Workspace, command: Command, *,
                 on_refused: Callable[[Exception, bool], None] | None = None,
                 after: Callable[[Command], None] | None = None) -> None:
        super().__init__(text)
        self.workspace, self.command = workspace, command
        self._on_refused, self._after = on_refused, after
        self._already_done = False
        self.result: Any = None

    def run_first(self) -> Any:
        self.result = self.command.do(self.workspace)
        self._already_done = True
        return self.result

    def redo(self) -> None:
        if self._already_done:  # QUndoStack.push() calls redo(); push() already ran it
            self._already_done = False
            return
        self._replay(self.command.do, undoing=False)

    def undo(self) -> None:
        self._replay(self.command.undo, undoing=True)

    def _replay(self, step: Callable[[Workspace], Any], undoing: bool) -> None:
        try:
            step(self.workspace)
        except user_errors() as exc:
            # QUndoStack drops an obsolete command right after this returns and
            # keeps the others where they are.
            self.setObsolete(True)
            if self._on_refused is None:
                raise
            self._on_refused(exc, undoing)
            return
        if self._after is not None:
            self._after(self.command)


def push(stack: QUndoStack, entry: UndoEntry) -> Any:
    """Run ``entry`` once, then put it on the stack; returns what its command's ``do`` returned."""
    entry.run_first()
    stack.push(entry)
    return entry.result


def push_done(stack: QUndoStack, entry: UndoEntry, result: Any) -> None:
    """Put an entry whose command's first ``do`` already ran (off the GUI thread) on the stack."""
    entry.result = result
    entry._already_done = True
    stack.push(entry)
