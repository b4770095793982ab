"""Import a curriculum workbook: plan what changes, then make the programme match it.

    wb = read_workbook(path)                                   # no database
    plan = ws.read(plan_import, wb, "Programme", None)         # the preview
    result = ws.perform(apply_import, plan)                    # one transaction
    ws.perform(undo_import, result.undo)                       # exactly as before

Courses are matched by course code, modules by (course code, module no).
Courses, modules and mappings the workbook lacks are removed; changed fields
are updated. Mappings are kept in step for the standards in scope: the one
named by ``standard``, else the programme's targets that have a column in
the workbook (all of them when it has one target). Mapping notes and
indicators survive a level change.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from app.errors import QT_TR_NOOP, CurmapError, Joined, Msg, NotFoundError, Plural
from app.excel.common import Problem, WorkbookError, format_level, level_hint, parse_level
from app.excel.read import CurriculumWorkbook
from app.excel.state import load_state
from app.progress import NO_PROGRESS, Progress
from models import Item, Standard, programme_standard
from models.tables import programme as programme_table
_COUNTS = {"courses": QT_TR_NOOP("courses: +%1 ~%2 -%3"), "modules": QT_TR_NOOP("modules: +%1 ~%2 -%3"),
           "mappings": QT_TR_NOOP("mappings: +%1 ~%2 -%3")}
_FIELDS = {"name": QT_TR_NOOP("name %1 → %2"), "credits": QT_TR_NOOP("credits %1 → %2"),
           "semester": QT_TR_NOOP("semester %1 → %2"), "title": QT_TR_NOOP("title %1 → %2"),
           "hours": QT_TR_NOOP("hours %1 → %2")}
from models.levels import DEFAULT_SCALE, parse_scale

KINDS = ("courses", "modules", "mappings")


@dataclass
class ImportPlan:
    """What importing the workbook would do: for the preview, and what apply_import runs."""

    workbook: CurriculumWorkbook
    programme: str
    programme_id: int | None  # None: the import creates it
    standard: str | None  # as asked for
    standards: list[str]  # whose mappings the import keeps in step
    scale: tuple[str, ...]
    lines: list[Msg] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # "courses_added", "mappings_removed"…
    kept: list[str] = field(default_factory=list)  # targets left alone (no columns)
    digest: str = ""  # the programme as planned against
    ops: dict = field(default_factory=dict, repr=False)

    @property
    def creates_programme(self) -> bool:
        return self.programme_id is None

    @property
    def empty(self) -> bool:
        return not self.creates_programme and not self.lines

    @property
    def removals(self) -> tuple[int, int, int]:
        """Courses, modules and mappings the import deletes (a course's modules and mappings included)."""
        return tuple(self.counts.get(f"{k}_removed", 0) for k in KINDS)

    def removal_lines(self) -> list[Msg]:
        return [line for line in self.lines if str(line).startswith("remove ")]

    def headline(self) -> Msg:
        c = self.counts
        parts = Joined("; ", *(Msg(_COUNTS[k], c[k + "_added"], c[k + "_changed"], c[k + "_removed"])
                               for k in KINDS))
        verb = (QT_TR_NOOP("create programme '%1' from %2 (%3)") if self.creates_programme
                else QT_TR_NOOP("update programme '%1' from %2 (%3)"))
        return Msg(verb, self.programme, self.workbook.source, parts)

    def summary(self, limit: int | None = 40) -> list[Msg]:
        """The headline, then one line per change (``limit`` of them, then a count); str() is English."""
        out: list[Msg] = [self.headline()]
        if self.empty:
            out.append(Msg(QT_TR_NOOP("nothing to change: the programme already matches the workbook")))
        shown = self.lines if limit is None else self.lines[:limit]
        out += [Joined("", "  ", line) for line in shown]
        if limit is not None and len(self.lines) > limit:
            more = len(self.lines) - limit
            out.append(Joined("", "  ", Plural.tr("… and %n more changes", "", more)))
        for code in self.kept:
            out.append(Joined("", "  ", Msg(QT_TR_NOOP("(mappings to %1 items are kept: the workbook has no "
                                                       "column for %1)"), code)))
        return out


# ---- planning ------------------------------------------------------------

def _find_programme(session: Session, programme: str | int):
    """The programme's row (id, name, scale…), or None when a name matches none."""
    by_id = select(programme_table).where(programme_table.c.id == bindparam("pid"))
    if isinstance(programme, int):
        prog = session.execute(by_id, {"pid": programme}).first()
        if prog is None:
            raise NotFoundError(QT_TR_NOOP("programme #%1 no longer exists"), programme)
        return prog
    name = programme.strip()
    if not name:
        raise CurmapError(QT_TR_NOOP("name the programme to import into"))
    prog = session.execute(select(programme_table).where(programme_table.c.name == name)).first()
    if prog is None and name.isdigit():
        prog = session.execute(by_id, {"pid": int(name)}).first()
    return prog


def _item_index(session: Session, std_ids: list[int]) -> dict[int, dict[tuple[str, int], tuple[int, str]]]:
    """standard id -> (kind, number) -> (item id, code): K07 and K7 name the same item."""
    import re

    out: dict[int, dict] = {sid: {} for sid in std_ids}
    pattern = re.compile(r"^([KSA])0*(\d+)$")
    for sid, iid, code in session.execute(
            select(Item.standard_id, Item.id, Item.code).where(Item.standard_id.in_(std_ids))):
        m = pattern.match(code.strip().upper())
        if m:
            out[sid][(m[1], int(m[2]))] = (iid, code)
    return out


def _choose_standards(session: Session, wb: CurriculumWorkbook, prog, standard: str | None,
                      all_std: dict[str, int]) -> list[str]:
    """The standards the workbook's columns may name."""
    if standard and standard not in all_std:
        raise NotFoundError(QT_TR_NOOP("no standard %1 in this map (it has: %2)"), standard,
                            ", ".join(all_std) or Msg(QT_TR_NOOP("none")))
    if prog is not None:
        targets = sorted(session.scalars(
            select(Standard.code).join(programme_standard, programme_standard.c.standard_id == Standard.id)
            .where(programme_standard.c.programme_id == prog.id)))
        if standard and standard not in targets:
            raise CurmapError(QT_TR_NOOP("programme '%1' does not target %2 (it targets: %3)"),
                              prog.name, standard, ", ".join(targets) or Msg(QT_TR_NOOP("none")))
        return [standard] if standard else targets
    if standard:
        return [standard]
    if not all_std:
        raise CurmapError(QT_TR_NOOP("this map has no standards yet: import one first (curmap import-standard)"))
    named = sorted({c.standard for c in wb.columns if c.standard})
    if named:
        return [s for s in named if s in all_std] or named
    if len(all_std) == 1:
        return list(all_std)
    index = _item_index(session, list(all_std.values()))
    wanted = {(c.kind, c.number) for c in wb.columns}
    fits = [code for code, sid in all_std.items() if wanted and wanted <= set(index[sid])]
    if len(fits) == 1:
        return fits
    if not fits:
        raise CurmapError(QT_TR_NOOP("%1: no standard in this map has all the workbook's item codes; "
                                     "name one with --standard CODE"), wb.source)
    raise CurmapError(QT_TR_NOOP("%1: the item codes fit several standards (%2); name one with --standard CODE"),
                      wb.source, ", ".join(fits))


def _num(value) -> float | None:
    return None if value is None else float(value)


def _show(value) -> str | Msg:
    if value is None or value == "":
        return Msg(QT_TR_NOOP("blank"))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return repr(value) if isinstance(value, str) else str(value)


def plan_import(session: Session, workbook: CurriculumWorkbook, programme: str | int,
                standard: str | None = None, progress: Progress = NO_PROGRESS, *,
                describe: bool = True) -> ImportPlan:
    """Check the workbook against the map and list every change; raises WorkbookError, writes nothing.

    ``programme``: a name (created by the import when missing) or the id of an existing programme.
    ``describe=False`` leaves ``lines`` empty (the plan apply_import carries out: a 100,000-row
    workbook's lines alone take a hundred megabytes).
    """

    progress.step(0, 3, Msg(QT_TR_NOOP("checking the workbook against the map")))
    prog = _find_programme(session, programme)
    name = prog.name if prog is not None else str(programme).strip()
    all_std = dict(session.execute(select(Standard.code, Standard.id).order_by(Standard.code)).all())
    candidates = _choose_standards(session, workbook, prog, standard, all_std)
    scale = parse_scale(prog.scale) if prog is not None else DEFAULT_SCALE
    index = _item_index(session, [all_std[c] for c in candidates if c in all_std])
    problems: list[Problem] = []
    column_items: list[int | None] = []
    used: set[str] = set()
    plain = {(c.kind, c.number) for c in workbook.columns if not c.standard}
    fitting = [c for c in candidates if c in all_std and plain <= set(index[all_std[c]])]
    plain_where = fitting if len(fitting) == 1 else candidates  # the one standard all plain codes fit
    for col in workbook.columns:
        where = [col.standard] if col.standard else plain_where
        if col.standard and col.standard not in candidates:
            args = (col.header, col.standard, ", ".join(candidates))
            if prog:
                text = Msg(QT_TR_NOOP("%1: the programme does not target standard %2 here (use %3)"), *args)
            else:
                text = Msg(QT_TR_NOOP("%1: no standard %2 here (use %3)"), *args)
            problems.append(Problem(col.ref, text))
            column_items.append(None)
            continue
        hits = [(c, index[all_std[c]][(col.kind, col.number)]) for c in where
                if (col.kind, col.number) in index.get(all_std.get(c), {})]
        if len(hits) == 1:
            used.add(hits[0][0])
            column_items.append(hits[0][1][0])
        else:
            if not hits:
                text = Msg(QT_TR_NOOP("no item %1 in %2"), col.code, ", ".join(where))
            else:
                text = Msg(QT_TR_NOOP("%1 is in several target standards (%2); write it as %3:%1"),
                           col.code, ", ".join(c for c, _ in hits), hits[0][0])
            problems.append(Problem(col.ref, text))
            column_items.append(None)
    desired: dict[tuple[str, int], dict[int, tuple[int, bool]]] = {}
    for cell in workbook.cells:
        parsed = parse_level(cell.label + ("*" if cell.assessed else ""), scale)
        if parsed is None:
            problems.append(Problem(cell.ref, Msg(QT_TR_NOOP("'%1' is not a level on the scale %2: %3"),
                                                  cell.label, "/".join(scale), level_hint(scale))))
            continue
        iid = column_items[cell.column]
        if iid is not None:
            desired.setdefault((cell.course, cell.number), {})[iid] = parsed
    if problems:
        raise WorkbookError(workbook.source, problems)
    if standard:
        scope = [standard]
    elif prog is None or len(candidates) == 1:
        scope = candidates
    else:
        scope = [c for c in candidates if c in used]
    progress.step(1, 3, Msg(QT_TR_NOOP("reading the programme")))
    state = load_state(session, prog.id if prog else None, [all_std[c] for c in scope])
    progress.step(2, 3, Msg(QT_TR_NOOP("comparing")))
    plan = ImportPlan(workbook, name, prog.id if prog else None, standard, scope, scale,
                      kept=[c for c in candidates if c not in scope], digest=state.digest())
    _diff(plan, state, desired, describe)
    return plan


def _diff(plan: ImportPlan, state, desired: dict[tuple[str, int], dict[int, tuple[int, bool]]],
          describe: bool = True) -> None:
    """Compare the workbook with the stored programme; fills plan.lines, counts and ops."""
    counts = {f"{k}_{v}": 0 for k in KINDS for v in ("added", "changed", "removed")}
    lines: list[Msg] = []
    say = lines.append if describe else _quiet
    ops = {"course_add": [], "course_update": [], "course_delete": [], "module_add": [],
           "module_update": [], "module_position": [], "module_delete": [], "map_add": [], "map_update": [], "map_delete": [],
           "order": [c.code for c in plan.workbook.courses]}
    scale = plan.scale
    item_code = state.item_codes
    if plan.creates_programme:
        say(Msg(QT_TR_NOOP("create programme '%1' targeting %2"), plan.programme,
                ", ".join(plan.standards) or Msg(QT_TR_NOOP("no standard"))))
    wb_codes = {c.code for c in plan.workbook.courses}
    kept_db = [c.code for c in state.courses if c.code in wb_codes]
    if kept_db != [c for c in ops["order"] if c in set(kept_db)]:
        say(Msg(QT_TR_NOOP("reorder courses as in the workbook")))
    by_code = {c.code: c for c in state.courses}
    for wc in plan.workbook.courses:
        dc = by_code.get(wc.code)
        if dc is None:
            ops["course_add"].append(wc)
            counts["courses_added"] += 1
            say(Plural.tr("add course %1 %2 (%n modules)", "", len(wc.modules)).of(wc.code, wc.name))
            dmods = {}
        else:
            new = {"name": wc.name, "credits": _num(wc.credits), "semester": wc.semester}
            old = {"name": dc.name, "credits": _num(dc.credits), "semester": dc.semester or ""}
            diff = {k: v for k, v in new.items() if v != old[k]}
            if diff:
                ops["course_update"].append((dc.id, new))
                counts["courses_changed"] += 1
                say(Msg(QT_TR_NOOP("change course %1: %2"), wc.code, _changes(old, diff)))
            dmods = {m.number: m for m in dc.modules}
        for wm in wc.modules:
            key = (wc.code, wm.number)
            dm = dmods.get(wm.number)
            if dm is None:
                ops["module_add"].append((wc.code, wm))
                counts["modules_added"] += 1
                say(Msg(QT_TR_NOOP("add module %1 #%2 %3"), wc.code, wm.number, wm.title))
                have = {}
            else:
                new = {"title": wm.title, "hours": _num(wm.hours)}
                old = {"title": dm.title, "hours": _num(dm.hours)}
                diff = {k: v for k, v in new.items() if v != old[k]}
                if diff:
                    ops["module_update"].append((dm.id, new))
                    counts["modules_changed"] += 1
                    say(Msg(QT_TR_NOOP("change module %1 #%2: %3"), wc.code, wm.number, _changes(old, diff)))
                if dm.position != wm.number - 1:
                    ops["module_position"].append((dm.id, wm.number - 1))
                have = state.mappings.get(dm.id, {})
            want = desired.get(key, {})
            where = f"{wc.code} #{wm.number}"
            for iid, (level, assessed) in want.items():
                cur = have.get(iid)
                if cur is None:
                    ops["map_add"].append((key, iid, level, assessed))
                    counts["mappings_added"] += 1
                    say(Msg(QT_TR_NOOP("add mapping %1 %2 %3"), where, item_code[iid],
                            format_level(level, assessed, scale)))
                elif (cur[1], cur[2]) != (level, assessed):
                    ops["map_update"].append((cur[0], level, assessed))
                    counts["mappings_changed"] += 1
                    say(Msg(QT_TR_NOOP("change mapping %1 %2 %3 → %4"), where, item_code[iid],
                            format_level(cur[1], cur[2], scale), format_level(level, assessed, scale)))
            for iid, (mid, level, assessed) in have.items():
                if iid not in want:
                    ops["map_delete"].append(mid)
                    counts["mappings_removed"] += 1
                    say(Msg(QT_TR_NOOP("remove mapping %1 %2 %3"), where, item_code.get(iid, "?"),
                            format_level(level, assessed, scale)))
        wanted_numbers = {m.number for m in wc.modules}
        for number, dm in dmods.items():
            if number not in wanted_numbers:
                ops["module_delete"].append(dm.id)
                _remove_module(counts, say, wc.code, dm)
    for dc in state.courses:
        if dc.code not in wb_codes:
            ops["course_delete"].append(dc.id)
            counts["courses_removed"] += 1
            say(Msg(QT_TR_NOOP("remove course %1 %2 (%3, %4)"), dc.code, dc.name,
                    Plural.tr("%n modules", "", len(dc.modules)),
                    Plural.tr("%n mappings", "", sum(m.all_mappings for m in dc.modules))))
            for dm in dc.modules:  # they go with their course: counted and listed too
                _remove_module(counts, say, dc.code, dm)
    plan.lines, plan.counts, plan.ops = lines, counts, ops


def _quiet(_line) -> None:
    pass


def _remove_module(counts: dict[str, int], say, course_code: str, dm) -> None:
    """A removed module takes all its mappings along, to any standard (the workbook's or not)."""
    counts["modules_removed"] += 1
    counts["mappings_removed"] += dm.all_mappings
    say(Plural.tr("remove module %1 #%2 %3 (%n mappings)", "", dm.all_mappings).of(course_code, dm.number, dm.title))


def _changes(old: dict, diff: dict) -> Joined:
    """``name 'A' → 'B', hours 2 → 3``: each changed field with its old and new value."""
    return Joined(", ", *(Msg(_FIELDS[k], _show(old[k]), _show(v)) for k, v in diff.items()))
