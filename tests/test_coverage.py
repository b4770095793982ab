"""Coverage of the sample programme, checked against a count by hand.

The sample (app/sample.py) maps: K06 K07 K08 K09 K10 K11 K12 K13 K14 K15 K16
and S07 S09 S10 S11 S12 S13 S14 S15 S16 S17, plus A01 A06 A10.
By the seed's duty links (DOMAIN.md): T1 nothing -> uncovered; T2 lacks K01
K03 S08 -> partly; T3, T4 complete -> covered; T5 lacks K03 K17 S18 -> partly.
"""
from __future__ import annotations

import pytest
from sqlalchemy import select

from app.coverage.engine import coverage_by_name, programme_summary
from app.curriculum.ops import update_programme
from app.curriculum.queries import find_programme
from app.curriculum.mappings import MappingState, set_mappings
from app.curriculum.sample import SAMPLE_NAME
from models import Item


def _cov(ws):
    return ws.read(coverage_by_name, SAMPLE_NAME)


def test_sample_coverage_matches_the_hand_count(ws):
    cov = _cov(ws)
    assert (cov.items_total, cov.items_covered) == (35, 21)
    assert (cov.tasks_total, cov.tasks_covered, cov.tasks_partial, cov.tasks_uncovered) == (13, 6, 5, 2)
    assert (cov.attitudes_total, cov.attitudes_covered) == (12, 3)
    status = {t.code: t.status for t in cov.tasks}
    assert status == {
        "T1.1": "uncovered", "T1.2": "uncovered", "T2.1": "partial", "T2.2": "partial",
        "T3.1": "covered", "T3.2": "covered", "T3.3": "covered",
        "T4.1": "covered", "T4.2": "covered", "T4.3": "covered",
        "T5.1": "partial", "T5.2": "partial", "T5.3": "partial",
    }
    missing = {t.code: t.missing for t in cov.tasks}
    assert missing["T1.1"] == ["K01", "K02", "K03", "K04", "K05", "S01", "S02", "S03", "S04", "S05", "S06"]
    assert missing["T2.1"] == ["K01", "K03", "S08"]
    assert missing["T5.3"] == ["K03", "K17", "S18"]
    assert missing["T3.1"] == []
    duties = {d.code: (d.items_covered, d.items_total, d.tasks_covered, d.tasks_total) for d in cov.duties}
    assert duties == {"T1": (0, 11, 0, 2), "T2": (5, 8, 0, 2), "T3": (10, 10, 3, 3),
                      "T4": (6, 6, 3, 3), "T5": (6, 9, 0, 3)}
    t41 = next(t for t in cov.tasks if t.code == "T4.1")
    assert {"course": "DAT220", "number": 1, "title": "資料庫與 SQL"} in t41.modules
    k07 = next(i for i in cov.items if i.code == "K07")
    assert (k07.modules, k07.max_level, k07.assessed) == (2, 2, True)


def test_threshold_decides_what_counts(ws):
    pid = ws.read(find_programme, SAMPLE_NAME).id
    ws.perform(update_programme, pid, threshold=2)  # R or above
    cov = _cov(ws)
    # Only at I: K08 K09 K10 K15 (S12 is also R elsewhere) -> 4 fewer items.
    assert cov.items_covered == 17
    status = {t.code: t.status for t in cov.tasks}
    assert status["T3.1"] == "partial"  # K08 K09 K10 only introduced
    assert status["T4.2"] == "partial"  # K15 only introduced
    assert cov.threshold == "R"
    summary = ws.read(programme_summary, pid)
    assert (summary.items_covered, summary.items_total) == (17, 35)


def _item(ws, code):
    return ws.read(lambda s: s.scalar(select(Item.id).where(Item.code == code)))


def test_mapping_the_missing_items_covers_the_task(ws):
    from app.curriculum.queries import curriculum

    pid = ws.read(find_programme, SAMPLE_NAME).id
    module = ws.read(curriculum, pid)[0].modules[0].id
    states = [MappingState(module, _item(ws, c), 1) for c in ("K01", "K03", "S08")]
    before, = [ws.perform(set_mappings, states)]
    status = {t.code: t.status for t in _cov(ws).tasks}
    assert status["T2.1"] == status["T2.2"] == "covered"
    assert status["T5.1"] == "partial"
    ws.perform(set_mappings, before)  # what undo does
    assert {t.code: t.status for t in _cov(ws).tasks}["T2.1"] == "partial"


def test_unknown_programme_or_standard_is_a_clear_error(ws):
    from app.errors import NotFoundError

    with pytest.raises(NotFoundError, match="no programme named 'nope'"):
        ws.read(coverage_by_name, "nope")
    with pytest.raises(NotFoundError, match="no standard XYZ"):
        ws.read(coverage_by_name, SAMPLE_NAME, "XYZ")
