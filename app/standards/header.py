"""The fields above a standard's main table: code, name, versions, categories.

Labels are found by their text, not by their position, since PDF, ODT and
DOCX exports place the label and its value in different cells; a PDF gives
the fields as lines of text ("職能基準代碼 KRM2431-001v2"), split here at
the labels.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import reduce

from app.errors import QT_TR_NOOP, Msg, StandardFormatError
from app.standards.cells import glue, is_attitude_heading, is_notes_heading, is_table_header, norm, squeeze
from app.standards.data import ParsedCategory, ParsedVersion
from app.standards.places import ParseWarning
from app.standards.rows import Row

# Seen: three letters, four digits, "-", three digits, then "vN" on newer ones.
CODE_RE = re.compile(r"[A-Za-z]{1,6}\d{1,6}(?:-\d{1,4})?(?:[vV](\d+))?")
CATEGORY_KINDS = ("職類別", "職業別", "行業別")
_LABELS = ("職能基準代碼", "職能基準名稱", "所屬類別", "職類別", "職業別", "行業別", "工作描述", "基準級別", "版本")
# Words that are a label when they stand alone on a line of a PDF's text.
_SPLIT_LABELS = {"職能基準代碼", "職能基準名稱", "所屬類別", "職類", "職業", "職類別", "職業別", "行業別",
                 "職類別代碼", "職業別代碼", "行業別代碼", "工作描述", "基準級別"}
_NAME_KINDS = ("職類", "職業")
_VERSION_RE = re.compile(r"[Vv]\d+")
_NAME_GLUED = re.compile(r"\s*(職類|職業)\s*[:：]\s*(\S.*)")
_CODE_SPLIT = re.compile(r"[、，,；;\s]+")
_CATEGORY_CODE = re.compile(r"[A-Z]{0,3}\d{2,6}|[A-Z]{3}")
_BULLET = re.compile(r"^\s*(?:[•●‧・▪■◆※\-–]|\d{1,2}[.、)）])\s*")


@dataclass
class Header:
    code: str = ""
    name: str = ""
    name_kind: str = "職業"
    level: int | None = None
    job_description: str = ""
    versions: list[ParsedVersion] = field(default_factory=list)
    categories: list[ParsedCategory] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)


def parse_header(rows: list[Row], source: str) -> Header:
    h = Header()
    rows = [Row(r.no, split_labels(r.cells), r.place, r.table, r.page_break) for r in rows]
    i = 0
    while i < len(rows):
        row = rows[i]
        j, first = row.first()
        label = norm(first)
        if row.blank:
            i += 1
        elif label == "版本" and any(norm(c) == "狀態" for c in row.cells if c):
            i = _read_versions(rows, i, h)
        elif label.startswith("職能基準代碼"):
            if not h.code:
                _read_code(row, j, h, source)
            i += 1
        elif label.startswith("職能基準名稱"):
            i = _read_name(rows, i, h)
        elif label.startswith("工作描述"):
            i = _read_description(rows, i, h)
        elif label.startswith("基準級別"):
            _read_level(row, j, h, source)
            i += 1
        elif any(norm(c) in CATEGORY_KINDS for c in row.cells if c):
            i = _read_category(rows, i, h)
        else:
            i += 1
    if not h.code:
        raise StandardFormatError(
            source, None, QT_TR_NOOP("no 職能基準代碼 (standard code) found; "
                                     "expected a line like '職能基準代碼  KRM2431-001v2'"),
        )
    if not h.name:
        raise StandardFormatError(
            source, None, QT_TR_NOOP("no 職能基準名稱 found; expected the standard's name after 職類 or 職業"),
        )
    return h


def split_labels(cells: list[str | None]) -> list[str]:
    """Cells with every known label in a cell of its own ("職業別 廚師 職業別代碼 5120")."""
    out: list[str] = []
    for cell in cells:
        if not cell or (" " not in cell.strip() and "：" not in cell and ":" not in cell
                        and not _CODE_LABEL.search(cell)):
            out.append(cell or "")
            continue
        words, value = [], []
        for word in _words(cell):
            key, rest = _label_split(word)
            if key in _SPLIT_LABELS or (words and not value and word[0] in "(（"):
                if value:
                    words.append(" ".join(value))
                    value = []
                if key in _SPLIT_LABELS:
                    words.append(key)
                else:
                    words[-1] += " " + word
                if rest:
                    value.append(rest)
            else:
                value.append(word)
        if value:
            words.append(" ".join(value))
        out.extend(words or [""])
    return out


_CODE_LABEL = re.compile(r"(職類別代碼|職業別代碼|行業別代碼)")


def _words(cell: str) -> list[str]:
    # A PDF may print a value and the next label with no gap: "技術員職業別代碼".
    return [w for part in cell.split() for w in _CODE_LABEL.split(part) if w]


def _label_split(word: str) -> tuple[str, str]:
    """("職類別", "KRM") for "職類別：KRM"; a word that is no label comes back whole."""
    for sep in ("：", ":"):
        key, found, rest = word.partition(sep)
        if found and key in _SPLIT_LABELS:
            return key, rest
    return word.rstrip("：:") if word.rstrip("：:") in _SPLIT_LABELS else word, ""


def _has_label(row: Row) -> bool:
    return any(norm(c).startswith(_LABELS) for c in row.cells if c)


def _ends_block(row: Row) -> bool:
    return (row.blank or _has_label(row) or is_table_header(row)
            or is_attitude_heading(row) or is_notes_heading(row))


def _value_after(row: Row, j: int, label: str) -> str:
    """The value of a label: glued in its own cell ("代碼：X") or the next cell."""
    cell = row.cell(j)
    if cell.startswith(label):
        rest = cell[len(label):].strip(" :：\u3000")
        if rest and rest[0] not in "(（":
            return rest
    return next((c for c in row.cells[j + 1:] if c), "")


def _read_code(row: Row, j: int, h: Header, source: str) -> None:
    value = _value_after(row, j, "職能基準代碼")
    if not CODE_RE.fullmatch(value):
        raise StandardFormatError(
            source, row.place, QT_TR_NOOP("expected a standard code like KRM2431-001v2 after 職能基準代碼, "
                                          "found '%1'"), value[:40],
        )
    h.code = value


def _read_name(rows: list[Row], i: int, h: Header) -> int:
    # "職能基準名稱 (擇一填寫)" is followed by a 職類 and a 職業 line; one is filled.
    k = i
    plain = ""
    while k < len(rows) and (k == i or not _ends_block(rows[k]) or _starts_with_kind(rows[k])):
        cells = rows[k].cells
        for j, c in enumerate(cells):
            kind = norm(c or "")
            if kind in _NAME_KINDS:
                value = ""
                for nxt in cells[j + 1:]:
                    if norm(nxt or "") in _NAME_KINDS:
                        break
                    if nxt:
                        value = nxt
                        break
                if value and not h.name:
                    h.name, h.name_kind = squeeze(value), kind
            elif c and not h.name and (m := _NAME_GLUED.match(c)):
                h.name, h.name_kind = squeeze(m.group(2)), m.group(1)
        if k == i and not plain:
            value = _value_after(rows[k], rows[k].first()[0], "職能基準名稱")
            plain = "" if norm(value) in _NAME_KINDS or value[:1] in "(（" else value
        k += 1
    if not h.name and plain:
        h.name = squeeze(plain)  # no 職類/職業 marker: keep the default kind
    return k


def _starts_with_kind(row: Row) -> bool:
    return norm(row.first()[1]) in _NAME_KINDS


def _read_description(rows: list[Row], i: int, h: Header) -> int:
    row = rows[i]
    j = row.first()[0]
    parts = [_value_after(row, j, "工作描述")]
    k = i + 1
    while k < len(rows) and not _ends_block(rows[k]):
        parts.append(" ".join(c for c in rows[k].cells if c))
        k += 1
    h.job_description = squeeze(reduce(glue, parts, ""))
    return k


def _read_level(row: Row, j: int, h: Header, source: str) -> None:
    value = _value_after(row, j, "基準級別")
    digits = norm(value)
    if not (digits.isdecimal() and len(digits) == 1 and 1 <= int(digits) <= 6):
        raise StandardFormatError(source, row.place,
                                  QT_TR_NOOP("expected a level 1-6 after 基準級別, found '%1'"), value[:20])
    h.level = int(digits)


def _read_versions(rows: list[Row], i: int, h: Header) -> int:
    labels = {"version": "版本", "code": "職能基準代碼", "name": "職能基準名稱",
              "status": "狀態", "note": "更新說明"}
    cols: dict[str, int] = {}
    for j, c in enumerate(rows[i].cells):
        n = norm(c or "")
        for key, label in labels.items():
            if n == label:
                cols.setdefault(key, j)
        if n.endswith("日期"):
            cols.setdefault("date", j)
    k = i + 1
    while k < len(rows):
        row = rows[k]
        if row.blank:
            k += 1
            continue
        first = row.first()[1]
        if not _VERSION_RE.fullmatch(first):
            break

        def get(key: str, row: Row = row) -> str:
            return squeeze(row.cell(cols[key])) if key in cols else ""

        h.versions.append(ParsedVersion(
            version=first.upper(), code=get("code"), name=get("name"),
            status=get("status"), note=get("note"), date=get("date"),
        ))
        k += 1
    return k


def _read_category(rows: list[Row], i: int, h: Header) -> int:
    row = rows[i]
    j = next(n for n, c in enumerate(row.cells) if norm(c or "") in CATEGORY_KINDS)
    kind = norm(row.cells[j])
    kc = next((n for n in range(j + 1, len(row.cells)) if norm(row.cells[n] or "") == kind + "代碼"), None)
    stop = len(row.cells) if kc is None else kc
    names = [c for c in row.cells[j + 1:stop] if c]
    codes = [] if kc is None else [c for c in row.cells[kc + 1:] if c]
    k = i + 1
    # A multi-line cell (several 行業別, a bullet list) continues on label-less lines below.
    while k < len(rows) and not _ends_block(rows[k]):
        cells = rows[k].cells
        filled = [(n, c) for n, c in enumerate(cells) if c]
        if len(filled) == 1 and filled[0][0] == 0:  # a line of a PDF's text: names, maybe codes at its end
            words = filled[0][1].split()
            tail: list[str] = []
            while words and _is_codes(words[-1]):
                tail.insert(0, words.pop())
            codes.extend(tail)
            if words:
                names.append(" ".join(words))
        elif any(n <= j for n, _ in filled):
            break
        else:
            for n, c in filled:
                (codes if kc is not None and n > kc else names).append(c)
        k += 1
    for name, code in _pair(kind, names, codes, row, h):
        h.categories.append(ParsedCategory(kind=kind, name=name, code=code))
    return k


def _is_codes(word: str) -> bool:
    parts = [p for p in re.split(r"[、，,；;]", word) if p]
    return bool(parts) and all(_CATEGORY_CODE.fullmatch(p) for p in parts)


def _pair(kind: str, names: list[str], codes: list[str], row: Row, h: Header) -> list[tuple[str, str]]:
    code_list = [c for c in _CODE_SPLIT.split(" ".join(codes)) if c]
    bullets = any(_BULLET.match(n) for n in names)
    names = [_BULLET.sub("", n) for n in names]
    if len(code_list) <= 1:
        name = squeeze(reduce(glue, names, ""))
        return [(name, code_list[0] if code_list else "")] if name or code_list else []
    text = "\n".join(names)
    # Names may contain 、 themselves (專業、科學及技術服務業): split on the
    # strongest separator that yields one name per code.
    finest = re.split(r"[\n，,；;、]", text)
    # Industry names read "大類/細類": with a "/" about, a piece without one
    # is part of a name, never a name of its own.
    tries = [text.split("\n"), re.split(r"[\n，,；;]", text),
             _regroup_by_slash(finest) if "/" in text else finest]
    for parts in tries:
        parts = [squeeze(p) for p in parts if squeeze(p)]
        if len(parts) == len(code_list):
            return list(zip(parts, code_list))
    if not bullets and len(parts) == 1:  # one name, several codes
        return [(parts[0], code) for code in code_list]
    # Keep what is there: names in order with the first codes, the rest alone.
    parts = [squeeze(p) for p in (text.split("\n") if bullets else tries[1]) if squeeze(p)]
    h.warnings.append(ParseWarning(row.place, Msg(
        QT_TR_NOOP("%1 lists %2 codes but %3 names; the codes were paired with the names in order"),
        kind, len(code_list), len(parts))))
    pairs = [(parts[n] if n < len(parts) else "", code) for n, code in enumerate(code_list)]
    pairs += [(name, "") for name in parts[len(code_list):]]
    return pairs


def _regroup_by_slash(parts: list[str]) -> list[str]:
    """'專業、科學及技術服務業/研究發展服務業' is one name: group pieces up to each '/'."""
    groups: list[str] = []
    pending: list[str] = []
    for part in parts:
        pending.append(part.strip())
        if "/" in part:
            groups.append("、".join(p for p in pending if p))
            pending = []
    if pending and groups:
        groups[-1] = "、".join([groups[-1], *[p for p in pending if p]])
    return groups or parts
