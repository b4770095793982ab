"""A termination signal (SIGTERM, or SIGHUP when the terminal goes at logout) stops a command cleanly.

Python's default for these signals ends the process on the spot: an export
would leave its temporary files behind. Raised as ``Terminated`` instead, it
unwinds like Ctrl+C: the transaction rolls back, the workbook's temporary
files are removed, and the command says so.
"""
from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class Terminated(KeyboardInterrupt):
    """The process was asked to stop by a signal."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _raise(signum, _frame) -> None:
    raise Terminated(signum)


@contextmanager
def stop_cleanly() -> Iterator[None]:
    """Within the block, a termination signal raises Terminated (in the main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    before = {s: signal.signal(s, _raise) for s in SIGNALS}
    try:
        yield
    finally:
        for s, handler in before.items():
            signal.signal(s, handler)
