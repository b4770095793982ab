"""A tree model over plain Python nodes, shared by the standard browser,
the curriculum and the mapping editor.

Indexes carry the node's key (its place in ``_nodes``) as internalId, so no
Python object has to survive inside Qt; a reset rebuilds the node list.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from views.qt import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

# Flags made once: an expanded tree asks for every row's flags on each layout, and
# combining Qt's enums in Python costs more than the rest of the call.
SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
LEAF = Qt.ItemFlag.ItemNeverHasChildren  # the view need not ask whether it has children
SELECTABLE_LEAF = SELECTABLE | LEAF
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # raw value a proxy sorts by
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # (kind, id) of the row's record
KIND_ROLE = Qt.ItemDataRole.UserRole + 3  # the node kind alone

Index = QModelIndex | QPersistentModelIndex


class Node:
    __slots__ = ("key", "kind", "data", "parent", "row", "children")

    def __init__(self, key: int, kind: str, data: Any, parent: Node | None, row: int) -> None:
        self.key, self.kind, self.data = key, kind, data
        self.parent, self.row = parent, row
        self.children: list[Node] = []

    @property
    def ident(self) -> tuple[str, Any]:
        return self.kind, getattr(self.data, "id", None)


class NodeTreeModel(QAbstractItemModel):
    _headers: tuple[str, ...] = ()  # a subclass sets its (translated) column titles

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._root = Node(0, "root", None, None, 0)
        self._nodes = [self._root]

    # ---- building ---------------------------------------------------------

    def _clear_nodes(self) -> Node:
        for node in self._nodes:  # no parent-child cycles left for the collector (it may never look)
            node.parent, node.children = None, []
        self._root = Node(0, "root", None, None, 0)
        self._nodes = [self._root]
        return self._root

    def _add(self, parent: Node, kind: str, data: Any) -> Node:
        node = Node(len(self._nodes), kind, data, parent, len(parent.children))
        self._nodes.append(node)
        parent.children.append(node)
        return node

    def _insert(self, parent: Node, position: int, entries: list[tuple[str, Any]]) -> list[Node]:
        """Insert ``(kind, data)`` children at ``position``, telling the views (rows below move down)."""
        if not entries:
            return []
        self.beginInsertRows(self.index_of(parent), position, position + len(entries) - 1)
        made = []
        for k, (kind, data) in enumerate(entries):
            node = Node(len(self._nodes), kind, data, parent, position + k)
            self._nodes.append(node)
            made.append(node)
        parent.children[position:position] = made
        for row in range(position + len(made), len(parent.children)):
            parent.children[row].row = row
        self.endInsertRows()
        return made

    def _remove(self, parent: Node, first: int, last: int) -> None:
        """Remove children ``first``..``last`` (their own children go with them)."""
        if last < first:
            return
        self.beginRemoveRows(self.index_of(parent), first, last)
        del parent.children[first:last + 1]
        for row in range(first, len(parent.children)):
            parent.children[row].row = row
        self.endRemoveRows()

    def emit_rows(self, nodes, first_column: int = 0, last_column: int | None = None) -> None:
        """dataChanged for these rows: one signal per parent, from the first to the last of its rows named."""
        last = self.columnCount() - 1 if last_column is None else last_column
        spans: dict[int, tuple[Node, int, int]] = {}
        for node in nodes:
            parent = node.parent
            lo, hi = spans.get(parent.key, (parent, node.row, node.row))[1:]
            spans[parent.key] = (parent, min(lo, node.row), max(hi, node.row))
        for parent, lo, hi in spans.values():
            kids = parent.children
            self.dataChanged.emit(self.createIndex(lo, first_column, kids[lo].key),
                                  self.createIndex(hi, last, kids[hi].key))

    # ---- lookup -----------------------------------------------------------

    def node_of(self, index: Index) -> Node:
        if index.isValid() and index.model() is self:
            return self._nodes[index.internalId()]
        return self._root

    def index_of(self, node: Node, column: int = 0) -> QModelIndex:
        if node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, column, node.key)

    def root_nodes(self) -> list[Node]:
        return self._root.children

    def iter_nodes(self, start: Node | None = None) -> Iterator[Node]:
        stack = [start or self._root]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    def find(self, kind: str, ident: Any) -> QModelIndex:
        for node in self.iter_nodes():
            if node.kind == kind and getattr(node.data, "id", None) == ident:
                return self.index_of(node)
        return QModelIndex()

    # ---- QAbstractItemModel -------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        # hasIndex() would call back into rowCount and columnCount through C++;
        # views ask for thousands of indexes while expanding and sorting.
        if parent.isValid() and (parent.column() > 0 or parent.model() is not self):
            return QModelIndex()
        children = (self._nodes[parent.internalId()] if parent.isValid() else self._root).children
        if not (0 <= row < len(children) and 0 <= column < self.columnCount(parent)):
            return QModelIndex()
        return self.createIndex(row, column, children[row].key)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = self.node_of(index).parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up.key)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() > 0:
            return 0
        return len(self.node_of(parent).children)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None
