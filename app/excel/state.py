"""What an import compares the workbook with: the programme as stored, read in bulk."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Course, Item, Mapping, Module, Standard


def plan_digest(rows) -> str:
    return hashlib.sha256(repr(rows).encode()).hexdigest()


@dataclass
class StoredModule:
    id: int
    number: int
    position: int
    title: str
    hours: float | None
    all_mappings: int  # to any item (what removing it takes along)


@dataclass
class StoredCourse:
    id: int
    code: str
    name: str
    credits: float | None
    semester: str
    modules: list[StoredModule] = field(default_factory=list)


@dataclass
class StoredState:
    programme_id: int | None
    courses: list[StoredCourse]
    mappings: dict[int, dict[int, tuple[int, int, bool]]]  # module -> item -> (mapping id, level, assessed)
    item_codes: dict[int, str]

    def digest(self) -> str:
        return plan_digest((self.programme_id,
                            [(c.id, c.code, c.name, c.credits, c.semester,
                              [(m.id, m.position, m.title, m.hours, m.all_mappings) for m in c.modules])
                             for c in self.courses],
                            sorted((mid, sorted(items.items())) for mid, items in self.mappings.items())))


def load_state(session: Session, programme_id: int | None, std_ids: list[int]) -> StoredState:
    """The programme's courses, modules and its mappings to the standards ``std_ids``, in bulk."""
    rows = session.execute(
        select(Item.id, Item.code, Standard.code).join(Standard, Standard.id == Item.standard_id)
        .where(Item.standard_id.in_(std_ids))).all() if std_ids else []
    codes = {iid: (f"{std}:{code}" if len(std_ids) > 1 else code) for iid, code, std in rows}
    if programme_id is None:
        return StoredState(None, [], {}, codes)
    courses = [StoredCourse(r.id, r.code, r.name, r.credits, r.semester or "") for r in session.execute(
        select(Course.id, Course.code, Course.name, Course.credits, Course.semester)
        .where(Course.programme_id == programme_id).order_by(Course.position, Course.id))]
    counts = dict(session.execute(
        select(Mapping.module_id, func.count()).join(Module, Module.id == Mapping.module_id)
        .join(Course, Course.id == Module.course_id).where(Course.programme_id == programme_id)
        .group_by(Mapping.module_id)).all())
    by_id = {c.id: c for c in courses}
    for mid, cid, pos, title, hours in session.execute(
            select(Module.id, Module.course_id, Module.position, Module.title, Module.hours)
            .join(Course, Course.id == Module.course_id).where(Course.programme_id == programme_id)
            .order_by(Module.course_id, Module.position, Module.id)):
        course = by_id[cid]
        course.modules.append(StoredModule(mid, len(course.modules) + 1, pos, title, hours, counts.get(mid, 0)))
    mappings: dict[int, dict[int, tuple[int, int, bool]]] = {}
    if std_ids:
        for mapping_id, mid, iid, level, assessed in session.execute(
                select(Mapping.id, Mapping.module_id, Mapping.item_id, Mapping.level, Mapping.assessed)
                .join(Module, Module.id == Mapping.module_id).join(Course, Course.id == Module.course_id)
                .join(Item, Item.id == Mapping.item_id)
                .where(Course.programme_id == programme_id, Item.standard_id.in_(std_ids))):
            mappings.setdefault(mid, {})[iid] = (mapping_id, level, bool(assessed))
    return StoredState(programme_id, courses, mappings, codes)
