"""What the commitment and the agreement status dialogs share: the heading, the current status,
the new status limited to the allowed moves, and a note whose caption says when it is required."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.domain.errors import FieldProblem
from desktop.domain.messages import Message
from desktop.ui.editors.base import EditorDialog
from desktop.ui.editors.widgets import EnumCombo
from desktop.ui.operations import AppContext


class StatusDialog(EditorDialog):
    record_id: int  # a status changes on a stored record only

    def __init__(self, parent: QWidget | None, ctx: AppContext, record_id: int, label: Callable[[str], str]) -> None:
        super().__init__(parent, ctx, record_id)
        self._label = label
        self.save_button.setText(self.tr("Change status"))
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.form = self.new_form()
        self.current_label = QLabel()
        self.current_label.setObjectName("current_status")
        self.form.addRow(self.tr("Current status:"), self.current_label)
        self.status = self.add_field(self.form, "status", self.tr("&New status:"), EnumCombo([], label), None)
        self.note = self.add_field(self.form, "note", self.tr("N&ote:"), QLineEdit(), None)
        self.note_caption = self.form.labelForField(self.note.parentWidget() or self.note)
        self.status.currentIndexChanged.connect(lambda _i: self._status_picked())
        self.note.textChanged.connect(lambda _t: self.edited("note"))

    def finish_layout(self) -> None:
        """Called by the subclass once its own rows are in the form."""
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        self.resize(520, 0)

    def offer(self, allowed: Iterable[str], order: Iterable[str]) -> None:
        """List the statuses the record may move to, in ``order`` (the likeliest first)."""
        allowed = set(allowed)
        self.status.blockSignals(True)
        self.status.clear()
        for value in order:
            if value in allowed:
                self.status.addItem(self._label(value), value)
        self.status.blockSignals(False)
        self._status_picked(initial=True)

    def note_required(self, to_status: str) -> bool:
        raise NotImplementedError

    def _status_picked(self, initial: bool = False) -> None:
        self.status_picked(self.status.value())
        # Say the note is required before the clerk presses Enter, not after.
        if self.note_caption is not None:
            caption = self.tr("N&ote (required):") if self.note_required(self.status.value()) else self.tr("N&ote:")
            self.note_caption.setText(caption)  # type: ignore[attr-defined]
        if not initial:
            self.edited("status")

    def note_problem(self, to_status: str) -> FieldProblem:
        """The missing-note message in the clerk's language, naming the status as the list shows it."""
        return FieldProblem(
            "note", Message.verbatim(self.tr("a note is required to move to '{0}'").format(self._label(to_status)))
        )

    def status_picked(self, to_status: str) -> None:
        """Hook: show or hide the rows that depend on the chosen status."""

    def focus_first(self) -> None:
        self.status.setFocus()
