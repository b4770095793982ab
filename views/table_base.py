"""What flat tables share (gaps, compare view, wizard): a flat model with fixed headers,
a proxy that refilters the Qt 6.10 way, and one look for their views."""
from __future__ import annotations

from collections.abc import Callable

from views.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QHeaderView,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTableView,
    QWidget,
)

_DISPLAY = Qt.ItemDataRole.DisplayRole


class FlatTableModel(QAbstractTableModel):
    """Rows of a list (``row_count``) under ``headers``; selectable, read-only unless a subclass says."""

    headers: tuple[str, ...] = ()

    def row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=_DISPLAY):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def refilter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Apply ``change`` to the proxy's filter settings and filter again."""
    # Qt 6.10 deprecates invalidateFilter() for begin/endFilterChange().
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:  # pragma: no cover - PySide6 < 6.10
        change()
        proxy.invalidateFilter()


def table_view(parent: QWidget, name: str, model, stretch: int, widths: dict[int, int]) -> QTableView:
    """A sortable, row-selecting table in the model's own order, one line per row."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the model's order until a header is clicked
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table for the buttons; arrows move within it
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    metrics = header.fontMetrics()
    for col, width in widths.items():  # never narrower than its heading ("Old code", not "Old cod")
        heading = str(model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        view.setColumnWidth(col, max(width, metrics.horizontalAdvance(heading) + 16))
    return view
