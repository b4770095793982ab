"""The one place app/ reaches into views/: a lazy import when the GUI starts."""
from __future__ import annotations

import gc


def launch(db: str | None, *, screenshot: str | None = None, view: str | None = None) -> int:
    # Start-up allocates a great many long-lived objects (modules, classes,
    # Qt wrappers); the cyclic collector walking them mid-way cost 25-35 ms of
    # a 330 ms start. It runs again once the window is painted.
    collecting = gc.isenabled()
    gc.disable()
    try:
        # The data layer first: once PySide6 is imported, its import hook makes
        # every later import slower, and SQLAlchemy is a few hundred modules.
        import app.coverage.engine  # noqa: F401
        import app.coverage.live_sync  # noqa: F401 - the live model, its loading and deltas
        import app.coverage.tree  # noqa: F401
        from views.application import run

        return run(db, screenshot=screenshot, view=view, after_paint=gc.enable if collecting else None)
    finally:
        if collecting:
            gc.enable()
