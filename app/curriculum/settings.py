"""A programme's coverage settings: the level scale and the threshold, checked,
and what changing them would do to the figures (said before it is done).

The threshold is stored as a rank on the scale (1 = the lowest level), and a
mapping stores its level as a rank too: relabelling the scale keeps every
mapping where it is; a shorter scale is refused while mappings use the levels
it drops (``update_programme`` says so).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from app.curriculum import fields
from app.coverage.engine import item_coverage, task_coverage
from models.vocabulary import COVERED, TASK_KINDS
from app.curriculum.queries import programme_info
from app.errors import QT_TR_NOOP, CurmapError, Joined, Msg, Plural
from app.standards.queries import resolve_standard
from models.levels import label_of
from models.tables import course, mapping, module

if TYPE_CHECKING:
    from app.reader import Reader



def check_levels_in_use(db: Reader, programme_id: int, scale: tuple[str, ...]) -> None:
    """Refuses a scale shorter than the levels the programme's mappings use."""
    above = db.scalar(
        select(func.count()).select_from(mapping).join(module, module.c.id == mapping.c.module_id)
        .join(course, course.c.id == module.c.course_id)
        .where(course.c.programme_id == programme_id, mapping.c.level > len(scale)))
    if above:
        raise CurmapError(Plural.tr("%n mappings use a mapping level above %1; change them before "
                                    "shortening the scale to %2", "", above).of(scale[-1], "/".join(scale)))


def parse_levels(text: str) -> tuple[str, ...]:
    """``"I, R, M"`` -> ("I", "R", "M"), checked."""
    return fields.scale([p for p in text.split(",")] if text.strip() else [])


def threshold_rank(label: str, scale: tuple[str, ...]) -> int:
    """The rank of ``label`` on ``scale`` (case ignored)."""
    for rank, lab in enumerate(scale, start=1):
        if lab.casefold() == label.strip().casefold():
            return rank
    raise CurmapError(QT_TR_NOOP("'%1' is not a level on the scale %2"), label.strip(), "/".join(scale))


@dataclass
class SettingsEffect:
    """The figures before and after a change of scale or threshold (K and S items, all target standards)."""

    scale_before: tuple[str, ...]
    scale_after: tuple[str, ...]
    threshold_before: int
    threshold_after: int
    items_total: int = 0
    items_before: int = 0
    items_after: int = 0
    tasks_total: int = 0
    tasks_before: int = 0
    tasks_after: int = 0
    lost: list[str] = field(default_factory=list)  # item codes that stop counting as covered
    gained: list[str] = field(default_factory=list)  # item codes that start counting
    lost_levels: list[int] = field(default_factory=list)  # their best levels (ranks), lowest first
    gained_levels: list[int] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return (self.scale_before, self.threshold_before) != (self.scale_after, self.threshold_after)

    def lines(self) -> list[Msg]:
        """What the change does, in sentences (str() is English; the window translates)."""
        if not self.changed:
            return [Msg(QT_TR_NOOP("Nothing changes."))]
        new = label_of(self.threshold_after, self.scale_after)
        out: list[Msg] = []
        if self.scale_before != self.scale_after:
            out.append(Msg(QT_TR_NOOP("Mapping levels %1 become %2; every mapping keeps its place on the scale."),
                           "/".join(self.scale_before), "/".join(self.scale_after)))
        if self.lost:
            n = len(self.lost)
            out.append(Plural.tr("With threshold %1, %n items counted as covered at %2 no longer count (%3).",
                                 "", n).of(new, _levels(self.lost_levels, self.scale_before), _codes(self.lost)))
        if self.gained:
            n = len(self.gained)
            out.append(Plural.tr("With threshold %1, %n more items count as covered, mapped at %2 (%3).",
                                 "", n).of(new, _levels(self.gained_levels, self.scale_after), _codes(self.gained)))
        if not self.lost and not self.gained and self.threshold_before != self.threshold_after:
            out.append(Msg(QT_TR_NOOP("With threshold %1, no item changes: the figures stay as they are."), new))
        if self.lost or self.gained:
            out.append(Msg(QT_TR_NOOP("Items covered: %1 → %2 of %3; tasks fully covered: %4 → %5 of %6."),
                           self.items_before, self.items_after, self.items_total,
                           self.tasks_before, self.tasks_after, self.tasks_total))
        return out


def _levels(ranks: list[int], scale: tuple[str, ...]) -> str:
    return "/".join(label_of(r, scale) for r in sorted(set(ranks)))


def _codes(codes: list[str], shown: int = 12) -> str | Joined:
    if len(codes) <= shown:
        return " ".join(codes)
    return Joined(" ", *codes[:shown], Msg(QT_TR_NOOP("and %1 more"), len(codes) - shown))


def settings_effect(db: Reader, programme_id: int, scale: tuple[str, ...] | None = None,
                    threshold: int | None = None) -> SettingsEffect:
    """What setting ``scale`` and ``threshold`` (None: as they are) would do to the programme's figures."""
    prog = programme_info(db, programme_id)
    after_scale = fields.scale(scale) if scale is not None else prog.scale
    after = threshold if threshold is not None else prog.threshold
    if not 1 <= after <= len(after_scale):
        raise CurmapError(QT_TR_NOOP("the threshold must be a level on the scale %1"), "/".join(after_scale))
    check_levels_in_use(db, programme_id, after_scale)
    effect = SettingsEffect(prog.scale, after_scale, prog.threshold, after)
    several = len(prog.standards) > 1
    for code in prog.standards:
        sid = resolve_standard(db, code).id
        before_items = item_coverage(db, programme_id, sid, prog.threshold)
        after_items = item_coverage(db, programme_id, sid, after)
        for b, a in zip(before_items, after_items):
            if b.kind not in TASK_KINDS:
                continue
            effect.items_total += 1
            effect.items_before += b.covered
            effect.items_after += a.covered
            name = f"{code}:{b.code}" if several else b.code
            if b.covered and not a.covered:
                effect.lost.append(name)
                effect.lost_levels.append(b.max_level)
            elif a.covered and not b.covered:
                effect.gained.append(name)
                effect.gained_levels.append(a.max_level)
        before_tasks = task_coverage(db, programme_id, sid, 0, with_modules=False, items=before_items)
        after_tasks = task_coverage(db, programme_id, sid, 0, with_modules=False, items=after_items)
        effect.tasks_total += len(before_tasks)
        effect.tasks_before += sum(t.status == COVERED for t in before_tasks)
        effect.tasks_after += sum(t.status == COVERED for t in after_tasks)
    return effect


def scale_of(text: str | None) -> tuple[str, ...] | None:
    """The CLI's ``--scale I,R,M`` (None when not given)."""
    return None if text is None else parse_levels(text)
