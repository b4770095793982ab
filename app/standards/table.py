"""The main table of a standard, read row by row into duties, task cells and blocks.

What a row means (all three front ends):
* A row whose 工作任務 cell holds a task code starts a task; a cell may hold
  several codes (T1.4 … T1.5 …): those tasks share the row's blocks.
* A row with no task code (empty, covered by a merged cell, or holding the
  rest of a title cut at a page break) continues the task above. Text before
  the first code of a cell continues the last item of that column (an output
  cut as "O1.1.2通路" | "行銷資訊蒐集" is one output).
* A continuing row with a level of its own starts a new competency block
  (its own outputs, indicators, level, K and S). So does a row whose own
  K or S cell starts with a code while the task and level cells above run
  on over it (a merged cell, PDF and ODT only).
* After a page break, a merged cell starts again in the first row: empty,
  or holding the rest of its text. In that row an empty or continuing K/S
  cell is the same cell as the one above the break.

K and S cells are kept as regions (one cell, with the task cells its
merged area covers); links.py decides from them whether a duty lists K/S
per task or in cells merged over the duty.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from app.errors import QT_TR_NOOP, Msg, StandardFormatError
from app.standards.cells import (DUTY_RE, INDICATOR_RE, KNOWLEDGE_RE, OUTPUT_RE, SKILL_RE, TASK_CODE_RE, glue,
                                 is_footer, is_table_header, norm, squeeze, tokenize, tokenize_glued, unglue_number)
from app.standards.places import Place
from app.standards.rows import Row

_COLUMNS = (  # key, name in messages
    ("duty", "主要職責"), ("task", "工作任務"), ("out", "工作產出"), ("ind", "行為指標"),
    ("level", "職能級別"), ("K", "職能內涵 (K=knowledge 知識)"), ("S", "職能內涵 (S=skills 技能)"),
)
_EXPECT = {
    "out": Msg(QT_TR_NOOP("a work output code like O1.1.1")),
    "ind": Msg(QT_TR_NOOP("a behaviour indicator code like P1.1")),
    "K": Msg(QT_TR_NOOP("a knowledge code like K01")),
    "S": Msg(QT_TR_NOOP("a skill code like S01")),
}
# A cell of a header's second or third row: 知識, 技能, 實作能力, (K=knowledge 知識)…
_LABEL_CELL = re.compile(r"[(（]?(?:職能內涵)?[(（]?(?:[KSA]=?)?(?:knowledge|skills?)?(?:知識|技能|實作能力)?[)）]*"
                         r"|職能級別|級別|職能|主要職責|工作任務|工作產出|行為指標", re.I)


def column_of(key: str, label: str) -> bool:
    n = norm(label)
    if key in "KS":
        marks = ("K=", "知識", "(K)") if key == "K" else ("S=", "技能", "實作能力", "(S)")
        return any(m in n for m in marks)
    return {"duty": "主要職責", "task": "工作任務", "out": "工作產出", "ind": "行為指標",
            "level": "級別"}[key] in n


def is_header_continuation(row: Row) -> bool:
    """A second or third row of a split header (知識 | 技能 under 職能內涵)."""
    cells = [norm(c) for c in row.cells if c]
    return bool(cells) and all(_LABEL_CELL.fullmatch(c) for c in cells)


@dataclass
class Occ:
    """One mention of a K or S item in a cell (titles continue across rows)."""
    code: str
    title: str
    place: Place


@dataclass(eq=False)
class Region:
    """One K or S cell; a merged cell covers the rows of several task cells."""
    key: str
    place: Place
    occs: list[Occ] = field(default_factory=list)
    groups: list["Group"] = field(default_factory=list)
    how: set[str] = field(default_factory=set)  # how it reached later task cells: span, text, page

    def cover(self, group: "Group", how: str) -> None:
        if group not in self.groups:
            self.groups.append(group)
            self.how.add(how)


@dataclass(eq=False)
class Block:
    level: int | None
    place: Place
    outputs: list[list] = field(default_factory=list)  # [code, title, place]
    indicators: list[list] = field(default_factory=list)
    regions: dict[str, list[Region]] = field(default_factory=lambda: {"K": [], "S": []})


@dataclass(eq=False)
class Group:
    """One 工作任務 cell: a task code, or several sharing their rows."""
    codes: list[list[str]]  # [code, title]
    place: Place
    blocks: list[Block] = field(default_factory=list)


@dataclass(eq=False)
class Duty:
    code: str
    title: str
    place: Place
    groups: list[Group] = field(default_factory=list)


class TableReader:
    """Fed the table's body rows one by one (repeated headers, footers included)."""

    def __init__(self, source: str, header: list[Row], spans_known: bool, patterns: dict,
                 on_duty: Callable[[Duty], None] | None = None) -> None:
        self.source = source
        # A duty is final once the next one starts: handed on then, a big table is never held whole.
        self.on_duty = on_duty
        self.spans = spans_known
        self.patterns = {"out": OUTPUT_RE, "ind": INDICATOR_RE, "K": KNOWLEDGE_RE, "S": SKILL_RE, **patterns}
        self.header_place = header[0].place
        self.cols = self._column_map(header)
        self.duties: list[Duty] = []  # read and not yet handed on
        self.duty: Duty | None = None
        self.group: Group | None = None
        self.block: Block | None = None
        self.active: dict[str, Region | None] = {"K": None, "S": None}
        self.task_codes: set[str] = set()
        self.duty_codes: set[str] = set()  # a set: a scan of the list is quadratic on a big file
        self.after_break = False
        self.in_header = False

    def _error(self, place, template: str, *args: object) -> StandardFormatError:
        return StandardFormatError(self.source, place, template, *args)

    def _column_map(self, rows: list[Row]) -> dict[str, int]:
        width = max(len(r.cells) for r in rows)
        labels = ["".join(r.cell(j) for r in rows) for j in range(width)]
        cols: dict[str, int] = {}
        for j, label in enumerate(labels):
            for key, _ in _COLUMNS:
                if label and key not in cols and column_of(key, label):
                    cols[key] = j
                    break
        missing = [name for key, name in _COLUMNS if key not in cols]
        if missing:
            raise self._error(rows[0].place, QT_TR_NOOP("the main table's header lacks the column %1"),
                              "、".join(missing))
        return cols

    def _col(self, key: str) -> int:
        return self.cols[key] + 1

    def feed(self, row: Row) -> None:
        if row.page_break:
            self.after_break = True
        if row.blank:
            return
        if is_footer(row):  # a page number: the page breaks here
            self.after_break = True
            return
        if is_table_header(row):  # repeated after each page break
            self.cols = self._column_map([row])
            self.after_break = self.in_header = True
            return
        if self.in_header and is_header_continuation(row):
            return
        self.in_header = False
        brk, self.after_break = self.after_break, False
        used = set(self.cols.values())
        for j, cell in enumerate(row.cells):
            if cell and j not in used:
                raise self._error(row.place, QT_TR_NOOP("unexpected text in column %1 ('%2'); "
                                                        "the main table has %3 columns"),
                                  j + 1, squeeze(cell)[:20], len(used))
        get = {key: (row.cells[j] if j < len(row.cells) else "") for key, j in self.cols.items()}
        new_duty = self._duty_cell(row, get["duty"])
        state = self._task_cell(row, get, new_duty, brk)
        if state is None:
            return
        self._level_cell(row, get, state, brk)
        self._outputs(row, get, state)
        for key in "KS":
            self._items(row, key, get[key], state, brk, new_duty)

    def _duty_cell(self, row: Row, text: str | None) -> bool:
        """True when the row opens a new main duty."""
        if not text:
            return False
        m = DUTY_RE.fullmatch(text.strip())
        if m is None and (re.match(r"T\d+\.\d", text) or self.duty is None):
            raise self._error(row.place, QT_TR_NOOP("expected a main duty code like T1 in column %1, "
                                                    "found '%2'"), self._col("duty"), squeeze(text)[:20])
        if m is None:  # the rest of a title cut at a page break
            self.duty.title = glue(self.duty.title, squeeze(text))  # type: ignore[union-attr]
            return False
        code = "T" + m.group(1)
        if code in self.duty_codes:
            raise self._error(row.place, QT_TR_NOOP("duplicate main duty code %1"), code)
        if self.on_duty is not None:
            for done in self.duties:
                self.on_duty(done)
            self.duties.clear()
        self.duty = Duty(code, squeeze(m.group(2)), row.place)
        self.duties.append(self.duty)
        self.duty_codes.add(code)
        self.group = self.block = None
        self.active = {"K": None, "S": None}
        return True

    def _task_cell(self, row: Row, get: dict, new_duty: bool, brk: bool) -> str | None:
        """"new" for a new task cell, "cont" for a row continuing one, None for a duty-only row."""
        text = get["task"]
        col = self._col("task")
        if text is None:  # the task cell above runs on over this row
            if new_duty or self.group is None:
                raise self._error(row.place, QT_TR_NOOP("expected a work task code like T1.1 in column %1"), col)
            return "cont"
        lead, codes = tokenize(text, TASK_CODE_RE)
        if codes:
            if lead and not new_duty and self.group is not None:
                self.group.codes[-1][1] = glue(self.group.codes[-1][1], lead)
            elif lead:
                raise self._error(row.place, QT_TR_NOOP("expected a work task code like T1.1 in column %1, "
                                                        "found '%2'"), col, lead[:20])
            if (brk and not new_duty and self.group is not None and not get["level"]
                    and not INDICATOR_RE.search(get["ind"] or "")):
                # A cell of several task codes cut by the page break: its rest.
                self._add_codes(row, codes, self.group)
                return "cont"
            if self.duty is None:
                raise self._error(row.place, QT_TR_NOOP("task %1 comes before any main duty; "
                                                        "expected a duty code like T1 in column %2"),
                                  codes[0][0], self._col("duty"))
            self.group = Group([], row.place)
            self._add_codes(row, codes, self.group)
            self.duty.groups.append(self.group)
            self.block = Block(None, row.place)
            self.group.blocks.append(self.block)
            return "new"
        if new_duty and not any(v for k, v in get.items() if k != "duty"):
            return None
        if new_duty or self.group is None:
            if lead:
                raise self._error(row.place, QT_TR_NOOP("expected a work task code like T1.1 in column %1, "
                                                        "found '%2'"), col, lead[:20])
            raise self._error(row.place, QT_TR_NOOP("expected a work task code like T1.1 in column %1"), col)
        if lead:
            self.group.codes[-1][1] = glue(self.group.codes[-1][1], lead)
        return "cont"

    def _add_codes(self, row: Row, codes: list[list[str]], group: Group) -> None:
        assert self.duty is not None
        for code, title in codes:
            code = code.rstrip(".")
            duty_no = code[1:].split(".")[0]
            if code in self.task_codes:
                raise self._error(row.place, QT_TR_NOOP("duplicate task code %1"), code)
            if duty_no != self.duty.code[1:]:
                raise self._error(row.place, QT_TR_NOOP("task %1 is listed under main duty %2; "
                                                        "expected a code like %2.1"), code, self.duty.code)
            self.task_codes.add(code)
            group.codes.append([code, title])

    def _level_cell(self, row: Row, get: dict, state: str, brk: bool) -> None:
        assert self.group is not None and self.block is not None
        text = get["level"]
        if text:
            level = self._level(text, row)
            if state == "new":
                self.block.level = level
            else:
                self._new_block(row, level)
        elif state == "cont" and self.spans and not brk and get["task"] is None:
            # Task (and level) cells run on, yet K or S has a cell of its own: a new block.
            for key in "KS":
                cell = get[key]
                if cell and self.patterns[key].match(cell.strip()):
                    self._new_block(row, self.block.level)
                    break

    def _new_block(self, row: Row, level: int | None) -> None:
        assert self.group is not None
        self.block = Block(level, row.place)
        self.group.blocks.append(self.block)

    def _level(self, text: str, row: Row) -> int:
        assert self.group is not None
        code = self.group.codes[-1][0]
        n = norm(text)
        if not (n.isdecimal() and len(n) <= 3):
            raise self._error(row.place, QT_TR_NOOP("task %1 has level '%2'; expected a number 1-6"),
                              code, squeeze(text)[:20])
        level = int(n)
        if not 1 <= level <= 6:
            raise self._error(row.place, QT_TR_NOOP("task %1 has level %2; levels run 1-6"), code, level)
        return level

    def _outputs(self, row: Row, get: dict, state: str) -> None:
        assert self.group is not None and self.block is not None
        for key in ("out", "ind"):
            text = get[key]
            if not text:
                continue
            lead, found = tokenize_glued(text, self.patterns[key])
            items: list[tuple[str, str]] = []
            for code, title, glued in found:
                items.append(self._unglue(key, code, title, [c for c, _ in items]) if glued else (code, title))
            if lead:
                last = self._last(key)
                if state == "cont" and last is not None:
                    last[1] = glue(last[1], lead)
                else:
                    raise self._error(row.place, QT_TR_NOOP("expected %1 in column %2, found '%3'"),
                                      _EXPECT[key], self._col(key), lead[:20])
            target = self.block.outputs if key == "out" else self.block.indicators
            target.extend([code, title, row.place] for code, title in items)

    def _unglue(self, key: str, code: str, title: str, pending: list[str]) -> tuple[str, str]:
        """O1.3.13D模型 is O1.3.1 + 3D模型 when 1 is the next number under O1.3."""
        assert self.group is not None
        head = code.rpartition(".")[0]
        earlier = [c for b in self.group.blocks for c, _, _ in (b.outputs if key == "out" else b.indicators)]
        done = [int(c.rpartition(".")[2]) for c in earlier + pending
                if c.rpartition(".")[0] == head and c.rpartition(".")[2].isdigit()]
        return unglue_number(code, title, max(done, default=0) + 1)

    def _last(self, key: str) -> list | None:
        assert self.group is not None
        for block in reversed(self.group.blocks):
            target = block.outputs if key == "out" else block.indicators
            if target:
                return target[-1]
        return None

    def _items(self, row: Row, key: str, cell: str | None, state: str, brk: bool, new_duty: bool) -> None:
        group, block = self.group, self.block
        assert group is not None and block is not None
        region = self.active[key]
        if cell is None:  # covered: the merged cell above runs over this row
            if region is not None:
                region.cover(group, "span")
                self._attach(region)
            return
        lead, items = tokenize(cell, self.patterns[key]) if cell else ("", [])
        if brk and self.spans and region is not None and not new_duty and (lead or not items):
            # A merged cell cut by the page break starts again here, empty or with its rest.
            region.cover(group, "text" if lead else "page")
            if lead and region.occs:
                region.occs[-1].title = glue(region.occs[-1].title, lead)
            region.occs.extend(Occ(code, title, row.place) for code, title in items)
            self._attach(region)
            return
        if lead:
            if region is not None and region.occs and (state == "cont" or brk):
                region.occs[-1].title = glue(region.occs[-1].title, lead)
                region.cover(group, "text")
                self._attach(region)
            else:
                raise self._error(row.place, QT_TR_NOOP("expected %1 in column %2, found '%3'"),
                                  _EXPECT[key], self._col(key), lead[:20])
            if not items:
                return
        if items or self.spans:  # an empty cell of its own is news only where borders are known
            region = Region(key, row.place)
            region.cover(group, "")
            region.how.clear()
            region.occs.extend(Occ(code, title, row.place) for code, title in items)
            self.active[key] = region
            self._attach(region)

    def _attach(self, region: Region) -> None:
        assert self.block is not None
        if region not in self.block.regions[region.key]:
            self.block.regions[region.key].append(region)
