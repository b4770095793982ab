"""Every question the window asks the user, in one replaceable object.

Panes never open a message box or a file chooser themselves; they call a
``Prompts``. Tests pass a subclass that answers without blocking.
"""
from __future__ import annotations

from views.i18n import message_of
from views.qt import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget


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
        path, _ = QFileDialog.getOpenFileName(parent, caption, directory, filters)
        return path or None

    def save_file(self, parent: QWidget | None, caption: str, directory: str, filters: str,
                  *, confirm_overwrite: bool = True) -> str | None:
        options = QFileDialog.Option(0) if confirm_overwrite else QFileDialog.Option.DontConfirmOverwrite
        path, _ = QFileDialog.getSaveFileName(parent, caption, directory, filters, options=options)
        return path or None

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
