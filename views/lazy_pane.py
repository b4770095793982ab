"""A central tab whose pane is built the first time it is needed.

The matrix and gaps panes load the whole programme's cells; building them at
launch would delay the first painted window for a tab the user may not open.
"""
from __future__ import annotations

from collections.abc import Callable

from views.qt import QVBoxLayout, QWidget


class LazyPane(QWidget):
    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self.pane: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.pane is None:
            self.pane = self._factory()
            self.layout().addWidget(self.pane)
            self.pane.show()  # a child added to a shown widget stays hidden otherwise
        return self.pane

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.ensure()
        super().showEvent(event)
