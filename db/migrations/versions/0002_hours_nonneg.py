"""Hours and credits cannot be negative.

SQLite adds a CHECK only by rebuilding the table, so this is a batch
migration over course and module: the tables whose rebuild would cascade
into modules and mappings if foreign keys were on (see db/migrate.py).
"auto" rebuilds only where it must: PostgreSQL adds the constraint in place
(rebuilding there would drop a primary key that foreign keys depend on).

Revision ID: 0002
Revises: 0001
"""
from typing import Sequence, Union

from alembic import op

revision: str = "0002"
down_revision: Union[str, Sequence[str], None] = "0001"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute("UPDATE course SET hours = NULL WHERE hours < 0")
    op.execute("UPDATE course SET credits = NULL WHERE credits < 0")
    op.execute("UPDATE module SET hours = NULL WHERE hours < 0")
    with op.batch_alter_table("course", recreate="auto") as batch_op:
        batch_op.create_check_constraint("credits_nonneg", "credits IS NULL OR credits >= 0")
        batch_op.create_check_constraint("hours_nonneg", "hours IS NULL OR hours >= 0")
    with op.batch_alter_table("module", recreate="auto") as batch_op:
        batch_op.create_check_constraint("hours_nonneg", "hours IS NULL OR hours >= 0")


def downgrade() -> None:
    with op.batch_alter_table("module", recreate="auto") as batch_op:
        batch_op.drop_constraint("ck_module_hours_nonneg", type_="check")
    with op.batch_alter_table("course", recreate="auto") as batch_op:
        batch_op.drop_constraint("ck_course_hours_nonneg", type_="check")
        batch_op.drop_constraint("ck_course_credits_nonneg", type_="check")
