"""Storing standards: replace keeps what it can, deletes are refused while used,
and a bad file writes nothing."""
from __future__ import annotations

import pytest

from app.coverage.engine import coverage_by_name
from app.errors import ConflictError, StandardFormatError
from app.curriculum.sample import SAMPLE_NAME
from app.standards.parser import parse_standard_text
from app.standards.queries import list_standards, standard_tree
from app.standards.store import delete_standard, import_standard, mappings_lost_by_replace
from tests.conftest import SEED


def _seed_variant(old: str, new: str):
    text = SEED.read_text(encoding="utf-8")
    assert old in text
    return parse_standard_text(text.replace(old, new), "variant.txt")


def test_import_again_needs_replace(ws):
    parsed = parse_standard_text(SEED.read_text(encoding="utf-8"), "seed.txt")
    with pytest.raises(ConflictError, match="already in this map"):
        ws.perform(import_standard, parsed)


def test_replace_keeps_mappings_whose_items_remain_and_reports_the_rest(ws):
    before = ws.read(coverage_by_name, SAMPLE_NAME)
    parsed = _seed_variant("K16專案管理知識", "K19專案管理知識")
    lost = ws.read(mappings_lost_by_replace, parsed)
    assert [(m.course, m.module, m.item_code) for m in lost] == [("PRJ330", "專案管理", "K16")]
    summary = ws.perform(import_standard, parsed, replace=True)
    assert summary.replaced and len(summary.lost_mappings) == 1
    after = ws.read(coverage_by_name, SAMPLE_NAME)  # the programme still targets it
    assert after.items_covered == before.items_covered - 1
    assert {t.code: t.missing for t in after.tasks}["T5.1"] == ["K03", "K17", "K19", "S18"]
    tree = ws.read(standard_tree, "KRM2431-001v2")
    assert "K19" in [i.code for i in tree.knowledge] and "K16" not in [i.code for i in tree.knowledge]


def test_deleting_a_used_standard_is_refused_with_the_count(ws):
    with pytest.raises(ConflictError, match=r"29 mappings use its items"):
        ws.perform(delete_standard, "KRM2431-001v2")
    assert [s.code for s in ws.read(list_standards)] == ["KRM2431-001v2"]


def test_an_unused_standard_can_be_deleted(empty_ws):
    parsed = parse_standard_text(SEED.read_text(encoding="utf-8"), "seed.txt")
    empty_ws.perform(import_standard, parsed)
    empty_ws.perform(delete_standard, "KRM2431-001v2")
    assert empty_ws.read(list_standards) == []


def test_a_broken_standard_writes_nothing(ws):
    with pytest.raises(StandardFormatError):
        _seed_variant("\t3\tK01", "\t9\tK01")
    assert [s.code for s in ws.read(list_standards)] == ["KRM2431-001v2"]


def test_inconsistent_parsed_data_is_refused_before_writing(empty_ws):
    from app.errors import CurmapError

    parsed = parse_standard_text(SEED.read_text(encoding="utf-8"), "seed.txt")
    parsed.duties[0].tasks[0].knowledge.append("K99")
    with pytest.raises(CurmapError, match="links to K99"):
        empty_ws.perform(import_standard, parsed)
    assert empty_ws.read(list_standards) == []
