"""Print and PDF, files in and out: what the File and Help menus do in the real window."""
from __future__ import annotations

import pytest

from app.curriculum.sample import SAMPLE_NAME
from tests.gui.helpers import wait_jobs
from views.qt import QMimeData, QPoint, Qt, QUrl

pytestmark = pytest.mark.gui


def pdf_text(path) -> tuple[int, str]:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return len(pdf.pages), "\n".join(page.extract_text() or "" for page in pdf.pages)




def test_export_pdf_writes_the_report_and_offers_open_and_show(window, prompts, qtbot, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr("views.export_notice.QDesktopServices.openUrl", lambda url: opened.append(url) or True)
    prompts.save_path = str(tmp_path / "report")
    window.act_export_pdf.trigger()
    wait_jobs(window, qtbot)
    out = tmp_path / "report.pdf"
    pages, text = pdf_text(out)
    assert pages == 4
    assert "Coverage report" in text and SAMPLE_NAME in text
    assert "Items (K, S) covered 21 of 35 (60%)" in text
    assert "T1 熟悉產業屬性" in text and "T1.1" in text and "K01 市場研究原則與實務" in text
    assert "Matrix: KRM2431-001v2 · modules 1–12 of 12 · items 1–33 of 47" in text
    assert "Page 4 of 4" in text
    notice = window.export_notice
    assert notice.isVisible() and notice.label.text() == "Wrote report.pdf"
    qtbot.mouseClick(notice.open_button, Qt.MouseButton.LeftButton)
    assert opened[-1].toLocalFile() == str(out)
    if not __import__("sys").platform.startswith(("win", "darwin")):
        qtbot.mouseClick(notice.folder_button, Qt.MouseButton.LeftButton)
        assert opened[-1].toLocalFile() == str(tmp_path)


def test_print_goes_through_the_print_dialog(window, prompts, qtbot, tmp_path):
    assert window.act_print.shortcut().toString() == "Ctrl+P"
    window.act_print.trigger()  # the user cancels the print dialog: nothing printed
    wait_jobs(window, qtbot)
    assert prompts.questions[-1] == "print" and not list(tmp_path.glob("*.pdf"))
    prompts.printed_to = str(tmp_path / "printed.pdf")
    window.act_print.trigger()
    wait_jobs(window, qtbot)
    pages, text = pdf_text(tmp_path / "printed.pdf")
    assert pages == 4 and "Tasks not fully covered, and what they miss" in text
    assert window.statusBar().currentMessage() == "Sent 4 pages to the printer"


def test_print_preview_paints_the_report(window, qtbot):
    window.act_preview.trigger()
    wait_jobs(window, qtbot)
    dialog = window.reports.previews[-1]
    qtbot.waitExposed(dialog)
    assert dialog.objectName() == "printPreview"
    dialog.close()


def test_the_chinese_report_from_the_command_line(ws, db_path, tmp_path, capsys):
    from app.cli.main import main

    ws.close()
    out = tmp_path / "報告.pdf"
    assert main(["--db", str(db_path), "report", SAMPLE_NAME, str(out), "--lang", "zh_TW"]) == 0
    assert capsys.readouterr().out == f"wrote {out}: the coverage report of '{SAMPLE_NAME}', 4 pages\n"
    pages, text = pdf_text(out)
    assert pages == 4
    for words in ("涵蓋報告", "職能內涵（K、S）已涵蓋 21／35（60%）", "各主要職責的涵蓋情形", "未完全涵蓋的工作任務",
                  "對應矩陣", "第 4 頁，共 4 頁", "市場研究原則與實務"):
        assert words in text, words
    assert main(["--db", str(db_path), "report", SAMPLE_NAME, str(tmp_path / "x.txt")]) == 1
    assert "the file name must end in .pdf" in capsys.readouterr().err


def test_a_wide_matrix_goes_across_pages_with_its_headers(ws, tmp_path):
    """40 modules: the matrix's columns continue on further pages, each with the item column and headers."""
    from app.curriculum.ops import add_course, add_module
    from app.curriculum.queries import find_programme
    from app.report import build_report
    from app.gui_launch import write_report_pdf

    pid = ws.read(find_programme, SAMPLE_NAME).id
    cid = ws.perform(add_course, pid, "WIDE1", "寬課程")
    for n in range(28):
        ws.perform(add_module, cid, f"單元 {n + 1}")
    out = tmp_path / "wide.pdf"
    pages = write_report_pdf(ws.read(build_report, pid), str(out))
    count, text = pdf_text(out)
    assert count == pages == 6
    titles = [part.split("\n")[0] for part in text.split("Matrix: ")[1:]]
    assert titles == ["KRM2431-001v2 · modules 1–37 of 40 · items 1–33 of 47",
                      "KRM2431-001v2 · modules 1–37 of 40 · items 34–47 of 47",
                      "KRM2431-001v2 · modules 38–40 of 40 · items 1–33 of 47",
                      "KRM2431-001v2 · modules 38–40 of 40 · items 34–47 of 47"]
    third = text.split("Matrix: ")[3]
    assert "K01 市場研究原則與實務" in third  # the item columns repeated beside the later modules


def drop(window, qtbot, path) -> None:
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from views.qt import QApplication

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPoint(50, 50), action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPoint(50, 50).toPointF(), action, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)


