"""Comparing two versions of a standard: every match checked by hand against v2 → v3."""
from __future__ import annotations

import pytest

from app.errors import CurmapError, NotFoundError
from app.standards.compare import base_code, compare_standards
from app.standards.similarity import Candidate, bigrams, dice, match, normalise, similarity
from tests.versions_data import V2, V3, import_v3


@pytest.fixture
def cmp(ws):
    import_v3(ws)
    return ws.read(compare_standards, V2, V3)


def _row(d):
    return (d.old.code if d.old else None, d.new.code if d.new else None, d.status)


def _by(cmp, kind):
    return {_row(d)[:2]: d for d in cmp.all() if d.kind == kind}


# ---- the measure ---------------------------------------------------------------

def test_titles_compare_by_character_bigrams_ignoring_width_case_and_punctuation():
    assert normalise("電腦文書處理能力 (如 Office 系列)") == normalise("電腦文書處理能力（如ＯＦＦＩＣＥ系列）")
    assert bigrams("消費者行為") == {"消費", "費者", "者行", "行為"}
    assert bigrams("彈") == {"彈"} and bigrams(" ") == frozenset()
    # 消費者行為常識 / 消費者行為知識: 4 of 6 + 6 bigrams shared.
    assert similarity("消費者行為常識", "消費者行為知識") == pytest.approx(8 / 12)
    assert similarity("報告撰寫知識", "產業法規知識") == pytest.approx(2 / 10)  # only 知識 in common
    assert similarity("A", "a") == 1.0 and similarity("", "x") == 0.0
    assert dice(frozenset(), frozenset()) == 0.0


def test_matching_is_one_to_one_best_first_and_prefers_the_same_code():
    old = [Candidate("K01", bigrams("行銷溝通知識")), Candidate("K02", bigrams("行銷溝通知識與實務"))]
    new = [Candidate("K01", bigrams("行銷溝通知識"))]
    pairs, closest_old, _ = match(old, new)
    # Both qualify for the one new item; only the exact title gets it.
    assert [(p.old, p.new, p.score, p.same_code) for p in pairs] == [(0, 0, 1.0, True)]
    assert closest_old[1] == (0, pytest.approx(2 * 5 / (5 + 8)))  # K02 came nearest to the taken K01

    # Equally alike (4 of 5 bigrams), the one that keeps its code wins.
    old = [Candidate("S01", bigrams("專案管理技巧")), Candidate("S02", bigrams("專案管理技術"))]
    new = [Candidate("S02", bigrams("專案管理技能"))]
    pairs, _, _ = match(old, new)
    assert [(p.old, p.new, p.score) for p in pairs] == [(1, 0, 0.8)]
    # But a title more alike beats a kept code: 1.0 against 0.8 + the bonus.
    old = [Candidate("S01", bigrams("專案管理技能")), Candidate("S02", bigrams("專案管理技巧"))]
    pairs, _, _ = match(old, new)
    assert [(p.old, p.new) for p in pairs] == [(0, 0)]


def test_a_freed_code_taken_by_another_item_is_no_match():
    old = [Candidate("A12", bigrams("樂於嘗試"))]
    new = [Candidate("A12", bigrams("數位素養"))]
    assert match(old, new)[0] == []


def test_only_entries_of_the_same_group_match():
    old = [Candidate("K14", bigrams("數據分析知識"), "K")]
    new = [Candidate("S15", bigrams("數據分析知識"), "S")]
    assert match(old, new)[0] == []


# ---- v2 → v3, by hand ----------------------------------------------------------------

def test_counts_per_kind(cmp):
    assert cmp.counts() == {
        "duty": {"unchanged": 1, "changed": 3, "removed": 1, "added": 1},
        "task": {"unchanged": 0, "changed": 12, "removed": 1, "added": 2},
        "K": {"unchanged": 0, "changed": 15, "removed": 2, "added": 2},
        "S": {"unchanged": 1, "changed": 16, "removed": 1, "added": 1},
        "A": {"unchanged": 10, "changed": 1, "removed": 1, "added": 1},
    }


def test_duties_renumbered_merged_and_added(cmp):
    d = _by(cmp, "duty")
    assert list(d) == [("T1", "T1"), ("T2", "T2"), ("T3", "T3"), ("T4", None), ("T5", "T4"), (None, "T5")]
    assert d["T1", "T1"].changes == ("links",) and d["T1", "T1"].gained == ("T1.2",)
    t2 = d["T2", "T2"]  # 目標客群分析 → 目標客群與數據分析
    assert t2.changes == ("title", "links") and t2.score == pytest.approx(8 / 13)
    assert (t2.before, t2.after, t2.gained) == (("T2.1", "T2.2"), ("T2.1", "T2.2", "T2.3", "T2.4"), ("T2.3", "T2.4"))
    assert d["T3", "T3"].status == "unchanged"
    t4 = d["T4", None]  # merged into T2: its tasks went there
    assert (t4.status, t4.note, t4.related) == ("removed", "tasks_moved", ("T2",))
    assert str(t4.describe()) == "its tasks moved to T2; closest: T2 目標客群與數據分析 (13% alike)"
    t5 = d["T5", "T4"]
    assert (t5.changes, t5.score, t5.by_code) == (("code",), 1.0, False)
    assert str(t5.describe()) == "renumbered T5 → T4"
    assert d[None, "T5"].status == "added" and d[None, "T5"].new.title == "社群媒體經營"


