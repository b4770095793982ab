"""Help: the user guide (bundled HTML, English or Traditional Chinese, read offline)
and the keyboard shortcuts, listed from the window's own actions so the list
never goes stale."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

from views.qt import (
    QAbstractTableModel,
    QAction,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QKeySequence,
    QMenu,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTableView,
    QTextBrowser,
    QUrl,
    QVBoxLayout,
    QWidget,
)
from views.i18n import without_mnemonic
from views.window_layout import fit_to_screen


def guide_file(lang: str) -> Path:
    name = "guide_zh_TW.html" if lang == "zh_TW" else "guide_en.html"
    return Path(str(resources.files("resources").joinpath("help", name)))


class GuideWindow(QDialog):
    """The guide in a browser that follows its own links and the table of contents."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideWindow")
        self.setWindowTitle(self.tr("curmap guide"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(True)
        self.browser.setSource(QUrl.fromLocalFile(str(guide_file(lang))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        fit_to_screen(self, 720, 640)


def show_guide(window, lang: str) -> GuideWindow:
    guide = getattr(window, "guide_window", None)
    if guide is None:
        guide = window.guide_window = GuideWindow(lang, window)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide


def _plain(text: str) -> str:
    """A menu text as read: no access key (neither & nor Chinese "(&F)"), no trailing …"""
    return without_mnemonic(text).rstrip("…").rstrip(".")


def shortcut_rows(window) -> list[tuple[str, str]]:
    """(where and what, its keys) for every action of the window that has a shortcut, menus first."""
    rows: list[tuple[str, str]] = []
    seen: set[int] = set()

    def walk(menu: QMenu, path: str) -> None:
        for act in menu.actions():
            if act.menu() is not None:
                walk(act.menu(), f"{path} ▸ {_plain(act.text())}")
            elif not act.isSeparator():
                seen.add(id(act))
                if act.shortcuts():
                    rows.append((f"{path} ▸ {_plain(act.text())}", _keys(act)))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), _plain(top.text()))
    others = [a for a in window.findChildren(QAction) if id(a) not in seen and a.shortcuts() and a.text()]
    for act in sorted(others, key=lambda a: _plain(a.text())):
        rows.append((_plain(act.text()), _keys(act)))
    return rows


def _keys(act: QAction) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in act.shortcuts())


class ShortcutModel(QAbstractTableModel):
    def __init__(self, rows: list[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        self._rows = rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Command"), self.tr("Keys"))[section]
        return None


class ShortcutsDialog(QDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.model = ShortcutModel(shortcut_rows(window), self)
        self.view = QTableView(self)
        self.view.setObjectName("shortcutsView")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setTabKeyNavigation(False)  # Tab goes on to Close
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 560)


def show_shortcuts(window) -> ShortcutsDialog:
    dialog = ShortcutsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.shortcuts_dialog = dialog
    dialog.show()
    return dialog
