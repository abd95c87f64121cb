"""Closure on evidence: the executor submits an execution report (what was done, when, and the outgoing letter's
number and date); the controller accepts it (completed, judged against the original deadline) or returns it with a
reason. The rules are the services' (services.reports, rules.execution_report_problems)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.domain.errors import ValidationError
from desktop.domain.rules import execution_report_problems
from desktop.services import commitments, reports
from desktop.services.records import CommitmentData
from desktop.storage.database import Database
from desktop.ui import labels
from desktop.ui.editors.base import EditorDialog
from desktop.ui.editors.widgets import DateField
from desktop.ui.operations import AppContext, Change, run_op, show_error


class _CommitmentDialog(EditorDialog):
    record_id: int
    change = Change.COMMITMENTS | Change.HISTORY

    def __init__(self, parent: QWidget | None, ctx: AppContext, commitment_id: int) -> None:
        super().__init__(parent, ctx, commitment_id)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.form = self.new_form()

    def finish_layout(self) -> None:
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        self.resize(560, 0)

    def load(self, db: Database) -> CommitmentData:
        return commitments.get(db, self.record_id)

    def fill(self, data: CommitmentData) -> None:
        self.version = data.version
        self.heading.setText(f"{data.ref} — {data.title} · {labels.commitment_status(data.status)}")


class SubmitExecutionDialog(_CommitmentDialog):
    def __init__(self, parent: QWidget | None, ctx: AppContext, commitment_id: int) -> None:
        super().__init__(parent, ctx, commitment_id)
        self.setObjectName("submit_execution")
        self.setWindowTitle(self.tr("Submit execution"))
        self.save_button.setText(self.tr("Submit for acceptance"))
        self.report_text = self.add_field(self.form, "report_text", self.tr("&What was done:"), QLineEdit(), None)
        self.executed_on = self.add_field(self.form, "executed_on", self.tr("&Executed on:"), DateField(), None)
        evidence = QLabel(self.tr("Evidence: the outgoing letter reporting the execution"))
        evidence.setStyleSheet("font-weight: bold;")
        self.form.addRow(evidence)
        self.letter_number = self.add_field(self.form, "letter_number", self.tr("Letter &number:"), QLineEdit(), None)
        self.letter_date = self.add_field(self.form, "letter_date", self.tr("Letter &date:"), DateField(), None)
        self.report_text.textChanged.connect(lambda _t: self.edited("report_text"))
        self.letter_number.textChanged.connect(lambda _t: self.edited("letter_number"))
        self.executed_on.changed.connect(lambda: self.edited("executed_on"))
        self.letter_date.changed.connect(lambda: self.edited("letter_date"))
        self.finish_layout()

    def fill(self, data: CommitmentData) -> None:
        super().fill(data)
        self.executed_on.set_date(date.today())

    def collect(self) -> tuple[str, date | None, str, date | None]:
        return (
            self.report_text.text(),
            self.executed_on.date_or_none(),
            self.letter_number.text(),
            self.letter_date.date_or_none(),
        )

    def check(self, data: tuple[str, date | None, str, date | None]) -> None:
        problems = [
            p
            for p in execution_report_problems(*data, date.today())
            if not (p.field in ("executed_on", "letter_date") and self.field(p.field).problem())
        ]
        if problems:
            raise ValidationError(problems)

    def persist(self, db: Database, data: tuple[str, date | None, str, date | None]) -> int:
        text, executed_on, letter_number, letter_date = data
        reports.submit(
            db,
            self.record_id,
            text=text,
            executed_on=executed_on,
            letter_number=letter_number,
            letter_date=letter_date,
            version=self.version,
        )
        return self.record_id


class ReturnExecutionDialog(_CommitmentDialog):
    def __init__(self, parent: QWidget | None, ctx: AppContext, commitment_id: int) -> None:
        super().__init__(parent, ctx, commitment_id)
        self.setObjectName("return_execution")
        self.setWindowTitle(self.tr("Return the execution report"))
        self.save_button.setText(self.tr("Return"))
        self.reason = self.add_field(self.form, "reason", self.tr("&Reason (required):"), QLineEdit(), None)
        self.reason.textChanged.connect(lambda _t: self.edited("reason"))
        self.finish_layout()

    def collect(self) -> str:
        return self.reason.text()

    def check(self, data: str) -> None:
        from desktop.domain.rules import Checker

        check = Checker()
        check.required("reason", data)
        check.raise_if_any()

    def persist(self, db: Database, data: str) -> int:
        reports.return_(db, self.record_id, data, version=self.version)
        return self.record_id


def submit_execution(parent: QWidget | None, ctx: AppContext, commitment_id: int) -> SubmitExecutionDialog:
    dialog = SubmitExecutionDialog(parent, ctx, commitment_id)
    dialog.start()
    return dialog


def return_execution(parent: QWidget | None, ctx: AppContext, commitment_id: int) -> ReturnExecutionDialog:
    dialog = ReturnExecutionDialog(parent, ctx, commitment_id)
    dialog.start()
    return dialog


def accept_execution(parent: QWidget, ctx: AppContext, commitment_id: int) -> None:
    """Accept the pending execution report: completed on its execution date; a refusal is shown as it is."""
    run_op(
        ctx,
        lambda db: reports.accept(db, commitment_id),
        Change.COMMITMENTS | Change.HISTORY,
        parent=parent,
        on_failure=lambda error: show_error(parent, error, parent.tr("Cannot accept")),
    )
