"""Changing an agreement's status (signed → in force → suspended …), recorded in its history with a note."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.domain.enums import AgreementStatus
from desktop.domain.errors import FieldProblem, ValidationError
from desktop.domain.rules import AGREEMENT_TRANSITIONS, NOTE_REQUIRED_AGREEMENT
from desktop.services import agreements
from desktop.services.records import AgreementData
from desktop.storage.database import Database
from desktop.ui.editors import labels
from desktop.ui.editors.base import EditorDialog
from desktop.ui.editors.widgets import EnumCombo
from desktop.ui.operations import AppContext, Change

_ORDER = ("in_force", "signed", "suspended", "expired", "terminated", "draft")


class AgreementStatusDialog(EditorDialog):
    change = Change.AGREEMENTS | Change.HISTORY

    def __init__(self, parent: QWidget | None, ctx: AppContext, agreement_id: int) -> None:
        super().__init__(parent, ctx, agreement_id)
        self.setObjectName("agreement_status")
        self.setWindowTitle(self.tr("Change agreement status"))
        self.save_button.setText(self.tr("Change status"))
        self.current = AgreementData()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.form = self.new_form()
        self.current_label = QLabel()
        self.current_label.setObjectName("current_status")
        self.form.addRow(self.tr("Current status:"), self.current_label)
        self.status = self.add_field(self.form, "status", self.tr("&New status:"),
                                     EnumCombo([], labels.agreement_status), None)
        self.note = self.add_field(self.form, "note", self.tr("N&ote:"), QLineEdit(), None)
        self.note_caption = self.form.labelForField(self.note.parentWidget())
        self.status.currentIndexChanged.connect(lambda _i: self._status_picked())
        self.note.textChanged.connect(lambda _t: self.edited("note"))
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        self.resize(520, 0)

    def load(self, db: Database) -> AgreementData:
        return agreements.get(db, self.record_id)  # type: ignore[arg-type]

    def fill(self, data: AgreementData) -> None:
        self.current = data
        self.version = data.version
        self.heading.setText(f"{data.reg_number} — {data.title}")
        self.current_label.setText(labels.agreement_status(data.status))
        allowed = AGREEMENT_TRANSITIONS.get(data.status, frozenset())
        self.status.blockSignals(True)
        for value in _ORDER:
            if value in allowed:
                self.status.addItem(labels.agreement_status(value), value)
        self.status.blockSignals(False)
        self._status_picked(initial=True)

    def _status_picked(self, initial: bool = False) -> None:
        required = self.status.value() in NOTE_REQUIRED_AGREEMENT
        if self.note_caption is not None:
            self.note_caption.setText(  # type: ignore[attr-defined]
                self.tr("N&ote (required):") if required else self.tr("N&ote:"))
        if not initial:
            self.edited("status")

    def collect(self) -> tuple[str, str]:
        return self.status.value(), self.note.text()

    def check(self, data: tuple[str, str]) -> None:
        to_status, note = data
        problems = []
        if to_status in NOTE_REQUIRED_AGREEMENT and not note.strip():
            problems.append(FieldProblem("note", self.tr("a note is required to move to '{0}'").format(
                labels.agreement_status(to_status))))
        if to_status == AgreementStatus.IN_FORCE and self.current.entry_into_force is None:
            problems.append(FieldProblem("status", self.tr(
                "set the date of entry into force first (Edit… the agreement)")))
        if to_status != AgreementStatus.DRAFT and self.current.signed_on is None:
            problems.append(FieldProblem("status", self.tr(
                "set the signing date first (Edit… the agreement)")))
        if problems:
            raise ValidationError(problems)

    def persist(self, db: Database, data: tuple[str, str]) -> int:
        agreements.change_status(db, self.record_id, data[0], data[1], version=self.version)  # type: ignore[arg-type]
        return self.record_id  # type: ignore[return-value]

    def focus_first(self) -> None:
        self.status.setFocus()


def change_agreement_status(parent: QWidget, ctx: AppContext, agreement_id: int) -> AgreementStatusDialog:
    dialog = AgreementStatusDialog(parent, ctx, agreement_id)
    dialog.start()
    return dialog
