"""A curriculum workbook in either format: .xlsx (Excel) or .ods (LibreOffice), told apart by content."""
from __future__ import annotations

import os
from pathlib import Path

from app.excel.workbook import CurriculumWorkbook
from app.progress import NO_PROGRESS, Progress


def read_curriculum(path: str | os.PathLike[str], progress: Progress = NO_PROGRESS) -> CurriculumWorkbook:
    from app.excel.read import file_bytes, read_workbook
    from app.excel.read_ods import is_ods, read_ods

    p = Path(path)
    data = file_bytes(p)  # read once, after the checks: a pipe would block, a device never end
    if is_ods(data[:128]):
        return read_ods(p, progress, data)
    return read_workbook(p, progress, data)
