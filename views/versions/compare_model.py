"""The differences between two standard versions as a table, and the filter over it."""
from __future__ import annotations

from app.standards.compare import KINDS, STATUS_TEXT, Comparison, Diff, percent
from views.i18n import fmt
from views.qt import QColor, QCoreApplication, QSortFilterProxyModel, Qt
from views.table_base import FlatTableModel, refilter
from views.tree_base import SORT_ROLE

KIND, STATUS, OLD_CODE, OLD_TITLE, NEW_CODE, NEW_TITLE, SCORE, CHANGES, BEFORE, AFTER = range(10)
KIND_ROLE = Qt.ItemDataRole.UserRole + 10
STATUS_ROLE = Qt.ItemDataRole.UserRole + 11
_DISPLAY, _TIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
# Light tints behind the status word (the word is always there too).
TINTS = {"changed": "#FFF1D6", "removed": "#FBD9CC", "added": "#D6EAF5"}
STATUS_ORDER = {"removed": 0, "changed": 1, "added": 2, "unchanged": 3}


def tr_app(text: str) -> str:
    """An app/ message template in the UI's language (lupdate files them under no context)."""
    return QCoreApplication.translate("", text)


class ComparisonModel(FlatTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.rows: list[Diff] = []
        self._said: list[str] = []  # each row's "what changed", rendered once
        self.kinds = {"duty": self.tr("Duty"), "task": self.tr("Task"), "K": "K", "S": "S", "A": "A"}
        self.headers = (self.tr("Kind"), self.tr("Status"), self.tr("Old code"), self.tr("Old title"),
                        self.tr("New code"), self.tr("New title"), self.tr("Similarity"), self.tr("What changed"),
                        self.tr("Links before"), self.tr("Links after"))

    def set_comparison(self, cmp: Comparison | None) -> None:
        self.beginResetModel()
        self.comparison = cmp
        self.rows = cmp.all() if cmp else []
        self._said = [d.describe().render(tr_app) for d in self.rows]
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.rows)

    def data(self, index, role=_DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        d, col = self.rows[index.row()], index.column()
        if role == _DISPLAY:
            return self._text(index.row(), d, col)
        if role == KIND_ROLE:
            return d.kind
        if role == STATUS_ROLE:
            return d.status
        if role == SORT_ROLE:
            return (KINDS.index(d.kind) if col == KIND else STATUS_ORDER[d.status] if col == STATUS
                    else -1.0 if col == SCORE and d.score is None else d.score if col == SCORE
                    else index.row() if col in (OLD_CODE, NEW_CODE) else self._text(index.row(), d, col) or "")
        if role == Qt.ItemDataRole.BackgroundRole and col == STATUS and d.status in TINTS:
            return QColor(TINTS[d.status])
        if role == Qt.ItemDataRole.TextAlignmentRole and col == SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == _TIP:
            lines = [fmt(self.tr("Old: %1"), d.old.label() if d.old else "—"),
                     fmt(self.tr("New: %1"), d.new.label() if d.new else "—")]
            if self._said[index.row()]:
                lines.append(self._said[index.row()])
            return "\n".join(lines)
        return None

    def _text(self, row: int, d: Diff, col: int):
        if col == KIND:
            return self.kinds[d.kind]
        if col == STATUS:
            return tr_app(STATUS_TEXT[d.status])
        if col in (OLD_CODE, OLD_TITLE):
            return None if d.old is None else d.old.code if col == OLD_CODE else d.old.title
        if col in (NEW_CODE, NEW_TITLE):
            return None if d.new is None else d.new.code if col == NEW_CODE else d.new.title
        if col == SCORE:
            if d.old is not None and d.new is not None:
                return f"{percent(d.score)}%"
            # Unmatched: how near the closest counterpart came, in brackets.
            return f"({percent(d.score)}%)" if d.score else None
        if col == CHANGES:
            return self._said[row]
        return " ".join(d.before if col == BEFORE else d.after)


class ComparisonFilter(QSortFilterProxyModel):
    """Which rows show: one kind or all, unchanged ones or not, and a text to find."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.kind = ""  # "" = every kind
        self.show_unchanged = False
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_filter(self, *, kind: str | None = None, show_unchanged: bool | None = None,
                   text: str | None = None) -> None:
        def change() -> None:
            if kind is not None:
                self.kind = kind
            if show_unchanged is not None:
                self.show_unchanged = show_unchanged
            if text is not None:
                self.text = text.strip().casefold()

        refilter(self, change)

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802 - Qt override
        model = self.sourceModel()
        index = model.index(row, 0, parent)
        if self.kind and index.data(KIND_ROLE) != self.kind:
            return False
        if not self.show_unchanged and index.data(STATUS_ROLE) == "unchanged":
            return False
        if self.text:
            shown = " ".join(str(model.index(row, c, parent).data() or "") for c in range(model.columnCount()))
            return self.text in shown.casefold()
        return True
