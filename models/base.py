"""Declarative base over the Core tables of models/tables.py (one MetaData for both)."""
from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase

from models.tables import metadata


class Base(DeclarativeBase):
    metadata = metadata
