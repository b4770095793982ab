"""The workbooks of a version change: the comparison sheet, and the Summary of a migrated programme."""
from __future__ import annotations

from openpyxl import load_workbook

from app.cli.main import main
from app.curriculum.migrate import plan_migration
from app.curriculum.migrate_apply import apply_migration
from app.curriculum.sample import SAMPLE_NAME
from app.excel.comparison import write_comparison
from app.excel.export import export_by_name
from app.standards.compare import compare_standards
from tests.versions_data import V2, V3, import_v3


def _rows(ws):
    return [tuple(c for c in r) for r in ws.iter_rows(values_only=True)]


def test_the_comparison_reads_back_as_a_sheet(ws, tmp_path):
    import_v3(ws)
    cmp = ws.read(compare_standards, V2, V3)
    result = write_comparison(cmp, tmp_path / "cmp.xlsx")
    wb = load_workbook(result.path)
    assert wb.sheetnames == ["Comparison"]
    rows = _rows(wb["Comparison"])
    assert rows[0] == ("Kind", "Status", "Old code", "Old title", "New code", "New title", "Similarity",
                       "What changed", "Links before", "Links after")
    assert len(rows) - 1 == result.rows == len(cmp.all()) == 6 + 15 + 19 + 19 + 13
    k07 = next(r for r in rows if r[2] == "K07")
    assert k07 == ("knowledge", "changed", "K07", "消費者行為常識", "K06", "消費者行為知識", 0.67,
                   "renumbered K07 → K06; reworded (67% alike); no longer supports T4.2",
                   "T2.1 T2.2 T3.1 T3.2 T3.3 T4.1 T4.2 T4.3", "T2.1 T2.2 T2.3 T2.4 T3.1 T3.2 T3.3")
    assert wb["Comparison"]["G2"].number_format == "0%"
    added = next(r for r in rows if r[4] == "T5" and r[0] == "duty")
    assert added[:6] == ("duty", "added", None, None, "T5", "社群媒體經營")
    assert wb["Comparison"].freeze_panes == "A2" and wb["Comparison"].auto_filter.ref.startswith("A1:J")
    wb.close()


def test_the_comparison_sheet_in_chinese_through_a_translator(ws, tmp_path):
    import_v3(ws)
    cmp = ws.read(compare_standards, V2, V3)
    words = {"knowledge": "知識", "changed": "變更", "renumbered %1 → %2": "改為 %2（原 %1）"}
    result = write_comparison(cmp, tmp_path / "zh.xlsx", lang="zh_TW", translate=lambda t: words.get(t, t))
    wb = load_workbook(result.path)
    rows = _rows(wb["版本比較"])
    assert rows[0][:4] == ("類別", "狀態", "舊版代碼", "舊版名稱")
    k11 = next(r for r in rows if r[2] == "K11")
    assert k11[:2] == ("知識", "變更") and k11[7] == "改為 K09（原 K11）"
    wb.close()


def test_compare_standards_writes_the_sheet_from_the_command_line(ws, db_path, tmp_path, capsys):
    import_v3(ws)
    ws.close()
    out = tmp_path / "c.xlsx"
    assert main(["--db", str(db_path), "compare-standards", V2, V3, "--xlsx", str(out), "--lang", "zh_TW"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == f"wrote {out}: 72 rows"
    assert load_workbook(out).sheetnames == ["版本比較"]


def _summary(path):
    wb = load_workbook(path)
    rows = _rows(wb["摘要" if "摘要" in wb.sheetnames else "Summary"])
    wb.close()
    return rows


def test_the_summary_says_which_version_the_programme_maps_to(ws, tmp_path):
    import_v3(ws)
    before = _summary(ws.read(export_by_name, SAMPLE_NAME, tmp_path / "before.xlsx").path)
    std = next(r for r in before if r[0] == "Standard")
    assert std[:6] == ("Standard", f"{V2} 綜合零售業數位行銷專員", "Competency level", 3, "Version", "V2 最新版本")
    assert ("Newer version in this map", f"{V2} → {V3}") in [r[:2] for r in before]

    ws.perform(apply_migration, ws.read(plan_migration, SAMPLE_NAME, V3), drop_uncarried=True)
    after = _summary(ws.read(export_by_name, SAMPLE_NAME, tmp_path / "after.xlsx", lang="zh_TW").path)
    std = next(r for r in after if r[0] == "職能基準")
    assert std[:6] == ("職能基準", f"{V3} 綜合零售業數位行銷專員", "基準級別", 3, "版本", "V3 最新版本 2024/06/30")
    assert not any(r[0] == "本地圖已有較新版本" for r in after)
