"""The open programme's live model, one per window, shared by every pane.

It follows the context: a change report (``ctx.changed``: local edits, undo,
other programs) is applied as a delta and announced with ``updated(Delta)``
so each pane repaints what moved; only a change the model cannot apply, a
programme switch or opening the map loads it again. A small programme loads
at once; a big one loads a few milliseconds per turn of the event loop (the
window keeps painting and answering), showing the old figures meanwhile,
or an empty "loading" model when the programme itself changed.
"""
from __future__ import annotations

import time

from app.changes import Changes
from app.coverage.live import LiveModel
from app.coverage.live_load import load_live, load_steps, programme_size
from app.coverage.live_sync import apply_changes, needs_reload
from app.curriculum.queries import list_programmes, programme_info
from app.errors import user_errors
from views.collector import CollectorPause
from views.context import ViewContext
from views.i18n import message_of
from views.qt import QObject, QTimer, Signal

SYNC_LIMIT = 400  # modules: a programme this small loads at once, in a few milliseconds
SLICE_S = 0.012  # loading work per turn of the event loop
# After a load, each pane takes the new model in its own turn of the event loop
# (in this order), so no single turn pays for rebuilding every pane.
STAGES = ("curriculum", "mapping", "standard", "matrix-items", "matrix-tasks", "gaps")


class LiveStore(QObject):
    reset = Signal()  # ``live`` was replaced: light listeners refresh at once
    staged = Signal(str)  # then each pane rebuilds on its stage's turn (see STAGES)
    updated = Signal(object)  # a Delta: repaint what moved
    loading_changed = Signal(bool)
    failed = Signal(str)

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.live = LiveModel()
        self.loading = False
        self.collector = CollectorPause()  # off while a big load (or a background job) runs
        self._steps = None
        self._result = None
        self._target = 0
        self._keeping = False  # loading the programme already shown: its figures stay up meanwhile
        self._pending: list[Changes] = []
        self._stage = len(STAGES)  # the next stage to announce; all done
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)
        self._stager = QTimer(self)
        self._stager.setSingleShot(True)
        self._stager.setInterval(0)
        self._stager.timeout.connect(self._next_stage)
        ctx.changed.connect(self._on_changed)
        ctx.programme_changed.connect(lambda _pid: self.load())
        if not self._pick_programme():
            self.load()

    @classmethod
    def of(cls, ctx: ViewContext) -> LiveStore:
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
        self.ctx.set_programme(progs[0].id)  # programme_changed loads it
        return True

    # ---- loading ---------------------------------------------------------------------

    def load(self, keep: bool = False) -> None:
        """(Re)load the context's programme; ``keep`` shows the current figures until it is done."""
        pid = self.ctx.programme_id
        while self._stage < len(STAGES):  # panes still taking the last model: all of them first
            self.staged.emit(STAGES[self._stage])
            self._stage += 1
        self._stop()
        if not pid:
            self._swap(LiveModel())
            return
        try:
            small = self.ctx.read(programme_size, pid) <= SYNC_LIMIT
            if small:
                self._swap(self.ctx.read(load_live, pid))
                return
            name = self.ctx.read(programme_info, pid).name
        except user_errors() as exc:
            self._fail(exc)
            return
        self._target, self._keeping = pid, keep and self.live.programme_id == pid
        if not self._keeping:
            self._swap(LiveModel(pid, name))
        self._steps, self._result = load_steps(pid), None
        self._set_loading(True)
        self._timer.start()

    def _step(self) -> None:
        deadline = time.perf_counter() + SLICE_S
        try:
            while time.perf_counter() < deadline:
                request = self._steps.send(self._result)
                self._result = self.ctx.read(*request) if request[0] is not None else None
        except StopIteration as done:
            self._finish(done.value)
            return
        except user_errors() as exc:
            self._stop()
            self._fail(exc)
            return
        self._timer.start()

    def _finish(self, live: LiveModel) -> None:
        self._steps = None
        self._swap(live, staggered=True)  # still loading until every pane has taken it

    def _done(self) -> None:
        pending, self._pending = self._pending, []
        self._set_loading(False)
        for changes in pending:  # what happened while it loaded (applying twice is harmless)
            self._on_changed(changes)

    def _stop(self) -> None:
        self._timer.stop()
        self._stager.stop()
        self._stage = len(STAGES)
        self._steps, self._result, self._pending = None, None, []
        self._set_loading(False)

    def _set_loading(self, on: bool) -> None:
        if on != self.loading:
            self.loading = on
            (self.collector.hold if on else self.collector.release)()
            self.loading_changed.emit(on)

    def _swap(self, live: LiveModel, staggered: bool = False) -> None:
        self.live = live
        self.reset.emit()
        self._stage = 0
        if staggered:
            self._next_stage()
            return
        for name in STAGES:
            self.staged.emit(name)
        self._stage = len(STAGES)

    def _next_stage(self) -> None:
        self.staged.emit(STAGES[self._stage])
        self._stage += 1
        if self._stage < len(STAGES):
            self._stager.start()
        else:
            self._done()

    def _fail(self, exc: Exception) -> None:
        self._swap(LiveModel())
        self.failed.emit(message_of(exc))

    # ---- following changes -----------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if changes.programmes and not self.ctx.programme_id and self._pick_programme():
            return
        pid = self.ctx.programme_id
        if self.loading:
            if pid != self._target or needs_reload(self.live, changes):
                self.load(keep=pid == self._target)  # begun again after it: nothing half-read
                return
            self._pending.append(changes)
            if not (self._keeping and self._steps is not None):
                return  # (while the panes take the new model, nothing may move under them)
        elif pid != self.live.programme_id:
            self.load()
            return
        try:
            delta = self.ctx.read(apply_changes, self.live, changes)
        except user_errors() as exc:
            self.failed.emit(message_of(exc))
            delta = None
        if delta is None:
            if not self.loading:
                self.load(keep=True)
        elif not delta.empty:
            self.updated.emit(delta)
