"""The live model agrees with the SQL coverage engine on every figure, after every step of random edits.

Each step is what a user can do (map, clear, mark assessed over a selection
with the one edit function; add, move, rename and delete modules and courses;
change the threshold; undo any of it). The live model follows by deltas only
(a reload only for a new threshold), and after every step it must equal both
a fresh load and the engine the CLI and the exports use.
"""
from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from app.coverage.edit import ACTIONS, ASSESS, CYCLE, SET, edit_cells
from app.coverage.engine import coverage, programme_summary
from app.coverage.live_load import load_live
from app.coverage.live_sync import apply_changes
from app.curriculum import ops
from app.curriculum.mappings import set_mappings
from app.workspace import Workspace

PID = 1
FIGURES = ("cells", "notes", "item_levels", "item_mapped", "item_covering", "item_assessed", "item_courses",
           "task_covered", "task_modules", "task_courses", "course_ids", "course_modules", "courses", "modules",
           "programme_name", "threshold", "scale")


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "map.db"
    Workspace.open(path).close()
    return path


def differences(live, fresh) -> list[str]:
    out = [name for name in FIGURES if getattr(live, name) != getattr(fresh, name)]
    out += [f"course {c}" for c in fresh.course_ids if live.course_cells(c) != fresh.course_cells(c)]
    out += [f"module tasks {m}" for m in fresh.modules if live.module_tasks(m) != fresh.module_tasks(m)]
    return out


def engine_disagreements(db, live) -> list[str]:
    """Every figure the engine reports, compared with the live model's."""
    out = []
    for sid, code, _ in live.standards:
        cov = coverage(db, live.programme_id, sid)
        for ic in cov.items:
            i = live.item_index[ic.id]
            mine = (live.item_mapped[i], live.item_max_level(i) or None, bool(live.item_assessed[i]),
                    live.item_covered(i))
            if mine != (ic.modules, ic.max_level, ic.assessed, ic.covered):
                out.append(f"{code} item {ic.code}: {mine}")
        for tc in cov.tasks:
            t = live.task_index[tc.id]
            serving = [{"course": live.courses[live.modules[m].course_id].code, "number": live.modules[m].number,
                        "title": live.modules[m].title} for m in live.modules_serving(t)]
            mine = (live.task_status(t), live.task_covered[t], len(live.task_items[t]),
                    [live.item_code[i] for i in live.missing_items(t)], serving)
            if mine != (tc.status, tc.items_covered, tc.items_total, tc.missing, tc.modules):
                out.append(f"{code} task {tc.code}: {mine[:4]}")
        duties = {live.duties[k][2]: k for k in range(len(live.duties)) if live.duties[k][1] == live.standards.index(
            (sid, code, _))}
        for dc in cov.duties:
            f = live.duty_figures(duties[dc.code])
            mine = (f.items_total, f.items_covered, f.tasks_total, f.tasks_covered, f.tasks_partial)
            if mine != (dc.items_total, dc.items_covered, dc.tasks_total, dc.tasks_covered, dc.tasks_partial):
                out.append(f"{code} duty {dc.code}: {mine}")
        std = live.standards.index((sid, code, _))
        attitudes = live.attitudes(std)
        if (len(attitudes), sum(live.item_covered(i) for i in attitudes)) != (cov.attitudes_total,
                                                                              cov.attitudes_covered):
            out.append(f"{code} attitudes")
    s, e = live.summary(), programme_summary(db, live.programme_id)
    if (s.items_total, s.items_covered, s.tasks_total, s.tasks_covered, s.tasks_partial) != (
            e.items_total, e.items_covered, e.tasks_total, e.tasks_covered, e.tasks_partial):
        out.append(f"summary {s} != {e}")
    return out


