"""How long work reports progress and learns it was cancelled, without Qt."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from app.errors import QT_TR_NOOP, CurmapError, Msg


class Cancelled(CurmapError):
    """The user cancelled; nothing was written."""


@dataclass
class Progress:
    """Passed into long operations; the GUI wires it to a progress dialog."""

    # ``what`` is a Msg (the window translates it) or a text already in the user's language.
    report: Callable[[int, int, str | Msg], None] = field(default=lambda done, total, what: None)
    is_cancelled: Callable[[], bool] = field(default=lambda: False)

    def step(self, done: int, total: int, what: str | Msg = "") -> None:
        if self.is_cancelled():
            raise Cancelled(QT_TR_NOOP("cancelled; nothing was written"))
        self.report(done, total, what)


NO_PROGRESS = Progress()
