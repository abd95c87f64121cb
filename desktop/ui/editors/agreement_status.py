"""Changing an agreement's status (signed → in force → suspended …), recorded in its history with a note."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.domain.errors import FieldProblem, ValidationError
from desktop.domain.messages import Message
from desktop.domain.rules import (
    AGREEMENT_TRANSITIONS,
    agreement_note_required,
    agreement_status_change_problems,
    agreement_status_requirements,
)
from desktop.services import agreements
from desktop.services.records import AgreementData
from desktop.storage.database import Database
from desktop.ui import labels
from desktop.ui.editors.status_base import StatusDialog
from desktop.ui.operations import AppContext, Change

_ORDER = ("in_force", "signed", "suspended", "expired", "terminated", "draft")


class AgreementStatusDialog(StatusDialog):
    watches = Change.AGREEMENTS

    def __init__(self, parent: QWidget | None, ctx: AppContext, agreement_id: int) -> None:
        super().__init__(parent, ctx, agreement_id, labels.agreement_status)
        self.setObjectName("agreement_status")
        self.setWindowTitle(self.tr("Change agreement status"))
        self.current = AgreementData()
        self.finish_layout()

    def load(self, db: Database) -> AgreementData:
        return agreements.get(db, self.record_id)

    def fill(self, data: AgreementData) -> None:
        self.current = data
        self.version = data.version
        self.heading.setText(f"{data.reg_number} — {data.title}")
        self.current_label.setText(labels.agreement_status(data.status))
        self.offer(AGREEMENT_TRANSITIONS.get(data.status, frozenset()), _ORDER)

    def note_required(self, to_status: str) -> bool:
        return agreement_note_required(to_status)

    def collect(self) -> tuple[str, str]:
        return self.status.value(), self.note.text()

    def check(self, data: tuple[str, str]) -> None:
        # The rules are the domain's (the service checks them again); the dialog only words them for the
        # clerk: the note's message names the status in the list's words, the dates live in the edit form.
        to_status, note = data
        current = self.current
        hints = {
            "entry_into_force": self.tr("set the date of entry into force first (Edit… the agreement)"),
            "signed_on": self.tr("set the signing date first (Edit… the agreement)"),
        }
        problems = []
        for problem in agreement_status_change_problems(current.status, to_status, note):
            problems.append(self.note_problem(to_status) if problem.field == "note" else problem)
        for problem in agreement_status_requirements(to_status, current.signed_on, current.entry_into_force):
            hint = hints.get(problem.field)
            problems.append(FieldProblem("status", Message.verbatim(hint) if hint else problem.message))
        if problems:
            raise ValidationError(problems)

    def persist(self, db: Database, data: tuple[str, str]) -> int:
        agreements.change_status(db, self.record_id, data[0], data[1], version=self.version)
        return self.record_id


def change_agreement_status(parent: QWidget | None, ctx: AppContext, agreement_id: int) -> AgreementStatusDialog:
    dialog = AgreementStatusDialog(parent, ctx, agreement_id)
    dialog.start()
    return dialog
