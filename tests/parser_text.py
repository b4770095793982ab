"""Helpers for the standard parser's tests: the seed text, one cell or line changed, a refusal checked."""
from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import StandardFormatError
from app.standards.data import ParsedStandard
from app.standards.parser import parse_standard_text

DATA = Path(__file__).parent / "data" / "standards"
SEED = DATA / "seed_KRM2431-001v2.txt"  # copy of /work/shared/seed/000_f3dde44e8fa603a5.txt
PER_TASK = DATA / "TFB5120-002_per_task.txt"
MERGED = DATA / "SIT2519-001v3_merged.txt"
HEADER_ROW = "主要職責\t工作任務\t工作產出\t行為指標\t職能級別\t職能內涵 (K=knowledge 知識)\t職能內涵 (S=skills 技能)"

def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def with_cell(text: str, line_no: int, col: int, value: str) -> str:
    lines = text.split("\n")
    cells = lines[line_no - 1].split("\t")
    cells[col] = value
    lines[line_no - 1] = "\t".join(cells)
    return "\n".join(lines)


def with_line(text: str, line_no: int, value: str | None) -> str:
    lines = text.split("\n")
    if value is None:
        del lines[line_no - 1]
    else:
        lines[line_no - 1] = value
    return "\n".join(lines)


def fails(text: str, line: int | None = None, *fragments: str) -> StandardFormatError:
    with pytest.raises(StandardFormatError) as info:
        parse_standard_text(text, "t.txt")
    err = info.value
    assert err.source == "t.txt"
    if line is not None:
        assert err.line == line, str(err)
    for fragment in fragments:
        assert fragment in err.detail, str(err)
    return err


def links(std: ParsedStandard) -> dict[str, tuple[str, str]]:
    return {t.code: (" ".join(t.knowledge), " ".join(t.skills)) for t in std.tasks()}
