"""One module's mappings: every K, S and A item of the programme's standards,
grouped by duty or by kind, with the module's level and "assessed" flag."""
from __future__ import annotations

from collections.abc import Callable

from app.coverage.edit import CLEAR, SET, ASSESS, CellEdit, edit_cells
from app.coverage.live import Delta, LiveModel
from app.coverage.tree import Catalogue, CatalogueItem, catalogue_of
from app.curriculum.mappings import MappingState
from models.levels import label_of
from models.vocabulary import ATTITUDE, COVERED, KNOWLEDGE, SKILL, UNCOVERED
from views.coverage_style import CoverageIcons, status_text
from views.i18n import fmt
from views.qt import QColor, QFont, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from views.table_base import refilter
from views.tree_base import ID_ROLE, KIND_ROLE, SELECTABLE, SELECTABLE_LEAF, SORT_ROLE, Node, NodeTreeModel

COL_CODE, COL_TITLE, COL_LEVEL, COL_ASSESSED, COL_PROGRAMME = range(5)
BY_DUTY, BY_KIND = "duty", "kind"
SCALE_ROLE = Qt.ItemDataRole.UserRole + 20  # the programme's level labels, for the editor
MAPPED_TINT = QColor(0, 114, 178, 28)  # the "covered" blue, faint

Index = QModelIndex | QPersistentModelIndex
_EDITABLE = SELECTABLE_LEAF | Qt.ItemFlag.ItemIsEditable
_CHECKABLE = SELECTABLE_LEAF | Qt.ItemFlag.ItemIsUserCheckable
CellsFn = Callable[[list[MappingState], str, list[MappingState]], None]  # new cells, undo text, cells as seen


