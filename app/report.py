"""The printed coverage report's content, as plain data (no Qt): what views/report_print.py lays out.

Per target standard: the summary figures, each duty's figures (its chart), the
tasks not fully covered with the K and S items they miss, and the matrix of
items against modules. Read through the export's one bulk read (``gather``),
whose figures come from the coverage engine, so the report, the workbook and the
window agree.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from app.curriculum.queries import find_programme
from app.excel.common import format_level

if TYPE_CHECKING:
    from app.coverage.engine import DutyCoverage
    from app.reader import Reader


@dataclass
class ReportGap:
    code: str
    title: str
    level: int
    status: str  # partial or uncovered
    missing_k: list[tuple[str, str]] = field(default_factory=list)  # (code, title)
    missing_s: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class ReportRow:
    """One item of the matrix: its code and title, whether it is covered, its level per module."""

    kind: str
    code: str
    title: str
    covered: bool
    cells: dict[int, str] = field(default_factory=dict)  # module column -> "R*"


@dataclass
class ReportStandard:
    code: str
    name: str
    level: int | None
    items_total: int
    items_covered: int
    tasks_total: int
    tasks_covered: int
    tasks_partial: int
    tasks_uncovered: int
    attitudes_total: int
    attitudes_covered: int
    duties: list[DutyCoverage]
    gaps: list[ReportGap]
    rows: list[ReportRow]


@dataclass
class ReportModule:
    course_code: str
    course_name: str
    number: int
    title: str


@dataclass
class CoverageReport:
    programme: str
    threshold: str  # the level label, "R"
    scale: tuple[str, ...]
    day: date
    standards: list[ReportStandard]
    modules: list[ReportModule]
    courses: int


def build_report(db: Reader, programme_id: int, standard_code: str | None = None,
                 today: date | None = None) -> CoverageReport:
    from app.excel.export import gather
    from models.levels import label_of

    data = gather(db, programme_id, standard_code)
    modules = [(c, m) for c in data.courses for m in c.modules]
    column = {m.id: n for n, (_, m) in enumerate(modules)}
    by_item: dict[int, dict[int, str]] = {}
    for mid, items in data.cells.items():
        if mid in column:
            for iid, (level, assessed) in items.items():
                by_item.setdefault(iid, {})[column[mid]] = format_level(level, assessed, data.scale)
    standards = []
    for part in data.parts:
        c, tree = part.cov, part.tree
        gaps = []
        for t in c.tasks:
            if t.status == "covered":
                continue
            missing = [part.items[code] for code in t.missing if code in part.items]
            gaps.append(ReportGap(t.code, t.title, t.level, t.status,
                                  [(i.code, i.title) for i in missing if i.kind == "K"],
                                  [(i.code, i.title) for i in missing if i.kind == "S"]))
        rows = [ReportRow(i.kind, i.code, i.title, bool(part.covered.get(i.id)), by_item.get(i.id, {}))
                for i in tree.items()]
        standards.append(ReportStandard(
            tree.code, tree.name, tree.level, c.items_total, c.items_covered, c.tasks_total, c.tasks_covered,
            c.tasks_partial, c.tasks_uncovered, c.attitudes_total, c.attitudes_covered, c.duties, gaps, rows))
    prog = data.programme
    return CoverageReport(prog.name, label_of(prog.threshold, prog.scale), prog.scale, today or date.today(),
                          standards, [ReportModule(c.code, c.name, m.number, m.title) for c, m in modules],
                          len(data.courses))


def build_report_by_name(db: Reader, programme: str, standard_code: str | None = None) -> CoverageReport:
    """The CLI's entry: the programme by exact name or id."""
    return build_report(db, find_programme(db, programme).id, standard_code)
