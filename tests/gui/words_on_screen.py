"""Every text a widget shows (labels, buttons, menus, tabs, headers, rows, tooltips,
placeholders, browsers), and the Latin-letter words among them that are not a code, a
unit, a key, a file name, a product name or a name the user typed."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextBrowser,
    QToolBar,
    QWidget,
    QWizard,
)

# Not words of a language: item and task codes (K01, T1.1, O1.1.1, MKT101, KRM2431-001v2, A·),
# scale and kind letters (I, R, M, K, S, A, L), versions (V2, 6.11.3).
CODE = re.compile(r"^([A-Z]{1,6}\d[\w.\-]*|[A-Z]|[A-Z]{1,3}\d*(\.\d+)+|\d[\w.]*|[vV]\d+)$")
FILE = re.compile(r"^[\w.\-~/\\]*\.(xlsx|ods|db|sqlite|curmap|txt|pdf|odt|html|log|png|ini)$", re.I)
KEYS = {"Ctrl", "Shift", "Alt", "Meta", "Delete", "Del", "Backspace", "Tab", "Enter", "Return", "Esc", "Space",
        "Home", "End", "PgUp", "PgDown", "Up", "Down", "Left", "Right", "Ins", "F1", "F2", "F3", "F5"}
# Names of things, the same in every language.
NAMES = {"curmap", "iCAP", "Qt", "PySide6", "Python", "PDF", "Excel", "LibreOffice", "SQLite", "PostgreSQL",
         "ODF", "XLSX", "ODS", "ODT", "CSV", "HTML", "URL", "ID", "OK"}
UNITS = {"pt", "mm", "cm", "px", "MB", "KB", "GB", "ms", "x"}
EXTENSIONS = {"xlsx", "ods", "odt", "txt", "db", "pdf", "sqlite", "curmap", "html"}  # kinds of file, as in (.xlsx)
MNEMONIC = re.compile(r"\(&?[A-Za-z0-9]\)")  # 開啟(&O): the access key, not a word


def latin_words(text: str, allowed: set[str]) -> list[str]:
    text = MNEMONIC.sub("", text).replace("&&", "&").replace("&", "")
    out = []
    for token in re.findall(r"[A-Za-z0-9][\w.\-~]*(?:[+/][\w.\-]+)*", text):
        if FILE.match(token) or token in allowed:
            continue
        for part in re.split(r"[+/]", token):
            part = part.strip(".-")
            if not part or not re.search(r"[A-Za-z]", part):
                continue
            if CODE.match(part) or part in KEYS or part in NAMES or part in UNITS or part in EXTENSIONS \
                    or part in allowed:
                continue
            out.append(part)
    return out


def _columns(model, parent=QModelIndex()) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model's columnCount is private in PySide
        return 1


def _model_texts(model, where: str, limit: int = 400) -> Iterator[tuple[str, str]]:
    if model is None:
        return
    for orientation in (Qt.Orientation.Horizontal,):
        for col in range(_columns(model)):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(col, orientation, role)
                if isinstance(value, str):
                    yield f"{where} header", value
    seen = 0
    stack = [QModelIndex()]
    while stack and seen < limit:
        parent = stack.pop()
        for row in range(model.rowCount(parent)):
            for col in range(_columns(model, parent)):
                index = model.index(row, col, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str):
                        yield f"{where} row", value
                seen += 1
            first = model.index(row, 0, parent)
            if model.rowCount(first) if not hasattr(model, "setStringList") else 0:
                stack.append(first)


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        from PySide6.QtGui import QTextDocumentFragment

        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def action_texts(actions: Iterable[QAction], where: str) -> Iterator[tuple[str, str]]:
    for act in actions:
        if act.isSeparator():
            continue
        yield where, act.text()
        if act.toolTip():
            yield f"{where} tooltip", act.toolTip()
        if act.menu() is not None:
            act.menu().aboutToShow.emit()
            yield from action_texts(act.menu().actions(), f"{where} ▸ {act.text()}")


def texts_of(root: QWidget, skip: set[str] = frozenset()) -> Iterator[tuple[str, str]]:
    """(where, text) for everything ``root`` and its visible children show."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if w is not root and (not w.isVisibleTo(root) or w.objectName() in skip):
            continue
        if any(p.objectName() in skip for p in _parents(w, root)):
            continue
        where = f"{type(w).__name__}#{w.objectName()}"
        if w.isWindow() and w.windowTitle():
            yield f"{where} title", w.windowTitle()
        if w.toolTip():
            yield f"{where} tooltip", _plain(w.toolTip())
        if isinstance(w, QLabel):
            yield where, _plain(w.text())
        elif hasattr(w, "text") and callable(w.text) and not isinstance(w, (QAbstractSpinBox,)):
            try:
                value = w.text()
            except TypeError:
                value = None
            if isinstance(value, str):
                yield where, value
        if isinstance(w, QLineEdit):
            yield f"{where} placeholder", w.placeholderText()
        if isinstance(w, QAbstractSpinBox):
            yield where, w.text()
        if isinstance(w, QComboBox):
            yield from _model_texts(w.model(), where)
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                yield f"{where} tab", w.tabText(i)
                yield f"{where} tab tooltip", w.tabToolTip(i)
        if isinstance(w, (QTextBrowser, QPlainTextEdit)) or type(w).__name__ == "QTextEdit":
            yield where, w.toPlainText()
        if isinstance(w, QAbstractItemView) and not isinstance(w.parentWidget(), QComboBox):
            yield from _model_texts(w.model(), where)
        if isinstance(w, QToolBar):
            yield from action_texts(w.actions(), f"{where} toolbar")
        if isinstance(w, QWizard):
            page = w.currentPage()
            if page is not None:
                yield f"{where} page", page.title()
                yield f"{where} page", page.subTitle()
            for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                           QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
                yield f"{where} button", w.buttonText(button)
        if isinstance(w, QMenu):
            yield from action_texts(w.actions(), where)


def _parents(w: QWidget, root: QWidget) -> Iterator[QWidget]:
    p = w.parentWidget()
    while p is not None and p is not root:
        yield p
        p = p.parentWidget()


def stray_ampersands(root: QWidget) -> list[str]:
    """Labels that show their access key's "&" as a character: a label with one names a buddy."""
    return [label.text() for label in [root, *root.findChildren(QLabel)]
            if isinstance(label, QLabel) and label.isVisibleTo(root) and label.buddy() is None
            and label.textFormat() != Qt.TextFormat.RichText and "&" in label.text().replace("&&", "")
            and "<" not in label.text()]


def offenders(found: Iterable[tuple[str, str]], allowed: set[str]) -> dict[str, set[str]]:
    """text -> its non-Chinese words, for each text with some."""
    bad: dict[str, set[str]] = {}
    for _where, text in found:
        words = latin_words(text or "", allowed)
        if words:
            bad.setdefault(text, set()).update(words)
    return bad
