"""Changes from another program arrive merged: one that names no course keeps the whole merge vague."""
from __future__ import annotations

from dataclasses import replace

from app.changes import Changes
from app.coverage.live_load import load_live
from app.coverage.live_sync import apply_changes
from app.curriculum import ops
from app.curriculum.queries import curriculum
from tests.test_live_model import PID, differences


def test_a_vague_change_merged_with_a_named_one_still_reaches_every_course(ws):
    live = ws.read(load_live, PID)
    heard: list[Changes] = []
    ws.subscribe(heard.append)
    first, second = ws.read(curriculum, PID)[:2]
    ws.perform(ops.update_course, first.id, name="改名的課程")
    vague = replace(heard[-1], courses=frozenset())  # as written by a change that names no course
    ws.perform(ops.add_module, second.id, "新單元")
    merged = vague | heard[-1]
    assert merged.courses == frozenset()  # "somewhere in the programme", not only where the second said
    assert ws.read(apply_changes, live, merged) is not None
    assert differences(live, ws.read(load_live, PID)) == []
    assert live.courses[first.id].name == "改名的課程"
