"""The coverage rule, once, for the live model, the SQL engine, the exports and the views.

- An item is **covered** when some module of the programme maps it at or
  above the programme's threshold level.
- A task is **covered** when every K and S item it links to is covered,
  **partly covered** when some are, **uncovered** when none are (or it links
  to none). Attitudes are reported apart: they belong to no task.
- A duty or a standard rolls its tasks up the same way: covered when all
  are, uncovered when none is even partly covered, else partly.
- An item is **assessed** when some module of the programme maps it with
  the "assessed" mark, at any level. The mark is what the user set and sees
  in every cell; the threshold decides coverage, not whether teaching is
  assessed ("taught but never assessed" lists mapped items with no mark).
"""
from __future__ import annotations

from collections.abc import Iterable

from models.vocabulary import COVERED, PARTIAL, UNCOVERED


def covers(level: int | None, threshold: int) -> bool:
    """Whether a mapping at ``level`` counts toward coverage."""
    return bool(level) and level >= threshold


def task_status(covered: int, total: int) -> str:
    """Covered when all its K/S items are, partly when some are, else uncovered."""
    return COVERED if total and covered == total else PARTIAL if covered else UNCOVERED


def roll_up(statuses: Iterable[str]) -> str:
    """A duty or a standard from its tasks' states (or the attitudes node from its items')."""
    seen = list(statuses)
    if seen and all(s == COVERED for s in seen):
        return COVERED
    if any(s != UNCOVERED for s in seen):
        return PARTIAL
    return UNCOVERED
