"""The matrix's table view: a fast cell delegate and headers that group.

Everything is sized up front (fixed sections, fixed header sizes): Qt never
measures contents, which on 3,000 columns would take tens of seconds. The
headers paint the summary row and column, so they stay visible while the
table scrolls.
"""
from __future__ import annotations

from html import escape

from app.coverage.live import ASSESSED, LEVEL
from views.coverage_style import COLOURS, PARTIAL, SYMBOLS, UNCOVERED, status_text
from views.mapping_keys import CYCLE, mapping_key
from views.matrix.model import GROUP, ITEMS, MODULES, TASK, MatrixModel
from views.qt import (
    QAbstractItemView,
    QColor,
    QFont,
    QFontMetrics,
    QHeaderView,
    QLabel,
    QPainter,
    QPen,
    QPoint,
    QPolygon,
    QRect,
    QSize,
    QStyle,
    QStyledItemDelegate,
    Qt,
    QTableView,
    Signal,
)

# A single-hue sequential ramp (ColorBrewer Blues): ordered by lightness, so it
# reads in greyscale and to colour-blind readers; the letter says it too.
RAMP = ["#dbe9f6", "#9ecae1", "#4292c6", "#1d5fa3", "#08306b"]
GRID, BOUNDARY, GROUP_BG, HEADER_BG = "#e2e7ee", "#8d9bb0", "#e4e9f0", "#f5f7fa"
BAND_BG = ("#e9eef5", "#f6f8fb")
TEXT, MUTED, GAP_BG, FOCUS_BG = "#1f2a37", "#6b7686", "#fbe3d4", "#fff1d6"
SELECT = QColor(255, 170, 40, 110)
CELL_W, TASK_W, COURSE_W, ROW_H, HEADER_H, ROWS_W = 30, 40, 76, 24, 62, 400
ROWS_MIN, ROWS_SHARE = 210, 0.45  # a narrow pane: the row headings take at most this share, titles elided
NARROW_ROWS = 320  # row headings narrower than this drop the words of a task's state (its mark stays)
_CENTER = Qt.AlignmentFlag.AlignCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def ramp(steps: int) -> list[QColor]:
    """``steps`` colours spread over RAMP, lightest first."""
    if steps <= 1:
        return [QColor(RAMP[2])]
    return [QColor(RAMP[round(k * (len(RAMP) - 1) / (steps - 1))]) for k in range(steps)]


def ink(colour: QColor) -> QColor:
    return QColor("#ffffff") if colour.lightnessF() < 0.55 else QColor(TEXT)


