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
    return paths[:MAX_RECENT]


def clear_recent(settings: QSettings) -> None:
    settings.remove(RECENT)


# Kinds of file whose folder is remembered apart: maps, standards, workbooks, pdfs.
FOLDER_KEY = "folders/%s"


def documents_folder() -> str:
    """Where the user's files are (not the hidden data folder the default map lives in)."""
    from views.qt import QStandardPaths

    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return found if found and os.path.isdir(found) else str(Path.home())


def last_folder(settings: QSettings, kind: str = "maps") -> str:
    """The folder a file dialog for ``kind`` starts in: the last one used for it, else Documents."""
    value = settings.value(FOLDER_KEY % kind, "")
    if isinstance(value, str) and value and os.path.isdir(value):
        return value
    return documents_folder()


def remember_folder(settings: QSettings, kind: str, path: str | os.PathLike[str]) -> None:
    settings.setValue(FOLDER_KEY % kind, str(Path(path).parent))


def recent_labels(paths: list[str]) -> list[str]:
    """Menu labels for recent maps: the file name, with as much of its folder as tells it
    from the others of the same name (``curmap.db — Documents/2025``)."""
    parts = [Path(p).parts for p in paths]
    labels = []
    for n, path in enumerate(paths):
        name = Path(path).name
        twins = [q for m, q in enumerate(parts) if m != n and q[-1:] == parts[n][-1:]]
        if not twins:
            labels.append(name)
            continue
        depth = 1
        while depth < len(parts[n]) - 1 and any(q[-1 - depth:-1] == parts[n][-1 - depth:-1] for q in twins):
            depth += 1
        labels.append(f"{name} — {os.sep.join(parts[n][-1 - depth:-1])}")
    return labels


# Where the user was in each map (programme, module, tab), so reopening it goes back there.
PLACES = "places/order"  # the maps' keys, most recent first
PLACE_KEY = "places/%s"
MAX_PLACES = 40


def _place_key(path: str | os.PathLike[str]) -> str:
    import hashlib

    return hashlib.sha1(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:16]


def save_place(settings: QSettings, path: str | os.PathLike[str], programme: int, module: int, tab: str) -> None:
    key = _place_key(path)
    order = settings.value(PLACES, [])
    order = [order] if isinstance(order, str) else list(order or [])
    order = [key] + [k for k in order if k != key]
    for old in order[MAX_PLACES:]:
        settings.remove(PLACE_KEY % old)
    settings.setValue(PLACES, order[:MAX_PLACES])
    settings.setValue(PLACE_KEY % key, f"{programme},{module},{tab}")


def place_of(settings: QSettings, path: str | os.PathLike[str]) -> tuple[int, int, str] | None:
    """(programme id, module id or 0, tab name) last left in the map at ``path``, if known."""
    value = settings.value(PLACE_KEY % _place_key(path))
    if isinstance(value, list):  # an ini file splits "1,2,x" at its commas
        value = ",".join(value)
    try:
        programme, module, tab = str(value).split(",", 2)
        return int(programme), int(module), tab
    except ValueError:
        return None


def flag(settings: QSettings, key: str) -> bool:
    # QSettings' INI backend hands booleans back as the strings "true"/"false".
    return str(settings.value(key, False)).lower() in ("true", "1")
