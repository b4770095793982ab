"""The export's sheets: Uncovered tasks, Matrix, Tasks, Modules, Mappings.

Modules and Mappings are the curriculum workbook the importer reads back;
the template writes them too, with no rows.
"""
from __future__ import annotations

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from app.curriculum.queries import CourseInfo
from app.excel.common import (
    MODULE_COLUMNS,
    column_name,
    display_width,
    fit_width,
    format_level,
    label,
    level_fills,
    level_name,
    threshold_text,
    listing,
    status_label,
)
from app.excel.write import Sheet, Styled, clean, table_frame, write_fitted

COVERED_MARK, NOT_COVERED_MARK = "✓", "✗"
TEMPLATE_ROWS = 1000  # rows the Mappings drop-down reaches beyond the data


def _v(value):
    """Blank text is written as no cell at all (an empty string cell upsets Excel)."""
    return None if value == "" else value



def _duty_label(part, code: str, title: str, multi: bool) -> str:
    return f"{part.tree.code} {code} {title}" if multi else f"{code} {title}"


# ---- Uncovered tasks -----------------------------------------------------

def write_uncovered(sheet: Sheet, data, lang: str, tick) -> None:
    L = lambda key: label(key, lang)  # noqa: E731
    keys = ["duty", "task", "title", "level", "status", "missing_k", "missing_s"]
    header = ([L("standard")] if data.multi else []) + [L(k) for k in keys]
    rows: list[list] = [[Styled(h, "header") for h in header]]
    for part in data.parts:
        duties = {d.code: d.title for d in part.tree.duties}
        for t in part.cov.tasks:
            tick(1, sheet.ws.title)
            if t.status == "covered":
                continue
            missing = [part.items[c] for c in t.missing if c in part.items]
            k = listing([f"{i.code} {i.title}" for i in missing if i.kind == "K"])
            s = listing([f"{i.code} {i.title}" for i in missing if i.kind == "S"])
            rows.append(([part.tree.code] if data.multi else []) + [
                Styled(f"{t.duty_code} {duties.get(t.duty_code, '')}", "wrap"), Styled(t.code, "top"),
                Styled(t.title, "wrap"), Styled(t.level, "center"),
                Styled(status_label(t.status, lang), f"status_{t.status}"),
                Styled(_v(k), "wrap"), Styled(_v(s), "wrap")])
    if len(rows) == 1:
        rows.append([L("all_covered") if data.parts else L("no_standard")])
    table_frame(sheet, len(header), len(rows), freeze="A2")
    caps = ([16] if data.multi else []) + [30, 10, 36, 8, 16, 44, 44]
    write_fitted(sheet, rows, caps=caps)


# ---- Tasks ---------------------------------------------------------------

def write_tasks(sheet: Sheet, data, lang: str, tick) -> None:
    L = lambda key: label(key, lang)  # noqa: E731
    keys = ["duty", "task", "title", "level", "status", "items_cov", "items", "knowledge", "skills", "modules"]
    header = ([L("standard")] if data.multi else []) + [L(k) for k in keys]
    rows: list[list] = [[Styled(h, "header") for h in header]]
    for part in data.parts:
        duties = {d.code: d.title for d in part.tree.duties}
        status = {t.code: t for t in part.cov.tasks}
        for task in part.tree.tasks():
            tick(1, sheet.ws.title)
            t = status[task.code]
            mods = listing([f"{m['course']}-{m['number']} {m['title']}" for m in t.modules])
            rows.append(([part.tree.code] if data.multi else []) + [
                Styled(f"{t.duty_code} {duties.get(t.duty_code, '')}", "wrap"), Styled(t.code, "top"),
                Styled(t.title, "wrap"), Styled(t.level, "center"),
                Styled(status_label(t.status, lang), f"status_{t.status}"),
                Styled(t.items_covered, "center"), Styled(t.items_total, "center"),
                Styled(_v(" ".join(task.knowledge)), "wrap"), Styled(_v(" ".join(task.skills)), "wrap"),
                Styled(_v(mods), "wrap")])
    table_frame(sheet, len(header), len(rows), freeze="A2")
    caps = ([16] if data.multi else []) + [30, 10, 36, 8, 16, 12, 10, 24, 24, 44]
    write_fitted(sheet, rows, caps=caps)


# ---- Matrix --------------------------------------------------------------

