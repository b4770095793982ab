"""The programme's standards as a tree: standard -> duties -> tasks -> outputs,
indicators and linked K/S items, plus an Attitudes node; tasks and items
carry their coverage state, read from the live model. An edit repaints the
badges of the tasks and items it moved and of their duty and standard."""
from __future__ import annotations

from app.coverage.live import Delta, LiveModel
from app.coverage.rule import roll_up
from models.vocabulary import ATTITUDE, COVERED, KNOWLEDGE, SKILL, UNCOVERED
from views.coverage_style import ORDER, CoverageIcons, status_text
from views.i18n import fmt
from views.qt import QModelIndex, QPersistentModelIndex, Qt
from views.tree_base import ID_ROLE, KIND_ROLE, SELECTABLE, SELECTABLE_LEAF, SORT_ROLE, Node, NodeTreeModel

COL_TITLE, COL_LEVEL, COL_COVERAGE = range(3)
STATUS_ROLE = Qt.ItemDataRole.UserRole + 10  # covered / partial / uncovered, or None
_LEAVES = ("output", "indicator", "item")


class StandardTreeModel(NodeTreeModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.live = LiveModel()
        self._icons = CoverageIcons()
        self._headers = (self.tr("Code / title"), self.tr("Competency level"), self.tr("Coverage"))
        self._task_node: dict[int, Node] = {}  # task index -> its node
        self._item_nodes: dict[int, list[Node]] = {}  # item index -> its nodes (under each task, or Attitudes)
        self._tasks_of: dict[int, list[int]] = {}  # duty or standard node key -> task indices under it
        self.compact = False  # a narrow pane: coverage as its icon (and a count for duties), words in the tooltip

    @property
    def browsing(self) -> bool:
        """The map's standards with no programme: nothing is covered or not."""
        return not self.live.programme_id

    def set_live(self, live: LiveModel) -> None:
        self.beginResetModel()
        self.live = live
        root = self._clear_nodes()
        self._task_node, self._item_nodes, self._tasks_of = {}, {}, {}
        for tree in live.trees:
            std = self._add(root, "standard", tree)
            std_tasks = self._tasks_of[std.key] = []
            items = {i.code: i for i in tree.items()}
            for duty in tree.duties:
                d = self._add(std, "duty", duty)
                duty_tasks = self._tasks_of[d.key] = []
                for task in duty.tasks:
                    t = self._add(d, "task", task)
                    k = live.task_index[task.id]
                    self._task_node[k] = t
                    duty_tasks.append(k)
                    for out in task.outputs:
                        self._add(t, "output", out)
                    for ind in task.indicators:
                        self._add(t, "indicator", ind)
                    for code in (*task.knowledge, *task.skills):
                        self._add_item(t, items[code])
                std_tasks.extend(duty_tasks)
            if tree.attitudes:
                a = self._add(std, "attitudes", tree)
                for item in tree.attitudes:
                    self._add_item(a, item)
        self.endResetModel()

    def _add_item(self, parent: Node, item) -> None:
        node = self._add(parent, "item", item)
        self._item_nodes.setdefault(self.live.item_index[item.id], []).append(node)

    def on_delta(self, delta: Delta) -> None:
        """Repaint the badges that may have moved: tasks and items whose coverage did, and what they roll up into.

        One signal per parent, over the rows that moved under it.
        """
        touched: dict[int, Node] = {}
        for t in delta.statuses:
            node = self._task_node.get(t)
            while node is not None and node is not self._root:
                touched[node.key] = node
                node = node.parent
        for i in delta.covered:
            for node in self._item_nodes.get(i, ()):
                touched[node.key] = node
                if node.parent.kind == "attitudes":
                    touched[node.parent.key] = node.parent
        self.emit_rows(touched.values(), COL_COVERAGE, COL_COVERAGE)

    def item_covered(self, item_id: int) -> bool:
        i = self.live.item_index.get(item_id)
        return i is not None and self.live.item_covered(i)

    # ---- coverage of a node -----------------------------------------------

    def status_of(self, node: Node) -> str | None:
        live = self.live
        if node.kind == "task":
            t = live.task_index.get(node.data.id)
            return live.task_status(t) if t is not None else UNCOVERED
        if node.kind == "item":
            return COVERED if self.item_covered(node.data.id) else UNCOVERED
        if node.kind in ("duty", "standard"):
            return roll_up(live.statuses(self._tasks_of.get(node.key, ())))
        if node.kind == "attitudes":
            return roll_up([self.status_of(c) for c in node.children])
        return None

    def _counts(self, node: Node) -> tuple[int, int] | None:
        """(covered, all) tasks of a duty or standard, items of the attitudes; None for the rest."""
        if node.kind in ("duty", "standard"):
            statuses = self.live.statuses(self._tasks_of.get(node.key, ()))
            return statuses.count(COVERED), len(statuses)
        if node.kind == "attitudes":
            return sum(self.status_of(c) == COVERED for c in node.children), len(node.children)
        return None

    def _coverage_text(self, node: Node, status: str, short: bool = True) -> str:
        counts = self._counts(node)
        if counts is None:
            return status_text(status, short=short)
        done, total = counts
        if node.kind == "attitudes":
            return fmt(self.tr("%1/%n items", "", total), done)
        return fmt(self.tr("%1/%n tasks", "", total), done)

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
        status = self.status_of(node) if not self.browsing else None
        if status is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if self.compact:
                counts = self._counts(node)
                return f"{counts[0]}/{counts[1]}" if counts else None
            return self._coverage_text(node, status)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons[status]
        if role == SORT_ROLE:
            return ORDER[status]
        if role == Qt.ItemDataRole.ToolTipRole:
            counts = self._counts(node)
            return status_text(status) + (" · " + self._coverage_text(node, status) if counts else "")
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
            return {KNOWLEDGE: self.tr("Knowledge"), SKILL: self.tr("Skill"),
                    ATTITUDE: self.tr("Attitude")}[node.data.kind]
        return {"standard": self.tr("Standard"), "duty": self.tr("Duty"), "task": self.tr("Task"),
                "output": self.tr("Output"), "indicator": self.tr("Indicator"),
                "attitudes": self.tr("Attitudes")}[node.kind]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return SELECTABLE_LEAF if self._nodes[index.internalId()].kind in _LEAVES else SELECTABLE
