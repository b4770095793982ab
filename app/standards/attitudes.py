"""The attitude list (職能內涵 A=attitude 態度) and the notes (說明與補充事項).

Attitudes come coded (A01主動積極、A02…, one a line or several), coded as
名稱：描述 (kept whole), or with no codes at all: then each sentence is one
attitude, numbered A01… in order, and the user is told.
"""
from __future__ import annotations

import re
from functools import reduce

from app.errors import QT_TR_NOOP, Msg, StandardFormatError
from app.standards.cells import (glue, is_footer, is_table_header, item_pattern, norm, squeeze, tokenize,
                                    trim_item)
from app.standards.data import ParsedItem
from app.standards.places import ParseWarning, Place
from app.standards.rows import Row

_HEADING_END = re.compile(r"態度\s*[)）]?|[)）]")
_BULLET = re.compile(r"^(?:[-–•●‧・▪■◆※]|\(?[0-9０-９]{1,2}[.、)）]|[（(][一二三四五六七八九十]+[)）]|【)")


def parse_attitudes(heading: Row, rows: list[Row], source: str,
                    warnings: list[ParseWarning]) -> list[ParsedItem]:
    lines = _lines(heading, rows)
    pattern = item_pattern("A", (text for _, text in lines))
    if not any(pattern.search(text) for _, text in lines):
        return _uncoded(heading, lines, warnings)
    items: list[list] = []
    seen: set[str] = set()
    for place, text in lines:
        lead, found = tokenize(text, pattern)
        if lead and items:
            items[-1][1] = glue(items[-1][1], lead)
        elif lead:
            raise StandardFormatError(source, place, QT_TR_NOOP("expected an attitude code like A01 under "
                                                                "職能內涵 (A=attitude 態度), found '%1'"), lead[:20])
        for code, title in found:
            if code in seen:
                raise StandardFormatError(source, place, QT_TR_NOOP("duplicate attitude code %1"), code)
            seen.add(code)
            items.append([code, title, place])
    result = []
    for code, title, place in items:
        title = trim_item(squeeze(title).rstrip("。."))
        if not title:
            raise StandardFormatError(source, place, QT_TR_NOOP("attitude %1 has no title"), code)
        result.append(ParsedItem("A", code, title))
    return result


def last_place(heading: Row, rows: list[Row]) -> Place:
    lines = _lines(heading, rows)
    return lines[-1][0] if lines else heading.place


def _lines(heading: Row, rows: list[Row]) -> list[tuple[Place, str]]:
    j, first = heading.first()
    m = _HEADING_END.search(first)
    rest = first[m.end():] if m else ""
    lines = [(heading.place, "\t".join([rest, *[c or "" for c in heading.cells[j + 1:]]]))]
    lines += [(r.place, "\t".join(c or "" for c in r.cells)) for r in rows
              if not (r.blank or is_footer(r) or is_table_header(r))]
    return [(place, text) for place, text in lines if text.strip()]


def _uncoded(heading: Row, lines: list[tuple[Place, str]], warnings: list[ParseWarning]) -> list[ParsedItem]:
    if not lines:
        warnings.append(ParseWarning(heading.place, Msg(QT_TR_NOOP(
            "no attitude items (A) are listed under 職能內涵 (A=attitude 態度); the standard is read without any"))))
        return []
    text = reduce(glue, (squeeze(t) for _, t in lines), "")
    parts = [p for p in re.split(r"(?<=。)", text) if p.strip()]
    if len(parts) == 1 and "，" not in text and "、" in text:
        parts = text.split("、")
    titles = [trim_item(p.strip().rstrip("。.")) for p in parts]
    titles = [t for t in titles if t]
    warnings.append(ParseWarning(lines[0][0], Msg(QT_TR_NOOP(
        "the attitudes are listed without codes; they were numbered A01 to %1 in the order listed"),
        f"A{len(titles):02d}")))
    return [ParsedItem("A", f"A{n:02d}", t) for n, t in enumerate(titles, 1)]


def parse_notes(heading: Row, rows: list[Row]) -> str:
    j = heading.first()[0]
    first = heading.cell(j)
    rest = [first[first.find("事項") + 2:].strip(" :：")] if "事項" in first else []
    lines = rest + [" ".join(c for c in heading.cells[j + 1:] if c)]
    lines += [" ".join(c for c in r.cells if c) for r in rows if not is_footer(r)]
    # A PDF wraps long lines; a line goes on from the one above unless that one
    # ended a sentence or a heading, or this one starts a bullet.
    out: list[str] = []
    for raw in lines:
        for line in raw.split("\n"):
            line = line.strip()
            if not line:
                continue
            if out and not out[-1].endswith(("。", "：", ":", "；")) and not _BULLET.match(line) \
                    and not norm(line).startswith(("擔任此", "建議擔任", "其他補充")):
                out[-1] = glue(out[-1], line)
            else:
                out.append(line)
    return "\n".join(out)
