"""No full garbage collection while long work runs, and none afterwards over what it left.

A pass of Python's cyclic collector holds the GIL for as long as it takes to
walk the objects of its generation. Long work (reading a workbook, planning
or applying an import, loading a programme) makes millions of objects, and
the full passes over them were most of the pauses the window showed during
an import (50-300 ms each, measured with a heartbeat timer). While work runs,
only the young generations are collected (cheap, and they catch most
cycles); when the last work ends, what survived it is frozen (left out of
later passes: it is the programme just loaded, long-lived) so no later pass
walks it either.
"""
from __future__ import annotations

import gc

NEVER = 1 << 30  # a third-generation threshold that is never reached


class CollectorPause:
    """Counted: the first hold postpones full passes, the last release freezes the survivors."""

    def __init__(self) -> None:
        self._holders = 0
        self._thresholds = gc.get_threshold()

    def hold(self) -> None:
        if self._holders == 0:
            self._thresholds = gc.get_threshold()
            gc.set_threshold(self._thresholds[0], self._thresholds[1], NEVER)
        self._holders += 1

    def release(self) -> None:
        if self._holders == 0:
            return
        self._holders -= 1
        if self._holders == 0:
            gc.collect(1)  # the young garbage first: frozen cycles would never be freed
            gc.freeze()
            gc.set_threshold(*self._thresholds)
