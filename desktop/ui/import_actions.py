"""File → Import…: pick a workbook, fix unmatched columns, see what would happen, confirm.

Reading, checking and importing run in a child process (``ui/process_jobs.py``, with Cancel),
so the window never freezes, even on 100,000 rows. The child sends back the sheets' mappings and
a summary of the plan (counts, problems, at most 2,000 preview rows), never the file's rows.
Nothing is written until the clerk presses Import; then the file is read again and checked
inside the write transaction, and lands whole, or not at all.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.domain.messages import Message
from desktop.reports.jobs import PREVIEW_LIMIT, PlanSummary
from desktop.ui import settings
from desktop.ui.i18n import text as shown_text
from desktop.ui.operations import run_query, show_error
from desktop.ui.process_jobs import start_job

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

__all__ = ["PREVIEW_LIMIT", "ImportActions", "ImportDialog", "install"]


class ImportDialog(QDialog):
    """The mapping step and the preview of one workbook; Import applies it."""

    def __init__(self, actions: ImportActions, path: Path, mappings: list[Any], plan: PlanSummary) -> None:
        super().__init__(actions.window)
        self.import_actions, self.path, self.mappings, self.plan = actions, path, mappings, plan
        self.setWindowTitle(self.tr("Import {0}").format(path.name))
        self.resize(980, 620)
        self.combos: list[tuple[Any, int, QComboBox]] = []
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.sheets = QLabel(self)
        self.sheets.setWordWrap(True)
        self.sheets.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.sheets)
        self.mapping_box = QGroupBox(self.tr("Columns to choose: not recognised, or claimed by two columns"), self)
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
        self.table.setObjectName("preview")
        layout.addWidget(self.table, 1)
        # Every reason in full: rows grow to their text, each cell's tooltip holds it, Ctrl+C copies rows.
        copy = QAction(self.tr("Copy"), self.table)
        copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_rows)
        self.table.addAction(copy)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.save_rejected = QPushButton(self.tr("Save rejected rows…"), self)
        self.save_rejected.setObjectName("save_rejected")
        self.save_rejected.setToolTip(self.tr("The refused rows as a workbook, with a column saying why"))
        self.save_rejected.clicked.connect(self.ask_save_rejected)
        layout.addWidget(self.save_rejected)
        # Rows for records changed in the register since the file was written: kept unless chosen.
        self.conflict_box = QGroupBox(self.tr("Changed in the register since the file was written"), self)
        conflict_layout = QVBoxLayout(self.conflict_box)
        self.conflict_hint = QLabel(
            self.tr(
                "The register's values are kept. Tick a record to take the file's values instead, or take them for all."
            ),
            self,
        )
        self.conflict_hint.setWordWrap(True)
        conflict_layout.addWidget(self.conflict_hint)
        self.conflicts = QTableWidget(0, 4, self)
        self.conflicts.setObjectName("conflicts")
        self.conflicts.setHorizontalHeaderLabels(
            [self.tr("Take the file's values"), self.tr("Record"), self.tr("Sheet, row"), self.tr("Register ↔ file")]
        )
        self.conflicts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflicts.verticalHeader().setVisible(False)
        self.conflicts.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.conflicts.setWordWrap(True)
        self.conflicts.itemChanged.connect(lambda _item: self._update_button())
        conflict_layout.addWidget(self.conflicts)
        self.take_all = QPushButton(self.tr("Take the file's values for all"), self)
        self.take_all.clicked.connect(lambda: self._tick_all(True))
        self.taking_all = False  # "for all": every conflict, also those beyond the rows shown
        conflict_layout.addWidget(self.take_all)
        layout.addWidget(self.conflict_box, 1)
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
            contested = {i: name for name, cols in mapping.contested.items() for i in cols}
            # A required field no column holds: every column is offered, so the clerk can say which holds it.
            asked = [i for i, h in enumerate(mapping.headers) if h] if mapping.missing_required() else mapping.unmatched
            for index in asked:
                combo = QComboBox(self)
                combo.addItem(self.tr("(ignore this column)"), "")
                for name, (label, _synonyms) in FIELDS[mapping.entity].items():
                    combo.addItem(shown_text(label), name)
                if index in mapping.columns:
                    combo.setCurrentIndex(combo.findData(mapping.columns[index]))
                caption = self.tr("{0} › “{1}”").format(mapping.sheet, mapping.headers[index])
                if index in contested:  # two columns claim one field: the clerk says which
                    caption += " " + self.tr("(also looks like “{0}”)").format(
                        shown_text(FIELDS[mapping.entity][contested[index]][0])
                    )
                self.mapping_form.addRow(caption, combo)
                self.combos.append((mapping, index, combo))
            for missing in mapping.missing_required():
                if not asked:
                    self.mapping_form.addRow(
                        QLabel(
                            self.tr("{0}: no column holds “{1}”; add it to the file").format(
                                mapping.sheet, shown_text(FIELDS[mapping.entity][missing][0])
                            ),
                            self,
                        )
                    )
        self.mapping_box.setVisible(bool(self.combos))
        self.recheck.setVisible(bool(self.combos))

    def check_again(self) -> None:
        for mapping, index, combo in self.combos:
            mapping.assign(index, combo.currentData() or None)
            mapping.confirmed = True  # remembered for the next file with the same headers
        for mapping in self.mappings:
            mapping.contested = {f: cols for f, cols in mapping.contested.items() if mapping.column_of(f) is None}
            for name, cols in list(mapping.contested.items()):
                if all(mapping.columns.get(i) is None for i in cols):  # the clerk ignored both: settled
                    mapping.contested.pop(name)
        self.recheck.setEnabled(False)
        start_job(
            self.import_actions.window.ctx,
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
        lines += [f"⚠ {shown_text(p)}" for p in plan.problems]
        if plan.rejections:
            lines.append(self.tr("Rejected rows are not imported; fix them in the file and import it again."))
        if plan.conflicts:
            lines.append(
                self.tr("{0} records were changed in the register since the file was written: see below.").format(
                    plan.conflict_count
                )
            )
        self.summary.setText("\n".join(lines) or self.tr("The file holds no records."))
        sheet_lines = []
        for sheet, outcome in plan.sheet_outcomes.items():
            tallies = plan.sheet_counts.get(sheet, {})
            tally = "; ".join(
                self.tr("{0}: {1} to add, {2} to update, {3} unchanged, {4} in conflict, {5} rejected").format(
                    self._entity(e), c.add, c.update, c.unchanged, c.conflict, c.reject
                )
                + (self.tr(", {0} merged with rows of other sheets").format(c.merged) if c.merged else "")
                for e, c in tallies.items()
            )
            sheet_lines.append(
                self.tr("Sheet “{0}”: {1}").format(sheet, self._outcome(outcome)) + (f" — {tally}" if tally else "")
            )
        self.sheets.setText("\n".join(sheet_lines))
        self._show_conflicts(plan)
        shown = plan.preview[:PREVIEW_LIMIT]  # rejected rows first (jobs.PlanSummary)
        self.table.setRowCount(len(shown))
        words = {
            "add": self.tr("Add"),
            "update": self.tr("Update"),
            "reject": self.tr("Rejected"),
            "conflict": self.tr("Conflict"),
        }
        for r, item in enumerate(shown):
            values = (
                words.get(item.action, item.action),
                item.sheet,
                str(item.row),
                shown_text(item.key),
                shown_text(item.detail),
            )
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if item.action == "reject":
                    cell.setForeground(Qt.GlobalColor.darkRed)
                elif item.action == "conflict":
                    cell.setForeground(Qt.GlobalColor.darkMagenta)
                cell.setToolTip(value)
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.save_rejected.setEnabled(bool(plan.rejected))
        self._update_button()

    def copy_rows(self) -> None:
        """The selected preview rows as tab-separated text, reasons in full."""
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        lines = []
        for r in rows:
            cells = [self.table.item(r, c) for c in range(self.table.columnCount())]
            lines.append("\t".join(cell.text() if cell is not None else "" for cell in cells))
        clipboard = QApplication.clipboard()
        if lines and clipboard is not None:
            clipboard.setText("\n".join(lines))

    def ask_save_rejected(self) -> None:
        suggested = self.path.with_name(self.tr("{0} - rejected rows.xlsx").format(self.path.stem))
        chosen, _selected = QFileDialog.getSaveFileName(
            self, self.tr("Save rejected rows"), str(suggested), self.tr("Excel workbook (*.xlsx)")
        )
        if chosen:
            self.save_rejected_rows(Path(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx"))

    def save_rejected_rows(self, target: Path) -> None:
        from desktop.reports.rejected import write_rejected_rows

        rejected = [(r.sheet, r.row, shown_text(r.describe())) for r in self.plan.rejected]
        header_rows = {m.sheet: m.header_row for m in self.mappings}
        source, reason = self.path, self.tr("Problems")
        self.save_rejected.setEnabled(False)

        def done(count: int) -> None:
            self.save_rejected.setEnabled(True)
            self.saved_rejected = target
            QMessageBox.information(
                self, self.tr("Rejected rows saved"), self.tr("{0} rows written to {1}").format(count, target)
            )

        def failed(error: BaseException) -> None:
            self.save_rejected.setEnabled(True)
            show_error(self, error, self.tr("Cannot save the rejected rows"))

        run_query(
            self.import_actions.window.ctx,
            lambda _db: write_rejected_rows(source, target, rejected, header_rows, reason),
            done,
            parent=self,
            on_failure=failed,
        )

    def _outcome(self, outcome: Message | str) -> str:
        """The service's words for a sheet's fate, in the clerk's language."""
        if isinstance(outcome, Message):
            how = outcome.args[1] if outcome.text == "{0} ({1})" and len(outcome.args) == 2 else None
            base = outcome.args[0] if how is not None else outcome
            if isinstance(base, Message) and base.text == "read as {0}" and isinstance(base.args[0], Message):
                read = self.tr("read as {0}").format(self._entity(base.args[0].text).lower())
                if isinstance(how, Message) and how.text == "remembered mapping":
                    read += " " + self.tr("(the mapping remembered from an earlier file)")
                elif isinstance(how, Message) and how.text == "mapped by the clerk":
                    read += " " + self.tr("(as you mapped it)")
                return read
            return shown_text(outcome)
        known = {
            "hidden: skipped": self.tr("hidden: skipped"),
            "empty: nothing to read": self.tr("empty: nothing to read"),
            "an export's summary: not records, skipped": self.tr("an export's summary: not records, skipped"),
            "the export's status history: read for the records it creates": self.tr(
                "the export's status history: read for the records it creates"
            ),
            "not read: a required column is missing": self.tr("not read: a required column is missing"),
            "not read: columns to choose": self.tr("not read: columns to choose"),
        }
        if outcome in known:
            return known[outcome]
        if outcome.startswith("read as "):
            entity, _sep, how = outcome[len("read as ") :].partition(" (")
            text = self.tr("read as {0}").format(self._entity(entity).lower())
            if how.startswith("remembered"):
                text += " " + self.tr("(the mapping remembered from an earlier file)")
            elif how.startswith("mapped"):
                text += " " + self.tr("(as you mapped it)")
            return text
        return outcome

    # conflicts -----------------------------------------------------------------------------
    def _show_conflicts(self, plan: PlanSummary) -> None:
        chosen = self.chosen()
        self.conflicts.blockSignals(True)
        self.conflicts.setRowCount(len(plan.conflicts))
        for r, conflict in enumerate(plan.conflicts):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            key = f"{conflict.entity}:{conflict.key}"
            tick.setData(Qt.ItemDataRole.UserRole, key)
            tick.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
            self.conflicts.setItem(r, 0, tick)
            self.conflicts.setItem(r, 1, QTableWidgetItem(f"{self._entity(conflict.entity)} {conflict.key}"))
            self.conflicts.setItem(r, 2, QTableWidgetItem(f"{conflict.sheet}, {conflict.row}"))
            both = "\n".join(
                self.tr("{0}: register “{1}” ↔ file “{2}”").format(f.field, f.register, f.file) for f in conflict.fields
            )
            cell = QTableWidgetItem(both)
            cell.setToolTip(both)  # the whole of both values, however long
            self.conflicts.setItem(r, 3, cell)
        self.conflicts.blockSignals(False)
        self.conflicts.resizeColumnsToContents()
        self.conflicts.resizeRowsToContents()
        self.conflicts.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.conflict_box.setVisible(bool(plan.conflicts))

    def chosen(self) -> set[str]:
        """The records whose file values the clerk chose to take."""
        found = set()
        for r in range(self.conflicts.rowCount()):
            item = self.conflicts.item(r, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                found.add(str(item.data(Qt.ItemDataRole.UserRole)))
        return found

    def _tick_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.conflicts.blockSignals(True)
        for r in range(self.conflicts.rowCount()):
            item = self.conflicts.item(r, 0)
            if item is not None:
                item.setCheckState(state)
        self.conflicts.blockSignals(False)
        self.taking_all = checked
        self._update_button()

    def _taken(self) -> int:
        return self.plan.conflict_count if self.taking_all else len(self.chosen())

    def _update_button(self) -> None:
        plan = self.plan
        if self.taking_all and len(self.chosen()) < self.conflicts.rowCount():
            self.taking_all = False  # the clerk unticked one after "for all"
        taken = self._taken()
        # A sheet that cannot be read (no column holds a required field: a clerk's notes sheet) is left out, as
        # rejected rows are; columns still to choose stop the import until the clerk chooses.
        can_import = (plan.has_changes or taken > 0) and not plan.questions
        self.import_button.setEnabled(can_import)
        valid = sum(c.add + c.update for c in plan.counts.values()) + taken
        text = (
            self.tr("Import {0} rows, skip {1} rejected").format(valid, plan.rejected_rows)
            if plan.rejections
            else self.tr("Import {0} rows").format(valid)
        )
        if plan.unread_sheets:
            names = ", ".join(self.tr("“{0}”").format(name) for name in plan.unread_sheets)  # «…» in ru and kk
            text += self.tr(", leave out {0}").format(names)
        kept = plan.conflict_count - taken
        if kept:
            text += self.tr(", keep the register for {0} conflicts").format(kept)
        self.import_button.setText(text)

    def _entity(self, entity: str) -> str:
        return {
            "people": self.tr("People"),
            "parties": self.tr("Parties"),
            "agreements": self.tr("Agreements"),
            "bodies": self.tr("Bodies"),
            "commitments": self.tr("Commitments"),
        }.get(entity, entity)

    def confirm(self) -> None:
        self.import_button.setEnabled(False)
        start_job(
            self.import_actions.window.ctx,
            "apply_import",
            {
                "path": str(self.path),
                "mappings": self.mappings,
                "overwrite": frozenset(self.chosen()),
                "on_conflict": "overwrite" if self.taking_all else "skip",
            },
            self.tr("Importing {0}…").format(self.path.name),
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
        kept = plan.conflicts_kept
        if kept:
            message += " " + self.tr(
                "{0} records changed in the register since the file was written were kept."
            ).format(kept)
        self.import_actions.last_message = message
        status = getattr(self.import_actions.window, "statusBar", None)
        if status is not None:
            status().showMessage(message, 15000)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.import_button.setEnabled(True)
        show_error(self, error)


class ImportActions(QObject):
    def __init__(self, window: MainWindow) -> None:
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


def install(window: MainWindow) -> ImportActions:
    """Add File → Import… to the window (called by the main window)."""
    actions = ImportActions(window)
    window.import_actions = actions
    return actions
