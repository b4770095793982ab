"""How alike two titles are, and a one-to-one matching of old entries to new ones.

Titles are short Chinese phrases (消費者行為常識 → 消費者行為知識), where a
word-based measure sees one "word". The measure is the Dice coefficient of
character bigrams of the normalised titles: 2·|A∩B| / (|A|+|B|), from 0 (no
bigram in common) to 1 (the same text). A one-character title counts as one
"bigram" of itself, so 彈性 and 彈 still compare.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

# Titles at least this alike match when their codes differ (renumbered items).
THRESHOLD = 0.5
# Under the same code a reworded title may drift further; below this it is
# another item that took the freed code (A12 樂於嘗試 → A12 數位素養).
SAME_CODE_MIN = 0.4
# Among pairs almost as alike, the one that keeps its code wins.
CODE_BONUS = 0.1

_NOISE = re.compile(r"[\W_]+", re.UNICODE)


def normalise(title: str) -> str:
    """Width, case, spaces and punctuation do not count: (如 Office 系列) = （如office系列）."""
    return _NOISE.sub("", unicodedata.normalize("NFKC", title).casefold())


def bigrams(title: str) -> frozenset[str]:
    text = normalise(title)
    if len(text) < 2:
        return frozenset([text]) if text else frozenset()
    return frozenset(text[i:i + 2] for i in range(len(text) - 1))


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def similarity(a: str, b: str) -> float:
    """0..1, symmetric; 1 for titles equal once normalised."""
    return 1.0 if normalise(a) == normalise(b) else dice(bigrams(a), bigrams(b))


@dataclass(frozen=True)
class Candidate:
    """What matching needs of an entry: its code and its title's bigrams."""

    code: str
    grams: frozenset[str]
    group: str = ""  # only entries of the same group match (K with K)


def candidates(entries: Sequence[tuple[str, str]], group: str = "") -> list[Candidate]:
    """From (code, title) pairs."""
    return [Candidate(code, bigrams(title), group) for code, title in entries]


@dataclass(frozen=True)
class Pairing:
    old: int  # index into the old entries
    new: int  # index into the new entries
    score: float  # title similarity
    same_code: bool


def match(old: Sequence[Candidate], new: Sequence[Candidate], threshold: float = THRESHOLD
          ) -> tuple[list[Pairing], dict[int, tuple[int, float]], dict[int, tuple[int, float]]]:
    """Pair old entries with new ones, each used at most once, best pairs first.

    A pair qualifies when its titles are at least ``threshold`` alike, or when
    the codes are equal and the titles at least SAME_CODE_MIN alike. Returns
    the pairs, and for every entry its closest counterpart in the other list
    (index, score), matched or not, which explains why an entry was left over.
    """
    by_group: dict[str, list[int]] = {}
    for j, n in enumerate(new):
        by_group.setdefault(n.group, []).append(j)
    code_of_new = {(n.group, n.code): j for j, n in enumerate(new)}
    pool: list[tuple[float, int, int, float, bool]] = []
    closest_old: dict[int, tuple[int, float]] = {}
    closest_new: dict[int, tuple[int, float]] = {}
    for i, o in enumerate(old):
        same_j = code_of_new.get((o.group, o.code))
        for j in by_group.get(o.group, ()):
            n = new[j]
            score = dice(o.grams, n.grams)
            if score > closest_old.get(i, (-1, -1.0))[1]:
                closest_old[i] = (j, score)
            if score > closest_new.get(j, (-1, -1.0))[1]:
                closest_new[j] = (i, score)
            same = j == same_j
            if score >= threshold or (same and score >= SAME_CODE_MIN):
                # Sorted ascending: the best pair first, then the standard's order.
                pool.append((-(score + (CODE_BONUS if same else 0.0)), i, j, score, same))
    pool.sort()
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs = []
    for _, i, j, score, same in pool:
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        pairs.append(Pairing(i, j, score, same))
    pairs.sort(key=lambda p: p.old)
    return pairs, closest_old, closest_new
