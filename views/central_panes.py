"""The central tabs beside the mapping editor: the coverage matrix and the gaps list.

Each is built the first time it is shown (views/lazy_pane.py), so launching
does not pay for loading every cell of the programme.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable

from views.lazy_pane import LazyPane
from views.main_window import MainWindow
from views.qt import QCoreApplication, QWidget

# (view name, module, class); each class takes the ViewContext.
CENTRAL_PANES = [("matrix", "views.matrix.pane", "MatrixPane"), ("gaps", "views.matrix.gaps", "GapsPane")]


def _pane_title(name: str) -> str:
    return {"matrix": QCoreApplication.translate("Panes", "Coverage matrix"),
            "gaps": QCoreApplication.translate("Panes", "Gaps")}[name]


def install_central_panes(win: MainWindow) -> None:
    for name, module, cls in CENTRAL_PANES:
        holder = LazyPane(_pane_factory(win, module, cls))
        win.add_pane_tab(holder, _pane_title(name), name)
    matrix = win.panes["matrix"]
    win.ctx.show_task_in_matrix.connect(lambda task_id: _show_task_in_matrix(win, matrix, task_id))


def _pane_factory(win: MainWindow, module: str, cls: str) -> Callable[[], QWidget]:
    # Imported on first show too: the matrix modules are not needed to paint the window.
    return lambda: getattr(importlib.import_module(module), cls)(win.ctx)


def _show_task_in_matrix(win: MainWindow, holder: LazyPane, task_id: int) -> None:
    """The gaps pane asked for a task: bring the matrix forward, built if need be."""
    if holder.pane is None:
        holder.ensure().show_task(task_id)  # it missed the signal it was not yet there for
    win.show_tab(holder)
