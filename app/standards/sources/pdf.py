"""PDF front end (pdfplumber): each page's tables as rows, the text around them as lines.

``find_tables()`` gives a cell covered by a merged cell as None, distinct
from an empty cell; a cell's wrapped lines come back joined by "\\n" (the
parser glues them). A None under a merged cell above stays None; a None
beside a cell spanning columns becomes "" (only merges down mean anything
to the parser). Text outside the tables (the header fields, a table tail
that find_tables drops because it is a single cell) comes as one-cell
rows. Page footers (第1頁，總共11頁) are dropped; their page count is kept
so a PDF that lost pages is caught.
"""
from __future__ import annotations

import io
import logging
import re
from bisect import bisect_left, bisect_right
from pathlib import Path

from app.errors import QT_TR_NOOP, StandardFormatError
from app.progress import NO_PROGRESS, Progress
from app.standards.cells import norm
from app.standards.places import Place
from app.standards.rows import Row, Source
from app.standards.sources.files import MB, read_capped, source_name

# pdfminer logs each oddity of a damaged file; the user gets one clear message instead.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

MAX_BYTES = 64 * MB
MAX_PAGES = 120  # published standards run 5-40 pages
PROBE_PAGES = 3  # a standard shows its code or main table by then
_FOOTER = re.compile(r"第\s*(\d+)\s*頁\s*[，,/]?\s*(?:總?共\s*(\d+)\s*頁)?|Page\s+\d+\s+of\s+(\d+)|(\d+)\s*/\s*(\d+)", re.I)
_MARKS = ("職能基準代碼", "主要職責", "職能基準名稱")


def read_pdf(path: str | Path, progress: Progress = NO_PROGRESS) -> Source:
    name = source_name(path)
    data = read_capped(path, MAX_BYTES)
    pdf = _open(data, name)
    try:
        pages = len(_pages(pdf, name))
        if pages == 0:
            raise StandardFormatError(name, None, QT_TR_NOOP("the PDF has no pages"))
        if pages > MAX_PAGES:
            raise StandardFormatError(name, None, QT_TR_NOOP(
                "the PDF has %1 pages; a competency standard has far fewer (at most about %2)"), pages, MAX_PAGES)
        rows: list[Row] = []
        declared = 0
        tables = 0
        for n, page in enumerate(_pages(pdf, name), 1):
            progress.step(n - 1, pages, name)
            try:
                page_rows, count, tables = _page(page, n, tables, name)
            finally:
                page.close()  # frees the page's cached layout: memory stays flat over 100 pages
            declared = max(declared, count)
            if page_rows:
                page_rows[0].page_break = n > 1
            rows.extend(page_rows)
            if n == PROBE_PAGES or (n == pages and n < PROBE_PAGES):
                _probe(rows, n, name)
        progress.step(pages, pages, name)
    finally:
        _close(pdf)
    for i, row in enumerate(rows, 1):
        row.no = i
    return Source(name, "pdf", rows, spans_known=True, pages=pages, declared_pages=declared or None)


def _open(data: bytes, name: str):
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        return pdfplumber.open(io.BytesIO(data))
    except Exception as exc:
        inner = _unwrap(exc)
        if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise StandardFormatError(name, None, QT_TR_NOOP(
                "the PDF is protected by a password; save a copy without one (print it to PDF) and import that"
            )) from None
        if _from_pdf_library(exc):
            raise StandardFormatError(name, None, QT_TR_NOOP(
                "the PDF is damaged or incomplete and cannot be read (%1)"), type(inner).__name__) from None
        raise


def _close(pdf) -> None:
    # Closing walks the pages to free them; on a damaged file that may fail again,
    # which must not hide the message already on its way.
    try:
        pdf.close()
    except Exception as exc:
        if not _from_pdf_library(exc):
            raise


def _pages(pdf, name: str) -> list:
    """The pages (parsed on first use: a damaged page tree fails here)."""
    try:
        return pdf.pages
    except Exception as exc:
        if _from_pdf_library(exc):
            raise StandardFormatError(name, None, QT_TR_NOOP(
                "the PDF is damaged or incomplete and cannot be read (%1)"), type(_unwrap(exc)).__name__) from None
        raise


def _unwrap(exc: BaseException) -> BaseException:
    # pdfplumber wraps pdfminer's errors; the first argument is the original.
    if type(exc).__name__ == "PdfminerException" and exc.args and isinstance(exc.args[0], BaseException):
        return exc.args[0]
    return exc


def _from_pdf_library(exc: BaseException) -> bool:
    """An error raised while pdfminer/pdfplumber read the bytes: a broken file, not a bug of ours."""
    inner = _unwrap(exc)
    if type(exc).__module__.startswith(("pdfminer", "pdfplumber")) or \
            type(inner).__module__.startswith(("pdfminer", "pdfplumber")):
        return True
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    # A malformed file makes pdfminer fail in ordinary ways (KeyError, TypeError…) deep inside.
    return tb is not None and "pdfminer" in tb.tb_frame.f_code.co_filename


def _probe(rows: list[Row], pages: int, name: str) -> None:
    """Stop early on a PDF that is not a competency standard (a 200-page manual)."""
    if any(any(m in norm(c or "") for m in _MARKS) for r in rows for c in r.cells):
        return
    raise StandardFormatError(name, Place(page=1), QT_TR_NOOP(
        "pages 1-%1 show no 職能基準代碼 and no main table (主要職責 …): this PDF is not a competency standard"),
        pages)


