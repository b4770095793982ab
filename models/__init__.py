"""The Qt-free data model of a curriculum map.

``models.tables`` holds the schema as Core tables; the ORM classes named
below load on first use, so code that only reads through the tables (the
window's start-up) never imports or configures the ORM.
"""
from __future__ import annotations

import importlib

_WHERE = {
    "Base": "models.base",
    **{name: "models.curriculum" for name in (
        "Course", "Mapping", "MetaEntry", "Module", "Programme", "programme_standard")},
    **{name: "models.standard" for name in (
        "Duty", "Indicator", "Item", "Output", "Standard", "StandardCategory", "StandardVersion", "Task",
        "task_item")},
}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module 'models' has no attribute {name!r}")
    value = getattr(importlib.import_module(_WHERE[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
