"""One copy of the matrix data per open map, shared by the matrix and gaps panes.

The store follows the context: a programme switch or a structural change
reloads it; a mapping change reloads only the changed modules' columns and
tells the models exactly what moved (a ``Delta``).
"""
from __future__ import annotations

from app.changes import Changes
from app.curriculum.queries import list_programmes
from app.errors import user_errors
from app.coverage.matrix import Delta, MatrixData, load_matrix
from views.context import ViewContext
from views.i18n import message_of
from views.qt import QObject, Signal

STORE_NAME = "curmap-matrix-store"


class MatrixStore(QObject):
    reset = Signal()  # ``data`` was replaced: rebuild rows and columns
    updated = Signal(object)  # Delta: some columns and figures moved
    failed = Signal(str)

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__(ctx)
        self.setObjectName(STORE_NAME)
        self.ctx = ctx
        self.data = MatrixData()
        ctx.changed.connect(self._on_changed)
        ctx.programme_changed.connect(self._on_programme)
        if not self._pick_programme():
            self.reload()

    @classmethod
    def of(cls, ctx: ViewContext) -> MatrixStore:
        for child in ctx.children():
            if isinstance(child, cls):
                return child
        return cls(ctx)

    def _pick_programme(self) -> bool:
        """A pane opened with no programme chosen shows the first one."""
        if self.ctx.programme_id:
            return False
        progs = self.ctx.read(list_programmes)
        if not progs:
            return False
        self.ctx.set_programme(progs[0].id)  # programme_changed reloads
        return True

    def _on_programme(self, _pid: int) -> None:
        self.reload()

    def reload(self) -> None:
        pid = self.ctx.programme_id
        try:
            self.data = self.ctx.read(load_matrix, pid) if pid else MatrixData()
        except user_errors() as exc:
            self.data = MatrixData()
            self.failed.emit(message_of(exc))
        self.reset.emit()

    def _on_changed(self, changes: Changes) -> None:
        data = self.data
        if changes.programmes and not self.ctx.programme_id and self._pick_programme():
            return
        if changes.standards or changes.programmes or data.programme_id in changes.curriculum:
            self.reload()
            return
        if not changes.mappings:
            return
        mine = [m for m in changes.mappings if m in data.module_index]
        if len(mine) > max(50, len(data.module_id) // 3):
            self.reload()  # a bulk change: one pass beats thousands of column reloads
            return
        if mine:
            delta: Delta = self.ctx.read(data.reload_modules, mine)
            self.updated.emit(delta)
