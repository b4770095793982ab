"""The Chinese window speaks Chinese where app/ supplies the words: import previews, progress labels, plurals."""
from __future__ import annotations

import pytest

from views.qt import QApplication

pytestmark = pytest.mark.gui


@pytest.fixture
def chinese():
    from views.i18n import install_translators, remove_translators

    app = QApplication.instance()
    translators = install_translators(app, "zh_TW")
    yield
    remove_translators(app, translators)


def test_the_workbook_import_preview_is_in_chinese(chinese, db_path, settings, prompts, qtbot, tmp_path):
    from app.curriculum.ops import delete_module
    from app.curriculum.queries import curriculum
    from app.excel.export import export_workbook
    from app.workspace import Workspace
    from views.main_window import MainWindow

    win = MainWindow(Workspace.open(db_path), settings, prompts, lang="zh_TW")
    qtbot.addWidget(win)
    ctx = win.ctx
    path = tmp_path / "map.xlsx"
    ctx.read(export_workbook, ctx.programme_id, path)
    course = ctx.read(curriculum, ctx.programme_id)[0]
    ctx.workspace.perform(delete_module, course.modules[2].id)
    prompts.open_path, prompts.answer = str(path), False
    win.act_import_workbook.trigger()
    with qtbot.waitSignal(win.files.jobs[-1].done, timeout=20000):
        pass
    text = prompts.questions[-1]
    assert "依 map.xlsx 更新學程「數位行銷學程（示例）」（課程：+0 ~0 -0; 單元：+1 ~0 -0; 對應：+2 ~0 -0）" in text
    assert "  新增單元 MKT101 #3 目標市場與行銷溝通" in text
    assert "add " not in text and "update " not in text
    win.close()


def test_plural_messages_from_the_app_layer():
    from app.errors import Plural

    one, many = Plural.tr("add course %1 %2 (%n modules)", "", 1), Plural.tr("%n mappings", "", 3)
    assert str(one.of("C1", "Name")) == "add course C1 Name (1 module)"
    assert str(many) == "3 mappings"


def test_a_progress_label_from_the_app_layer_is_translated(chinese, qtbot):
    from app.errors import QT_TR_NOOP, Msg
    from views.jobs import Job
    from views.qt import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    labels = []

    def work(progress):
        progress.step(0, 2, Msg(QT_TR_NOOP("reading the map")))
        progress.step(1, 2, Msg(QT_TR_NOOP("saving")))

    job = Job(parent, "…", work, lambda _: None, lambda exc, tb: None)
    job.worker.progressed.connect(lambda d, t, what: labels.append(what))
    with qtbot.waitSignal(job.done, timeout=10000):
        job.start()
    assert labels == ["讀取課程地圖", "儲存中"]


def test_edit_programme_sets_the_threshold_and_says_what_it_does(window, prompts, qtbot):
    from app.coverage.engine import programme_summary
    from app.curriculum.queries import programme_info
    from tests.gui.helpers import ok, type_text

    ctx = window.ctx
    notes = []

    def raise_threshold(dialog):
        assert dialog.scale.text() == "I, R, M"
        assert dialog.threshold.currentText() == "I (introduced)"
        dialog.threshold.setFocus()
        qtbot.keyClick(dialog.threshold, "R")  # type-ahead picks "R (reinforced)"
        assert dialog.threshold.currentText() == "R (reinforced)"
        notes.append(dialog.note.text())
        type_text(qtbot, dialog.scale, "I, R")  # too short for the mappings at M: refused, OK disabled
        notes.append(dialog.note.text())
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        type_text(qtbot, dialog.scale, "I, R, M")
        ok(qtbot, dialog)

    prompts.fill = raise_threshold
    window.curriculum.act_edit_programme.trigger()
    assert notes[0] == ("With threshold R, 4 items counted as covered at I no longer count (K08 K09 K10 K15).\n"
                        "Items covered: 21 → 17 of 35; tasks fully covered: 6 → 0 of 13.")
    assert notes[1] == "3 mappings use a mapping level above R; change them before shortening the scale to I/R"
    assert ctx.read(programme_info, ctx.programme_id).threshold == 2
    assert ctx.read(programme_summary, ctx.programme_id).items_covered == 17
    assert window.coverage_label.text().startswith("Items 17/35 covered")
    window.act_undo.trigger()
    assert ctx.read(programme_info, ctx.programme_id).threshold == 1
    assert window.coverage_label.text().startswith("Items 21/35 covered")


def test_the_whole_window_with_its_panes_has_access_keys_and_distinct_shortcuts(window):
    from tests.gui.test_app import check_keys

    check_keys(window)


def test_qt_file_and_print_dialogs_are_chinese_too(chinese, qtbot):
    """Qt's own qtbase_zh_TW lacks some Qt 6 texts ("&Look in:"); resources/qt_extra_zh_TW.qm adds them."""
    import re

    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from views.qt import QFileDialog, QLabel, QLocale

    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert labels and not [t for t in labels if re.search(r"[A-Za-z]{3,}", t.replace("&", ""))], labels
    printer = QPrinter()
    printing = QPrintDialog(printer)
    qtbot.addWidget(printing)
    texts = [w.text() for w in printing.findChildren(QLabel) if w.text()]
    assert "頁面組合(&S)：" in texts
    assert QLocale().language() == QLocale.Language.Chinese  # dates in the dialogs follow


def test_the_extra_qt_translation_is_compiled_from_its_ts(tmp_path):
    import subprocess
    from pathlib import Path

    from tests.gui.test_translations import _tool

    root = Path(__file__).resolve().parents[2] / "resources"
    out = tmp_path / "extra.qm"
    subprocess.run([_tool("lrelease"), str(root / "qt_extra_zh_TW.ts"), "-qm", str(out)], check=True,
                   capture_output=True, timeout=60)
    assert (root / "qt_extra_zh_TW.qm").read_bytes() == out.read_bytes()


def test_chinese_toolbar_buttons_show_no_access_key_letters(chinese, db_path, settings, prompts, qtbot):
    import re

    from app.workspace import Workspace
    from views.main_window import MainWindow
    from views.qt import QToolButton

    win = MainWindow(Workspace.open(db_path), settings, prompts, lang="zh_TW")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    shown = [b.text() for b in win.findChildren(QToolButton) if b.defaultAction() is not None and b.text()]
    assert "開啟" in shown and "+ 學程" in shown
    assert not [t for t in shown if re.search(r"\([A-Z]\)", t)], shown
    win.close()
