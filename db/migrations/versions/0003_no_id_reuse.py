"""SQLite never hands out a deleted row's id again.

Undo keeps ids (a deleted course's snapshot, a mapping's item). Without
AUTOINCREMENT SQLite reuses the highest freed id, so after a standard was
replaced or a course deleted elsewhere, an undo could write onto another
row. PostgreSQL sequences never reuse ids: nothing to do there.

Revision ID: 0003
Revises: 0002
"""
from typing import Sequence, Union

from alembic import op

revision: str = "0003"
down_revision: Union[str, Sequence[str], None] = "0002"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

TABLES = ("standard", "item", "programme", "course", "module", "mapping")


def _rebuild(autoincrement: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in TABLES:
        with op.batch_alter_table(table, recreate="always",
                                  table_kwargs={"sqlite_autoincrement": autoincrement}):
            pass


def upgrade() -> None:
    _rebuild(True)


def downgrade() -> None:
    _rebuild(False)