def test_tasks_split_moved_renumbered_and_removed(cmp):
    t = _by(cmp, "task")
    assert list(t) == [("T1.1", "T1.1"), (None, "T1.2"), ("T1.2", "T1.3"), ("T2.1", "T2.1"), ("T2.2", "T2.2"),
                       ("T4.1", "T2.3"), ("T4.3", "T2.4"), ("T3.1", "T3.1"), ("T3.2", "T3.2"), ("T3.3", "T3.3"),
                       ("T4.2", None), ("T5.1", "T4.1"), ("T5.2", "T4.2"), ("T5.3", "T4.3"), (None, "T5.1")]
    split = t[None, "T1.2"]  # 分析產業動態資訊, like 蒐集產業動態資訊 (matched to T1.1)
    assert (split.note, split.related, split.score) == ("split", ("T1.1",), pytest.approx(10 / 14))
    assert str(split.describe()) == "split from T1.1 蒐集產業動態資訊 (71% alike)"
    assert t["T1.1", "T1.1"].changes == ("links",) and t["T1.1", "T1.1"].lost == ("K05",)
    assert t["T1.2", "T1.3"].changes == ("code", "links")
    moved = t["T4.1", "T2.3"]
    assert moved.changes == ("code", "duty", "links")
    assert (moved.old.duty, moved.new.duty) == ("T4", "T2")
    assert moved.gained == ("K01", "K03", "K05", "S07", "S08", "S09", "S10") and moved.lost == ()
    assert str(moved.describe()) == ("renumbered T4.1 → T2.3; moved from duty T4 to T2; "
                                     "now also needs K01 K03 K05 S07 S08 S09 S10")
    assert t["T3.2", "T3.2"].changes == ("level", "links")
    assert (t["T3.2", "T3.2"].old.level, t["T3.2", "T3.2"].new.level) == (4, 5)
    assert t["T3.1", "T3.1"].lost == ("K08", "S12")  # removed items
    assert t["T4.2", None].status == "removed" and t["T4.2", None].closest is None  # nothing alike at all
    for old, new in (("T5.1", "T4.1"), ("T5.2", "T4.2"), ("T5.3", "T4.3")):
        # Their K/S were renumbered too (K16 → K14…), but they are the same items: no link change.
        assert t[old, new].changes == ("code",)
    assert t[None, "T5.1"].after == ("K16", "K17", "S06", "S18")


# (old, new, status, score as a fraction of bigrams, changes) for every K and S item but the
# unchanged one (S11), worked out by hand.
ITEMS = [
    ("K01", "K01", "changed", 1, ("links",)),
    ("K02", "K02", "changed", 1, ("links",)),
    ("K03", "K03", "changed", 1, ("links",)),
    ("K04", "K04", "changed", 10 / 12, ("title", "links")),  # 產業法規知識 → 零售產業法規知識
    ("K05", None, "removed", 2 / 15, ()),  # 創新應用理解概念: nearest K17 生成式AI應用知識
    ("K06", "K05", "changed", 1, ("code", "links")),
    ("K07", "K06", "changed", 8 / 12, ("code", "title", "links")),  # 常識 → 知識
    ("K08", None, "removed", 6 / 20, ()),  # 電子商務相關法律常識: K07 took its place, 30% alike
    ("K09", "K07", "changed", 10 / 19, ("code", "title")),  # 消費者保護法律常識 → 電子商務與消費者保護法規
    ("K10", "K08", "changed", 10 / 12, ("code", "title")),  # 行銷廣告知識 → 數位行銷廣告知識
    ("K11", "K09", "changed", 1, ("code",)),
    ("K12", "K10", "changed", 1, ("code",)),
    ("K13", "K11", "changed", 1, ("code", "links")),
    ("K14", "K12", "changed", 1, ("code", "links")),
    ("K15", "K13", "changed", 10 / 17, ("code", "title", "links")),  # 資料安全與個資法 → …個人資料保護法
    ("K16", "K14", "changed", 1, ("code",)),
    ("K17", "K15", "changed", 1, ("code",)),
    (None, "K16", "added", 2 / 10, ()),  # 社群媒體經營知識: nearest K17 產業知識
    (None, "K17", "added", 2 / 11, ()),  # 生成式AI應用知識: nearest K17 產業知識
    ("S01", "S01", "changed", 1, ("links",)),
    ("S02", "S02", "changed", 1, ("links",)),
    ("S03", "S03", "changed", 1, ("links",)),
    ("S04", "S04", "changed", 1, ("links",)),
    ("S05", "S05", "changed", 1, ("links",)),
    ("S06", "S06", "changed", 12 / 15, ("title", "links")),  # 新媒體操作技能 → 社群與新媒體操作技能
    ("S07", "S07", "changed", 1, ("links",)),
    ("S08", "S08", "changed", 1, ("links",)),
    ("S09", "S09", "changed", 1, ("links",)),
    ("S10", "S10", "changed", 1, ("links",)),
    ("S12", None, "removed", 6 / 16, ()),  # 網路廣告使用技能: new S12 is 網路行銷廣告投放技能, 38%
    ("S13", "S12", "changed", 1, ("code",)),
    ("S14", "S13", "changed", 1, ("code", "links")),
    ("S15", "S14", "changed", 1, ("code", "links")),
    ("S16", "S15", "changed", 1, ("code",)),
    ("S17", "S16", "changed", 1, ("code",)),
    ("S18", "S17", "changed", 1, ("code",)),
    (None, "S18", "added", 6 / 16, ()),
]


