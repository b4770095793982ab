"""The Qt-free data model of a curriculum map."""
from models.base import Base
from models.curriculum import Course, Mapping, MetaEntry, Module, Programme, programme_standard
from models.standard import (
    Duty,
    Indicator,
    Item,
    Output,
    Standard,
    StandardCategory,
    StandardVersion,
    Task,
    task_item,
)

__all__ = [
    "Base", "Course", "Duty", "Indicator", "Item", "Mapping", "MetaEntry", "Module",
    "Output", "Programme", "Standard", "StandardCategory", "StandardVersion", "Task",
    "programme_standard", "task_item",
]
