"""Moving a commitment's deadline, on record: the new date, the reason (required) and who asked.

The move is an extension (services.deadlines): the original deadline is kept, so a commitment completed after it
counts as executed late even within the moved one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.domain.errors import ValidationError
from desktop.domain.rules import deadline_move_problems
from desktop.services import commitments, deadlines
from desktop.services.deadlines import Deadlines
from desktop.services.records import CommitmentData
from desktop.storage.database import Database
from desktop.ui import labels
from desktop.ui.editors.base import EditorDialog
from desktop.ui.editors.widgets import DateField
from desktop.ui.operations import AppContext, Change


@dataclass(frozen=True)
class _Loaded:
    data: CommitmentData
    deadlines: Deadlines


class MoveDeadlineDialog(EditorDialog):
    watches = Change.COMMITMENTS
    record_id: int

    def __init__(self, parent: QWidget | None, ctx: AppContext, commitment_id: int) -> None:
        super().__init__(parent, ctx, commitment_id)
        self.setObjectName("move_deadline")
        self.setWindowTitle(self.tr("Move deadline"))
        self.save_button.setText(self.tr("Move deadline"))
        self.current_due: date | None = None
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.form = self.new_form()
        self.current_label = QLabel()
        self.current_label.setObjectName("current_deadline")
        self.form.addRow(self.tr("Current deadline:"), self.current_label)
        self.new_date = self.add_field(self.form, "new_date", self.tr("&New deadline:"), DateField(), None)
        self.reason = self.add_field(self.form, "reason", self.tr("&Reason (required):"), QLineEdit(), None)
        self.requested_by = self.add_field(self.form, "requested_by", self.tr("Requested &by:"), QLineEdit(), None)
        self.requested_by.setPlaceholderText(self.tr("you, unless someone else asked"))
        self.new_date.changed.connect(lambda: self.edited("new_date"))
        self.reason.textChanged.connect(lambda _t: self.edited("reason"))
        self.requested_by.textChanged.connect(lambda _t: self.edited("requested_by"))
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        self.resize(520, 0)

    def load(self, db: Database) -> _Loaded:
        return _Loaded(commitments.get(db, self.record_id), deadlines.for_commitment(db, self.record_id))

    def fill(self, loaded: _Loaded) -> None:
        data = loaded.data
        self.version = data.version
        self.current_due = data.due_date
        self.heading.setText(f"{data.ref} — {data.title}")
        shown = labels.day(data.due_date) if data.due_date else "—"
        if loaded.deadlines.moves:
            shown = self.tr("{0} (originally {1}; moved ×{2})").format(
                shown, labels.day(loaded.deadlines.original), loaded.deadlines.moves
            )
        self.current_label.setText(shown)

    def collect(self) -> tuple[date | None, str, str]:
        return self.new_date.date_or_none(), self.reason.text(), self.requested_by.text()

    def check(self, data: tuple[date | None, str, str]) -> None:
        new_date, reason, _requested_by = data
        problems = deadline_move_problems(self.current_due, new_date, reason)
        if self.new_date.problem():
            problems = [p for p in problems if p.field != "new_date"]  # the field's own message says it better
        if problems:
            raise ValidationError(problems)

    def persist(self, db: Database, data: tuple[date | None, str, str]) -> int:
        new_date, reason, requested_by = data
        deadlines.move_deadline(db, self.record_id, new_date, reason, requested_by=requested_by, version=self.version)
        return self.record_id

    def focus_first(self) -> None:
        self.new_date.setFocus()


def move_commitment_deadline(parent: QWidget | None, ctx: AppContext, commitment_id: int) -> MoveDeadlineDialog:
    dialog = MoveDeadlineDialog(parent, ctx, commitment_id)
    dialog.start()
    return dialog
