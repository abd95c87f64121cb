"""Closure on evidence in the window: the executor's execution report (what was done, its evidence — the outgoing
letter's number and date, attached documents, or both — the day it was executed) and the controller's return with a
reason. Interim reports may carry documents too. Accepting is one button on the
commitment's page (services.control)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget

from desktop.domain.errors import ValidationError
from desktop.domain.rules import execution_report_problems, interim_report_problems, return_problems
from desktop.services import commitments, control
from desktop.services.records import CommitmentData
from desktop.storage.database import Database
from desktop.ui.attachments import DocumentsField, limit_mb
from desktop.ui.editors.base import EditorDialog
from desktop.ui.editors.widgets import DateField
from desktop.ui.operations import AppContext, Change

ReportForm = tuple[str, str, date | None, date | None, list[Path]]


class ExecutionReportDialog(EditorDialog):
    record_id: int
    watches = Change.COMMITMENTS | Change.HISTORY

    def __init__(self, parent: QWidget | None, ctx: AppContext, commitment_id: int) -> None:
        super().__init__(parent, ctx, commitment_id)
        self.setObjectName("execution_report")
        self.setWindowTitle(self.tr("Report execution"))
        self.limit = limit_mb()
        self.save_button.setText(self.tr("Submit for acceptance"))
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        form = self.new_form()
        self.text = self.add_field(form, "report_text", self.tr("&What was done:"), QPlainTextEdit(), None)
        self.text.setTabChangesFocus(True)
        self.letter_number = self.add_field(form, "letter_number", self.tr("Outgoing &letter No.:"), QLineEdit(), None)
        self.letter_date = self.add_field(form, "letter_date", self.tr("Letter &date:"), DateField(), None)
        self.documents = DocumentsField()
        self.documents.setToolTip(
            self.tr("A signed letter, an act or another document: evidence instead of or besides the letter's number")
        )
        form.addRow(self.tr("Documents:"), self.documents)
        self.report_date = self.add_field(form, "report_date", self.tr("E&xecuted on:"), DateField(), None)
        self.report_date.setToolTip(self.tr("The completion date when the report is accepted"))
        self.documents.changed.connect(lambda: self.edited("letter_number"))
        self.text.textChanged.connect(lambda: self.edited("report_text"))
        self.letter_number.textChanged.connect(lambda _t: self.edited("letter_number"))
        self.letter_date.changed.connect(lambda: self.edited("letter_date"))
        self.report_date.changed.connect(lambda: self.edited("report_date"))
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        self.resize(560, 0)

    def load(self, db: Database) -> CommitmentData:
        return commitments.get(db, self.record_id)

    def fill(self, data: CommitmentData) -> None:
        self.heading.setText(f"{data.ref} — {data.title}")
        self.report_date.set_date(date.today())

    def collect(self) -> ReportForm:
        return (
            self.text.toPlainText(),
            self.letter_number.text(),
            self.letter_date.date_or_none(),
            self.report_date.date_or_none(),
            self.documents.paths(),
        )

    def check(self, data: ReportForm) -> None:
        text, number, letter_date, report_date, documents = data
        problems = execution_report_problems(text, number, letter_date, report_date, date.today(), len(documents))
        for name in ("letter_date", "report_date"):
            if self.field(name).problem():  # the field's own message says it better
                problems = [p for p in problems if p.field != name]
        if problems:
            raise ValidationError(problems)

    def persist(self, db: Database, data: ReportForm) -> int:
        text, number, letter_date, report_date, documents = data
        control.submit_report(
            db,
            self.record_id,
            text=text,
            letter_number=number,
            letter_date=letter_date,
            report_date=report_date,
            documents=documents,
            limit_mb=self.limit,
        )
        return self.record_id

    def focus_first(self) -> None:
        self.text.setFocus()


class ReturnReportDialog(EditorDialog):
    record_id: int
    watches = Change.COMMITMENTS | Change.HISTORY

    def __init__(self, parent: QWidget | None, ctx: AppContext, commitment_id: int) -> None:
        super().__init__(parent, ctx, commitment_id)
        self.setObjectName("return_report")
        self.setWindowTitle(self.tr("Return the execution report"))
        self.save_button.setText(self.tr("Return to the executor"))
        form = self.new_form()
        self.reason = self.add_field(form, "reason", self.tr("&Reason (required):"), QLineEdit(), None)
        self.reason.textChanged.connect(lambda _t: self.edited("reason"))
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        self.resize(480, 0)

    def load(self, db: Database) -> None:
        return None

    def fill(self, loaded: None) -> None:
        return None

    def collect(self) -> str:
        return self.reason.text()

    def check(self, data: str) -> None:
        problems = return_problems(data)
        if problems:
            raise ValidationError(problems)

    def persist(self, db: Database, data: str) -> int:
        control.return_report(db, self.record_id, data)
        return self.record_id


InterimForm = tuple[str, date | None, int | None, list[Path]]


class InterimReportDialog(EditorDialog):
    """A dated progress note: what was done so far and, if given, how far along (it never completes)."""

    record_id: int
    watches = Change.COMMITMENTS | Change.HISTORY

    def __init__(self, parent: QWidget | None, ctx: AppContext, commitment_id: int) -> None:
        super().__init__(parent, ctx, commitment_id)
        self.setObjectName("interim_report")
        self.setWindowTitle(self.tr("Interim report"))
        self.status = ""
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        form = self.new_form()
        self.report_date = self.add_field(form, "report_date", self.tr("&Date:"), DateField(), None)
        self.text = self.add_field(form, "report_text", self.tr("&What was done:"), QPlainTextEdit(), None)
        self.text.setTabChangesFocus(True)
        self.progress = self.add_field(form, "progress", self.tr("&Progress:"), QSpinBox(), None)
        self.progress.setRange(-1, 999)  # -1 shows "—": no percentage given; 100 and more are refused
        self.progress.setSpecialValueText("—")
        self.progress.setSuffix(" %")
        self.progress.setMaximumWidth(100)
        self.documents = DocumentsField()
        form.addRow(self.tr("Documents:"), self.documents)
        self.limit = limit_mb()
        self.report_date.changed.connect(lambda: self.edited("report_date"))
        self.text.textChanged.connect(lambda: self.edited("report_text"))
        self.progress.valueChanged.connect(lambda _v: self.edited("progress"))
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        self.resize(520, 0)

    def load(self, db: Database) -> CommitmentData:
        return commitments.get(db, self.record_id)

    def fill(self, data: CommitmentData) -> None:
        self.status = data.status
        self.heading.setText(f"{data.ref} — {data.title}")
        self.report_date.set_date(date.today())
        self.progress.setValue(-1)

    def collect(self) -> InterimForm:
        value = self.progress.value()
        return (
            self.text.toPlainText(),
            self.report_date.date_or_none(),
            None if value < 0 else value,
            self.documents.paths(),
        )

    def check(self, data: InterimForm) -> None:
        text, day, progress, _documents = data
        problems = interim_report_problems(self.status, text, day, progress, date.today())
        if self.report_date.problem():
            problems = [p for p in problems if p.field != "report_date"]
        if problems:
            raise ValidationError(problems)

    def persist(self, db: Database, data: InterimForm) -> int:
        text, day, progress, documents = data
        control.add_interim(
            db,
            self.record_id,
            text=text,
            report_date=day,
            progress=progress,
            documents=documents,
            limit_mb=self.limit,
        )
        return self.record_id

    def focus_first(self) -> None:
        self.text.setFocus()


def add_interim_report(parent: QWidget, ctx: AppContext, commitment_id: int) -> InterimReportDialog:
    dialog = InterimReportDialog(parent, ctx, commitment_id)
    dialog.start()
    return dialog


def report_execution(parent: QWidget, ctx: AppContext, commitment_id: int) -> ExecutionReportDialog:
    dialog = ExecutionReportDialog(parent, ctx, commitment_id)
    dialog.start()
    return dialog


def return_execution_report(parent: QWidget, ctx: AppContext, commitment_id: int) -> ReturnReportDialog:
    dialog = ReturnReportDialog(parent, ctx, commitment_id)
    dialog.start()
    return dialog
