"""Export a programme's map as one Excel workbook (``curmap export``, File > Export…).

Sheets: Summary, Uncovered tasks (opens first when anything is uncovered),
Matrix, Tasks, Modules and Mappings (the curriculum workbook, so the file
can be edited and imported back), and optionally the iCAP report's 表1 and
表3. Everything is read with a few bulk queries, then streamed with
openpyxl's write-only mode.

Call it through ``Workspace.read(export_workbook, programme_id, path, …)``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.coverage.engine import Coverage, coverage
from app.coverage.rule import covers
from app.curriculum.queries import CourseInfo, ProgrammeInfo, curriculum, find_programme, programme_info
from app.errors import QT_TR_NOOP, Msg, NotFoundError
from app.excel.common import label, level_name, resolve_lang, sheet_name, threshold_text
from app.excel.limits import check_export, matrix_pages
from app.excel.write import Book, Styled, write_fitted
from app.progress import NO_PROGRESS, Progress
from app.standards.compare import newer_versions, version_text
from app.standards.queries import ItemInfo, StandardTree, standard_tree
from models import Course, Indicator, Item, Mapping, Module
from models.tables import standard


@dataclass
class StandardPart:
    tree: StandardTree
    cov: Coverage
    items: dict[str, ItemInfo]  # code -> item
    covered: dict[int, bool]  # item id -> covered at the threshold


@dataclass
class MapData:
    """Everything the sheets show, read once."""

    programme: ProgrammeInfo
    parts: list[StandardPart]
    courses: list[CourseInfo]
    cells: dict[int, dict[int, tuple[int, bool]]]  # module id -> item id -> (level, assessed)
    indicators: dict[int, set[int]]  # module id -> indicator ids its mappings name
    columns: list[tuple[str, int]] = field(default_factory=list)  # Mappings: (header, item id)
    indicator_text: dict[int, str] = field(default_factory=dict)  # indicator id -> "P1.1 text"
    newer: dict[str, list[str]] = field(default_factory=dict)  # target code -> later versions in the map

    @property
    def scale(self) -> tuple[str, ...]:
        return self.programme.scale

    @property
    def multi(self) -> bool:
        return len(self.parts) > 1

    def modules(self):
        return [m for c in self.courses for m in c.modules]


@dataclass
class ExportResult:
    path: str
    sheets: list[str]
    active: str
    tasks_not_covered: int
    courses: int
    modules: int
    mappings: int


def item_columns(parts_trees: list[StandardTree]) -> list[tuple[str, int]]:
    """The Mappings sheet's item columns: plain codes, or ``CODE:K01`` with several standards."""
    multi = len(parts_trees) > 1
    return [(f"{t.code}:{i.code}" if multi else i.code, i.id) for t in parts_trees for i in t.items()]


def gather(session: Session, programme_id: int, standard_code: str | None = None) -> MapData:
    prog = programme_info(session, programme_id)
    if standard_code:
        if standard_code not in prog.standards:
            targets = ", ".join(prog.standards) or Msg(QT_TR_NOOP("none"))
            raise NotFoundError(QT_TR_NOOP("programme '%1' does not target %2 (it targets: %3)"),
                                prog.name, standard_code, targets)
        codes = [standard_code]
    else:
        codes = list(prog.standards)
    parts = []
    for code in codes:
        tree = standard_tree(session, code)
        cov = coverage(session, programme_id, tree.id, with_modules=False)
        parts.append(StandardPart(tree, cov, {i.code: i for i in tree.items()},
                                  {i.id: i.covered for i in cov.items}))
    courses = curriculum(session, programme_id)
    cells: dict[int, dict[int, tuple[int, bool]]] = {}
    indicators: dict[int, set[int]] = {}
    std_ids = [p.tree.id for p in parts]
    if std_ids:
        rows = session.execute(
            select(Mapping.module_id, Mapping.item_id, Mapping.level, Mapping.assessed, Mapping.indicator_id)
            .join(Module, Module.id == Mapping.module_id).join(Course, Course.id == Module.course_id)
            .join(Item, Item.id == Mapping.item_id)
            .where(Course.programme_id == programme_id, Item.standard_id.in_(std_ids))
            # In slices: one fetch of a million rows held the GIL for 140 ms (the window stood still).
            .execution_options(yield_per=5000))
        for mid, iid, level, assessed, ind in rows:
            cells.setdefault(mid, {})[iid] = (level, bool(assessed))
            if ind is not None:
                indicators.setdefault(mid, set()).add(ind)
    _covering_modules(parts, courses, cells, prog.threshold)
    named = set().union(*indicators.values()) if indicators else set()
    texts = {i: f"{c} {t}" for i, c, t in session.execute(
        select(Indicator.id, Indicator.code, Indicator.text).where(Indicator.id.in_(named)))} if named else {}
    in_map = list(session.scalars(select(standard.c.code)))
    newer = {p.tree.code: newer_versions(p.tree.code, in_map) for p in parts}
    return MapData(prog, parts, courses, cells, indicators, item_columns([p.tree for p in parts]), texts,
                   {code: later for code, later in newer.items() if later})


