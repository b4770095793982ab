"""Import standard from the window: PDF/ODT read off the GUI thread, a preview with every doubt,
then Import or Cancel."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app.standards.queries import list_standards
from views.qt import QApplication, QPushButton, Qt

from .helpers import rows, wait_jobs

pytestmark = pytest.mark.gui

DATA = Path(__file__).resolve().parents[1] / "data" / "standards"
LAYOUTS = DATA / "layouts"


def start_import(window, prompts, path):
    prompts.open_path = str(path)
    window.act_import_standard.trigger()
    return window.files.jobs[-1]


def finish(qtbot, job):
    """Until the reading job and what follows it (the storing job) are done."""
    window = job.parent()
    wait_jobs(window, qtbot)


def codes(window):
    return [s.code for s in window.ctx.read(list_standards)]


def test_a_pdf_is_previewed_then_imported(window, qtbot, prompts, qtmodeltester):
    seen = {}

    def look(dialog):
        seen["heading"] = dialog.heading.text()
        seen["counts"] = dialog.counts.text()
        seen["warnings"] = dialog.warnings_label.text()
        seen["warning_list_shown"] = dialog.warning_view.isVisible()
        model = dialog.model
        qtmodeltester.check(model)
        qtmodeltester.check(dialog.warnings)
        seen["top"] = rows(model)
        duty = model.index(0, 0)
        task = model.index(0, 0, duty)
        seen["task"] = [model.index(0, c, duty).data() for c in range(5)]
        seen["task_rows"] = [tuple(model.index(r, c, task).data() for c in (0, 2, 3, 4))
                             for r in range(model.rowCount(task))]
        qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)  # the Import button, by keyboard

    prompts.fill = look
    finish(qtbot, start_import(window, prompts, LAYOUTS / "blocks_LMT3115-002.pdf"))
    assert seen["heading"] == "LMT3115-002 精密機械維修技術員 (職業, competency level 4), read from blocks_LMT3115-002.pdf"
    assert seen["counts"] == ("2 duties, 4 tasks, 6 outputs, 6 indicators, 6 knowledge items, 7 skills, "
                              "4 attitudes · PDF, 1 page")
    assert (seen["warnings"], seen["warning_list_shown"]) == ("Nothing doubtful was found.", False)
    assert seen["top"] == ["T1", "T2", "Knowledge (K)", "Skills (S)", "Attitudes (A)"]
    assert seen["task"] == ["T1.1", "擬定年度保養計畫", "3, 4", "K01 K02 K03", "S01 S02 S03"]
    assert seen["task_rows"] == [("Block 1", "3", "K01 K02", "S01"), ("Block 2", "4", "K03", "S02 S03"),
                                 ("O1.1.1", "", "", ""), ("O1.1.2", "", "", ""), ("P1.1.1", "", "", ""),
                                 ("P1.1.2", "", "", "")]
    assert "LMT3115-002" in codes(window)
    assert "Imported LMT3115-002" in window.statusBar().currentMessage()


def test_the_doubts_are_listed_and_cancel_stores_nothing(window, qtbot, prompts):
    seen = {}

    def look(dialog):
        seen["label"] = dialog.warnings_label.text()
        seen["list"] = rows(dialog.warnings)
        seen["shown"] = dialog.warning_view.isVisible()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    prompts.fill = look
    before = codes(window)
    finish(qtbot, start_import(window, prompts, LAYOUTS / "gap_HSM3412-003v2.odt"))
    assert seen["label"] == "Check before importing (2 doubts):"
    assert seen["list"] == [
        "gap_HSM3412-003v2.odt, table 2, row 5: task T1.2 lists no skill (S) item",
        "gap_HSM3412-003v2.odt, paragraph 10: the standard lists no attitudes (職能內涵 A=attitude 態度); "
        "it is read without any"]
    assert seen["shown"]
    assert codes(window) == before
    assert window.statusBar().currentMessage() == \
        "Import of gap_HSM3412-003v2.odt cancelled; nothing was stored"


def test_the_preview_speaks_chinese(qtbot):
    from app.standards.parser import read_standard
    from views.i18n import CHINESE, install_translators, remove_translators
    from views.import_preview import ImportPreview

    installed = install_translators(QApplication.instance(), CHINESE)
    try:
        dialog = ImportPreview(read_standard(LAYOUTS / "gap_HSM3412-003v2.odt"))
        qtbot.addWidget(dialog)
    finally:
        remove_translators(QApplication.instance(), installed)
    assert dialog.windowTitle() == "匯入職能基準：確認讀到的內容"
    assert dialog.import_button.text() == "匯入(&I)"
    assert dialog.warnings_label.text() == "匯入前請確認（2 項疑點）："
    assert rows(dialog.warnings)[0] == "gap_HSM3412-003v2.odt，表格 2 第 5 列：工作任務 T1.2 未列出任何技能 (S) 項目"
    assert rows(dialog.model)[-3:] == ["知識 (K)", "技能 (S)", "態度 (A)"]
    assert dialog.counts.text().startswith("2 項主要職責、5 項工作任務")


def test_a_locked_pdf_is_named_and_nothing_is_shown_or_stored(window, qtbot, prompts):
    before = codes(window)
    finish(qtbot, start_import(window, prompts, DATA / "bad" / "locked.pdf"))
    title, text = prompts.warnings[-1]
    assert title == "Cannot import the standard"
    assert text.startswith("locked.pdf: the PDF is protected by a password")
    assert codes(window) == before


def test_reading_runs_off_the_gui_thread_with_page_progress_and_cancel_works(window, qtbot, prompts,
                                                                               monkeypatch):
    import app.standards.sources.pdf as pdf

    release = threading.Event()
    real_page = pdf._page

    def slow_page(page, n, tables, name):
        if n == 2:
            release.wait(20)  # hold the worker on page 2 until the user has cancelled
        return real_page(page, n, tables, name)

    monkeypatch.setattr(pdf, "_page", slow_page)
    before = codes(window)
    job = start_import(window, prompts, LAYOUTS / "long_FIN2412-005v3.pdf")
    # The event loop keeps running while the worker reads: the progress dialog shows, with the page.
    qtbot.waitUntil(lambda: job.dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: job.dialog.labelText() == "Reading long_FIN2412-005v3.pdf: page 2 of 6", timeout=5000)
    assert job.dialog.maximum() == 6
    qtbot.mouseClick(job.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # its Cancel
    release.set()
    finish(qtbot, job)  # prompts.fill is unset: a preview now would fail the test
    assert codes(window) == before
    assert prompts.warnings == []


def test_a_downloaded_pdf_is_imported_targeted_and_mapped_against(window, qtbot, prompts):
    """The issue's 'done when': PDF in from the window, doubts seen, then mapped against."""
    from app.curriculum.mappings import module_mappings
    from app.standards.queries import item_ids

    from .helpers import item_row

    prompts.fill = lambda dialog: dialog.import_button.click()
    prompts.answer = True  # yes, map the programme onto it as well
    finish(qtbot, start_import(window, prompts, LAYOUTS / "long_FIN2412-005v3.pdf"))
    assert prompts.questions[-1].endswith("onto FIN2412-005v3 as well?")
    editor = window.mapping
    editor.view.setCurrentIndex(item_row(editor, "K20"))  # only the imported standard has a K20
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_R)
    k20 = window.ctx.read(item_ids, "FIN2412-005v3")["K20"]
    assert window.ctx.read(module_mappings, editor.model.module_id)[k20].level == 2
