"""A competency standard (職能基準) as published on iCAP."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import NO_ID_REUSE, Base

task_item = Table(
    "task_item",
    Base.metadata,
    Column("task_id", ForeignKey("task.id", ondelete="CASCADE"), primary_key=True),
    Column("item_id", ForeignKey("item.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Standard(Base):
    __tablename__ = "standard"
    __table_args__ = (NO_ID_REUSE,)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_kind: Mapped[str] = mapped_column(String(10), default="職業")
    version: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(40), default="")
    level: Mapped[int | None] = mapped_column(Integer)
    job_description: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    source_name: Mapped[str] = mapped_column(String(400), default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)

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
    """A row of the standard's versions table (V1 歷史版本, V2 最新版本…)."""

    __tablename__ = "standard_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    standard_id: Mapped[int] = mapped_column(ForeignKey("standard.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[str] = mapped_column(String(20))
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[str] = mapped_column(String(20), default="")

    standard: Mapped[Standard] = relationship(back_populates="versions")


class StandardCategory(Base):
    """職類別, 職業別 or 行業別 with its code; a standard may name several industries."""

    __tablename__ = "standard_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    standard_id: Mapped[int] = mapped_column(ForeignKey("standard.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(20), default="")

    standard: Mapped[Standard] = relationship(back_populates="categories")


class Duty(Base):
    __tablename__ = "duty"
    __table_args__ = (UniqueConstraint("standard_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    standard_id: Mapped[int] = mapped_column(ForeignKey("standard.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text)

    standard: Mapped[Standard] = relationship(back_populates="duties")
    tasks: Mapped[list[Task]] = relationship(
        back_populates="duty", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Task.position")


class Task(Base):
    __tablename__ = "task"
    __table_args__ = (
        UniqueConstraint("standard_id", "code"),
        CheckConstraint("level BETWEEN 1 AND 6", name="level_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    duty_id: Mapped[int] = mapped_column(ForeignKey("duty.id", ondelete="CASCADE"), index=True)
    # Kept beside duty_id so coverage queries need no join through duty.
    standard_id: Mapped[int] = mapped_column(ForeignKey("standard.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text)
    level: Mapped[int] = mapped_column(Integer)

    duty: Mapped[Duty] = relationship(back_populates="tasks")
    outputs: Mapped[list[Output]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Output.position")
    indicators: Mapped[list[Indicator]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Indicator.position")
    items: Mapped[list[Item]] = relationship(secondary=task_item, back_populates="tasks")


class Output(Base):
    __tablename__ = "output"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text)


class Indicator(Base):
    __tablename__ = "indicator"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)


class Item(Base):
    """A knowledge (K), skill (S) or attitude (A) item, numbered once per standard."""

    __tablename__ = "item"
    __table_args__ = (
        UniqueConstraint("standard_id", "code"),
        CheckConstraint("kind IN ('K', 'S', 'A')", name="kind_valid"),
        NO_ID_REUSE,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    standard_id: Mapped[int] = mapped_column(ForeignKey("standard.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(1))
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text)

    standard: Mapped[Standard] = relationship(back_populates="items")
    tasks: Mapped[list[Task]] = relationship(secondary=task_item, back_populates="items")
