"""Column widths from the header text (never from the contents: big models stay fast),
and headers that wrap their words instead of cutting them in a narrow pane."""
from __future__ import annotations

from views.qt import QAbstractItemView, QHeaderView, QRect, QSize, Qt, QTreeView

_PAD = 14  # what a section needs beside its text (the style's margins, 4 + 4, and some slack)
_MARGINS = 8  # what the style leaves for the text when it paints a section
_WRAP = Qt.TextFlag.TextWordWrap


class WrapHeader(QHeaderView):
    """A horizontal header whose texts wrap onto a second line when their section is narrow
    ("Mapping / level"), growing as tall as its tallest text."""

    def __init__(self, parent: QAbstractItemView, alignment: Qt.AlignmentFlag | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment((alignment or Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) | _WRAP)
        self.setSectionsClickable(True)
        self.setHighlightSections(False)
        self.sectionResized.connect(self._remeasure)

    def _remeasure(self, logical: int, _old: int, _new: int) -> None:
        self.headerDataChanged(self.orientation(), logical, logical)  # drops the cached height

    def initStyleOptionForIndex(self, option, logical: int) -> None:  # noqa: N802 - Qt override
        super().initStyleOptionForIndex(option, logical)
        option.textAlignment |= _WRAP  # also for sections whose model gives their own alignment

    def sectionSizeFromContents(self, logical: int) -> QSize:  # noqa: N802 - Qt override
        size = super().sectionSizeFromContents(logical)
        model = self.model()
        if model is None:
            return size
        text = str(model.headerData(logical, self.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        width = max(8, self.sectionSize(logical) - _MARGINS)
        lines = self.fontMetrics().boundingRect(QRect(0, 0, width, 10_000), int(_WRAP), text).height()
        return QSize(size.width(), max(size.height(), lines + 8))


def wrap_header(view: QAbstractItemView, alignment: Qt.AlignmentFlag | None = None) -> WrapHeader:
    """Give a tree or table view a ``WrapHeader``, keeping what its own header did."""
    header = WrapHeader(view, alignment)
    if isinstance(view, QTreeView):
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        view.setHeader(header)
    else:
        view.setHorizontalHeader(header)
    return header


def text_width(header: QHeaderView, text: str, wrap: bool) -> int:
    """The width a header section needs for ``text``: whole, or, if it may wrap, its longest word."""
    metrics = header.fontMetrics()
    if wrap:
        return max((metrics.horizontalAdvance(w) for w in text.split()), default=0) + _PAD
    return metrics.horizontalAdvance(text) + _PAD


def size_columns(view: QTreeView, stretch: int, widths: dict[int, int]) -> None:
    """``stretch`` takes the slack; each other column gets max(its minimum, its header's width)
    (its longest word's, under a ``WrapHeader``)."""
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    model = view.model()
    wrap = isinstance(header, WrapHeader)
    for col, minimum in widths.items():
        text = str(model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(col, max(minimum, text_width(header, text, wrap)))
