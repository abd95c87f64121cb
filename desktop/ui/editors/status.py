"""Changing a commitment's status in one keystroke flow: pick the status, type the note, press Enter."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from desktop.domain.enums import CommitmentStatus
from desktop.domain.errors import ValidationError
from desktop.domain.rules import (
    COMMITMENT_TRANSITIONS,
    commitment_note_required,
    commitment_progress_problems,
    completion_evidence_problems,
    status_change_problems,
)
from desktop.services import commitments, lookups
from desktop.services.records import Choice, CommitmentData
from desktop.storage.database import Database
from desktop.ui import labels
from desktop.ui.editors.status_base import StatusDialog
from desktop.ui.editors.widgets import DateField, RecordPicker
from desktop.ui.operations import AppContext, Change, run_query

# What the dialog collects: status, note, progress, completion date, evidence (letter number and date), replacement.
StatusInput = tuple[str, str, int, date | None, str, date | None, int | None]

# The likeliest next step first, so the first choice is usually the right one.
_PREFERRED = ("in_progress", "completed", "on_hold", "not_started", "cancelled")


class CommitmentStatusDialog(StatusDialog):
    watches = Change.COMMITMENTS

    def __init__(self, parent: QWidget | None, ctx: AppContext, commitment_id: int) -> None:
        super().__init__(parent, ctx, commitment_id, labels.commitment_status)
        self.setObjectName("commitment_status")
        self.setWindowTitle(self.tr("Change status"))
        self.current = CommitmentData()
        self._version_after: int | None = None
        self.progress = self.add_field(self.form, "progress", self.tr("&Progress:"), QSpinBox(), None)
        self.progress.setRange(0, 99)  # 100 % means completed: that is a status, not a number
        self.progress.setSuffix(" %")
        self.progress.setMaximumWidth(100)
        self.completed_on = self.add_field(self.form, "completed_on", self.tr("&Completed on:"), DateField(), None)
        # Completing needs evidence: the letter's (or the session protocol's) number and date, as an execution report.
        self.letter_number = self.add_field(
            self.form, "letter_number", self.tr("&Evidence: letter or protocol No.:"), QLineEdit(), None
        )
        self.letter_number.setMaxLength(100)
        self.letter_number.setPlaceholderText(self.tr("e.g. 13-2/1045, or the session's protocol No."))
        self.letter_date = self.add_field(self.form, "letter_date", self.tr("Letter &date:"), DateField(), None)
        # Cancelling may name the commitment that replaces this one (superseded).
        self.superseded_by = self.add_field(
            self.form, "superseded_by", self.tr("Superseded &by:"), RecordPicker(self.tr("(none)")), None
        )
        self.progress.valueChanged.connect(lambda _v: self.edited("progress"))
        self.completed_on.changed.connect(lambda: self.edited("completed_on"))
        self.letter_number.textChanged.connect(lambda _t: self.edited("letter_number"))
        self.letter_date.changed.connect(lambda: self.edited("letter_date"))
        self.superseded_by.currentIndexChanged.connect(lambda _i: self.edited("superseded_by"))
        run_query(
            ctx,
            lambda db: lookups.commitment_choices(db, besides=commitment_id),
            self._fill_replacements,
            parent=self,
        )
        self.saved.connect(lambda _id: self._push_undo())
        self.finish_layout()

    def load(self, db: Database) -> CommitmentData:
        return commitments.get(db, self.record_id)

    def fill(self, data: CommitmentData) -> None:
        self.current = data
        self.version = data.version
        self.heading.setText(f"{data.ref} — {data.title}")
        self.current_label.setText(f"{labels.commitment_status(data.status)} · {data.progress} %")
        self.progress.setValue(min(data.progress, 99))
        self.completed_on.set_date(date.today())
        self.offer(COMMITMENT_TRANSITIONS.get(data.status, frozenset()), _PREFERRED)

    def note_required(self, to_status: str) -> bool:
        return commitment_note_required(self.current.status, to_status)

    def _fill_replacements(self, choices: list[Choice]) -> None:
        from desktop.ui.editors.base import alive

        if alive(self):
            self.superseded_by.set_choices(choices)

    def status_picked(self, to_status: str) -> None:
        completing = to_status == CommitmentStatus.COMPLETED
        cancelling = to_status == CommitmentStatus.CANCELLED
        self.form.setRowVisible(self.progress.parentWidget() or self.progress, not completing)
        for widget in (self.completed_on, self.letter_number, self.letter_date):
            self.form.setRowVisible(widget.parentWidget() or widget, completing)
        self.form.setRowVisible(self.superseded_by.parentWidget() or self.superseded_by, cancelling)

    def collect(self) -> StatusInput:
        to_status = self.status.value()
        if to_status == CommitmentStatus.COMPLETED:
            return (
                to_status,
                self.note.text(),
                100,
                self.completed_on.date_or_none(),
                self.letter_number.text(),
                self.letter_date.date_or_none(),
                None,
            )
        replacement = self.superseded_by.value() if to_status == CommitmentStatus.CANCELLED else None
        return to_status, self.note.text(), self.progress.value(), None, "", None, replacement

    def check(self, data: StatusInput) -> None:
        to_status, note, progress, completed_on, letter_number, letter_date, _replacement = data
        # The rules' own note message names the stored value; the clerk reads the list's word for it.
        problems = [
            self.note_problem(to_status) if p.field == "note" else p
            for p in status_change_problems(self.current.status, to_status, note)
        ]
        problems += commitment_progress_problems(to_status, progress, completed_on, date.today())
        if to_status == CommitmentStatus.COMPLETED and (letter_number.strip() or letter_date is not None):
            # A half-given letter is named at once; none at all is the service's to judge (an accepted report).
            problems += completion_evidence_problems(letter_number, letter_date, date.today())
        if problems:
            raise ValidationError(problems)

    def persist(self, db: Database, data: StatusInput) -> int:
        to_status, note, progress, completed_on, letter_number, letter_date, replacement = data
        commitments.change_status(
            db,
            self.record_id,
            to_status,
            note,
            progress=None if to_status == CommitmentStatus.COMPLETED else progress,
            completed_on=completed_on,
            version=self.version,
            letter_number=letter_number,
            letter_date=letter_date,
            superseded_by=replacement,
        )
        self._version_after = commitments.get(db, self.record_id).version
        return self.record_id

    def _push_undo(self) -> None:
        """Ctrl+Z puts the status, progress and completion date back (refused if someone changed it since)."""
        from desktop.services.bulk import BulkResult, Snapshot
        from desktop.ui.bulk_actions import BulkUndo

        before, after = self.current, self._version_after
        if before.id is None or after is None:
            return
        snap = Snapshot(
            before.id,
            before.status,
            before.progress,
            before.completed_on,
            before.body_id,
            before.due_date,
            before.agency,
            after,
        )
        text = self.tr("Status of {0}").format(before.ref)
        self.ctx.undo_stack.push(BulkUndo(self.ctx, text, BulkResult(changed=[before.id], before=[snap])))


def change_commitment_status(parent: QWidget | None, ctx: AppContext, commitment_id: int) -> CommitmentStatusDialog:
    dialog = CommitmentStatusDialog(parent, ctx, commitment_id)
    dialog.start()
    return dialog
