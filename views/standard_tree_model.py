"""The programme's standards as a tree: standard -> duties -> tasks -> outputs,
indicators and linked K/S items, plus an Attitudes node; tasks and items
carry their coverage state."""
from __future__ import annotations

from app.standards.queries import StandardTree
from app.coverage.tree import CoverageMarks
from views.coverage_style import COVERED, ORDER, UNCOVERED, CoverageIcons, combine, status_text
from views.i18n import fmt
from views.qt import QModelIndex, QPersistentModelIndex, Qt
from views.tree_base import ID_ROLE, KIND_ROLE, SORT_ROLE, Node, NodeTreeModel

COL_TITLE, COL_LEVEL, COL_COVERAGE = range(3)
STATUS_ROLE = Qt.ItemDataRole.UserRole + 10  # covered / partial / uncovered, or None


class StandardTreeModel(NodeTreeModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._marks = CoverageMarks()
        self._icons = CoverageIcons()
        self._headers = (self.tr("Code / title"), self.tr("Level"), self.tr("Coverage"))

    def set_standards(self, trees: list[StandardTree], marks: CoverageMarks) -> None:
        self.beginResetModel()
        root = self._clear_nodes()
        self._marks = marks
        for tree in trees:
            std = self._add(root, "standard", tree)
            items = {i.code: i for i in tree.items()}
            for duty in tree.duties:
                d = self._add(std, "duty", duty)
                for task in duty.tasks:
                    t = self._add(d, "task", task)
                    for out in task.outputs:
                        self._add(t, "output", out)
                    for ind in task.indicators:
                        self._add(t, "indicator", ind)
                    for code in (*task.knowledge, *task.skills):
                        self._add(t, "item", items[code])
            if tree.attitudes:
                a = self._add(std, "attitudes", tree)
                for item in tree.attitudes:
                    self._add(a, "item", item)
        self.endResetModel()

    def set_marks(self, marks: CoverageMarks) -> None:
        """New coverage, same text: repaint the coverage column only."""
        self._marks = marks
        self._emit_all_changed(COL_COVERAGE, COL_COVERAGE)

    def item_covered(self, item_id: int) -> bool:
        cov = self._marks.items.get(item_id)
        return bool(cov and cov.covered)

    # ---- coverage of a node -----------------------------------------------

    def status_of(self, node: Node) -> str | None:
        if node.kind == "task":
            return self._marks.tasks.get(node.data.id, UNCOVERED)
        if node.kind == "item":
            cov = self._marks.items.get(node.data.id)
            return COVERED if cov and cov.covered else UNCOVERED
        if node.kind in ("duty", "standard"):
            return combine([self.status_of(t) for t in self._tasks_under(node)])
        if node.kind == "attitudes":
            return combine([self.status_of(c) for c in node.children])
        return None

    def _tasks_under(self, node: Node) -> list[Node]:
        return [n for n in self.iter_nodes(node) if n.kind == "task"]

    def _coverage_text(self, node: Node, status: str) -> str:
        if node.kind in ("duty", "standard"):
            tasks = self._tasks_under(node)
            done = sum(self.status_of(t) == COVERED for t in tasks)
            return fmt(self.tr("%1/%2 tasks"), done, len(tasks))
        if node.kind == "attitudes":
            done = sum(self.status_of(c) == COVERED for c in node.children)
            return fmt(self.tr("%1/%2 items"), done, len(node.children))
        return status_text(status, short=True)

    # ---- Qt ---------------------------------------------------------------

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node, col = self.node_of(index), index.column()
        if role == ID_ROLE:
            return node.ident
        if role == KIND_ROLE:
            return node.kind
        if role == STATUS_ROLE:
            return self.status_of(node)
        if col == COL_TITLE:
            return self._title_data(node, role)
        if col == COL_LEVEL:
            level = getattr(node.data, "level", None) if node.kind in ("standard", "task") else None
            if role == Qt.ItemDataRole.DisplayRole:
                return str(level) if level else None
            if role == SORT_ROLE:
                return level or 0
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
            return None
        status = self.status_of(node)
        if status is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._coverage_text(node, status)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons[status]
        if role == SORT_ROLE:
            return ORDER[status]
        if role == Qt.ItemDataRole.ToolTipRole:
            return status_text(status)
        return None

    def _title_data(self, node: Node, role: int):
        if role == SORT_ROLE:
            return node.row
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        d, kind = node.data, node.kind
        if kind == "standard":
            text = f"{d.code} {d.name}"
        elif kind == "attitudes":
            text = self.tr("Attitudes")
        elif kind == "output":
            text = f"{d['code']} {d['title']}"
        elif kind == "indicator":
            text = f"{d['code']} {d['text']}"
        else:
            text = f"{d.code} {d.title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self._kind_name(node)}: {text}"
        return text

    def _kind_name(self, node: Node) -> str:
        if node.kind == "item":
            return {"K": self.tr("Knowledge"), "S": self.tr("Skill"), "A": self.tr("Attitude")}[node.data.kind]
        return {"standard": self.tr("Standard"), "duty": self.tr("Duty"), "task": self.tr("Task"),
                "output": self.tr("Output"), "indicator": self.tr("Indicator"),
                "attitudes": self.tr("Attitudes")}[node.kind]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
