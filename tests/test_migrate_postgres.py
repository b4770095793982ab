"""Carrying a programme over on a shared PostgreSQL map: locked re-check, apply, undo."""
from __future__ import annotations

import pytest

from tests.versions_data import V2, V3, import_v3


def test_migrate_apply_and_undo_on_postgres(pg_server):
    from app.curriculum.mappings import MappingState, set_mappings
    from app.curriculum.migrate import plan_migration
    from app.curriculum.migrate_apply import apply_migration, undo_migration
    from app.curriculum.ops import programme_snapshot
    from app.curriculum.sample import SAMPLE_NAME
    from app.errors import ConflictError
    from app.workspace import Workspace

    ws = Workspace.open(pg_server.create_database("migrate"))
    try:
        import_v3(ws)
        plan = ws.read(plan_migration, SAMPLE_NAME, V3)
        snap = ws.read(programme_snapshot, plan.programme_id)
        result = ws.perform(apply_migration, plan, drop_uncarried=True)
        assert (result.moved, result.dropped, result.targets) == (26, 3, (V3,))
        ws.perform(undo_migration, result.undo)  # re-inserts the dropped rows under their ids
        assert ws.read(programme_snapshot, plan.programme_id) == snap
        first = plan.proposals[0].cells[0]
        ws.perform(set_mappings, [MappingState(first.module_id, first.item_id, 3)])
        with pytest.raises(ConflictError):
            ws.perform(apply_migration, plan)
        assert ws.read(plan_migration, SAMPLE_NAME, V3).old_code == V2
    finally:
        ws.close()
