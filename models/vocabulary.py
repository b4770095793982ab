"""The words a map is written in: item kinds and coverage states (levels: models.levels).

Every layer names them through these constants, so a kind or a state is
spelled in one place.
"""
from __future__ import annotations

KNOWLEDGE, SKILL, ATTITUDE = "K", "S", "A"
ITEM_KINDS = (KNOWLEDGE, SKILL, ATTITUDE)  # in the order a standard lists them
TASK_KINDS = (KNOWLEDGE, SKILL)  # what a task links to; attitudes apply to the whole standard

COVERED, PARTIAL, UNCOVERED = "covered", "partial", "uncovered"
STATUSES = (COVERED, PARTIAL, UNCOVERED)
