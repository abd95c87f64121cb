"""Changing an agreement's status (signed → in force → suspended …), recorded in its history with a note."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.domain.enums import AgreementStatus
from desktop.domain.errors import FieldProblem, ValidationError
from desktop.domain.rules import AGREEMENT_TRANSITIONS, NOTE_REQUIRED_AGREEMENT
from desktop.services import agreements
from desktop.services.records import AgreementData
from desktop.storage.database import Database
from desktop.ui import labels
from desktop.ui.editors.status_base import StatusDialog
from desktop.ui.operations import AppContext, Change

_ORDER = ("in_force", "signed", "suspended", "expired", "terminated", "draft")


class AgreementStatusDialog(StatusDialog):
    change = Change.AGREEMENTS | Change.HISTORY

    def __init__(self, parent: QWidget | None, ctx: AppContext, agreement_id: int) -> None:
        super().__init__(parent, ctx, agreement_id, labels.agreement_status)
        self.setObjectName("agreement_status")
        self.setWindowTitle(self.tr("Change agreement status"))
        self.current = AgreementData()
        self.finish_layout()

    def load(self, db: Database) -> AgreementData:
        return agreements.get(db, self.record_id)  # type: ignore[arg-type]

    def fill(self, data: AgreementData) -> None:
        self.current = data
        self.version = data.version
        self.heading.setText(f"{data.reg_number} — {data.title}")
        self.current_label.setText(labels.agreement_status(data.status))
        self.offer(AGREEMENT_TRANSITIONS.get(data.status, frozenset()), _ORDER)

    def note_required(self, to_status: str) -> bool:
        return to_status in NOTE_REQUIRED_AGREEMENT

    def collect(self) -> tuple[str, str]:
        return self.status.value(), self.note.text()

    def check(self, data: tuple[str, str]) -> None:
        to_status, note = data
        problems = []
        if to_status in NOTE_REQUIRED_AGREEMENT and not note.strip():
            problems.append(self.note_problem(to_status))
        if to_status == AgreementStatus.IN_FORCE and self.current.entry_into_force is None:
            problems.append(
                FieldProblem("status", self.tr("set the date of entry into force first (Edit… the agreement)"))
            )
        if to_status != AgreementStatus.DRAFT and self.current.signed_on is None:
            problems.append(FieldProblem("status", self.tr("set the signing date first (Edit… the agreement)")))
        if problems:
            raise ValidationError(problems)

    def persist(self, db: Database, data: tuple[str, str]) -> int:
        agreements.change_status(db, self.record_id, data[0], data[1], version=self.version)  # type: ignore[arg-type]
        return self.record_id  # type: ignore[return-value]


def change_agreement_status(parent: QWidget, ctx: AppContext, agreement_id: int) -> AgreementStatusDialog:
    dialog = AgreementStatusDialog(parent, ctx, agreement_id)
    dialog.start()
    return dialog