class MappingModel(NodeTreeModel):
    """Rows from the live model: a catalogue of the programme's items, and one module's cells.

    Choosing another module repaints only the rows where the two modules
    differ; an edit repaints only the rows of the items it moved.
    """

    def __init__(self, on_cells: CellsFn, parent=None) -> None:
        super().__init__(parent)
        self._on_cells = on_cells
        self.live = LiveModel()
        self.catalogue = Catalogue()  # of self.live's standards
        self.grouping = BY_DUTY
        self.module_id = 0
        self.editable = True
        self._nodes_of: dict[int, list[Node]] = {}  # item id -> its rows (an item can sit under several duties)
        self._icons = CoverageIcons()
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = (self.tr("Code"), self.tr("Item"), self.tr("Mapping level"), self.tr("Assessed"),
                         self.tr("In programme"))

    @property
    def scale(self) -> tuple[str, ...]:
        return self.live.scale

    # ---- feeding ------------------------------------------------------------

    def set_live(self, live: LiveModel, module_id: int, grouping: str | None = None) -> None:
        """A new programme (or a reload): rebuild every row."""
        self.beginResetModel()
        if live is not self.live or not self.catalogue.items:
            self.catalogue = catalogue_of(live.trees)
        self.live, self.module_id = live, module_id
        self.grouping = grouping or self.grouping
        root = self._clear_nodes()
        self._nodes_of = {}
        groups = self.catalogue.by_duty if self.grouping == BY_DUTY else self.catalogue.by_kind
        for group in groups:
            g = self._add(root, "group", group)
            for item_id in group.items:
                self._nodes_of.setdefault(item_id, []).append(self._add(g, "item", self.catalogue.items[item_id]))
        self.endResetModel()

    def item_rows(self) -> int:
        return sum(len(g.children) for g in self._root.children)

    def set_grouping(self, grouping: str) -> None:
        self.set_live(self.live, self.module_id, grouping)

    def set_module(self, module_id: int) -> None:
        """Show another module's cells: only the rows where it differs from the last one move."""
        if module_id == self.module_id:
            return
        old, new = self.live.cells.get(self.module_id, {}), self.live.cells.get(module_id, {})
        self.module_id = module_id
        self._rows_changed({i for i in old.keys() | new.keys() if old.get(i) != new.get(i)})

    def on_delta(self, delta: Delta) -> None:
        """After an edit: the rows of the items it moved (their cells here, or their count in the programme)."""
        self._rows_changed(delta.items)

    def _rows_changed(self, items) -> None:
        """Repaint these items' rows and their groups' ("n of m mapped"): one signal per group.

        (One signal over all groups would make the tree re-measure every row under them.)
        """
        ids = self.live.item_id
        rows = [node for i in items for node in self._nodes_of.get(ids[i], ())]
        self.emit_rows(rows)
        for g in {node.parent.key: node.parent for node in rows}.values():
            index = self.createIndex(g.row, 0, g.key)
            self.dataChanged.emit(index, index)

    # ---- the cells a key or a click asks for ----------------------------------

    def state(self, item_id: int) -> MappingState:
        i = self.live.item_index.get(item_id)
        if i is None or not self.module_id:
            return MappingState(self.module_id, item_id, None)
        return self.live.state(self.module_id, i)

    def edit(self, item_ids: list[int], action: str, level: int = 0) -> CellEdit:
        """What a key (or a click) does to these items of the module shown."""
        index = self.live.item_index
        cells = [(self.module_id, index[i]) for i in item_ids if i in index]
        return edit_cells(self.live, cells, action, level) if self.module_id else CellEdit([], [])

    def describe(self, states: list[MappingState]) -> str:
        """The undo stack's text for a set of cells."""
        items = self.catalogue.items
        first = states[0]
        code = items[first.item_id].code if first.item_id in items else "?"
        if len(states) > 1:
            return self.tr("Map %n items", "", len(states))
        if first.level is None:
            return fmt(self.tr("Unmap %1"), code)
        old = self.state(first.item_id)
        if old.level == first.level and old.assessed != first.assessed:
            return fmt(self.tr("Mark %1 assessed") if first.assessed else self.tr("Mark %1 not assessed"), code)
        return fmt(self.tr("Map %1 at %2"), code, self.label(first.level))

    def label(self, level: int | None) -> str:
        return label_of(level, self.scale)

    # ---- Qt ---------------------------------------------------------------

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (COL_LEVEL, COL_ASSESSED):
            return Qt.AlignmentFlag.AlignCenter
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node, col = self.node_of(index), index.column()
        if role == ID_ROLE:
            return node.ident
        if role == KIND_ROLE:
            return node.kind
        if role == SCALE_ROLE:
            return list(self.scale)
        if node.kind == "group":
            return self._group_data(node, col, role)
        return self._item_data(node.data, node.row, col, role)

    def _group_title(self, node: Node) -> str:
        g = node.data
        if g.key.startswith("kind:"):
            name = {KNOWLEDGE: self.tr("Knowledge"), SKILL: self.tr("Skills"), ATTITUDE: self.tr("Attitudes")}[g.code]
            return f"{g.code} · {name}"
        if g.key.startswith("attitudes:"):
            attitudes = self.tr("Attitudes")
            return f"{g.code} · {attitudes}"
        return f"{g.code} {g.title}"

    def _group_data(self, node: Node, col: int, role: int):
        if role == SORT_ROLE:
            return node.row
        if col != COL_CODE:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            mapped = sum(1 for c in node.children if self.state(c.data.id).level)
            return fmt(self.tr("%1 — %2 of %3 mapped"), self._group_title(node), mapped, len(node.children))
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        return None

    def _item_data(self, item: CatalogueItem, row: int, col: int, role: int):
        s = self.state(item.id)
        if role == Qt.ItemDataRole.BackgroundRole and s.level:
            return MAPPED_TINT  # mapped rows stand out when scanning a long list
        if col == COL_CODE:
            if role == Qt.ItemDataRole.DisplayRole:
                return item.code
            if role == SORT_ROLE:
                return row
        elif col == COL_TITLE:
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return item.title
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{item.code} {item.title}"
        elif col == COL_LEVEL:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.label(s.level)
            if role == Qt.ItemDataRole.FontRole and s.level:
                return self._bold
            if role in (Qt.ItemDataRole.EditRole, SORT_ROLE):
                return s.level or 0
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Keys: I, R, M set the mapping level; Space cycles; Delete clears")
        elif col == COL_ASSESSED:
            if role == Qt.ItemDataRole.CheckStateRole and s.level:
                return Qt.CheckState.Checked if s.assessed else Qt.CheckState.Unchecked
            if role == SORT_ROLE:
                return int(bool(s.level)) + int(s.assessed)
        elif col == COL_PROGRAMME:
            i = self.live.item_index.get(item.id)
            n = self.live.item_mapped[i] if i is not None else 0
            status = COVERED if i is not None and self.live.item_covered(i) else UNCOVERED
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("%n modules", "", n) if n else "—"
            if role == Qt.ItemDataRole.DecorationRole:
                return self._icons[status]
            if role == Qt.ItemDataRole.ToolTipRole:
                return status_text(status)
            if role == SORT_ROLE:
                return n
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        node = self.node_of(index)
        if node.kind != "item":
            return SELECTABLE
        if not self.editable or not self.module_id:
            return SELECTABLE_LEAF
        if index.column() == COL_LEVEL:
            return _EDITABLE
        if index.column() == COL_ASSESSED and self.state(node.data.id).level:
            return _CHECKABLE
        return SELECTABLE_LEAF

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not (self.flags(index) & (Qt.ItemFlag.ItemIsEditable
                                                            | Qt.ItemFlag.ItemIsUserCheckable)):
            return False
        item_id = self.node_of(index).data.id
        if index.column() == COL_LEVEL and role == Qt.ItemDataRole.EditRole:
            level = int(value or 0)
            change = self.edit([item_id], SET, level) if 0 < level <= len(self.scale) else self.edit([item_id], CLEAR)
        elif index.column() == COL_ASSESSED and role == Qt.ItemDataRole.CheckStateRole:
            wanted = Qt.CheckState(value) == Qt.CheckState.Checked
            change = self.edit([item_id], ASSESS) if wanted != self.state(item_id).assessed else CellEdit([], [])
        else:
            return False
        if not change:
            return False
        self._on_cells(change.after, self.describe(change.after), change.before)
        return True


