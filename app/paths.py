"""Where curmap keeps its files on each platform."""
from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "curmap"


def default_database() -> Path:
    """The embedded default map; ``CURMAP_DB`` overrides it (tests, kiosks)."""
    override = os.environ.get("CURMAP_DB")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False, ensure_exists=True) / "curmap.db"


def log_dir() -> Path:
    override = os.environ.get("CURMAP_LOG_DIR")
    if override:
        path = Path(override)
        path.mkdir(parents=True, exist_ok=True)
        return path
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False, ensure_exists=True)
