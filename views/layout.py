"""Column widths from the header text (never from the contents: big models stay fast)."""
from __future__ import annotations

from views.qt import QHeaderView, Qt, QTreeView


def size_columns(view: QTreeView, stretch: int, widths: dict[int, int]) -> None:
    """``stretch`` takes the slack; each other column gets max(its minimum, its header's width)."""
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    metrics = header.fontMetrics()
    model = view.model()
    for col, minimum in widths.items():
        text = str(model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(col, max(minimum, metrics.horizontalAdvance(text) + 14))
