"""File → Export to Excel… and File → PDF report…: the commitments the clerk is looking at, as a report.

The report uses the Commitments page's filter ("print what I see") and is written by a child
process (``ui/process_jobs.py``) with a progress dialog and Cancel, so the window never freezes;
a cancelled or failed export leaves no file behind. openpyxl and reportlab are imported only
in that process.
"""

from __future__ import annotations

import logging
import time
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QStyle

from desktop.domain.messages import Message
from desktop.services.jobs import ExportDone
from desktop.services.progress import Cancelled
from desktop.ui import settings
from desktop.ui.i18n import current_language, text
from desktop.ui.language_menu import NATIVE_NAMES
from desktop.ui.operations import show_error
from desktop.ui.process_jobs import start_job

__all__ = ["ExportDone", "ReportActions", "install"]

log = logging.getLogger(__name__)


class ReportActions(QObject):
    """The two report actions of one main window."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.last_message: QMessageBox | None = None
        self.progress_dialog: Any = None
        style = window.style()
        self.act_excel = self._action(
            self.tr("Export to &Excel…"),
            "Ctrl+E",
            style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton),
            "xlsx",
        )
        self.act_pdf = self._action(
            self.tr("&PDF report…"),
            "Ctrl+P",
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView),
            "pdf",
        )
        self.act_excel.setToolTip(
            self.tr("Export the commitments shown (with the current filter) to an Excel workbook (Ctrl+E)")
        )
        self.act_pdf.setToolTip(self.tr("Print a PDF status report of the commitments shown (Ctrl+P)"))
        window.file_menu.addSeparator()
        window.file_menu.addAction(self.act_excel)
        window.file_menu.addAction(self.act_pdf)
        window.toolbar.addAction(self.act_excel)
        window.toolbar.addAction(self.act_pdf)

    def _action(self, text: str, shortcut: str, icon: Any, kind: str) -> QAction:
        action = QAction(icon, text, self.window)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: self.export(kind))
        self.window.addAction(action)
        return action

    # --- the flow -------------------------------------------------------------------------------------------
    def default_path(self, kind: str, today: date) -> Path:
        folder = settings.LAST_EXPORT_DIR.get()
        if not folder or not Path(folder).is_dir():
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(
                Path.home()
            )
        return Path(folder) / f"Kelisim status {today.isoformat()}.{kind}"

    def report_filters(self, kind: str) -> dict[str, str]:
        """The save dialog's file types, one per report language: choosing one chooses the report's language."""
        pattern = self.tr("Excel workbook, {0} (*.xlsx)") if kind == "xlsx" else self.tr("PDF report, {0} (*.pdf)")
        return {pattern.format(name): code for code, name in NATIVE_NAMES}

    def ask_path(self, kind: str, today: date) -> tuple[Path, str] | None:
        """The file and the report's language (default: the window's)."""
        title = self.tr("Export to Excel") if kind == "xlsx" else self.tr("Save the PDF report")
        filters = self.report_filters(kind)
        default = next(f for f, code in filters.items() if code == current_language())
        chosen, selected = QFileDialog.getSaveFileName(
            self.window, title, str(self.default_path(kind, today)), ";;".join(filters), default
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != "." + kind:
            path = path.with_name(path.name + "." + kind)
        settings.LAST_EXPORT_DIR.set(str(path.parent))
        return path, filters.get(selected, current_language())

    def export(self, kind: str) -> None:
        if self.progress_dialog is not None:
            return  # one export at a time; the first one's dialog is still open
        today = date.today()
        flt = self.window.current_commitment_filter()
        chosen = self.ask_path(kind, today)
        if chosen is None:
            return
        target, language = chosen
        title = self.tr("Exporting to Excel…") if kind == "xlsx" else self.tr("Writing the PDF report…")
        self._set_enabled(False)
        started = time.time()

        def cleanup() -> None:  # only needed when the export process had to be terminated
            from desktop.reports.files import remove_partials

            remove_partials(target, started)

        job = start_job(
            self.window.ctx,
            "export_report",
            {"kind": kind, "target": str(target), "flt": flt, "today": today, "language": language},
            title,
            on_success=self._done,
            on_failure=self._failed,
            parent=self.window,
            cleanup=cleanup,
        )
        self.progress_dialog = job.dialog

    def _set_enabled(self, enabled: bool) -> None:
        self.act_excel.setEnabled(enabled)
        self.act_pdf.setEnabled(enabled)

    def _finish(self) -> None:
        self.progress_dialog = None
        self._set_enabled(True)

    def _status(self, text: str) -> None:
        bar = self.window.statusBar() if hasattr(self.window, "statusBar") else None
        if bar is not None:
            bar.showMessage(text, 10_000)

    def _done(self, result: ExportDone) -> None:
        self._finish()
        self._status(self.tr("Saved {0} ({1} commitments)").format(result.path, result.commitments))
        if settings.OPEN_AFTER_EXPORT.get():
            self.open_file(result.path)
            return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Report saved"),
            text(
                Message(
                    "The report of {0} ({1}) was saved as\n{2}",
                    Message("%n commitment(s)", n=result.commitments),
                    Message("%n overdue", n=result.overdue),
                    str(result.path),
                )
            ),
            QMessageBox.StandardButton.Close,
            self.window,
        )
        open_button = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        open_button.clicked.connect(lambda: self.open_file(result.path))
        box.setDefaultButton(open_button)
        self.last_message = box
        box.open()  # window-modal but not blocking: the lists keep working

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, Cancelled):
            self._status(self.tr("Export cancelled; no file was written."))
            return
        show_error(self.window, error, self.tr("The report was not saved"))

    def open_file(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(
                self.window,
                self.tr("Report saved"),
                self.tr("No program opens this kind of file here. The report is at:\n{0}").format(path),
            )


def install(window: Any) -> ReportActions:
    """Add the report actions to the window's File menu and toolbar (called by the main window)."""
    actions = ReportActions(window)
    window.report_actions = actions
    return actions
