"""What the File menu does: maps, copies, and standards or workbooks in and out."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.curriculum.queries import programme_info
from app.errors import user_errors
from app.lazy import LazyModule
from app.maps.files import save_copy
from app.progress import Progress
from app.standards.data import ParsedStandard
from app.standards.queries import list_standards
from views.context import ViewContext
from views.i18n import fmt, message_of
from views.jobs import Job
from views.live_store import LiveStore
from views.prompts import Prompts, attempt
from views.qt import QObject, QSettings, QWidget
from views.settings import REPORT_TABLES, flag, last_folder

# Loaded on first use: they bring the ORM, which start-up does without.
ops = LazyModule("app.curriculum.ops")
store = LazyModule("app.standards.store")


class FileActions(QObject):
    def __init__(self, window: QWidget, ctx: ViewContext, prompts: Prompts, settings: QSettings,
                 open_map: Callable[[str, bool], object], lang: str) -> None:
        super().__init__(window)
        self.window, self.ctx, self.prompts, self.settings = window, ctx, prompts, settings
        self._open_map = open_map
        self.lang = lang
        self.jobs: list[Job] = []  # running, kept alive until done

    # ---- maps ---------------------------------------------------------------

    def _map_filter(self) -> str:
        return self.tr("curmap maps (*.db *.sqlite *.curmap);;All files (*)")

    def new_map(self) -> None:
        path = self.prompts.save_file(self.window, self.tr("New map"), last_folder(self.settings),
                                      self._map_filter(), confirm_overwrite=False)
        if path:
            if not Path(path).suffix:
                path += ".db"
            self._open_map(path, True)

    def open_path(self, path: str) -> None:
        """Open a map named elsewhere (the Recent maps menu)."""
        self._open_map(path, False)

    def open_map(self) -> None:
        path = self.prompts.open_file(self.window, self.tr("Open map"), last_folder(self.settings),
                                      self._map_filter())
        if path:
            self._open_map(path, False)

    def save_copy(self) -> None:
        path = self.prompts.save_file(self.window, self.tr("Save a copy as"), last_folder(self.settings),
                                      self._map_filter())
        if not path:
            return
        ok, target = attempt(self.prompts, self.window, self.tr("Save a copy"), save_copy, self.ctx.workspace, path)
        if ok:
            self.window.statusBar().showMessage(fmt(self.tr("Saved a copy as %1"), target), 8000)

    # ---- standards ------------------------------------------------------------

    def import_standard(self) -> None:
        path = self.prompts.open_file(self.window, self.tr("Import standard"), last_folder(self.settings),
                                      self.tr("iCAP standard text (*.txt);;All files (*)"))
        if not path:
            return

        def parse(progress: Progress) -> ParsedStandard:
            from app.standards.parser import parse_standard_file

            progress.step(0, 1, fmt(self.tr("Reading %1…"), Path(path).name))
            parsed = parse_standard_file(path)
            progress.step(1, 1, "")
            return parsed

        self._start(fmt(self.tr("Reading %1…"), Path(path).name), parse, self._store_standard,
                    lambda exc, tb: self._failed(self.tr("Cannot import the standard"), exc, tb))

    def _store_standard(self, parsed: ParsedStandard) -> None:
        title = self.tr("Import standard")
        replace = self.ctx.read(store.standard_id_by_code, parsed.code) is not None
        if replace:
            lost = self.ctx.read(store.mappings_lost_by_replace, parsed)
            text = fmt(self.tr("Standard %1 is already in this map. Replace it with the text just read?"),
                       parsed.code)
            if lost:
                sample = ", ".join(f"{m.course} {m.module} {m.item_code}" for m in lost[:5])
                text += "\n\n" + fmt(self.tr("%1 mappings are on items the new text lacks and would be lost "
                                             "(%2)."), len(lost), sample)
            else:
                text += "\n\n" + self.tr("Every mapping is kept.")
            text += "\n" + self.tr("This cannot be undone.")
            if not self.prompts.confirm(self.window, title, text):
                return
        # A long write (a replace rewrites every mapping of the standard): off the GUI thread.
        self._start(self.tr("Saving the standard…"),
                    lambda _progress: self.ctx.workspace.perform(store.import_standard, parsed, replace=replace),
                    lambda summary: self._stored(parsed, summary, replace),
                    lambda exc, tb: self._failed(title, exc, tb))

    def _stored(self, parsed: ParsedStandard, summary, replace: bool) -> None:
        # Not undoable: a replace gives the standard's items new ids, which the
        # commands on the undo stack still name; so they go too.
        if replace:
            self.ctx.undo_stack.clear()
        counts = summary.counts
        self.window.statusBar().showMessage(
            fmt(self.tr("Imported %1 %2: %3 duties, %4 tasks, %5 items"), parsed.code, parsed.name,
                counts["duties"], counts["tasks"], counts["knowledge"] + counts["skills"] + counts["attitudes"]),
            10000)
        self._offer_target(parsed.code)

    def _offer_target(self, code: str) -> None:
        pid = self.ctx.programme_id
        if not pid or self.ctx.workspace.readonly:
            return
        prog = self.ctx.read(programme_info, pid)
        if code in prog.standards:
            return
        if self.prompts.confirm(self.window, self.tr("Import standard"),
                                fmt(self.tr("Map programme %1 onto %2 as well?"), prog.name, code)):
            codes = [*prog.standards, code]
            attempt(self.prompts, self.window, self.tr("Import standard"), self.ctx.run,
                    fmt(self.tr("Target %1"), code),
                    lambda ws, _: ws.perform(ops.set_targets, pid, codes),
                    lambda ws, before: ws.perform(ops.set_targets, pid, before))

    # ---- workbooks ------------------------------------------------------------

    def export_workbook(self) -> None:
        pid = self.ctx.programme_id
        if not pid:
            return
        name = self.ctx.read(programme_info, pid).name
        path = self.prompts.save_file(self.window, self.tr("Export coverage workbook"),
                                      str(Path(last_folder(self.settings)) / f"{name}.xlsx"),
                                      self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"

        tables = flag(self.settings, REPORT_TABLES)

        def export(progress: Progress):
            from app.excel.export import export_workbook

            return self.ctx.read(export_workbook, pid, path, lang=self.lang, report_tables=tables,
                                 progress=progress)

        self._start(self.tr("Writing the workbook…"), export,
                    lambda result: self.window.statusBar().showMessage(
                        fmt(self.tr("Wrote %1"), result.path), 10000),
                    lambda exc, tb: self._failed(self.tr("Cannot export the workbook"), exc, tb))

    def save_template(self) -> None:
        """An empty curriculum workbook for one of the programme's standards."""
        pid = self.ctx.programme_id
        codes = self.ctx.read(programme_info, pid).standards if pid else []
        if not codes:
            codes = [s.code for s in self.ctx.read(list_standards)]
        if not codes:
            return
        title = self.tr("Save curriculum workbook template")
        code = codes[0] if len(codes) == 1 else self.prompts.choose(self.window, title, self.tr("Standard:"), codes)
        if not code:
            return
        path = self.prompts.save_file(self.window, title,
                                      str(Path(last_folder(self.settings)) / f"{code}.xlsx"),
                                      self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"

        def write(progress: Progress):
            from app.excel.template import write_template

            return self.ctx.read(write_template, code, path, lang=self.lang, progress=progress)

        self._start(self.tr("Writing the template…"), write,
                    lambda result: self.window.statusBar().showMessage(fmt(self.tr("Wrote %1"), path), 10000),
                    lambda exc, tb: self._failed(title, exc, tb))

    def import_workbook(self) -> None:
        """Make the programme match a curriculum workbook: read and plan off the GUI thread,
        preview, then apply as one undoable change."""
        pid = self.ctx.programme_id
        if not pid:
            return
        path = self.prompts.open_file(self.window, self.tr("Import curriculum workbook"),
                                      last_folder(self.settings), self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return

        def plan(progress: Progress):
            from app.excel.plan import plan_import
            from app.excel.read import read_workbook

            return self.ctx.read(plan_import, read_workbook(path, progress), pid, None, progress)

        self._start(fmt(self.tr("Reading %1…"), Path(path).name), plan, self._apply_workbook,
                    lambda exc, tb: self._failed(self.tr("Cannot import the workbook"), exc, tb))

    def _apply_workbook(self, plan) -> None:
        from app.excel.apply import apply_import, undo_import

        title = self.tr("Import curriculum workbook")
        if plan.empty:
            self.prompts.inform(self.window, title, self.tr("Nothing to change: the programme already "
                                                            "matches the workbook."))
            return
        text = fmt(self.tr("Change programme %1 to match the workbook?"), plan.programme)
        if not self.prompts.confirm(self.window, title, text + "\n\n" + "\n".join(plan.summary(limit=15))):
            return
        text = fmt(self.tr("Import workbook %1"), plan.workbook.source)
        # A long write: off the GUI thread, then on the undo stack as if run there.
        self._start(self.tr("Importing the workbook…"),
                    lambda progress: self.ctx.workspace.perform(apply_import, plan, progress),
                    lambda result: self.ctx.record(text, result, lambda ws, _: ws.perform(apply_import, plan),
                                                   lambda ws, done: ws.perform(undo_import, done.undo)),
                    lambda exc, tb: self._failed(title, exc, tb))

    # ---- helpers --------------------------------------------------------------

    def _start(self, label: str, fn, on_success, on_failure) -> Job:
        job = Job(self.window, label, fn, on_success, on_failure)
        self.jobs.append(job)
        collector = LiveStore.of(self.ctx).collector  # its passes would stall the window (views/collector.py)
        collector.hold()
        job.done.connect(lambda: (self.jobs.remove(job), collector.release()))
        job.start()
        return job

    def _failed(self, title: str, exc: BaseException, tb: str) -> None:
        if isinstance(exc, user_errors()):
            self.prompts.warn(self.window, title, message_of(exc))
        else:  # a bug: on to the exception hook's report dialog
            raise exc

