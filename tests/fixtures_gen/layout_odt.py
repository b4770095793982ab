"""A standard laid out as an ODT in the iCAP layout (odfpy), for LibreOffice to print.

Header fields as text above the table; the versions table; the main table
with its header row(s) repeated on each page, the duty cell merged over the
duty's rows, the task cell over its blocks' rows, K/S cells merged over the
duty or one per block; the attitude table; the notes; a page footer
第1頁，總共N頁. A5 pages keep the fixtures small yet give page breaks (widths
below are for A5, scaled for A4).
"""
from __future__ import annotations

from odf.opendocument import OpenDocumentText
from odf.style import (FontFace, Footer, MasterPage, PageLayout, PageLayoutProperties, ParagraphProperties,
                       Style, TableCellProperties, TableColumnProperties, TableProperties, TextProperties)
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableHeaderRows, TableRow
from odf.text import P, PageCount, PageNumber, Tab

from tests.fixtures_gen.layout_text import ATTITUDE_HEADING, attitude_lines, header_lines
from tests.fixtures_gen.model import Spec

FONT = "WenQuanYi Micro Hei"
PAGES = {"A4": (21.0, 29.7), "A5": (14.8, 21.0)}  # cm
WIDTHS = ["1.6cm", "1.8cm", "1.8cm", "3.3cm", "0.9cm", "1.7cm", "1.7cm"]  # 12.8 cm on A5


class _Doc:
    def __init__(self, page: str, size: str) -> None:
        self.doc = OpenDocumentText()
        width, height = PAGES[page]
        self.scale = (width - 2) / 12.8
        self.doc.fontfacedecls.addElement(FontFace(name=FONT, fontfamily=FONT, fontfamilygeneric="swiss"))
        layout = PageLayout(name=page)
        layout.addElement(PageLayoutProperties(pagewidth=f"{width}cm", pageheight=f"{height}cm", margin="1cm",
                                               printorientation="portrait"))
        self.doc.automaticstyles.addElement(layout)
        self.text = self._style("body", "paragraph", TextProperties(
            fontsize=size, fontname=FONT, fontnameasian=FONT, fontsizeasian=size))
        self.bold = self._style("head", "paragraph", TextProperties(
            fontsize=size, fontname=FONT, fontnameasian=FONT, fontsizeasian=size, fontweight="bold"))
        self.title = self._style("title", "paragraph", TextProperties(
            fontsize="12pt", fontname=FONT, fontnameasian=FONT, fontsizeasian="12pt"),
            ParagraphProperties(textalign="center"))
        self.cell_style = self._style("cell", "table-cell", TableCellProperties(border="0.5pt solid #000000",
                                                                          padding="0.05cm"))
        self.table = self._style("tbl", "table", TableProperties(width=f"{width - 2}cm", align="left"))
        self.cols: dict[str, Style] = {}
        master = MasterPage(name="Standard", pagelayoutname=layout)
        footer = Footer()
        p = P(stylename=self.text, text="第")
        p.addElement(PageNumber(selectpage="current"))
        p.addText("頁，總共")
        p.addElement(PageCount())
        p.addText("頁")
        footer.addElement(p)
        master.addElement(footer)
        self.doc.masterstyles.addElement(master)

    def _style(self, name, family, *props):
        style = Style(name=name, family=family)
        for prop in props:
            style.addElement(prop)
        self.doc.automaticstyles.addElement(style)
        return style

    def para(self, cells: list[str], style=None) -> P:
        p = P(stylename=style or self.text)
        for n, cell in enumerate(cells):
            if n:
                p.addElement(Tab())
            if cell:
                p.addText(cell)
        return p

    def cell(self, lines: list[str], rows: int = 1, cols: int = 1, bold: bool = False) -> TableCell:
        kw = {}
        if rows > 1:
            kw["numberrowsspanned"] = rows
        if cols > 1:
            kw["numbercolumnsspanned"] = cols
        c = TableCell(stylename=self.cell_style, **kw)
        for line in lines or [""]:
            c.addElement(P(stylename=self.bold if bold else self.text, text=line))
        return c

    def new_table(self, name: str, widths: list[str]) -> Table:
        t = Table(name=name, stylename=self.table)
        for w in widths:
            if w not in self.cols:
                scaled = f"{float(w[:-2]) * self.scale:.2f}cm"
                self.cols[w] = self._style("col" + w.replace(".", "_"), "table-column",
                                           TableColumnProperties(columnwidth=scaled))
            t.addElement(TableColumn(stylename=self.cols[w]))
        return t