def _covering_modules(parts: list[StandardPart], courses: list[CourseInfo],
                      cells: dict[int, dict[int, tuple[int, bool]]], threshold: int) -> None:
    """Each task's modules (mapping one of its K/S items at the threshold), as the coverage engine lists them.

    Worked out from the mappings already read: much faster than asking the engine for them.
    """
    info = {m.id: (c.code, m.number, m.title) for c in courses for m in c.modules}
    by_item: dict[int, set[int]] = {}
    for mid, items in cells.items():
        for iid, (level, _) in items.items():
            if covers(level, threshold):
                by_item.setdefault(iid, set()).add(mid)
    for part in parts:
        tasks = {t.code: t for t in part.tree.tasks()}
        for t in part.cov.tasks:
            task = tasks[t.code]
            mids = set().union(*(by_item.get(part.items[c].id, ()) for c in (*task.knowledge, *task.skills)))
            t.modules = [{"course": code, "number": n, "title": title}
                         for code, n, title in sorted(info[m] for m in mids if m in info)]


class Ticker:
    """Reports progress every so many rows; each report may raise Cancelled."""

    def __init__(self, progress: Progress, total: int, every: int = 250) -> None:
        self.progress, self.total, self.every = progress, max(total, 1), every
        self.done = 0
        self._next = 0
        self._what = None

    def __call__(self, n: int = 1, what: str = "") -> None:
        self.done += n
        if self.done >= self._next or what != self._what:
            self._what = what
            self._next = self.done + self.every
            self.progress.step(min(self.done, self.total), self.total, what)


def export_workbook(session: Session, programme_id: int, path: str | os.PathLike[str], *,
                    standard_code: str | None = None, lang: str | None = None,
                    report_tables: bool = False, progress: Progress = NO_PROGRESS,
                    today: date | None = None) -> ExportResult:
    """Write the programme's map to ``path`` (.xlsx); on error or cancel nothing is written."""
    from app.excel import sheets

    lang = resolve_lang(lang)
    progress.step(0, 1, Msg(QT_TR_NOOP("reading the map")))
    data = gather(session, programme_id, standard_code)
    nmod = len(data.modules())
    nrows = sum(len(p.tree.tasks()) for p in data.parts)
    check_export(item_columns=len(data.columns), modules=nmod, matrix_rows=sheets.matrix_rows(data),
                 task_rows=nrows, what=os.fspath(path))
    pages = matrix_pages(data.courses)  # more modules than a sheet has columns: more Matrix sheets
    ntotal = nrows * 2 + sheets.matrix_rows(data) * len(pages) + nmod * 2 + (nrows + nmod if report_tables else 0) + 10
    tick = Ticker(progress, ntotal)
    book = Book(data.scale)
    with book.writing(path):
        summary = book.sheet(sheet_name("summary", lang))
        uncovered = book.sheet(sheet_name("uncovered", lang))
        not_covered = sum(t.status != "covered" for p in data.parts for t in p.cov.tasks)
        book.set_active(uncovered if not_covered else summary)
        write_summary(summary, data, lang, today or date.today())
        tick(1, sheet_name("summary", lang))
        sheets.write_uncovered(uncovered, data, lang, tick)
        for n, page in enumerate(pages, start=1):
            title = sheet_name("matrix", lang) + (f" ({n})" if n > 1 else "")
            sheets.write_matrix(book.sheet(title), data, lang, tick, page)
        sheets.write_tasks(book.sheet(sheet_name("tasks", lang)), data, lang, tick)
        sheets.write_modules(book.sheet(sheet_name("modules", lang)), data.courses, lang, tick)
        sheets.write_mappings(book.sheet(sheet_name("mappings", lang)), data.courses, data.columns,
                              data.cells, data.scale, lang, tick)
        if report_tables:
            from app.excel.report import write_table1, write_table3

            write_table1(book.sheet(sheet_name("table1", lang)), data, lang, tick)
            write_table3(book.sheet(sheet_name("table3", lang)), data, lang, tick)
        progress.step(tick.total, tick.total, Msg(QT_TR_NOOP("saving")))
        book.save(path)
    result = ExportResult(str(path), [s.ws.title for s in book.sheets],
                          sheet_name("uncovered" if not_covered else "summary", lang), not_covered,
                          len(data.courses), nmod, sum(len(c) for c in data.cells.values()))
    _let_go(data)
    return result


