"""The body editor: a committee, subcommittee or working group, its place in the tree, parties and co-chairs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from desktop.domain.enums import BodyKind
from desktop.domain.errors import FieldProblem
from desktop.domain.rules import parent_problem
from desktop.services import bodies, lookups
from desktop.services.records import BodyData, Choice
from desktop.storage.database import Database
from desktop.ui import labels
from desktop.ui.editors.base import EditorDialog
from desktop.ui.editors.widgets import DateField, EnumCombo, PartyList, PeopleEditor, RecordPicker
from desktop.ui.i18n import current_language
from desktop.ui.operations import AppContext, Change


@dataclass
class _Loaded:
    data: BodyData
    parties: list[Choice]
    bodies: list[Choice]
    agreements: list[Choice]


class BodyDialog(EditorDialog):
    watches = Change.BODIES
    table = "body"

    def __init__(
        self,
        parent: QWidget | None,
        ctx: AppContext,
        body_id: int | None,
        parent_body_id: int | None = None,
        name: str = "",
    ) -> None:
        super().__init__(parent, ctx, body_id)
        self.parent_body_id = parent_body_id
        self.initial_name = name
        self.setObjectName("body_editor")
        self.setWindowTitle(self.tr("New body") if body_id is None else self.tr("Edit body"))
        left, right = self.new_form(), self.new_form()
        self.name = self.add_field(left, "name", self.tr("&Name:"), QLineEdit(), None)
        self.name.setPlaceholderText(self.tr("e.g. Subcommittee on Agricultural Cooperation"))
        self.name_ru = self.add_field(left, "name_ru", self.tr("Russian:"), QLineEdit(), None)
        self.name_kk = self.add_field(left, "name_kk", self.tr("Kazakh:"), QLineEdit(), None)
        self.name_zh = self.add_field(left, "name_zh", self.tr("Chinese:"), QLineEdit(), None)
        self.languages_toggle = self.fold_rows(
            left, self.tr("Name in other languages"), [self.name_ru, self.name_kk, self.name_zh]
        )
        self.languages_toggle.setObjectName("other_languages")
        left.insertRow(1, "", self.languages_toggle)
        self.kind = self.add_field(left, "kind", self.tr("&Kind:"), EnumCombo(list(BodyKind), labels.body_kind), None)
        self.parent_id = self.add_field(
            left, "parent_id", self.tr("&Parent body:"), RecordPicker(self.tr("— none (top level) —")), None
        )
        self.parties = self.add_field(left, "parties", self.tr("Pa&rties:"), PartyList(), None)
        self.co_chairs = self.add_field(left, "co_chairs", self.tr("&Co-chairs:"), PeopleEditor(), None, grow=True)

        self.established_by_id = self.add_field(
            right, "established_by_id", self.tr("Established &by:"), RecordPicker(self.tr("— not recorded —")), None
        )
        self.established_by_id.setMinimumContentsLength(20)
        self.established_on = self.add_field(right, "established_on", self.tr("Established &on:"), DateField(), None)
        active_row = QWidget()
        row = QHBoxLayout(active_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.active = QCheckBox(self.tr("&Active"))
        self.active.setObjectName("active")
        self.dissolved_on = DateField()
        self.dissolved_on.setObjectName("dissolved_on")
        dissolved_caption = QLabel(self.tr("&Dissolved on:"))
        dissolved_caption.setBuddy(self.dissolved_on)
        row.addWidget(self.active)
        row.addSpacing(12)
        row.addWidget(dissolved_caption)
        row.addWidget(self.dissolved_on, 1)
        self.add_field(right, "dissolved_on", self.tr("Status:"), active_row, None)
        active_row.setObjectName("active_row")
        self.dissolved_on.setObjectName("dissolved_on")
        self.add_error_slot("dissolved_on", self.dissolved_on, self._errors["dissolved_on"])
        self.notes = self.add_field(right, "notes", self.tr("No&tes:"), QPlainTextEdit(), None, grow=True)
        self.notes.setTabChangesFocus(True)

        for name in ("name", "name_ru", "name_kk", "name_zh"):
            self.field(name).textChanged.connect(lambda _t, f=name: self.edited(f))
        for name in ("kind", "parent_id", "established_by_id"):
            self.field(name).currentIndexChanged.connect(lambda _i, f=name: self.edited(f))
        for name in ("parties", "co_chairs", "established_on", "dissolved_on"):
            self.field(name).changed.connect(lambda f=name: self.edited(f))
        self.notes.textChanged.connect(lambda: self.edited("notes"))
        self.active.toggled.connect(self._active_toggled)

        columns = QHBoxLayout(self.content)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 3)
        columns.addSpacing(12)
        columns.addLayout(right, 2)
        self.resize(980, 500)

    def load(self, db: Database) -> _Loaded:
        if self.record_id is not None:
            data = bodies.get(db, self.record_id)
        else:
            data = BodyData(parent_id=self.parent_body_id, name=self.initial_name)
            if self.parent_body_id is not None:
                # A new sub-body usually has its parent's parties; the parent's kind decides its own.
                parent = bodies.get(db, self.parent_body_id)
                data.party_ids = list(parent.party_ids)
                data.kind = BodyKind.SUBCOMMITTEE if parent.kind == BodyKind.COMMITTEE else BodyKind.WORKING_GROUP
        return _Loaded(
            data,
            lookups.party_choices(db, current_language()),
            lookups.body_choices(db, current_language()),
            lookups.agreement_choices(db, current_language()),
        )

    def fill(self, loaded: _Loaded) -> None:
        data = loaded.data
        self.version = data.version
        self.parties.set_choices(loaded.parties)
        self.co_chairs.set_parties(loaded.parties)
        self.parent_id.set_choices(loaded.bodies, tree=True)
        self.established_by_id.set_choices(loaded.agreements)
        self.name.setText(data.name)
        self.name_ru.setText(data.name_ru)
        self.name_kk.setText(data.name_kk)
        self.name_zh.setText(data.name_zh)
        if data.name_ru or data.name_kk or data.name_zh:
            self.languages_toggle.setChecked(True)
        self.kind.set_value(data.kind)
        self.parent_id.set_value(data.parent_id)
        self.parties.set_value(data.party_ids)
        self.co_chairs.set_value(data.co_chairs)
        self.established_by_id.set_value(data.established_by_id)
        self.established_on.set_date(data.established_on)
        self.active.setChecked(data.active)
        self.dissolved_on.set_date(data.dissolved_on)
        self.dissolved_on.setEnabled(not data.active)
        self.notes.setPlainText(data.notes)

    def _active_toggled(self, active: bool) -> None:
        # Dissolving asks for the date; reactivating clears it.
        self.dissolved_on.setEnabled(not active)
        if active:
            self.dissolved_on.set_date(None)
        else:
            self.dissolved_on.setFocus()
        self.edited("dissolved_on")

    def collect(self) -> BodyData:
        return BodyData(
            name=self.name.text(),
            kind=self.kind.value(),
            parent_id=self.parent_id.value(),
            party_ids=self.parties.value(),
            co_chairs=self.co_chairs.value(),
            established_by_id=self.established_by_id.value(),
            established_on=self.established_on.date_or_none(),
            active=self.active.isChecked(),
            dissolved_on=self.dissolved_on.date_or_none(),
            notes=self.notes.toPlainText(),
            name_ru=self.name_ru.text(),
            name_kk=self.name_kk.text(),
            name_zh=self.name_zh.text(),
            id=self.record_id,
            version=self.version,
        )

    def extra_problems(self, data: BodyData) -> list[FieldProblem]:
        problems = super().extra_problems(data)
        # The service checks again on save (someone may move bodies meanwhile); this says it as the clerk picks.
        problem = parent_problem(data.id, data.parent_id, self.parent_id.tree_parents())
        if problem:
            problems.append(FieldProblem("parent_id", problem))
        return problems

    def check(self, data: BodyData) -> None:
        bodies.validate(data)

    def cross_warnings(self, db: Database, data: BodyData) -> list[FieldProblem]:
        return bodies.warnings(db, data)

    def persist(self, db: Database, data: BodyData) -> int:
        record_id = bodies.save(db, data)
        self._version_after = bodies.get(db, record_id).version
        return record_id

    def undo_service(self) -> Callable[[Database, Any, int], None]:
        return bodies.undo_edit


def edit_body(
    parent: QWidget, ctx: AppContext, body_id: int | None, parent_body_id: int | None = None, name: str = ""
) -> BodyDialog:
    dialog = BodyDialog(parent, ctx, body_id, parent_body_id, name)
    dialog.start()
    return dialog
