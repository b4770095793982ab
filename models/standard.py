"""A competency standard (職能基準) as published on iCAP: ORM classes over models/tables.py."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Mapped, relationship

from models import tables
from models.base import Base

task_item = tables.task_item


class Standard(Base):
    __table__ = tables.standard

    id: Mapped[int]
    code: Mapped[str]
    name: Mapped[str]
    name_kind: Mapped[str]
    version: Mapped[int | None]
    status: Mapped[str]
    level: Mapped[int | None]
    job_description: Mapped[str]
    notes: Mapped[str]
    source_name: Mapped[str]
    imported_at: Mapped[datetime]

    versions: Mapped[list[StandardVersion]] = relationship(
        back_populates="standard", cascade="all, delete-orphan", passive_deletes=True,
        order_by="StandardVersion.position")
    categories: Mapped[list[StandardCategory]] = relationship(
        back_populates="standard", cascade="all, delete-orphan", passive_deletes=True,
        order_by="StandardCategory.position")
    duties: Mapped[list[Duty]] = relationship(
        back_populates="standard", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Duty.position")
    items: Mapped[list[Item]] = relationship(
        back_populates="standard", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Item.position")


class StandardVersion(Base):
    __table__ = tables.standard_version

    id: Mapped[int]
    standard_id: Mapped[int]
    position: Mapped[int]
    version: Mapped[str]
    code: Mapped[str]
    name: Mapped[str]
    status: Mapped[str]
    note: Mapped[str]
    date: Mapped[str]

    standard: Mapped[Standard] = relationship(back_populates="versions")


class StandardCategory(Base):
    __table__ = tables.standard_category

    id: Mapped[int]
    standard_id: Mapped[int]
    position: Mapped[int]
    kind: Mapped[str]
    name: Mapped[str]
    code: Mapped[str]

    standard: Mapped[Standard] = relationship(back_populates="categories")


class Duty(Base):
    __table__ = tables.duty

    id: Mapped[int]
    standard_id: Mapped[int]
    position: Mapped[int]
    code: Mapped[str]
    title: Mapped[str]

    standard: Mapped[Standard] = relationship(back_populates="duties")
    tasks: Mapped[list[Task]] = relationship(
        back_populates="duty", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Task.position")


class Task(Base):
    __table__ = tables.task

    id: Mapped[int]
    duty_id: Mapped[int]
    standard_id: Mapped[int]
    position: Mapped[int]
    code: Mapped[str]
    title: Mapped[str]
    level: Mapped[int]

    duty: Mapped[Duty] = relationship(back_populates="tasks")
    outputs: Mapped[list[Output]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Output.position")
    indicators: Mapped[list[Indicator]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Indicator.position")
    items: Mapped[list[Item]] = relationship(secondary=task_item, back_populates="tasks")


class Output(Base):
    __table__ = tables.output

    id: Mapped[int]
    task_id: Mapped[int]
    position: Mapped[int]
    code: Mapped[str]
    title: Mapped[str]


class Indicator(Base):
    __table__ = tables.indicator

    id: Mapped[int]
    task_id: Mapped[int]
    position: Mapped[int]
    code: Mapped[str]
    text: Mapped[str]


class Item(Base):
    __table__ = tables.item

    id: Mapped[int]
    standard_id: Mapped[int]
    kind: Mapped[str]
    position: Mapped[int]
    code: Mapped[str]
    title: Mapped[str]

    standard: Mapped[Standard] = relationship(back_populates="items")
    tasks: Mapped[list[Task]] = relationship(secondary=task_item, back_populates="items")
