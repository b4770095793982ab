"""The main table of a standard: duties, tasks, outputs, indicators, K and S.

The layout rules (continuation rows, merged vs per-task K/S cells) are
described in app.standards.parser's docstring.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from app.errors import QT_TR_NOOP, Msg, StandardFormatError
from app.standards.data import ParsedDuty, ParsedIndicator, ParsedItem, ParsedOutput, ParsedTask
from app.standards.cells import (DUTY_RE, INDICATOR_RE, KNOWLEDGE_RE, OUTPUT_RE, SKILL_RE, TASK_RE, Row,
                                    glue, is_footer, is_table_header, norm, squeeze, tokenize, trim_item)

_COLUMNS = (  # key, how the header cell starts / what it contains, name in messages
    ("duty", ("主要職責",), "主要職責"),
    ("task", ("工作任務",), "工作任務"),
    ("out", ("工作產出",), "工作產出"),
    ("ind", ("行為指標",), "行為指標"),
    ("level", ("職能級別", "級別"), "職能級別"),
    ("K", ("K=", "知識"), "職能內涵 (K=knowledge 知識)"),
    ("S", ("S=", "技能"), "職能內涵 (S=skills 技能)"),
)
_EXPECT = {
    "out": Msg(QT_TR_NOOP("a work output code like O1.1.1")),
    "ind": Msg(QT_TR_NOOP("a behaviour indicator code like P1.1")),
    "K": Msg(QT_TR_NOOP("a knowledge code like K01")),
    "S": Msg(QT_TR_NOOP("a skill code like S01")),
}
_REGEX = {"out": OUTPUT_RE, "ind": INDICATOR_RE, "K": KNOWLEDGE_RE, "S": SKILL_RE}


@dataclass
class _Occ:
    """One mention of a K or S item in a cell (titles continue across rows)."""
    code: str
    title: str
    line: int


@dataclass
class _Task:
    code: str
    title: str
    line: int
    level: int | None = None
    outputs: list[list[str]] = field(default_factory=list)
    indicators: list[list[str]] = field(default_factory=list)
    items: dict[str, list[_Occ]] = field(default_factory=lambda: {"K": [], "S": []})


@dataclass
class _Duty:
    code: str
    title: str
    line: int
    tasks: list[_Task] = field(default_factory=list)
    last: dict[str, _Occ] = field(default_factory=dict)  # for K/S text continued below
    spans_rows: bool = False  # a K/S cell continued onto another task's row


class Table:
    """Fed the table's rows one by one; finish() checks and resolves the links."""

    def __init__(self, source: str, header: Row) -> None:
        self.source = source
        self.header_line = header.no
        self.cols = self._column_map(header)
        self.duties: list[_Duty] = []
        self.duty: _Duty | None = None
        self.task: _Task | None = None
        self.task_codes: set[str] = set()
        self.duty_codes: set[str] = set()
        self.after_break = False

    def _error(self, line: int | None, template: str, *args: object):
        return StandardFormatError(self.source, line, template, *args)

    def _column_map(self, row: Row) -> dict[str, int]:
        cols: dict[str, int] = {}
        for j, cell in enumerate(row.cells):
            n = norm(cell)
            for key, marks, _ in _COLUMNS:
                found = any(m in n for m in marks) if key in "KS" else n.startswith(marks)
                if n and key not in cols and found:
                    cols[key] = j
                    break
        missing = [name for key, _, name in _COLUMNS if key not in cols]
        if missing:
            raise self._error(row.no, QT_TR_NOOP("the main table's header lacks the column %1"), "、".join(missing))
        return cols

    def _col(self, key: str) -> int:
        return self.cols[key] + 1

    def feed(self, row: Row) -> None:
        if row.blank:
            return
        if is_footer(row):  # a page number: the page breaks here
            self.after_break = True
            return
        if is_table_header(row):  # repeated after each page break
            self.cols = self._column_map(row)
            self.after_break = True
            return
        brk, self.after_break = self.after_break, False
        used = set(self.cols.values())
        for j, cell in enumerate(row.cells):
            if cell and j not in used:
                raise self._error(row.no, QT_TR_NOOP("unexpected text in column %1 ('%2'); "
                                                     "the main table has %3 columns"), j + 1, cell[:20], len(used))
        get = {key: row.cell(j) for key, j in self.cols.items()}
        new_duty = self._duty_cell(row, get["duty"])
        cont = self._task_cell(row, get["task"], new_duty, get)
        if cont is None:
            return
        task, duty = self.task, self.duty
        assert task is not None and duty is not None
        if get["level"]:
            if task.level is not None:
                raise self._error(row.no, QT_TR_NOOP("task %1 has a second level '%2' in a row that continues it"),
                                  task.code, get["level"][:10])
            task.level = self._level(task, get["level"], row)
        for key, target in (("out", task.outputs), ("ind", task.indicators)):
            if not get[key]:
                continue
            lead, items = tokenize(get[key], _REGEX[key])
            if lead and cont and target:
                target[-1][1] = glue(target[-1][1], lead)
            elif lead:
                raise self._error(row.no, QT_TR_NOOP("expected %1 in column %2, found '%3'"),
                                  _EXPECT[key], self._col(key), lead[:20])
            target.extend(items)
        for key in ("K", "S"):
            if not get[key]:
                continue
            lead, items = tokenize(get[key], _REGEX[key])
            last = duty.last.get(key)
            if lead and (cont or brk) and last is not None:
                last.title = glue(last.title, lead)
                duty.spans_rows = duty.spans_rows or not cont
            elif lead:
                raise self._error(row.no, QT_TR_NOOP("expected %1 in column %2, found '%3'"),
                                  _EXPECT[key], self._col(key), lead[:20])
            for code, title in items:
                occ = _Occ(code, title, row.no)
                task.items[key].append(occ)
                duty.last[key] = occ

    def _duty_cell(self, row: Row, text: str) -> bool:
        """True when the row opens a new main duty."""
        if not text:
            return False
        m = DUTY_RE.fullmatch(text)
        if m is None and (TASK_RE.match(text) or self.duty is None):
            raise self._error(row.no, QT_TR_NOOP("expected a main duty code like T1 in column %1, found '%2'"),
                              self._col("duty"), text[:20])
        if m is None:
            self.duty.title = glue(self.duty.title, squeeze(text))  # type: ignore[union-attr]
            return False
        code = "T" + m.group(1)
        if code in self.duty_codes:
            raise self._error(row.no, QT_TR_NOOP("duplicate main duty code %1"), code)
        self.duty = _Duty(code, squeeze(m.group(2)), row.no)
        self.duty_codes.add(code)
        self.duties.append(self.duty)
        self.task = None
        return True

    def _task_cell(self, row: Row, text: str, new_duty: bool, get: dict[str, str]) -> bool | None:
        """False for a new task, True for a continuation row, None for a duty-only row."""
        m = TASK_RE.fullmatch(text) if text else None
        col = self._col("task")
        if m is not None:
            code = f"T{m.group(1)}.{m.group(2)}"
            if self.duty is None:
                raise self._error(row.no, QT_TR_NOOP("task %1 comes before any main duty; "
                                                     "expected a duty code like T1 in column %2"),
                                  code, self._col("duty"))
            if code in self.task_codes:
                raise self._error(row.no, QT_TR_NOOP("duplicate task code %1"), code)
            if m.group(1) != self.duty.code[1:]:
                raise self._error(row.no, QT_TR_NOOP("task %1 is listed under main duty %2; "
                                                     "expected a code like %2.1"), code, self.duty.code)
            self.task_codes.add(code)
            self.task = _Task(code, squeeze(m.group(3)), row.no)
            self.duty.tasks.append(self.task)
            return False
        if new_duty and not any(v for k, v in get.items() if k != "duty"):
            return None
        if new_duty or self.task is None:
            if text:
                raise self._error(row.no, QT_TR_NOOP("expected a work task code like T1.1 in column %1, "
                                                     "found '%2'"), col, text[:20])
            raise self._error(row.no, QT_TR_NOOP("expected a work task code like T1.1 in column %1"), col)
        if text:
            self.task.title = glue(self.task.title, squeeze(text))
        return True

    def _level(self, task: _Task, text: str, row: Row) -> int:
        n = norm(text)
        if not (n.isdecimal() and len(n) <= 3):
            raise self._error(row.no, QT_TR_NOOP("task %1 has level '%2'; expected a number 1-6"),
                              task.code, text[:20])
        level = int(n)
        if not 1 <= level <= 6:
            raise self._error(row.no, QT_TR_NOOP("task %1 has level %2; levels run 1-6"), task.code, level)
        return level

    def finish(self) -> tuple[list[ParsedDuty], list[ParsedItem], list[ParsedItem]]:
        if not self.duties:
            raise self._error(self.header_line, QT_TR_NOOP("the table has no rows; expected main duties (T1) "
                                                           "with their work tasks (T1.1)"))
        titles: dict[str, dict[str, list]] = {"K": {}, "S": {}}
        duties = []
        for duty in self.duties:
            if not duty.tasks:
                raise self._error(duty.line, QT_TR_NOOP("main duty %1 has no work tasks"), duty.code)
            if not duty.title:
                raise self._error(duty.line, QT_TR_NOOP("main duty %1 has no title"), duty.code)
            per_task = not duty.spans_rows and all(t.items["K"] and t.items["S"] for t in duty.tasks)
            merged = {key: _codes(o for t in duty.tasks for o in t.items[key]) for key in "KS"}
            parsed = ParsedDuty(duty.code, duty.title)
            for t in duty.tasks:
                links = {key: _codes(t.items[key]) if per_task else merged[key] for key in "KS"}
                parsed.tasks.append(self._finish_task(t, links))
                for key in "KS":
                    for occ in t.items[key]:
                        entry = titles[key].setdefault(occ.code, ["", occ.line])
                        entry[0] = entry[0] or trim_item(occ.title)
            duties.append(parsed)
        items = {}
        for key in "KS":
            for code, (title, line) in titles[key].items():
                if not title:
                    raise self._error(line, QT_TR_NOOP("item %1 referenced but never titled"), code)
            items[key] = [ParsedItem(key, code, title) for code, (title, _) in titles[key].items()]
        return duties, items["K"], items["S"]

    def _finish_task(self, t: _Task, links: dict[str, list[str]]) -> ParsedTask:
        if not t.title:
            raise self._error(t.line, QT_TR_NOOP("task %1 has no title"), t.code)
        if t.level is None:
            raise self._error(t.line, QT_TR_NOOP("task %1 has no level (職能級別); expected a number 1-6 "
                                                 "in column %2"), t.code, self._col("level"))
        if not links["K"]:
            raise self._error(t.line, QT_TR_NOOP("task %1 links to no knowledge item (K)"), t.code)
        if not links["S"]:
            raise self._error(t.line, QT_TR_NOOP("task %1 links to no skill item (S)"), t.code)
        for template, rows in ((QT_TR_NOOP("work output %1 of task %2 has no text"), t.outputs),
                               (QT_TR_NOOP("behaviour indicator %1 of task %2 has no text"), t.indicators)):
            for code, text in rows:
                if not text:
                    raise self._error(t.line, template, code, t.code)
        return ParsedTask(
            code=t.code, title=t.title, level=t.level,
            outputs=[ParsedOutput(c, trim_item(x)) for c, x in t.outputs],
            indicators=[ParsedIndicator(c, squeeze(x)) for c, x in t.indicators],
            knowledge=links["K"], skills=links["S"],
        )


def _codes(occs) -> list[str]:
    return list(dict.fromkeys(o.code for o in occs))
