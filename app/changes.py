"""What an operation changed, so each view refreshes only what it shows."""
from __future__ import annotations

import json
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    standards: bool = False  # a standard was added, replaced or removed
    programmes: bool = False  # the programme list or a programme's fields/targets
    curriculum: frozenset[int] = field(default_factory=frozenset)  # programme ids whose courses/modules changed
    mappings: frozenset[int] = field(default_factory=frozenset)  # module ids whose mappings changed
    # Course ids whose own fields or modules changed (added, moved, deleted, edited): lets a reader
    # re-read those alone. Empty with ``curriculum`` set means "somewhere in those programmes".
    courses: frozenset[int] = field(default_factory=frozenset)
    # Unknown what changed (written elsewhere without a journal entry, or
    # entries missed): reload everything. ``standards`` and ``programmes``
    # are set with it, so a listener that knows only those reloads too.
    everything: bool = False

    @classmethod
    def all(cls) -> Changes:
        return cls(standards=True, programmes=True, everything=True)

    @property
    def coverage(self) -> bool:
        """Whether any coverage figure may have moved."""
        return bool(self.standards or self.programmes or self.curriculum or self.mappings or self.everything)

    @property
    def empty(self) -> bool:
        return not self.coverage

    def __or__(self, other: Changes) -> Changes:
        # A curriculum change that names no course means "somewhere": so does the merge.
        vague = (self.curriculum and not self.courses) or (other.curriculum and not other.courses)
        return Changes(
            standards=self.standards or other.standards,
            programmes=self.programmes or other.programmes,
            curriculum=self.curriculum | other.curriculum,
            mappings=self.mappings | other.mappings,
            everything=self.everything or other.everything,
            courses=frozenset() if vague else self.courses | other.courses,
        )

    # ---- as stored in the change journal -------------------------------------------

    def to_json(self) -> str:
        data: dict = {}
        if self.standards:
            data["standards"] = True
        if self.programmes:
            data["programmes"] = True
        if self.curriculum:
            data["curriculum"] = sorted(self.curriculum)
        if self.mappings:
            data["mappings"] = sorted(self.mappings)
        if self.courses:
            data["courses"] = sorted(self.courses)
        if self.everything:
            data["everything"] = True
        return json.dumps(data, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Changes:
        """What an entry says; one this version cannot read means 'everything'."""
        try:
            data = json.loads(text)
            if data.get("everything"):
                return cls.all()
            return cls(standards=bool(data.get("standards")), programmes=bool(data.get("programmes")),
                       curriculum=frozenset(int(i) for i in data.get("curriculum", ())),
                       mappings=frozenset(int(i) for i in data.get("mappings", ())),
                       courses=frozenset(int(i) for i in data.get("courses", ())))
        except (ValueError, TypeError, AttributeError):
            return cls.all()


NOTHING = Changes()
