"""A curriculum map: programmes -> courses -> modules, and their mappings to items.
ORM classes over models/tables.py."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Mapped, relationship

from models import standard as _standard  # noqa: F401 - Programme.standards names Standard
from models import tables
from models.base import Base

programme_standard = tables.programme_standard


class Programme(Base):
    __table__ = tables.programme

    id: Mapped[int]
    name: Mapped[str]
    description: Mapped[str]
    scale: Mapped[str]
    threshold: Mapped[int]
    created_at: Mapped[datetime]

    standards = relationship("Standard", secondary=programme_standard, order_by="Standard.code")
    courses: Mapped[list[Course]] = relationship(
        back_populates="programme", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Course.position")


class Course(Base):
    __table__ = tables.course

    id: Mapped[int]
    programme_id: Mapped[int]
    position: Mapped[int]
    code: Mapped[str]
    name: Mapped[str]
    credits: Mapped[float | None]
    hours: Mapped[float | None]
    year: Mapped[int | None]
    semester: Mapped[str]

    programme: Mapped[Programme] = relationship(back_populates="courses")
    modules: Mapped[list[Module]] = relationship(
        back_populates="course", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Module.position")


class Module(Base):
    __table__ = tables.module

    id: Mapped[int]
    course_id: Mapped[int]
    position: Mapped[int]
    title: Mapped[str]
    hours: Mapped[float | None]
    description: Mapped[str]

    course: Mapped[Course] = relationship(back_populates="modules")
    mappings: Mapped[list[Mapping]] = relationship(
        back_populates="module", cascade="all, delete-orphan", passive_deletes=True)


class Mapping(Base):
    __table__ = tables.mapping

    id: Mapped[int]
    module_id: Mapped[int]
    item_id: Mapped[int]
    indicator_id: Mapped[int | None]
    level: Mapped[int]
    assessed: Mapped[bool]
    note: Mapped[str]

    module: Mapped[Module] = relationship(back_populates="mappings")


class MetaEntry(Base):
    __table__ = tables.meta

    key: Mapped[str]
    value: Mapped[str]
