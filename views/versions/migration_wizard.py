"""The migration wizard: choose the versions, go through the proposals (accept, change or
drop each), review what it does to coverage, then carry the programme over in one step."""
from __future__ import annotations

from collections.abc import Callable
from html import escape

from app.curriculum.migrate import MigrationPlan, Outcome
from views.i18n import fmt
from views.list_models import ChoiceListModel
from views.qt import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from views.table_base import table_view
from views.versions.compare_dialog import default_pair, threshold_box
from views.versions.coverage_model import CoverageSideBySide
from views.versions.proposal_model import (
    MAPPINGS,
    NOT_CARRIED,
    OLD,
    REASON,
    SCORE,
    TARGET,
    ProposalFilter,
    ProposalModel,
    TargetDelegate,
)
from views.window_layout import fit_to_screen

PlanFor = Callable[[str, str, float], MigrationPlan]  # (old code, new code, threshold) -> a fresh plan
Apply = Callable[[MigrationPlan, bool, bool], bool]  # (plan, drop uncarried, keep old) -> done


class MigrationWizard(QWizard):
    def __init__(self, programme: str, targets: list[str], standards: list[tuple[str, str]], plan_for: PlanFor,
                 apply: Apply, parent: QWidget | None = None, *, old: str | None = None, new: str | None = None,
                 warn: Callable[[str, str], None] | None = None,
                 show_changes: Callable[[str, str], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("migrationWizard")
        self.setWindowTitle(fmt(self.tr("Carry %1 over to a new version"), programme))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)  # the same look on every system
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        fit_to_screen(self, 1000, 640)
        self.programme, self._plan_for, self._apply = programme, plan_for, apply
        self._warn = warn or (lambda title, text: None)
        self.plan: MigrationPlan | None = None
        self.outcome: Outcome | None = None
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Carry over"))
        self.choose = ChoosePage(self, programme, targets, standards, old, new, show_changes)
        self.proposals = ProposalsPage(self)
        self.review = ReviewPage(self)
        for page in (self.choose, self.proposals, self.review):
            self.addPage(page)

    def make_plan(self) -> bool:
        """Read the plan for the versions chosen; False (and a warning) when it cannot be made."""
        from app.errors import user_errors
        from views.i18n import message_of

        old, new = self.choose.codes()
        try:
            plan = self._plan_for(old, new, self.choose.threshold.value() / 100)
        except user_errors() as exc:
            self._warn(self.tr("Cannot plan the migration"), message_of(exc))
            return False
        self.plan = plan
        self.proposals.model.set_plan(plan)
        return True

    def update_outcome(self) -> Outcome | None:
        if self.plan is not None:
            self.outcome = self.plan.outcome(drop_uncarried=self.review.drop.isChecked())
        return self.outcome

    def accept(self) -> None:
        if self.plan is None:
            return
        if self._apply(self.plan, self.review.drop.isChecked(), self.review.keep.isChecked()):
            super().accept()


class ChoosePage(QWizardPage):
    def __init__(self, wizard: MigrationWizard, programme: str, targets: list[str], standards: list[tuple[str, str]],
                 old: str | None, new: str | None, show_changes) -> None:
        super().__init__(wizard)
        self.setObjectName("choosePage")
        self.setTitle(self.tr("Which versions"))
        self.setSubTitle(fmt(self.tr("Programme %1 maps the old version; its mappings are proposed a place in "
                                     "the new one, which you can accept, change or drop."), programme))
        self._codes = [c for c, _ in standards]
        guess_old, guess_new = default_pair(self._codes, new)
        if guess_old not in targets and targets:
            guess_old = next((t for t in targets if t != guess_new), targets[0])
        rows = [(n, f"{code} {name}", name) for n, (code, name) in enumerate(standards)]
        self.old_model, self.new_model = ChoiceListModel(self), ChoiceListModel(self)
        self.old_model.set_choices(rows)
        self.new_model.set_choices(rows)
        self.old_box, self.new_box = QComboBox(self), QComboBox(self)
        for box, model, name, code in ((self.old_box, self.old_model, "fromStandard", old or guess_old),
                                       (self.new_box, self.new_model, "toStandard", new or guess_new)):
            box.setObjectName(name)
            box.setModel(model)
            box.setCurrentIndex(self._codes.index(code) if code in self._codes else -1)
            box.currentIndexChanged.connect(self.completeChanged)
        self.threshold = threshold_box(self)
        self.changes = QPushButton(self.tr("See &what changed…"), self)
        self.changes.setObjectName("seeChanges")
        self.changes.setVisible(show_changes is not None)
        if show_changes is not None:
            self.changes.clicked.connect(lambda: show_changes(*self.codes()))
        form = QFormLayout(self)
        form.addRow(self.tr("Carry &from:"), self.old_box)
        form.addRow(self.tr("Carry &to:"), self.new_box)
        threshold = QHBoxLayout()
        threshold.addWidget(self.threshold)
        note = QLabel(self.tr("Items whose code changed are matched by title when at least this alike; "
                              "each proposal shows its score."), self)
        note.setWordWrap(True)
        threshold.addWidget(note, 1)
        alike = QLabel(self.tr("Match titles &alike at:"), self)
        alike.setBuddy(self.threshold)  # a row of a layout, not a widget: the label needs its buddy named
        form.addRow(alike, threshold)
        changes = QHBoxLayout()
        changes.addWidget(self.changes)
        changes.addStretch(1)
        form.addRow("", changes)

    def codes(self) -> tuple[str, str]:
        pick = lambda box: self._codes[box.currentIndex()] if 0 <= box.currentIndex() < len(self._codes) else ""  # noqa: E731
        return pick(self.old_box), pick(self.new_box)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        old, new = self.codes()
        return bool(old and new and old != new)

    def validatePage(self) -> bool:  # noqa: N802
        return self.wizard().make_plan()


class ProposalsPage(QWizardPage):
    def __init__(self, wizard: MigrationWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("proposalsPage")
        self.setTitle(self.tr("Proposals"))
        self.model = ProposalModel(None, self)
        self.proxy = ProposalFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = table_view(self, "proposalTable", self.proxy, REASON,
                                {OLD: 220, MAPPINGS: 80, TARGET: 260, SCORE: 80})
        self.table.setItemDelegateForColumn(TARGET, TargetDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.only_look = QCheckBox(self.tr("&Only the proposals to check (not the same title)"), self)
        self.only_look.setObjectName("onlyToCheck")
        self.only_look.toggled.connect(self.proxy.set_only_look)
        self.accept_all = QPushButton(self.tr("&Accept all proposals"), self)
        self.accept_all.setObjectName("acceptAll")
        self.drop = QPushButton(self.tr("&Do not carry"), self)
        self.drop.setObjectName("dropSelected")
        self.change = QPushButton(self.tr("C&hange…"), self)
        self.change.setObjectName("changeSelected")
        self.accept_all.clicked.connect(self.model.accept_all)
        self.drop.clicked.connect(lambda: self.model.set_rows(self.selected_rows(), NOT_CARRIED))
        self.change.clicked.connect(self._edit_current)
        self.count = QLabel(self)
        self.count.setObjectName("proposalCount")
        self.model.decisions_changed.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        buttons = QHBoxLayout()
        for w in (self.accept_all, self.change, self.drop):
            buttons.addWidget(w)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.only_look)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        chain = (self.only_look, self.table, self.accept_all, self.change, self.drop)  # Tab goes as they are shown
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        plan = self.wizard().plan
        self.setSubTitle(fmt(self.tr("Where each item of %1 that the programme maps goes in %2. Double-click "
                                     "a proposal (or press F2) to carry it to another item or to none."),
                             plan.old_code, plan.new_code))
        self._update_count()

    def selected_rows(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        return sorted(rows)

    def _edit_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            index = index.siblingAtColumn(TARGET)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def _update_count(self) -> None:
        out = self.wizard().update_outcome() if self.wizard() and self.model.plan else None
        if out is None:
            self.count.clear()
            return
        left = sum(len(p.cells) for p in out.left)
        self.count.setText(self.tr("%n mappings carried", "", out.moved) + " · "
                           + self.tr("%n not carried", "", left))


class ReviewPage(QWizardPage):
    def __init__(self, wizard: MigrationWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("reviewPage")
        self.setTitle(self.tr("Review"))
        self.summary = QLabel(self)
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        self.coverage = CoverageSideBySide(self)
        self.coverage_view = QTableView(self)
        self.coverage_view.setObjectName("coverageBeforeAfter")
        self.coverage_view.setModel(self.coverage)
        self.coverage_view.verticalHeader().hide()
        self.coverage_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.coverage_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.coverage_view.verticalHeader().setDefaultSectionSize(26)
        self.coverage_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.coverage_view.setFixedHeight(26 * 6 + 4)
        self.new_model = ChoiceListModel(self)
        self.new_view = QListView(self)
        self.new_view.setObjectName("newNotCovered")
        self.new_view.setModel(self.new_model)
        self.new_label = QLabel(self)
        self.new_label.setBuddy(self.new_view)
        self.drop = QCheckBox(self)
        self.drop.setObjectName("dropUncarried")
        self.keep = QCheckBox(self)
        self.keep.setObjectName("keepOld")
        self.drop.toggled.connect(self._refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.coverage_view)
        layout.addWidget(self.new_label)
        layout.addWidget(self.new_view, 1)
        layout.addWidget(self.drop)
        layout.addWidget(self.keep)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self._refresh()

    def _refresh(self) -> None:
        wizard = self.wizard()
        out, plan = wizard.update_outcome(), wizard.plan
        if out is None:
            return
        left = sum(len(p.cells) for p in out.left)
        self.setSubTitle(fmt(self.tr("Coverage of %1 now, and of %2 once carried over. One step: Edit ▸ Undo "
                                     "takes it all back."), plan.old_code, plan.new_code))
        lines = [self.tr("%n mappings will be carried over", "", out.moved)]
        if out.merged:
            lines.append(self.tr("%n of them merge into a mapping of the same module (the higher level is kept)",
                                 "", out.merged))
        if left and not self.drop.isChecked():
            lines.append(fmt(self.tr("%1; they stay on %2, which the programme keeps targeting"),
                             self.tr("%n mappings are not carried over", "", left), plan.old_code))
        elif left:
            lines.append(self.tr("%n mappings not carried over will be deleted", "", left))
        if out.indicators_lost:
            lines.append(self.tr("%n carried mappings lose their behaviour indicator", "", out.indicators_lost))
        self.summary.setText("<br>".join(escape(line) for line in lines))
        self.coverage.set_coverage(out.before, out.after)
        rows = [(s.id, s.label(), "") for s in out.new_items_uncovered]
        rows += [(s.id, f"{s.label()} ({status_word(status)})", "") for s, status in out.new_tasks_not_covered]
        self.new_model.set_choices(rows)
        self.new_label.setText(fmt(self.tr("New in %1, nobody covers yet (%2):"), plan.new_code, len(rows)))
        self.drop.setText(fmt(self.tr("&Delete the mappings not carried over (%1)"), left))
        self.drop.setEnabled(bool(left) or self.drop.isChecked())
        self.keep.setText(fmt(self.tr("&Keep targeting %1 as well"), plan.old_code))


def status_word(status: str) -> str:
    from views.coverage_style import status_text

    return status_text(status)
