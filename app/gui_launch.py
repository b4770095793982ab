"""The one place app/ reaches into views/ (and so Qt): a lazy import when the GUI
starts, or when the command line prints the coverage report, which Qt lays out.
Everything else in app/ runs without Qt."""
from __future__ import annotations

import gc


def launch(db: str | None, *, screenshot: str | None = None, view: str | None = None) -> int:
    # Start-up allocates a great many long-lived objects (modules, classes,
    # Qt wrappers); the cyclic collector walking them mid-way cost 25-35 ms of
    # a 330 ms start. It runs again once the window is painted.
    collecting = gc.isenabled()
    gc.disable()
    try:
        from app.paths import default_database
        from db.schema import check_ahead

        check_ahead(db or default_database())
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


def write_report_pdf(report, path: str, lang: str = "en") -> int:
    """Render a CoverageReport (app.report) as a PDF, in a headless QGuiApplication; returns the pages."""
    import sys

    from views.qt import QGuiApplication
    from views.i18n import install_translators, remove_translators
    from views.report_print import write_report_pdf as write

    app = QGuiApplication.instance()
    if app is None:
        # No window is shown: on Linux no display is needed either.
        platform = ["-platform", "offscreen"] if sys.platform.startswith("linux") else []
        app = QGuiApplication(["curmap", *platform])
    translators = install_translators(app, lang)
    try:
        return write(report, path)
    finally:
        remove_translators(app, translators)