class CellDelegate(QStyledItemDelegate):
    """Paints a cell from one model call; no QStyle work per cell."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model: MatrixModel | None = None
        self.fills: list[QColor] = []
        self.pens: list[QColor] = []
        self.letters: list[str] = []
        self.grid = QColor(GRID)
        self.group = QColor(GROUP_BG)
        self.boundary = QColor(BOUNDARY)
        self.focus = QPen(QColor(TEXT), 2)
        self.small = QFont()
        self.small.setPointSizeF(max(6.5, self.small.pointSizeF() * 0.9))

    def set_model(self, model: MatrixModel) -> None:
        self.model = model
        d = model.live
        steps = len(d.scale) if model.view == ITEMS else 4
        colours = ramp(steps)
        self.fills = [QColor("#ffffff"), *colours]
        self.pens = [QColor(TEXT), *(ink(c) for c in colours)]
        self.letters = ["", *d.scale] if model.view == ITEMS else []
        # the assessed corner: dark on light shades, white on the darkest
        self.corners = [QColor(TEXT) if c.lightnessF() > 0.3 else QColor("#ffffff") for c in self.fills]
        self.corners[0] = QColor(TEXT)

    def paint(self, painter: QPainter, option, index) -> None:
        m = self.model
        row, col = index.row(), index.column()
        rect = option.rect
        if m.row_kind_at(row) == GROUP:
            painter.fillRect(rect, self.group)
            return
        text, v = m.paint_info(row, col)
        shade = v & LEVEL if self.letters else v
        state = option.state
        selected = state & QStyle.StateFlag.State_Selected
        if shade or selected:  # the view has painted the style's selection: cover it
            painter.fillRect(rect, self.fills[shade])
        if selected:
            painter.fillRect(rect, SELECT)
        if text:
            painter.setPen(self.pens[shade])
            if self.letters:
                painter.drawText(rect, _CENTER, self.letters[shade])
            else:
                painter.setFont(self.small)
                painter.drawText(rect, _CENTER, text)
                painter.setFont(option.font)
        if v & ASSESSED and self.letters:
            x, y = rect.right(), rect.top()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.corners[shade])
            painter.drawPolygon(QPolygon([QPoint(x - 8, y), QPoint(x + 1, y), QPoint(x + 1, y + 9)]))
        if m.band_start[col] == col:
            painter.setPen(self.boundary)
            painter.drawLine(rect.left(), rect.top(), rect.left(), rect.bottom())
        if state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(self.focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))


class ColumnHeader(QHeaderView):
    """Three bands: course (or term) spanning its columns, module number (or course), summary."""

    def __init__(self, parent=None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.mm: MatrixModel | None = None
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setMinimumSectionSize(8)
        self.setDefaultSectionSize(CELL_W)
        self.setHighlightSections(True)
        self.setSectionsClickable(True)
        self.bold = QFont(self.font())
        self.bold.setBold(True)
        self.small = QFont(self.font())
        self.small.setPointSizeF(max(6.5, self.font().pointSizeF() * 0.85))
        self.colours = {k: QColor(v) for k, v in (("grid", GRID), ("bound", BOUNDARY), ("bg", HEADER_BG),
                                                  ("text", TEXT), ("muted", MUTED), ("gap", GAP_BG),
                                                  ("gapink", COLOURS[UNCOVERED]))}
        self.bands = [QColor(c) for c in BAND_BG]
        self.current = QColor(255, 170, 40, 90)

    def sizeHint(self) -> QSize:
        return QSize(CELL_W * 10, HEADER_H)

    def sectionSizeFromContents(self, logical: int) -> QSize:
        return QSize(self.defaultSectionSize(), HEADER_H)

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        m, c = self.mm, self.colours
        if m is None or not 0 <= logical < m.columnCount():
            return
        col = m.column_ref(logical)
        h1, h2 = 20, 22
        painter.save()
        painter.setClipRect(rect)
        first, last = m.band_start[logical], m.band_end[logical]
        x0 = self.sectionViewportPosition(first)
        x1 = self.sectionViewportPosition(last) + self.sectionSize(last)
        band = QRect(x0, rect.top(), x1 - x0, h1)
        painter.fillRect(band, self.bands[m.band_no[logical] % 2])
        painter.fillRect(QRect(rect.left(), rect.top() + h1, rect.width(), rect.height() - h1), c["bg"])
        sel = self.selectionModel()
        if sel is not None and sel.currentIndex().column() == logical:
            painter.fillRect(QRect(rect.left(), rect.top() + h1, rect.width(), h2), self.current)
        painter.setPen(c["text"])
        painter.setFont(self.bold)
        visible = QRect(max(x0, 0), band.top(), min(x1, self.viewport().width()) - max(x0, 0), h1)
        label = self.fontMetrics().elidedText(m.column_band(col), Qt.TextElideMode.ElideRight,
                                              max(0, visible.width() - 6))
        painter.drawText(visible.adjusted(3, 0, -3, 0), _CENTER, label)
        painter.setFont(self.font())
        mid = QRect(rect.left(), rect.top() + h1, rect.width(), h2)
        text = m.column_number(col)
        painter.drawText(mid, _CENTER, self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                                      rect.width() - 2))
        low = QRect(rect.left(), rect.top() + h1 + h2, rect.width(), rect.height() - h1 - h2)
        painter.setFont(self.small)
        if m.column_mapped(col):
            painter.setPen(c["muted"])
            painter.drawText(low, _CENTER, str(m.column_summary(col)))
        else:  # maps nothing: stands out in the summary row
            painter.fillRect(low.adjusted(1, 1, -1, -1), c["gap"])
            painter.setPen(c["gapink"])
            painter.drawText(low, _CENTER, "0")
        painter.setPen(c["grid"])
        painter.drawLine(rect.left(), rect.top() + h1, rect.right(), rect.top() + h1)
        painter.drawLine(rect.left(), low.top(), rect.right(), low.top())
        painter.drawLine(rect.right(), rect.top() + h1, rect.right(), rect.bottom())
        painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())
        if first == logical:
            painter.setPen(c["bound"])
            painter.drawLine(rect.left(), rect.top(), rect.left(), rect.bottom())
        painter.restore()


class RowHeader(QHeaderView):
    """Group rows as bands; item rows as code, title and modules covering; tasks with status."""

    def __init__(self, parent=None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.mm: MatrixModel | None = None
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setDefaultSectionSize(ROW_H)
        self.setMinimumSectionSize(8)
        self.setHighlightSections(True)
        self.bold = QFont(self.font())
        self.bold.setBold(True)
        self.small = QFont(self.font())
        self.small.setPointSizeF(max(6.5, self.font().pointSizeF() * 0.85))
        self.c = {k: QColor(v) for k, v in (("grid", GRID), ("group", GROUP_BG), ("text", TEXT),
                                            ("muted", MUTED), ("gap", GAP_BG), ("focus", FOCUS_BG),
                                            ("gapink", COLOURS[UNCOVERED]), ("bar", COLOURS[PARTIAL]),
                                            ("bg", HEADER_BG))}
        self.status = {s: QColor(v) for s, v in COLOURS.items()}
        self.words = {s: status_text(s) for s in COLOURS}
        self.inks = {s: QColor(v).darker(135) for s, v in COLOURS.items()}  # words need more contrast
        self.current = QColor(255, 170, 40, 70)
        self.wanted = ROWS_W  # set by the view as it is resized

    def sizeHint(self) -> QSize:
        return QSize(self.wanted, ROW_H * 10)

    def sectionSizeFromContents(self, logical: int) -> QSize:
        return QSize(self.wanted, self.defaultSectionSize())

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        m, c = self.mm, self.c
        if m is None or not 0 <= logical < m.rowCount():
            return
        painter.save()
        painter.setClipRect(rect)
        fm = self.fontMetrics()
        kind = m.row_kind_at(logical)
        if kind == GROUP:
            painter.fillRect(rect, c["group"])
            g = m.groups[m.ref(logical)]
            detail = m.group_detail(g)
            painter.setFont(self.small)
            painter.setPen(c["muted"])
            dw = QFontMetrics(self.small).horizontalAdvance(detail) + 10
            painter.drawText(rect.adjusted(0, 0, -8, 0), _RIGHT, detail)
            painter.setFont(self.bold)
            painter.setPen(c["text"])
            painter.drawText(rect.adjusted(8, 0, -dw - 8, 0), _LEFT,
                             QFontMetrics(self.bold).elidedText(g.label, Qt.TextElideMode.ElideRight,
                                                                rect.width() - dw - 16))
        else:
            self._paint_row(painter, rect, logical, kind, fm)
        painter.setPen(c["grid"])
        painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())
        painter.drawLine(rect.right(), rect.top(), rect.right(), rect.bottom())
        painter.restore()

    def _paint_row(self, painter: QPainter, rect: QRect, row: int, kind: int, fm: QFontMetrics) -> None:
        m, c = self.mm, self.c
        x = m.ref(row)
        painter.fillRect(rect, c["bg"])
        if m.is_focus_row(row):
            painter.fillRect(rect, c["focus"])
            painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), c["bar"])
        sel = self.selectionModel()
        if sel is not None and sel.currentIndex().row() == row:
            painter.fillRect(rect, self.current)
        left = rect.left() + 10
        summary = m.row_summary(x)
        sw = 34
        srect = QRect(rect.right() - sw - 4, rect.top() + 3, sw, rect.height() - 6)
        painter.setFont(self.small)
        if summary:
            painter.setPen(c["muted"])
            painter.drawText(srect, _RIGHT, str(summary))
        else:  # nobody covers it: stands out in the summary column
            painter.fillRect(srect, c["gap"])
            painter.setPen(c["gapink"])
            painter.drawText(srect.adjusted(0, 0, -3, 0), _RIGHT, "0")
        right = srect.left()
        if kind == TASK:
            status = m.live.task_status(x)
            painter.setFont(self.font())
            painter.setPen(self.status[status])
            painter.drawText(QRect(left - 2, rect.top(), 16, rect.height()), _CENTER, SYMBOLS[status])
            if rect.width() >= NARROW_ROWS:  # narrower: the mark alone (the words are in the tooltip)
                painter.setFont(self.small)
                painter.setPen(self.inks[status])
                word = self.words[status]
                right -= QFontMetrics(self.small).horizontalAdvance(word) + 8
                painter.drawText(QRect(right, rect.top(), srect.left() - right - 4, rect.height()), _RIGHT, word)
            left += 18
            code = m.live.task_code[x]
            title = m.live.task_title[x]
        else:
            code = m.live.item_code[x]
            title = m.live.item_title[x]
        painter.setFont(self.bold)
        painter.setPen(c["text"])
        cw = 46
        painter.drawText(QRect(left, rect.top(), cw, rect.height()), _LEFT, code)
        painter.setFont(self.font())
        tw = right - (left + cw) - 6
        painter.drawText(QRect(left + cw, rect.top(), tw, rect.height()), _LEFT,
                         fm.elidedText(title, Qt.TextElideMode.ElideRight, tw))


class MatrixView(QTableView):
    """Emits ``edit_requested(action, level)`` for the edit keys; the pane applies it."""

    edit_requested = Signal(str, int)  # "cycle" | "set" | "clear" | "assessed", level
    escaped = Signal()  # Escape: drop the marked task's highlight

    def __init__(self, parent=None) -> None:
        self.corner = None
        super().__init__(parent)
        self.setObjectName("matrixView")
        self.cols = ColumnHeader(self)
        self.rows = RowHeader(self)
        self.setHorizontalHeader(self.cols)
        self.setVerticalHeader(self.rows)
        self.delegate = CellDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(False)
        self.setStyleSheet(f"QTableView {{ gridline-color: {GRID}; }}")
        self.corner = QLabel(self)
        self.corner.setObjectName("matrixCorner")
        self.corner.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.corner.setStyleSheet(f"background: {HEADER_BG}; color: {MUTED}; padding: 4px 8px;"
                                  f"border-right: 1px solid {GRID}; border-bottom: 1px solid {GRID};")
        self.corner.setWordWrap(True)
        self._corner: tuple[str, list[str], str] = ("", [], "")

    def set_corner(self, title: str, lines: list[str], note: str = "") -> None:
        """The top-left corner: a bold title, facts on one line, a small note; in a narrow pane,
        the title and the first fact (all of it in the tooltip)."""
        self._corner = (title, lines, note)
        self._show_corner()

    def _show_corner(self) -> None:
        title, lines, note = self._corner
        wide = self.rows.wanted >= ROWS_W
        html = f"<b>{escape(title)}</b>"
        if lines:
            html += "<br>" + escape(" · ".join(lines) if wide else lines[0])
        if note and wide:
            html += f"<br><small>{escape(note)}</small>"
        self.corner.setText(html)
        self.corner.setToolTip("\n".join(t for t in (title, *lines, note) if t))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        wanted = max(ROWS_MIN, min(ROWS_W, round(self.width() * ROWS_SHARE)))
        if wanted != self.rows.wanted:
            self.rows.wanted = wanted
            self.updateGeometries()
            self._show_corner()

    def setModel(self, model: MatrixModel) -> None:
        super().setModel(model)
        self.cols.mm = self.rows.mm = model
        self.adopt()

    def adopt(self) -> None:
        """Take the model's mode: cell colours and column width (after a reset)."""
        model = self.model()
        self.delegate.set_model(model)
        width = COURSE_W if model.col_mode != MODULES else CELL_W if model.view == ITEMS else TASK_W
        self.cols.setDefaultSectionSize(width)
        self.cols.viewport().update()
        self.rows.viewport().update()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        if getattr(self, "corner", None) is None:
            return  # called from the base constructor
        self.corner.setGeometry(self.frameWidth(), self.frameWidth(), self.rows.width(), self.cols.height())
        self.corner.raise_()

    def keyPressEvent(self, event) -> None:
        model = self.model()
        scale = model.live.scale if model is not None and model.view == ITEMS else ()
        pressed = mapping_key(event, scale)
        if pressed is not None:
            self.edit_requested.emit(*pressed)
        elif event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event) -> None:
        # A click on the one selected cell cycles its level; the first click selects.
        index = self.indexAt(event.position().toPoint())
        sel = self.selectionModel()
        if (event.button() == Qt.MouseButton.LeftButton and index.isValid()
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and index == self.currentIndex() and sel is not None):
            ranges = sel.selection()
            if len(ranges) == 1 and ranges[0].width() == 1 and ranges[0].height() == 1 \
                    and sel.isSelected(index):
                self.edit_requested.emit(CYCLE, 0)
                event.accept()
                return
        super().mousePressEvent(event)

