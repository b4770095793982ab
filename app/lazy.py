"""A module imported on first use: the window starts before the ORM is loaded."""
from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class LazyModule:
    """Stands for module ``name`` and imports it when an attribute is first asked for.

    For the operations modules (which load the ORM, about 80 ms): the views
    name them at import time but call them only when the user changes something.
    """

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attr: str) -> Any:
        if self._module is None:
            self._module = importlib.import_module(self._name)
        return getattr(self._module, attr)


def load_operations() -> None:
    """Import the operations modules and configure the ORM they use.

    The window calls this on a background thread once it is painted, so the
    first change a user makes is as quick as every later one.
    """
    from sqlalchemy.orm import configure_mappers

    for name in ("app.curriculum.ops", "app.standards.store"):
        importlib.import_module(name)
    configure_mappers()
