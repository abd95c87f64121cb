"""File → Import…: pick a workbook, fix unmatched columns, see what would happen, confirm.

Reading, checking and importing run in a child process (``ui/process_jobs.py``, with Cancel),
so the window never freezes, even on 100,000 rows. The child sends back the sheets' mappings and
a summary of the plan (counts, problems, at most 2,000 preview rows), never the file's rows.
Nothing is written until the clerk presses Import; then the file is read again and checked
inside the write transaction, and lands whole, or not at all.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import Message
from desktop.services.jobs import PREVIEW_LIMIT, PlanSummary
from desktop.ui import settings
from desktop.ui.i18n import text
from desktop.ui.operations import Change, show_error
from desktop.ui.process_jobs import start_job

__all__ = ["PREVIEW_LIMIT", "ImportActions", "ImportDialog", "install"]


class ImportDialog(QDialog):
    """The mapping step and the preview of one workbook; Import applies it."""

    def __init__(self, actions: ImportActions, path: Path, mappings: list[Any], plan: PlanSummary) -> None:
        super().__init__(actions.window)
        self.actions, self.path, self.mappings, self.plan = actions, path, mappings, plan
        self.setWindowTitle(self.tr("Import {0}").format(path.name))
        self.resize(980, 620)
        self.combos: list[tuple[Any, int, QComboBox]] = []
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.mapping_box = QGroupBox(self.tr("Columns Kelisim did not recognise"), self)
        self.mapping_form = QFormLayout(self.mapping_box)
        layout.addWidget(self.mapping_box)
        self.recheck = QPushButton(self.tr("Check again with these columns"), self)
        self.recheck.clicked.connect(self.check_again)
        layout.addWidget(self.recheck)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Sheet"), self.tr("Row"), self.tr("Record"), self.tr("Details")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.confirm)
        layout.addWidget(self.buttons)
        self._build_mapping()
        self.show_plan(plan)

    # the mapping step --------------------------------------------------------------------
    def _build_mapping(self) -> None:
        from desktop.services.importing.mapping import FIELDS

        for mapping in self.mappings:
            for index in mapping.unmatched:
                combo = QComboBox(self)
                combo.addItem(self.tr("(ignore this column)"), "")
                for name, (label, _synonyms) in FIELDS[mapping.entity].items():
                    combo.addItem(label, name)
                self.mapping_form.addRow(self.tr("{0} › “{1}”").format(mapping.sheet, mapping.headers[index]), combo)
                self.combos.append((mapping, index, combo))
        self.mapping_box.setVisible(bool(self.combos))
        self.recheck.setVisible(bool(self.combos))

    def check_again(self) -> None:
        for mapping, index, combo in self.combos:
            mapping.assign(index, combo.currentData() or None)
        self.recheck.setEnabled(False)
        start_job(
            self.actions.window.ctx,
            "plan_import",
            {"path": str(self.path), "mappings": self.mappings},
            self.tr("Checking {0}…").format(self.path.name),
            on_success=self._checked,
            on_failure=self._check_failed,
            parent=self,
        )

    def _checked(self, result: tuple[list[Any], PlanSummary]) -> None:
        self.recheck.setEnabled(True)
        self.show_plan(result[1])

    def _check_failed(self, error: BaseException) -> None:
        self.recheck.setEnabled(True)
        show_error(self, error)

    # the preview -------------------------------------------------------------------------
    def show_plan(self, plan: PlanSummary) -> None:
        self.plan = plan
        lines = [
            self.tr("{0}: {1} to add, {2} to update, {3} unchanged, {4} rejected").format(
                self._entity(e), c.add, c.update, c.unchanged, c.reject
            )
            for e, c in plan.counts.items()
            if c.add or c.update or c.unchanged or c.reject
        ]
        lines += [f"⚠ {text(p)}" for p in plan.problems]
        if plan.rejections:
            lines.append(self.tr("Rejected rows are not imported; fix them in the file and import it again."))
        self.summary.setText("\n".join(lines) or self.tr("The file holds no records."))
        shown = plan.preview[:PREVIEW_LIMIT]  # rejected rows first (jobs.PlanSummary)
        self.table.setRowCount(len(shown))
        words = {"add": self.tr("Add"), "update": self.tr("Update"), "reject": self.tr("Rejected")}
        for r, item in enumerate(shown):
            values = (words.get(item.action, item.action), item.sheet, str(item.row), item.key, text(item.detail))
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if item.action == "reject":
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        can_import = plan.has_changes and not plan.problems
        self.import_button.setEnabled(can_import)
        valid = sum(c.add + c.update for c in plan.counts.values())
        self.import_button.setText(
            text(
                Message(
                    "{0}, {1}",
                    Message("Import %n row(s)", n=valid),
                    Message("skip %n rejected", n=plan.rejected_rows),
                )
            )
            if plan.rejections
            else text(Message("Import %n row(s)", n=valid))
        )

    def _entity(self, entity: str) -> str:
        return {
            "parties": self.tr("Parties"),
            "agreements": self.tr("Agreements"),
            "bodies": self.tr("Bodies"),
            "commitments": self.tr("Commitments"),
        }.get(entity, entity)

    def confirm(self) -> None:
        self.import_button.setEnabled(False)
        start_job(
            self.actions.window.ctx,
            "apply_import",
            {"path": str(self.path), "mappings": self.mappings},
            self.tr("Importing {0}…").format(self.path.name),
            change=Change.ALL,
            on_success=self._imported,
            on_failure=self._failed,
            parent=self,
        )

    def _imported(self, plan: PlanSummary) -> None:
        added = sum(c.add for c in plan.counts.values())
        updated = sum(c.update for c in plan.counts.values())
        message = self.tr("Imported {0}: {1} added, {2} updated, {3} rejected rows skipped.").format(
            plan.source, added, updated, plan.rejected_rows
        )
        self.actions.last_message = message
        status = getattr(self.actions.window, "statusBar", None)
        if status is not None:
            status().showMessage(message, 15000)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.import_button.setEnabled(True)
        show_error(self, error)


class ImportActions(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ImportDialog | None = None
        self.last_message = ""
        self.act_import = QAction(self.tr("&Import from Excel…"), window)
        self.act_import.setShortcut(QKeySequence("Ctrl+I"))
        self.act_import.setIcon(window.style().standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton))
        self.act_import.setToolTip(
            self.tr("Bring in parties, agreements, bodies and commitments from a workbook (Ctrl+I)")
        )
        self.act_import.triggered.connect(lambda _checked=False: self.choose_file())
        window.addAction(self.act_import)
        window.file_menu.addSeparator()
        window.file_menu.addAction(self.act_import)

    def choose_file(self) -> None:
        start = settings.LAST_IMPORT_DIR.get() or str(Path.home())
        name, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Import from Excel"), start, self.tr("Excel workbooks (*.xlsx *.xlsm);;All files (*)")
        )
        if name:
            self.start(Path(name))

    def start(self, path: Path) -> None:
        settings.LAST_IMPORT_DIR.set(str(path.parent))
        start_job(
            self.window.ctx,
            "plan_import",
            {"path": str(path)},
            self.tr("Reading {0}…").format(path.name),
            on_success=lambda result: self._show(path, *result),
            parent=self.window,
        )

    def _show(self, path: Path, mappings: list[Any], plan: PlanSummary) -> None:
        self.dialog = ImportDialog(self, path, mappings, plan)
        self.dialog.open()


def install(window: QWidget) -> ImportActions:
    """Add File → Import… to the window (called by the main window)."""
    actions = ImportActions(window)
    window.import_actions = actions  # type: ignore[attr-defined]
    return actions
