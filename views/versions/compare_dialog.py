"""The compare view: pick two standards, see what changed between them, export it, or
carry the programme over. It stays open beside the main window."""
from __future__ import annotations

from collections.abc import Callable
from html import escape

from app.standards.compare import KINDS, Comparison, base_code, version_of
from app.standards.similarity import THRESHOLD
from views.fields import ElidedComboBox
from views.i18n import fmt
from views.list_models import ChoiceListModel
from views.qt import (
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    Qt,
    QVBoxLayout,
    QWidget,
)
from views.table_base import table_view
from views.versions.compare_model import (
    AFTER,
    BEFORE,
    CHANGES,
    KIND,
    NEW_CODE,
    NEW_TITLE,
    OLD_CODE,
    OLD_TITLE,
    SCORE,
    STATUS,
    ComparisonFilter,
    ComparisonModel,
)
from views.window_layout import fit_to_screen

Compare = Callable[[str, str, float], Comparison]  # (old code, new code, threshold) -> the comparison


def default_pair(codes: list[str], preferred_new: str | None = None) -> tuple[str, str]:
    """The newest standard and the version before it, when the map holds two versions of one."""
    ordered = sorted(codes, key=lambda c: (base_code(c), version_of(c)))
    if preferred_new in codes:
        older = [c for c in ordered if base_code(c) == base_code(preferred_new)
                 and version_of(c) < version_of(preferred_new)]
        return (older[-1] if older else next(c for c in ordered if c != preferred_new)), preferred_new
    for new in reversed(ordered):
        older = [c for c in ordered if base_code(c) == base_code(new) and version_of(c) < version_of(new)]
        if older:
            return older[-1], new
    return (ordered[0], ordered[-1]) if ordered else ("", "")


def threshold_box(parent: QWidget) -> QSpinBox:
    """How alike titles must be to match when codes differ, in percent (the compare view and the wizard)."""
    box = QSpinBox(parent)
    box.setObjectName("threshold")
    box.setRange(10, 100)
    box.setSingleStep(5)
    box.setValue(round(THRESHOLD * 100))
    box.setSuffix("%")
    box.setToolTip(QCoreApplication.translate("CompareDialog",
                                              "How alike two titles must be to match when their codes differ"))
    return box


