"""The one place app/ reaches into views/: a lazy import when the GUI starts."""
from __future__ import annotations


def launch(db: str | None, *, screenshot: str | None = None, view: str | None = None) -> int:
    from views.application import run

    return run(db, screenshot=screenshot, view=view)
