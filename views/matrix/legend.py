"""The matrix's legend: what the shades, marks and summary numbers mean."""
from __future__ import annotations

from views.coverage_style import COLOURS, COVERED, PARTIAL, SYMBOLS, UNCOVERED, status_text
from views.levels import level_word
from views.matrix.view import GAP_BG, TEXT, ink, ramp
from views.qt import QColor, QFont, QFontMetrics, QPainter, QPoint, QPolygon, QRect, QSize, Qt, QWidget

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter


class MatrixLegend(QWidget):
    """One line, painted: swatches are the very colours the cells use."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("matrixLegend")
        self.view = "items"
        self.scale: tuple[str, ...] = ("I", "R", "M")
        self.setMinimumHeight(30)

    def set_mode(self, view: str, scale: tuple[str, ...]) -> None:
        self.view, self.scale = view, tuple(scale)
        self.setToolTip(self.tr("The numbers at the end of each row count the modules covering it; "
                                "those under each column, what the column covers. "
                                "A highlighted 0 is a gap."))
        self.setMinimumWidth(self._width())
        self.update()

    def _width(self) -> int:
        """What paintEvent takes, to keep the layout from cutting it."""
        fm = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        x = 8
        for kind, payload in self._entries():
            if kind == "title":
                x += QFontMetrics(bold).horizontalAdvance(payload) + 10
            else:
                words = payload[2] if kind == "swatch" else status_text(payload) if kind == "status" else payload
                x += (18 if kind == "status" else 26) + fm.horizontalAdvance(words) + (18 if words else 4)
        return x

    def sizeHint(self) -> QSize:
        return QSize(self._width(), 30)

    def _entries(self) -> list[tuple[str, object]]:
        """(kind, payload): swatch entries and plain words, in reading order."""
        out: list[tuple[str, object]] = []
        if self.view == "items":
            out.append(("title", self.tr("Mapping level")))
            for label, colour in zip(self.scale, ramp(len(self.scale))):
                out.append(("swatch", (colour, label, level_word(label, self.scale))))
            out.append(("assessed", self.tr("assessed")))
            out.append(("gap", self.tr("no module covers it / maps nothing")))
        else:
            out.append(("title", self.tr("Share of the task's K/S items")))
            for colour, label in zip(ramp(4), ("≤25%", "≤50%", "≤75%", "≤100%")):
                out.append(("swatch", (colour, "", label)))
            for status in (COVERED, PARTIAL, UNCOVERED):
                out.append(("status", status))
            out.append(("gap", self.tr("nothing contributes")))
        return out

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        fm = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        h = self.height()
        x, box = 8, 18
        y = (h - box) // 2
        text = QColor(TEXT)
        for kind, payload in self._entries():
            if kind == "title":
                p.setFont(bold)
                p.setPen(text)
                w = p.fontMetrics().horizontalAdvance(payload)
                p.drawText(QRect(x, 0, w + 2, h), _LEFT, payload)
                p.setFont(self.font())
                x += w + 10
                continue
            if kind == "swatch":
                colour, letter, name = payload
                p.fillRect(QRect(x, y, box + 4, box), colour)
                p.setPen(ink(colour))
                p.drawText(QRect(x, y, box + 4, box), _CENTER, letter)
                x += box + 8
                words = name
            elif kind == "assessed":
                p.setPen(QColor("#c9d2dd"))
                p.drawRect(QRect(x, y, box + 4, box - 1))
                r = x + box + 4
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(text)
                p.drawPolygon(QPolygon([QPoint(r - 8, y), QPoint(r + 1, y), QPoint(r + 1, y + 9)]))
                x += box + 8
                words = payload
            elif kind == "status":
                p.setPen(QColor(COLOURS[payload]))
                p.drawText(QRect(x, 0, 16, h), _CENTER, SYMBOLS[payload])
                x += 18
                words = status_text(payload)
            elif kind == "gap":
                p.fillRect(QRect(x, y, box + 4, box), QColor(GAP_BG))
                p.setPen(QColor(COLOURS[UNCOVERED]))
                p.drawText(QRect(x, y, box + 4, box), _CENTER, "0")
                x += box + 8
                words = payload
            p.setPen(text)
            w = fm.horizontalAdvance(words)
            p.drawText(QRect(x, 0, w + 2, h), _LEFT, words)
            x += w + (18 if words else 4)
        p.end()
