"""A curriculum map: programmes -> courses -> modules, and their mappings to items."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import NO_ID_REUSE, Base
from models.levels import DEFAULT_SCALE, format_scale

programme_standard = Table(
    "programme_standard",
    Base.metadata,
    Column("programme_id", ForeignKey("programme.id", ondelete="CASCADE"), primary_key=True),
    Column("standard_id", ForeignKey("standard.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Programme(Base):
    __tablename__ = "programme"
    __table_args__ = (CheckConstraint("threshold >= 1", name="threshold_positive"), NO_ID_REUSE)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    # Level labels, lowest first ("I,R,M"); a mapping stores the 1-based rank.
    scale: Mapped[str] = mapped_column(String(100), default=format_scale(DEFAULT_SCALE))
    # Lowest rank that counts as covered: 1 = any level.
    threshold: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)

    standards = relationship("Standard", secondary=programme_standard, order_by="Standard.code")
    courses: Mapped[list[Course]] = relationship(
        back_populates="programme", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Course.position")


class Course(Base):
    __tablename__ = "course"
    __table_args__ = (
        UniqueConstraint("programme_id", "code"),
        CheckConstraint("hours IS NULL OR hours >= 0", name="hours_nonneg"),
        CheckConstraint("credits IS NULL OR credits >= 0", name="credits_nonneg"),
        NO_ID_REUSE,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    credits: Mapped[float | None] = mapped_column(Float)
    hours: Mapped[float | None] = mapped_column(Float)
    year: Mapped[int | None] = mapped_column(Integer)
    semester: Mapped[str] = mapped_column(String(20), default="")

    programme: Mapped[Programme] = relationship(back_populates="courses")
    modules: Mapped[list[Module]] = relationship(
        back_populates="course", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Module.position")


class Module(Base):
    """A unit (單元) of a course; its number is its 1-based position."""

    __tablename__ = "module"
    __table_args__ = (CheckConstraint("hours IS NULL OR hours >= 0", name="hours_nonneg"), NO_ID_REUSE)

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    hours: Mapped[float | None] = mapped_column(Float)
    description: Mapped[str] = mapped_column(Text, default="")

    course: Mapped[Course] = relationship(back_populates="modules")
    mappings: Mapped[list[Mapping]] = relationship(
        back_populates="module", cascade="all, delete-orphan", passive_deletes=True)


class Mapping(Base):
    __tablename__ = "mapping"
    __table_args__ = (
        UniqueConstraint("module_id", "item_id"),
        CheckConstraint("level >= 1", name="level_positive"),
        NO_ID_REUSE,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    module_id: Mapped[int] = mapped_column(ForeignKey("module.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), index=True)
    indicator_id: Mapped[int | None] = mapped_column(ForeignKey("indicator.id", ondelete="SET NULL"))
    level: Mapped[int] = mapped_column(Integer)
    assessed: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")

    module: Mapped[Module] = relationship(back_populates="mappings")


class MetaEntry(Base):
    """Marks the file as a curmap database and records what wrote it."""

    __tablename__ = "curmap_meta"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
