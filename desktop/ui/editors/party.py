"""The party editor: a state or an organisation, with its names in Russian, Kazakh and Chinese."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from desktop.domain.enums import PartyKind
from desktop.services import parties
from desktop.services.records import PartyData
from desktop.storage.database import Database
from desktop.ui import labels
from desktop.ui.editors.base import EditorDialog
from desktop.ui.editors.widgets import EnumCombo
from desktop.ui.operations import AppContext, Change


class PartyDialog(EditorDialog):
    watches = Change.PARTIES
    table = "party"

    def __init__(self, parent: QWidget | None, ctx: AppContext, party_id: int | None, name: str = "") -> None:
        super().__init__(parent, ctx, party_id)
        self.initial_name = name
        self.setWindowTitle(self.tr("New party") if party_id is None else self.tr("Edit party"))
        self.setObjectName("party_editor")
        form = self.new_form()
        self.name = self.add_field(form, "name", self.tr("&Name:"), QLineEdit(), None)
        self.name.setPlaceholderText(self.tr("e.g. Republic of Kazakhstan"))
        self.short_name = self.add_field(form, "short_name", self.tr("S&hort name:"), QLineEdit(), None)
        self.kind = self.add_field(form, "kind", self.tr("&Kind:"), EnumCombo(list(PartyKind), labels.party_kind), None)
        self.country_code = self.add_field(form, "country_code", self.tr("&ISO code:"), QLineEdit(), None)
        self.country_code.setPlaceholderText(self.tr("KZ, CN, CHN…"))
        self.country_code.setMaxLength(3)
        self.country_code.setMaximumWidth(80)
        self.name_ru = self.add_field(form, "name_ru", self.tr("Name (&Russian):"), QLineEdit(), None)
        self.name_kk = self.add_field(form, "name_kk", self.tr("Name (Ka&zakh):"), QLineEdit(), None)
        self.name_zh = self.add_field(form, "name_zh", self.tr("Name (&Chinese):"), QLineEdit(), None)
        for name in ("name", "short_name", "country_code", "name_ru", "name_kk", "name_zh"):
            self.field(name).textChanged.connect(lambda _t, f=name: self.edited(f))
        self.kind.currentIndexChanged.connect(lambda _i: self.edited("kind"))
        outer = QVBoxLayout(self.content)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addLayout(form)
        outer.addLayout(row)
        self.resize(520, 0)

    def load(self, db: Database) -> PartyData:
        return parties.get(db, self.record_id) if self.record_id is not None else PartyData(name=self.initial_name)

    def fill(self, data: PartyData) -> None:
        self.version = data.version
        self.name.setText(data.name)
        self.short_name.setText(data.short_name)
        self.kind.set_value(data.kind)
        self.country_code.setText(data.country_code)
        self.name_ru.setText(data.name_ru)
        self.name_kk.setText(data.name_kk)
        self.name_zh.setText(data.name_zh)

    def collect(self) -> PartyData:
        return PartyData(
            name=self.name.text(),
            short_name=self.short_name.text(),
            kind=self.kind.value(),
            country_code=self.country_code.text(),
            name_ru=self.name_ru.text(),
            name_kk=self.name_kk.text(),
            name_zh=self.name_zh.text(),
            id=self.record_id,
            version=self.version,
        )

    def check(self, data: PartyData) -> None:
        parties.validate(data)

    def persist(self, db: Database, data: PartyData) -> int:
        record_id = parties.save(db, data)
        self._version_after = parties.get(db, record_id).version
        return record_id

    def undo_service(self) -> Callable[[Database, Any, int], None]:
        return parties.undo_edit


def edit_party(parent: QWidget, ctx: AppContext, party_id: int | None, name: str = "") -> PartyDialog:
    dialog = PartyDialog(parent, ctx, party_id, name)
    dialog.start()
    return dialog
