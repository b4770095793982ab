"""Which front end reads a file: told by its first bytes, then by its name."""
from __future__ import annotations

from pathlib import Path

from app.progress import NO_PROGRESS, Progress
from app.standards.rows import Source
from app.standards.sources.files import source_name

SUFFIXES = (".txt", ".pdf", ".odt")


def kind_of(path: str | Path) -> str:
    """"pdf", "odt" or "text"."""
    try:
        with open(path, "rb") as fh:  # only called on a regular file (checked by the reader)
            head = fh.read(8)
    except OSError:
        head = b""
    suffix = Path(path).suffix.lower()
    if head.startswith(b"%PDF") or (suffix == ".pdf" and not head.startswith(b"PK")):
        return "pdf"
    if head.startswith(b"PK") or suffix in (".odt", ".ott"):
        return "odt"
    return "text"


def read_source(path: str | Path, progress: Progress = NO_PROGRESS) -> Source:
    from app.standards.sources.files import check_regular

    check_regular(path)
    kind = kind_of(path)
    if kind == "pdf":
        from app.standards.sources.pdf import read_pdf

        return read_pdf(path, progress)
    if kind == "odt":
        from app.standards.sources.odt import read_odt

        return read_odt(path, progress)
    from app.standards.sources.text import read_text_file

    progress.step(0, 1, source_name(path))
    source = read_text_file(path)
    progress.step(1, 1, source_name(path))
    return source