def _let_go(data: MapData) -> None:
    """Free what was read a piece at a time. Freed at once when the export returned,
    its millions of objects held the GIL for 200 ms (10x department scale): the
    window, exporting in the background, stood still meanwhile."""
    for part in data.parts:
        for task in part.cov.tasks:
            task.modules = []
    while data.cells:
        data.cells.popitem()
    while data.courses:
        data.courses.pop()


def export_by_name(session: Session, programme: str, path: str | os.PathLike[str], **options) -> ExportResult:
    """The CLI's entry: the programme by name (or id)."""
    return export_workbook(session, find_programme(session, programme).id, path, **options)


# ---- Summary ------------------------------------------------------------

def _share(covered: int, total: int):
    return Styled(covered / total if total else 0.0, "pct")


def write_summary(sheet, data: MapData, lang: str, today: date) -> None:
    L = lambda key: label(key, lang)  # noqa: E731
    prog = data.programme
    rows: list[list] = [[Styled(f"{L('programme')}: {prog.name}", "title")], []]
    rows.append([Styled(L("programme"), "bold"), prog.name])
    for n, part in enumerate(data.parts):
        t = part.tree
        # Which version the map follows: a programme carried over to a new one says so.
        rows.append([Styled(L("standard"), "bold") if n == 0 else None, f"{t.code} {t.name}",
                     L("standard_level"), t.level, L("version"), version_text(t.versions, t.code, t.version, t.status)])
    if not data.parts:
        rows.append([Styled(L("standard"), "bold"), "—"])
    rows.append([Styled(L("date"), "bold"), Styled(today, "date")])
    rows.append([Styled(L("threshold"), "bold"), threshold_text(data.programme.threshold, data.scale, lang)])
    rows.append([Styled(L("scale"), "bold"), ", ".join(
        f"{lab} {level_name(lab, lang)}".strip() for lab in data.scale)])
    for code, later in data.newer.items():
        rows.append([Styled(L("newer_version"), "bold"), f"{code} → {', '.join(later)}"])
    for part in data.parts:
        c = part.cov
        rows += [[], [Styled(f"{part.tree.code} {part.tree.name}", "bold")],
                 [Styled(None, "header"), Styled(L("covered_n"), "header"), Styled(L("of"), "header"),
                  Styled(L("share"), "header")],
                 [L("items_covered"), c.items_covered, c.items_total, _share(c.items_covered, c.items_total)],
                 [L("tasks_covered"), c.tasks_covered, c.tasks_total, _share(c.tasks_covered, c.tasks_total)],
                 [L("tasks_partial"), c.tasks_partial, c.tasks_total, _share(c.tasks_partial, c.tasks_total)],
                 [L("tasks_uncovered"), c.tasks_uncovered, c.tasks_total,
                  _share(c.tasks_uncovered, c.tasks_total)],
                 [L("attitudes_covered"), c.attitudes_covered, c.attitudes_total,
                  _share(c.attitudes_covered, c.attitudes_total)], []]
        rows.append([Styled(L(k), "header") for k in (
            "duty", "duty_title", "items_cov", "items", "share", "tasks_cov", "tasks_part", "tasks_n", "share")])
        for d in c.duties:
            rows.append([d.code, d.title, d.items_covered, d.items_total, _share(d.items_covered, d.items_total),
                         d.tasks_covered, d.tasks_partial, d.tasks_total, _share(d.tasks_covered, d.tasks_total)])
    sheet.print_setup(landscape=False)
    write_fitted(sheet, rows, caps=[28, 50, 12, 10, 10, 12, 10, 10, 10], skip=1)
