"""Competency blocks: a task's rows with their own level, K and S.

Published standards give some tasks two or more blocks (rows), each at its
own level with its own K and S. Until now only the task's level and the
union of its K and S were kept. A map made before gets one block per task,
at the task's level, with all the task's items.

Revision ID: 0005
Revises: 0004
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: Union[str, Sequence[str], None] = "0004"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "task_block",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.CheckConstraint("level BETWEEN 1 AND 6", name=op.f("ck_task_block_level_range")),
        sa.ForeignKeyConstraint(["task_id"], ["task.id"], name=op.f("fk_task_block_task_id_task"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_block")),
    )
    op.create_index(op.f("ix_task_block_task_id"), "task_block", ["task_id"], unique=False)
    op.create_table(
        "block_item",
        sa.Column("block_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["block_id"], ["task_block.id"], name=op.f("fk_block_item_block_id_task_block"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name=op.f("fk_block_item_item_id_item"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("block_id", "item_id", name=op.f("pk_block_item")),
    )
    op.create_index(op.f("ix_block_item_item_id"), "block_item", ["item_id"], unique=False)
    op.execute("INSERT INTO task_block (task_id, position, level) SELECT id, 0, level FROM task")
    op.execute("INSERT INTO block_item (block_id, item_id) SELECT b.id, ti.item_id "
               "FROM task_item ti JOIN task_block b ON b.task_id = ti.task_id")
    if op.get_bind().dialect.name == "postgresql":
        from db.journal import install_notify

        # Like every table of a shared map: a write to it wakes the other windows.
        install_notify(op.get_bind(), ["task_block", "block_item"])


def downgrade() -> None:
    op.drop_index(op.f("ix_block_item_item_id"), table_name="block_item")
    op.drop_table("block_item")
    op.drop_index(op.f("ix_task_block_task_id"), table_name="task_block")
    op.drop_table("task_block")
