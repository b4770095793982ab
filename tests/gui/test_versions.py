"""A new version of the standard in the window: see what changed, carry the programme over, undo."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

from app.coverage.engine import coverage_by_name
from app.curriculum.queries import find_programme
from app.curriculum.sample import SAMPLE_NAME
from app.workspace import Workspace
from tests.versions_data import V2, V3, V3_FILE, import_v3
from tests.gui.helpers import type_text, wait_jobs
from views.qt import QApplication, QComboBox, QPoint, Qt
from views.versions.compare_model import STATUS
from views.versions.proposal_model import TARGET

pytestmark = pytest.mark.gui


@pytest.fixture
def win3(shell, db_path, qtbot):
    """The window on a map holding v2 (the sample maps it) and v3."""
    ws = Workspace.open(db_path)
    import_v3(ws)
    ws.close()
    win = shell.open(db_path)
    qtbot.waitExposed(win)
    return win


def _menu_texts(win, title):
    menu = next(a.menu() for a in win.menuBar().actions() if a.text() == title)
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def _proxy_rows(proxy, column):
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def _row_of(proxy, text, column=0):
    return next(r for r in range(proxy.rowCount()) if (proxy.index(r, column).data() or "").startswith(text))


def test_the_compare_view_lists_what_changed(win3, qtbot, qtmodeltester):
    assert ["Compare st&andards…", "Carry programme to a ne&w version…"] == [
        t for t in _menu_texts(win3, "&File") if "st&andards" in t or "ne&w" in t]
    win3.act_compare.trigger()
    dialog = win3.versions.compare_dialog
    qtbot.waitExposed(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.codes() == (V2, V3)  # the newest version and the one before it
    assert dialog.summary.text().startswith(f"{V2} → {V3}: <b>Duties</b> 3 changed, 1 removed, 1 added")
    # Unchanged entries (1 duty, S11, 10 attitudes) are hidden until asked for.
    assert dialog.proxy.rowCount() == 72 - 12
    _tick(qtbot, dialog.unchanged)
    assert dialog.proxy.rowCount() == 72
    dialog.kind_box.setFocus()
    qtbot.keyClicks(dialog.kind_box, "K")  # Knowledge (K)
    assert dialog.kind_box.currentText() == "Knowledge (K)" and dialog.proxy.rowCount() == 19
    type_text(qtbot, dialog.find, "消費者")
    # Found in a title or in what changed (K08's closest is K07 電子商務與消費者保護法規).
    assert _proxy_rows(dialog.proxy, 2) == ["K07", "K08", "K09"]
    k07 = dialog.proxy.index(0, 0)
    row = [k07.siblingAtColumn(c).data() for c in range(10)]
    assert row == ["K", "changed", "K07", "消費者行為常識", "K06", "消費者行為知識", "67%",
                   "renumbered K07 → K06; reworded (67% alike); no longer supports T4.2",
                   "T2.1 T2.2 T3.1 T3.2 T3.3 T4.1 T4.2 T4.3", "T2.1 T2.2 T2.3 T2.4 T3.1 T3.2 T3.3"]
    dialog.find.clear()
    dialog.kind_box.setCurrentIndex(0)
    removed = _row_of(dialog.proxy, "K08", 2)
    assert dialog.proxy.index(removed, STATUS).data() == "removed"
    assert dialog.proxy.index(removed, 6).data() == "(30%)"  # the closest, not a match
    # Choosing the same standard twice compares nothing.
    dialog.new_box.setCurrentIndex(dialog.old_box.currentIndex())
    assert dialog.model.rowCount() == 0 and not dialog.export_button.isEnabled()
    assert dialog.summary.text() == "Choose two different standards to compare."


def test_the_comparison_exports_to_a_sheet(win3, qtbot, prompts, tmp_path):
    win3.act_compare.trigger()
    dialog = win3.versions.compare_dialog
    prompts.save_path = str(tmp_path / "changes")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_jobs(win3, qtbot)
    assert win3.export_notice.label.text() == "Wrote changes.xlsx"  # with Open and Show in folder
    wb = load_workbook(tmp_path / "changes.xlsx")
    rows = list(wb["Comparison"].iter_rows(values_only=True))
    assert len(rows) == 73 and rows[0][:3] == ("Kind", "Status", "Old code")
    assert ("task", "added", None, None, "T1.2", "分析產業動態資訊") == rows[8][:6]  # after 6 duties and T1.1
    wb.close()


def _drive_wizard(qtbot, prompts, steps):
    """Answer the wizard the next run_dialog shows with ``steps(wizard)``."""
    prompts.fill = steps


def _tick(qtbot, box):
    """Click a check box on its box (a wide one toggles only where its box and text are)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _click(qtbot, wizard, which):
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)
    QApplication.processEvents()


