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
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QStyle

from desktop.domain.messages import Message
from desktop.reports.jobs import ExportDone
from desktop.services.progress import Cancelled
from desktop.ui import settings
from desktop.ui.i18n import current_language, text
from desktop.ui.language_menu import NATIVE_NAMES
from desktop.ui.operations import show_error
from desktop.ui.process_jobs import start_job
from desktop.ui.report_dialog import ReportChoices, ReportDialog, load_choices, save_choices

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

__all__ = ["ExportDone", "ReportActions", "install"]

log = logging.getLogger(__name__)


class ReportActions(QObject):
    """The two report actions of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last_message: QMessageBox | None = None
        self.choices_dialog: ReportDialog | None = None
        self.open_when_done = True
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
        self.act_card = QAction(self.tr("Print agreement &card…"), self.window)
        self.act_card.setToolTip(self.tr("A one-page PDF card of the agreement selected in Agreements"))
        self.act_card.triggered.connect(lambda _checked=False: self.print_card())
        window.file_menu.addSeparator()
        window.file_menu.addAction(self.act_excel)
        window.file_menu.addAction(self.act_pdf)
        window.file_menu.addAction(self.act_card)
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
        choices = self.ask_choices(kind)
        if choices is None:
            return
        chosen = self.ask_path(kind, today)
        if chosen is None:
            return
        target, language = chosen
        self.open_when_done = choices.open_when_done
        title = self.tr("Exporting to Excel…") if kind == "xlsx" else self.tr("Writing the PDF report…")
        self._set_enabled(False)
        started = time.time()

        def cleanup() -> None:  # only needed when the export process had to be terminated
            from desktop.reports.files import remove_partials

            remove_partials(target, started)

        job = start_job(
            self.window.ctx,
            "export_report",
            {
                "kind": kind,
                "target": str(target),
                "flt": flt,
                "today": today,
                "language": language,
                "edition": choices.edition,
                "as_of": choices.as_of_day(),
                "since": choices.since_day(),
                "title": choices.title,
                "with_history": choices.with_history,
                "cover": (choices.classification, choices.prepared_by, choices.approved_by),
                "order": self.window.commitments.shown_order(),  # the list's sort, within each body
            },
            title,
            on_success=self._done,
            on_failure=self._failed,
            parent=self.window,
            cleanup=cleanup,
        )
        self.progress_dialog = job.dialog

    def register(self) -> str:
        return str(self.window.ctx.db.label)

    def ask_choices(self, kind: str) -> ReportChoices | None:
        """The export dialog, filled with this register's last answers; None when cancelled."""
        choices = load_choices(self.register())
        choices.open_when_done = settings.OPEN_AFTER_EXPORT.get()
        dialog = ReportDialog(self.window, kind, choices)
        self.choices_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.choices()
        save_choices(self.register(), chosen)
        settings.OPEN_AFTER_EXPORT.set(chosen.open_when_done)
        return chosen

    def print_card(self) -> None:
        """File → Print agreement card: the agreement selected in Agreements, as a one-page PDF."""
        if self.progress_dialog is not None:
            return
        page = self.window.pages["agreements"]
        agreement_id = page.current_id()
        if agreement_id is None:
            self.window.show_page("agreements")
            QMessageBox.information(
                self.window, self.tr("Agreement card"), self.tr("Select an agreement in the list first.")
            )
            return
        row = getattr(page, "current_row", lambda: None)()  # the list page's selected row
        name = str(getattr(row, "reg_number", "") or agreement_id).replace("/", "-")
        folder = self.default_path("pdf", date.today()).parent
        chosen, _selected = QFileDialog.getSaveFileName(
            self.window, self.tr("Save the agreement card"), str(folder / f"Agreement {name}.pdf"), "PDF (*.pdf)"
        )
        if not chosen:
            return
        target = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")
        settings.LAST_EXPORT_DIR.set(str(target.parent))
        self.open_when_done = settings.OPEN_AFTER_EXPORT.get()
        self._set_enabled(False)
        job = start_job(
            self.window.ctx,
            "agreement_card",
            {"target": str(target), "agreement_id": agreement_id, "language": current_language()},
            self.tr("Writing the agreement card…"),
            on_success=self._done,
            on_failure=self._failed,
            parent=self.window,
        )
        self.progress_dialog = job.dialog

    def _set_enabled(self, enabled: bool) -> None:
        self.act_excel.setEnabled(enabled)
        self.act_pdf.setEnabled(enabled)
        self.act_card.setEnabled(enabled)

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
        if self.open_when_done and self.open_file(result.path, quiet=True):
            return
        # Not opened (not wanted, or nothing here opens it): say where the file went, with both ways to it.
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
        folder_button = box.addButton(self.tr("Show in folder"), QMessageBox.ButtonRole.ActionRole)
        folder_button.clicked.connect(lambda: self.show_folder(result.path))
        box.setDefaultButton(open_button)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_message = box
        box.open()  # window-modal but not blocking: the lists keep working

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, Cancelled):
            self._status(self.tr("Export cancelled; no file was written."))
            return
        show_error(self.window, error, self.tr("The report was not saved"))

    def open_file(self, path: Path, *, quiet: bool = False) -> bool:
        """Open the report in the system's program; False (and, unless ``quiet``, a message) when none does."""
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            return True
        if not quiet:
            QMessageBox.information(
                self.window,
                self.tr("Report saved"),
                self.tr("No program opens this kind of file here. The report is at:\n{0}").format(path),
            )
        return False

    def show_folder(self, path: Path) -> bool:
        """Open the folder holding the report in the file manager."""
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))):
            return True
        QMessageBox.information(
            self.window,
            self.tr("Report saved"),
            self.tr("No file manager opens folders here. The report is at:\n{0}").format(path),
        )
        return False


def install(window: MainWindow) -> ReportActions:
    """Add the report actions to the window's File menu and toolbar (called by the main window)."""
    actions = ReportActions(window)
    window.report_actions = actions
    return actions