def layout_odt(spec: Spec, path) -> None:
    d = _Doc(spec.page, spec.font)
    lines = header_lines(spec)
    d.doc.text.addElement(P(stylename=d.title, text=lines[0][0]))
    k = 2
    if spec.versions:
        t = d.new_table("versions", ["1.2cm", "2.2cm", "2.2cm", "1.8cm", "3.2cm", "2.4cm"])
        for row_cells in lines[k:k + 1 + len(spec.versions)]:
            row = TableRow()
            for c in row_cells:
                row.addElement(d.cell([c]))
            t.addElement(row)
        d.doc.text.addElement(t)
        k += 2 + len(spec.versions)
    for cells in lines[k:]:  # label and value a tab apart (empty layout cells dropped)
        d.doc.text.addElement(d.para([c for c in cells if c]))
    d.doc.text.addElement(_main_table(d, spec))
    if spec.attitude_style != "none":
        t = d.new_table("attitudes", ["12.8cm"])
        row = TableRow()
        row.addElement(d.cell([ATTITUDE_HEADING], bold=True))
        t.addElement(row)
        row = TableRow()
        row.addElement(d.cell(attitude_lines(spec)))
        t.addElement(row)
        d.doc.text.addElement(t)
    d.doc.text.addElement(P(stylename=d.bold, text="說明與補充事項"))
    for line in spec.notes:
        d.doc.text.addElement(P(stylename=d.text, text=line))
    d.doc.save(str(path))


def _main_table(d: _Doc, spec: Spec) -> Table:
    t = d.new_table("main", spec.widths or WIDTHS)
    head = TableHeaderRows()
    labels = ["主要職責", "工作任務", "工作產出", "行為指標", "職能級別"]
    first = TableRow()
    if spec.header_rows == 1:
        for label in labels + ["職能內涵 (K=knowledge 知識)", "職能內涵 (S=skills 技能)"]:
            first.addElement(d.cell([label], bold=True))
        head.addElement(first)
    else:
        n = spec.header_rows
        for label in labels:
            first.addElement(d.cell([label], rows=n, bold=True))
        first.addElement(d.cell(["職能內涵"], cols=2, bold=True))
        first.addElement(CoveredTableCell())
        head.addElement(first)
        below = [["知識", "技能"]] if n == 2 else [["K=knowledge", "S=skills"], ["知識", "實作能力"]]
        for pair in below:
            row = TableRow()
            for _ in labels:
                row.addElement(CoveredTableCell())
            for label in pair:
                row.addElement(d.cell([label], bold=True))
            head.addElement(row)
    t.addElement(head)
    for duty in spec.duties:
        n_rows = sum(len(task.blocks) for task in duty.tasks)
        first_duty_row = True
        for task in duty.tasks:
            for b_no, b in enumerate(task.blocks):
                row = TableRow()
                if first_duty_row:
                    row.addElement(d.cell([f"{duty.code}{'.' if duty.dot else ''}{duty.title}"], rows=n_rows))
                else:
                    row.addElement(CoveredTableCell())
                if b_no == 0:
                    row.addElement(d.cell([c + title for c, title in task.codes], rows=len(task.blocks)))
                else:
                    row.addElement(CoveredTableCell())
                row.addElement(d.cell([c + x for c, x in b.out]))
                row.addElement(d.cell([c + x for c, x in b.ind]))
                row.addElement(d.cell([str(b.level)]))
                if duty.K is not None:
                    if first_duty_row:
                        row.addElement(d.cell([k + spec.K[k] for k in duty.K], rows=n_rows))
                        row.addElement(d.cell([s + spec.S[s] for s in duty.S or []], rows=n_rows))
                    else:
                        row.addElement(CoveredTableCell())
                        row.addElement(CoveredTableCell())
                else:
                    row.addElement(d.cell([k + spec.K[k] for k in b.K]))
                    row.addElement(d.cell([s + spec.S[s] for s in b.S]))
                first_duty_row = False
                t.addElement(row)
    return t
