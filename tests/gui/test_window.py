"""The window on a new map: what it shows, the models behind it, the menus."""
from __future__ import annotations

import pytest

from app.coverage.engine import programme_summary
from .helpers import find, rows
from views.qt import QKeySequence, Qt

pytestmark = pytest.mark.gui


def test_window_shows_the_map(window, db_path):
    assert window.windowTitle() == f"{db_path.name} — curmap"
    assert window.coverage_label.text() == "Items 21/35 covered · Tasks 6 covered, 5 partly, 2 not (of 13)"
    assert window.curriculum.chooser.currentText() == "數位行銷學程（示例）"
    assert rows(window.curriculum.model) == ["MKT101  行銷學原理", "MKT210  數位廣告實務",
                                             "DAT220  資料分析與視覺化", "PRJ330  數位行銷專題"]
    # Something to map from the start: the first module is selected.
    assert window.mapping.model.module_id
    assert "1. 行銷概論" in window.mapping.heading.text()


def test_standard_tree_shows_five_duties_and_thirteen_tasks(window):
    model = window.standard.model
    std = model.index(0, 0)
    assert std.data().startswith("KRM2431-001v2")
    duties = [model.index(r, 0, std) for r in range(model.rowCount(std))]
    assert [d.data() for d in duties] == ["T1 熟悉產業屬性", "T2 目標客群分析", "T3 數位廣告投放規劃與操作",
                                          "T4 操作資料分析與呈現", "T5 籌組數位行銷專案團隊", "Attitudes"]
    tasks = [model.index(r, 0, d) for d in duties[:5] for r in range(model.rowCount(d))]
    assert len(tasks) == 13
    assert tasks[0].data() == "T1.1 蒐集產業動態資訊"
    assert tasks[0].siblingAtColumn(1).data() == "3"
    # Coverage at a glance, as a word and as an icon.
    assert tasks[0].siblingAtColumn(2).data() == "Not covered"
    assert tasks[4].siblingAtColumn(2).data() == "Covered"
    assert not tasks[4].siblingAtColumn(2).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert duties[2].siblingAtColumn(2).data() == "3/3 tasks"
    t11 = rows(model, tasks[0])
    assert t11[:4] == ["O1.1.1 市場競爭資訊分析", "O1.1.2 通路行銷資訊蒐集", "O1.1.3 行銷策略建議",
                       "P1.1 能利用新技術工具與方法來蒐集市場趨勢、競爭資訊、消費者行為等來協助制訂行銷策略。"]
    assert [r.split()[0] for r in t11[4:]] == ["K01", "K02", "K03", "K04", "K05",
                                               "S01", "S02", "S03", "S04", "S05", "S06"]
    assert model.rowCount(duties[5]) == 12


def test_every_model_passes_the_model_tester(window, qtmodeltester):
    for model in (window.standard.model, window.curriculum.model, window.curriculum.programmes,
                  window.mapping.model, window.mapping.tasks):
        qtmodeltester.check(model)
    window.mapping.group_combo.setCurrentIndex(1)
    qtmodeltester.check(window.mapping.model)
    qtmodeltester.check(window.mapping.proxy)


def test_selecting_an_item_shows_which_modules_map_it(window, qtbot):
    tree = window.standard.tree
    k07 = find(window.standard.model, "K07 ")
    tree.setCurrentIndex(k07)
    html = window.standard.details.toPlainText()
    assert "K07 消費者行為常識" in html
    assert "T2.1 客群數據分析" in html  # the tasks it supports
    assert "MKT101" in html and "2. 消費者行為" in html  # the reverse view
    task = find(window.standard.model, "T3.1 ")
    tree.setCurrentIndex(task)
    text = window.standard.details.toPlainText()
    assert "Competency level 3" in text and "MKT210 2. 廣告投放與聯播網" in text


def test_menus_use_the_standard_shortcuts(window):
    key = QKeySequence.StandardKey
    assert window.act_new.shortcut() == QKeySequence(key.New)
    assert window.act_open.shortcut() == QKeySequence(key.Open)
    assert window.act_quit.shortcut() == QKeySequence(key.Quit)
    assert window.act_undo.shortcut() == QKeySequence(key.Undo)
    assert QKeySequence("Ctrl+Shift+Z") in window.act_redo.shortcuts()
    assert QKeySequence("Ctrl+Y") in window.act_redo.shortcuts()
    assert window.act_find.shortcut() == QKeySequence(key.Find)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Curriculum", "&View", "&Help"]
    view_actions = [a.text() for a in window.view_menu.actions()]
    assert view_actions[:2] == ["&Curriculum pane", "&Standard pane"]


def test_docks_toggle_from_the_view_menu(window, qtbot):
    toggle = window.standard_dock.toggleViewAction()
    toggle.trigger()
    assert not window.standard_dock.isVisible()
    toggle.trigger()
    assert window.standard_dock.isVisible()


def test_about_names_the_versions(window, prompts):
    from views.qt import PYSIDE_VERSION, qVersion

    window.act_about.trigger()
    html = prompts.abouts[-1]
    assert "0.1.0" in html and qVersion() in html and PYSIDE_VERSION in html
    from db.schema import SCHEMA_HEAD

    assert SCHEMA_HEAD in html


