"""How long work reports progress and learns it was cancelled, without Qt."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from app.errors import CurmapError


class Cancelled(CurmapError):
    """The user cancelled; nothing was written."""


@dataclass
class Progress:
    """Passed into long operations; the GUI wires it to a progress dialog."""

    report: Callable[[int, int, str], None] = field(default=lambda done, total, what: None)
    is_cancelled: Callable[[], bool] = field(default=lambda: False)

    def step(self, done: int, total: int, what: str = "") -> None:
        if self.is_cancelled():
            raise Cancelled("cancelled; nothing was written")
        self.report(done, total, what)


NO_PROGRESS = Progress()