def test_carry_the_programme_over_with_a_few_changes_then_undo(win3, qtbot, prompts, qtmodeltester):
    ws = win3.ctx.workspace
    pid = ws.read(find_programme, SAMPLE_NAME).id
    seen = {}

    def steps(wizard):
        from views.qt import QWizard

        assert wizard.choose.codes() == (V2, V3)
        _click(qtbot, wizard, QWizard.WizardButton.NextButton)
        page = wizard.proposals
        assert wizard.currentPage() is page
        qtmodeltester.check(page.model)
        assert page.count.text() == "26 mappings carried · 3 not carried"
        _tick(qtbot, page.only_look)
        # Only what is not the same title: K07 K08 K09 K10 K15 (reworded or gone) and S12.
        assert [r.split()[0] for r in _proxy_rows(page.proxy, 0)] == ["K07", "K08", "K09", "K10", "K15", "S12"]
        # K08 電子商務相關法律常識: carry it to K07 as well (the law items were merged), with the keyboard.
        index = page.proxy.index(1, TARGET)
        page.table.setFocus()
        page.table.setCurrentIndex(index)
        qtbot.keyClick(page.table, Qt.Key.Key_F2)
        editor = page.table.findChild(QComboBox, "targetChoice")
        assert editor.currentText() == "— not carried —"
        assert editor.itemText(1) == "K07 電子商務與消費者保護法規 (30% alike)"  # the most alike first
        editor.setCurrentIndex(1)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        QApplication.processEvents()  # the delegate commits on a queued call
        assert page.proxy.index(1, TARGET).data() == "K07 電子商務與消費者保護法規"
        assert page.proxy.index(1, 4).data() == "chosen by hand"
        # A10: not carried (select it, press the button).
        _tick(qtbot, page.only_look)
        a10 = _row_of(page.proxy, "A10")
        page.table.selectRow(a10)
        qtbot.mouseClick(page.drop, Qt.MouseButton.LeftButton)
        assert page.proxy.index(a10, TARGET).data() == "— not carried —"
        assert page.count.text() == "26 mappings carried · 3 not carried"  # K08 in, A10 out
        _click(qtbot, wizard, QWizard.WizardButton.NextButton)
        review = wizard.review
        qtmodeltester.check(review.coverage)
        seen["summary"] = review.summary.text()
        seen["coverage"] = [[review.coverage.index(r, c).data() for c in range(3)] for r in range(5)]
        seen["new"] = [review.new_model.index(r, 0).data() for r in range(review.new_model.rowCount())]
        _click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    _drive_wizard(qtbot, prompts, steps)
    win3.act_migrate.trigger()
    assert seen["summary"] == ("26 mappings will be carried over<br>1 of them merges into a mapping of the same "
                               "module (the higher level is kept)<br>3 mappings are not carried over; they stay "
                               f"on {V2}, which the programme keeps targeting")
    assert seen["coverage"][0] == ["K/S items covered", "21/35 (60%)", "19/35 (54%)"]
    assert seen["coverage"][1] == ["Tasks covered", "6/13 (46%)", "3/14 (21%)"]
    assert seen["new"] == ["K16 社群媒體經營知識", "K17 生成式AI應用知識", "S18 生成式AI工具應用技能", "A12 數位素養",
                           "T1.2 分析產業動態資訊 (Not covered)", "T5.1 經營社群媒體與內容 (Not covered)"]
    assert f"Carried 26 mappings over to {V3}" in win3.statusBar().currentMessage()
    cov = ws.read(coverage_by_name, SAMPLE_NAME, V3)
    assert (cov.items_covered, cov.tasks_covered) == (19, 3)
    assert ws.read(find_programme, SAMPLE_NAME).standards == [V2, V3]
    assert win3.ctx.undo_stack.count() == 1 and win3.act_undo.text() == f"&Undo Carry {SAMPLE_NAME} over to {V3}"
    win3.act_undo.trigger()  # Edit ▸ Undo: one step takes it all back
    assert ws.read(find_programme, SAMPLE_NAME).standards == [V2]
    assert ws.read(coverage_by_name, SAMPLE_NAME).items_covered == 21
    win3.act_redo.trigger()
    assert ws.read(find_programme, SAMPLE_NAME).standards == [V2, V3]
    assert pid == win3.ctx.programme_id


