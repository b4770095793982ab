"""What a brand-new map is filled with: the bundled standard and the sample."""
from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

BUNDLED_STANDARD = "KRM2431-001v2.txt"


def bundled_standard_path() -> Path:
    return Path(str(resources.files("resources").joinpath(BUNDLED_STANDARD)))


def fill_new_map(session: Session, sample: bool = True) -> None:
    """The bundled standard, and the sample programme unless the user said no."""
    from app.curriculum.sample import create_sample_programme

    fill_with_standard(session)
    if sample:
        create_sample_programme(session)


def fill_with_standard(session: Session) -> None:
    """The bundled standard alone: a department's shared map starts without the sample."""
    from app.standards.parser import parse_standard_file
    from app.standards.store import import_standard

    import_standard(session, parse_standard_file(bundled_standard_path()))
