"""Fixtures for the coverage matrix and gaps panes, each on a fresh sample map."""
from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _english(monkeypatch):
    monkeypatch.setenv("CURMAP_LANG", "en")


@pytest.fixture
def ctx(ws, qapp):
    from views.context import ViewContext

    context = ViewContext(ws)
    yield context
    context.detach()


@pytest.fixture
def pane(ctx, qtbot):
    """The matrix pane on the sample programme, shown."""
    from views.matrix_pane import MatrixPane

    widget = MatrixPane(ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def gaps(ctx, qtbot):
    from views.gaps_pane import GapsPane

    widget = GapsPane(ctx)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def pytest_collection_modifyitems(items):
    # The offscreen platform plugin warns whenever a shown window's minimum
    # size changes; it says nothing about curmap.
    for item in items:
        if "tests/matrix/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"))
