"""The standard browser: the programme's standards as a tree over the details view."""
from __future__ import annotations

from app.changes import Changes
from app.coverage.live import Delta
from app.coverage.live_load import standards_only
from app.coverage.tree import item_details, task_details, task_text
from views.context import ViewContext
from views.details_view import DetailsView
from views.layout import size_columns, text_width, wrap_header
from views.live_store import LiveStore
from views.qt import QAbstractItemView, QEvent, QModelIndex, QSplitter, Qt, QTreeView, QVBoxLayout, QWidget
from views.standard_tree_model import COL_COVERAGE, COL_LEVEL, COL_TITLE, StandardTreeModel

FULL_COVERAGE = 112  # "Partly" or "6/13 tasks" with its icon
TITLE_ROOM = 200  # what the codes and titles keep before the other columns give way


class StandardPane(QWidget):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = StandardTreeModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("standardTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        wrap_header(self.tree)
        size_columns(self.tree, COL_TITLE, {COL_LEVEL: 36, COL_COVERAGE: FULL_COVERAGE})
        self.details = DetailsView(self)
        self.tree.viewport().installEventFilter(self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setObjectName("standardSplitter")
        split.addWidget(self.tree)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        self.splitter = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self._shown: tuple[str, int] | None = None  # what the details view shows

        self.tree.selectionModel().currentChanged.connect(self._on_current)
        self.store = LiveStore.of(ctx)
        self.store.staged.connect(self._on_stage)
        self.store.updated.connect(self._on_updated)
        ctx.changed.connect(self._on_changed)
        ctx.item_selected.connect(lambda i: self._show("item", i))
        ctx.task_selected.connect(lambda t: self._show("task", t))
        self.reload()

    # ---- refresh ------------------------------------------------------------

    def _on_stage(self, stage: str) -> None:
        if stage == "standard":
            self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if self.model.browsing and changes.standards:  # the store follows a programme; there is none
            self.reload()

    def reload(self) -> None:
        """Rebuild the tree, keeping what was expanded and selected.

        With no programme, the map's standards are shown without coverage (a new map is not empty).
        """
        expanded = {self.model.node_of(i).ident for i in self._indexes() if self.tree.isExpanded(i)}
        current = self.model.node_of(self.tree.currentIndex()).ident if self.tree.currentIndex().isValid() else None
        live = self.store.live
        if not live.programme_id and not self.store.loading:
            live = self.ctx.read(standards_only)
        self.model.set_live(live)
        self._fit_columns()
        for index in self._indexes():
            node = self.model.node_of(index)
            if node.ident in expanded or (not expanded and node.kind in ("standard", "duty")):
                self.tree.expand(index)
        if current is not None:
            found = self.model.find(*current)
            if found.isValid():
                self.tree.setCurrentIndex(found)
        self._refresh_details()

    def _indexes(self) -> list[QModelIndex]:
        """Every node that can open: standards, duties, the attitudes, tasks (not their leaves)."""
        out = []
        for std in self.model.root_nodes():
            out.append(self.model.index_of(std))
            for node in std.children:
                out.append(self.model.index_of(node))
                out.extend(self.model.index_of(t) for t in node.children if t.kind == "task" and t.children)
        return out

    def _on_updated(self, delta: Delta) -> None:
        self.model.on_delta(delta)
        live = self.model.live
        if self._shown is None:
            return
        kind, ident = self._shown
        if kind == "item":
            moved = live.item_index.get(ident) in delta.items or delta.labels or delta.columns
        else:
            moved = live.task_index.get(ident) in delta.tasks or delta.labels or delta.columns
        if moved:
            self._refresh_details()

    # ---- a narrow pane -------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()  # the pane was resized, or a scroll bar came or went
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Codes and titles keep their room: the competency level goes first (the details show it),
        then the coverage words (icons stay; the words are in the tooltip); no coverage without a programme."""
        header = self.tree.header()
        room = self.tree.viewport().width() or self.width()
        level = max(36, text_width(header, str(self.model.headerData(COL_LEVEL, Qt.Orientation.Horizontal)), True))
        browsing = self.model.browsing
        coverage = 0 if browsing else FULL_COVERAGE
        show_level = room - level - coverage >= TITLE_ROOM
        compact = not browsing and not show_level and room - coverage < TITLE_ROOM
        if compact:
            words = str(self.model.headerData(COL_COVERAGE, Qt.Orientation.Horizontal))
            coverage = max(text_width(header, words, True), header.fontMetrics().horizontalAdvance("00/00") + 36)
        self.tree.setColumnHidden(COL_LEVEL, not show_level)
        self.tree.setColumnHidden(COL_COVERAGE, browsing)
        if show_level and header.sectionSize(COL_LEVEL) != level:
            header.resizeSection(COL_LEVEL, level)
        if coverage and header.sectionSize(COL_COVERAGE) != coverage:
            header.resizeSection(COL_COVERAGE, coverage)
        if compact != self.model.compact:
            self.model.compact = compact
            self.tree.viewport().update()

    # ---- details ------------------------------------------------------------

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = self.model.node_of(current)
        if node.kind == "item":
            self.ctx.item_selected.emit(node.data.id)
        elif node.kind == "task":
            self.ctx.task_selected.emit(node.data.id)
        else:
            self._shown = None
            self._show_node(current)

    def _show_node(self, index: QModelIndex) -> None:
        node = self.model.node_of(index)
        if node.kind == "standard":
            self.details.show_standard(node.data)
        elif node.kind == "duty":
            statuses = {t.data.id: self.model.status_of(t) for t in node.children} if not self.model.browsing else None
            self.details.show_duty(node.data, statuses)
        elif node.kind == "output":
            self.details.show_text(node.data["code"], node.data["title"], self.tr("Output"))
        elif node.kind == "indicator":
            self.details.show_text(node.data["code"], node.data["text"], self.tr("Indicator"))
        elif node.kind == "attitudes":
            self.details.show_text(self.tr("Attitudes"), self.tr("Attitudes apply to the whole standard; "
                                                                 "they are reported apart from tasks."), "")
        else:
            self.details.show_nothing()

    def _show(self, kind: str, ident: int) -> None:
        self._shown = (kind, ident) if ident else None
        self._refresh_details()

    def _refresh_details(self) -> None:
        if self._shown is None:
            if self.tree.currentIndex().isValid():
                self._show_node(self.tree.currentIndex())
            else:
                self.details.show_nothing()
            return
        kind, ident = self._shown
        live = self.model.live
        details = item_details(live, ident) if kind == "item" else task_text(live, ident)
        if details is None:  # not in the programme's standards (any more)
            self._shown = None
            self.details.show_nothing()
        elif kind == "item":
            self.details.show_item(details, live.scale, None if self.model.browsing else self.model.item_covered(ident))
        else:
            self.details.show_task(details, None if self.model.browsing else task_details(live, ident))

    def select(self, kind: str, ident: int) -> bool:
        """Bring a node into view and select it (the first place it appears)."""
        index = self.model.find(kind, ident)
        if index.isValid():
            self.tree.scrollTo(index)
            self.tree.setCurrentIndex(index)
        return index.isValid()
