"""Bringing the live model up to date with a ``Changes``, by delta.

A mapping change reads the changed modules' mappings; a change to the
programme's courses and modules reads its curriculum (two selects) and
applies the difference: fields in place, modules and courses added, removed
or moved, each with its cells. Only what cannot be applied so (other
standards, a new threshold or scale, a bulk change) asks for a reload,
which the window then runs off its event loop.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from app.changes import Changes
from app.coverage.live import CourseRow, Delta, LiveModel, ModuleRow
from app.coverage.live_load import course_order, read_cells, read_courses, read_modules, read_prints
from app.curriculum.queries import programme_info
from app.errors import NotFoundError
from models.tables import course, module

if TYPE_CHECKING:
    from app.reader import Reader

BULK = 300  # more changed modules than this (and a fifth of the programme): reload instead


def needs_reload(live: LiveModel, changes: Changes) -> bool:
    """Whether ``changes`` is beyond deltas (decided without reading anything)."""
    if getattr(changes, "everything", False) or changes.standards:
        return True
    return len(changes.mappings) > max(BULK, len(live.modules) // 5)


def apply_changes(db: Reader, live: LiveModel, changes: Changes) -> Delta | None:
    """Apply ``changes`` to ``live``; None when only a reload will do (``live`` is then untouched)."""
    if needs_reload(live, changes):
        return None
    delta = Delta()
    if changes.programmes:
        try:
            info = programme_info(db, live.programme_id)
        except NotFoundError:
            return None
        codes = [code for _, code, _ in live.standards]
        if info.standards != codes or info.scale != live.scale or info.threshold != live.threshold:
            return None
        if (info.name, info.description) != (live.programme_name, live.description):
            live.programme_name, live.description = info.name, info.description
            delta.labels = True
    unknown = [m for m in changes.mappings if m not in live.modules]
    ours = live.programme_id in changes.curriculum or (bool(unknown) and _any_ours(db, live.programme_id, unknown))
    read: set[int] = set()
    if ours:
        read = sync_curriculum(db, live, delta, getattr(changes, "courses", frozenset()))
    mods = [m for m in changes.mappings if m in live.modules and m not in read]
    if mods:
        columns, notes = read_cells(db, mods, live.item_index)
        live.replace_cells(columns, notes, delta)
    return delta


def _any_ours(db: Reader, programme_id: int, module_ids: list[int]) -> bool:
    """Whether one of these modules (unknown here) belongs to the programme: another program added it."""
    return db.execute(select(module.c.id).join(course, course.c.id == module.c.course_id)
                      .where(course.c.programme_id == programme_id, module.c.id.in_(module_ids[:500]))
                      .limit(1)).first() is not None


def sync_curriculum(db: Reader, live: LiveModel, delta: Delta, named: frozenset[int] = frozenset()) -> set[int]:
    """Make the columns match the stored curriculum; returns the modules whose cells it read.

    The courses are read whole (a few thousand rows at most); modules only for
    the courses named by the change, or else (another program's change) for
    those whose fingerprint moved. Only those courses are rebuilt: a module
    added to one of 5,000 courses must not walk 30,000 modules.
    """
    courses = _courses(db, live, named)
    if named:
        stale = [c.id for c in courses if c.id in named or c.id not in live.courses]
        # unknown now (a deleted course's too: it may come back): the next fingerprint check reads them
        live.prints.update(dict.fromkeys([*stale, *named]))
    else:
        prints = read_prints(db, live.programme_id)  # (no entry: a course without modules)
        stale = [c.id for c in courses if prints.get(c.id, 0) != live.prints.get(c.id, 0)
                 or c.id not in live.course_modules]  # (a new course, even without modules)
        live.prints = prints
    fresh: dict[int, list[ModuleRow]] = {c: [] for c in stale}
    for m in read_modules(db, stale, live.modules) if stale else ():
        fresh[m.course_id].append(m)
    _relabel(live, courses, [m for members in fresh.values() for m in members], delta)
    # Every other course keeps its modules (read afresh, a stale course's unchanged ones are the same records).
    present = {c.id for c in courses}
    old_members = live.course_modules
    new_members = {c: [m.id for m in members] for c, members in fresh.items()}
    affected = {c for c in stale if old_members.get(c) != new_members[c]}
    affected.update(c for c in old_members if c not in present)
    if not affected and [c.id for c in courses] == live.course_ids:
        return set()
    delta.columns = True
    before = {c: live.course_cells(c) for c in affected if c in old_members}
    arriving = {m.id for c in affected for m in fresh.get(c, ())}
    for m in [m for c in affected for m in old_members.get(c, ()) if m not in arriving]:
        live.account_module(m, live.cells.pop(m, {}), -1, delta)
        live.notes.pop(m, None)
        delta.modules.add(m)
    added = [m for m in arriving if m not in live.modules]
    for c in affected:
        live._course_cells.pop(c, None)
    live.replace_courses(courses, {c: fresh[c] for c in affected if c in present})
    if added:
        columns, notes = read_cells(db, added, live.item_index)
        for m, cells in columns.items():
            if cells:
                live.cells[m] = cells
                live.account_module(m, cells, 1, delta)
            if notes.get(m):
                live.notes[m] = notes[m]
    delta.modules.update(added)
    for c in affected:
        after = live.course_cells(c) if c in live.courses else {}
        live.account_course(before.get(c, {}), after, delta)
        if c not in live.courses:
            live._course_cells.pop(c, None)
        delta.courses.add(c)
    # a module moved to another course: its own cells are the same, its number is not
    delta.modules.update(m for c in affected for m in new_members.get(c, ()))
    return set(added)


def _courses(db: Reader, live: LiveModel, named: frozenset[int]) -> list[CourseRow]:
    """The programme's courses in order. A change that names its courses touched no other's
    fields: their order is read, and the rows of those named and new only (not 5,000 rows
    for a module added to one course)."""
    if named and len(named) <= 500:
        order = course_order(db, live.programme_id)
        wanted = [c for c in order if c in named or c not in live.courses]
        if len(wanted) <= 500:
            fresh = {c.id: c for c in read_courses(db, live.programme_id, live.courses, only=wanted)}
            return [fresh.get(c) or live.courses[c] for c in order]
    return read_courses(db, live.programme_id, live.courses)


def _relabel(live: LiveModel, courses: list[CourseRow], modules: list[ModuleRow], delta: Delta) -> None:
    """Fields changed in place (a renamed course, a module's hours): taken over, flagged as labels."""
    for c in courses:
        old = live.courses.get(c.id)
        if old is not None and old is not c and old != c:
            live.courses[c.id] = c
            delta.labels = True
            delta.courses.add(c.id)
    for m in modules:
        old = live.modules.get(m.id)
        if old is not None and old is not m:  # read afresh: something in it changed
            m.number = old.number
            live.modules[m.id] = m
            if (old.title, old.hours, old.description) != (m.title, m.hours, m.description):
                delta.labels = True
                delta.modules.add(m.id)
