"""Every question the window asks the user, in one replaceable object.

Panes never open a message box or a file chooser themselves; they call a
``Prompts``. Tests pass a subclass that answers without blocking.
"""
from __future__ import annotations

import sys

from views.i18n import fmt, message_of
from views.qt import (
    QAbstractFileIconProvider,
    QApplication,
    QDialog,
    QFileDialog,
    QFileInfo,
    QIcon,
    QInputDialog,
    QMessageBox,
    QStyle,
    QWidget,
)

# Outside Windows a process that opens and closes any descriptor of a SQLite
# file loses every POSIX lock it holds on it; the next program then deletes
# the journal the window still uses, and the window's close writes stale pages
# over its work. Native dialogs (GTK, KDE, macOS) sniff file contents for
# icons and types in our process, so curmap uses Qt's own dialog there, with
# icons and types that never read a file.
NATIVE_DIALOGS = sys.platform == "win32"


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names from the file's kind and name alone: no file is opened."""

    def icon(self, what) -> QIcon:  # noqa: ANN001 - an IconType or a QFileInfo
        style = QApplication.style()
        if isinstance(what, QFileInfo):
            if what.isDir():
                return style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
            return style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        if what == QAbstractFileIconProvider.IconType.Drive:
            return style.standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon)
        if what in (QAbstractFileIconProvider.IconType.Folder, QAbstractFileIconProvider.IconType.Computer):
            return style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        return style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QApplication.translate("Prompts", "Folder")
        suffix = info.suffix()
        if not suffix:
            return QApplication.translate("Prompts", "File")
        return fmt(QApplication.translate("Prompts", "%1 file"), suffix.upper())


class Prompts:
    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def about(self, parent: QWidget | None, title: str, html: str) -> None:
        QMessageBox.about(parent, title, html)

    def open_file(self, parent: QWidget | None, caption: str, directory: str, filters: str) -> str | None:
        return self._file_dialog(parent, caption, directory, filters, QFileDialog.AcceptMode.AcceptOpen)

    def save_file(self, parent: QWidget | None, caption: str, directory: str, filters: str,
                  *, confirm_overwrite: bool = True) -> str | None:
        options = QFileDialog.Option(0) if confirm_overwrite else QFileDialog.Option.DontConfirmOverwrite
        return self._file_dialog(parent, caption, directory, filters, QFileDialog.AcceptMode.AcceptSave, options)

    def _file_dialog(self, parent, caption: str, directory: str, filters: str, mode: QFileDialog.AcceptMode,
                     options: QFileDialog.Option = QFileDialog.Option(0)) -> str | None:
        """Every file chooser of the window: safe beside an open map (see NATIVE_DIALOGS)."""
        dialog = QFileDialog(parent, caption, directory, filters)
        dialog.setAcceptMode(mode)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile if mode == QFileDialog.AcceptMode.AcceptOpen
                           else QFileDialog.FileMode.AnyFile)
        if not NATIVE_DIALOGS:
            options |= QFileDialog.Option.DontUseNativeDialog
            icons = NameOnlyIconProvider()  # the dialog does not own it: kept alive until it closes
            dialog.setIconProvider(icons)
        dialog.setOptions(options)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            files = dialog.selectedFiles()
            return files[0] if files else None
        finally:
            dialog.deleteLater()

    def choose(self, parent: QWidget | None, title: str, label: str, options: list[str]) -> str | None:
        """One of ``options``, or None when the user cancels."""
        choice, ok = QInputDialog.getItem(parent, title, label, options, 0, False)
        return choice if ok else None

    def print_setup(self, parent: QWidget | None, printer) -> bool:
        """Let the user choose the printer and its settings; True to print."""
        from views.qt import QPrintDialog

        return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a form dialog modally; True when the user pressed OK."""
        return dialog.exec() == QDialog.DialogCode.Accepted


def attempt(prompts: Prompts, parent: QWidget | None, title: str, fn, *args, **kwargs):
    """Run ``fn``; a user error (a refused change, a locked file) becomes a warning.

    Returns ``(True, result)`` or ``(False, None)``. Bugs still propagate to
    the exception hook.
    """
    from app.errors import user_errors

    try:
        return True, fn(*args, **kwargs)
    except user_errors() as exc:
        prompts.warn(parent, title, message_of(exc))
        return False, None
