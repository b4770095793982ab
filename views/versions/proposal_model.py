"""The migration wizard's proposals: one row per mapped item of the old version, its target
editable (another item, or none), and the delegate that offers the choices."""
from __future__ import annotations

from app.curriculum.migrate import CHOSEN, DROPPED, REASON_TEXT, MigrationPlan, Proposal
from app.standards.compare import percent
from views.i18n import fmt
from views.list_models import ChoiceListModel
from views.qt import (
    QColor,
    QComboBox,
    QFont,
    QSortFilterProxyModel,
    QStyledItemDelegate,
    Qt,
    Signal,
)
from views.table_base import FlatTableModel, refilter
from views.tree_base import SORT_ROLE
from views.versions.compare_model import tr_app

OLD, MAPPINGS, TARGET, SCORE, REASON = range(5)
NOT_CARRIED = 0  # the target id that means "do not carry"
LOOK_ROLE = Qt.ItemDataRole.UserRole + 20  # True when the row deserves a look (not an exact match)
_DISPLAY, _EDIT, _TIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole
LEFT_TINT, CHOSEN_TINT = "#FBD9CC", "#FFF1D6"


class ProposalModel(FlatTableModel):
    decisions_changed = Signal()

    def __init__(self, plan: MigrationPlan | None = None, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.headers = (self.tr("Item in the old version"), self.tr("Mappings"), self.tr("Carry to"),
                        self.tr("Similarity"), self.tr("Why"))
        self._bold = QFont()
        self._bold.setBold(True)

    def set_plan(self, plan: MigrationPlan | None) -> None:
        self.beginResetModel()
        self.plan = plan
        self.endResetModel()

    def proposal(self, row: int) -> Proposal:
        return self.plan.proposals[row]

    def row_count(self) -> int:
        return 0 if self.plan is None else len(self.plan.proposals)

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() == TARGET else base

    def data(self, index, role=_DISPLAY):
        if not index.isValid() or self.plan is None or not 0 <= index.row() < len(self.plan.proposals):
            return None
        p, col = self.plan.proposals[index.row()], index.column()
        target = self.plan.choice(p)
        reason = self.plan.decided_reason(p)
        if role == _DISPLAY:
            if col == OLD:
                return p.old.label()
            if col == MAPPINGS:
                return str(len(p.cells))
            if col == TARGET:
                return target.label() if target else self.tr("— not carried —")
            if col == SCORE:
                score = self.plan.score_of(p, target) if target else p.score
                return None if score is None else f"{percent(score)}%"
            if col == REASON:
                return self.reason_text(p, reason)
        if role == _EDIT and col == TARGET:
            return target.id if target else NOT_CARRIED
        if role == _TIP:
            if col == MAPPINGS:
                return "\n".join(self.plan.modules[c.module_id].label() for c in p.cells)
            if col == REASON:
                return self.reason_text(p, reason)
            if col == TARGET:
                return self.tr("Double-click or press F2 to carry it to another item, or to none")
        if role == Qt.ItemDataRole.BackgroundRole and col == TARGET:
            if target is None:
                return QColor(LEFT_TINT)
            if reason == CHOSEN:
                return QColor(CHOSEN_TINT)
        if role == Qt.ItemDataRole.FontRole and col == TARGET and reason in (CHOSEN, DROPPED):
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (MAPPINGS, SCORE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == LOOK_ROLE:
            return target is None or reason in (CHOSEN, DROPPED) or (p.score or 0) < 1
        if role == SORT_ROLE:
            return (index.row() if col in (OLD, TARGET) else len(p.cells) if col == MAPPINGS
                    else (p.score or 0) if col == SCORE else self.reason_text(p, reason))
        return None

    def reason_text(self, p: Proposal, reason: str) -> str:
        if reason == p.reason:
            return p.reason_text().render(tr_app)
        return tr_app(REASON_TEXT[reason])

    def setData(self, index, value, role=_EDIT) -> bool:  # noqa: N802 - Qt override
        if not index.isValid() or index.column() != TARGET or role != _EDIT or self.plan is None:
            return False
        p = self.plan.proposals[index.row()]
        self.plan.decide(p.old.id, None if int(value) == NOT_CARRIED else int(value))
        self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(len(self.headers) - 1))
        self.decisions_changed.emit()
        return True

    def set_rows(self, rows: list[int], target: int | None) -> None:
        """Carry the rows' items to ``target`` (an item id; None = their proposals; NOT_CARRIED = nowhere)."""
        for row in rows:
            p = self.plan.proposals[row]
            self.plan.decide(p.old.id, (p.target.id if p.target else None) if target is None
                             else None if target == NOT_CARRIED else target)
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(self.headers) - 1))
            self.decisions_changed.emit()

    def accept_all(self) -> None:
        self.set_rows(list(range(self.rowCount())), None)

    def choices(self, row: int) -> list[tuple[int, str, str]]:
        """What the target can be: none, then the new version's items, the most alike first."""
        p = self.plan.proposals[row]
        out = [(NOT_CARRIED, self.tr("— not carried —"), self.tr("The mappings stay on the old version"))]
        for side, score in self.plan.candidates(p.old.id):
            out.append((side.id, fmt(self.tr("%1 (%2% alike)"), side.label(), percent(score)), side.title))
        return out


class ProposalFilter(QSortFilterProxyModel):
    """All proposals, or only those worth a look (not an exact match)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.only_look = False
        self.setSortRole(SORT_ROLE)

    def set_only_look(self, on: bool) -> None:
        refilter(self, lambda: setattr(self, "only_look", on))

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802 - Qt override
        return not self.only_look or bool(self.sourceModel().index(row, 0, parent).data(LOOK_ROLE))


class TargetDelegate(QStyledItemDelegate):
    """Edits the target with a drop-down of the proposal's choices."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        source, row = self._source(index)
        box = QComboBox(parent)
        box.setObjectName("targetChoice")
        choices = ChoiceListModel(box)
        choices.set_choices(source.choices(row))
        box.setModel(choices)
        box.setMaxVisibleItems(15)
        return box

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        current = index.data(_EDIT)
        editor.setCurrentIndex(max(0, editor.model().row_of(current)))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        model.setData(index, editor.model().id_at(editor.currentIndex()), _EDIT)

    def _source(self, index) -> tuple[ProposalModel, int]:
        model = index.model()
        if isinstance(model, QSortFilterProxyModel):
            return model.sourceModel(), model.mapToSource(index).row()
        return model, index.row()

