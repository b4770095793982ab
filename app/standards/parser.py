"""Parse the text of an iCAP competency standard (職能基準) into a ParsedStandard.

The input is the text of a published standard as extracted from its PDF (ODT
and DOCX exports share the layout): one table row per line, cells separated
by tabs, the main table's header row repeated after every page break, and a
cell cut at a page break continuing in the next page's first row.

Sections are found by their headings, in this order: the header fields, the
main table (its header row starts with 主要職責), 職能內涵 (A=attitude 態度),
then 說明與補充事項 (optional; kept as notes). A file without the attitude
list is taken as cut short and rejected.

Main table rows:
* A row whose 工作任務 cell holds no task code (T1.1) continues the task
  above it, whether it comes after a page break or not. In any such row,
  text before the first code of a cell continues the last item of that
  column (an output cut as "O1.1.2通路" | "行銷資訊蒐集" is one output); a
  K or S code in it belongs to the task above (and so to its duty).
* A task row right after a page break may also start its K or S cell with
  continued text: that is a merged cell running on over the page break.

A code starts an item only at the start of a cell or after whitespace or
、，; so glued (K01市場研究…) and spaced (K12 著作權…) codes both split,
while titles keep their spaces and parentheses. A line holding only a page
number (第 2 頁) counts as a page break too.

K/S layout, decided per duty, because both occur and extraction hides the
cell borders:
* merged per duty (the seed) when some task of the duty shows no K or no S
  item of its own, or when a task row's K/S cell starts with continued
  text (a cell spanning rows). Then every task of the duty links to all the
  duty's K and S items, in order of first appearance.
* per task when every task of the duty has its own K and its own S items
  (in the standards seen every task links to at least one of each, so a
  gap can only come from a merged cell). Then each task links to the
  items on its own row and its continuation rows.
A duty with a single task comes out the same either way.

K, S and A items are numbered once per standard; the first non-empty title
seen for a code is kept. Every problem raises StandardFormatError with the
1-based line number and what was expected (None as line when it concerns
the whole file, e.g. a missing field).
"""
from __future__ import annotations

from pathlib import Path

from app.errors import QT_TR_NOOP, StandardFormatError
from app.standards.data import ParsedItem, ParsedStandard
from app.standards.cells import (ATTITUDE_RE, MAX_BYTES, Row, check_text, decode_bytes, glue,
                                    is_attitude_heading, is_footer, is_notes_heading, is_table_header,
                                    split_rows, squeeze, tokenize, trim_item)
from app.standards.header import CODE_RE, parse_header
from app.standards.table import Table

__all__ = ["parse_standard_text", "parse_standard_file"]


def parse_standard_file(path: str | Path) -> ParsedStandard:
    """Read a standard's text file (UTF-8 with or without BOM, or UTF-16)."""
    p = Path(path)
    source = p.name or str(p)
    try:
        if p.stat().st_size > MAX_BYTES:
            raise StandardFormatError(source, None,
                                      QT_TR_NOOP("the file is far too large to be a competency standard"))
        data = p.read_bytes()
    except OSError as exc:
        raise StandardFormatError(source, None, QT_TR_NOOP("cannot read the file: %1"),
                                  exc.strerror or exc) from None
    return parse_standard_text(decode_bytes(data, source), source)


def parse_standard_text(text: str, source_name: str) -> ParsedStandard:
    source = source_name
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise StandardFormatError(source, None, QT_TR_NOOP("the file is empty"))
    check_text(text, source)
    rows = split_rows(text)

    table_at = next((i for i, r in enumerate(rows) if is_table_header(r)), None)
    att_at = None
    if table_at is not None:
        att_at = next((i for i in range(table_at + 1, len(rows)) if is_attitude_heading(rows[i])), None)
    notes_from = att_at if att_at is not None else (table_at if table_at is not None else 0)
    notes_at = next((i for i in range(notes_from, len(rows)) if is_notes_heading(rows[i])), None)

    header_end = table_at if table_at is not None else (notes_at if notes_at is not None else len(rows))
    header = parse_header(rows[:header_end], source)
    if table_at is None:
        raise StandardFormatError(
            source, None,
            QT_TR_NOOP("no main table found; expected a header row "
                       "主要職責 工作任務 工作產出 行為指標 職能級別 職能內涵 K 職能內涵 S"),
        )

    table_end = att_at if att_at is not None else (notes_at if notes_at is not None else len(rows))
    table = Table(source, rows[table_at])
    for row in rows[table_at + 1:table_end]:
        table.feed(row)
    duties, knowledge, skills = table.finish()

    if att_at is None:
        last = max((r.no for r in rows[table_at:table_end] if not r.blank), default=rows[table_at].no)
        raise StandardFormatError(
            source, last,
            QT_TR_NOOP("the main table is not followed by 職能內涵 (A=attitude 態度) and its attitude items; "
                       "is the file cut short?"),
        )
    att_end = notes_at if notes_at is not None else len(rows)
    attitudes = _parse_attitudes(rows[att_at], rows[att_at + 1:att_end], source)
    notes = _parse_notes(rows[notes_at], rows[notes_at + 1:]) if notes_at is not None else ""

    m = CODE_RE.fullmatch(header.code)
    return ParsedStandard(
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
        duties=duties,
        knowledge=knowledge,
        skills=skills,
        attitudes=attitudes,
    )


def _parse_attitudes(heading: Row, rows: list[Row], source: str) -> list[ParsedItem]:
    # Items come one per line, or several on a line separated by 、, spaces or tabs.
    j = heading.first()[0]
    lines = [(heading.no, "\t".join(heading.cells[j + 1:]))]
    lines += [(r.no, r.raw) for r in rows if not (r.blank or is_footer(r) or is_table_header(r))]
    items: list[list] = []
    seen: set[str] = set()
    for no, text in lines:
        lead, found = tokenize(text, ATTITUDE_RE)
        if lead and items:
            items[-1][1] = glue(items[-1][1], lead)
        elif lead:
            raise StandardFormatError(source, no, QT_TR_NOOP("expected an attitude code like A01 under "
                                                             "職能內涵 (A=attitude 態度), found '%1'"), lead[:20])
        for code, title in found:
            if code in seen:
                raise StandardFormatError(source, no, QT_TR_NOOP("duplicate attitude code %1"), code)
            seen.add(code)
            items.append([code, title, no])
    if not items:
        raise StandardFormatError(source, heading.no, QT_TR_NOOP("no attitude items (A01 …) listed under "
                                                                 "職能內涵 (A=attitude 態度)"))
    result = []
    for code, title, no in items:
        title = trim_item(squeeze(title).rstrip("。."))
        if not title:
            raise StandardFormatError(source, no, QT_TR_NOOP("attitude %1 has no title"), code)
        result.append(ParsedItem("A", code, title))
    return result


def _parse_notes(heading: Row, rows: list[Row]) -> str:
    j = heading.first()[0]
    first = heading.cells[j]
    rest = [first[first.find("事項") + 2:].strip(" :：")] if "事項" in first else []
    lines = rest + [" ".join(c for c in heading.cells[j + 1:] if c)] + [r.raw.strip() for r in rows]
    return "\n".join(line for line in lines if line)
