"""A flat list of (id, text) choices for combo boxes (programmes, tasks, standards)."""
from __future__ import annotations

from views.qt import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from views.tree_base import ID_ROLE, SORT_ROLE


class ChoiceListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, str, str]] = []  # id, text, tooltip

    def set_choices(self, rows: list[tuple[int, str, str]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def id_at(self, row: int) -> int:
        return self._rows[row][0] if 0 <= row < len(self._rows) else 0

    def row_of(self, ident: int) -> int:
        return next((n for n, r in enumerate(self._rows) if r[0] == ident), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        ident, text, tip = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip or text
        if role == ID_ROLE:
            return ident
        if role == SORT_ROLE:
            return index.row()
        return None
