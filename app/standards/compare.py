"""Compare two stored standards (an old version and a new one): what was added,
removed, renumbered, reworded or moved.

Duties, tasks and K/S/A items are each matched one to one (see
app/standards/similarity.py): by code while the title stays alike, else by
title similarity, whose score is kept and shown. A matched entry is
*changed* when its code, title, level, duty or links differ; links are
compared through the matching, so an item whose tasks were only renumbered
is unchanged. Entries left over are *removed* or *added*, each with the
closest counterpart it had, and a hint where it went (a duty merged into
another, a task split in two).

Call it through ``Workspace.read(compare_standards, old_code, new_code)``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.errors import QT_TR_NOOP, CurmapError, Joined, Msg
from app.standards.queries import StandardTree, standard_tree
from app.standards.similarity import THRESHOLD, Candidate, Pairing, bigrams, match

if TYPE_CHECKING:
    from app.reader import Reader

UNCHANGED, CHANGED, REMOVED, ADDED = "unchanged", "changed", "removed", "added"
STATUSES = (UNCHANGED, CHANGED, REMOVED, ADDED)
KINDS = ("duty", "task", "K", "S", "A")
# What can differ in a matched pair, in the order it is told.
CHANGE_KEYS = ("code", "title", "level", "duty", "links")

STATUS_TEXT = {UNCHANGED: QT_TR_NOOP("unchanged"), CHANGED: QT_TR_NOOP("changed"),
               REMOVED: QT_TR_NOOP("removed"), ADDED: QT_TR_NOOP("added")}
KIND_TEXT = {"duty": QT_TR_NOOP("duty"), "task": QT_TR_NOOP("task"), "K": QT_TR_NOOP("knowledge"),
             "S": QT_TR_NOOP("skill"), "A": QT_TR_NOOP("attitude")}
_VERSION = re.compile(r"v\d+$", re.IGNORECASE)
MatchResult = tuple[list[Pairing], dict[int, tuple[int, float]], dict[int, tuple[int, float]]]


@dataclass(frozen=True)
class Side:
    """One entry as one version has it."""

    id: int
    code: str
    title: str
    level: int | None = None  # tasks
    duty: str = ""  # tasks: their duty's code

    def label(self) -> str:
        return f"{self.code} {self.title}"


@dataclass
class Diff:
    kind: str  # one of KINDS
    old: Side | None
    new: Side | None
    score: float | None  # title similarity of the pair, or to the closest counterpart when unmatched
    by_code: bool = False  # matched under the same code (else by title)
    changes: tuple[str, ...] = ()
    before: tuple[str, ...] = ()  # links in the old version: an item's tasks, a task's K/S, a duty's tasks
    after: tuple[str, ...] = ()  # the same in the new version
    gained: tuple[str, ...] = ()  # matched: links new in this version (new codes)
    lost: tuple[str, ...] = ()  # matched: links it no longer has (old codes)
    closest: Side | None = None  # unmatched: the counterpart it came nearest to
    # Unmatched: "split" (a new entry like an old one matched elsewhere), "merged" (an old
    # entry like a new one matched elsewhere), "tasks_moved" (a duty whose tasks went to ``related``).
    note: str = ""
    related: tuple[str, ...] = ()

    @property
    def status(self) -> str:
        if self.old is None:
            return ADDED
        if self.new is None:
            return REMOVED
        return CHANGED if self.changes else UNCHANGED

    @property
    def code(self) -> str:
        return (self.new or self.old).code

    def describe(self) -> Msg:
        """What changed, as one translatable sentence list (CLI and window alike)."""
        return Joined("; ", *_parts(self))

    def to_json(self) -> dict:
        side = lambda s: None if s is None else {"code": s.code, "title": s.title,  # noqa: E731
                                                  **({"level": s.level, "duty": s.duty} if s.level else {})}
        return {"kind": self.kind, "status": self.status, "old": side(self.old), "new": side(self.new),
                "score": None if self.score is None else round(self.score, 2),
                "matched_by": None if self.old is None or self.new is None else "code" if self.by_code else "title",
                "changes": list(self.changes), "before": list(self.before), "after": list(self.after),
                "gained": list(self.gained), "lost": list(self.lost),
                "closest": side(self.closest), "note": self.note or None, "related": list(self.related),
                "description": str(self.describe())}


def _parts(d: Diff) -> list[Msg]:
    o, n = d.old, d.new
    if o is None or n is None:
        if d.note == "split":
            return [Msg(QT_TR_NOOP("split from %1 (%2% alike)"), d.closest.label(), percent(d.score))]
        if d.note == "merged":
            return [Msg(QT_TR_NOOP("merged into %1 (%2% alike)"), d.closest.label(), percent(d.score))]
        parts = []
        if d.note == "tasks_moved":
            parts.append(Msg(QT_TR_NOOP("its tasks moved to %1"), " ".join(d.related)))
        if d.closest is not None:
            parts.append(Msg(QT_TR_NOOP("closest: %1 (%2% alike)"), d.closest.label(), percent(d.score)))
        return parts
    parts = []
    if "code" in d.changes:
        parts.append(Msg(QT_TR_NOOP("renumbered %1 → %2"), o.code, n.code))
    if "title" in d.changes:
        parts.append(Msg(QT_TR_NOOP("reworded (%1% alike)"), percent(d.score)))
    if "level" in d.changes:
        parts.append(Msg(QT_TR_NOOP("competency level %1 → %2"), o.level, n.level))
    if "duty" in d.changes:
        parts.append(Msg(QT_TR_NOOP("moved from duty %1 to %2"), o.duty, n.duty))
    gained, lost = _LINK_TEXT.get(d.kind, _LINK_TEXT["item"])
    if d.gained:
        parts.append(Msg(gained, " ".join(d.gained)))
    if d.lost:
        parts.append(Msg(lost, " ".join(d.lost)))
    return parts


_LINK_TEXT = {"duty": (QT_TR_NOOP("gained tasks %1"), QT_TR_NOOP("lost tasks %1")),
              "task": (QT_TR_NOOP("now also needs %1"), QT_TR_NOOP("no longer needs %1")),
              "item": (QT_TR_NOOP("now also supports %1"), QT_TR_NOOP("no longer supports %1"))}


def percent(score: float | None) -> int:
    return 0 if score is None else int(score * 100 + 0.5)  # half up: 12.5% shows as 13%


@dataclass
class StandardRef:
    id: int
    code: str
    name: str
    version: int | None
    status: str


@dataclass
class Comparison:
    old: StandardRef
    new: StandardRef
    threshold: float
    duties: list[Diff] = field(default_factory=list)
    tasks: list[Diff] = field(default_factory=list)
    items: list[Diff] = field(default_factory=list)  # K, then S, then A

    def all(self) -> list[Diff]:
        return [*self.duties, *self.tasks, *self.items]

    def counts(self) -> dict[str, dict[str, int]]:
        out = {k: dict.fromkeys(STATUSES, 0) for k in KINDS}
        for d in self.all():
            out[d.kind][d.status] += 1
        return out

    def to_json(self) -> dict:
        ref = lambda r: {"code": r.code, "name": r.name, "version": r.version, "status": r.status}  # noqa: E731
        return {"old": ref(self.old), "new": ref(self.new), "threshold": self.threshold, "counts": self.counts(),
                "duties": [d.to_json() for d in self.duties], "tasks": [d.to_json() for d in self.tasks],
                "items": [d.to_json() for d in self.items]}


def compare_standards(db: Reader, old_code: str, new_code: str, threshold: float = THRESHOLD) -> Comparison:
    if old_code == new_code:
        raise CurmapError(QT_TR_NOOP("name two different standards to compare (both are %1)"), old_code)
    check_threshold(threshold)
    return compare_trees(standard_tree(db, old_code), standard_tree(db, new_code), threshold)


def check_threshold(threshold: float) -> None:
    if not 0 < threshold <= 1:
        raise CurmapError(QT_TR_NOOP("the similarity threshold must be above 0 and at most 1 (not %1)"), threshold)


def compare_trees(old: StandardTree, new: StandardTree, threshold: float = THRESHOLD) -> Comparison:
    ref = lambda t: StandardRef(t.id, t.code, t.name, t.version, t.status)  # noqa: E731
    out = Comparison(ref(old), ref(new), threshold)
    old_items, new_items = old.items(), new.items()
    old_tasks, new_tasks = old.tasks(), new.tasks()
    item_pairs = _match(old_items, new_items, threshold, lambda i: i.kind)
    task_pairs = _match(old_tasks, new_tasks, threshold)
    duty_pairs = _match(old.duties, new.duties, threshold)
    item_to = _code_map(item_pairs, old_items, new_items)
    task_to = _code_map(task_pairs, old_tasks, new_tasks)
    duty_to = _code_map(duty_pairs, old.duties, new.duties)

    old_duty_of = {t.code: d.code for d in old.duties for t in d.tasks}
    new_duty_of = {t.code: d.code for d in new.duties for t in d.tasks}
    tasks_of_old, tasks_of_new = _tasks_of_items(old_tasks), _tasks_of_items(new_tasks)

    # Items: their tasks, compared through the task matching.
    out.items = _diffs(
        item_pairs, old_items, new_items, threshold, lambda i: i.kind, lambda i: Side(i.id, i.code, i.title),
        lambda i: tuple(tasks_of_old.get(i.code, ())), lambda i: tuple(tasks_of_new.get(i.code, ())), task_to)
    # Tasks: their level, duty and K/S items.
    out.tasks = _diffs(
        task_pairs, old_tasks, new_tasks, threshold, lambda t: "task",
        lambda t: Side(t.id, t.code, t.title, t.level),
        lambda t: (*t.knowledge, *t.skills), lambda t: (*t.knowledge, *t.skills), item_to)
    for d in out.tasks:
        if d.new is not None:
            d.new = Side(d.new.id, d.new.code, d.new.title, d.new.level, new_duty_of[d.new.code])
        if d.old is not None:
            d.old = Side(d.old.id, d.old.code, d.old.title, d.old.level, old_duty_of[d.old.code])
        if d.old is not None and d.new is not None:
            extra = {"level"} if d.old.level != d.new.level else set()
            if duty_to.get(d.old.duty) != d.new.duty:
                extra.add("duty")
            d.changes = _ordered({*d.changes, *extra})
    # Duties: their tasks.
    out.duties = _diffs(
        duty_pairs, old.duties, new.duties, threshold, lambda d: "duty", lambda d: Side(d.id, d.code, d.title),
        lambda d: tuple(t.code for t in d.tasks), lambda d: tuple(t.code for t in d.tasks), task_to)
    for d in out.duties:  # a removed duty whose tasks went on elsewhere was merged there
        moved = [task_to[c] for c in d.before if c in task_to]
        if d.new is None and moved:
            d.note = "tasks_moved"
            d.related = tuple(dict.fromkeys(new_duty_of[c] for c in moved))
    return out


def _match(old: list, new: list, threshold: float, group=lambda e: "") -> MatchResult:
    grams = lambda entries: [Candidate(e.code, bigrams(e.title), group(e)) for e in entries]  # noqa: E731
    return match(grams(old), grams(new), threshold)


def _code_map(result: MatchResult, old: list, new: list) -> dict[str, str]:
    return {old[p.old].code: new[p.new].code for p in result[0]}


def _tasks_of_items(tasks) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for t in tasks:
        for code in (*t.knowledge, *t.skills):
            out.setdefault(code, []).append(t.code)
    return out


def _diffs(result: MatchResult, old: list, new: list, threshold: float, kind_of, side, before_of, after_of,
           link_to: dict[str, str]) -> list[Diff]:
    """One Diff per pair and per entry left over, in the new version's order
    (a removed entry follows the match of the entry before it)."""
    matched, closest_old, closest_new = result
    keyed: list[tuple[tuple, Diff]] = []
    new_pos_of_old: dict[int, int] = {}
    for p in matched:
        o, n = old[p.old], new[p.new]
        before, after = tuple(before_of(o)), tuple(after_of(n))
        changes = set()
        if o.code != n.code:
            changes.add("code")
        if p.score < 1.0:
            changes.add("title")
        carried = {link_to.get(c) for c in before}
        gained = tuple(c for c in after if c not in carried)
        lost = tuple(c for c in before if link_to.get(c) not in after)
        if gained or lost:
            changes.add("links")
        keyed.append(((p.new, 0, 0), Diff(kind_of(o), side(o), side(n), p.score, p.same_code,
                                          _ordered(changes), before, after, gained, lost)))
        new_pos_of_old[p.old] = p.new
    used_new = set(new_pos_of_old.values())
    for i, o in enumerate(old):
        if i in new_pos_of_old:
            continue
        j, score = closest_old.get(i, (None, None))
        d = Diff(kind_of(o), side(o), None, score, before=tuple(before_of(o)),
                 closest=side(new[j]) if j is not None and score else None)
        if j is not None and score >= threshold and j in used_new:
            d.note, d.related = "merged", (new[j].code,)
        prev = max((new_pos_of_old[k] for k in new_pos_of_old if k < i), default=-1)
        keyed.append(((prev, 1, i), d))
    for j, n in enumerate(new):
        if j in used_new:
            continue
        i, score = closest_new.get(j, (None, None))
        d = Diff(kind_of(n), None, side(n), score, after=tuple(after_of(n)),
                 closest=side(old[i]) if i is not None and score else None)
        if i is not None and score >= threshold and i in new_pos_of_old:
            d.note, d.related = "split", (old[i].code,)
        keyed.append(((j, 0, 0), d))
    keyed.sort(key=lambda x: ("KSA".find(x[1].kind), x[0]))
    return [d for _, d in keyed]


def _ordered(keys: set[str]) -> tuple[str, ...]:
    return tuple(k for k in CHANGE_KEYS if k in keys)


def base_code(code: str) -> str:
    """The code without its version: KRM2431-001v3 → KRM2431-001."""
    return _VERSION.sub("", code)


def version_of(code: str) -> int:
    """KRM2431-001v3 → 3; a code without vN is the first version."""
    found = _VERSION.search(code)
    return int(found.group()[1:]) if found else 1


def newer_versions(code: str, codes) -> list[str]:
    """Which of ``codes`` are later versions of the standard ``code``, newest first."""
    return sorted((c for c in codes if base_code(c) == base_code(code) and version_of(c) > version_of(code)),
                  key=version_of, reverse=True)


def version_text(versions: list[dict], code: str, version: int | None, status: str) -> str:
    """How a standard's versions table describes ``code``: "V3 最新版本 2024/06/30"."""
    row = next((v for v in versions if v["code"] == code), None)
    if row is None:
        return " ".join(p for p in (f"V{version}" if version else "", status) if p) or "—"
    return " ".join(p for p in (row["version"], row["status"], row["date"]) if p)
