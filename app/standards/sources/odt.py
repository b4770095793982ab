"""ODT front end (odfpy): paragraphs and table rows in document order.

Merged cells are explicit in ODT: a cell with number-rows-spanned covers the
rows below, which hold covered-table-cell; those come out as None, so the
parser needs no guessing about merged K/S cells. A cell covered from its
left (number-columns-spanned) is just empty.
"""
from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from app.errors import QT_TR_NOOP, StandardFormatError
from app.progress import NO_PROGRESS, Progress
from app.standards.places import Place
from app.standards.rows import Row, Source
from app.standards.sources.files import MB, read_capped, source_name

MAX_BYTES = 50 * MB  # the file
MAX_UNPACKED = 200 * MB  # all its parts, unpacked (a zip bomb stops here)
MAX_REPEAT = 50  # a row or cell "repeated" more is page furniture, not content
ODT_MIME = "application/vnd.oasis.opendocument.text"

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"


def read_odt(path: str | Path, progress: Progress = NO_PROGRESS) -> Source:
    name = source_name(path)
    data = read_capped(path, MAX_BYTES)
    progress.step(0, 2, name)
    doc = _load(data, name)
    progress.step(1, 2, name)
    reader = _Walker(name)
    reader.walk(doc.text)
    progress.step(2, 2, name)
    return Source(name, "odt", reader.rows, spans_known=True)


_BROKEN = (zipfile.BadZipFile, zlib.error, NotImplementedError, EOFError, OSError, ValueError, KeyError,
           UnicodeError)  # what a damaged zip makes zipfile raise


def _load(data: bytes, name: str):
    try:
        _check_zip(data, name)
    except StandardFormatError:
        raise
    except _BROKEN:
        raise StandardFormatError(name, None, QT_TR_NOOP(
            "the ODT file is damaged or incomplete (it is not a whole zip archive)")) from None
    from odf.opendocument import load

    try:
        return load(io.BytesIO(data))
    except _BROKEN as exc:
        raise StandardFormatError(name, None, QT_TR_NOOP("the ODT file cannot be read (%1)"),
                                  type(exc).__name__) from None
    except Exception as exc:  # the XML parser's errors (defusedxml, expat) have no common base
        if type(exc).__module__.startswith(("xml.", "defusedxml")):
            raise StandardFormatError(name, None, QT_TR_NOOP("the ODT file cannot be read (%1)"),
                                      type(exc).__name__) from None
        raise


def _check_zip(data: bytes, name: str) -> None:
    """A whole ODT text document, not too big unpacked (every part's checksum holds)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = set(zf.namelist())
        if "word/document.xml" in names:
            raise StandardFormatError(name, None, QT_TR_NOOP(
                "this is a Word (.docx) file; save it as ODT or PDF and import that"))
        mime = zf.read("mimetype").decode("ascii", "replace").strip() if "mimetype" in names else ""
        if not mime.startswith(ODT_MIME) or "content.xml" not in names:
            raise StandardFormatError(name, None, QT_TR_NOOP("this is not an ODT text document (%1)"),
                                      mime or "zip")
        if sum(i.file_size for i in zf.infolist()) > MAX_UNPACKED:
            raise StandardFormatError(name, None, QT_TR_NOOP(
                "the ODT file unpacks to over %1 MB; a competency standard is far smaller"), MAX_UNPACKED // MB)
        if zf.testzip() is not None:
            raise zipfile.BadZipFile("a part's checksum is wrong")


class _Walker:
    def __init__(self, name: str) -> None:
        self.name = name
        self.rows: list[Row] = []
        self.tables = 0
        self.paragraphs = 0
        self.page_break = False

    def _add(self, cells: list[str | None], place: Place, table: int = 0) -> None:
        self.rows.append(Row(len(self.rows) + 1, cells, place, table, self.page_break))
        self.page_break = False

    def walk(self, node) -> None:
        for child in node.childNodes:
            ns, tag = getattr(child, "qname", (None, None))
            if ns == _TEXT and tag in ("p", "h"):
                self.paragraphs += 1
                for line in _text(child).split("\n"):
                    self._add([c.strip() for c in line.split("\t")], Place(para=self.paragraphs))
            elif ns == _TEXT and tag == "soft-page-break":
                self.page_break = True
            elif ns == _TABLE and tag == "table":
                self._table(child)
            elif ns in (_TEXT, _TABLE) or tag in ("section",):
                self.walk(child)  # lists, list items, sections, table of contents…

    def _table(self, table) -> None:
        self.tables += 1
        t = self.tables
        down: dict[int, int] = {}  # column: rows still covered by a cell above
        for n, row in enumerate(_rows(table), 1):
            if row == "break":
                self.page_break = True
                continue
            cells: list[str | None] = []
            for kind, text, rows_spanned, cols_spanned in _cells(row):
                j = len(cells)
                if kind == "covered":
                    cells.append(None if down.get(j, 0) > 0 else "")
                else:
                    cells.append(text)
                    if rows_spanned > 1:
                        down[j] = rows_spanned
                    cells.extend("" for _ in range(cols_spanned - 1))
            for j in list(down):
                down[j] -= 1
            self._add(cells, Place(table=t, row=n), t)


def _rows(table):
    """The table's rows in order (header rows, row groups), with soft page breaks."""
    for child in table.childNodes:
        ns, tag = getattr(child, "qname", (None, None))
        if ns == _TABLE and tag == "table-row":
            repeat = min(int(child.getAttribute("numberrowsrepeated") or 1), MAX_REPEAT)
            for _ in range(repeat):
                yield child
        elif ns == _TEXT and tag == "soft-page-break":
            yield "break"
        elif ns == _TABLE and tag in ("table-header-rows", "table-rows", "table-row-group"):
            yield from _rows(child)


def _cells(row):
    for child in row.childNodes:
        ns, tag = getattr(child, "qname", (None, None))
        if ns != _TABLE or tag not in ("table-cell", "covered-table-cell"):
            continue
        repeat = min(int(child.getAttribute("numbercolumnsrepeated") or 1), MAX_REPEAT)
        if tag == "covered-table-cell":
            for _ in range(repeat):
                yield "covered", None, 1, 1
            continue
        text = "\n".join(_text(p) for p in _paragraphs(child))
        rows = int(child.getAttribute("numberrowsspanned") or 1)
        cols = int(child.getAttribute("numbercolumnsspanned") or 1)
        for _ in range(repeat):
            yield "cell", text.strip(), max(1, rows), max(1, min(cols, MAX_REPEAT))


def _paragraphs(node):
    for child in node.childNodes:
        ns, tag = getattr(child, "qname", (None, None))
        if ns == _TEXT and tag in ("p", "h"):
            yield child
        elif getattr(child, "childNodes", None):
            yield from _paragraphs(child)


def _text(node) -> str:
    """A paragraph's text: tabs as tabs, line breaks as new lines, spaces kept."""
    out: list[str] = []
    for child in node.childNodes:
        if child.nodeType == child.TEXT_NODE:
            out.append(str(child.data))
            continue
        ns, tag = getattr(child, "qname", (None, None))
        if ns == _TEXT and tag == "tab":
            out.append("\t")
        elif ns == _TEXT and tag == "line-break":
            out.append("\n")
        elif ns == _TEXT and tag == "s":
            out.append(" " * min(int(child.getAttribute("c") or 1), 100))
        elif ns == _TEXT and tag in ("note", "bookmark", "bookmark-start", "bookmark-end"):
            continue
        else:
            out.append(_text(child))
    return "".join(out)
