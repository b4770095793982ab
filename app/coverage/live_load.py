"""Reading the live model: a whole programme in small steps, or just what a change touched.

``load_steps`` is a generator that asks for one read at a time (it yields
``(query, *args)`` and is sent the result; ``(None,)`` is a step of pure
counting): the window runs it a few milliseconds at a time between events,
so loading a big programme never freezes it, and ``load_live`` runs it in one
go (the CLI, the tests). Every read is a plain Core select.
"""
from __future__ import annotations

from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any

from sqlalchemy import String, cast, func, select

from app.coverage.live import CourseRow, Delta, LiveModel, ModuleRow, cell_value
from app.curriculum.queries import programme_info
from app.standards.queries import list_standards, standard_tree
from models.tables import course, mapping, module

if TYPE_CHECKING:
    from app.reader import Reader

COURSE_CHUNK = 500  # courses whose modules one step reads
CELL_CHUNK = 150  # modules whose mappings one step reads (about 5,000 rows at department scale)
COUNT_CHUNK = 200  # modules or courses one counting step handles
Request = tuple  # (query, *args) or (None,)
Steps = Generator[Request, Any, LiveModel]


def programme_size(db: Reader, programme_id: int) -> int:
    """How many modules the programme has: what loading it costs grows with them."""
    return db.scalar(select(func.count()).select_from(module).join(course, course.c.id == module.c.course_id)
                     .where(course.c.programme_id == programme_id)) or 0


def read_courses(db: Reader, programme_id: int, known: dict[int, CourseRow] | None = None,
                 only: list[int] | None = None) -> list[CourseRow]:
    """The programme's courses, in order (an unchanged one of ``known`` comes back as that record);
    with ``only``, just those of them."""
    known = known or {}
    out = []
    which = course.c.programme_id == programme_id
    if only is not None:
        which = which & course.c.id.in_(only)
    for cid, code, name, credits, hours, year, semester in db.execute(
            select(course.c.id, course.c.code, course.c.name, course.c.credits, course.c.hours, course.c.year,
                   course.c.semester)
            .where(which).order_by(course.c.position, course.c.id)):
        row = CourseRow(cid, code, name, credits, hours, year, semester or "")
        old = known.get(cid)
        out.append(old if old == row else row)
    return out


def course_order(db: Reader, programme_id: int) -> list[int]:
    """The programme's course ids, in order."""
    return list(db.scalars(select(course.c.id).where(course.c.programme_id == programme_id)
                           .order_by(course.c.position, course.c.id)))


def read_prints(db: Reader, programme_id: int) -> dict[int, int]:
    """Per course, a fingerprint of its modules (ids, order and fields), worked out by the database.

    A change to the curriculum says only which programme changed: comparing
    these finds the courses whose modules did without reading every module.
    """
    text = (cast(module.c.id, String) + ":" + cast(module.c.position, String) + ":" + module.c.title + ":"
            + func.coalesce(cast(module.c.hours, String), "") + ":" + func.coalesce(module.c.description, ""))
    return {cid: hash(joined) for cid, joined in db.execute(
        select(module.c.course_id, func.aggregate_strings(text, "\x1f"))
        .join(course, course.c.id == module.c.course_id).where(course.c.programme_id == programme_id)
        .group_by(module.c.course_id))}


def read_modules(db: Reader, course_ids: list[int], known: dict[int, ModuleRow] | None = None) -> list[ModuleRow]:
    """These courses' modules, by course, in order.

    A module of ``known`` whose fields are unchanged comes back as that very
    record (a change to one course need not rebuild thousands of records).
    """
    known = known or {}
    modules = []
    for k in range(0, len(course_ids), 500):
        for mid, cid, title, hours, description in db.execute(
                select(module.c.id, module.c.course_id, module.c.title, module.c.hours, module.c.description)
                .where(module.c.course_id.in_(course_ids[k:k + 500]))
                .order_by(module.c.course_id, module.c.position, module.c.id)):
            old = known.get(mid)
            if old is not None and old.course_id == cid and old.title == title and old.hours == hours \
                    and old.description == (description or ""):
                modules.append(old)
            else:
                modules.append(ModuleRow(mid, cid, title, hours, description or ""))
    return modules


def read_cells(db: Reader, module_ids: list[int], item_index: dict[int, int]
               ) -> tuple[dict[int, dict[int, int]], dict[int, dict[int, str]]]:
    """Each module's cells (item index -> value) and notes; items outside the rows are left out."""
    columns: dict[int, dict[int, int]] = {m: {} for m in module_ids}
    notes: dict[int, dict[int, str]] = {}
    ids = list(module_ids)
    for k in range(0, len(ids), 500):
        for mid, iid, level, assessed, note in db.execute(
                select(mapping.c.module_id, mapping.c.item_id, mapping.c.level, mapping.c.assessed, mapping.c.note)
                .where(mapping.c.module_id.in_(ids[k:k + 500]))):
            i = item_index.get(iid)
            if i is None:
                continue  # an item of a standard the programme no longer targets
            columns[mid][i] = cell_value(level, assessed)
            if note:
                notes.setdefault(mid, {})[i] = note
    return columns, notes


def load_steps(programme_id: int) -> Steps:
    """The whole programme, one read (or one slice of counting) per step."""
    prog = yield (programme_info, programme_id)
    live = LiveModel(prog.id, prog.name, prog.scale, prog.threshold, prog.description)
    trees = []
    for code in prog.standards:
        trees.append((yield (standard_tree, code)))
    live.set_standards(trees)
    courses = yield (read_courses, programme_id)
    modules = []
    for k in range(0, len(courses), COURSE_CHUNK):
        modules += yield (read_modules, [c.id for c in courses[k:k + COURSE_CHUNK]])
    live.set_curriculum(courses, modules)
    live.prints = yield (read_prints, programme_id)
    order = live.module_order()
    for k in range(0, len(order), CELL_CHUNK):
        columns, notes = yield (read_cells, order[k:k + CELL_CHUNK], live.item_index)
        live.cells.update((m, c) for m, c in columns.items() if c)
        live.notes.update(notes)
    scratch = Delta()
    for k in range(0, len(order), COUNT_CHUNK):
        yield (None,)
        for m in order[k:k + COUNT_CHUNK]:
            cells = live.cells.get(m)
            if cells:
                live.account_module(m, cells, 1, scratch)
        scratch.items.clear()
        scratch.tasks.clear()
    for k in range(0, len(live.course_ids), COUNT_CHUNK):
        yield (None,)
        for c in live.course_ids[k:k + COUNT_CHUNK]:
            live.account_course({}, live.merge_modules(live.course_modules[c]), scratch)
        scratch.items.clear()
        scratch.tasks.clear()
    return live


def drive(steps: Steps, run: Callable[..., Any]) -> LiveModel:
    """Run every step, each read through ``run(query, *args)``."""
    result: Any = None
    try:
        while True:
            request = steps.send(result)
            result = run(*request) if request[0] is not None else None
    except StopIteration as done:
        return done.value


def load_live(db: Reader, programme_id: int) -> LiveModel:
    """The live model of one programme, read in one go on one connection."""
    return drive(load_steps(programme_id), lambda query, *args: query(db, *args))


def standards_only(db: Reader) -> LiveModel:
    """Every standard of the map and no programme: to browse them before a programme exists."""
    live = LiveModel()
    live.set_standards([standard_tree(db, s.code) for s in list_standards(db)])
    return live
