"""Carrying the sample programme from v2 to v3: every proposal checked by hand, then applied and undone."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from app.changes import Changes
from app.coverage.engine import coverage_by_name
from app.curriculum.mappings import MappingState, set_mappings
from app.curriculum.migrate import plan_migration
from app.curriculum.migrate_apply import apply_migration, undo_migration
from app.curriculum.ops import programme_snapshot, set_targets
from app.curriculum.queries import find_programme
from app.curriculum.sample import SAMPLE_NAME
from app.errors import ConflictError, NotFoundError
from app.standards.store import delete_standard
from models.tables import indicator, item, mapping, module, standard, task
from tests.versions_data import V2, V3, import_v3

# Every mapped item of v2 with its proposal in v3: (old, proposed, score as a share of
# bigrams, reason, the sample's mappings of it as "course-module level" with * = assessed).
PROPOSALS = [
    ("K06", "K05", 1, "renumbered", ["MKT101-1 I", "MKT101-3 R*"]),
    ("K07", "K06", 8 / 12, "moved", ["MKT101-1 I", "MKT101-2 R*"]),  # 消費者行為常識 → 知識
    ("K08", None, 6 / 20, "none", ["MKT210-4 I"]),  # 電子商務相關法律常識: closest K07, taken by K09
    ("K09", "K07", 10 / 19, "moved", ["MKT210-4 I"]),  # 消費者保護法律常識 → 電子商務與消費者保護法規
    ("K10", "K08", 10 / 12, "moved", ["MKT210-1 I"]),  # 行銷廣告知識 → 數位行銷廣告知識
    ("K11", "K09", 1, "renumbered", ["MKT210-3 R*"]),
    ("K12", "K10", 1, "renumbered", ["MKT210-4 R*"]),
    ("K13", "K11", 1, "renumbered", ["DAT220-1 R*"]),
    ("K14", "K12", 1, "renumbered", ["DAT220-2 R*"]),
    ("K15", "K13", 10 / 17, "moved", ["DAT220-3 I"]),  # 資料安全與個資法 → 資料安全與個人資料保護法
    ("K16", "K14", 1, "renumbered", ["PRJ330-1 R*"]),
    ("S07", "S07", 1, "same", ["MKT101-2 R*"]),
    ("S09", "S09", 1, "same", ["MKT101-3 R", "PRJ330-2 M*"]),
    ("S10", "S10", 1, "same", ["MKT210-3 R", "DAT220-1 M*"]),
    ("S11", "S11", 1, "same", ["MKT210-2 R"]),
    ("S12", None, 6 / 16, "none", ["MKT210-1 I", "MKT210-2 R*"]),  # new S12 is another item, 38% alike
    ("S13", "S12", 1, "renumbered", ["MKT210-2 R*"]),
    ("S14", "S13", 1, "renumbered", ["DAT220-2 R"]),
    ("S15", "S14", 1, "renumbered", ["DAT220-2 R*"]),
    ("S16", "S15", 1, "renumbered", ["PRJ330-1 R"]),
    ("S17", "S16", 1, "renumbered", ["PRJ330-2 M*"]),
    ("A01", "A01", 1, "same", ["MKT101-1 I"]),
    ("A06", "A06", 1, "same", ["PRJ330-2 R"]),
    ("A10", "A10", 1, "same", ["PRJ330-2 R*"]),
]


@pytest.fixture
def v3(ws):
    import_v3(ws)
    return ws


def _plan(ws, **kw):
    return ws.read(plan_migration, SAMPLE_NAME, V3, **kw)


def _cell_text(plan, c):
    m = plan.modules[c.module_id]
    return f"{m.course}-{m.number} {plan.scale[c.level - 1]}{'*' if c.assessed else ''}"


def _items(ws, code):
    return ws.read(lambda db: dict(db.execute(
        select(item.c.code, item.c.id).join(standard, standard.c.id == item.c.standard_id)
        .where(standard.c.code == code)).all()))


def _cells_of(ws, pid):
    """(module title, standard, item code) -> (level, assessed, note) for the programme."""
    from models.tables import course

    return ws.read(lambda db: {
        (r.title, r.std, r.code): (r.level, r.assessed, r.note) for r in db.execute(
            select(module.c.title, standard.c.code.label("std"), item.c.code, mapping.c.level, mapping.c.assessed,
                   mapping.c.note)
            .join(module, module.c.id == mapping.c.module_id).join(course, course.c.id == module.c.course_id)
            .join(item, item.c.id == mapping.c.item_id).join(standard, standard.c.id == item.c.standard_id)
            .where(course.c.programme_id == pid))})


def test_every_proposal(v3):
    plan = _plan(v3)
    got = [(p.old.code, p.target.code if p.target else None, p.score, p.reason, [_cell_text(plan, c) for c in p.cells])
           for p in plan.proposals]
    assert [(g[0], g[1], g[3], g[4]) for g in got] == [(w[0], w[1], w[3], w[4]) for w in PROPOSALS]
    for g, w in zip(got, PROPOSALS):
        assert g[2] == pytest.approx(w[2]), g
    k08 = plan.proposal(_items(v3, V2)["K08"])
    assert str(k08.reason_text()) == ("cannot carry: removed in the new version "
                                      "(closest: K07 電子商務與消費者保護法規, 30% alike)")
    assert str(plan.proposals[1].reason_text()) == "renumbered and reworded: the best title match"


def test_outcome_before_anything_is_written(v3):
    plan = _plan(v3)
    out = plan.outcome()
    assert (out.moved, out.merged, out.remaining, len(out.delete), out.indicators_lost) == (26, 0, 3, 0, 0)
    assert [p.old.code for p in out.left] == ["K08", "S12"]
    b, a = out.before, out.after
    assert (b.standard, b.items_covered, b.items_total) == (V2, 21, 35)
    assert (b.tasks_covered, b.tasks_partial, b.tasks_uncovered, b.tasks_total) == (6, 5, 2, 13)
    # v3 by hand: T1.x need K01-K04/S01-S06 (none mapped), T2.x miss K01 K03 S08, T3.x are
    # whole, T4.x miss K03 K15(new) S17(new), T5.1 is all new.
    assert (a.standard, a.items_covered, a.items_total) == (V3, 19, 35)
    assert (a.tasks_covered, a.tasks_partial, a.tasks_uncovered, a.tasks_total) == (3, 7, 4, 14)
    assert (a.attitudes_covered, a.attitudes_total) == (3, 12)
    assert [s.code for s in out.new_items_uncovered] == ["K16", "K17", "S18", "A12"]
    assert [(s.code, status) for s, status in out.new_tasks_not_covered] == [("T1.2", "uncovered"),
                                                                            ("T5.1", "uncovered")]
    assert {t.code: t.missing for t in a.tasks}["T4.1"] == ["K03", "K15", "S17"]
    assert v3.read(coverage_by_name, SAMPLE_NAME).standard == V2  # nothing moved yet


def test_apply_moves_the_mappings_in_place_and_coverage_matches_the_projection(v3):
    plan = _plan(v3)
    projected = plan.outcome().after
    pid = plan.programme_id
    before = _cells_of(v3, pid)
    ids_before = v3.read(lambda db: set(db.scalars(select(mapping.c.id))))
    heard = []
    v3.subscribe(heard.append)
    result = v3.perform(apply_migration, plan)
    assert (result.moved, result.merged, result.remaining, result.dropped) == (26, 0, 3, 0)
    assert result.targets == (V2, V3)  # K08 and S12 still map v2: it stays targeted, nothing hidden
    after = _cells_of(v3, pid)
    for old, new, *_ in PROPOSALS:
        for (title, std, code), value in before.items():
            if code == old and std == V2 and new:
                assert after[(title, V3, new)] == value
    assert {k for k in after if k[1] == V2} == {("廣告法規與著作權", V2, "K08"), ("數位廣告概論", V2, "S12"),
                                                 ("廣告投放與聯播網", V2, "S12")}
    assert v3.read(lambda db: set(db.scalars(select(mapping.c.id)))) == ids_before  # rows kept their ids
    cov = v3.read(coverage_by_name, SAMPLE_NAME, V3)
    assert (cov.items_covered, cov.tasks_covered, cov.tasks_partial, cov.tasks_uncovered) == (19, 3, 7, 4)
    assert [(t.code, t.status, t.missing) for t in cov.tasks] == [
        (t.code, t.status, t.missing) for t in projected.tasks]
    assert [(i.code, i.covered, i.max_level, i.assessed, i.modules) for i in cov.items] == [
        (i.code, i.covered, i.max_level, i.assessed, i.modules) for i in projected.items]
    assert [vars(d) for d in cov.duties] == [vars(d) for d in projected.duties]
    assert heard and heard[-1].programmes and heard[-1].mappings


def test_undo_puts_everything_back_and_redo_carries_again(v3):
    plan = _plan(v3)
    pid = plan.programme_id
    snap = v3.read(programme_snapshot, pid)
    result = v3.perform(apply_migration, plan)
    v3.perform(undo_migration, result.undo)
    assert v3.read(programme_snapshot, pid) == snap
    again = v3.perform(apply_migration, plan)  # the redo: the map is as the plan read it
    assert again.moved == 26


def test_changed_and_dropped_proposals_merge_and_stay(v3):
    plan = _plan(v3)
    pid = plan.programme_id
    old, new = _items(v3, V2), _items(v3, V3)
    mid = v3.read(lambda db: db.scalar(select(module.c.id).where(module.c.title == "廣告法規與著作權")))
    # K08 at M with a note, to see the merge keep the higher level and the note.
    v3.perform(set_mappings, [MappingState(mid, old["K08"], 3, False, "電商法")])
    plan = _plan(v3)
    plan.decide(old["K08"], new["K07"])  # the two law items went into one: intended
    plan.decide(old["S12"], new["S12"])  # 網路廣告使用技能 → 網路行銷廣告投放技能, chosen by hand
    plan.decide(old["A10"], None)  # dropped
    assert [plan.decided_reason(p) for p in plan.proposals if p.old.code in ("K08", "K09", "S12", "A10")] == [
        "chosen", "moved", "chosen", "dropped"]
    out = plan.outcome()
    # K08+K09 in 廣告法規與著作權, S12+S13 in 廣告投放與聯播網: two merges.
    assert (out.moved, out.merged, out.remaining) == (28, 2, 1)
    result = v3.perform(apply_migration, plan)
    cells = _cells_of(v3, pid)
    assert cells[("廣告法規與著作權", V3, "K07")] == (3, False, "電商法")  # M from K08, I from K09
    assert cells[("廣告投放與聯播網", V3, "S12")] == (2, True, "")
    assert cells[("數位廣告概論", V3, "S12")] == (1, False, "")
    assert ("行銷企劃提案", V2, "A10") in cells and ("行銷企劃提案", V3, "A10") not in cells
    assert result.targets == (V2, V3)


def test_a_mapping_already_on_the_new_version_takes_the_carried_one_in(v3):
    plan = _plan(v3)
    pid = plan.programme_id
    new = _items(v3, V3)
    v3.perform(set_targets, pid, [V2, V3])
    mid = v3.read(lambda db: db.scalar(select(module.c.id).where(module.c.title == "目標市場與行銷溝通")))
    v3.perform(set_mappings, [MappingState(mid, new["K05"], 1, False, "新版")])
    plan = _plan(v3)
    out = plan.outcome()
    assert out.merged == 1
    v3.perform(apply_migration, plan)
    # The carried K06 was R and assessed: the higher level and the assessment win, the note stays.
    assert _cells_of(v3, pid)[("目標市場與行銷溝通", V3, "K05")] == (2, True, "新版")


def test_drop_uncarried_then_the_old_version_can_go(v3):
    plan = _plan(v3)
    with pytest.raises(ConflictError, match="cannot be deleted"):
        v3.perform(delete_standard, V2)  # the refusal while mappings use it stays
    result = v3.perform(apply_migration, plan, drop_uncarried=True)
    assert (result.remaining, result.dropped, result.targets) == (0, 3, (V3,))
    v3.perform(delete_standard, V2)
    assert v3.read(coverage_by_name, SAMPLE_NAME).standard == V3


def test_everything_carried_drops_the_old_target_unless_kept(v3):
    old, new = _items(v3, V2), _items(v3, V3)

    def everything(plan):
        plan.decide(old["K08"], new["K07"])
        plan.decide(old["S12"], new["S12"])
        return plan

    result = v3.perform(apply_migration, everything(_plan(v3)))
    assert (result.remaining, result.targets) == (0, (V3,))
    v3.perform(undo_migration, result.undo)
    assert v3.read(find_programme, SAMPLE_NAME).standards == [V2]
    assert v3.perform(apply_migration, everything(_plan(v3)), keep_old=True).targets == (V2, V3)


def test_a_plan_is_refused_when_the_map_moved_since(v3):
    plan = _plan(v3)
    k06 = plan.proposals[0].cells[0]
    v3.perform(set_mappings, [MappingState(k06.module_id, k06.item_id, 3)])  # someone else's edit
    snap = v3.read(programme_snapshot, plan.programme_id)
    with pytest.raises(ConflictError, match="changed since the migration to KRM2431-001v3 was planned"):
        v3.perform(apply_migration, plan)
    assert v3.read(programme_snapshot, plan.programme_id) == snap  # nothing carried


def test_undo_is_refused_when_the_carried_mappings_changed_since(v3):
    plan = _plan(v3)
    result = v3.perform(apply_migration, plan)
    moved = next(a for _, a in result.undo.updated)
    v3.perform(set_mappings, [MappingState(moved.module_id, moved.item_id, None)])
    with pytest.raises(ConflictError, match="cannot be undone"):
        v3.perform(undo_migration, result.undo)


def test_where_to_carry_from(v3):
    pid = v3.read(find_programme, SAMPLE_NAME).id
    assert _plan(v3).old_code == V2  # the older version of v3 the programme targets
    v3.perform(set_targets, pid, [V2, V3])
    assert _plan(v3).old_code == V2  # v3 itself is not a source
    v3.perform(set_targets, pid, [])
    with pytest.raises(NotFoundError, match="name the standard to carry programme .* from with --from CODE"):
        _plan(v3)
    assert _plan(v3, old_code=V2).old_code == V2  # mappings kept from an untargeted standard still carry
    assert v3.read(plan_migration, pid, V3, V2).programme == SAMPLE_NAME  # by id, as the window asks


def test_behaviour_indicators_follow_their_task(v3):
    old = _items(v3, V2)
    plan = _plan(v3)

    def indicator_id(std, code):
        return v3.read(lambda db: db.scalar(
            select(indicator.c.id).join(task, task.c.id == indicator.c.task_id)
            .join(standard, standard.c.id == task.c.standard_id)
            .where(standard.c.code == std, indicator.c.code == code)))

    p41, p42, p23 = indicator_id(V2, "P4.1"), indicator_id(V2, "P4.2"), indicator_id(V3, "P2.3")
    k07, k14 = (next(c for c in plan.proposal(old[k]).cells) for k in ("K07", "K14"))

    def set_indicator(db, row, ind):
        db.execute(mapping.update().where(mapping.c.id == row).values(indicator_id=ind))
        return None, Changes()

    v3.perform(set_indicator, k07.id, p41)  # T4.1 定義商業問題 lives on as T2.3
    v3.perform(set_indicator, k14.id, p42)  # T4.2 分辨重要資料 is gone
    plan = _plan(v3)
    assert plan.outcome().indicators_lost == 1
    v3.perform(apply_migration, plan)
    rows = v3.read(lambda db: dict(db.execute(select(mapping.c.id, mapping.c.indicator_id)
                                              .where(mapping.c.id.in_([k07.id, k14.id]))).all()))
    assert rows == {k07.id: p23, k14.id: None}