def test_a_map_changed_meanwhile_is_refused_and_the_wizard_stays(win3, qtbot, prompts, db_path):
    from views.qt import QWizard

    def steps(wizard):
        _click(qtbot, wizard, QWizard.WizardButton.NextButton)
        _click(qtbot, wizard, QWizard.WizardButton.NextButton)
        other = Workspace.open(db_path)  # someone else edits the programme
        try:
            from app.curriculum.mappings import MappingState, set_mappings

            first = wizard.plan.proposals[0].cells[0]
            other.perform(set_mappings, [MappingState(first.module_id, first.item_id, 3)])
        finally:
            other.close()
        _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
        assert wizard.isVisible()  # the user's choices are still there
        wizard.reject()

    _drive_wizard(qtbot, prompts, steps)
    win3.act_migrate.trigger()
    title, text = prompts.warnings[-1]
    assert title == "Carry over to a new version"
    assert "changed since the migration to KRM2431-001v3 was planned; nothing was carried" in text
    assert win3.ctx.undo_stack.count() == 0
    assert win3.ctx.read(find_programme, SAMPLE_NAME).standards == [V2]


def test_importing_a_new_version_offers_to_compare_and_carry_over(window, qtbot, prompts):
    prompts.open_path = str(V3_FILE)
    prompts.fill = lambda preview: preview.import_button.click()  # what was read: Import
    window.act_import_standard.trigger()
    wait_jobs(window, qtbot)
    QApplication.processEvents()
    assert prompts.questions[-1] == (f"{V3} is a new version of {V2}, which programme {SAMPLE_NAME} maps. "
                                     "See what changed and carry the programme over?")
    dialog = window.versions.compare_dialog
    assert dialog is not None and dialog.isVisible() and dialog.codes() == (V2, V3)
    assert dialog.migrate_button.isEnabled()


def test_the_wizard_in_chinese(win3, qtbot, prompts, monkeypatch):
    from views.i18n import install_translators, remove_translators
    from views.versions.migration_wizard import MigrationWizard

    app = QApplication.instance()
    installed = install_translators(app, "zh_TW")
    try:
        seen = {}

        def steps(wizard):
            from views.qt import QWizard

            seen["title"] = wizard.windowTitle()
            _click(qtbot, wizard, QWizard.WizardButton.NextButton)
            seen["why"] = wizard.proposals.proxy.index(2, 4).data()
            seen["count"] = wizard.proposals.count.text()
            wizard.reject()

        _drive_wizard(qtbot, prompts, steps)
        win3.versions.migrate()
        assert seen["title"] == f"將 {SAMPLE_NAME} 移轉至新版"
        assert seen["why"] == "無法移轉：新版已刪除此項目（最相近：K07 電子商務與消費者保護法規，相似度 30%）"
        assert seen["count"] == "移轉 26 筆對應 · 3 筆不移轉"
        assert MigrationWizard  # imported for the translation context
    finally:
        remove_translators(app, installed)


