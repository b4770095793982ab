"""Every pane on a 1024x640 screen, in both languages: headings, hints and titles are whole
(wrapped or shortened, never cut), and what a narrow pane leaves out is in a tooltip."""
from __future__ import annotations

import pytest

from views.qt import QApplication, QRect, Qt

pytestmark = pytest.mark.gui
WRAP = int(Qt.TextFlag.TextWordWrap)


@pytest.fixture(params=["en", "zh_TW"])
def small(request, db_path, settings, prompts, qtbot):
    """The window at 1024x640 in each language."""
    from views.i18n import install_translators, remove_translators
    from views.shell import Shell

    app = QApplication.instance()
    translators = install_translators(app, request.param) if request.param != "en" else []
    win = Shell(settings, prompts, lang=request.param).open(db_path)
    qtbot.waitExposed(win)
    win.resize(1024, 640)
    qtbot.waitUntil(lambda: win.width() == 1024)
    QApplication.processEvents()
    yield win
    win.close()
    remove_translators(app, translators)


def cut_headings(header) -> list[str]:
    """The header texts that do not fit their section: a word wider than it, or more lines than it is tall."""
    model, fm = header.model(), header.fontMetrics()
    bad = []
    for col in range(header.count()):
        if header.isSectionHidden(col):
            continue
        text = str(model.headerData(col, header.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        width = header.sectionSize(col) - 8
        needed = fm.boundingRect(QRect(0, 0, width, 10_000), WRAP, text)
        if needed.width() > width or needed.height() > header.height() - 2:
            bad.append(text)
    return bad


def text_fits(view, index) -> bool:
    """Whether the row's text shows whole in its cell (the icon, if any, and margins aside)."""
    rect = view.visualRect(index)
    icon = 20 if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0
    return view.fontMetrics().horizontalAdvance(str(index.data())) + icon + 8 <= rect.width()


def test_the_mapping_editor(small):
    editor = small.mapping
    small.show_tab(editor)
    QApplication.processEvents()
    assert cut_headings(editor.view.header()) == []
    box = editor.filter
    assert box.fontMetrics().horizontalAdvance(box.placeholderText()) <= box.width() - 32, box.placeholderText()
    assert "Ctrl+F" in box.toolTip()
    hint = editor.hint
    assert hint.height() >= hint.heightForWidth(hint.width()), "the key hint is cut"


def test_the_standard_pane_gives_the_titles_room(small, qtmodeltester):
    pane = small.standard
    model, tree = pane.model, pane.tree
    assert model.compact
    qtmodeltester.check(model)
    assert cut_headings(tree.header()) == []
    task = model.find("task", small.ctx.read(_task_id, "T1.1"))
    assert text_fits(tree, task), task.data()
    coverage = task.siblingAtColumn(2)
    assert coverage.data(Qt.ItemDataRole.DecorationRole) is not None  # the state's icon stays
    assert coverage.data(Qt.ItemDataRole.ToolTipRole)  # its words in the tooltip


def test_a_wide_standard_pane_shows_every_column(window, qtbot):
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.standard.width() > 450)
    pane = window.standard
    assert not pane.tree.isColumnHidden(1) and not pane.model.compact
    assert cut_headings(pane.tree.header()) == []
    task = pane.model.find("task", window.ctx.read(_task_id, "T1.1"))
    assert task.siblingAtColumn(1).data() == "3" and task.siblingAtColumn(2).data() == "Not covered"


def test_a_map_with_no_programme_shows_its_standards(shell, tmp_path, qtbot, qtmodeltester):
    win = shell.open(tmp_path / "empty.db", True, sample=False)
    qtbot.waitExposed(win)
    pane = win.standard
    qtmodeltester.check(pane.model)
    root = pane.model.index(0, 0)
    assert root.data().startswith("KRM2431-001v2")
    assert pane.model.rowCount(root) == 6  # five duties and the attitudes
    assert pane.tree.isColumnHidden(2)  # no coverage without a programme
    task = pane.model.find("task", win.ctx.read(_task_id, "T1.1"))
    pane.tree.setCurrentIndex(task)
    text = pane.details.toPlainText()
    assert "T1.1" in text and "Not covered" not in text


def _task_id(db, code: str) -> int:
    from sqlalchemy import select

    from models.tables import task

    return db.execute(select(task.c.id).where(task.c.code == code)).scalar_one()


def test_the_first_programme_brings_coverage_to_the_standard_pane(shell, tmp_path, qtbot):
    from app.curriculum.ops import create_programme

    win = shell.open(tmp_path / "empty.db", True, sample=False)
    qtbot.waitExposed(win)
    pid = win.ctx.workspace.perform(create_programme, "P", ["KRM2431-001v2"])
    win.curriculum.reload_programmes()
    win.curriculum.choose(pid)
    pane = win.standard
    qtbot.waitUntil(lambda: not pane.model.browsing)
    qtbot.waitUntil(lambda: not pane.tree.isColumnHidden(2))
    task = pane.model.find("task", win.ctx.read(_task_id, "T1.1"))
    assert task.siblingAtColumn(2).data(Qt.ItemDataRole.ToolTipRole) == "Not covered"