class CompareDialog(QDialog):
    def __init__(self, standards: list[tuple[str, str]], compare: Compare, parent: QWidget | None = None, *,
                 on_export: Callable[[Comparison], None] | None = None,
                 on_migrate: Callable[[str, str], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("Compare standards"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        fit_to_screen(self, 1240, 680)
        self._compare, self._on_export, self._on_migrate = compare, on_export, on_migrate
        self.comparison: Comparison | None = None

        self.old_model, self.new_model = ChoiceListModel(self), ChoiceListModel(self)
        self.old_box = self._combo(self.old_model, "oldStandard")
        self.new_box = self._combo(self.new_model, "newStandard")
        self.threshold = threshold_box(self)
        self.kind_model = ChoiceListModel(self)
        self.kind_model.set_choices([(0, self.tr("Everything"), "")] + [
            (n + 1, text, "") for n, text in enumerate((self.tr("Duties"), self.tr("Tasks"), self.tr("Knowledge (K)"),
                                                        self.tr("Skills (S)"), self.tr("Attitudes (A)")))])
        self.kind_box = self._combo(self.kind_model, "kindFilter")
        self.unchanged = QCheckBox(self.tr("Show &unchanged"), self)
        self.unchanged.setObjectName("showUnchanged")
        self.find = QLineEdit(self)
        self.find.setObjectName("find")
        self.find.setPlaceholderText(self.tr("Find a code or a title"))
        self.find.setClearButtonEnabled(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("compareSummary")
        self.summary.setWordWrap(True)

        self.model = ComparisonModel(self)
        self.proxy = ComparisonFilter(self)
        self.proxy.setSourceModel(self.model)
        narrow = self.width() < 1200  # a small screen: titles and links give "What changed" room
        title, links = (120, 80) if narrow else (170, 110)
        self.table = table_view(self, "comparisonTable", self.proxy, CHANGES, {
            KIND: 52, STATUS: 76, OLD_CODE: 56, OLD_TITLE: title, NEW_CODE: 56, NEW_TITLE: title, SCORE: 70,
            BEFORE: links, AFTER: links})

        self.export_button = QPushButton(self.tr("&Export to workbook…"), self)
        self.export_button.setObjectName("exportComparison")
        self.migrate_button = QPushButton(self.tr("&Carry programme over…"), self)
        self.migrate_button.setObjectName("carryOver")
        for button in (self.export_button, self.migrate_button):
            button.setAutoDefault(False)  # Enter in the find box must not export or migrate
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.migrate_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.migrate_button.setVisible(on_migrate is not None)  # after addButton, which shows it
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        for label, widget in ((self.tr("&Old version:"), self.old_box), (self.tr("&New version:"), self.new_box),
                              (self.tr("Titles &alike at:"), self.threshold)):
            top.addWidget(self._buddy(label, widget))
            top.addWidget(widget, 1 if widget is not self.threshold else 0)
        filters = QHBoxLayout()
        filters.addWidget(self._buddy(self.tr("&Show:"), self.kind_box))
        filters.addWidget(self.kind_box)
        filters.addWidget(self.unchanged)
        filters.addWidget(self.find, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

        self.set_standards(standards)
        self.old_box.currentIndexChanged.connect(self.refresh)
        self.new_box.currentIndexChanged.connect(self.refresh)
        self.threshold.valueChanged.connect(self.refresh)
        self.kind_box.currentIndexChanged.connect(
            lambda row: self.proxy.set_filter(kind=("", *KINDS)[max(0, row)]))
        self.unchanged.toggled.connect(lambda on: self.proxy.set_filter(show_unchanged=on))
        self.find.textChanged.connect(lambda text: self.proxy.set_filter(text=text))
        self.export_button.clicked.connect(self._export)
        self.migrate_button.clicked.connect(self._migrate)

    # ---- building -------------------------------------------------------------

    def _combo(self, model: ChoiceListModel, name: str) -> QComboBox:
        box = ElidedComboBox(self)  # a standard's long name must not widen the dialog past a small screen
        box.setObjectName(name)
        box.setModel(model)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(14)
        return box

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    # ---- state ------------------------------------------------------------------

    def set_standards(self, standards: list[tuple[str, str]], old: str | None = None, new: str | None = None) -> None:
        """The standards to choose from, (code, name); selects ``old`` → ``new``, else a likely pair."""
        self._codes = [code for code, _ in standards]
        rows = [(n, f"{code} {name}", name) for n, (code, name) in enumerate(standards)]
        for box, model in ((self.old_box, self.old_model), (self.new_box, self.new_model)):
            box.blockSignals(True)
            model.set_choices(rows)
            box.blockSignals(False)
        guess_old, guess_new = default_pair(self._codes, new)
        self.select(old or guess_old, new or guess_new)

    def select(self, old: str, new: str) -> None:
        for box, code in ((self.old_box, old), (self.new_box, new)):
            box.blockSignals(True)
            box.setCurrentIndex(self._codes.index(code) if code in self._codes else -1)
            box.blockSignals(False)
        self.refresh()

    def codes(self) -> tuple[str, str]:
        pick = lambda box: self._codes[box.currentIndex()] if 0 <= box.currentIndex() < len(self._codes) else ""  # noqa: E731
        return pick(self.old_box), pick(self.new_box)

    def refresh(self) -> None:
        old, new = self.codes()
        cmp = self._compare(old, new, self.threshold.value() / 100) if old and new and old != new else None
        self.comparison = cmp
        self.model.set_comparison(cmp)
        self.export_button.setEnabled(cmp is not None)
        self.migrate_button.setEnabled(cmp is not None)
        self.summary.setText(self._summary(cmp, old, new))

    def _summary(self, cmp: Comparison | None, old: str, new: str) -> str:
        if cmp is None:
            return self.tr("Choose two different standards to compare.")
        names = {"duty": self.tr("Duties"), "task": self.tr("Tasks"), "K": self.tr("Knowledge"),
                 "S": self.tr("Skills"), "A": self.tr("Attitudes")}
        counts = cmp.counts()
        parts = []
        for kind in KINDS:
            c = counts[kind]
            bits = [text for text, status in ((self.tr("%n changed", "", c["changed"]), "changed"),
                                              (self.tr("%n removed", "", c["removed"]), "removed"),
                                              (self.tr("%n added", "", c["added"]), "added")) if c[status]]
            parts.append(f"<b>{escape(names[kind])}</b> " + escape(", ".join(bits) or self.tr("no change")))
        return escape(fmt(self.tr("%1 → %2:"), cmp.old.code, cmp.new.code)) + " " + " · ".join(parts)

    # ---- commands --------------------------------------------------------------

    def _export(self) -> None:
        if self.comparison is not None and self._on_export is not None:
            self._on_export(self.comparison)

    def _migrate(self) -> None:
        if self.comparison is not None and self._on_migrate is not None:
            self._on_migrate(*self.codes())
