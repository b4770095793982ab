"""File > Print…, Print preview… and Export PDF…: the coverage report through Qt's print support.

The report's data is read off the GUI thread (a Job); a PDF is painted there
too (QPainter on a QPdfWriter is safe off the GUI thread), a printer and the
preview are painted on the GUI thread, as Qt asks.
"""
from __future__ import annotations

from pathlib import Path

from app.curriculum.queries import programme_info
from app.progress import Progress
from views.qt import QObject, QWidget


class ReportActions(QObject):
    def __init__(self, window: QWidget, files) -> None:
        super().__init__(window)
        self.window, self.files = window, files
        self.ctx, self.prompts = files.ctx, files.prompts
        self.previews: list = []  # open preview dialogs, kept alive

    def _read(self, then) -> None:
        pid = self.ctx.programme_id
        if not pid:
            return

        def read(progress: Progress):
            from app.report import build_report

            return self.ctx.read(build_report, pid)

        self.files.start_job(self.tr("Preparing the coverage report…"), read, then,
                          lambda exc, tb: self.files.show_failure(self.tr("Cannot print the report"), exc, tb))

    def _printer(self):
        from views.qt import QPrinter
        from views.report_print import setup_page

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup_page(printer)
        printer.setDocName(self.tr("Coverage report"))
        return printer

    def print_report(self) -> None:
        def send(report) -> None:
            from views.report_print import render_report

            printer = self._printer()
            if not self.prompts.print_setup(self.window, printer):
                return
            try:
                pages = render_report(report, printer)
            except OSError:
                self.prompts.warn(self.window, self.tr("Print"), self.tr("The printer could not be opened."))
                return
            self.window.statusBar().showMessage(self.tr("Sent %n pages to the printer", "", pages), 8000)

        self._read(send)

    def preview_report(self) -> None:
        def show(report) -> None:
            from views.qt import QPrintPreviewDialog
            from views.report_print import render_report

            printer = self._printer()  # the dialog does not own it: kept alive beside it
            dialog = QPrintPreviewDialog(printer, self.window)
            dialog.printer_ref = printer
            dialog.setObjectName("printPreview")
            dialog.setWindowTitle(self.tr("Print preview"))
            dialog.paintRequested.connect(lambda printer: render_report(report, printer))
            dialog.resize(self.window.size() * 0.9)
            self.previews.append(dialog)
            dialog.finished.connect(lambda _result: self.previews.remove(dialog))
            dialog.open()

        self._read(show)

    def export_pdf(self) -> None:
        pid = self.ctx.programme_id
        if not pid:
            return
        name = self.ctx.read(programme_info, pid).name
        path = self.files.ask_save("pdfs", self.tr("Export the coverage report as PDF"), f"{name}.pdf",
                                   self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        if Path(path).suffix.lower() != ".pdf":
            path += ".pdf"

        def write(progress: Progress):
            from app.report import build_report
            from views.report_print import write_report_pdf

            return write_report_pdf(self.ctx.read(build_report, pid), path)

        self.files.start_job(self.tr("Writing the PDF…"), write, lambda _pages: self.files.notify_written(path),
                          lambda exc, tb: self.files.show_failure(self.tr("Cannot export the PDF"), exc, tb))
