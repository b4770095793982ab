"""The matrix's data (no Qt): same figures as the coverage engine, kept exact by deltas."""
from __future__ import annotations

import random

from app.coverage.engine import coverage
from app.curriculum.mappings import MappingState, module_mappings, set_mappings
from app.coverage.matrix import ASSESSED, edit_states, load_matrix

FIGURES = ("cells", "course_cells", "task_cells", "course_task_cells", "item_modules", "item_mapped",
           "item_assessed", "item_courses", "module_items", "module_mapped", "module_tasks",
           "course_items", "course_mapped", "course_tasks", "task_covered", "task_modules",
           "task_courses", "notes")


def _same(a, b) -> list[str]:
    return [name for name in FIGURES if getattr(a, name) != getattr(b, name)]


def test_statuses_match_the_coverage_engine(ws):
    d = ws.read(load_matrix, 1)
    cov = ws.read(coverage, 1, d.standards[0][0])
    assert [(t.code, t.status, t.items_covered, t.missing) for t in cov.tasks] == [
        (d.task_code[t], d.task_status(t), d.task_covered[t], [d.item_code[i] for i in d.missing_items(t)])
        for t in range(d.n_tasks)]
    by_code = {i.code: i for i in cov.items}
    for i in range(d.n_items):
        assert bool(d.item_modules[i]) == by_code[d.item_code[i]].covered
        assert d.item_mapped[i] == by_code[d.item_code[i]].modules


def test_reloading_changed_columns_equals_a_fresh_load(ws):
    d = ws.read(load_matrix, 1)
    rng = random.Random(3)
    for _ in range(40):
        states = [MappingState(rng.choice(d.module_id), rng.choice(d.item_id), rng.choice([None, 1, 2, 3]),
                               rng.random() < 0.5, rng.choice(["", "note"])) for _ in range(rng.randint(1, 6))]
        ws.perform(set_mappings, states)
        delta = ws.read(d.reload_modules, {s.module_id for s in states})
        assert delta.modules == {d.module_index[s.module_id] for s in states}
    assert _same(d, ws.read(load_matrix, 1)) == []


def test_a_threshold_above_the_lowest_level_counts_only_higher_mappings(ws):
    from app.curriculum.ops import update_programme

    ws.perform(update_programme, 1, threshold=2)
    d = ws.read(load_matrix, 1)
    k = d.item_code.index("K10")  # mapped only at I in the sample
    assert d.item_mapped[k] == 1 and d.item_modules[k] == 0
    assert d.label(d.threshold) == "R"
    cov = ws.read(coverage, 1, d.standards[0][0])
    assert [t.status for t in cov.tasks] == [d.task_status(t) for t in range(d.n_tasks)]


def test_edit_states_cycle_set_clear_and_assessed(ws):
    d = ws.read(load_matrix, 1)
    m = d.module_index[d.module_id[1]]  # MKT101·2: K07 R*, S07 R*
    k07, k01 = d.item_code.index("K07"), d.item_code.index("K01")
    assert d.label(d.cell(k07, m)) == "R*"
    # cycle follows the current (first) cell, for every cell
    states = edit_states(d, [(m, k07), (m, k01)], "cycle")
    assert [(s.level, s.assessed) for s in states] == [(3, True), (3, False)]
    # set keeps the assessed mark and the note; cells already there are left alone
    assert edit_states(d, [(m, k07)], "set", 2) == []
    assert [s.level for s in edit_states(d, [(m, k07), (m, k01)], "set", 1)] == [1, 1]
    assert [s.level for s in edit_states(d, [(m, k07), (m, k01)], "clear")] == [None]
    # assessed: marks every mapped cell unless all are marked; unmapped cells are skipped
    assert edit_states(d, [(m, k07), (m, k01)], "assessed")[0].assessed is False
    d.cells[m * d.n_items + k07] &= ~ASSESSED
    assert edit_states(d, [(m, k07)], "assessed")[0].assessed is True


def test_full_cycle_wraps_to_none(ws):
    d = ws.read(load_matrix, 1)
    m, k01 = 0, d.item_code.index("K01")
    seen = []
    for _ in range(4):
        states = edit_states(d, [(m, k01)], "cycle")
        ws.perform(set_mappings, states)
        ws.read(d.reload_modules, [d.module_id[m]])
        seen.append(d.label(d.cell(k01, m)))
    assert seen == ["I", "R", "M", ""]
    assert d.item_id[k01] not in ws.read(module_mappings, d.module_id[m])