def _page(page, n: int, tables: int, name: str) -> tuple[list[Row], int, int]:
    place = Place(page=n)
    try:
        chars = page.chars
        if not chars:
            if page.images:
                raise StandardFormatError(name, place, QT_TR_NOOP(
                    "the page holds only an image (a scan?); curmap needs the PDF with text that iCAP "
                    "publishes, not a scan"))
            return [], 0, tables
        if any("(cid:" in c["text"] for c in chars[:2000]):
            raise StandardFormatError(name, place, QT_TR_NOOP(
                "the page's text cannot be extracted (its fonts have no character map)"))
        found = sorted(page.find_tables(), key=lambda t: t.bbox[1])
    except StandardFormatError:
        raise
    except Exception as exc:
        if _from_pdf_library(exc):
            raise StandardFormatError(name, place, QT_TR_NOOP(
                "the PDF is damaged and the page cannot be read (%1)"), type(_unwrap(exc)).__name__) from None
        raise
    grids = [_Grid(t) for t in found]
    loose: list[dict] = []
    for char in chars:
        if not any(g.take(char) for g in grids):
            loose.append(char)
    items: list[tuple[float, Row]] = []
    for grid in grids:
        tables += 1
        items.extend(grid.rows(place, tables))
    count = 0
    for top, text in _lines(loose):
        m = _FOOTER.fullmatch(text.strip())
        if m:
            count = max(count, int(m.group(2) or m.group(3) or m.group(5) or 0))
            continue
        items.append((top, Row(0, [text], place)))
    items.sort(key=lambda item: item[0])
    return [row for _, row in items], count, tables


class _Grid:
    """A table found on the page: which cell each character falls in (by its middle)."""

    def __init__(self, table) -> None:
        self.table = table
        self.bands = [r.cells for r in table.rows]
        anchors = [(i, j, box) for i, cells in enumerate(self.bands) for j, box in enumerate(cells) if box]
        self.xs = sorted({v for _, _, b in anchors for v in (b[0], b[2])})
        self.ys = sorted({v for _, _, b in anchors for v in (b[1], b[3])})
        self.slots: dict[tuple[int, int], tuple[int, int]] = {}
        for i, j, (x0, top, x1, bottom) in anchors:
            for ci in range(bisect_left(self.xs, x0), bisect_left(self.xs, x1)):
                for ri in range(bisect_left(self.ys, top), bisect_left(self.ys, bottom)):
                    self.slots[(ci, ri)] = (i, j)
        self.chars: dict[tuple[int, int], list[dict]] = {}
        x0, top, x1, bottom = table.bbox
        self.box = (x0, top, x1, bottom)

    def take(self, char: dict) -> bool:
        cx, cy = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
        x0, top, x1, bottom = self.box
        if not (x0 <= cx <= x1 and top <= cy <= bottom):
            return False
        slot = self.slots.get((bisect_right(self.xs, cx) - 1, bisect_right(self.ys, cy) - 1))
        if slot is not None:
            self.chars.setdefault(slot, []).append(char)
        return True

    def rows(self, place: Place, number: int) -> list[tuple[float, Row]]:
        out = []
        for i, cells in enumerate(self.bands):
            top = self.table.rows[i].bbox[1]
            values: list[str | None] = []
            for j, box in enumerate(cells):
                if box is not None:
                    values.append(_cell_text(self.chars.get((i, j), [])))
                elif _covered_from_above(self.bands, i, j, top):
                    values.append(None)
                else:
                    values.append("")  # beside a cell spanning columns
            out.append((top, Row(0, values, place, number)))
        return out


def _lines(chars: list[dict]) -> list[tuple[float, str]]:
    """Characters as lines of text, top to bottom. A line that ends at a space (a
    word wrapped there) keeps it, so a title cut as "Office" | "系列" reads
    "Office 系列" again, while CJK cut anywhere runs on."""
    ordered = sorted(chars, key=lambda c: (c["top"], c["x0"]))
    lines: list[list[dict]] = []
    for char in ordered:
        if lines and abs(char["top"] - lines[-1][0]["top"]) <= max(1.0, (char["bottom"] - char["top"]) / 2):
            lines[-1].append(char)
        else:
            lines.append([char])
    out = []
    for line in lines:
        line.sort(key=lambda c: c["x0"])
        text: list[str] = []
        prev = None
        for char in line:
            if prev is not None and char["text"] != " " and text and text[-1] != " " \
                    and char["x0"] - prev["x1"] > 0.25 * max(1.0, prev["size"]):
                text.append(" ")  # a gap with no space character in it
            text.append(char["text"])
            prev = char
        out.append((line[0]["top"], "".join(text).lstrip()))
    return out


def _cell_text(chars: list[dict]) -> str:
    text = ""
    for _, line in _lines(chars):
        if not text:
            text = line
        elif text.endswith(" "):
            text = text.rstrip() + " " + line
        else:
            text += "\n" + line
    return text.strip()


def _covered_from_above(bands, i: int, j: int, top: float) -> bool:
    for k in range(i - 1, -1, -1):
        cell = bands[k][j] if j < len(bands[k]) else None
        if cell is not None:
            return cell[3] > top + 0.5
    return False
