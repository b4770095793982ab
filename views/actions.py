"""What the File menu does: maps, copies, and standards or workbooks in and out."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.commands import ImportWorkbook, SetTargets
from app.curriculum.queries import programme_info
from app.errors import user_errors
from app.lazy import LazyModule
from app.maps.files import save_copy
from app.progress import Progress
from app.standards.data import ParsedStandard
from app.standards.queries import list_standards
from views.context import ViewContext
from views.i18n import fmt, message_of, tr_msg
from views.jobs import Job
from views.live_store import LiveStore
from views.prompts import Prompts, attempt
from views.qt import QObject, QSettings, QWidget
from views.settings import REPORT_TABLES, flag, last_folder, remember_folder

# Loaded on first use: it brings the ORM, which start-up does without.
store = LazyModule("app.standards.store")


class FileActions(QObject):
    def __init__(self, window: QWidget, ctx: ViewContext, prompts: Prompts, settings: QSettings,
                 open_map: Callable[..., object], lang: str) -> None:
        super().__init__(window)
        self.window, self.ctx, self.prompts, self.settings = window, ctx, prompts, settings
        self._open_map = open_map
        self.lang = lang
        self.jobs: list[Job] = []  # running, kept alive until done

    # ---- file dialogs: each kind of file starts where the last one was ----------

    def ask_open(self, kind: str, caption: str, filters: str) -> str | None:
        path = self.prompts.open_file(self.window, caption, last_folder(self.settings, kind), filters)
        if path:
            remember_folder(self.settings, kind, path)
        return path

    def ask_save(self, kind: str, caption: str, name: str, filters: str, *, parent: QWidget | None = None,
                 **options) -> str | None:
        start = str(Path(last_folder(self.settings, kind)) / name) if name else last_folder(self.settings, kind)
        path = self.prompts.save_file(parent or self.window, caption, start, filters, **options)
        if path:
            remember_folder(self.settings, kind, path)
        return path

    # ---- maps ---------------------------------------------------------------

    def _map_filter(self) -> str:
        return self.tr("curmap maps (*.db *.sqlite *.curmap);;All files (*)")

    def new_map(self) -> None:
        path = self.ask_save("maps", self.tr("New map"), "", self._map_filter(), confirm_overwrite=False)
        if path:
            if not Path(path).suffix:
                path += ".db"
            sample = self.prompts.confirm(self.window, self.tr("New map"), self.tr(
                "Include the sample programme 數位行銷學程（示例） in the new map? It shows how a mapped "
                "curriculum looks; you can delete it later. The bundled standard is included either way."))
            self._open_map(path, True, sample=sample)

    def open_path(self, path: str) -> None:
        """Open a map named elsewhere (the Recent maps menu)."""
        self._open_map(path, False)

    def open_map(self) -> None:
        path = self.ask_open("maps", self.tr("Open map"), self._map_filter())
        if path:
            self._open_map(path, False)

    def save_copy(self) -> None:
        path = self.ask_save("maps", self.tr("Save a copy as"), "", self._map_filter())
        if not path:
            return
        ok, target = attempt(self.prompts, self.window, self.tr("Save a copy"), save_copy, self.ctx.workspace, path)
        if ok:
            self.window.statusBar().showMessage(fmt(self.tr("Saved a copy as %1"), target), 8000)

    # ---- standards ------------------------------------------------------------

    def import_standard(self) -> None:
        path = self.ask_open("standards", self.tr("Import standard"),
                             self.tr("iCAP standards (*.pdf *.odt *.txt);;PDF (*.pdf);;OpenDocument text (*.odt);;"
                                     "Text (*.txt);;All files (*)"))
        if path:
            self.import_standard_file(path)

    def import_standard_file(self, path: str) -> None:
        """Read the standard off the GUI thread (progress per page), then preview it (asked from the menu
        or dropped)."""
        if not self._other_file(path, self.tr("Import standard")):
            return
        name = Path(path).name
        reading_label = fmt(self.tr("Reading %1…"), name)
        page_label = self.tr("Reading %1: page %2 of %3")  # translated here, filled on the worker

        def parse(progress: Progress):
            from app.standards.parser import read_standard

            def report(done: int, total: int, what: str) -> None:
                label = fmt(page_label, name, min(done + 1, total), total) if total > 2 else reading_label
                progress.report(done, total, label)

            return read_standard(path, Progress(report=report, is_cancelled=progress.is_cancelled))

        self.start_job(reading_label, parse, self._preview,
                          lambda exc, tb: self.show_failure(self.tr("Cannot import the standard"), exc, tb))

    def _preview(self, reading) -> None:
        """What was read, and every doubt; nothing is stored unless the user says Import."""
        from views.import_preview import ImportPreview

        dialog = ImportPreview(reading, self.window)
        if not self.prompts.run_dialog(dialog):
            self.window.statusBar().showMessage(
                fmt(self.tr("Import of %1 cancelled; nothing was stored"), reading.source), 8000)
            return
        self._store_standard(reading.standard)

    def _store_standard(self, parsed: ParsedStandard) -> None:
        title = self.tr("Import standard")
        replace = self.ctx.read(store.standard_id_by_code, parsed.code) is not None
        lost = None
        if replace:
            lost = self.ctx.read(store.mappings_lost_by_replace, parsed)
            text = fmt(self.tr("Standard %1 is already in this map. Replace it with the text just read?"),
                       parsed.code)
            if lost:
                sample = ", ".join(f"{m.course} {m.module} {m.item_code}" for m in lost[:5])
                text += "\n\n" + fmt(self.tr("%n mappings are on items the new text lacks and would be lost "
                                             "(%1).", "", len(lost)), sample)
            else:
                text += "\n\n" + self.tr("Every mapping is kept.")
            text += "\n" + self.tr("This cannot be undone.")
            if not self.prompts.confirm(self.window, title, text):
                return
        # A long write (a replace rewrites every mapping of the standard): off the GUI thread.
        self.start_job(self.tr("Saving the standard…"),
                       lambda _progress: self.ctx.workspace.perform(store.import_standard, parsed, replace=replace,
                                                                    expected_lost=lost),
                       lambda summary: self._stored(parsed, summary, replace),
                       lambda exc, tb: self.show_failure(title, exc, tb))

    def _stored(self, parsed: ParsedStandard, summary, replace: bool) -> None:
        # Not undoable: a replace gives the standard's items new ids, which the
        # commands on the undo stack still name; so they go too.
        if replace:
            self.ctx.undo_stack.clear()
        counts = summary.counts
        self.window.statusBar().showMessage(
            fmt(self.tr("Imported %1 %2: %3, %4, %5"), parsed.code, parsed.name,
                self.tr("%n duties", "", counts["duties"]), self.tr("%n tasks", "", counts["tasks"]),
                self.tr("%n items", "", counts["knowledge"] + counts["skills"] + counts["attitudes"])),
            10000)
        self._offer_target(parsed.code)

    def _offer_target(self, code: str) -> None:
        pid = self.ctx.programme_id
        if not pid or self.ctx.workspace.readonly:
            return
        if self.window.versions.offer_after_import(code):  # a new version: compare and carry over instead
            return
        prog = self.ctx.read(programme_info, pid)
        if code in prog.standards:
            return
        if self.prompts.confirm(self.window, self.tr("Import standard"),
                                fmt(self.tr("Map programme %1 onto %2 as well?"), prog.name, code)):
            attempt(self.prompts, self.window, self.tr("Import standard"), self.ctx.run,
                    fmt(self.tr("Target %1"), code), SetTargets(pid, [*prog.standards, code], prog.standards))

    # ---- workbooks ------------------------------------------------------------

    def export_workbook(self) -> None:
        pid = self.ctx.programme_id
        if not pid:
            return
        name = self.ctx.read(programme_info, pid).name
        path = self.ask_save("workbooks", self.tr("Export coverage workbook"), f"{name}.xlsx",
                             self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        if not self._other_file(path, self.tr("Export coverage workbook")):
            return

        tables = flag(self.settings, REPORT_TABLES)

        def export(progress: Progress):
            from app.excel.export import export_workbook

            return self.ctx.read(export_workbook, pid, path, lang=self.lang, report_tables=tables,
                                 progress=progress)

        self.start_job(self.tr("Writing the workbook…"), export,
                       lambda result: self.notify_written(result.path),
                       lambda exc, tb: self.show_failure(self.tr("Cannot export the workbook"), exc, tb))

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
        path = self.ask_save("workbooks", title, f"{code}.xlsx", self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        if not self._other_file(path, title):
            return

        def write(progress: Progress):
            from app.excel.template import write_template

            return self.ctx.read(write_template, code, path, lang=self.lang, progress=progress)

        self.start_job(self.tr("Writing the template…"), write,
                       lambda result: self.notify_written(path),
                       lambda exc, tb: self.show_failure(title, exc, tb))

    def import_workbook(self) -> None:
        """Make the programme match a curriculum workbook: read and plan off the GUI thread,
        preview, then apply as one undoable change."""
        pid = self.ctx.programme_id
        if not pid:
            return
        path = self.ask_open("workbooks", self.tr("Import curriculum workbook"),
                             self.tr("Curriculum workbooks (*.xlsx *.ods)"))
        if path:
            self.import_workbook_file(path)

    def import_workbook_file(self, path: str) -> None:
        """Plan the import off the GUI thread, then preview it (asked from the menu or dropped)."""
        if not self._other_file(path, self.tr("Import curriculum workbook")):
            return
        pid = self.ctx.programme_id
        if not pid:
            return

        def plan(progress: Progress):
            from app.excel.plan import plan_import
            from app.excel.read_any import read_curriculum

            return self.ctx.read(plan_import, read_curriculum(path, progress), pid, None, progress)

        self.start_job(fmt(self.tr("Reading %1…"), Path(path).name), plan, self._apply_workbook,
                       lambda exc, tb: self.show_failure(self.tr("Cannot import the workbook"), exc, tb))

    def _apply_workbook(self, plan) -> None:
        title = self.tr("Import curriculum workbook")
        if plan.empty:
            self.prompts.inform(self.window, title, self.tr("Nothing to change: the programme already "
                                                            "matches the workbook."))
            return
        text = fmt(self.tr("Change programme %1 to match the workbook?"), plan.programme)
        courses, modules, mappings = plan.removals
        if courses or modules or mappings:  # deletions first, in numbers, before the list
            text += "\n\n" + fmt(self.tr("This DELETES %1, %2 and %3 that the workbook lacks."),
                                 self.tr("%n courses", "", courses), self.tr("%n modules", "", modules),
                                 self.tr("%n mappings", "", mappings))
        lines = "\n".join(tr_msg(line) for line in plan.summary(limit=15))
        if not self.prompts.confirm(self.window, title, text + "\n\n" + lines):
            return
        command = ImportWorkbook(plan)
        text = fmt(self.tr("Import workbook %1"), plan.workbook.source)
        # A long write: off the GUI thread, then on the undo stack as if run there.
        self.start_job(self.tr("Importing the workbook…"), lambda progress: command.do(self.ctx.workspace, progress),
                       lambda result: self.ctx.record(text, command, result),
                       lambda exc, tb: self.show_failure(title, exc, tb))

    # ---- helpers --------------------------------------------------------------

    def notify_written(self, path: str) -> None:
        """A file was written: say so in the status bar, with Open and Show in folder."""
        notice = getattr(self.window, "export_notice", None)
        if notice is not None:
            notice.show_file(path)
        else:
            self.window.statusBar().showMessage(fmt(self.tr("Wrote %1"), path), 10000)

    def _other_file(self, path: str, title: str) -> bool:
        """False (and a warning) when the file chosen is the open map itself."""
        ok, _ = attempt(self.prompts, self.window, title, self.ctx.workspace.check_other_file, path)
        return ok

    def start_job(self, label: str, fn, on_success, on_failure) -> Job:
        job = Job(self.window, label, fn, on_success, on_failure)
        self.jobs.append(job)
        collector = LiveStore.of(self.ctx).collector  # its passes would stall the window (views/collector.py)
        collector.hold()
        job.done.connect(lambda: (self.jobs.remove(job), collector.release()))
        job.start()
        return job

    def show_failure(self, title: str, exc: BaseException, tb: str) -> None:
        if isinstance(exc, user_errors()):
            self.prompts.warn(self.window, title, message_of(exc))
        else:  # a bug: on to the exception hook's report dialog
            raise exc