class MappingFilter(QSortFilterProxyModel):
    """Shows the items whose code or title holds the text and, if set, that serve a task."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        # Rows never jump while the user edits them: sorting and filtering never
        # depend on a cell's level, so an edit needs no re-sort (it cost 0.9 s a key).
        self.setDynamicSortFilter(False)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._text = ""
        self._task = 0
        self._task_group = ""

    def set_text(self, text: str) -> bool:
        """Filter by code or title; False when that is already the filter."""
        text = text.strip().casefold()
        if text == self._text:
            return False
        refilter(self, lambda: setattr(self, "_text", text))
        return True

    def set_task(self, task_id: int, group: str = "") -> bool:
        """Only the items of this task, and grouped by duty only under the task's own duty."""
        if (task_id, group) == (self._task, self._task_group):
            return False

        def change() -> None:
            self._task, self._task_group = task_id, group
        refilter(self, change)
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._text and not self._task:
            return True  # asked of every row on each load: answer the common case at once
        model = self.sourceModel()
        if not source_parent.isValid():
            # A group shows when one of its items does (recursive filtering).
            return not self._text and not self._task
        item = model.node_of(model.index(source_row, 0, source_parent)).data
        if self._task:
            group = model.node_of(source_parent).data.key
            if self._task not in item.tasks or (group.startswith("duty:") and group != self._task_group):
                return False
        return not self._text or self._text in f"{item.code} {item.title}".casefold()
