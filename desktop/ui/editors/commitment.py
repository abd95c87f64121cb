"""The commitment editor: what was promised, by whom, under which agreement and body, by when, how far along."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox, QWidget

from desktop.domain.enums import CommitmentStatus, Priority
from desktop.domain.errors import FieldProblem, ValidationError
from desktop.domain.rules import completion_date_may_be_unknown, team_problems
from desktop.services import commitment_list, commitments, lookups, people
from desktop.services.people import Team, TeamChoice
from desktop.services.records import Choice, CommitmentData
from desktop.storage.database import Database
from desktop.ui import labels
from desktop.ui.editors.base import EditorDialog
from desktop.ui.editors.status import change_commitment_status
from desktop.ui.editors.widgets import DateField, EnumCombo, PartyList, RecordPicker
from desktop.ui.i18n import current_language
from desktop.ui.operations import AppContext, Change, run_query


@dataclass
class _Loaded:
    data: CommitmentData
    agreements: list[Choice]
    bodies: list[Choice]
    parties: list[Choice]
    sectors: list[str]
    persons: list[Choice]
    team: Team


class CommitmentDialog(EditorDialog):
    watches = Change.COMMITMENTS
    table = "commitment"

    def __init__(
        self, parent: QWidget | None, ctx: AppContext, commitment_id: int | None, defaults: CommitmentData | None = None
    ) -> None:
        super().__init__(parent, ctx, commitment_id)
        self.defaults = defaults
        self._date_unknown = False
        self.setObjectName("commitment_editor")
        self.setWindowTitle(self.tr("New commitment") if commitment_id is None else self.tr("Edit commitment"))
        left, right = self.new_form(), self.new_form()
        self.title = self.add_field(left, "title", self.tr("&Title:"), QLineEdit(), None)
        self.title.setPlaceholderText(self.tr("What was promised"))
        self.ref = self.add_field(left, "ref", self.tr("&Reference:"), QLineEdit(), None)
        self.ref.setPlaceholderText(self.tr("blank = numbered automatically"))
        self.ref.setMaximumWidth(260)
        self.description = self.add_field(
            left, "description", self.tr("&Description:"), QPlainTextEdit(), None, grow=True
        )
        self.description.setTabChangesFocus(True)
        self.agreement_id = self.add_field(
            left, "agreement_id", self.tr("Source a&greement:"), RecordPicker(self.tr("— none —")), None
        )
        self.body_id = self.add_field(
            left, "body_id", self.tr("Responsible &body:"), RecordPicker(self.tr("— none —")), None
        )

        self.party_id = self.add_field(
            right, "party_id", self.tr("Responsible &party:"), RecordPicker(self.tr("— none —")), None
        )
        self.party_id.setMinimumContentsLength(16)
        self.agency = self.add_field(right, "agency", self.tr("A&gency:"), QLineEdit(), None)
        self.agency.setPlaceholderText(self.tr("Ministry or office that carries it out"))
        self.executor = self.add_field(
            right, "executor", self.tr("Lead e&xecutor:"), RecordPicker(self.tr("— none —")), None
        )
        self.executor.setMinimumContentsLength(16)
        self.co_executors = self.add_field(right, "co_executors", self.tr("Co-&executors:"), PartyList(), None)
        self.co_executors.setMaximumHeight(70)
        self.add_person_button = QPushButton(self.tr("New person…"))
        self.add_person_button.setObjectName("new_person")
        self.add_person_button.clicked.connect(lambda: self._new_person(None, ""))
        right.addRow("", self.add_person_button)
        self.controller = self.add_field(
            right, "controller", self.tr("C&ontroller:"), RecordPicker(self.tr("— none —")), None
        )
        self.controller.setMinimumContentsLength(16)
        sector = QComboBox()
        sector.setEditable(True)
        sector.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.sector = self.add_field(right, "sector", self.tr("&Sector:"), sector, None)
        self.due_date = self.add_field(right, "due_date", self.tr("D&ue date:"), DateField(), None)
        self.priority = self.add_field(
            right, "priority", self.tr("Pr&iority:"), EnumCombo(list(Priority), labels.priority), None
        )
        self.status = EnumCombo(list(CommitmentStatus), labels.commitment_status)
        self.status_button = self.add_status_row(right, self.status, self.tr("S&tatus:"), change_commitment_status)
        self.progress = self.add_field(right, "progress", self.tr("Pro&gress:"), QSpinBox(), None)
        self.progress.setRange(0, 999)  # 250 stays 250 and is refused with a message, not silently 25
        self.progress.setSuffix(" %")
        self.progress.setMaximumWidth(100)
        self.completed_on = self.add_field(right, "completed_on", self.tr("&Completed on:"), DateField(), None)
        self.notes = self.add_field(left, "notes", self.tr("&Notes:"), QPlainTextEdit(), None)
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Remarks: what the register's «Примечание» column says"))
        self.notes.setMaximumHeight(max(self.notes.fontMetrics().lineSpacing() * 4 + 12, 60))

        for name in ("title", "ref", "agency"):
            self.field(name).textChanged.connect(lambda _t, f=name: self.edited(f))
        self.description.textChanged.connect(lambda: self.edited("description"))
        self.notes.textChanged.connect(lambda: self.edited("notes"))
        self.sector.currentTextChanged.connect(lambda _t: self.edited("sector"))
        for name in ("agreement_id", "body_id", "party_id", "priority", "executor", "controller"):
            self.field(name).currentIndexChanged.connect(lambda _i, f=name: self.edited(f))
        self.status.currentIndexChanged.connect(lambda _i: self._status_picked())
        self._suggested_ref = ""
        self.party_id.enable_new(self._new_party)
        self.body_id.enable_new(self._new_body)
        self.executor.enable_new(lambda name: self._new_person(self.executor, name))
        self.controller.enable_new(lambda name: self._new_person(self.controller, name))
        self.co_executors.changed.connect(lambda: self.edited("co_executors"))
        self._team = TeamChoice()
        self._team_at_load = TeamChoice()
        self.agreement_id.currentIndexChanged.connect(lambda _i: self._suggest_ref())
        self.progress.valueChanged.connect(lambda _v: self.edited("progress"))
        for name in ("due_date", "completed_on"):
            self.field(name).changed.connect(lambda f=name: self.edited(f))

        columns = QHBoxLayout(self.content)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 3)
        columns.addSpacing(12)
        columns.addLayout(right, 2)
        self.resize(1000, 440)

    def load(self, db: Database) -> _Loaded:
        if self.record_id is not None:
            data = commitments.get(db, self.record_id)
        else:
            data = replace(self.defaults, id=None, version=None) if self.defaults else CommitmentData()
        return _Loaded(
            data,
            lookups.agreement_choices(db, current_language()),
            lookups.body_choices(db, current_language()),
            lookups.party_choices(db, current_language()),
            commitment_list.sectors(db),
            people.choices(db),
            people.team(db, self.record_id) if self.record_id is not None else Team(),
        )

    def fill(self, loaded: _Loaded) -> None:
        data = loaded.data
        self.version = data.version
        self.agreement_id.set_choices(loaded.agreements)
        self.body_id.set_choices(loaded.bodies, tree=True)
        self.party_id.set_choices(loaded.parties)
        self.sector.clear()
        self.sector.addItems(loaded.sectors)
        self._set_persons(loaded.persons)
        team = loaded.team
        # The people as loaded: Ctrl+Z after a save puts them back with the commitment's fields.
        self._team_at_load = TeamChoice(
            team.lead.id if team.lead else None,
            [p.id for p in team.co],
            team.controller.id if team.controller else None,
        )
        self.executor.set_value(team.lead.id if team.lead else None)
        self.co_executors.set_value([p.id for p in team.co])
        self.controller.set_value(team.controller.id if team.controller else None)
        self.title.setText(data.title)
        self.ref.setText(data.ref)
        self.description.setPlainText(data.description)
        self.notes.setPlainText(data.notes)
        self.agreement_id.set_value(data.agreement_id)
        self.body_id.set_value(data.body_id)
        self.party_id.set_value(data.party_id)
        self.agency.setText(data.agency)
        self.sector.setCurrentText(data.sector)
        self.due_date.set_date(data.due_date)
        self.priority.set_value(data.priority)
        self.status.blockSignals(True)
        self.status.set_value(data.status)
        self.status.blockSignals(False)
        self.progress.setValue(data.progress)
        self.completed_on.set_date(data.completed_on)
        self._date_unknown = completion_date_may_be_unknown(
            stored_status=data.status if self.record_id is not None else None,
            stored_completed_on=data.completed_on,
        )
        if self._date_unknown:  # shown as unknown, not invented
            self.completed_on.edit.setPlaceholderText(self.tr("unknown"))
            self.completed_on.setToolTip(self.tr("Completed on an unknown date (the register it came from gave none)"))
        existing = self.record_id is not None
        # An existing commitment changes status through its own dialog, so the history says who and why.
        self.status.setEnabled(not existing)
        self.status_button.setVisible(existing)
        completed = self.status.findData(CommitmentStatus.COMPLETED.value)
        if not existing and completed >= 0:
            # A new commitment starts open: it is completed through "Change status…", on its evidence.
            self.status.removeItem(completed)
        self._enable_for_status()
        if not existing:
            self._suggested_ref = data.ref
            self._suggest_ref()

    def _new_party(self, name: str) -> None:
        """ "New…" in the party picker: the party editor over this one; on save it is chosen here."""
        from desktop.ui.editors.party import edit_party

        dialog = edit_party(self, self.ctx, None, name)
        dialog.saved.connect(lambda new_id: self._reload_picker(self.party_id, lookups.party_choices, new_id))

    def _set_persons(self, persons: list[Choice]) -> None:
        for picker in (self.executor, self.controller, self.co_executors):
            picker.blockSignals(True)
            picker.set_choices(persons)
            picker.blockSignals(False)

    def _new_person(self, picker: RecordPicker | None, name: str) -> None:
        """ "New…" in a person picker, or "New person…": the person's form over this one; on save the new person
        is chosen in that picker (or ticked as a co-executor)."""
        from desktop.ui.editors.person import new_person

        dialog = new_person(self, self.ctx, name, self.agency.text())

        def chosen(new_id: int) -> None:
            def show(persons: list[Choice]) -> None:
                self._set_persons(persons)
                if picker is None:
                    self.co_executors.set_value([*self.co_executors.value(), new_id])
                    self.edited("co_executors")
                else:
                    picker.set_value(new_id)

            run_query(self.ctx, people.choices, show, parent=self)

        dialog.saved.connect(chosen)

    def _new_body(self, name: str) -> None:
        from desktop.ui.editors.body import edit_body

        dialog = edit_body(self, self.ctx, None, name=name)
        dialog.saved.connect(lambda new_id: self._reload_picker(self.body_id, lookups.body_choices, new_id, True))

    def _reload_picker(self, picker: RecordPicker, query: Any, new_id: int, tree: bool = False) -> None:
        def show(choices: list[Choice]) -> None:
            picker.set_choices(choices, tree=tree)
            picker.set_value(new_id)

        run_query(self.ctx, query, show, parent=self)

    def _suggest_ref(self) -> None:
        """A new commitment shows the next number of its agreement's scheme, until the clerk types their own."""
        if self.record_id is not None or self.ref.text() not in ("", self._suggested_ref):
            return
        agreement_id = self.agreement_id.value()

        def show(ref: str) -> None:
            if self.ref.text() in ("", self._suggested_ref) and self.agreement_id.value() == agreement_id:
                self._suggested_ref = ref
                self.ref.setText(ref)

        run_query(self.ctx, lambda db: commitments.suggest_ref(db, agreement_id), show, parent=self)

    def _enable_for_status(self) -> None:
        completed = self.status.value() == CommitmentStatus.COMPLETED
        self.completed_on.setEnabled(completed)
        self.progress.setEnabled(not completed)

    def _status_picked(self) -> None:
        # Completing means 100 % and a completion date; leaving 'completed' undoes both.
        if self.status.value() == CommitmentStatus.COMPLETED:
            self.progress.setValue(100)
            if self.completed_on.date_or_none() is None:
                self.completed_on.set_date(date.today())
        else:
            if self.progress.value() == 100:
                self.progress.setValue(99 if self.status.value() == CommitmentStatus.IN_PROGRESS else 0)
            self.completed_on.set_date(None)
        self._enable_for_status()
        self.edited("status")

    def collect(self) -> CommitmentData:
        self._team = TeamChoice(self.executor.value(), self.co_executors.value(), self.controller.value())
        return CommitmentData(
            title=self.title.text(),
            description=self.description.toPlainText(),
            agreement_id=self.agreement_id.value(),
            body_id=self.body_id.value(),
            party_id=self.party_id.value(),
            agency=self.agency.text(),
            sector=self.sector.currentText(),
            due_date=self.due_date.date_or_none(),
            priority=self.priority.value(),
            status=self.status.value(),
            progress=self.progress.value(),
            completed_on=self.completed_on.date_or_none(),
            ref=self.ref.text(),
            id=self.record_id,
            version=self.version,
            notes=self.notes.toPlainText(),
        )

    def check(self, data: CommitmentData) -> None:
        # A commitment stored done without a date keeps it unknown; completing one here sets a date.
        team = self._team
        problems = team_problems(team.lead_id, team.co_ids, team.controller_id)
        try:
            commitments.validate(data, date_unknown=self._date_unknown)
        except ValidationError as exc:
            problems = [*exc.problems, *problems]
        if problems:
            raise ValidationError(problems)

    def persist(self, db: Database, data: CommitmentData) -> int:
        record_id = people.save_with_team(db, data, self._team)
        self._version_after = commitments.get(db, record_id).version
        return record_id

    def cross_warnings(self, db: Database, data: CommitmentData) -> list[FieldProblem]:
        return commitments.warnings(db, data)

    def undo_service(self) -> Callable[[Database, Any, int], None]:
        team = self._team_at_load

        def undo(db: Database, before: CommitmentData, version_after: int) -> None:
            people.undo_edit(db, before, version_after, team)

        return undo

    def undo_text(self, before: Any) -> str:
        return self.tr("Edit of {0}").format(before.ref)


def edit_commitment(
    parent: QWidget, ctx: AppContext, commitment_id: int | None, defaults: CommitmentData | None = None
) -> CommitmentDialog:
    dialog = CommitmentDialog(parent, ctx, commitment_id, defaults)
    dialog.start()
    return dialog


def add_commitment_here(
    parent: QWidget, ctx: AppContext, *, body_id: int | None = None, agreement_id: int | None = None
) -> None:
    """A new commitment under a body or an agreement, its parties and reference filled in (editable)."""

    def open_editor(defaults: CommitmentData) -> None:
        edit_commitment(parent, ctx, None, defaults)

    run_query(
        ctx,
        lambda db: commitments.defaults_under(db, body_id=body_id, agreement_id=agreement_id),
        open_editor,
        parent=parent,
    )
