"""A curriculum workbook in either format: .xlsx (Excel) or .ods (LibreOffice), told apart by content."""
from __future__ import annotations

import os
from pathlib import Path

from app.excel.workbook import CurriculumWorkbook
from app.progress import NO_PROGRESS, Progress


def read_curriculum(path: str | os.PathLike[str], progress: Progress = NO_PROGRESS) -> CurriculumWorkbook:
    from app.excel.read import read_workbook
    from app.excel.read_ods import is_ods, read_ods

    p = Path(path)
    try:
        with p.open("rb") as f:
            head = f.read(128)
    except OSError:
        head = b""  # the .xlsx reader says what is wrong with the file
    if is_ods(head):
        return read_ods(p, progress)
    return read_workbook(p, progress)
