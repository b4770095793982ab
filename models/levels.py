"""Mapping levels: stored as a rank (1, 2, 3…) so SQL can take MAX and compare."""
from __future__ import annotations

DEFAULT_SCALE = ("I", "R", "M")
DEFAULT_SCALE_NAMES = {"I": "introduced", "R": "reinforced", "M": "mastered"}


def parse_scale(text: str) -> tuple[str, ...]:
    """``"I,R,M"`` -> ``("I", "R", "M")``; lowest level first."""
    labels = tuple(p.strip() for p in (text or "").split(",") if p.strip())
    return labels or DEFAULT_SCALE


def format_scale(labels: tuple[str, ...] | list[str]) -> str:
    return ",".join(labels)


def label_of(rank: int | None, scale: tuple[str, ...] = DEFAULT_SCALE) -> str:
    if not rank:
        return ""
    return scale[rank - 1] if 0 < rank <= len(scale) else str(rank)


def rank_of(label: str, scale: tuple[str, ...] = DEFAULT_SCALE) -> int:
    """``"R"`` -> 2; raises ValueError for a label not on the scale."""
    upper = label.strip().upper()
    for i, lab in enumerate(scale, start=1):
        if lab.upper() == upper:
            return i
    raise ValueError(f"{label!r} is not a level on the scale {'/'.join(scale)}")
