"""Coverage before and after a migration, side by side: old version against new."""
from __future__ import annotations

from app.coverage.engine import Coverage
from views.qt import Qt
from views.table_base import FlatTableModel

_DISPLAY = Qt.ItemDataRole.DisplayRole
# (count, total) attributes of Coverage, one row each.
ROWS = (("items_covered", "items_total"), ("tasks_covered", "tasks_total"), ("tasks_partial", "tasks_total"),
        ("tasks_uncovered", "tasks_total"), ("attitudes_covered", "attitudes_total"))


class CoverageSideBySide(FlatTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.before: Coverage | None = None
        self.after: Coverage | None = None
        self.headers = ("", "", "")
        self.labels = (self.tr("K/S items covered"), self.tr("Tasks covered"), self.tr("Tasks partly covered"),
                       self.tr("Tasks not covered"), self.tr("Attitudes covered"))

    def set_coverage(self, before: Coverage | None, after: Coverage | None) -> None:
        self.beginResetModel()
        self.before, self.after = before, after
        # The columns are named after the two versions.
        self.headers = (self.tr("Coverage"), before.standard, after.standard) if before and after else ("", "", "")
        self.endResetModel()

    def row_count(self) -> int:
        return 0 if self.before is None else len(ROWS)

    def data(self, index, role=_DISPLAY):
        if not index.isValid() or self.before is None or not 0 <= index.row() < len(ROWS):
            return None
        count, total = ROWS[index.row()]
        if role == _DISPLAY:
            if index.column() == 0:
                return self.labels[index.row()]
            cov = self.before if index.column() == 1 else self.after
            n, of = getattr(cov, count), getattr(cov, total)
            return f"{n}/{of} ({round(100 * n / of) if of else 0}%)"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
