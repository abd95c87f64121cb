"""The commitment's page: every field, where it comes from, and its whole status history, newest first."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import AttachmentOwner
from desktop.domain.errors import NotFoundError
from desktop.domain.palette import OVERDUE_COLOUR
from desktop.domain.rules import executed_on_time, is_overdue
from desktop.domain.words import history_author, history_note
from desktop.services import audit, commitment_page, control
from desktop.services.attachments import Owner
from desktop.services.audit import TrailRow
from desktop.services.commitment_page import PageData
from desktop.services.reporting.dataset import MORE_COLUMNS, MORE_DATES, MORE_LABELS
from desktop.ui import labels
from desktop.ui.attachments import AttachmentsPanel
from desktop.ui.editors.base import alive
from desktop.ui.i18n import text
from desktop.ui.operations import AppContext, Change, run_op, run_query, show_error

_LISTENS_TO = Change.COMMITMENTS | Change.HISTORY | Change.AGREEMENTS | Change.BODIES | Change.PARTIES


class CommitmentPage(QDialog):
    def __init__(self, parent: QWidget | None, ctx: AppContext, commitment_id: int) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.commitment_id = commitment_id
        self.page: PageData | None = None
        self.setObjectName("commitment_page")
        self.setWindowTitle(self.tr("Commitment"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setSizeGripEnabled(True)
        self.finished.connect(self.deleteLater)
        self.heading = QLabel(self.tr("Loading…"))
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            form.setHorizontalSpacing(10)
            form.setVerticalSpacing(5)
        for form, name, caption in (
            (left, "status", self.tr("Status:")),
            (left, "due_date", self.tr("Due date:")),
            (left, "priority", self.tr("Priority:")),
            (left, "completed_on", self.tr("Completed on:")),
            (left, "sector", self.tr("Sector:")),
            (right, "agreement", self.tr("Source agreement:")),
            (right, "body", self.tr("Responsible body:")),
            (right, "party", self.tr("Responsible party:")),
            (right, "agency", self.tr("Agency:")),
            (right, "executor", self.tr("Lead executor:")),
            (right, "co_executors", self.tr("Co-executors:")),
            (right, "controller", self.tr("Controller:")),
            (right, "notes", self.tr("Notes:")),
            # A field added to commitments (the sheet's plain stored columns), under its column's label.
            *((right, name, text(MORE_LABELS[name]) + ":") for name in MORE_COLUMNS),
        ):
            value = QLabel()
            value.setObjectName(name)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[name] = value
            form.addRow(caption, value)
        # A superseded (cancelled) commitment links to the one that replaces it: the link opens its page.
        self.superseded_by = QLabel()
        self.superseded_by.setObjectName("superseded_by")
        self.superseded_by.setWordWrap(True)
        self.superseded_by.setTextFormat(Qt.TextFormat.RichText)
        self.superseded_by.linkActivated.connect(self._open_replacement)
        left.addRow(self.tr("Superseded by:"), self.superseded_by)
        self._left = left
        left.setRowVisible(self.superseded_by, False)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(220)
        left.insertRow(1, self.tr("Progress:"), self.progress)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        self.description = QLabel()
        self.description.setObjectName("description")
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description.setStyleSheet("padding: 6px; background: palette(base); border: 1px solid palette(mid);")

        self.history = QTableWidget(0, 5)
        self.history.setObjectName("history")
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("From"), self.tr("To"), self.tr("Note")]
        )
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        header = self.history.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

        # Every move of the deadline, oldest first: from, to, why, who asked, who approved, when.
        self.extensions = QTableWidget(0, 6)
        self.extensions.setObjectName("extensions")
        self.extensions.setHorizontalHeaderLabels(
            [
                self.tr("Moved on"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Reason"),
                self.tr("Requested by"),
                self.tr("Approved by"),
            ]
        )
        self.extensions.verticalHeader().setVisible(False)
        self.extensions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.extensions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.extensions.setWordWrap(True)
        extension_header = self.extensions.horizontalHeader()
        for column in (0, 1, 2, 4, 5):
            extension_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        extension_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.extensions_caption = QLabel(self.tr("Deadline moves"))
        self.extensions_caption.setStyleSheet("font-weight: bold;")

        # Execution reports, oldest first: what was done, the letter, and the controller's decision.
        self.reports = QTableWidget(0, 6)
        self.reports.setObjectName("reports")
        self.reports.setHorizontalHeaderLabels(
            [
                self.tr("Submitted"),
                self.tr("By"),
                self.tr("What was done"),
                self.tr("Evidence"),
                self.tr("Executed on"),
                self.tr("Decision"),
            ]
        )
        self.reports.verticalHeader().setVisible(False)
        self.reports.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reports.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reports.setWordWrap(True)
        reports_header = self.reports.horizontalHeader()
        for column in (0, 1, 3, 4):
            reports_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 5):
            reports_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.reports.setMaximumHeight(150)  # a few reports at most; the history below keeps its room
        self.reports_caption = QLabel(self.tr("Execution reports"))
        self.reports_caption.setObjectName("reports_caption")
        self.reports_caption.setStyleSheet("font-weight: bold;")

        # Interim reports, newest first: dated progress notes; they never complete the commitment.
        self.interims = QTableWidget(0, 4)
        self.interims.setObjectName("interims")
        self.interims.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("What was done"), self.tr("Progress"), self.tr("By")]
        )
        self.interims.verticalHeader().setVisible(False)
        self.interims.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.interims.setWordWrap(True)
        interims_header = self.interims.horizontalHeader()
        for column in (0, 2, 3):
            interims_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        interims_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.interims.setMaximumHeight(150)
        self.interims_caption = QLabel(self.tr("Interim reports"))
        self.interims_caption.setStyleSheet("font-weight: bold;")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.interim_button = QPushButton(self.tr("&Interim report…"))
        self.interim_button.setObjectName("add_interim")
        self.interim_button.setEnabled(False)
        self.buttons.addButton(self.interim_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.interim_button.clicked.connect(self._interim)
        self.report_button = QPushButton(self.tr("&Report execution…"))
        self.report_button.setObjectName("report_execution")
        self.accept_button = QPushButton(self.tr("&Accept"))
        self.accept_button.setObjectName("accept_report")
        self.return_button = QPushButton(self.tr("Re&turn…"))
        self.return_button.setObjectName("return_report")
        for button in (self.report_button, self.accept_button, self.return_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setEnabled(False)
        self.report_button.clicked.connect(self._report)
        self.accept_button.clicked.connect(self._accept)
        self.return_button.clicked.connect(self._return)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("edit")
        self.status_button = QPushButton(self.tr("Change &status…"))
        self.status_button.setObjectName("change_status")
        self.status_button.setDefault(True)
        self.move_button = QPushButton(self.tr("&Move deadline…"))
        self.move_button.setObjectName("move_deadline")
        for button in (self.edit_button, self.move_button, self.status_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setEnabled(False)
        self.edit_button.clicked.connect(self._edit)
        self.status_button.clicked.connect(self._change_status)
        self.move_button.clicked.connect(self._move_deadline)
        self.buttons.rejected.connect(self.reject)

        # Changes: every field's old and new value from the audit trail the database writes, newest first.
        self.changes = QTableWidget(0, 5)
        self.changes.setObjectName("changes")
        self.changes.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Field"), self.tr("Old value"), self.tr("New value")]
        )
        self.changes.verticalHeader().setVisible(False)
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changes.setWordWrap(True)
        self.changes.setAlternatingRowColors(True)
        changes_header = self.changes.horizontalHeader()
        for column in range(3):
            changes_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (3, 4):
            changes_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self.history, self.tr("Status history"))
        self.tabs.addTab(self.changes, self.tr("Changes"))
        # The files on the commitment and on its reports: evidence, scans (Add…, Open, Save as…, Remove).
        self.attachments = AttachmentsPanel(ctx, Owner(AttachmentOwner.COMMITMENT, commitment_id), self)
        self.attachments.caption.hide()  # the tab names it
        self.attachments.loaded.connect(self._count_attachments)
        self.tabs.addTab(self.attachments, self.tr("Attachments"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addWidget(self.description)
        layout.addWidget(self.extensions_caption)
        layout.addWidget(self.extensions)
        layout.addWidget(self.interims_caption)
        layout.addWidget(self.interims)
        layout.addWidget(self.reports_caption)
        layout.addWidget(self.reports)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 620)
        ctx.changed.connect(self._on_changed)

    def refresh(self) -> None:
        run_query(
            self.ctx,
            lambda db: commitment_page.load_page(db, commitment_id=self.commitment_id),
            self._show,
            parent=self,
            on_failure=self._failed,
        )

    def _on_changed(self, change: Change) -> None:
        if alive(self) and change & _LISTENS_TO:
            self.refresh()

    def _count_attachments(self) -> None:
        count = len(self.attachments.rows)
        index = self.tabs.indexOf(self.attachments)
        self.tabs.setTabText(index, self.tr("Attachments ({0})").format(count) if count else self.tr("Attachments"))

    def _failed(self, error: BaseException) -> None:
        if not alive(self):
            return
        if isinstance(error, NotFoundError):
            self.heading.setText(self.tr("This commitment no longer exists (deleted by someone else?)"))
            self.edit_button.setEnabled(False)
            self.status_button.setEnabled(False)
            self.move_button.setEnabled(False)
            return
        show_error(self, error)

    def _show(self, page: PageData) -> None:
        if not alive(self):
            return
        self.page = page
        data = page.data
        self.setWindowTitle(self.tr("Commitment {0}").format(data.ref))
        self.heading.setText(f"{data.ref} — {data.title}")
        values = {
            "status": labels.commitment_status(data.status),
            "due_date": labels.day(data.due_date),
            "priority": labels.priority(data.priority),
            "completed_on": labels.day(data.completed_on)
            if data.completed_on is not None or data.status != "completed"
            else self.tr("unknown"),
            "sector": data.sector or "—",
            "agreement": page.agreement or "—",
            "body": page.body_path or "—",
            "party": page.party or "—",
            "agency": data.agency or "—",
            "executor": page.team.lead.label if page.team.lead else "—",
            "co_executors": "\n".join(p.label for p in page.team.co) or "—",
            "controller": page.team.controller.label if page.team.controller else "—",
            "notes": data.notes or "—",
            **{
                name: (labels.day(getattr(data, name)) if name in MORE_DATES else getattr(data, name)) or "—"
                for name in MORE_COLUMNS
            },
        }
        for name, value in values.items():
            self.values[name].setText(value)
        overdue = is_overdue(data.due_date, data.status, date.today())
        due_text = values["due_date"] + (self.tr("  (overdue)") if overdue else "")
        moved = page.deadlines
        if moved.moves:
            due_text += "\n" + self.tr("originally {0}; moved ×{1}").format(labels.day(moved.original), moved.moves)
        verdict = executed_on_time(data.status, data.completed_on, moved.original)
        if verdict is not None:
            values["completed_on"] += "  " + (
                self.tr("(executed on time)") if verdict else self.tr("(executed late against the original deadline)")
            )
            self.values["completed_on"].setText(values["completed_on"])
        self.values["due_date"].setText(due_text)
        self.values["due_date"].setStyleSheet(f"color: {OVERDUE_COLOUR}; font-weight: bold;" if overdue else "")
        self.values["status"].setStyleSheet("font-weight: bold;")
        replacement = page.superseded_by
        if replacement is not None:
            self.values["status"].setText(values["status"] + "  " + self.tr("(superseded)"))
            label = html.escape(f"{replacement[1]} — {replacement[2]}")
            self.superseded_by.setText(f'<a href="{replacement[0]}">{label}</a>')
        self._left.setRowVisible(self.superseded_by, replacement is not None)
        self.progress.setValue(data.progress)
        self.description.setText(data.description or self.tr("No description."))
        self.history.setRowCount(len(page.history))
        for row, entry in enumerate(page.history):
            cells = (
                labels.moment(entry.changed_at),
                text(history_author(entry.changed_by, entry.imported_by, entry.imported_at)),
                labels.commitment_status(entry.from_status) if entry.from_status else self.tr("(new)"),
                labels.commitment_status(entry.to_status),
                text(history_note(entry.note, entry.from_status)),
            )
            for column, cell in enumerate(cells):
                item = QTableWidgetItem(cell)
                item.setToolTip(cell)
                self.history.setItem(row, column, item)
        self.history.resizeRowsToContents()
        self.extensions.setRowCount(len(moved.extensions))
        for row, extension in enumerate(moved.extensions):
            moved_cells = (
                labels.moment(extension.moved_at),
                labels.day(extension.previous_date) if extension.previous_date else "—",
                labels.day(extension.new_date),
                extension.reason,
                extension.requested_by,
                extension.approved_by,
            )
            for column, cell in enumerate(moved_cells):
                item = QTableWidgetItem(cell)
                item.setToolTip(cell)
                self.extensions.setItem(row, column, item)
        self.extensions.resizeRowsToContents()
        self.extensions_caption.setVisible(bool(moved.extensions))
        self.extensions.setVisible(bool(moved.extensions))
        self.move_button.setEnabled(True)
        self._show_changes(page.changes)
        self._show_reports(page)
        self.edit_button.setEnabled(True)
        self.status_button.setEnabled(True)

    def _show_reports(self, page: PageData) -> None:
        reports = page.reports
        self.reports.setRowCount(len(reports))
        for row, report in enumerate(reports):
            if report.decision == "accepted":
                decision = self.tr("Accepted by {0}, {1}").format(report.decided_by, labels.moment(report.decided_at))
            elif report.decision == "returned":
                decision = self.tr("Returned by {0}, {1}: {2}").format(
                    report.decided_by, labels.moment(report.decided_at), report.reason
                )
            else:
                decision = self.tr("Waiting for acceptance")
            evidence = []
            if report.letter_number:
                evidence.append(self.tr("No. {0} of {1}").format(report.letter_number, labels.day(report.letter_date)))
            evidence += list(report.documents)
            cells = (
                labels.moment(report.submitted_at),
                report.submitted_by,
                report.text,
                "\n".join(evidence) or "—",
                labels.day(report.report_date),
                decision,
            )
            for column, cell in enumerate(cells):
                item = QTableWidgetItem(cell)
                item.setToolTip(cell)
                self.reports.setItem(row, column, item)
        self.reports.resizeRowsToContents()
        self.reports_caption.setVisible(bool(reports))
        self.reports.setVisible(bool(reports))
        waiting = any(r.waiting for r in reports)
        is_open = page.data.status not in ("completed", "cancelled")
        self.interims.setRowCount(len(page.interims))
        for row, interim in enumerate(page.interims):
            notes = (
                labels.day(interim.report_date),
                interim.text,
                "—" if interim.progress is None else f"{interim.progress} %",
                interim.reported_by,
            )
            for column, note in enumerate(notes):
                item = QTableWidgetItem(note)
                item.setToolTip(note)
                self.interims.setItem(row, column, item)
        self.interims.resizeRowsToContents()
        self.interims_caption.setVisible(bool(page.interims))
        self.interims.setVisible(bool(page.interims))
        self.interim_button.setEnabled(is_open)
        self.report_button.setEnabled(is_open and not waiting)
        self.accept_button.setEnabled(is_open and waiting)
        self.return_button.setEnabled(is_open and waiting)
        if waiting and is_open:
            self.values["status"].setText(
                labels.commitment_status(page.data.status) + "  " + self.tr("(waiting for acceptance)")
            )

    def _open_replacement(self, link: str) -> None:
        if link.isdigit():
            show_commitment(self.parentWidget() or self, self.ctx, int(link))

    def _interim(self) -> None:
        from desktop.ui.editors.execution import add_interim_report

        add_interim_report(self, self.ctx, self.commitment_id)

    def _report(self) -> None:
        from desktop.ui.editors.execution import report_execution

        report_execution(self, self.ctx, self.commitment_id)

    def _accept(self) -> None:
        commitment_id = self.commitment_id
        run_op(self.ctx, lambda db: control.accept(db, commitment_id), parent=self)

    def _return(self) -> None:
        from desktop.ui.editors.execution import return_execution_report

        return_execution_report(self, self.ctx, self.commitment_id)

    def _change_lines(self, row: TrailRow) -> list[tuple[str, str, str]]:
        # Fields as their labels, statuses and kinds in the window's language (services.audit.lines_of).
        return [(text(field), text(old), text(new)) for field, old, new in audit.lines_of(row, values=False)]

    def _show_changes(self, rows: list[TrailRow]) -> None:
        lines = [(row, line) for row in rows for line in self._change_lines(row)]
        self.changes.setRowCount(len(lines))
        for index, (row, (field, old, new)) in enumerate(lines):
            for column, cell in enumerate((labels.moment(row.at), row.who, field, old, new)):
                item = QTableWidgetItem(cell)
                item.setToolTip(cell)
                self.changes.setItem(index, column, item)
        self.changes.resizeRowsToContents()

    def _edit(self) -> None:
        from desktop.ui.editors.commitment import edit_commitment

        edit_commitment(self, self.ctx, self.commitment_id)

    def _change_status(self) -> None:
        from desktop.ui.editors.status import change_commitment_status

        change_commitment_status(self, self.ctx, self.commitment_id)

    def _move_deadline(self) -> None:
        from desktop.ui.editors.deadline import move_commitment_deadline

        move_commitment_deadline(self, self.ctx, self.commitment_id)


def show_commitment(parent: QWidget, ctx: AppContext, commitment_id: int) -> CommitmentPage:
    page = CommitmentPage(parent, ctx, commitment_id)
    page.open()
    page.refresh()
    page.attachments.refresh()
    return page
