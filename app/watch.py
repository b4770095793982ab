"""Notice what other programs and people commit to the open map.

A thread waits for a commit signal (db/journal.py: SQLite's data_version,
PostgreSQL's NOTIFY), reads the journal entries written since it last
looked, drops this workspace's own, and hands the rest, merged into one
``Changes``, to ``deliver`` (the window passes them on to the GUI thread and
through the same listeners as its own changes). A commit with no entry (a
program that keeps no journal) or entries pruned before they were read mean
"everything". Nothing here runs on the caller's thread but start and stop.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from app.changes import Changes
from db import journal

log = logging.getLogger(__name__)
INTERVAL = 0.25  # seconds between two looks at SQLite's data_version (PostgreSQL is woken at once)
MIN_GAP = 0.2  # seconds between two deliveries: a burst of commits elsewhere is shown as one refresh


@dataclass(frozen=True)
class Elsewhere:
    """What arrived: the changes, and who made them (user names, as written)."""

    changes: Changes
    who: tuple[str, ...]
    entries: int


class ChangeWatcher:
    """``acknowledged``: the consumer calls ``caught_up()`` once it has shown a delivery, and
    nothing more is delivered until then (a busy window is never sent a queue of refreshes)."""

    def __init__(self, workspace, deliver: Callable[[Elsewhere], None], *, interval: float = INTERVAL,
                 acknowledged: bool = False) -> None:
        self.workspace = workspace
        self._deliver = deliver
        self._interval = interval
        self._acknowledged = acknowledged
        self._consumed = threading.Event()
        self._consumed.set()
        self._stop = threading.Event()
        self.ready = threading.Event()  # set once the thread listens (tests wait for it)
        self._thread: threading.Thread | None = None
        self.last_seq = 0
        self.checks = 0  # how many times the signal was looked at (the benchmark reports it)

    def start(self) -> None:
        """Begin watching from the journal's newest entry now: whatever commits later is delivered
        (one quick query here; connecting and listening happen on the watcher's thread)."""
        if self._thread is not None:
            return
        self._stop.clear()
        self.ready.clear()
        self.last_seq = self.workspace.read(journal.latest)
        self._thread = threading.Thread(target=self._run, name="curmap-watch", daemon=True)
        self._thread.start()

    def caught_up(self) -> None:
        """The consumer has shown the last delivery (see ``acknowledged``)."""
        self._consumed.set()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None

    # ---- the thread ---------------------------------------------------------------

    def _run(self) -> None:
        try:
            signal = journal.commit_signal(self.workspace.db.engine, self._stop)
        except Exception:  # noqa: BLE001 - a window that cannot watch still works; say so in the log
            log.exception("cannot watch %s for changes made elsewhere", self.workspace.name)
            self.ready.set()
            return
        try:
            # What others committed while this thread connected: nothing a signal would tell.
            self._collect(signalled=False)
            self.ready.set()
            pending, last = False, 0.0
            while not self._stop.is_set():
                pending = signal.wait(self._interval) or pending
                self.checks += 1
                if self._stop.is_set():
                    break
                if pending and self._consumed.is_set() and time.monotonic() - last >= MIN_GAP:
                    pending = False
                    if self._collect():
                        last = time.monotonic()
        except Exception:  # noqa: BLE001 - e.g. the server went away; the window's own reads will say so
            log.exception("stopped watching %s for changes made elsewhere", self.workspace.name)
        finally:
            self.ready.set()
            signal.close()

    def _collect(self, signalled: bool = True) -> bool:
        """Read what arrived and deliver it; True when something was delivered. A signalled
        commit without any entry means one was written by a program that keeps no journal."""
        entries, pruned = self.workspace.read(journal.since, self.last_seq)
        missed = pruned > self.last_seq
        if entries:
            self.last_seq = entries[-1].seq
        theirs = [e for e in entries if e.origin != self.workspace.origin]
        if missed or (signalled and not entries):
            changes = Changes.all()  # a commit with no entry, or entries gone before we read them
        else:
            changes = Changes()
            for e in theirs:
                changes = changes | Changes.from_json(e.changes)
        if changes.empty:
            return False
        who = tuple(dict.fromkeys(e.who for e in theirs if e.who))
        if self._acknowledged:
            self._consumed.clear()
        self._deliver(Elsewhere(changes, who, len(theirs)))
        return True
