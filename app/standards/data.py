"""Plain data for a parsed competency standard, before it is stored.

The parser produces it and the importer stores it; neither side needs the
other's details. Codes keep their published form (``K01``, ``T1.1``).
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class ParsedOutput:
    code: str
    title: str


@dataclass(slots=True)
class ParsedIndicator:
    code: str
    text: str


@dataclass(slots=True)
class ParsedBlock:
    """One competency block of a task: a row (or rows) with its own level, K and S.

    Most tasks have one; some list two or more, at the same or different levels.
    Outputs and indicators are named by code (the task holds their text).
    """
    level: int
    outputs: list[str] = field(default_factory=list)
    indicators: list[str] = field(default_factory=list)
    knowledge: list[str] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ParsedTask:
    code: str
    title: str
    level: int  # the highest of its blocks' levels: what the whole task asks
    outputs: list[ParsedOutput] = field(default_factory=list)
    indicators: list[ParsedIndicator] = field(default_factory=list)
    knowledge: list[str] = field(default_factory=list)  # K codes, in order (all blocks)
    skills: list[str] = field(default_factory=list)  # S codes, in order (all blocks)
    blocks: list[ParsedBlock] = field(default_factory=list)


@dataclass(slots=True)
class ParsedDuty:
    code: str
    title: str
    tasks: list[ParsedTask] = field(default_factory=list)


@dataclass(slots=True)
class ParsedItem:
    kind: str  # "K", "S" or "A"
    code: str
    title: str


@dataclass(slots=True)
class ParsedVersion:
    version: str  # "V2"
    code: str
    name: str
    status: str
    note: str = ""
    date: str = ""  # as published, e.g. "2017/11/13"


@dataclass(slots=True)
class ParsedCategory:
    kind: str  # "職類別", "職業別" or "行業別"
    name: str
    code: str


@dataclass(slots=True)
class ParsedStandard:
    code: str  # "KRM2431-001v2"
    name: str
    name_kind: str = "職業"  # "職類" or "職業"
    version: int | None = None  # 2 for "...v2"; None when the code has no vN
    status: str = ""
    level: int | None = None
    job_description: str = ""
    notes: str = ""
    source_name: str = ""
    versions: list[ParsedVersion] = field(default_factory=list)
    categories: list[ParsedCategory] = field(default_factory=list)
    duties: list[ParsedDuty] = field(default_factory=list)
    knowledge: list[ParsedItem] = field(default_factory=list)
    skills: list[ParsedItem] = field(default_factory=list)
    attitudes: list[ParsedItem] = field(default_factory=list)

    def tasks(self) -> list[ParsedTask]:
        return [t for d in self.duties for t in d.tasks]


def counts_of(parsed: ParsedStandard) -> dict[str, int]:
    tasks = parsed.tasks()
    return {
        "duties": len(parsed.duties),
        "tasks": len(tasks),
        "outputs": sum(len(t.outputs) for t in tasks),
        "indicators": sum(len(t.indicators) for t in tasks),
        "knowledge": len(parsed.knowledge),
        "skills": len(parsed.skills),
        "attitudes": len(parsed.attitudes),
    }
