"""The agreement editor: identity, titles in other languages, parties, dates, signatories, summary."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPlainTextEdit, QWidget

from desktop.domain.enums import AgreementKind, AgreementStatus, AttachmentOwner
from desktop.domain.errors import FieldProblem
from desktop.services import agreements, lookups
from desktop.services.attachments import Owner
from desktop.services.records import AgreementData, Choice
from desktop.storage.database import Database
from desktop.ui import labels
from desktop.ui.attachments import AttachmentsPanel
from desktop.ui.editors.agreement_status import change_agreement_status
from desktop.ui.editors.base import EditorDialog
from desktop.ui.editors.widgets import DateField, EnumCombo, PartyList, PeopleEditor
from desktop.ui.i18n import current_language
from desktop.ui.operations import AppContext, Change


@dataclass
class _Loaded:
    data: AgreementData
    parties: list[Choice]


class AgreementDialog(EditorDialog):
    watches = Change.AGREEMENTS
    table = "agreement"

    def __init__(self, parent: QWidget | None, ctx: AppContext, agreement_id: int | None) -> None:
        super().__init__(parent, ctx, agreement_id)
        self.setObjectName("agreement_editor")
        self.setWindowTitle(self.tr("New agreement") if agreement_id is None else self.tr("Edit agreement"))
        left, right = self.new_form(), self.new_form()

        self.reg_number = self.add_field(left, "reg_number", self.tr("&Registration no.:"), QLineEdit(), None)
        self.reg_number.setPlaceholderText(self.tr("e.g. KZ-CN-2024-05-20/1"))
        self.title = self.add_field(left, "title", self.tr("&Title:"), QLineEdit(), None)
        self.title_ru = self.add_field(left, "title_ru", self.tr("Russian:"), QLineEdit(), None)
        self.title_kk = self.add_field(left, "title_kk", self.tr("Kazakh:"), QLineEdit(), None)
        self.title_zh = self.add_field(left, "title_zh", self.tr("Chinese:"), QLineEdit(), None)
        self.languages_toggle = self.fold_rows(
            left, self.tr("Title in other languages"), [self.title_ru, self.title_kk, self.title_zh]
        )
        self.languages_toggle.setObjectName("other_languages")
        left.insertRow(2, "", self.languages_toggle)
        self.kind = self.add_field(
            left, "kind", self.tr("&Kind:"), EnumCombo(list(AgreementKind), labels.agreement_kind), None
        )
        self.status = EnumCombo(list(AgreementStatus), labels.agreement_status)
        self.status_button = self.add_status_row(left, self.status, self.tr("&Status:"), change_agreement_status)
        self.parties = self.add_field(left, "parties", self.tr("&Parties:"), PartyList(), None)
        self.signatories = self.add_field(
            left, "signatories", self.tr("Si&gnatories:"), PeopleEditor(), None, grow=True
        )

        self.signed_on = self.add_field(right, "signed_on", self.tr("Si&gned on:"), DateField(), None)
        self.place = self.add_field(right, "place", self.tr("Pl&ace:"), QLineEdit(), None)
        self.entry_into_force = self.add_field(
            right, "entry_into_force", self.tr("&Entry into force:"), DateField(), None
        )
        self.expiry = self.add_field(right, "expiry", self.tr("E&xpiry:"), DateField(), None)
        self.summary = self.add_field(right, "summary", self.tr("S&ummary:"), QPlainTextEdit(), None, grow=True)
        self.summary.setTabChangesFocus(True)
        self.source_ref = self.add_field(right, "source_ref", self.tr("S&ource:"), QLineEdit(), None)
        self.source_ref.setPlaceholderText(self.tr("Where the text is: archive file, web address…"))
        # The signed scans of an existing agreement: added, opened, saved out and removed at once (not with Save).
        self.scans = AttachmentsPanel(ctx, None, self)
        self.scans.caption.hide()
        self.scans.setMinimumHeight(130)
        self.scans_label = self.tr("Signed scans:")
        right.addRow(self.scans_label, self.scans)
        self.scans.setVisible(agreement_id is not None)
        label = right.labelForField(self.scans)
        if label is not None:
            label.setVisible(agreement_id is not None)

        for name in ("reg_number", "title", "title_ru", "title_kk", "title_zh", "place", "source_ref"):
            self.field(name).textChanged.connect(lambda _t, f=name: self.edited(f))
        self.summary.textChanged.connect(lambda: self.edited("summary"))
        self.kind.currentIndexChanged.connect(lambda _i: self.edited("kind"))
        self.status.currentIndexChanged.connect(lambda _i: self.edited("status"))
        for name in ("parties", "signatories", "signed_on", "entry_into_force", "expiry"):
            self.field(name).changed.connect(lambda f=name: self.edited(f))

        columns = QHBoxLayout(self.content)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 3)
        columns.addSpacing(12)
        columns.addLayout(right, 2)
        self.setTabOrder(self.reg_number, self.title)
        self.resize(1040, 560)

    def load(self, db: Database) -> _Loaded:
        data = agreements.get(db, self.record_id) if self.record_id is not None else AgreementData()
        return _Loaded(data, lookups.party_choices(db, current_language()))

    def fill(self, loaded: _Loaded) -> None:
        data = loaded.data
        self.version = data.version
        self.parties.set_choices(loaded.parties)
        self.signatories.set_parties(loaded.parties)
        self.reg_number.setText(data.reg_number)
        self.title.setText(data.title)
        self.title_ru.setText(data.title_ru)
        self.title_kk.setText(data.title_kk)
        self.title_zh.setText(data.title_zh)
        if data.title_ru or data.title_kk or data.title_zh:
            self.languages_toggle.setChecked(True)
        self.kind.set_value(data.kind)
        self.status.set_value(data.status)
        existing = self.record_id is not None
        # An existing agreement changes status through its own dialog, so the history says why.
        self.status.setEnabled(not existing)
        self.status_button.setVisible(existing)
        self.parties.set_value(data.party_ids)
        self.signatories.set_value(data.signatories)
        self.signed_on.set_date(data.signed_on)
        self.place.setText(data.place)
        self.entry_into_force.set_date(data.entry_into_force)
        self.expiry.set_date(data.expiry)
        self.summary.setPlainText(data.summary)
        self.source_ref.setText(data.source_ref)
        if self.record_id is not None and self.scans.owner is None:
            self.scans.set_owner(Owner(AttachmentOwner.AGREEMENT, self.record_id))

    def collect(self) -> AgreementData:
        return AgreementData(
            reg_number=self.reg_number.text(),
            title=self.title.text(),
            kind=self.kind.value(),
            status=self.status.value(),
            party_ids=self.parties.value(),
            signatories=self.signatories.value(),
            signed_on=self.signed_on.date_or_none(),
            place=self.place.text(),
            entry_into_force=self.entry_into_force.date_or_none(),
            expiry=self.expiry.date_or_none(),
            summary=self.summary.toPlainText(),
            source_ref=self.source_ref.text(),
            title_ru=self.title_ru.text(),
            title_kk=self.title_kk.text(),
            title_zh=self.title_zh.text(),
            id=self.record_id,
            version=self.version,
        )

    def check(self, data: AgreementData) -> None:
        agreements.validate(data)

    def cross_warnings(self, db: Database, data: AgreementData) -> list[FieldProblem]:
        return agreements.warnings(db, data)

    def persist(self, db: Database, data: AgreementData) -> int:
        record_id = agreements.save(db, data)
        self._version_after = agreements.get(db, record_id).version
        return record_id

    def undo_text(self, before: Any) -> str:
        return self.tr("Edit of {0}").format(before.reg_number)

    def undo_service(self) -> Callable[[Database, Any, int], None]:
        return agreements.undo_edit


def edit_agreement(parent: QWidget, ctx: AppContext, agreement_id: int | None) -> AgreementDialog:
    dialog = AgreementDialog(parent, ctx, agreement_id)
    dialog.start()
    return dialog