def _duty_items(part) -> list[tuple[str, list]]:
    """(duty label, its K and S items in standard order), then the attitudes."""
    order = {i.code: n for n, i in enumerate(part.tree.items())}
    groups = []
    for d in part.tree.duties:
        codes = {c for t in d.tasks for c in (*t.knowledge, *t.skills)}
        groups.append((d.code, d.title, [part.items[c] for c in sorted(codes, key=order.__getitem__)]))
    if part.tree.attitudes:
        groups.append(("A", None, list(part.tree.attitudes)))
    return groups


def matrix_rows(data) -> int:
    return sum(len(items) for part in data.parts for _, _, items in _duty_items(part)) + 3


def write_matrix(sheet: Sheet, data, lang: str, tick, page: list[tuple] | None = None) -> None:
    """Items down, modules across; ``page`` (from limits.matrix_pages) names the modules of this sheet."""
    L = lambda key: label(key, lang)  # noqa: E731
    ws = sheet.ws
    if page is None:
        page = [(c, c.modules) for c in data.courses]
    modules = [(c, m) for c, mods in page for m in mods]
    first = 5
    col_of = {m.id: first + n for n, (_, m) in enumerate(modules)}
    ncols = first - 1 + len(modules)
    groups = [(part, _duty_label(part, code, title or L("attitudes"), data.multi), items)
              for part in data.parts for code, title, items in _duty_items(part)]
    sheet.widths([fit_width([g[1] for g in groups], maximum=30), 8,
                  fit_width([i.title for g in groups for i in g[2]], maximum=40), fit_width([L("covered")])])
    sheet.width_range(first, ncols, 5.5)
    ws.freeze_panes = f"{get_column_letter(first)}4"
    longest = max((display_width(f"{m.number} {m.title}") for _, m in modules), default=4)
    ws.row_dimensions[2].height = 45
    ws.row_dimensions[3].height = min(160, max(48, 7 * longest))
    last_row = 3 + sum(len(g[2]) for g in groups)
    ws.auto_filter.ref = f"A3:{get_column_letter(max(ncols, 4))}{max(last_row, 4)}"
    sheet.print_setup(landscape=True, title_rows="2:3", title_cols="A:D")

    # Row 1: the legend; the level samples sit above the module columns.
    fills = level_fills(data.scale)
    names = ", ".join(f"{lab} {level_name(lab, lang)}".strip() for lab in data.scale)

    legend = [sheet.cell(L("legend"), "bold"), None,
              f"{L('assessed')}; {L('threshold')}: {threshold_text(data.programme.threshold, data.scale, lang)}", None]
    legend += [sheet.cell(lab, f"level{rank}") for rank, lab in enumerate(data.scale, start=1)][:len(fills)]
    legend.append(names)  # runs on over the empty cells to its right
    sheet.append(legend)
    # Row 2: courses (merged over their modules); row 3: the column headers.
    courses = [None] * max(ncols, 4)
    for c, mods in page:
        if not mods:
            continue
        a, b = col_of[mods[0].id], col_of[mods[-1].id]
        courses[a - 1] = sheet.cell(f"{c.code} {c.name}", "course_head")
        if b > a:
            ws.merged_cells.add(f"{get_column_letter(a)}2:{get_column_letter(b)}2")
    sheet.append(courses)
    header = sheet.header([L("duty"), L("item"), L("item_title"), L("covered")])
    header += [sheet.cell(f"{c.code}-{m.number} {m.title}", "header_rot") for c, m in modules]
    sheet.append(header)

    makers = {}
    scale = tuple(clean(lab) for lab in data.scale)
    for rank in range(1, len(scale) + 1):
        make = sheet.styler(f"level{rank}")
        for assessed in (False, True):
            makers[(rank, assessed)] = (format_level(rank, assessed, scale), make)
    by_item: dict[int, list[tuple[int, int, bool]]] = {}
    for mid, items in data.cells.items():
        col = col_of.get(mid)
        if col is None:
            continue
        for iid, (level, assessed) in items.items():
            by_item.setdefault(iid, []).append((col - 1, level, assessed))
    blank = [None] * ncols
    for part, duty, items in groups:
        for item in items:
            row = blank.copy() if ncols > 4 else [None] * 4
            row[0], row[1], row[2] = sheet.text(duty), sheet.text(item.code), sheet.text(item.title)
            row[3] = COVERED_MARK if part.covered.get(item.id) else NOT_COVERED_MARK
            for col, level, assessed in by_item.get(item.id, ()):
                value, make = makers.get((level, assessed)) or (str(level), str)
                row[col] = make(value)
            ws.append(row)  # thousands of columns, all cleaned above: Sheet.append's scan would cost a second
            tick(1, ws.title)


