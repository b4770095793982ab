"""The migrations and the models describe the same schema, and the startup
shortcut (db.schema.SCHEMA_HEAD) names the real head."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from db.engine import make_engine
from db.migrate import MIGRATIONS_DIR, alembic_config, upgrade
from db.schema import KNOWN_REVISIONS, SCHEMA_HEAD
from models import Base


def test_schema_head_is_the_alembic_head():
    engine = make_engine("sqlite://")
    with engine.connect() as conn:
        script = ScriptDirectory.from_config(alembic_config(conn))
        assert script.get_heads() == [SCHEMA_HEAD]
        revisions = [r.revision for r in script.walk_revisions()]
    assert sorted(revisions) == sorted(KNOWN_REVISIONS)
    assert MIGRATIONS_DIR.is_dir()


def test_migrating_an_empty_database_gives_the_models_schema(tmp_path):
    url = f"sqlite:///{tmp_path / 'm.db'}"
    upgrade(url)
    engine = make_engine(url)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = compare_metadata(ctx, Base.metadata)
    engine.dispose()
    assert diffs == []
