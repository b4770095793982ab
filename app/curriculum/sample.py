"""The sample programme a new map opens with, so the first launch shows a real map.

It maps the bundled KRM2431-001v2 on purpose unevenly: duties T3 and T4
fully, T2 and T5 partly, T1 (industry knowledge) not at all.
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.curriculum.ops import add_course, add_module, create_programme
from app.curriculum.mappings import MappingState, set_mappings
from models import Item, Standard
from models.levels import rank_of

SAMPLE_NAME = "數位行銷學程（示例）"
SAMPLE_STANDARD = "KRM2431-001v2"

# (code, name, credits, hours, year, semester, [(module title, hours, "K06:I K07:R* …")])
SAMPLE_COURSES = [
    ("MKT101", "行銷學原理", 3, 54, 1, "上", [
        ("行銷概論", 6, "K06:I K07:I A01:I"),
        ("消費者行為", 9, "K07:R* S07:R*"),
        ("目標市場與行銷溝通", 9, "K06:R* S09:R"),
    ]),
    ("MKT210", "數位廣告實務", 3, 54, 2, "上", [
        ("數位廣告概論", 6, "K10:I S12:I"),
        ("廣告投放與聯播網", 12, "S12:R* S13:R* S11:R"),
        ("網站流量分析", 9, "K11:R* S10:R"),
        ("廣告法規與著作權", 6, "K08:I K09:I K12:R*"),
    ]),
    ("DAT220", "資料分析與視覺化", 3, 54, 2, "下", [
        ("資料庫與 SQL", 12, "K13:R* S10:M*"),
        ("數據分析方法", 12, "K14:R* S15:R* S14:R"),
        ("個人資料保護", 3, "K15:I"),
    ]),
    ("PRJ330", "數位行銷專題", 2, 36, 3, "上", [
        ("專案管理", 9, "K16:R* S16:R"),
        ("行銷企劃提案", 12, "S17:M* S09:M* A06:R A10:R*"),
    ]),
]


def create_sample_programme(session: Session) -> int:
    sid = session.scalar(select(Standard.id).where(Standard.code == SAMPLE_STANDARD))
    items = dict(session.execute(select(Item.code, Item.id).where(Item.standard_id == sid)).all())
    pid, _ = create_programme(session, SAMPLE_NAME, [SAMPLE_STANDARD],
                              description="示例：依 KRM2431-001v2 綜合零售業數位行銷專員規劃的四門課程。")
    states = []
    for code, name, credits, hours, year, semester, modules in SAMPLE_COURSES:
        cid, _ = add_course(session, pid, code, name, credits=credits, hours=hours, year=year,
                            semester=semester)
        for title, mhours, spec in modules:
            mid, _ = add_module(session, cid, title, hours=mhours)
            for cell in spec.split():
                item, level = cell.split(":")
                states.append(MappingState(mid, items[item], rank_of(level.rstrip("*")),
                                           assessed=level.endswith("*")))
    set_mappings(session, states)
    return pid