# ---- Modules and Mappings (the curriculum workbook) -----------------------

def write_modules(sheet: Sheet, courses: list[CourseInfo], lang: str, tick=None) -> None:
    header = [column_name(k, lang) for k in MODULE_COLUMNS]
    rows: list[list] = [sheet.header(header)]
    t = sheet.text
    for c in courses:
        def course():  # a row's own cells: a cell object is never shared between rows
            return [t(c.code), t(c.name), _number(c.credits), t(c.semester)]
        if not c.modules:
            rows.append(course() + [None, None, None])
        for m in c.modules:
            rows.append(course() + [m.number, t(m.title), _number(m.hours)])
    widths = []
    for col in range(len(header)):
        cap = 40 if col in (1, 5) else 16
        widths.append(fit_width([header[col]] + [getattr(r[col], "value", r[col]) for r in rows[1:]],
                                maximum=cap, minimum=8))
    sheet.widths(widths)
    table_frame(sheet, len(header), len(rows), freeze="A2")
    for r in rows:
        sheet.append(r)
        if tick:
            tick(1, sheet.ws.title)


def _number(value):
    from app.excel.common import number_out

    return number_out(value)


def write_mappings(sheet: Sheet, courses: list[CourseInfo], columns: list[tuple[str, int]],
                   cells: dict[int, dict[int, tuple[int, bool]]], scale: tuple[str, ...], lang: str,
                   tick=None) -> None:
    ws = sheet.ws
    scale = tuple(clean(lab) for lab in scale)  # labels go into cells, a drop-down and formulas
    fixed = [column_name("course_code", lang), column_name("module_no", lang), column_name("module_title", lang)]
    first = len(fixed) + 1
    last = len(fixed) + len(columns)
    index = {iid: len(fixed) + n for n, (_, iid) in enumerate(columns)}
    modules = [(c, m) for c in courses for m in c.modules]
    sheet.widths([fit_width([fixed[0]] + [c.code for c, _ in modules], minimum=10, maximum=16),
                  fit_width([fixed[1]], minimum=8),
                  fit_width([fixed[2]] + [m.title for _, m in modules], maximum=36, minimum=12)])
    sheet.width_range(first, last, max(6.0, fit_width([h for h, _ in columns], minimum=6, maximum=20)))
    # 50+ item columns fitted to one page wide print at about 4 pt: across pages instead,
    # with the module columns (A:C) and the header row repeated on each.
    table_frame(sheet, max(last, len(fixed)), len(modules) + 1, freeze=f"{get_column_letter(first)}2",
                 title_cols="A:C", fit_width=len(columns) <= 12)
    if columns:
        area = f"{get_column_letter(first)}2:{get_column_letter(last)}{max(len(modules) + 1, TEMPLATE_ROWS)}"
        _level_helpers(ws, area, get_column_letter(first), scale, lang)
    sheet.append(sheet.header(fixed + [h for h, _ in columns]))
    values = {(rank, a): format_level(rank, a, scale) for rank in range(1, len(scale) + 1) for a in (False, True)}
    blank = [None] * max(last, len(fixed))
    for c, m in modules:
        row = blank.copy()
        row[0], row[1], row[2] = sheet.text(c.code), m.number, sheet.text(m.title)
        for iid, (level, assessed) in cells.get(m.id, {}).items():
            j = index.get(iid)
            if j is not None:
                row[j] = values.get((level, assessed)) or str(level)
        ws.append(row)  # one column per item, all cleaned above (see write_matrix)
        if tick:
            tick(1, ws.title)


def _level_helpers(ws, area: str, first_letter: str, scale: tuple[str, ...], lang: str) -> None:
    """A drop-down of the levels (a warning only) and fills that follow the typed level."""
    choices = ",".join([*scale, *(f"{lab}*" for lab in scale)])
    if len(choices) <= 250 and '"' not in choices:
        dv = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True, errorStyle="warning",
                            showErrorMessage=True, errorTitle=label("mapping_level", lang),
                            error=label("level_choice", lang).replace("%1", choices))
        dv.add(area)
        ws.data_validations.append(dv)
    for rank, (colour, dark) in enumerate(level_fills(scale), start=1):
        lab = scale[rank - 1].replace('"', '""')
        rule = FormulaRule(formula=[f'OR({first_letter}2="{lab}",{first_letter}2="{lab}*")'],
                           fill=PatternFill(fill_type="solid", start_color=colour, end_color=colour))
        ws.conditional_formatting.add(area, rule)
