"""What the window does about a new version of a standard: open the compare view, run the
migration wizard (its apply is one undoable step), and offer both after an import."""
from __future__ import annotations

from app import commands
from app.curriculum.queries import programme_info
from app.lazy import LazyModule
from app.progress import Progress
from app.standards.compare import base_code, version_of
from app.standards.queries import list_standards
from views.context import ViewContext
from views.i18n import fmt
from views.prompts import Prompts, attempt
from views.qt import QObject, QSettings, QWidget
from views.versions.compare_model import tr_app

# Loaded on first use: the plan and the apply bring the ORM, which start-up does without.
migrate = LazyModule("app.curriculum.migrate")


class VersionActions(QObject):
    def __init__(self, window: QWidget, ctx: ViewContext, prompts: Prompts, settings: QSettings,
                 lang: str) -> None:
        super().__init__(window)
        self.window, self.ctx, self.prompts, self.settings, self.lang = window, ctx, prompts, settings, lang
        self.compare_dialog = None
        ctx.changed.connect(self._on_changed)

    def _standards(self) -> list[tuple[str, str]]:
        return [(s.code, s.name) for s in self.ctx.read(list_standards)]

    # ---- the compare view ---------------------------------------------------------

    def compare(self, old: str | None = None, new: str | None = None) -> None:
        from app.standards.compare import compare_standards
        from views.versions.compare_dialog import CompareDialog

        if self.compare_dialog is None:
            self.compare_dialog = CompareDialog(
                self._standards(), lambda o, n, t: self.ctx.read(compare_standards, o, n, t), self.window,
                on_export=self._export, on_migrate=None if self.ctx.workspace.readonly else self.migrate)
        elif old or new:
            self.compare_dialog.set_standards(self._standards(), old, new)
        if old and new:
            self.compare_dialog.select(old, new)
        if self.compare_dialog.isVisible():  # open already, perhaps behind the window
            self.compare_dialog.raise_()
            self.compare_dialog.activateWindow()
        else:
            self.compare_dialog.show()

    def _on_changed(self, changes) -> None:
        if changes.standards and self.compare_dialog is not None:
            old, new = self.compare_dialog.codes()
            self.compare_dialog.set_standards(self._standards(), old, new)

    def _export(self, cmp) -> None:
        title = self.tr("Export the comparison")
        files = self.window.files  # the window's file dialogs and jobs
        path = files.ask_save("workbooks", title, f"{cmp.old.code}-{cmp.new.code}.xlsx",
                              self.tr("Excel workbooks (*.xlsx)"), parent=self.compare_dialog)
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"

        def write(progress: Progress):
            from app.excel.comparison import write_comparison

            progress.step(0, 1, "")
            return write_comparison(cmp, path, lang=self.lang, translate=tr_app)

        files.start_job(self.tr("Writing the workbook…"), write, lambda result: files.notify_written(result.path),
                        lambda exc, tb: files.show_failure(title, exc, tb))

    # ---- the migration wizard ----------------------------------------------------

    def migrate(self, old: str | None = None, new: str | None = None) -> None:
        from views.versions.migration_wizard import MigrationWizard

        pid = self.ctx.programme_id
        title = self.tr("Carry over to a new version")
        if not pid:
            self.prompts.inform(self.window, title, self.tr("Choose a programme first."))
            return
        standards = self._standards()
        if len(standards) < 2:
            self.prompts.inform(self.window, title, self.tr("The map holds one standard: import the new version "
                                                            "first (File ▸ Import standard…)."))
            return
        prog = self.ctx.read(programme_info, pid)
        parent = self.compare_dialog if self.compare_dialog is not None and self.compare_dialog.isVisible() \
            else self.window
        wizard = MigrationWizard(
            prog.name, prog.standards, standards,
            lambda o, n, t: self.ctx.read(migrate.plan_migration, pid, n, o, t),
            lambda plan, drop, keep: self._apply(wizard, plan, drop, keep), parent, old=old, new=new,
            warn=lambda t, text: self.prompts.warn(wizard, t, text),
            show_changes=lambda o, n: self.compare(o, n))
        self.prompts.run_dialog(wizard)

    def _apply(self, wizard, plan, drop: bool, keep: bool) -> bool:
        """One undoable step; a refusal (the map moved since the plan) keeps the wizard open."""
        text = fmt(self.tr("Carry %1 over to %2"), plan.programme, plan.new_code)
        ok, result = attempt(self.prompts, wizard, self.tr("Carry over to a new version"), self.ctx.run, text,
                             commands.MigrateProgramme(plan, drop_uncarried=drop, keep_old=keep))
        if ok:
            self.window.statusBar().showMessage(
                fmt(self.tr("Carried %n mappings over to %1; the programme targets %2", "", result.moved),
                    result.new_code, ", ".join(result.targets)), 15000)
        return ok

    # ---- after an import ------------------------------------------------------------

    def offer_after_import(self, code: str) -> bool:
        """A new version of a standard the programme maps was imported: offer to see what changed
        and carry the programme over. True when it was offered (so nothing else is asked)."""
        pid = self.ctx.programme_id
        if not pid or self.ctx.workspace.readonly:
            return False
        prog = self.ctx.read(programme_info, pid)
        older = [c for c in prog.standards if c != code and base_code(c) == base_code(code)
                 and version_of(c) < version_of(code)]
        if not older:
            return False
        old = max(older, key=version_of)
        if self.prompts.confirm(self.window, self.tr("A new version"),
                                fmt(self.tr("%1 is a new version of %2, which programme %3 maps. See what changed "
                                            "and carry the programme over?"), code, old, prog.name)):
            self.compare(old, code)
        return True
