"""The matrix's legend: what the shades, marks and summary numbers mean."""
from __future__ import annotations

from views.coverage_style import COLOURS, COVERED, PARTIAL, SYMBOLS, UNCOVERED, status_text
from views.levels import level_word
from views.matrix.view import GAP_BG, TEXT, ink, ramp
from views.qt import QColor, QFont, QFontMetrics, QPainter, QPoint, QPolygon, QRect, QSize, Qt, QWidget

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter


class MatrixLegend(QWidget):
    """Painted: swatches are the very colours the cells use. Its entries wrap onto more
    lines when the pane is narrow (an entry and its words are never split)."""

    LINE = 26

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("matrixLegend")
        self.view = "items"
        self.scale: tuple[str, ...] = ("I", "R", "M")
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_mode(self, view: str, scale: tuple[str, ...]) -> None:
        self.view, self.scale = view, tuple(scale)
        self.setToolTip(self.tr("The numbers at the end of each row count the modules covering it; "
                                "those under each column, what the column covers. "
                                "A highlighted 0 is a gap."))
        self.updateGeometry()
        self.update()

    def _bold(self) -> QFont:
        bold = QFont(self.font())
        bold.setBold(True)
        return bold

    def _widths(self) -> list[tuple[str, object, int]]:
        """(kind, payload, width) of each entry, as paintEvent draws it."""
        fm, bold = self.fontMetrics(), QFontMetrics(self._bold())
        out = []
        for kind, payload in self._entries():
            if kind == "title":
                width = bold.horizontalAdvance(payload) + 10
            else:
                words = payload[2] if kind == "swatch" else status_text(payload) if kind == "status" else payload
                width = (18 if kind == "status" else 26) + fm.horizontalAdvance(words) + (18 if words else 4)
            out.append((kind, payload, width))
        return out

    def _lines(self, width: int) -> list[list[tuple[str, object, int]]]:
        """The entries line by line in ``width``."""
        lines: list[list[tuple[str, object, int]]] = [[]]
        x = 8
        for entry in self._widths():
            if lines[-1] and x + entry[2] > width:
                lines.append([])
                x = 8
            lines[-1].append(entry)
            x += entry[2]
        return lines

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return len(self._lines(width)) * self.LINE + 4

    def sizeHint(self) -> QSize:
        return QSize(8 + sum(w for _, _, w in self._widths()), self.LINE + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(8 + max((w for _, _, w in self._widths()), default=0), self.LINE + 4)

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
        bold = self._bold()
        text = QColor(TEXT)
        box = 18
        for n, line in enumerate(self._lines(self.width())):
            top, h, x = 2 + n * self.LINE, self.LINE, 8
            y = top + (h - box) // 2
            for kind, payload, width in line:
                start = x
                if kind == "title":
                    p.setFont(bold)
                    p.setPen(text)
                    p.drawText(QRect(x, top, width, h), _LEFT, payload)
                    p.setFont(self.font())
                    x = start + width
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
                    p.drawText(QRect(x, top, 16, h), _CENTER, SYMBOLS[payload])
                    x += 18
                    words = status_text(payload)
                else:  # "gap"
                    p.fillRect(QRect(x, y, box + 4, box), QColor(GAP_BG))
                    p.setPen(QColor(COLOURS[UNCOVERED]))
                    p.drawText(QRect(x, y, box + 4, box), _CENTER, "0")
                    x += box + 8
                    words = payload
                p.setPen(text)
                p.drawText(QRect(x, top, fm.horizontalAdvance(words) + 2, h), _LEFT, words)
                x = start + width
        p.end()
