"""Shared fixtures: a fresh map file per test (never the user's own)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

# Offscreen, on a 1920x1080 screen (the plugin's own is 800x800, smaller than the window's
# first size; tests that need another screen start a process with their own).
if os.environ.setdefault("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).resolve().parent / 'screen.json'}"

SEED = Path(__file__).resolve().parents[1] / "resources" / "KRM2431-001v2.txt"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Keep the user's default map, settings and logs out of every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CURMAP_DB", str(home / "default.db"))
    monkeypatch.setenv("CURMAP_LOG_DIR", str(home / "logs"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))


@pytest.fixture(autouse=True)
def _english(monkeypatch):
    """Tests read English UI text unless they choose a language themselves."""
    monkeypatch.setenv("CURMAP_LANG", "en")


@pytest.fixture(autouse=True)
def _english_plurals(request):
    """Windows and models tested in English have its plural forms ("1 module"), as the application installs."""
    path = str(request.node.fspath).replace("\\", "/")
    if "tests/gui/" not in path and "tests/matrix/" not in path:
        yield
        return
    from views.i18n import ENGLISH, install_translators, remove_translators

    app = request.getfixturevalue("qapp")
    translators = install_translators(app, ENGLISH)
    yield
    remove_translators(app, translators)


def pytest_collection_modifyitems(items):
    # The offscreen platform plugin warns whenever a shown window's minimum
    # size changes (layouts do that); it says nothing about curmap.
    for item in items:
        path = str(item.fspath).replace("\\", "/")
        if "tests/gui/" in path or "tests/matrix/" in path:
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"))


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "map.db"


@pytest.fixture
def ws(db_path):
    """A new map: the bundled standard and the sample programme."""
    from app.workspace import Workspace

    workspace = Workspace.open(db_path)
    yield workspace
    workspace.close()


@pytest.fixture
def empty_ws(db_path):
    """A new map with nothing in it."""
    from app.workspace import Workspace

    workspace = Workspace.open(db_path, seed=False)
    yield workspace
    workspace.close()


@pytest.fixture(scope="session")
def pg_server():
    """One throwaway PostgreSQL server for the whole run (tests/pg_server.py)."""
    pytest.importorskip("psycopg")
    from tests.pg_server import Server, find_bin

    if os.environ.get("CURMAP_TEST_PG_URL"):
        pytest.skip("an external server is used through CURMAP_TEST_PG_URL elsewhere")
    bindir = find_bin()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (./dev.sh test installs it on Debian)")
    srv = Server(bindir)
    srv.start()
    yield srv
    srv.stop()
