"""Migration 0005: a map made before blocks gets one block per task, at its level, with its items."""
from __future__ import annotations

import sqlite3

from app.workspace import Workspace
from db.migrate import upgrade

TABLES = ["curmap_meta", "standard", "standard_version", "standard_category", "duty", "task", "output",
          "indicator", "item", "task_item", "programme", "programme_standard", "course", "module", "mapping"]


def test_an_older_map_gets_one_block_per_task(tmp_path):
    fresh = Workspace.open(tmp_path / "fresh.db")
    fresh.close()
    path = tmp_path / "old.db"
    upgrade(f"sqlite:///{path}", "0003")
    src, dst = sqlite3.connect(tmp_path / "fresh.db"), sqlite3.connect(path)
    for table in TABLES:
        rows = src.execute(f"SELECT * FROM {table}").fetchall()
        if rows:
            dst.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(rows[0]))})", rows)
    dst.commit()
    src.close()
    dst.close()

    Workspace.open(path).close()  # migrates
    db = sqlite3.connect(path)
    blocks = db.execute("SELECT b.task_id, b.position, b.level = t.level FROM task_block b "
                        "JOIN task t ON t.id = b.task_id").fetchall()
    assert len(blocks) == db.execute("SELECT count(*) FROM task").fetchone()[0] == 13
    assert all(position == 0 and same for _, position, same in blocks)
    linked = set(db.execute("SELECT b.task_id, i.item_id FROM block_item i JOIN task_block b ON b.id = i.block_id"))
    assert linked == set(db.execute("SELECT task_id, item_id FROM task_item")) and len(linked) == 113
    db.close()
