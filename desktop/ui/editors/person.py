"""A person of the register, new or existing: who executes or controls commitments (name, agency, position, contact,
login)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from desktop.domain.errors import ValidationError
from desktop.domain.rules import person_problems
from desktop.services import people
from desktop.storage.database import Database
from desktop.ui.editors.base import EditorDialog
from desktop.ui.operations import AppContext, Change


@dataclass
class PersonForm:
    name: str = ""
    agency: str = ""
    position: str = ""
    contact: str = ""
    login: str = ""


class PersonDialog(EditorDialog):
    watches = Change.COMMITMENTS

    def __init__(
        self, parent: QWidget | None, ctx: AppContext, name: str = "", agency: str = "", person_id: int | None = None
    ) -> None:
        super().__init__(parent, ctx, person_id)
        self.initial = PersonForm(name=name, agency=agency)
        self.setWindowTitle(self.tr("New person") if person_id is None else self.tr("Edit person"))
        self.setObjectName("person_editor")
        form = self.new_form()
        self.name = self.add_field(form, "person_name", self.tr("&Name:"), QLineEdit(), None)
        self.name.setPlaceholderText(self.tr("e.g. Aigerim Seitkali"))
        self.agency = self.add_field(form, "agency", self.tr("A&gency:"), QLineEdit(), None)
        self.position = self.add_field(form, "position", self.tr("&Position:"), QLineEdit(), None)
        self.contact = self.add_field(form, "contact", self.tr("&Contact:"), QLineEdit(), None)
        self.contact.setPlaceholderText(self.tr("Telephone or e-mail"))
        self.login = self.add_field(form, "login", self.tr("&Login:"), QLineEdit(), None)
        self.login.setPlaceholderText(self.tr("The user name they sign in with (for “My commitments”)"))
        for name in ("person_name", "agency", "position", "contact", "login"):
            self.field(name).textChanged.connect(lambda _t, f=name: self.edited(f))
        outer = QVBoxLayout(self.content)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(form)
        self.resize(480, 0)

    def load(self, db: Database) -> PersonForm:
        if self.record_id is None:
            return self.initial
        row = people.get_person(db, self.record_id)
        return PersonForm(row.name, row.agency, row.position, row.contact, row.login)

    def fill(self, data: PersonForm) -> None:
        self.name.setText(data.name)
        self.agency.setText(data.agency)
        self.position.setText(data.position)
        self.contact.setText(data.contact)
        self.login.setText(data.login)

    def collect(self) -> PersonForm:
        return PersonForm(
            self.name.text(), self.agency.text(), self.position.text(), self.contact.text(), self.login.text()
        )

    def check(self, data: PersonForm) -> None:
        problems = person_problems(data.name)
        if problems:
            raise ValidationError(problems)

    def persist(self, db: Database, data: PersonForm) -> int:
        if self.record_id is not None:
            people.update_person(
                db,
                self.record_id,
                name=data.name,
                agency=data.agency,
                position=data.position,
                contact=data.contact,
                login=data.login,
            )
            return self.record_id
        return people.add_person(
            db, data.name, agency=data.agency, position=data.position, contact=data.contact, login=data.login
        )


def new_person(parent: QWidget, ctx: AppContext, name: str = "", agency: str = "") -> PersonDialog:
    dialog = PersonDialog(parent, ctx, name, agency)
    dialog.start()
    return dialog


def edit_person(parent: QWidget, ctx: AppContext, person_id: int) -> PersonDialog:
    dialog = PersonDialog(parent, ctx, person_id=person_id)
    dialog.start()
    return dialog
