"""Import standard: see what was read, and every doubt, before anything is stored."""
from __future__ import annotations

from typing import TYPE_CHECKING

from app.standards.data import counts_of
from views.i18n import fmt
from views.preview_model import COL_TITLE, PreviewTreeModel, WarningListModel
from views.qt import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListView,
    QSplitter,
    Qt,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from app.standards.parser import Reading


class ImportPreview(QDialog):
    """Shows a Reading; Import accepts, Cancel (or Esc) stores nothing."""

    def __init__(self, reading: Reading, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(self.tr("Import standard: check what was read"))
        self.resize(960, 640)
        std = reading.standard
        layout = QVBoxLayout(self)

        self.heading = QLabel(self)
        self.heading.setObjectName("previewHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setText(fmt(self.tr("%1 %2 (%3, competency level %4), read from %5"), std.code, std.name,
                                 std.name_kind, std.level if std.level is not None else "—", reading.source))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.counts = QLabel(self._counts(reading), self)
        self.counts.setObjectName("previewCounts")
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)

        split = QSplitter(Qt.Orientation.Vertical, self)
        self.model = PreviewTreeModel(self)
        self.model.set_standard(std)
        self.tree = QTreeView(split)
        self.tree.setObjectName("previewTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 120), (2, 60), (3, 150), (4, 150)):
            self.tree.setColumnWidth(col, width)
        for row in range(self.model.rowCount()):
            self.tree.expand(self.model.index(row, 0))

        box = QWidget(split)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        n = len(reading.warnings)
        if n:
            doubts = self.tr("Check before importing (%n doubts):", "", n)
        else:
            doubts = self.tr("Nothing doubtful was found.")
        self.warnings_label = QLabel(doubts, box)
        self.warnings_label.setObjectName("previewWarningsLabel")
        inner.addWidget(self.warnings_label)
        self.warnings = WarningListModel(self)
        self.warnings.set_warnings(reading.source, reading.warnings)
        self.warning_view = QListView(box)
        self.warning_view.setObjectName("previewWarnings")
        self.warning_view.setModel(self.warnings)
        self.warning_view.setWordWrap(True)
        self.warning_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.warning_view.setVisible(bool(n))
        inner.addWidget(self.warning_view)
        split.addWidget(self.tree)
        split.addWidget(box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1 if n else 0)
        layout.addWidget(split, 1)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.import_button.setFocus()

    def _counts(self, reading: Reading) -> str:
        c = counts_of(reading.standard)
        text = self.tr(", ").join((
            self.tr("%n duties", "", c["duties"]), self.tr("%n tasks", "", c["tasks"]),
            self.tr("%n outputs", "", c["outputs"]), self.tr("%n indicators", "", c["indicators"]),
            self.tr("%n knowledge items", "", c["knowledge"]), self.tr("%n skills", "", c["skills"]),
            self.tr("%n attitudes", "", c["attitudes"])))
        if reading.kind == "pdf" and reading.pages:
            text += " · " + self.tr("PDF, %n pages", "", reading.pages)
        return text
