"""The live model on PostgreSQL: the same figures, and the fingerprints another program's change is found by."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_live_model import differences, engine_disagreements
from tests.test_postgres import pg_ws, server  # noqa: F401 - the fixtures

pytest.importorskip("psycopg")


def test_the_live_model_follows_changes_on_postgres(pg_ws):  # noqa: F811 - the fixture
    from app.coverage.live_load import load_live
    from app.coverage.live_sync import apply_changes
    from app.curriculum import ops
    from app.curriculum.queries import find_programme
    from app.curriculum.sample import SAMPLE_NAME

    pid = pg_ws.read(find_programme, SAMPLE_NAME).id
    live = pg_ws.read(load_live, pid)
    assert pg_ws.read(engine_disagreements, live) == []
    heard = []
    pg_ws.subscribe(heard.append)
    module = live.course_modules[live.course_ids[1]][0]
    pg_ws.perform(ops.update_module, module, title="改過的單元")
    mid = pg_ws.perform(ops.add_module, live.course_ids[2], "新單元")
    for changes in heard:  # as another program's changes arrive: no course named
        assert pg_ws.read(apply_changes, live, replace(changes, courses=frozenset())) is not None
    assert live.modules[module].title == "改過的單元" and mid in live.modules
    assert differences(live, pg_ws.read(load_live, pid)) == []
