"""A programme's courses and their modules, in order, editable in place and by drag and drop.

The model never writes: edits and moves go to the callbacks the pane gives
it, which run undoable app operations. It shows the window's live model and
follows its deltas: a renamed course repaints its row, an added or deleted
module inserts or removes its row, a mapping repaints its module's count.
"""
from __future__ import annotations

import json
from collections.abc import Callable

from app.coverage.live import CourseRow, Delta, LiveModel
from views.i18n import fmt
from views.qt import QMimeData, QModelIndex, QPersistentModelIndex, Qt
from views.tree_base import ID_ROLE, KIND_ROLE, LEAF, SELECTABLE, SELECTABLE_LEAF, SORT_ROLE, Node, NodeTreeModel

# Credits, year and semester live in the tooltip and the Edit dialog: a dock is narrow.
COL_NAME, COL_HOURS, COL_MAPPED = range(3)
MIME = "application/x-curmap-curriculum"
_MOVABLE = SELECTABLE | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
_FLAGS = {(leaf, editable): (_MOVABLE | (LEAF if leaf else Qt.ItemFlag.NoItemFlags)
                             | (Qt.ItemFlag.ItemIsEditable if editable else Qt.ItemFlag.NoItemFlags))
          for leaf in (False, True) for editable in (False, True)}  # (module row, editable column)

Index = QModelIndex | QPersistentModelIndex
EditFn = Callable[[str, int, dict], bool]  # (kind, id, {field: value}) -> applied
MoveFn = Callable[[str, int, int, int | None], bool]  # (kind, id, position, course id) -> applied


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


