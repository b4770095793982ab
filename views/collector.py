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

Meanwhile the GIL changes hands every 0.5 ms instead of 5: a busy worker
thread made the GUI thread wait up to 5 ms each time it came back into
Python (every event filter, slot and paint override), and those waits added
up to stalls of 100-1,200 ms while a workbook was read (10x department
scale); with 0.5 ms none passes 100 ms, and the work takes no longer.
"""
from __future__ import annotations

import gc
import sys

NEVER = 1 << 30  # a third-generation threshold that is never reached
SWITCH_S = 0.0005  # the GIL's switch interval while work runs (Python's default: 0.005)


class CollectorPause:
    """Counted: the first hold postpones full passes and shortens the switch interval; the last
    release puts both back and freezes the survivors."""

    def __init__(self) -> None:
        self._holders = 0
        self._thresholds = gc.get_threshold()
        self._switch = sys.getswitchinterval()

    def hold(self) -> None:
        if self._holders == 0:
            self._thresholds = gc.get_threshold()
            gc.set_threshold(self._thresholds[0], self._thresholds[1], NEVER)
            self._switch = sys.getswitchinterval()
            sys.setswitchinterval(min(self._switch, SWITCH_S))
        self._holders += 1

    def release(self) -> None:
        if self._holders == 0:
            return
        self._holders -= 1
        if self._holders == 0:
            gc.collect(1)  # the young garbage first: frozen cycles would never be freed
            gc.freeze()
            gc.set_threshold(*self._thresholds)
            sys.setswitchinterval(self._switch)
