"""What the window remembers between runs, in a QSettings the caller owns.

Nothing here reaches for a global: the application makes the user's
settings (organisation "curmap"), tests pass one backed by a temp ini file.
"""
from __future__ import annotations

import os
from pathlib import Path

from views.qt import QSettings

ORGANISATION = APPLICATION = "curmap"
GEOMETRY = "window/geometry"
STATE = "window/state"
RECENT = "recent/maps"
LAST_DIR = "recent/folder"
REPORT_TABLES = "export/report_tables"  # add iCAP 表1 and 表3 to exported workbooks
STATE_VERSION = 1  # bump when the dock layout changes so old states are ignored
MAX_RECENT = 8


def user_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def file_settings(path: str | os.PathLike[str]) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def recent_maps(settings: QSettings) -> list[str]:
    value = settings.value(RECENT, [])
    # An ini file gives back a lone string for a one-element list.
    paths = [value] if isinstance(value, str) else list(value or [])
    return [p for p in paths if p]


def add_recent(settings: QSettings, path: str | os.PathLike[str]) -> list[str]:
    text = str(Path(path).resolve())
    paths = [text] + [p for p in recent_maps(settings) if p != text]
    settings.setValue(RECENT, paths[:MAX_RECENT])
    settings.setValue(LAST_DIR, str(Path(text).parent))
    return paths[:MAX_RECENT]


def clear_recent(settings: QSettings) -> None:
    settings.remove(RECENT)


def last_folder(settings: QSettings) -> str:
    value = settings.value(LAST_DIR, "")
    return value if isinstance(value, str) and os.path.isdir(value) else str(Path.home())


def flag(settings: QSettings, key: str) -> bool:
    # QSettings' INI backend hands booleans back as the strings "true"/"false".
    return str(settings.value(key, False)).lower() in ("true", "1")
