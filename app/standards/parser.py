"""Read an iCAP competency standard (職能基準) from text, PDF or ODT.

Each front end (app.standards.sources) turns its file into rows of cells;
this one parser turns rows into a ParsedStandard and a list of warnings,
the doubts a user sees before saving.

Sections are found by their headings, in this order: the header fields, the
main table (its header row starts with 主要職責; a header split over two or
three rows is joined), 職能內涵 (A=attitude 態度), then 說明與補充事項
(optional; kept as notes). The rules of the main table are in table.py and
links.py. A file that ends inside the main table is refused as cut short; a
standard with no attitudes imports with a warning, and one that ends inside
its attitude list is refused when cut mid-line, flagged otherwise.

K, S and A items are numbered once per standard; the first non-empty title
seen for a code is kept (a different title later is a warning). Every text
that enters the map goes through app.text.clean_text().
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.errors import QT_TR_NOOP, Msg, StandardFormatError
from app.progress import NO_PROGRESS, Progress
from app.standards.attitudes import last_place, parse_attitudes, parse_notes
from app.standards.cells import is_attitude_heading, is_notes_heading, is_table_header, item_pattern
from app.standards.clean import cleaned
from app.standards.data import ParsedStandard
from app.standards.header import CODE_RE, parse_header
from app.standards.links import TableBuilder
from app.standards.places import ParseWarning, Place
from app.standards.rows import Row, Source
from app.standards.sources.text import text_source
from app.standards.table import TableReader, is_header_continuation

HEADER_ROWS = 500  # a standard's header fields take a few dozen rows

__all__ = ["Reading", "read_standard", "parse_source", "parse_standard_text", "parse_standard_file"]


@dataclass
class Reading:
    """What was read from a file: the standard, and what the user should check."""

    standard: ParsedStandard
    warnings: list[ParseWarning] = field(default_factory=list)
    kind: str = "text"  # "text", "pdf" or "odt"
    pages: int | None = None

    @property
    def source(self) -> str:
        return self.standard.source_name


def read_standard(path: str | Path, progress: Progress = NO_PROGRESS) -> Reading:
    """Read a .txt, .pdf or .odt standard (told apart by content, not only by name)."""
    from app.standards.sources.detect import read_source

    return parse_source(read_source(path, progress))


def parse_standard_file(path: str | Path) -> ParsedStandard:
    return read_standard(path).standard


def parse_standard_text(text: str, source_name: str) -> ParsedStandard:
    return parse_source(text_source(text, source_name)).standard


def parse_source(src: Source) -> Reading:
    source = src.name
    rows = src.rows
    warnings: list[ParseWarning] = []
    _check_pages(src)
    table_at = next((i for i, r in enumerate(rows) if is_table_header(r)), None)
    att_at = notes_at = None
    if table_at is not None:
        att_at = next((i for i in range(table_at + 1, len(rows)) if is_attitude_heading(rows[i])), None)
    notes_from = att_at if att_at is not None else (table_at if table_at is not None else 0)
    notes_at = next((i for i in range(notes_from, len(rows)) if is_notes_heading(rows[i])), None)

    header_end = table_at if table_at is not None else (notes_at if notes_at is not None else len(rows))
    # Without a main table the header is sought in the first rows only: a long junk file fails fast.
    header = parse_header(rows[:header_end if table_at is not None else min(header_end, HEADER_ROWS)], source)
    warnings += header.warnings
    if table_at is None:
        raise StandardFormatError(
            source, None,
            QT_TR_NOOP("no main table found; expected a header row "
                       "主要職責 工作任務 工作產出 行為指標 職能級別 職能內涵 K 職能內涵 S"),
        )
    table_end = att_at if att_at is not None else (notes_at if notes_at is not None else len(rows))
    body_at = table_at + 1
    while body_at < table_end and (rows[body_at].blank or is_header_continuation(rows[body_at])):
        body_at += 1
    builder = TableBuilder(source, src.spans_known)
    reader = TableReader(source, [r for r in rows[table_at:body_at] if not r.blank], src.spans_known, {},
                         on_duty=builder.add)
    reader.patterns.update({key: item_pattern(key, (rows[i].cell(reader.cols[key])
                                                    for i in range(body_at, table_end))) for key in "KS"})
    for i in range(body_at, table_end):
        reader.feed(rows[i])
    table = builder.finish(reader)
    warnings += table.warnings

    last = _last_place(rows[table_at:table_end], rows[table_at].place)
    if att_at is None and notes_at is None:
        raise StandardFormatError(
            source, last,
            QT_TR_NOOP("the main table is not followed by 職能內涵 (A=attitude 態度) and its attitude items; "
                       "is the file cut short?"),
        )
    attitudes = []
    if att_at is not None:
        att_rows = rows[att_at + 1:notes_at if notes_at is not None else len(rows)]
        attitudes = parse_attitudes(rows[att_at], att_rows, source, warnings)
        if notes_at is None:
            _check_end(src, rows[att_at], att_rows, attitudes, warnings)
    else:
        warnings.append(ParseWarning(rows[notes_at].place, Msg(QT_TR_NOOP(
            "the standard lists no attitudes (職能內涵 A=attitude 態度); it is read without any"))))
    notes = parse_notes(rows[notes_at], rows[notes_at + 1:]) if notes_at is not None else ""

    m = CODE_RE.fullmatch(header.code)
    std = ParsedStandard(
        code=header.code,
        name=header.name,
        name_kind=header.name_kind,
        version=int(m.group(1)) if m and m.group(1) else None,
        status=next((v.status for v in header.versions if v.code == header.code), ""),
        level=header.level,
        job_description=header.job_description,
        notes=notes,
        source_name=source,
        versions=header.versions,
        categories=header.categories,
        knowledge=table.knowledge,
        skills=table.skills,
        attitudes=attitudes,
    )
    std = cleaned(std)
    std.duties = table.duties  # cleaned duty by duty as the table was read: no second copy of a big table
    return Reading(std, warnings, src.kind, src.pages)


def _last_place(rows: list[Row], default: Place) -> Place:
    return next((r.place for r in reversed(rows) if not r.blank), default)


def _check_end(src: Source, heading: Row, rows: list[Row], attitudes, warnings: list[ParseWarning]) -> None:
    """The attitude list is the last thing in the file: is the file whole?"""
    place = last_place(heading, rows)
    last = f"{attitudes[-1].code} {attitudes[-1].title}" if attitudes else ""
    if src.ends_mid_line:
        raise StandardFormatError(src.name, place, QT_TR_NOOP(
            "the file ends in the middle of the attitude list (the last read is '%1'); it looks cut short: "
            "import the whole file"), last)
    warnings.append(ParseWarning(place, Msg(QT_TR_NOOP(
        "nothing follows the attitude list (no 說明與補充事項): the file may be cut short; "
        "the last attitude read is '%1'"), last)))


def _check_pages(src: Source) -> None:
    if src.declared_pages and src.pages and src.pages < src.declared_pages:
        raise StandardFormatError(src.name, Place(page=src.pages), QT_TR_NOOP(
            "the PDF has %1 of the %2 pages its footers count; it is cut short"), src.pages, src.declared_pages)