def test_dropping_a_workbook_imports_it_with_the_preview(window, prompts, qtbot):
    from tests.conftest import DATA

    prompts.answer = False  # look at the preview, change nothing
    drop(window, qtbot, DATA / "workbooks" / "curriculum_zh.ods")
    wait_jobs(window, qtbot)
    assert "  add mapping MKT101 #1 K01 R" in prompts.questions[-1]


def test_dropping_a_standard_imports_it_and_a_map_opens_it(window, shell, prompts, qtbot, tmp_path):
    from app.standards.queries import list_standards
    from app.workspace import Workspace
    from tests.conftest import DATA

    prompts.answer = False  # do not add it to the programme's targets
    prompts.fill = lambda dialog: dialog.import_button.click()  # the preview: Import
    drop(window, qtbot, DATA / "standards" / "TFB5120-002_per_task.txt")
    wait_jobs(window, qtbot)
    assert "TFB5120-002" in [s.code for s in window.ctx.read(list_standards)]
    other = tmp_path / "other.db"
    Workspace.open(other).close()
    drop(window, qtbot, other)
    assert shell.window is not window and shell.window.windowTitle() == "other.db — curmap"


def test_new_map_asks_whether_to_include_the_sample(window, shell, prompts, tmp_path):
    from app.curriculum.queries import list_programmes
    from app.standards.queries import list_standards

    prompts.save_path, prompts.answer = str(tmp_path / "empty"), False
    window.act_new.trigger()
    assert "Include the sample programme" in prompts.questions[-1]
    new = shell.window
    assert new.windowTitle() == "empty.db — curmap"
    assert new.ctx.read(list_programmes) == [] and [s.code for s in new.ctx.read(list_standards)] == ["KRM2431-001v2"]


def test_file_dialogs_start_in_documents_and_remember_each_kind(window, prompts, settings, tmp_path, monkeypatch):
    from views.settings import documents_folder

    asked = []
    monkeypatch.setattr(prompts, "open_file", lambda parent, caption, directory, filters: asked.append(directory))
    window.act_open.trigger()
    assert asked[-1] == documents_folder()
    (tmp_path / "maps").mkdir()
    (tmp_path / "books").mkdir()
    monkeypatch.setattr(prompts, "open_file", lambda parent, caption, directory, filters:
                        asked.append(directory) or str(tmp_path / "books" / "x.xlsx"))
    window.act_import_workbook.trigger()
    assert window.files.ask_open("workbooks", "", "") and asked[-1] == str(tmp_path / "books")
    assert window.files.ask_open("maps", "", "") and asked[-1] == documents_folder()  # maps: their own folder


def test_recent_maps_tell_two_maps_of_one_name_apart(window, settings, tmp_path):
    from views.settings import add_recent, recent_labels

    for year in ("2024", "2025"):
        (tmp_path / year).mkdir()
        add_recent(settings, tmp_path / year / "curmap.db")
    window.recent_menu.aboutToShow.emit()
    entries = [a.text() for a in window.recent_menu.actions() if a.data()]
    assert entries[:2] == ["&1 curmap.db — 2025", "&2 curmap.db — 2024"]
    assert recent_labels(["/a/x/m.db", "/b/x/m.db", "/c/n.db"]) == ["m.db — a/x", "m.db — b/x", "n.db"]


@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support propagateSizeHints")
def test_f1_opens_the_guide_in_the_ui_language_and_help_lists_the_shortcuts(window, qtbot, qtmodeltester):
    assert window.act_guide.shortcut().toString() == "F1"
    window.act_guide.trigger()
    guide = window.guide_window
    qtbot.waitExposed(guide)
    assert "How coverage is counted" in guide.browser.toPlainText()
    guide.close()
    window.act_shortcuts.trigger()
    dialog = window.shortcuts_dialog
    qtmodeltester.check(dialog.model)
    rows = {dialog.model.index(r, 0).data(): dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())}
    assert rows["File ▸ Print coverage report"] == "Ctrl+P"
    assert rows["Help ▸ curmap guide"] == "F1"
    assert rows["Curriculum ▸ Add module"] == "Ctrl+M"
    dialog.close()


def test_the_chinese_guide(db_path, settings, prompts, qtbot):
    from views.help import GuideWindow

    guide = GuideWindow("zh_TW")
    qtbot.addWidget(guide)
    assert "涵蓋的計算方式" in guide.browser.toPlainText()
