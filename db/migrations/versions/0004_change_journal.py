"""A change journal, so a window sees what other programs and people change.

Each change writes one row in its own transaction (db/journal.py). On
PostgreSQL a statement trigger on every table also NOTIFYs listeners when a
write commits; SQLite needs nothing (readers watch PRAGMA data_version).

Revision ID: 0004
Revises: 0003
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: Union[str, Sequence[str], None] = "0003"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _tables() -> list[str]:
    return [t for t in sa.inspect(op.get_bind()).get_table_names() if t != "alembic_version"]


def upgrade() -> None:
    op.create_table(
        "change_journal",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(length=40), nullable=False),
        sa.Column("who", sa.String(length=100), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_change_journal")),
        sqlite_autoincrement=True,
    )
    if op.get_bind().dialect.name == "postgresql":
        from db.journal import install_notify

        install_notify(op.get_bind(), _tables())


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        from db.journal import remove_notify

        remove_notify(op.get_bind(), _tables())
    op.drop_table("change_journal")
