"""Programmes, courses and modules as plain data: the reads the window starts with.

Core selects over models.tables only, so they run on a plain connection
(``Workspace.read``) as well as inside an operation's session.
"""
from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from app.errors import QT_TR_NOOP, Msg, NotFoundError
from models.levels import parse_scale
from models.tables import course, mapping, module, programme, programme_standard, standard

if TYPE_CHECKING:
    from app.reader import Reader


@dataclass
class ProgrammeInfo:
    id: int
    name: str
    description: str
    scale: tuple[str, ...]
    threshold: int
    standards: list[str]
    courses: int = 0


@dataclass
class ModuleInfo:
    id: int
    course_id: int
    number: int  # 1-based position within the course
    title: str
    hours: float | None
    description: str
    mappings: int = 0


@dataclass
class CourseInfo:
    id: int
    programme_id: int
    position: int
    code: str
    name: str
    credits: float | None
    hours: float | None
    year: int | None
    semester: str
    modules: list[ModuleInfo] = field(default_factory=list)


_PROGRAMME = (programme.c.id, programme.c.name, programme.c.description, programme.c.scale,
              programme.c.threshold)


def list_programmes(db: Reader) -> list[ProgrammeInfo]:
    counts = dict(db.execute(select(course.c.programme_id, func.count()).group_by(course.c.programme_id)).all())
    targets: dict[int, list[str]] = {}
    for pid, code in db.execute(
            select(programme_standard.c.programme_id, standard.c.code)
            .join(standard, standard.c.id == programme_standard.c.standard_id).order_by(standard.c.code)):
        targets.setdefault(pid, []).append(code)
    return [ProgrammeInfo(p.id, p.name, p.description, parse_scale(p.scale), p.threshold,
                          targets.get(p.id, []), counts.get(p.id, 0))
            for p in db.execute(select(*_PROGRAMME).order_by(programme.c.name))]


def programme_info(db: Reader, programme_id: int) -> ProgrammeInfo:
    # One programme's rows only: the window asks for this after every change.
    p = db.execute(select(*_PROGRAMME).where(programme.c.id == programme_id)).first()
    if p is None:
        raise NotFoundError(QT_TR_NOOP("programme #%1 no longer exists"), programme_id)
    codes = list(db.scalars(
        select(standard.c.code).join(programme_standard, programme_standard.c.standard_id == standard.c.id)
        .where(programme_standard.c.programme_id == programme_id).order_by(standard.c.code)))
    courses = db.scalar(select(func.count()).select_from(course).where(course.c.programme_id == programme_id))
    return ProgrammeInfo(p.id, p.name, p.description, parse_scale(p.scale), p.threshold, codes, courses or 0)


def programme_key(name: str) -> str:
    """What two spellings of one name share: full-width forms folded (（ -> (),
    case folded, spaces dropped. Names equal under it are one name to a user."""
    return "".join(unicodedata.normalize("NFKC", name).casefold().split())


def lookup_programme(db: Reader, name_or_id: str) -> ProgrammeInfo | None:
    """By exact name, else by id; None when neither matches and nothing comes close.

    A near miss (``數位行銷學程(示例)`` for ``數位行銷學程（示例）``, another case or
    width, other spaces, or a small typo) is refused with the match it suggests:
    a script must never act on a programme it did not name, nor create a
    second one that only looks different.
    """
    progs = list_programmes(db)
    text = name_or_id.strip()
    for p in progs:
        if p.name == text:
            return p
    if text.isdigit():
        for p in progs:
            if p.id == int(text):
                return p
    key = programme_key(text)
    near = [p for p in progs if programme_key(p.name) == key]
    if not near and key:
        keys = {programme_key(p.name): p for p in progs}
        near = [keys[k] for k in difflib.get_close_matches(key, list(keys), n=1, cutoff=0.8)]
    if near:
        raise NotFoundError(QT_TR_NOOP("no programme named '%1'; did you mean '%2' (id %3)? "
                                       "Name it exactly or by its id"), text, near[0].name, near[0].id)
    return None


def find_programme(db: Reader, name_or_id: str) -> ProgrammeInfo:
    """By exact name or by id (the CLI's way of naming a programme); a near miss suggests the match."""
    found = lookup_programme(db, name_or_id)
    if found is None:
        raise NotFoundError(QT_TR_NOOP("no programme named '%1' (this map has: %2)"), name_or_id.strip(),
                            known_programmes(db))
    return found


def known_programmes(db: Reader) -> str | Msg:
    """``1 Name; 2 Other`` (id and name), for messages that list what a map holds."""
    return "; ".join(f"{p.id} {p.name}" for p in list_programmes(db)) or Msg(QT_TR_NOOP("none"))


def curriculum(db: Reader, programme_id: int) -> list[CourseInfo]:
    """The programme's courses in order, each with its modules in order."""
    counts = dict(db.execute(
        select(mapping.c.module_id, func.count()).join(module, module.c.id == mapping.c.module_id)
        .join(course, course.c.id == module.c.course_id).where(course.c.programme_id == programme_id)
        .group_by(mapping.c.module_id)).all())
    courses = [CourseInfo(c.id, c.programme_id, c.position, c.code, c.name, c.credits, c.hours,
                          c.year, c.semester)
               for c in db.execute(select(course).where(course.c.programme_id == programme_id)
                                   .order_by(course.c.position, course.c.id))]
    by_id = {c.id: c for c in courses}
    for m in db.execute(select(module).join(course, course.c.id == module.c.course_id)
                        .where(course.c.programme_id == programme_id)
                        .order_by(module.c.course_id, module.c.position, module.c.id)):
        parent = by_id[m.course_id]
        parent.modules.append(ModuleInfo(m.id, m.course_id, len(parent.modules) + 1, m.title, m.hours,
                                         m.description, counts.get(m.id, 0)))
    return courses

