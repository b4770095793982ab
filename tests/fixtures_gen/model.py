"""A standard as the generator lays it out, and what reading it must give.

``expected()`` is written from the layout rules of DOMAIN.md, not from the
parser, so a test comparing both checks the parser.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from app.standards.data import (ParsedBlock, ParsedCategory, ParsedDuty, ParsedIndicator, ParsedItem,
                                ParsedOutput, ParsedStandard, ParsedTask, ParsedVersion)


@dataclass
class B:
    """A competency block: one row with its own level, outputs, indicators, K and S."""
    level: int
    out: list[tuple[str, str]] = field(default_factory=list)  # (code as printed, title)
    ind: list[tuple[str, str]] = field(default_factory=list)  # (code as printed, text)
    K: list[str] = field(default_factory=list)  # per-task duties only
    S: list[str] = field(default_factory=list)


@dataclass
class T:
    """A 工作任務 cell: one task code, or several sharing the cell's rows."""
    codes: list[tuple[str, str]]
    blocks: list[B]


@dataclass
class D:
    code: str
    title: str
    tasks: list[T]
    K: list[str] | None = None  # a K/S cell merged over the duty; None: per task
    S: list[str] | None = None
    dot: bool = False  # printed "T1." (a full stop after the code)


@dataclass
class Category:
    kind: str
    names: list[str]
    codes: list[str]
    bullets: bool = False  # names as a bullet list, one a line


@dataclass
class Spec:
    stem: str
    code: str
    name: str
    kind: str  # 職類 or 職業
    level: int
    description: str
    categories: list[Category]
    duties: list[D]
    K: dict[str, str]
    S: dict[str, str]
    attitudes: list[tuple[str | None, str]]  # (code or None when uncoded, title)
    attitude_style: str = "inline"  # inline, lines, sentences, none
    versions: list[ParsedVersion] | None = None
    notes: list[str] = field(default_factory=list)
    header_rows: int = 1  # the main table's header: one, two or three rows
    rows_per_page: int = 8  # the text layout's page length (table rows)
    page: str = "A5"  # the ODT/PDF page size
    font: str = "8pt"
    widths: list[str] | None = None  # the main table's columns (A5 cm, scaled to the page)

    @property
    def title_line(self) -> str:
        return f"{self.name}職能基準"


def expected(spec: Spec) -> ParsedStandard:
    version = None
    if "v" in spec.code.split("-")[-1]:
        version = int(spec.code.split("v")[-1])
    status = next((v.status for v in spec.versions or [] if v.code == spec.code), "")
    std = ParsedStandard(
        code=spec.code, name=spec.name, name_kind=spec.kind, version=version, status=status,
        level=spec.level, job_description=spec.description, notes="\n".join(spec.notes),
        source_name="", versions=list(spec.versions or []), categories=_categories(spec))
    seen: dict[str, list[str]] = {"K": [], "S": []}
    for d in spec.duties:
        duty = ParsedDuty(d.code, d.title)
        for t in d.tasks:
            codes = [c for c, _ in t.codes]
            for n, (code, title) in enumerate(t.codes):
                task = ParsedTask(code, title, max(b.level for b in t.blocks))
                for b in t.blocks:
                    k = list(d.K if d.K is not None else b.K)
                    s = list(d.S if d.S is not None else b.S)
                    outs = [(c.replace(" ", ""), x) for c, x in b.out if _owner(c, codes, n)]
                    inds = [(c.replace(" ", ""), x) for c, x in b.ind if _owner(c, codes, n)]
                    for c, x in outs:
                        if c not in [o.code for o in task.outputs]:
                            task.outputs.append(ParsedOutput(c, x))
                    task.indicators += [ParsedIndicator(c, x) for c, x in inds]
                    task.blocks.append(ParsedBlock(b.level, [c for c, _ in outs], [c for c, _ in inds], k, s))
                    for key, codes_ in (("K", k), ("S", s)):
                        seen[key] += [c for c in codes_ if c not in seen[key]]
                task.knowledge = list(dict.fromkeys(c for b in task.blocks for c in b.knowledge))
                task.skills = list(dict.fromkeys(c for b in task.blocks for c in b.skills))
                duty.tasks.append(task)
        std.duties.append(duty)
    std.knowledge = [ParsedItem("K", c, spec.K[c]) for c in seen["K"]]
    std.skills = [ParsedItem("S", c, spec.S[c]) for c in seen["S"]]
    std.attitudes = [ParsedItem("A", code or f"A{n:02d}", title)
                     for n, (code, title) in enumerate(spec.attitudes, 1)]
    return std


def _owner(code: str, task_codes: list[str], n: int) -> bool:
    if len(task_codes) == 1:
        return True
    digits = code.replace(" ", "").lstrip("OP0").split(".")
    owner = f"T{digits[0]}.{digits[1]}"
    return owner == task_codes[n] if owner in task_codes else n == 0


def _categories(spec: Spec) -> list[ParsedCategory]:
    out = []
    for c in spec.categories:
        if len(c.codes) <= 1:
            out.append(ParsedCategory(c.kind, "".join(c.names), c.codes[0] if c.codes else ""))
            continue
        for n, code in enumerate(c.codes):
            out.append(ParsedCategory(c.kind, c.names[n] if n < len(c.names) else "", code))
    return out


def rows_of(t: T) -> int:
    return len(t.blocks)