def test_a_read_only_map_compares_but_does_not_carry(db_path, settings, prompts, qtbot):
    from views.main_window import MainWindow

    ws = Workspace.open(db_path)
    import_v3(ws)
    ws.close()
    win = MainWindow(Workspace.open(db_path, readonly=True), settings, prompts)
    qtbot.addWidget(win)
    win.show()
    assert win.act_compare.isEnabled() and not win.act_migrate.isEnabled()
    win.act_compare.trigger()
    assert not win.versions.compare_dialog.migrate_button.isVisible()
    assert win.versions.compare_dialog.model.rowCount() == 72
    win.close()


def test_deleting_what_is_not_carried_is_asked_for_and_leaves_only_the_new_version(win3, qtbot, prompts):
    from views.qt import QWizard

    def steps(wizard):
        _click(qtbot, wizard, QWizard.WizardButton.NextButton)
        _click(qtbot, wizard, QWizard.WizardButton.NextButton)
        review = wizard.review
        assert not review.drop.isChecked()  # nothing the user made goes unless they say so
        assert review.drop.text() == "&Delete the mappings not carried over (3)"
        _tick(qtbot, review.drop)
        assert review.summary.text().endswith("3 mappings not carried over will be deleted")
        _click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    _drive_wizard(qtbot, prompts, steps)
    win3.act_migrate.trigger()
    ws = win3.ctx.workspace
    assert ws.read(find_programme, SAMPLE_NAME).standards == [V3]
    assert win3.standard.model.rowCount() == 1  # the standard pane shows v3 alone
    win3.act_undo.trigger()
    assert ws.read(find_programme, SAMPLE_NAME).standards == [V2]
    assert ws.read(coverage_by_name, SAMPLE_NAME).items_covered == 21


def test_done_when_import_v3_see_what_changed_carry_over_find_the_gaps(window, qtbot, prompts):
    """The issue's story, end to end in the window, with the user's few confirmations."""
    from views.qt import QWizard

    prompts.open_path = str(V3_FILE)
    prompts.fill = lambda preview: preview.import_button.click()  # what was read: Import
    window.act_import_standard.trigger()  # File ▸ Import standard…, answered "yes: see what changed"
    wait_jobs(window, qtbot)
    QApplication.processEvents()
    dialog = window.versions.compare_dialog
    assert "<b>Knowledge</b> 15 changed, 2 removed, 2 added" in dialog.summary.text()

    def steps(wizard):  # the proposals as they come: Next, Next, Carry over
        _click(qtbot, wizard, QWizard.WizardButton.NextButton)
        _click(qtbot, wizard, QWizard.WizardButton.NextButton)
        _click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    prompts.fill = steps
    qtbot.mouseClick(dialog.migrate_button, Qt.MouseButton.LeftButton)
    dialog.close()
    window.show_tab(window.panes["gaps"])
    gaps = window.panes["gaps"].pane
    tasks = gaps.tasks_model
    rows = {(tasks.index(r, 0).data(), tasks.index(r, 1).data()): tasks.index(r, 3).data()
            for r in range(tasks.rowCount())}
    assert rows[(V3, "T5.1")] == "Not covered" and rows[(V3, "T1.2")] == "Not covered"
    assert rows[(V3, "T2.3")] == "Partly covered"  # T4.1 定義商業問題 moved under T2, which needs more
    # Nothing silently lost: what could not be carried is still mapped, on v2, which stays targeted.
    assert window.ctx.read(find_programme, SAMPLE_NAME).standards == [V2, V3]
    assert window.ctx.read(coverage_by_name, SAMPLE_NAME, V2).items_covered == 2  # K08 and S12
