"""Fixtures for the coverage matrix and gaps panes, each on a fresh sample map."""
from __future__ import annotations

import pytest


@pytest.fixture
def ctx(ws, qapp):
    from views.context import ViewContext

    context = ViewContext(ws)
    yield context
    context.detach()


@pytest.fixture
def pane(ctx, qtbot):
    """The matrix pane on the sample programme, shown."""
    from views.matrix.pane import MatrixPane

    widget = MatrixPane(ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def gaps(ctx, qtbot):
    from views.matrix.gaps import GapsPane

    widget = GapsPane(ctx)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
