"""How a coverage state looks: a shape, a colour and a word.

Shapes differ (full disc, half disc, empty ring) and the colours come from
the Okabe-Ito palette, so no one has to tell the states apart by hue alone.
"""
from __future__ import annotations

from models.vocabulary import COVERED, PARTIAL, UNCOVERED
from views.qt import QBrush, QColor, QCoreApplication, QIcon, QPainter, QPen, QPixmap, QRect, Qt

ORDER = {UNCOVERED: 0, PARTIAL: 1, COVERED: 2}  # sort: worst first
COLOURS = {COVERED: "#0072B2", PARTIAL: "#E69F00", UNCOVERED: "#D55E00"}
SYMBOLS = {COVERED: "●", PARTIAL: "◐", UNCOVERED: "○"}


def status_text(status: str, short: bool = False) -> str:
    if short and status == PARTIAL:  # fits a narrow column
        return QCoreApplication.translate("Coverage", "Partly")
    return {
        COVERED: QCoreApplication.translate("Coverage", "Covered"),
        PARTIAL: QCoreApplication.translate("Coverage", "Partly covered"),
        UNCOVERED: QCoreApplication.translate("Coverage", "Not covered"),
    }[status]


class CoverageIcons:
    """Icons drawn once per model (they need a running QGuiApplication)."""

    def __init__(self, size: int = 12) -> None:
        self._icons = {s: _draw(s, size) for s in COLOURS}

    def __getitem__(self, status: str) -> QIcon:
        return self._icons[status]


def _draw(status: str, size: int) -> QIcon:
    pix = QPixmap(size * 2, size * 2)  # drawn at 2x so it stays crisp on HiDPI
    pix.fill(Qt.GlobalColor.transparent)
    pix.setDevicePixelRatio(2.0)
    colour = QColor(COLOURS[status])
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRect(1, 1, size - 2, size - 2)
    p.setPen(QPen(colour, 1.6))
    if status == COVERED:
        p.setBrush(QBrush(colour))
        p.drawEllipse(rect)
    elif status == PARTIAL:
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(rect)
        p.setBrush(QBrush(colour))
        p.drawPie(rect, 90 * 16, 180 * 16)  # the left half filled
    else:
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(rect)
    p.end()
    return QIcon(pix)
