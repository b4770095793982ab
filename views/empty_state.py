"""What a pane shows when there is nothing in it yet: what is missing, how to start,
and buttons for the first step (the same commands as the menus)."""
from __future__ import annotations

from views.i18n import fmt, unbroken, without_mnemonic
from views.qt import QAction, QCoreApplication, QHBoxLayout, QLabel, QPushButton, Qt, QVBoxLayout, QWidget

# The states, in the order a new user meets them.
NO_PROGRAMME, NO_COURSES, NO_MODULES, FILLED = "no programme", "no courses", "no modules", ""


class EmptyState(QWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.title = QLabel()
        self.title.setObjectName("emptyTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.text = QLabel()
        self.text.setObjectName("emptyText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self._buttons = QHBoxLayout()
        self._buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QPushButton] = []
        column = QWidget(self)  # lines short enough to read, however wide the window
        column.setMaximumWidth(560)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.title)
        inner.addWidget(self.text)
        inner.addLayout(self._buttons)
        # Centred by stretches, not by an alignment flag: an aligned widget loses its height-for-width,
        # and a wrapped label would be cut to one line.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def show_state(self, title: str, text: str, actions: list[QAction]) -> None:
        self.title.setText(title)
        self.text.setText(unbroken(text))
        if [b.action for b in self.buttons] == actions:
            return
        while self._buttons.count():
            item = self._buttons.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.buttons = [ActionButton(act) for act in actions]
        for button in self.buttons:
            self._buttons.addWidget(button)
        self._buttons.addStretch(1)


class ActionButton(QPushButton):
    """A push button for a menu command: its text, enabled while the command is."""

    def __init__(self, act: QAction) -> None:
        super().__init__(without_mnemonic(act.text()).rstrip("…") + "…")
        self.action = act
        self.setObjectName(f"start_{act.objectName()}")
        self.clicked.connect(act.trigger)
        act.changed.connect(self.follow)  # a bound slot: disconnected when the button goes
        self.follow()

    def follow(self) -> None:
        self.setEnabled(self.action.isEnabled())


def words(state: str, programme: str, wide: bool) -> tuple[str, str]:
    """(title, how to start) for ``state``; ``wide`` for the central area, else the narrow pane."""
    if state == NO_PROGRAMME:
        title = QCoreApplication.translate("EmptyState", "No programme yet")
        text = (QCoreApplication.translate(
            "EmptyState", "A programme holds the courses and modules that you map onto a competency standard "
                          "(職能基準). Create one to start.")
            if wide else QCoreApplication.translate("EmptyState", "Create a programme to start."))
    elif state == NO_COURSES:
        title = fmt(QCoreApplication.translate("EmptyState", "%1 has no courses yet"), programme)
        text = (QCoreApplication.translate(
            "EmptyState", "Add its courses, then each course's modules (units); here you then map each module onto "
                          "the standard's knowledge, skills and attitudes. Or bring the whole curriculum in from a "
                          "curriculum workbook.")
            if wide else QCoreApplication.translate("EmptyState", "Add a course to start, then its modules."))
    else:
        title = fmt(QCoreApplication.translate("EmptyState", "%1 has no modules yet"), programme)
        text = QCoreApplication.translate(
            "EmptyState", "Add the modules (units) of a course; here you then map each one onto the standard's "
                          "knowledge, skills and attitudes.")
    return title, text