class RandomEdits(RuleBasedStateMachine):
    @initialize()
    def open_map(self) -> None:
        self.dir = tempfile.mkdtemp()
        path = Path(self.dir) / "map.db"
        shutil.copy(RandomEdits.template, path)
        self.ws = Workspace.open(path)
        self.heard = []
        self.ws.subscribe(self.heard.append)
        self.live = self.ws.read(load_live, PID)
        self.undo: list = []
        self.reloads = 0
        self.names = 0
        self.steps = 0

    def teardown(self) -> None:
        if hasattr(self, "ws"):
            self.ws.close()
            shutil.rmtree(self.dir, ignore_errors=True)

    def _do(self, op, *args, undo=None, reload_expected: bool = False, **kwargs):
        self.heard.clear()
        value = self.ws.perform(op, *args, **kwargs)
        self.steps += 1
        for changes in self.heard:
            if self.steps % 2:  # as another program's change arrives: no course named, found by fingerprint
                changes = replace(changes, courses=frozenset())
            delta = self.ws.read(apply_changes, self.live, changes)
            if delta is None:
                assert reload_expected, f"{op.__name__} asked for a reload"
                self.live = self.ws.read(load_live, PID)
                self.reloads += 1
        if undo is not None:
            self.undo.append(undo(value))
        return value

    # ---- what a user does ----

    @rule(data=st.data(), action=st.sampled_from(ACTIONS), level=st.integers(1, 3))
    def edit(self, data, action, level) -> None:
        live = self.live
        modules = live.module_order()
        if not modules:
            return
        picks = data.draw(st.lists(st.tuples(st.sampled_from(modules), st.integers(0, live.n_items - 1)),
                                   min_size=1, max_size=5))
        change = edit_cells(live, picks, action, level)
        if action in (SET, CYCLE, ASSESS) and change:
            assert all(s.level for s in change.after) or action == CYCLE
        if change:
            assert change.before == [live.state(s.module_id, live.item_index[s.item_id]) for s in change.after]
            self._do(set_mappings, change.after, undo=lambda before: (set_mappings, before))

    @rule(data=st.data())
    def add_module(self, data) -> None:
        if self.live.course_ids:
            cid = data.draw(st.sampled_from(self.live.course_ids))
            self.names += 1
            self._do(ops.add_module, cid, f"單元 {self.names}", position=data.draw(st.integers(0, 5)),
                     undo=lambda mid: (ops.delete_module, mid))

    @rule()
    def add_course(self) -> None:
        self.names += 1
        self._do(ops.add_course, PID, f"N{self.names}", f"新課程 {self.names}", position=0,
                 undo=lambda cid: (ops.delete_course, cid))

    @precondition(lambda self: self.live.modules)
    @rule(data=st.data())
    def delete_module(self, data) -> None:
        mid = data.draw(st.sampled_from(sorted(self.live.modules)))
        self._do(ops.delete_module, mid, undo=lambda snap: (ops.restore_module, snap))

    @precondition(lambda self: self.live.course_ids)
    @rule(data=st.data())
    def delete_course(self, data) -> None:
        cid = data.draw(st.sampled_from(self.live.course_ids))
        self._do(ops.delete_course, cid, undo=lambda snap: (ops.restore_course, snap))

    @precondition(lambda self: self.live.modules)
    @rule(data=st.data())
    def move_module(self, data) -> None:
        mid = data.draw(st.sampled_from(sorted(self.live.modules)))
        target = data.draw(st.sampled_from(self.live.course_ids))
        self._do(ops.move_module, mid, data.draw(st.integers(0, 4)), target,
                 undo=lambda old: (ops.move_module, mid, old[1], old[0]))

    @precondition(lambda self: self.live.course_ids)
    @rule(data=st.data())
    def move_course(self, data) -> None:
        cid = data.draw(st.sampled_from(self.live.course_ids))
        self._do(ops.move_course, cid, data.draw(st.integers(0, 5)), undo=lambda old: (ops.move_course, cid, old))

    @precondition(lambda self: self.live.course_ids)
    @rule(data=st.data())
    def rename_course(self, data) -> None:
        cid = data.draw(st.sampled_from(self.live.course_ids))
        self.names += 1
        self._do(ops.update_course, cid, name=f"改名 {self.names}", year=self.names % 4 + 1,
                 undo=lambda old: (ops.update_course, cid, old))

    @precondition(lambda self: self.live.modules)
    @rule(data=st.data())
    def edit_module(self, data) -> None:
        mid = data.draw(st.sampled_from(sorted(self.live.modules)))
        self.names += 1
        values = data.draw(st.sampled_from([{"title": f"改名單元 {self.names}"}, {"hours": float(self.names)},
                                            {"description": f"說明 {self.names}"}]))
        self._do(ops.update_module, mid, **values, undo=lambda old: (ops.update_module, mid, old))

    @rule(threshold=st.integers(1, 3))
    def change_threshold(self, threshold) -> None:
        if threshold != self.live.threshold:
            self._do(ops.update_programme, PID, threshold=threshold, reload_expected=True,
                     undo=lambda old: (ops.update_programme, PID, old))

    @precondition(lambda self: self.undo)
    @rule()
    def undo_last(self) -> None:
        op, *args = self.undo.pop()
        if isinstance(args[-1], dict) and op in (ops.update_course, ops.update_module, ops.update_programme):
            *args, values = args
            self._do(op, *args, reload_expected=op is ops.update_programme, **values)
        else:
            self._do(op, *args, reload_expected=op is ops.update_programme)

    # ---- what must hold after every step ----

    @invariant()
    def agrees(self) -> None:
        if not hasattr(self, "ws"):
            return
        assert differences(self.live, self.ws.read(load_live, PID)) == []
        assert self.ws.read(engine_disagreements, self.live) == []


def test_random_edit_sequences_keep_the_live_model_equal_to_the_engine(template):
    RandomEdits.template = template
    run = RandomEdits.TestCase
    run.settings = settings(max_examples=30, stateful_step_count=20, deadline=None,
                            suppress_health_check=[HealthCheck.too_slow])
    run("runTest").runTest()


def test_the_sample_agrees_with_the_engine(ws):
    live = ws.read(load_live, PID)
    assert ws.read(engine_disagreements, live) == []
    k10 = live.item_code.index("K10")
    assert live.item_mapped[k10] == 1 and live.item_covered(k10)
