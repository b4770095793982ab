"""The version pair the tests use: the seed (KRM2431-001v2) and a v3 written from it.

v3 (tests/data/versions/KRM2431-001v3.txt), against v2:
* K items renumbered: K05 創新應用理解概念 removed, so K06..K17 move down by one,
  some reworded (K07 消費者行為常識 → K06 消費者行為知識); K04, K15 and S06 reworded
  under the same or a new code; K08 and K09 (two law items) merged into K07;
  K16, K17 and S18 added; S12 removed, so S13..S18 move down by one.
* A task split in two: T1.1 蒐集 → T1.1 蒐集 + T1.2 分析產業動態資訊; T1.2 becomes T1.3.
* A duty merged: T4 操作資料分析與呈現 goes into T2 (now 目標客群與數據分析): T4.1 → T2.3,
  T4.3 → T2.4, T4.2 removed; T5 becomes T4; a new duty T5 社群媒體經營.
* T3.2's level 4 → 5; A08 reworded; A12 樂於嘗試 removed and its code reused for 數位素養.
"""
from __future__ import annotations

from pathlib import Path

VERSIONS = Path(__file__).resolve().parent / "data" / "versions"
V2, V3 = "KRM2431-001v2", "KRM2431-001v3"
V3_FILE = VERSIONS / "KRM2431-001v3.txt"


def import_v3(ws) -> None:
    from app.standards.parser import parse_standard_file
    from app.standards.store import import_standard

    ws.perform(import_standard, parse_standard_file(V3_FILE))