class CurriculumModel(NodeTreeModel):
    def __init__(self, on_edit: EditFn, on_move: MoveFn, parent=None) -> None:
        super().__init__(parent)
        self._on_edit, self._on_move = on_edit, on_move
        self.editable = True
        self.live = LiveModel()
        self._courses: dict[int, Node] = {}
        self._modules: dict[int, Node] = {}
        self._headers = (self.tr("Course / module"), self.tr("Hours"), self.tr("Mapped"))

    def set_live(self, live: LiveModel) -> None:
        self.beginResetModel()
        self.live = live
        root = self._clear_nodes()
        for cid in live.course_ids:
            c = self._add(root, "course", live.courses[cid])
            for mid in live.course_modules[cid]:
                self._add(c, "module", live.modules[mid])
        self._index_nodes()
        self.endResetModel()

    def on_delta(self, delta: Delta) -> None:
        live = self.live
        if delta.columns:
            self._sync(self._root, live.course_ids, "course", live.courses.__getitem__)
            for course in self._root.children:
                self._sync(course, live.course_modules[course.data.id], "module", live.modules.__getitem__)
            self._index_nodes()
        for c in delta.courses:  # records read afresh replace the rows' (unchanged ones are the same)
            if c in self._courses:
                self._courses[c].data = live.courses[c]
        for m in delta.modules:
            if m in self._modules:
                self._modules[m].data = live.modules[m]
        last = self.columnCount() - 1
        rows = {self._courses[live.modules[m].course_id] for m in delta.modules if m in live.modules}
        rows |= {self._modules[m] for m in delta.modules if m in self._modules}
        rows |= {self._courses[c] for c in delta.courses if c in self._courses}
        for node in rows:
            self.dataChanged.emit(self.createIndex(node.row, 0, node.key), self.createIndex(node.row, last, node.key))

    def _sync(self, parent: Node, want: list[int], kind: str, record) -> None:
        """Make ``parent``'s children ``want`` (ids): one removal and one insertion, around what is kept."""
        have = [n.data.id for n in parent.children]
        if have == want:
            return
        p = 0
        while p < min(len(have), len(want)) and have[p] == want[p]:
            p += 1
        s = 0
        while s < min(len(have), len(want)) - p and have[-1 - s] == want[-1 - s]:
            s += 1
        self._remove(parent, p, len(have) - s - 1)
        made = self._insert(parent, p, [(kind, record(x)) for x in want[p:len(want) - s]])
        if kind == "course":
            for node in made:
                self._insert(node, 0, [("module", self.live.modules[m]) for m in self.live.course_modules[node.data.id]])

    def _index_nodes(self) -> None:
        self._courses = {n.data.id: n for n in self._root.children}
        self._modules = {m.data.id: m for n in self._root.children for m in n.children}

    def find(self, kind: str, ident) -> QModelIndex:
        node = (self._courses if kind == "course" else self._modules if kind == "module" else {}).get(ident)
        return self.index_of(node) if node is not None else QModelIndex()

    def courses(self) -> list[CourseRow]:
        return [n.data for n in self._root.children]

    def mappings(self, node: Node) -> int:
        live = self.live
        return live.course_mappings(node.data.id) if node.kind == "course" else live.module_mapped(node.data.id)

    # ---- display ------------------------------------------------------------

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section != COL_NAME:
                return Qt.AlignmentFlag.AlignCenter
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node, col = self.node_of(index), index.column()
        d = node.data
        if role == ID_ROLE:
            return node.ident
        if role == KIND_ROLE:
            return node.kind
        course = node.kind == "course"
        if role == Qt.ItemDataRole.TextAlignmentRole and col != COL_NAME:
            return Qt.AlignmentFlag.AlignCenter
        if col == COL_NAME:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{d.code}  {d.name}" if course else f"{d.number}. {d.title}"
            if role == Qt.ItemDataRole.EditRole:
                return d.name if course else d.title
            if role == SORT_ROLE:
                return node.row
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._tooltip(node)
            return None
        raw = d.hours if col == COL_HOURS else self.mappings(node)
        if role == Qt.ItemDataRole.DisplayRole:
            return _number(raw) if col != COL_MAPPED else str(raw)
        if role == Qt.ItemDataRole.EditRole:
            return float(raw or 0)
        if role == SORT_ROLE:
            return raw if raw is not None else -1
        return None

    def _tooltip(self, node: Node) -> str:
        d = node.data
        hours = fmt(self.tr("Hours: %1"), _number(d.hours)) if d.hours else ""  # the column hides when narrow
        if node.kind == "module":
            return f"{d.number}. {d.title}" + (f"\n{hours}" if hours else "") + (
                f"\n{d.description}" if d.description else "")
        facts = [self._credits(d.credits),
                 fmt(self.tr("Year %1"), d.year) if d.year else "", d.semester, hours]
        line = " · ".join(p for p in facts if p)
        return f"{d.code} {d.name}" + (f"\n{line}" if line else "")

    def _credits(self, credits: float | None) -> str:
        if not credits:
            return ""
        if float(credits).is_integer():  # "1 credit", "3 credits"
            return self.tr("%n credits", "", int(credits))
        return fmt(self.tr("%1 credits"), _number(credits))  # "1.5 credits"

    # ---- editing ------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.editable else Qt.ItemFlag.NoItemFlags
        leaf = self._nodes[index.internalId()].kind == "module"
        if not self.editable:
            return SELECTABLE_LEAF if leaf else SELECTABLE
        return _FLAGS[leaf, index.column() in (COL_NAME, COL_HOURS)]

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self.editable:
            return False
        node, col = self.node_of(index), index.column()
        if col == COL_NAME:
            field = "name" if node.kind == "course" else "title"
            value = str(value).strip()
            if not value or value == index.data(Qt.ItemDataRole.EditRole):
                return False
        elif col == COL_HOURS:
            field = "hours"
            value = float(value) if value not in (None, "") and float(value) > 0 else None
            if value == getattr(node.data, field):
                return False
        else:
            return False
        return self._on_edit(node.kind, node.data.id, {field: value})

    # ---- drag and drop ----------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        rows = {self.node_of(i).ident for i in indexes if i.isValid()}
        if len(rows) == 1:  # one course or one module at a time
            kind, ident = rows.pop()
            mime.setData(MIME, json.dumps({"kind": kind, "id": ident}).encode())
        return mime

    def _target(self, mime: QMimeData, row: int, parent: Index) -> tuple[str, int, int, int | None] | None:
        """Where a drop lands: (kind, id, position, course id) or None if nowhere."""
        if not mime.hasFormat(MIME):
            return None
        payload = json.loads(bytes(mime.data(MIME).data()).decode())
        kind, ident = payload["kind"], payload["id"]
        over = self.node_of(parent)
        if kind == "course":
            if over.kind == "module":
                return None
            if over.kind == "course":  # dropped onto a course: take its place
                row, over = over.row, self._root
            pos = len(self._root.children) if row < 0 else row
            old = next((n.row for n in self._root.children if n.data.id == ident), None)
            if old is None:
                return None
            if old < pos:
                pos -= 1
            return (kind, ident, pos, None) if pos != old else None
        if over.kind == "module":  # onto a module: before it, in its course
            row, over = over.row, over.parent
        if over.kind != "course":
            return None
        pos = len(over.children) if row < 0 else row
        old = next((n for c in self._root.children for n in c.children if n.data.id == ident), None)
        if old is None:
            return None
        if old.parent is over and old.row < pos:
            pos -= 1
        if old.parent is over and old.row == pos:
            return None
        return kind, ident, pos, over.data.id

    def canDropMimeData(self, mime: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return self.editable and action == Qt.DropAction.MoveAction and self._target(mime, row, parent) is not None

    def dropMimeData(self, mime: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        target = self._target(mime, row, parent) if self.editable else None
        if target is None or action != Qt.DropAction.MoveAction:
            return False
        self._on_move(*target)
        # False: the view must not remove the source rows; the refresh redraws all.
        return False
