"""Fixtures for driving the real window: isolated settings, answering prompts, fresh maps."""
from __future__ import annotations

import pytest

from views.prompts import Prompts


class FakePrompts(Prompts):
    """Answers every question without a blocking modal, and remembers what was asked."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.warnings: list[tuple[str, str]] = []
        self.questions: list[str] = []
        self.abouts: list[str] = []
        self.answer = True
        self.open_path: str | None = None
        self.save_path: str | None = None
        self.choice: str | None = None
        self.fill = None  # callable(dialog) that types into a form dialog
        self.printed_to: str | None = None  # print_setup sends the printer's output to this PDF

    def confirm(self, parent, title, text):
        self.questions.append(text)
        return self.answer

    def warn(self, parent, title, text):
        self.warnings.append((title, text))

    def inform(self, parent, title, text):
        self.warnings.append((title, text))

    def about(self, parent, title, html):
        self.abouts.append(html)

    def choose(self, parent, title, label, options):
        self.questions.append(label)
        return self.choice if self.choice in options else None

    def open_file(self, parent, caption, directory, filters):
        return self.open_path

    def save_file(self, parent, caption, directory, filters, *, confirm_overwrite=True):
        return self.save_path

    def print_setup(self, parent, printer):
        self.questions.append("print")
        if self.printed_to is None:
            return False
        printer.setOutputFormat(printer.OutputFormat.PdfFormat)
        printer.setOutputFileName(self.printed_to)
        return True

    def run_dialog(self, dialog):
        """Show the dialog (not modal), let the test type into it, and press OK/Cancel there."""
        self.qtbot.addWidget(dialog)
        dialog.show()
        self.qtbot.waitExposed(dialog)
        dialog.activateWindow()  # as exec() does: the keyboard goes to the dialog
        self.qtbot.waitUntil(dialog.isActiveWindow)
        fill, self.fill = self.fill, None
        assert fill is not None, "the test did not expect a dialog here"
        fill(dialog)
        return dialog.result() == dialog.DialogCode.Accepted


@pytest.fixture
def settings(tmp_path):
    from views.settings import file_settings

    return file_settings(tmp_path / "settings" / "curmap.ini")


@pytest.fixture
def prompts(qtbot):
    return FakePrompts(qtbot)


@pytest.fixture
def shell(settings, prompts):
    from views.shell import Shell

    s = Shell(settings, prompts)
    yield s
    if s.window is not None:
        s.window.close()


@pytest.fixture
def window(shell, db_path, qtbot):
    """The window on a new map (the bundled standard and the sample programme)."""
    win = shell.open(db_path)
    assert win is not None
    qtbot.waitExposed(win)
    return win
