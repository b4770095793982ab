"""The coverage report on paper: laid out once into pages of drawing steps, then
painted on any QPagedPaintDevice (a printer, a PDF writer, the print preview).

Per standard: the summary, a chart of each duty's tasks, the tasks not fully
covered with what they miss, then the matrix of items against modules, split
over as many pages as it needs with the item and module headers repeated.
Sizes are in points; CJK text comes through Qt's font fallback and is
embedded in a PDF.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.excel.common import level_fills
from app.report import CoverageReport, ReportStandard
from views.coverage_style import COLOURS, COVERED, PARTIAL, UNCOVERED, status_text
from views.i18n import fmt
from views.levels import level_word
from views.qt import QBrush, QColor, QFont, QFontMetricsF, QObject, QPainter, QPen, QPointF, QRectF, Qt
from views.report_tables import WRAP, gap_table, matrix_pages

Step = Callable[[QPainter], None]
ON_COLOUR = {COVERED: "#FFFFFF", PARTIAL: "#000000", UNCOVERED: "#FFFFFF"}
HATCH = {COVERED: Qt.BrushStyle.NoBrush, PARTIAL: Qt.BrushStyle.Dense6Pattern,
         UNCOVERED: Qt.BrushStyle.BDiagPattern}  # tells the states apart in black and white too
GRID = QColor("#A6A6A6")


@dataclass
class Fonts:
    body: QFont
    bold: QFont
    small: QFont
    heading: QFont
    title: QFont


class ReportLayout(QObject):
    """Pages of drawing steps for one report on one device (its size and resolution)."""

    def __init__(self, report: CoverageReport, device) -> None:
        super().__init__()
        self.report, self.device = report, device
        self.k = device.logicalDpiY() / 72.0  # device pixels per point
        self.width, self.height = device.width() / self.k, device.height() / self.k
        self.bottom = self.height - 20  # room for the footer
        self.fonts = Fonts(*(self._font(size, bold) for size, bold in
                             ((9, False), (9, True), (7, False), (12.5, True), (18, True))))
        self.pages: list[list[Step]] = []
        self.y = 0.0

    # ---- primitives ---------------------------------------------------------

    def _font(self, points: float, bold: bool) -> QFont:
        # No bold: CJK fonts such as WenQuanYi have no bold face, and Qt's synthetic bold
        # draws each glyph twice, which a PDF's text (search, copy) then repeats: 涵涵蓋蓋.
        # Headings stand out by size and weight of colour instead.
        font = QFont()
        font.setPointSizeF(points + (0.5 if bold else 0))
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)

    def _px(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(x * self.k, y * self.k, w * self.k, h * self.k)

    def new_page(self) -> None:
        self.pages.append([])
        self.y = 0.0

    def need(self, height: float) -> bool:
        """Start a new page unless ``height`` points fit below; True when it did."""
        if not self.pages or self.y + height > self.bottom:
            self.new_page()
            return True
        return False

    def text_height(self, text: str, font: QFont, width: float) -> float:
        rect = self.metrics(font).boundingRect(QRectF(0, 0, width * self.k, 1e7), WRAP, text)
        return rect.height() / self.k

    def text(self, x: float, y: float, w: float, h: float, text: str, font: QFont, flags: int = WRAP,
             colour: str = "#000000") -> None:
        rect = self._px(x, y, w, h)

        def step(p: QPainter) -> None:
            p.setFont(font)
            p.setPen(QColor(colour))
            p.drawText(rect, flags, text)
        self.pages[-1].append(step)

    def box(self, x: float, y: float, w: float, h: float, fill: str | None, line: QColor | None = GRID,
            hatch: Qt.BrushStyle = Qt.BrushStyle.NoBrush) -> None:
        rect = self._px(x, y, w, h)
        pen = QPen(line, 0.5 * self.k) if line is not None else QPen(Qt.PenStyle.NoPen)

        def step(p: QPainter) -> None:
            p.setPen(pen)
            p.setBrush(QBrush(QColor(fill)) if fill else Qt.BrushStyle.NoBrush)
            p.drawRect(rect)
            if hatch != Qt.BrushStyle.NoBrush:
                p.setBrush(QBrush(QColor(0, 0, 0, 70), hatch))
                p.setPen(QPen(Qt.PenStyle.NoPen))
                p.drawRect(rect)
        self.pages[-1].append(step)

    def paragraph(self, text: str, font: QFont, gap: float = 4) -> None:
        h = self.text_height(text, font, self.width)
        self.need(h)
        self.text(0, self.y, self.width, h + 1, text, font)
        self.y += h + gap

    def heading(self, text: str, room: float = 60) -> None:
        """A section heading, kept on one page with ``room`` points of what follows."""
        h = self.text_height(text, self.fonts.heading, self.width)
        self.need(h + room)
        self.y += 6 if self.y else 0
        self.text(0, self.y, self.width, h + 1, text, self.fonts.heading)
        self.y += h + 6

    # ---- the report ---------------------------------------------------------

    def build(self) -> list[list[Step]]:
        r = self.report
        self.new_page()
        self.paragraph(self.tr("Coverage report"), self.fonts.title, 2)
        self.paragraph(r.programme, self.fonts.heading, 8)
        scale = ", ".join(f"{lab} {level_word(lab, r.scale)}".strip() for lab in r.scale)
        self.paragraph(fmt(self.tr("Covered at %1 or above · mapping levels: %2 (* assessed) · %3 · %4, %5"),
                           r.threshold, scale, r.day.isoformat(), self.tr("%n courses", "", r.courses),
                           self.tr("%n modules", "", len(r.modules))),
                       self.fonts.body, 8)
        if not r.standards:
            self.paragraph(self.tr("The programme targets no standard yet."), self.fonts.body)
        for n, std in enumerate(r.standards):
            if n:
                self.new_page()
            self.summary(std)
            self.duty_chart(std)
            self.gaps(std)
            self.matrix(std)
        return self.pages

    def summary(self, s: ReportStandard) -> None:
        self.heading(fmt(self.tr("%1 %2 (competency level %3)"), s.code, s.name, s.level or "—"), 110)
        rows = [(self.tr("Items (K, S) covered"), s.items_covered, s.items_total),
                (self.tr("Tasks fully covered"), s.tasks_covered, s.tasks_total),
                (self.tr("Tasks partly covered"), s.tasks_partial, s.tasks_total),
                (self.tr("Tasks not covered"), s.tasks_uncovered, s.tasks_total),
                (self.tr("Attitudes (A) covered"), s.attitudes_covered, s.attitudes_total)]
        label_w = max(self.metrics(self.fonts.body).horizontalAdvance(t) for t, _, _ in rows) / self.k + 16
        line = self.metrics(self.fonts.body).lineSpacing() / self.k + 3
        for text, part, whole in rows:
            self.text(0, self.y, label_w, line, text, self.fonts.body)
            share = f"{round(100 * part / whole)}%" if whole else "—"
            self.text(label_w, self.y, 200, line, fmt(self.tr("%1 of %2 (%3)"), part, whole, share), self.fonts.bold)
            self.y += line
        self.y += 8

    def duty_chart(self, s: ReportStandard) -> None:
        line = self.metrics(self.fonts.body).lineSpacing() / self.k
        bar_h = max(14.0, line + 4)
        self.heading(self.tr("Coverage by duty"), 3 * (bar_h + 6) + 20)
        x = 0.0
        for status in (COVERED, PARTIAL, UNCOVERED):  # the legend
            self.box(x, self.y + 2, 10, 10, COLOURS[status], None, HATCH[status])
            word = status_text(status)
            self.text(x + 13, self.y, 200, line + 2, word, self.fonts.small, colour="#333333")
            x += 13 + self.metrics(self.fonts.small).horizontalAdvance(word) / self.k + 14
        self.y += line + 6
        label_w, figure_w = self.width * 0.34, 120.0
        bar_w = self.width - label_w - figure_w - 16
        for d in s.duties:
            label = f"{d.code} {d.title}"
            h = max(bar_h, min(self.text_height(label, self.fonts.body, label_w), 2.2 * line))
            self.need(h + 6)
            self.text(0, self.y, label_w, h, label, self.fonts.body,
                      WRAP | int(Qt.AlignmentFlag.AlignVCenter))
            x0, total = label_w + 8, max(d.tasks_total, 1)
            top = self.y + (h - bar_h) / 2
            counts = ((COVERED, d.tasks_covered), (PARTIAL, d.tasks_partial),
                      (UNCOVERED, d.tasks_total - d.tasks_covered - d.tasks_partial))
            for status, count in counts:
                if not count:
                    continue
                w = bar_w * count / total
                self.box(x0, top, w, bar_h, COLOURS[status], GRID, HATCH[status])
                self.text(x0, top, w, bar_h, str(count), self.fonts.small,
                          int(Qt.AlignmentFlag.AlignCenter), ON_COLOUR[status])
                x0 += w
            if not d.tasks_total:
                self.box(x0, top, bar_w, bar_h, None)
            share = f"{round(100 * d.items_covered / d.items_total)}%" if d.items_total else "—"
            self.text(label_w + 16 + bar_w, self.y, figure_w, h,
                      fmt(self.tr("items %1/%2 (%3)"), d.items_covered, d.items_total, share),
                      self.fonts.small, int(Qt.AlignmentFlag.AlignVCenter) | int(Qt.AlignmentFlag.AlignLeft))
            self.y += h + 6
        self.y += 4

    def footer(self, page: int, pages: int) -> tuple[str, str]:
        return (fmt(self.tr("curmap · %1 · %2"), self.report.programme, self.report.day.isoformat()),
                fmt(self.tr("Page %1 of %2"), page, pages))

    def gaps(self, s: ReportStandard) -> None:

        gap_table(self, s)

    def matrix(self, s: ReportStandard) -> None:

        matrix_pages(self, s, level_fills(self.report.scale))


def paint(layout: ReportLayout, painter: QPainter, pages: list[list[Step]]) -> None:
    """Paint the pages, each with its footer; the device must be the layout's."""
    device, k = layout.device, layout.k
    footer = layout.fonts.small
    for n, steps in enumerate(pages, start=1):
        if n > 1:
            device.newPage()
        painter.save()
        for step in steps:
            step(painter)
        painter.setFont(footer)
        painter.setPen(QColor("#555555"))
        y = layout.height - 12
        painter.drawLine(QPointF(0, (y - 3) * k), QPointF(layout.width * k, (y - 3) * k))
        left, right = layout.footer(n, len(pages))
        painter.drawText(QRectF(0, y * k, layout.width * k, 12 * k), int(Qt.AlignmentFlag.AlignLeft), left)
        painter.drawText(QRectF(0, y * k, layout.width * k, 12 * k), int(Qt.AlignmentFlag.AlignRight), right)
        painter.restore()


def render_report(report: CoverageReport, device) -> int:
    """Lay out and paint ``report`` on ``device`` (a QPrinter or QPdfWriter); returns the page count."""
    layout = ReportLayout(report, device)
    pages = layout.build()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or file could not be opened")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint(layout, painter, pages)
    finally:
        painter.end()
    return len(pages)


def setup_page(device) -> None:
    """A4 landscape with 12 mm margins: the matrix wants the width."""
    from views.qt import QMarginsF, QPageLayout, QPageSize

    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))


def write_report_pdf(report: CoverageReport, path: str) -> int:
    """Write the report as a PDF at ``path``; nothing is left under that name on failure. Returns the pages."""
    from app.safe_write import user_file
    from views.qt import QPdfWriter

    with user_file(path, ".pdf") as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(300)
        writer.setCreator("curmap")
        writer.setTitle(f"{report.programme} — coverage report")
        setup_page(writer)
        pages = render_report(report, writer)
        del writer  # closes the file
    return pages
