"""What an operation changed, so each view refreshes only what it shows."""
from __future__ import annotations

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

    @property
    def coverage(self) -> bool:
        """Whether any coverage figure may have moved."""
        return bool(self.standards or self.programmes or self.curriculum or self.mappings)

    @property
    def empty(self) -> bool:
        return not self.coverage

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            standards=self.standards or other.standards,
            programmes=self.programmes or other.programmes,
            curriculum=self.curriculum | other.curriculum,
            mappings=self.mappings | other.mappings,
            courses=self.courses | other.courses,
        )


NOTHING = Changes()
