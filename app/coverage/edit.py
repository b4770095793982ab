"""The one edit function: what a keypress over a selection of cells writes.

Both editors (the matrix and the mapping editor) turn a key into an action
and call ``edit_cells`` with the cells selected, the current one first:

- ``set`` (I, R, M): every cell to that level, keeping its assessed mark and note;
- ``cycle`` (Space): every cell to the level after the current cell's
  (none -> lowest -> … -> highest -> none);
- ``clear`` (Delete): every mapped cell unmapped;
- ``assessed`` (A or *): the mapped cells only: all marked, unless all
  already are, then all unmarked. Unmapped cells are left alone.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.coverage.live import ASSESSED, LEVEL, LiveModel
from app.curriculum.mappings import MappingState

CYCLE, CLEAR, SET, ASSESS = "cycle", "clear", "set", "assessed"
ACTIONS = (CYCLE, CLEAR, SET, ASSESS)


@dataclass(frozen=True)
class CellEdit:
    """What to write (``after``) and what the user saw in those cells (``before``), pairwise."""

    after: list[MappingState]
    before: list[MappingState]

    def __bool__(self) -> bool:
        return bool(self.after)

    @property
    def modules(self) -> set[int]:
        return {s.module_id for s in self.after}


def edit_cells(live: LiveModel, cells: list[tuple[int, int]], action: str, level: int = 0) -> CellEdit:
    """``cells``: (module id, item index) pairs, the current cell first; duplicates count once."""
    if action not in ACTIONS:
        raise ValueError(f"unknown edit {action!r}")
    cells = list(dict.fromkeys(cells))
    if not cells:
        return CellEdit([], [])
    if action == CYCLE:
        m, i = cells[0]
        nxt = (live.cell(i, m) & LEVEL) + 1
        action, level = (SET, nxt) if nxt <= len(live.scale) else (CLEAR, 0)
    after, before = [], []

    def put(m: int, i: int, new: MappingState) -> None:
        before.append(live.state(m, i))
        after.append(new)

    if action == ASSESS:
        mapped = [(m, i) for m, i in cells if live.cell(i, m) & LEVEL]
        mark = not all(live.cell(i, m) & ASSESSED for m, i in mapped)
        for m, i in mapped:
            v = live.cell(i, m)
            if bool(v & ASSESSED) != mark:
                put(m, i, MappingState(m, live.item_id[i], v & LEVEL, mark, live.note(i, m)))
        return CellEdit(after, before)
    for m, i in cells:
        v = live.cell(i, m)
        if action == CLEAR and v:
            put(m, i, MappingState(m, live.item_id[i], None))
        elif action == SET and (v & LEVEL) != level:
            put(m, i, MappingState(m, live.item_id[i], level, bool(v & ASSESSED), live.note(i, m)))
    return CellEdit(after, before)
