"""The Chinese window speaks Chinese everywhere: every pane, tab, menu, dialog, wizard page,
the guide and the shortcuts list. A Latin-letter word is allowed only when it is a code
(T1.1, K01, MKT101), a unit, a key, a file name, a product name, or something stored in
the map (the sample programme's and the standard's own words, the map's file name)."""
from __future__ import annotations

import re
import sqlite3

import pytest

from tests.gui.words_on_screen import action_texts, latin_words, offenders, stray_ampersands, texts_of
from tests.versions_data import import_v3

pytestmark = pytest.mark.gui

# What the panes being rewritten on another branch still show in English. TODO: empty this
# after that merge. Each entry: (pane, where the words come from, a pattern of the text shown).
TODO_PANES: list[tuple[str, str, str]] = []


@pytest.fixture
def chinese(monkeypatch):
    from views.i18n import install_translators, remove_translators
    from views.qt import QApplication

    monkeypatch.setenv("CURMAP_LANG", "zh_TW")
    app = QApplication.instance()
    translators = install_translators(app, "zh_TW")
    yield
    remove_translators(app, translators)


def words_typed_in_the_guide() -> set[str]:
    """The guide's commands (<code>curmap export 學程 OUT.xlsx</code>) are typed as they are."""
    from views.help import guide_file

    html = guide_file("zh_TW").read_text(encoding="utf-8")
    return {w for code in re.findall(r"<code>(.*?)</code>", html) for w in re.findall(r"[A-Za-z][\w\-]*", code)}


def words_in_the_map(path) -> set[str]:
    """Every Latin word stored in the map: names and texts the user (or the standard) wrote."""
    words: set[str] = {path.stem}
    with sqlite3.connect(path) as db:
        for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'"):
            for row in db.execute(f"SELECT * FROM '{table}'"):
                for value in row:
                    if isinstance(value, str):
                        words.update(re.findall(r"[A-Za-z][\w.\-]*", value))
    return words


class Seen:
    def __init__(self) -> None:
        self.texts: list[tuple[str, str]] = []
        self.ampersands: list[tuple[str, str]] = []

    def look(self, where: str, root, skip: set[str] = frozenset()) -> None:
        self.texts.extend((f"{where}: {w}", t) for w, t in texts_of(root, skip))
        self.ampersands.extend((where, text) for text in stray_ampersands(root))

    def add(self, where: str, text: str) -> None:
        self.texts.append((where, text))


def _dialogs(win, prompts, qtbot, seen: Seen) -> None:
    from views.qt import QApplication

    def shoot(name):
        def fill(dialog):
            seen.look(name, dialog)
            dialog.reject()
        return fill

    cur = win.curriculum
    for name, act in (("new programme", cur.act_new_programme), ("edit programme", cur.act_edit_programme),
                      ("new course", cur.act_add_course), ("new module", cur.act_add_module)):
        prompts.fill = shoot(name)
        act.trigger()
    course = cur.model.courses()[0]
    cur.select("course", course.id)
    prompts.fill = shoot("edit course")
    cur.act_edit.trigger()
    cur.select("module", cur.model.live.course_modules[course.id][0])
    prompts.fill = shoot("edit module")
    cur.act_edit.trigger()
    prompts.answer = False
    cur.act_delete.trigger()  # the question asked before deleting
    seen.add("delete question", prompts.questions[-1])
    win.act_about.trigger()
    seen.add("about", _html(prompts.abouts[-1]))
    win.show_shortcuts()
    seen.look("shortcuts", win.shortcuts_dialog)
    win.shortcuts_dialog.close()
    win.show_guide()
    seen.look("guide", win.guide_window)
    win.guide_window.close()
    win.act_compare.trigger()
    seen.look("compare", win.versions.compare_dialog)
    win.versions.compare_dialog.close()

    def wizard(w):
        for n in range(3):
            seen.look(f"wizard page {n + 1}", w)
            w.next()
        w.reject()

    prompts.fill = wizard
    win.act_migrate.trigger()
    from views.errors_dialog import ErrorReportDialog

    report = ErrorReportDialog("Traceback …", None, win)
    qtbot.addWidget(report)
    report.show()
    seen.look("bug report", report, skip={"report"})  # the report itself is for the developers
    report.close()
    win.act_preview.trigger()
    qtbot.waitUntil(lambda: bool(win.reports.previews), timeout=20000)
    preview = win.reports.previews[-1]
    qtbot.waitExposed(preview)
    seen.look("print preview", preview)
    preview.close()
    QApplication.processEvents()