def test_status_bar_follows_the_programme(window):
    ctx = window.ctx
    s = ctx.read(programme_summary, ctx.programme_id)
    assert f"Items {s.items_covered}/{s.items_total}" in window.coverage_label.text()


def test_delete_does_nothing_where_nothing_can_be_deleted(window, prompts, qtbot):
    window.curriculum.tree.setCurrentIndex(find(window.curriculum.model, "MKT101"))
    window.standard.tree.setFocus()
    qtbot.keyClick(window.standard.tree, Qt.Key.Key_Delete)
    assert prompts.questions == [] and window.ctx.undo_stack.count() == 0


def test_export_workbook_runs_off_the_gui_thread(window, prompts, qtbot, tmp_path):
    out = tmp_path / "coverage.xlsx"
    prompts.save_path = str(tmp_path / "coverage")
    assert window.act_export.isEnabled()
    window.act_export.trigger()
    with qtbot.waitSignal(window.files.jobs[-1].done, timeout=20000):
        pass
    assert window.export_notice.isVisible() and window.export_notice.label.text() == "Wrote coverage.xlsx"
    from openpyxl import load_workbook

    book = load_workbook(out, read_only=True)
    assert book.active.title == "Uncovered tasks"
    tasks = [row[1] for row in book.active.iter_rows(min_row=2, values_only=True) if row[1]]
    book.close()
    assert tasks == ["T1.1", "T1.2", "T2.1", "T2.2", "T5.1", "T5.2", "T5.3"]


def test_the_icap_report_tables_option_is_remembered_and_used_by_export(window, prompts, qtbot, tmp_path):
    from openpyxl import load_workbook

    def export(name: str) -> list[str]:
        prompts.save_path = str(tmp_path / name)
        window.act_export.trigger()
        with qtbot.waitSignal(window.files.jobs[-1].done, timeout=20000):
            pass
        book = load_workbook(tmp_path / f"{name}.xlsx", read_only=True)
        titles = book.sheetnames
        book.close()
        return titles

    assert not window.act_report_tables.isChecked()
    assert "Table 1 Competencies" not in export("plain")
    file_menu = window.menuBar().actions()[0].menu()
    assert window.act_report_tables in file_menu.actions()
    window.act_report_tables.trigger()
    titles = export("with-tables")
    assert "Table 1 Competencies" in titles and "Table 3 Objectives" in titles
    assert window.settings.value("export/report_tables") in (True, "true")


def test_save_template_for_the_programmes_standard(window, prompts, qtbot, tmp_path):
    from openpyxl import load_workbook

    prompts.save_path = str(tmp_path / "template")
    window.act_save_template.trigger()
    with qtbot.waitSignal(window.files.jobs[-1].done, timeout=20000):
        pass
    book = load_workbook(tmp_path / "template.xlsx", read_only=True)
    headers = [c.value for c in next(book["Mappings"].iter_rows(max_row=1))]
    book.close()
    assert headers[:2] == ["Course code", "Module no"] and "K01" in headers and "A12" in headers


def test_import_a_curriculum_workbook_previews_then_applies_undoably(window, prompts, qtbot, tmp_path):
    from app.curriculum.ops import delete_module
    from app.curriculum.queries import curriculum
    from app.excel.export import export_workbook

    ctx = window.ctx
    path = tmp_path / "map.xlsx"
    ctx.read(export_workbook, ctx.programme_id, path)
    module = ctx.read(curriculum, ctx.programme_id)[0].modules[2]
    ctx.workspace.perform(delete_module, module.id)  # the workbook still has it
    assert len(rows(window.curriculum.model, window.curriculum.model.index(0, 0))) == 2

    prompts.open_path = str(path)
    window.act_import_workbook.trigger()
    # read and planned, then (asked and) applied: both off the GUI thread
    qtbot.waitUntil(lambda: not window.files.jobs, timeout=20000)
    assert "Change programme 數位行銷學程（示例） to match the workbook?" in prompts.questions[-1]
    assert rows(window.curriculum.model, window.curriculum.model.index(0, 0))[2] == "3. 目標市場與行銷溝通"
    assert window.coverage_label.text().startswith("Items 21/35 covered")
    window.act_undo.trigger()
    assert len(rows(window.curriculum.model, window.curriculum.model.index(0, 0))) == 2


def test_save_template_asks_which_standard_when_there_are_several(window, prompts, qtbot, tmp_path):
    from openpyxl import load_workbook

    from app.curriculum.ops import set_targets
    from app.standards.parser import parse_standard_file
    from app.standards.store import import_standard
    from tests.conftest import DATA

    ws = window.ctx.workspace
    ws.perform(import_standard, parse_standard_file(DATA / "standards" / "TFB5120-002_per_task.txt"))
    ws.perform(set_targets, window.ctx.programme_id, ["KRM2431-001v2", "TFB5120-002"])
    prompts.choice, prompts.save_path = "TFB5120-002", str(tmp_path / "chef.xlsx")
    window.act_save_template.trigger()
    with qtbot.waitSignal(window.files.jobs[-1].done, timeout=20000):
        pass
    assert prompts.questions[-1] == "Standard:"
    book = load_workbook(tmp_path / "chef.xlsx", read_only=True)
    headers = [c.value for c in next(book["Mappings"].iter_rows(max_row=1))]
    book.close()
    assert "K08" in headers and "K17" not in headers  # the chef standard's items, not the seed's
