"""What an import read, before it is stored: the standard as a tree, and its warnings.

Both are fed plain data from app/ (a Reading); nothing here touches the map.
"""
from __future__ import annotations

from app.standards.data import ParsedStandard
from app.standards.places import ParseWarning
from views.i18n import fmt
from views.qt import (QAbstractListModel, QApplication, QCoreApplication, QModelIndex, QPersistentModelIndex, QStyle,
                      Qt)
from views.tree_base import KIND_ROLE, Node, NodeTreeModel

COL_CODE, COL_TITLE, COL_LEVEL, COL_K, COL_S = range(5)
Index = QModelIndex | QPersistentModelIndex


class PreviewTreeModel(NodeTreeModel):
    """Duties -> tasks -> (blocks, outputs, indicators); then the K, S and A lists."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Code"), self.tr("Title"), self.tr("Competency level"), self.tr("Knowledge (K)"),
                         self.tr("Skills (S)"))
        self._block = self.tr("Block %1")
        self._groups = {"K": self.tr("Knowledge (K)"), "S": self.tr("Skills (S)"), "A": self.tr("Attitudes (A)")}

    def set_standard(self, std: ParsedStandard) -> None:
        self.beginResetModel()
        root = self._clear_nodes()
        for duty in std.duties:
            d = self._add(root, "duty", duty)
            for task in duty.tasks:
                t = self._add(d, "task", task)
                if len(task.blocks) > 1:
                    for n, block in enumerate(task.blocks, 1):
                        self._add(t, "block", (n, block))
                for out in task.outputs:
                    self._add(t, "output", out)
                for ind in task.indicators:
                    self._add(t, "indicator", ind)
        for kind, items in (("K", std.knowledge), ("S", std.skills), ("A", std.attitudes)):
            n = len(items)
            count = self.tr("%n items", "", n)
            group = self._add(root, "items", (self._groups[kind], count))
            for item in items:
                self._add(group, "item", item)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = self.node_of(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._cells(node)[index.column()]
            return text if role == Qt.ItemDataRole.DisplayRole or text else None
        if role == KIND_ROLE:
            return node.kind
        return None

    def _cells(self, node: Node) -> tuple[str, str, str, str, str]:
        data = node.data
        if node.kind == "duty":
            return data.code, data.title, "", "", ""
        if node.kind == "task":
            levels = ", ".join(dict.fromkeys(str(b.level) for b in data.blocks)) or str(data.level)
            return data.code, data.title, levels, " ".join(data.knowledge), " ".join(data.skills)
        if node.kind == "block":
            n, block = data
            return fmt(self._block, n), "", str(block.level), " ".join(block.knowledge), " ".join(block.skills)
        if node.kind == "output":
            return data.code, data.title, "", "", ""
        if node.kind == "indicator":
            return data.code, data.text, "", "", ""
        if node.kind == "items":
            name, count = data
            return name, count, "", "", ""
        return data.code, data.title, "", "", ""


class WarningListModel(QAbstractListModel):
    """The warnings, each with its place, in the user's language."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[str] = []

    def set_warnings(self, source: str, warnings: list[ParseWarning]) -> None:
        self.beginResetModel()
        translate = lambda text: QCoreApplication.translate("", text)  # noqa: E731 - app/ messages
        self._rows = [w.render(source, translate) for w in warnings]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()]
        if role == Qt.ItemDataRole.DecorationRole:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None
