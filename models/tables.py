"""The schema as SQLAlchemy Core tables: what reads query, and what the ORM classes map.

Reads (the window's first screen among them) need only these tables, so a
start-up never pays for importing and configuring the ORM. ``NOT NULL``
follows what the ORM classes declare: ``str`` columns are required,
``X | None`` ones optional.
"""
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
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from models.levels import DEFAULT_SCALE, format_scale

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING_CONVENTION)

# For tables whose rows undo restores by id: SQLite must never reuse a freed id
# (migration 0003). PostgreSQL sequences never do.
NO_ID_REUSE = {"sqlite_autoincrement": True}


def _id() -> Column:
    return Column("id", Integer, primary_key=True)


def _parent(name: str, target: str, *, index: bool = True, on_delete: str = "CASCADE",
            nullable: bool = False) -> Column:
    return Column(name, ForeignKey(target, ondelete=on_delete), index=index, nullable=nullable)


def _position() -> Column:
    return Column("position", Integer, nullable=False, default=0)


# ---- the standard ----------------------------------------------------------

standard = Table(
    "standard", metadata,
    _id(),
    Column("code", String(40), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("name_kind", String(10), nullable=False, default="職業"),
    Column("version", Integer),
    Column("status", String(40), nullable=False, default=""),
    Column("level", Integer),
    Column("job_description", Text, nullable=False, default=""),
    Column("notes", Text, nullable=False, default=""),
    Column("source_name", String(400), nullable=False, default=""),
    Column("imported_at", DateTime, nullable=False, default=datetime.now),
    **NO_ID_REUSE,
)

# A row of the standard's versions table (V1 歷史版本, V2 最新版本…).
standard_version = Table(
    "standard_version", metadata,
    _id(),
    _parent("standard_id", "standard.id"),
    _position(),
    Column("version", String(20), nullable=False),
    Column("code", String(40), nullable=False),
    Column("name", String(200), nullable=False, default=""),
    Column("status", String(40), nullable=False, default=""),
    Column("note", Text, nullable=False, default=""),
    Column("date", String(20), nullable=False, default=""),
)

# 職類別, 職業別 or 行業別 with its code; a standard may name several industries.
standard_category = Table(
    "standard_category", metadata,
    _id(),
    _parent("standard_id", "standard.id"),
    _position(),
    Column("kind", String(10), nullable=False),
    Column("name", String(200), nullable=False),
    Column("code", String(20), nullable=False, default=""),
)

duty = Table(
    "duty", metadata,
    _id(),
    _parent("standard_id", "standard.id"),
    _position(),
    Column("code", String(20), nullable=False),
    Column("title", Text, nullable=False),
    UniqueConstraint("standard_id", "code"),
)

task = Table(
    "task", metadata,
    _id(),
    _parent("duty_id", "duty.id"),
    # Kept beside duty_id so coverage queries need no join through duty.
    _parent("standard_id", "standard.id"),
    _position(),
    Column("code", String(20), nullable=False),
    Column("title", Text, nullable=False),
    Column("level", Integer, nullable=False),
    UniqueConstraint("standard_id", "code"),
    CheckConstraint("level BETWEEN 1 AND 6", name="level_range"),
)

output = Table(
    "output", metadata,
    _id(),
    _parent("task_id", "task.id"),
    _position(),
    Column("code", String(20), nullable=False),
    Column("title", Text, nullable=False),
)

indicator = Table(
    "indicator", metadata,
    _id(),
    _parent("task_id", "task.id"),
    _position(),
    Column("code", String(20), nullable=False),
    Column("text", Text, nullable=False),
)

# A knowledge (K), skill (S) or attitude (A) item, numbered once per standard.
item = Table(
    "item", metadata,
    _id(),
    _parent("standard_id", "standard.id"),
    Column("kind", String(1), nullable=False),
    _position(),
    Column("code", String(20), nullable=False),
    Column("title", Text, nullable=False),
    UniqueConstraint("standard_id", "code"),
    CheckConstraint("kind IN ('K', 'S', 'A')", name="kind_valid"),
    **NO_ID_REUSE,
)

task_item = Table(
    "task_item", metadata,
    Column("task_id", ForeignKey("task.id", ondelete="CASCADE"), primary_key=True),
    Column("item_id", ForeignKey("item.id", ondelete="CASCADE"), primary_key=True, index=True),
)

# A competency block of a task: a row of the table with its own level, K and S.
# Most tasks have one; some list two or more (at the same or different levels).
# The task's level is the highest of its blocks', and task_item links the task
# to the K and S of all its blocks.
task_block = Table(
    "task_block", metadata,
    _id(),
    _parent("task_id", "task.id"),
    _position(),
    Column("level", Integer, nullable=False),
    CheckConstraint("level BETWEEN 1 AND 6", name="level_range"),
)

block_item = Table(
    "block_item", metadata,
    Column("block_id", ForeignKey("task_block.id", ondelete="CASCADE"), primary_key=True),
    Column("item_id", ForeignKey("item.id", ondelete="CASCADE"), primary_key=True, index=True),
)

# ---- the curriculum ---------------------------------------------------------

programme = Table(
    "programme", metadata,
    _id(),
    Column("name", String(200), nullable=False, unique=True),
    Column("description", Text, nullable=False, default=""),
    # Level labels, lowest first ("I,R,M"); a mapping stores the 1-based rank.
    Column("scale", String(100), nullable=False, default=format_scale(DEFAULT_SCALE)),
    # Lowest rank that counts as covered: 1 = any level.
    Column("threshold", Integer, nullable=False, default=1),
    Column("created_at", DateTime, nullable=False, default=datetime.now),
    CheckConstraint("threshold >= 1", name="threshold_positive"),
    **NO_ID_REUSE,
)

programme_standard = Table(
    "programme_standard", metadata,
    Column("programme_id", ForeignKey("programme.id", ondelete="CASCADE"), primary_key=True),
    Column("standard_id", ForeignKey("standard.id", ondelete="CASCADE"), primary_key=True, index=True),
)

course = Table(
    "course", metadata,
    _id(),
    _parent("programme_id", "programme.id"),
    _position(),
    Column("code", String(40), nullable=False),
    Column("name", String(200), nullable=False),
    Column("credits", Float),
    Column("hours", Float),
    Column("year", Integer),
    Column("semester", String(20), nullable=False, default=""),
    UniqueConstraint("programme_id", "code"),
    CheckConstraint("hours IS NULL OR hours >= 0", name="hours_nonneg"),
    CheckConstraint("credits IS NULL OR credits >= 0", name="credits_nonneg"),
    **NO_ID_REUSE,
)

# A unit (單元) of a course; its number is its 1-based position.
module = Table(
    "module", metadata,
    _id(),
    _parent("course_id", "course.id"),
    _position(),
    Column("title", String(300), nullable=False),
    Column("hours", Float),
    Column("description", Text, nullable=False, default=""),
    CheckConstraint("hours IS NULL OR hours >= 0", name="hours_nonneg"),
    **NO_ID_REUSE,
)

mapping = Table(
    "mapping", metadata,
    _id(),
    _parent("module_id", "module.id", index=False),  # the unique (module_id, item_id) serves it
    _parent("item_id", "item.id"),
    _parent("indicator_id", "indicator.id", index=False, on_delete="SET NULL", nullable=True),
    Column("level", Integer, nullable=False),
    Column("assessed", Boolean, nullable=False, default=False),
    Column("note", Text, nullable=False, default=""),
    UniqueConstraint("module_id", "item_id"),
    CheckConstraint("level >= 1", name="level_positive"),
    **NO_ID_REUSE,
)

# Marks the file as a curmap database and records what wrote it.
meta = Table(
    "curmap_meta", metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)

# What each change did, written in the change's own transaction (db/journal.py):
# an open window reads the entries other programs wrote since it last looked
# and refreshes what they touched.
change_journal = Table(
    "change_journal", metadata,
    Column("seq", Integer, primary_key=True),
    Column("origin", String(40), nullable=False),  # the writing workspace (one per open map, per process)
    Column("who", String(100), nullable=False, default=""),  # the user name, for the window's note
    Column("at", DateTime, nullable=False, default=datetime.now),
    Column("changes", Text, nullable=False),  # app.changes.Changes as JSON
    sqlite_autoincrement=True,
)
