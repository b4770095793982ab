"""What the matrix shows, without Qt: the live model's cells and the one edit function."""
from __future__ import annotations

import random

from app.changes import Changes
from app.coverage.edit import ASSESS, CLEAR, CYCLE, SET, edit_cells
from app.coverage.live import ASSESSED
from app.coverage.live_load import load_live
from app.coverage.live_sync import apply_changes
from app.curriculum.mappings import MappingState, module_mappings, set_mappings

FIGURES = ("cells", "notes", "item_levels", "item_mapped", "item_covering", "item_assessed", "item_courses",
           "task_covered", "task_modules", "task_courses")


def _same(a, b) -> list[str]:
    return [name for name in FIGURES if getattr(a, name) != getattr(b, name)]


def test_reloading_changed_columns_equals_a_fresh_load(ws):
    live = ws.read(load_live, 1)
    modules, rng = live.module_order(), random.Random(3)
    for _ in range(40):
        states = [MappingState(rng.choice(modules), rng.choice(live.item_id), rng.choice([None, 1, 2, 3]),
                               rng.random() < 0.5, rng.choice(["", "note"])) for _ in range(rng.randint(1, 6))]
        _, changes = ws.perform(set_mappings, states, notify=False), Changes(
            mappings=frozenset(s.module_id for s in states))
        delta = ws.read(apply_changes, live, changes)
        assert delta.modules == {s.module_id for s in states}
    assert _same(live, ws.read(load_live, 1)) == []


def test_a_threshold_above_the_lowest_level_counts_only_higher_mappings(ws):
    from app.curriculum.ops import update_programme

    ws.perform(update_programme, 1, threshold=2)
    live = ws.read(load_live, 1)
    k = live.item_code.index("K10")  # mapped only at I in the sample
    assert live.item_mapped[k] == 1 and live.item_covering[k] == 0
    assert live.label(live.threshold) == "R"


def test_one_edit_function_cycles_sets_clears_and_marks(ws):
    live = ws.read(load_live, 1)
    m = live.module_order()[1]  # MKT101·2: K07 R*, S07 R*
    k07, k01 = live.item_code.index("K07"), live.item_code.index("K01")
    assert live.label(live.cell(k07, m)) == "R*"
    # cycle follows the current (first) cell, for every cell
    change = edit_cells(live, [(m, k07), (m, k01)], CYCLE)
    assert [(s.level, s.assessed) for s in change.after] == [(3, True), (3, False)]
    assert [(s.level, s.assessed) for s in change.before] == [(2, True), (None, False)]
    # set keeps the assessed mark and the note; cells already there are left alone
    assert not edit_cells(live, [(m, k07)], SET, 2)
    assert [s.level for s in edit_cells(live, [(m, k07), (m, k01)], SET, 1).after] == [1, 1]
    assert [s.level for s in edit_cells(live, [(m, k07), (m, k01)], CLEAR).after] == [None]
    # assessed: only mapped cells count: one mapped and marked, one unmapped -> unmark the mapped one
    assert [(s.item_id, s.assessed) for s in edit_cells(live, [(m, k07), (m, k01)], ASSESS).after] == [
        (live.item_id[k07], False)]
    assert [(s.item_id, s.assessed) for s in edit_cells(live, [(m, k01), (m, k07)], ASSESS).after] == [
        (live.item_id[k07], False)]
    live.cells[m][k07] &= ~ASSESSED
    assert edit_cells(live, [(m, k07), (m, k01)], ASSESS).after[0].assessed is True


def test_full_cycle_wraps_to_none(ws):
    live = ws.read(load_live, 1)
    m, k01 = live.module_order()[0], live.item_code.index("K01")
    seen = []
    for _ in range(4):
        change = edit_cells(live, [(m, k01)], CYCLE)
        ws.perform(set_mappings, change.after, notify=False)
        ws.read(apply_changes, live, Changes(mappings=frozenset({m})))
        seen.append(live.label(live.cell(k01, m)))
    assert seen == ["I", "R", "M", ""]
    assert live.item_id[k01] not in ws.read(module_mappings, m)