def test_every_k_and_s_item(cmp):
    shown = [(*_row(d), d.score, d.changes) for d in cmp.items if d.kind in "KS" and d.status != "unchanged"]
    assert [r[:3] for r in shown] == [r[:3] for r in ITEMS]
    for got, want in zip(shown, ITEMS):
        assert got[3] == pytest.approx(want[3]), got
        assert got[4] == want[4], got
    assert [_row(d) for d in cmp.items if d.status == "unchanged" and d.kind in "KS"] == [("S11", "S11", "unchanged")]


def test_items_show_their_tasks_before_and_after(cmp):
    k07 = _by(cmp, "K")["K07", "K06"]
    assert k07.before == ("T2.1", "T2.2", "T3.1", "T3.2", "T3.3", "T4.1", "T4.2", "T4.3")
    assert k07.after == ("T2.1", "T2.2", "T2.3", "T2.4", "T3.1", "T3.2", "T3.3")
    assert k07.lost == ("T4.2",) and k07.gained == ()  # T4.1 and T4.3 live on as T2.3 and T2.4
    assert str(k07.describe()) == "renumbered K07 → K06; reworded (67% alike); no longer supports T4.2"
    k08 = _by(cmp, "K")["K08", None]
    assert str(k08.describe()) == "closest: K07 電子商務與消費者保護法規 (30% alike)"


def test_attitudes(cmp):
    a = _by(cmp, "A")
    assert a["A08", "A08"].changes == ("title",) and a["A08", "A08"].score == pytest.approx(10 / 13)
    assert a["A08", "A08"].by_code
    # A12 樂於嘗試 went; its code came back as 數位素養, which is no match.
    assert a["A12", None].status == "removed" and a[None, "A12"].status == "added"
    assert sum(d.status == "unchanged" for d in a.values()) == 10


def test_a_higher_threshold_leaves_the_weaker_renumbered_matches_out(ws):
    import_v3(ws)
    strict = ws.read(compare_standards, V2, V3, 0.6)
    k = _by(strict, "K")
    assert ("K09", None) in k and ("K15", None) in k  # 53% and 59% alike
    assert ("K07", "K06") in k  # 67%
    assert ("K04", "K04") in k  # the same code keeps 83%


def test_json_shape(cmp):
    data = cmp.to_json()
    assert data["old"]["code"] == V2 and data["new"]["code"] == V3 and data["threshold"] == 0.5
    k09 = next(d for d in data["items"] if d["old"] and d["old"]["code"] == "K09")
    assert k09 == {
        "kind": "K", "status": "changed", "old": {"code": "K09", "title": "消費者保護法律常識"},
        "new": {"code": "K07", "title": "電子商務與消費者保護法規"}, "score": 0.53, "matched_by": "title",
        "changes": ["code", "title"], "before": ["T3.1", "T3.2", "T3.3"], "after": ["T3.1", "T3.2", "T3.3"],
        "gained": [], "lost": [], "closest": None, "note": None, "related": [],
        "description": "renumbered K09 → K07; reworded (53% alike)"}
    t23 = next(d for d in data["tasks"] if d["new"] and d["new"]["code"] == "T2.3")
    assert t23["old"] == {"code": "T4.1", "title": "定義商業問題", "level": 4, "duty": "T4"}


def test_same_or_unknown_standards_are_refused(ws):
    with pytest.raises(CurmapError, match="two different standards"):
        ws.read(compare_standards, V2, V2)
    with pytest.raises(NotFoundError, match="no standard KRM2431-001v9"):
        ws.read(compare_standards, V2, "KRM2431-001v9")
    with pytest.raises(CurmapError, match="threshold"):
        ws.read(compare_standards, V2, V2 + "x", 1.5)


def test_base_code():
    assert base_code("KRM2431-001v3") == "KRM2431-001" == base_code("KRM2431-001")
