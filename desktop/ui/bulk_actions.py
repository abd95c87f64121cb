"""Bulk actions on the selected commitments: status with one note, move to a body, due date, agency, export.

Each action writes through ``services.bulk`` in one transaction (run by ``run_op``), then says
which rows the rules refused, and goes on the window's undo stack.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import CommitmentStatus
from desktop.domain.messages import Message
from desktop.domain.rules import completion_evidence_problems
from desktop.services import bulk, lookups
from desktop.services.bulk import BulkResult
from desktop.storage.database import Database
from desktop.ui import i18n, labels
from desktop.ui.editors.widgets import DateField, EnumCombo, RecordPicker
from desktop.ui.i18n import text
from desktop.ui.operations import AppContext, run_op, run_query


class BulkDialog(QDialog):
    """Asks for what a bulk action needs: ``kind`` is "status", "body", "due" or "agency"."""

    def __init__(self, parent: QWidget | None, ctx: AppContext, kind: str, count: int) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"bulk_{kind}")
        self.setWindowTitle(self.tr("Change %n selected commitment(s)", "", count))
        form = QFormLayout()
        self.status = EnumCombo([s.value for s in CommitmentStatus], labels.commitment_status)
        self.status.setObjectName("status")
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.body = RecordPicker()
        self.body.setObjectName("body_id")
        self.due = DateField()
        self.due.setObjectName("due_date")
        self.agency = QLineEdit()
        self.agency.setObjectName("agency")
        self.agency.setMaxLength(500)
        # Completing needs evidence, given once for every row: after a committee session, its protocol.
        self.letter_number = QLineEdit()
        self.letter_number.setObjectName("letter_number")
        self.letter_number.setMaxLength(100)
        self.letter_date = DateField()
        self.letter_date.setObjectName("letter_date")
        self.form = form
        if kind == "status":
            form.addRow(self.tr("&Status:"), self.status)
            form.addRow(self.tr("&Note for every row:"), self.note)
            form.addRow(self.tr("&Evidence: letter or protocol No.:"), self.letter_number)
            form.addRow(self.tr("Letter &date:"), self.letter_date)
            self.status.currentIndexChanged.connect(lambda _i: self._status_picked())
            self._status_picked()
        elif kind == "body":
            form.addRow(self.tr("Move to &body:"), self.body)
            run_query(ctx, lookups.body_choices, lambda rows: self.body.set_choices(rows, tree=True), parent=self)
        elif kind == "due":
            form.addRow(self.tr("&Due date (empty clears it):"), self.due)
        else:
            form.addRow(self.tr("Executing &agency:"), self.agency)
        self.problem = QLabel()
        self.problem.setObjectName("banner")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("save")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _status_picked(self) -> None:
        completing = self.status.value() == CommitmentStatus.COMPLETED
        for widget in (self.letter_number, self.letter_date):
            self.form.setRowVisible(widget, completing)

    def evidence(self) -> tuple[str, date | None]:
        """The letter given for every row, when completing; nothing otherwise."""
        if self.kind != "status" or self.status.value() != CommitmentStatus.COMPLETED:
            return "", None
        return self.letter_number.text(), self.letter_date.date_or_none()

    def _accept(self) -> None:
        if self.kind == "status" and self.status.value() == CommitmentStatus.COMPLETED:
            if self.letter_date.problem():
                self.problem.setText(self.tr("Letter date: {0}").format(self.letter_date.problem()))
                return
            number, day = self.evidence()
            problems = completion_evidence_problems(number, day, date.today())
            if problems:
                # Every row needs it (unless one had its report accepted): say so before running over them all.
                # None given: the rule's sentence names both fields; else each problem under its field's name.
                given = bool(number.strip()) or day is not None
                self.problem.setText("\n".join(text(p.described() if given else p.message) for p in problems))
                return
        if self.kind == "due" and self.due.problem():
            self.problem.setText(self.tr("Due date: {0}").format(self.due.problem()))
            return
        if self.kind == "body" and self.body.value() is None:
            self.problem.setText(self.tr("Choose the body to move the commitments to."))
            return
        self.accept()


def summary_text(result: BulkResult) -> str:
    # Plural counts through Message: lupdate marks a translate() numerus only for a literal count.
    text = i18n.text(Message("%n commitment(s) changed.", n=len(result.changed), context="BulkActions"))
    if result.refused:
        lines = [f"• {r.ref or r.id}: {r.reason}" for r in result.refused]
        text += (
            "\n\n"
            + i18n.text(Message("%n refused and left as they were:", n=len(result.refused), context="BulkActions"))
            + "\n"
            + "\n".join(lines)
        )
    return text


class BulkUndo(QUndoCommand):
    """Undoing a bulk action puts the rows back, unless someone changed one of them since."""

    def __init__(self, ctx: AppContext, text: str, result: BulkResult) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.snapshots = list(result.before)
        self._first = True

    def redo(self) -> None:
        if self._first:  # the action itself already ran
            self._first = False

    def undo(self) -> None:
        parent = self.ctx.parent() if isinstance(self.ctx.parent(), QWidget) else None
        run_op(self.ctx, lambda db: bulk.restore(db, snapshots=self.snapshots), parent=parent)  # type: ignore[arg-type]


def run_bulk(
    ctx: AppContext,
    parent: QWidget,
    description: str,
    op: Callable[[Database], BulkResult],
    on_done: Callable[[BulkResult], None] | None = None,
) -> None:
    def done(result: BulkResult) -> None:
        if result.changed:
            stack = getattr(ctx, "undo_stack", None)
            if stack is not None:
                stack.push(BulkUndo(ctx, description, result))
        if result.refused:
            QMessageBox.information(
                parent, QCoreApplication.translate("BulkActions", "Some rows were refused"), summary_text(result)
            )
        if on_done is not None:
            on_done(result)

    run_op(ctx, op, on_success=done, parent=parent)


def ask_and_run(
    ctx: AppContext,
    parent: QWidget,
    kind: str,
    ids: Sequence[int],
    versions: dict[int, int],
    on_done: Callable[[BulkResult], None] | None = None,
) -> BulkDialog | None:
    """Open the dialog for ``kind``; on OK run the action over ``ids``. Returns the dialog (open, modal-less)."""
    if not ids:
        return None
    dialog = BulkDialog(parent, ctx, kind, len(ids))
    ids = list(ids)

    def accepted() -> None:
        op: Callable[[Database], BulkResult]
        if kind == "status":
            to_status, note = dialog.status.value(), dialog.note.text()
            letter_number, letter_date = dialog.evidence()
            op = lambda db: bulk.change_status(  # noqa: E731
                db,
                ids=ids,
                to_status=to_status,
                note=note,
                versions=versions,
                letter_number=letter_number,
                letter_date=letter_date,
            )
            text = i18n.text(Message("Status of %n commitment(s)", n=len(ids), context="BulkActions"))
        elif kind == "body":
            body_id = dialog.body.value()
            op = lambda db: bulk.set_fields(db, ids=ids, body_id=body_id, versions=versions)  # noqa: E731
            text = i18n.text(Message("Move %n commitment(s)", n=len(ids), context="BulkActions"))
        elif kind == "due":
            due: date | None = dialog.due.date_or_none()
            op = lambda db: bulk.set_fields(  # noqa: E731
                db, ids=ids, due_date=due, clear_due_date=due is None, versions=versions
            )
            text = i18n.text(Message("Due date of %n commitment(s)", n=len(ids), context="BulkActions"))
        else:
            agency = dialog.agency.text()
            op = lambda db: bulk.set_fields(db, ids=ids, agency=agency, versions=versions)  # noqa: E731
            text = i18n.text(Message("Agency of %n commitment(s)", n=len(ids), context="BulkActions"))
        run_bulk(ctx, parent, text, op, on_done)

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog


def export_rows(
    parent: QWidget, headers: Sequence[str], rows: Sequence[Sequence[Any]], path: Path | None = None
) -> Path | None:
    """Write ``rows`` (texts as shown, in the order shown) to a workbook; asks where unless ``path``."""
    if path is None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("BulkActions", "Export the selection"),
            "selection.xlsx",
            QCoreApplication.translate("BulkActions", "Excel workbook (*.xlsx)"),
        )
        if not name:
            return None
        path = Path(name)
    from desktop.reports.selection import write_table

    write_table(path, headers, rows)
    return path
