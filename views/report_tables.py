"""The report's two tables: the tasks not fully covered, and the matrix of items
against modules split over pages with its headers repeated on each."""
from __future__ import annotations

from typing import TYPE_CHECKING

from app.report import ReportStandard
from views.coverage_style import COLOURS, status_text
from views.i18n import fmt
from views.qt import QColor, QCoreApplication, QFont, QPainter, QRectF, Qt

if TYPE_CHECKING:
    from views.report_print import ReportLayout

HEADER_FILL = "#D9D9D9"
CENTER = int(Qt.AlignmentFlag.AlignCenter)
LEFT_MIDDLE = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignVCenter)


# Text in a cell: wrapped at words, from its top left corner.
WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)


class ReportTables:
    """The context of these tables' words in the translation."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("ReportTables", text)


# ---- tasks not fully covered -------------------------------------------------

def gap_table(layout: ReportLayout, s: ReportStandard) -> None:

    f = layout.fonts
    layout.heading(ReportTables.tr("Tasks not fully covered, and what they miss"), 60)
    if not s.gaps:
        layout.paragraph(ReportTables.tr("Every task is fully covered."), f.body)
        return
    rest = layout.width - 50 - 150 - 44 - 70
    widths = [50, 150, 44, 70, rest / 2, rest / 2]
    header = [ReportTables.tr("Task"), ReportTables.tr("Title"), ReportTables.tr("Competency level"), ReportTables.tr("Status"), ReportTables.tr("Missing knowledge (K)"),
              ReportTables.tr("Missing skills (S)")]
    pad = 3.0

    def header_row() -> None:
        h = max(layout.text_height(t, f.bold, w - 2 * pad) for t, w in zip(header, widths)) + 2 * pad
        x = 0.0
        for text, w in zip(header, widths):
            layout.box(x, layout.y, w, h, HEADER_FILL)
            layout.text(x + pad, layout.y + pad, w - 2 * pad, h, text, f.bold)
            x += w
        layout.y += h

    header_row()
    for g in s.gaps:
        cells = [g.code, g.title, str(g.level), status_text(g.status),
                 "\n".join(f"{c} {t}" for c, t in g.missing_k) or "—",
                 "\n".join(f"{c} {t}" for c, t in g.missing_s) or "—"]
        h = max(layout.text_height(t, f.body, w - 2 * pad) for t, w in zip(cells, widths)) + 2 * pad
        h = min(h, layout.bottom - 40)  # a row taller than a page is cut, not looped on
        if layout.need(h):
            layout.text(0, layout.y, layout.width, 14, fmt(ReportTables.tr("%1 (continued)"), s.code), f.small,
                        colour="#555555")
            layout.y += 14
            header_row()
        x = 0.0
        for n, (text, w) in enumerate(zip(cells, widths)):
            layout.box(x, layout.y, w, h, "#40" + COLOURS[g.status][1:] if n == 3 else None)  # #AARRGGBB: a tint
            layout.text(x + pad, layout.y + pad, w - 2 * pad, h - 2 * pad, text, f.body,
                        WRAP if n != 2 else CENTER)
            x += w
        layout.y += h
    layout.y += 8


# ---- the matrix --------------------------------------------------------------

def _rotated(layout: ReportLayout, x: float, y: float, w: float, h: float, text: str, font: QFont) -> None:
    """Text read bottom to top in the cell (x, y, w, h), cut with … to fit."""
    k = layout.k
    elided = layout.metrics(font).elidedText(text, Qt.TextElideMode.ElideRight, (h - 4) * k)

    def step(p: QPainter) -> None:
        p.save()
        p.translate((x + w) * k, (y + h) * k)
        p.rotate(-90)
        p.setFont(font)
        p.setPen(QColor("#000000"))
        p.drawText(QRectF(2 * k, -w * k, (h - 4) * k, w * k), LEFT_MIDDLE, elided)
        p.restore()
    layout.pages[-1].append(step)


def matrix_pages(layout: ReportLayout, s: ReportStandard, fills: list[tuple[str, bool]]) -> None:
    f = layout.fonts
    modules = layout.report.modules
    layout.new_page()
    if not modules:
        layout.heading(fmt(ReportTables.tr("Matrix: %1"), s.code), 20)
        layout.paragraph(ReportTables.tr("No modules yet."), f.body)
        return
    row_h = max(11.0, layout.metrics(f.small).lineSpacing() / layout.k + 3)
    col_w = row_h + 4
    code_w, mark_w = 30.0, 14.0
    title_w = min(170.0, layout.width * 0.25)
    head_h = 96.0
    left = code_w + title_w + mark_w
    title_h = layout.text_height("Mg", f.heading, layout.width) + 6
    legend_h = row_h + 4
    per_page_cols = max(1, int((layout.width - left) // col_w))
    per_page_rows = max(1, int((layout.bottom - title_h - legend_h - head_h) // row_h))
    rows = s.rows
    col_blocks = [range(a, min(a + per_page_cols, len(modules))) for a in range(0, len(modules), per_page_cols)]
    row_blocks = [range(a, min(a + per_page_rows, len(rows))) for a in range(0, len(rows), per_page_rows)]
    first = True
    for cols in col_blocks:
        for block in row_blocks:
            if not first:
                layout.new_page()
            first = False
            layout.text(0, 0, layout.width, title_h, fmt(
                ReportTables.tr("Matrix: %1 · modules %2–%3 of %4 · items %5–%6 of %7"), s.code, cols.start + 1, cols.stop,
                len(modules), block.start + 1, block.stop, len(rows)), f.heading)
            _legend(layout, title_h, legend_h, fills)
            top = title_h + legend_h
            for text, x, w in ((ReportTables.tr("Item"), 0, code_w), (ReportTables.tr("Title"), code_w, title_w),
                               ("✓", code_w + title_w, mark_w)):
                layout.box(x, top, w, head_h, HEADER_FILL)
                layout.text(x + 2, top + head_h - row_h, w - 4, row_h, text, f.bold, LEFT_MIDDLE)
            for n, c in enumerate(cols):
                m = modules[c]
                x = left + n * col_w
                layout.box(x, top, col_w, head_h, HEADER_FILL)
                _rotated(layout, x, top, col_w, head_h, f"{m.course_code}-{m.number} {m.title}", f.small)
            y = top + head_h
            for r in block:
                row = rows[r]
                title = layout.metrics(f.small).elidedText(row.title, Qt.TextElideMode.ElideRight,
                                                            (title_w - 4) * layout.k)
                layout.box(0, y, code_w, row_h, None)
                layout.text(2, y, code_w - 2, row_h, row.code, f.small, LEFT_MIDDLE)
                layout.box(code_w, y, title_w, row_h, None)
                layout.text(code_w + 2, y, title_w - 4, row_h, title, f.small, LEFT_MIDDLE)
                layout.box(code_w + title_w, y, mark_w, row_h, None)
                layout.text(code_w + title_w, y, mark_w, row_h, "✓" if row.covered else "✗", f.small, CENTER,
                            "#0072B2" if row.covered else "#D55E00")
                for n, c in enumerate(cols):
                    label = row.cells.get(c, "")
                    rank = _rank(label, layout.report.scale)
                    fill, dark = fills[rank - 1] if rank else (None, False)
                    layout.box(left + n * col_w, y, col_w, row_h, f"#{fill}" if fill else None)
                    if label:
                        layout.text(left + n * col_w, y, col_w, row_h, label, f.small, CENTER,
                                    "#FFFFFF" if dark else "#000000")
                y += row_h


def _rank(label: str, scale: tuple[str, ...]) -> int:
    lab = label.rstrip("*")
    return scale.index(lab) + 1 if lab in scale else 0


def _legend(layout: ReportLayout, y: float, h: float, fills: list[tuple[str, bool]]) -> None:
    f = layout.fonts
    x = 0.0
    for rank, (fill, dark) in enumerate(fills, start=1):
        lab = layout.report.scale[rank - 1]
        layout.box(x, y + 1, 16, h - 4, f"#{fill}")
        layout.text(x, y + 1, 16, h - 4, lab, f.small, CENTER, "#FFFFFF" if dark else "#000000")
        x += 20
    text = ReportTables.tr("* assessed · ✓ covered at the threshold, ✗ not covered")
    layout.text(x + 4, y, layout.width - x, h, text, f.small, LEFT_MIDDLE, "#333333")
