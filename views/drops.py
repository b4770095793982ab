"""Files dropped on the window: a standard is imported, a curriculum workbook is
imported (with its preview), a map is opened. Told apart by the file's name."""
from __future__ import annotations

from pathlib import Path

from views.i18n import fmt
from views.qt import QObject

STANDARD = (".pdf", ".odt", ".txt")
WORKBOOK = (".xlsx", ".ods")
MAP = (".db", ".sqlite", ".curmap")


def kind_of(path: str) -> str | None:
    suffix = Path(path).suffix.lower()
    for kind, suffixes in (("standard", STANDARD), ("workbook", WORKBOOK), ("map", MAP)):
        if suffix in suffixes:
            return kind
    return None


class DropHandler(QObject):
    def __init__(self, window, files) -> None:
        super().__init__(window)
        self.window, self.files = window, files

    def _paths(self, event) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]

    def enter(self, event) -> None:
        if any(kind_of(p) for p in self._paths(event)):
            event.acceptProposedAction()

    def drop(self, event) -> None:
        paths = self._paths(event)
        if not paths:
            return
        event.acceptProposedAction()
        path = paths[0]  # one at a time: each may ask a question
        kind = kind_of(path)
        readonly = self.files.ctx.workspace.readonly
        if kind == "map":
            self.files.open_path(path)
        elif kind in ("standard", "workbook") and readonly:
            self.files.prompts.warn(self.window, self.tr("Cannot import"),
                                    self.tr("This map is open read-only; nothing can be imported into it."))
        elif kind == "standard":
            self.files.import_standard_file(path)
        elif kind == "workbook":
            self.files.import_workbook_file(path)
        else:
            self.files.prompts.warn(self.window, self.tr("Cannot open the file"), fmt(self.tr(
                "%1: curmap opens maps (.db), standards (.pdf, .odt, .txt) and curriculum workbooks (.xlsx, .ods)"),
                Path(path).name))