def _after_changes(win, prompts, qtbot, seen: Seen, tmp_path) -> None:
    """What shows only after something was done: a refused number, the undo text, a written file."""
    from tests.gui.helpers import ok, type_text
    from tests.gui.test_dialog_keys import typed

    def course(dialog):
        type_text(qtbot, dialog.code, "MKT900")
        type_text(qtbot, dialog.name, "社群經營")
        dialog.year.setFocus()
        dialog.year.selectAll()
        typed(qtbot, "54")
        seen.look("a refused year", dialog)
        assert dialog.hint.text()
        ok(qtbot, dialog)

    prompts.fill = course
    win.curriculum.act_add_course.trigger()
    seen.texts.extend(action_texts(win.menuBar().actions(), "menu after an edit"))
    seen.look("window after an edit", win)
    win.files.notify_written(str(tmp_path / "out.xlsx"))
    seen.look("status bar after an export", win.statusBar())


def _html(text: str) -> str:
    from PySide6.QtGui import QTextDocumentFragment

    return QTextDocumentFragment.fromHtml(text).toPlainText()


def _panes(win, app, seen: Seen) -> None:
    from views.qt import QToolButton

    for n, act in enumerate(win.tab_actions):
        act.trigger()
        app.processEvents()
        seen.look(f"tab {n + 1}", win)
    win.show_tab(win.panes["matrix"])
    pane = win.panes["matrix"].pane
    for button in pane.findChildren(QToolButton):
        if button.isCheckable() and button.isVisible() and not button.isChecked():
            button.click()
            app.processEvents()
            seen.look(f"matrix {button.text()}", win)
    seen.texts.extend(action_texts(win.menuBar().actions(), "menu"))
    standard = win.standard
    kinds_seen = set()
    for node in standard.model.iter_nodes():
        if node.kind in kinds_seen or node.parent is None:
            continue
        kinds_seen.add(node.kind)
        standard.tree.setCurrentIndex(standard.model.index_of(node))
        app.processEvents()
        seen.look(f"details of a {node.kind}", standard.details)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise")
def test_every_pane_dialog_and_menu_of_the_chinese_window(chinese, db_path, settings, prompts, qtbot, tmp_path):
    from app.curriculum.ops import add_course, create_programme
    from app.workspace import Workspace
    from views.qt import QApplication
    from views.shell import Shell

    ws = Workspace.open(db_path)
    import_v3(ws)
    ws.close()
    app = QApplication.instance()
    shell = Shell(settings, prompts, lang="zh_TW")
    win = shell.open(db_path)
    qtbot.waitExposed(win)
    seen = Seen()
    _panes(win, app, seen)
    _dialogs(win, prompts, qtbot, seen)
    _after_changes(win, prompts, qtbot, seen, tmp_path)
    pid = win.ctx.workspace.perform(create_programme, "空白學程", ["KRM2431-001v2"])
    win.curriculum.choose(pid)
    seen.look("a programme with no courses", win)
    win.ctx.workspace.perform(add_course, pid, "C1", "課程一")
    seen.look("a programme with no modules", win)
    allowed = words_in_the_map(db_path) | words_typed_in_the_guide()
    empty = shell.open(tmp_path / "empty.db", True, sample=False)
    qtbot.waitExposed(empty)
    seen.look("a map with no programme", empty)
    allowed |= words_in_the_map(tmp_path / "empty.db")
    empty.close()

    assert len(seen.texts) > 2000  # it did walk the window
    assert seen.ampersands == []  # "名稱相似門檻(&A)" shown as such: the label lacks its buddy
    bad = offenders(seen.texts, allowed)
    todo = [(pane, why, re.compile(pattern)) for pane, why, pattern in TODO_PANES]
    assert {t: sorted(w) for t, w in bad.items() if not any(p.search(t) for _, _, p in todo)} == {}
    done = [(pane, why) for pane, why, p in todo if not any(p.search(t) for t in bad)]
    assert not done, f"no longer shown in English, take off TODO_PANES: {done}"


@pytest.mark.parametrize("text, words", [
    ("新增課程(&C)…", []), ("K01 市場研究原則與實務", []), ("T1.1 蒐集產業動態資訊", []),
    ("KRM2431-001v2 綜合零售業數位行銷專員", []), ("按鍵：I、R、M 設定教學程度 · Delete 清除", []),
    ("以代碼或文字篩選 (Ctrl+F)", []), ("已寫入 map.xlsx", []), ("curmap 0.1.0 · Qt 6.11.3", []),
    ("Items 21/35 covered", ["Items", "covered"]), ("新增 module", ["module"]), ("K/S/A 項目", []),
])
def test_what_counts_as_an_english_word(text, words):
    assert latin_words(text, set()) == words
