"""From the table's regions to tasks: which K and S items each task links to.

A duty lists its K and S either in cells merged over all its tasks (every
task links to all of the duty's items) or per task (each task to its own).
The decision is made per duty, from evidence:
* PDF and ODT know their cell borders: a K/S cell whose merged area covers
  more than one task cell means merged; otherwise per task, and an empty
  cell is an empty cell. Only when the sole evidence is an empty cell at
  the top of a page (a merged cell running on, or a task's own empty cell)
  is the reading flagged.
* Text cannot show borders. Merged when a K/S title runs on into another
  task's row, or when a task shows neither K nor S (every task links to at
  least one of each, so that gap is a merged cell's spread text); per task
  when every task shows both. In between, a task lacking only K or only S:
  per task when a later task has items again after the gap (a merged
  cell's text fills the first rows) or when one item is named under two
  tasks (a merged cell names each once); otherwise merged, with a warning.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from app.errors import QT_TR_NOOP, Msg, StandardFormatError
from app.standards.cells import norm, squeeze, trim_item
from app.standards.clean import cleaned
from app.standards.data import ParsedBlock, ParsedDuty, ParsedIndicator, ParsedItem, ParsedOutput, ParsedTask
from app.standards.places import ParseWarning, Place
from app.standards.table import Duty, Group, Region, TableReader

_KIND = {"K": Msg(QT_TR_NOOP("knowledge (K)")), "S": Msg(QT_TR_NOOP("skill (S)"))}


@dataclass
class TableResult:
    duties: list[ParsedDuty]
    knowledge: list[ParsedItem]
    skills: list[ParsedItem]
    warnings: list[ParseWarning] = field(default_factory=list)


def finish_table(reader: TableReader) -> TableResult:
    """The table a reader has been fed, finished in one go."""
    table = TableBuilder(reader.source, reader.spans)
    return table.finish(reader)


class TableBuilder:
    """Finishes duties as the reader hands them on, so a big table is never held whole in
    the reader's form. A duty's error waits until every row is read: an error in the rows
    (what the reader raises) comes first, as when the table was finished in one go."""

    def __init__(self, source: str, spans: bool) -> None:
        self.finisher = _Finisher(source, spans)
        self.duties: list[ParsedDuty] = []
        self.first: Group | None = None
        self.error: StandardFormatError | None = None

    def add(self, duty: Duty) -> None:
        if self.error is not None:
            return
        if not self.duties and duty.groups:
            self.first = duty.groups[0]
        try:
            self.duties.append(cleaned(self.finisher.duty(duty)))
        except StandardFormatError as exc:
            self.error = exc

    def finish(self, reader: TableReader) -> TableResult:
        for duty in reader.duties:  # the last one, or all when nothing was handed on
            self.add(duty)
        reader.duties.clear()
        if self.error is not None:
            raise self.error
        if not self.duties:
            raise StandardFormatError(reader.source, reader.header_place, QT_TR_NOOP(
                "the table has no rows; expected main duties (T1) with their work tasks (T1.1)"))
        items = {key: self.finisher.items(key) for key in "KS"}
        for key in "KS":
            if not items[key]:
                assert self.first is not None
                template = (QT_TR_NOOP("task %1 links to no knowledge item (K)") if key == "K"
                            else QT_TR_NOOP("task %1 links to no skill item (S)"))
                raise StandardFormatError(reader.source, self.first.place, template, self.first.codes[0][0])
        return TableResult(self.duties, items["K"], items["S"], self.finisher.warnings)


class _Finisher:
    def __init__(self, source: str, spans: bool) -> None:
        self.source, self.spans = source, spans
        self.warnings: list[ParseWarning] = []
        self.titles: dict[str, dict[str, list]] = {"K": {}, "S": {}}  # code: [title, place, warned]
        self.owner: dict[tuple[str, str], str] = {}  # (kind, output/indicator code): task code

    def _warn(self, place: Place, template: str, *args: object) -> None:
        self.warnings.append(ParseWarning(place, Msg(template, *args)))

    def _error(self, place: Place, template: str, *args: object) -> StandardFormatError:
        return StandardFormatError(self.source, place, template, *args)

    def duty(self, duty: Duty) -> ParsedDuty:
        if not duty.groups:
            raise self._error(duty.place, QT_TR_NOOP("main duty %1 has no work tasks"), duty.code)
        if not duty.title:
            raise self._error(duty.place, QT_TR_NOOP("main duty %1 has no title"), duty.code)
        regions = {key: _regions(duty, key) for key in "KS"}
        for key in "KS":
            for region in regions[key]:
                self._titles(key, region)
        merged = self._decide(duty, regions)
        shared = {key: _codes(o for r in regions[key] for o in r.occs) for key in "KS"}
        parsed = ParsedDuty(duty.code, duty.title)
        for group in duty.groups:
            parsed.tasks.extend(self._tasks(group, shared if merged else None))
        return parsed

    # ---- merged or per task -------------------------------------------------------

    def _decide(self, duty: Duty, regions: dict[str, list[Region]]) -> bool:
        groups = duty.groups
        if len(groups) == 1:
            return False
        multi = [r for key in "KS" for r in regions[key] if len(r.groups) > 1]
        if multi:
            if all(r.how <= {"page"} for r in multi):
                self._warn(multi[0].groups[1].place, QT_TR_NOOP(
                    "duty %1: K and S read as cells merged over all its tasks, because a cell at the top "
                    "of a page was empty (a merged cell running on); check against the original"), duty.code)
            return True
        has = {id(g): {key: _has(g, key) for key in "KS"} for g in groups}
        lacking = [(g, key) for g in groups for key in "KS" if not has[id(g)][key]]
        if self.spans or not lacking:
            return False
        if any(not has[id(g)]["K"] and not has[id(g)]["S"] for g in groups):
            return True
        if _per_task_evidence(groups, has):
            return False
        group, key = lacking[0]
        self._warn(group.place, QT_TR_NOOP(
            "duty %1: K and S read as cells merged over all its tasks, since task %2 shows no %3 item of "
            "its own; if the original lists them per task, %2 has none: check"),
            duty.code, group.codes[0][0], _KIND[key])
        return True

    # ---- tasks ------------------------------------------------------------------

    def _tasks(self, group: Group, shared: dict[str, list[str]] | None) -> list[ParsedTask]:
        codes = [code for code, _ in group.codes]
        levels: list[int] = []
        for block in group.blocks:
            if block.level is None and not levels:
                raise self._error(group.place, QT_TR_NOOP(
                    "task %1 has no level (職能級別); expected a number 1-6"), codes[0])
            levels.append(block.level if block.level is not None else levels[-1])
        tasks = []
        for n, (code, title) in enumerate(group.codes):
            title = squeeze(title)
            if not title:
                raise self._error(group.place, QT_TR_NOOP("task %1 has no title"), code)
            task = ParsedTask(code=code, title=title, level=max(levels))
            for block, level in zip(group.blocks, levels):
                mine = {"out": [o for o in block.outputs if _belongs(o[0], code, codes, n)],
                        "ind": [p for p in block.indicators if _belongs(p[0], code, codes, n)]}
                links = shared or {key: _codes(o for r in block.regions[key] for o in r.occs) for key in "KS"}
                task.blocks.append(ParsedBlock(
                    level, self._add(task, "out", mine["out"]), self._add(task, "ind", mine["ind"]),
                    list(links["K"]), list(links["S"])))
            task.knowledge = _union(b.knowledge for b in task.blocks)
            task.skills = _union(b.skills for b in task.blocks)
            for key, got in (("K", task.knowledge), ("S", task.skills)):
                if not got:
                    self._warn(group.place, QT_TR_NOOP("task %1 lists no %2 item"), code, _KIND[key])
            tasks.append(task)
        return tasks

    def _add(self, task: ParsedTask, key: str, rows: list[list]) -> list[str]:
        """Add outputs (or indicators) to the task; their codes, for the block."""
        target = task.outputs if key == "out" else task.indicators
        codes = []
        for code, text, place in rows:
            text = trim_item(text) if key == "out" else squeeze(text)
            if not text:
                template = (QT_TR_NOOP("work output %1 of task %2 has no text") if key == "out"
                            else QT_TR_NOOP("behaviour indicator %1 of task %2 has no text"))
                raise self._error(place, template, code, task.code)
            same = [x for x in target if x.code == code]
            owner = self.owner.setdefault((key, code), task.code)
            if owner != task.code:
                template = (QT_TR_NOOP("work output %1 is listed under task %2 and again under task %3")
                            if key == "out" else
                            QT_TR_NOOP("behaviour indicator %1 is listed under task %2 and again under task %3"))
                self._warn(place, template, code, owner, task.code)
            if same and any(norm(_text(x)) == norm(text) for x in same):
                codes.append(code)  # the same output named again by a later block
                continue
            if same:
                template = (QT_TR_NOOP("task %1 lists work output %2 twice, with different texts")
                            if key == "out" else
                            QT_TR_NOOP("task %1 lists behaviour indicator %2 twice, with different texts"))
                self._warn(place, template, task.code, code)
            target.append(ParsedOutput(code, text) if key == "out" else ParsedIndicator(code, text))
            codes.append(code)
        return codes

    # ---- item titles --------------------------------------------------------------

    def _titles(self, key: str, region: Region) -> None:
        for occ in region.occs:
            title = trim_item(occ.title)
            entry = self.titles[key].setdefault(occ.code, ["", occ.place, False])
            if not entry[0] and title:
                entry[0], entry[1] = title, occ.place
            elif title and norm(title) != norm(entry[0]) and not entry[2]:
                entry[2] = True
                self._warn(occ.place, QT_TR_NOOP("item %1 is titled '%2' here but '%3' before; "
                                                 "the first title is kept"), occ.code, title, entry[0])

    def items(self, key: str) -> list[ParsedItem]:
        for code, (title, place, _) in self.titles[key].items():
            if not title:
                self._warn(place, QT_TR_NOOP("item %1 is referenced but never given a title; it is read "
                                             "without one"), code)
        return [ParsedItem(key, code, title) for code, (title, _, _) in self.titles[key].items()]


def _regions(duty: Duty, key: str) -> list[Region]:
    seen: dict[int, Region] = {}
    for group in duty.groups:
        for block in group.blocks:
            for region in block.regions[key]:
                seen.setdefault(id(region), region)
    return list(seen.values())


def _has(group: Group, key: str) -> bool:
    return any(r.occs for b in group.blocks for r in b.regions[key])


def _per_task_evidence(groups: list[Group], has: dict[int, dict[str, bool]]) -> bool:
    for key in "KS":
        flags = [has[id(g)][key] for g in groups]
        if False in flags and True in flags[flags.index(False):]:
            return True  # a gap, then items again: a merged cell's text fills the first rows
        seen: dict[str, int] = {}
        for n, g in enumerate(groups):
            for block in g.blocks:
                for region in block.regions[key]:
                    for occ in region.occs:
                        if seen.setdefault(occ.code, n) != n:
                            return True  # one item under two tasks: a merged cell names it once
    return False


def _belongs(code: str, task: str, codes: list[str], n: int) -> bool:
    """Whether an output or indicator of a cell shared by several tasks is this task's."""
    if len(codes) == 1:
        return True
    digits = code.lstrip("OP0 ").split(".")
    owner = f"T{digits[0]}.{digits[1]}" if len(digits) >= 2 else ""
    if owner in codes:
        return owner == task
    return n == 0  # named for none of them: the first keeps it


def _codes(occs) -> list[str]:
    return list(dict.fromkeys(o.code for o in occs))


def _union(lists) -> list[str]:
    return list(dict.fromkeys(c for codes in lists for c in codes))


def _text(x) -> str:
    return x.title if isinstance(x, ParsedOutput) else x.text
