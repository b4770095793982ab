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


def _inside(widget, pane) -> bool:
    left = widget.mapTo(pane, widget.rect().topLeft()).x()
    return left >= 0 and left + widget.width() <= pane.width()


def test_the_matrix(small, qtbot):
    from views.qt import QCheckBox, QComboBox, QToolButton, QWidget

    small.show_tab(small.panes["matrix"])
    pane = small.panes["matrix"].pane
    QApplication.processEvents()
    controls = [w for w in pane.findChildren(QWidget) if isinstance(w, (QToolButton, QComboBox, QCheckBox))
                and w.isVisible() and not pane.stack.isAncestorOf(w)]
    assert len(controls) >= 9
    for w in controls:  # never squeezed ("By dut", "Gaps on"), never off the pane's edge
        assert w.width() >= w.sizeHint().width(), w.objectName() or w.text()
        assert _inside(w, pane), w.objectName()
    for view_button in ("matrixView_tasks", "matrixView_items"):
        pane.findChild(QToolButton, view_button).click()
        QApplication.processEvents()
        legend = pane.legend
        assert legend.height() >= legend.heightForWidth(legend.width()), "the legend is cut"
        assert legend.width() <= pane.width()
        view = pane.view
        assert view.rows.width() <= view.width() // 2  # the row headings leave the modules room
        last = view.columnAt(view.viewport().width() - 1)
        assert last >= 4 or last < 0  # five module columns show, or all of them
        model = view.model()
        row = next(r for r in range(model.rowCount()) if model.row_kind_at(r))
        live, x = model.live, model.ref(row)
        title = live.item_title[x] if model.view == "items" else live.task_title[x]
        assert title in model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)


def test_the_gaps(small, qtbot, qtmodeltester):
    small.show_tab(small.panes["gaps"])
    pane = small.panes["gaps"].pane
    QApplication.processEvents()
    qtmodeltester.check(pane.tasks_model)
    bar = pane.tabs.tabBar()
    for i in range(bar.count()):
        assert bar.tabRect(i).right() <= bar.width()
        assert bar.tabRect(i).width() >= bar.fontMetrics().horizontalAdvance(bar.tabText(i)) + 8, bar.tabText(i)
        assert bar.tabToolTip(i)
    view = pane.tasks_view
    assert view.horizontalScrollBar().maximum() == 0, "the missing items are off the pane's edge"
    assert cut_headings(view.horizontalHeader()) == []
    model = view.model()
    assert model.index(0, 1).data() == "T1.1"  # the standard's order
    status = model.index(0, 3)
    assert status.data(Qt.ItemDataRole.DecorationRole) is not None  # the state's mark, always
    assert text_fits(view, status) if status.data() else pane.tasks_model.compact  # its words whole, or none
    assert view.columnWidth(2) >= 110 and view.columnWidth(5) >= 110  # room for the title and the missing items
    missing = model.index(0, model.columnCount() - 1)
    assert missing.data() == "K01 K02 K03 K04 K05 S01 S02 S03 S04 S05 S06"
    tip = missing.data(Qt.ItemDataRole.ToolTipRole)
    assert "K05" in tip and "S06" in tip  # the whole list, whatever the width shows
    for other in (pane.items_view, pane.modules_view):
        pane.tabs.setCurrentWidget(other)
        QApplication.processEvents()
        assert cut_headings(other.horizontalHeader()) == []
        assert other.horizontalScrollBar().maximum() == 0


def _lines(label) -> list[str]:
    """The lines a word-wrapped label breaks its text into at its width."""
    from PySide6.QtGui import QTextLayout

    text = label.text()
    layout = QTextLayout(text, label.font())
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(label.contentsRect().width())
        lines.append(text[line.textStart():line.textStart() + line.textLength()].replace("\u2060", ""))
    layout.endLayout()
    return lines


def test_a_line_never_breaks_inside_the_word_for_a_standard(shell, tmp_path, qtbot):
    win = shell.open(tmp_path / "empty.db", True, sample=False)
    qtbot.waitExposed(win)
    for width in (1024, 1280):
        win.resize(width, 640)
        qtbot.waitUntil(lambda: win.width() == width)
        QApplication.processEvents()
        lines = _lines(_centre_text(win))
        assert "".join(lines).count("職能基準") == 1 and not any(line.rstrip().endswith(("職", "職能", "職能基"))
                                                              for line in lines), lines


def _centre_text(win):
    from views.empty_state import EmptyState

    return next(e for e in win.findChildren(EmptyState) if e.isVisible() and "職能基準" in e.text.text()
                .replace("\u2060", "")).text
