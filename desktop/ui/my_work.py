"""My work: what the signed-in person executes or controls and must act on — waiting for their acceptance,
returned to them, overdue, due within 30 days (services.reminders). Double-click opens the commitment."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import people, reminders
from desktop.services.reminders import Reminder
from desktop.storage.database import Database
from desktop.ui import labels
from desktop.ui.editors.base import alive
from desktop.ui.operations import AppContext, Change, run_query

DAYS = 30


@dataclass(frozen=True)
class MyWork:
    user: str
    person_id: int | None
    items: list[Reminder]


def load_my_work(db: Database) -> MyWork:
    me = people.me(db)
    return MyWork(people.user(db), me, reminders.my_work(db, me, days=DAYS) if me is not None else [])


class MyWorkDialog(QDialog):
    def __init__(self, parent: QWidget, ctx: AppContext) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("my_work")
        self.setWindowTitle(self.tr("My work"))
        self.setSizeGripEnabled(True)
        self.finished.connect(self.deleteLater)
        self.summary = QLabel(self.tr("Loading…"))
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("items")
        self.table.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Ref."), self.tr("Commitment"), self.tr("Due"), self.tr("Your part")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for column in (0, 1, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(lambda row, _column: self._open(row))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 420)
        self.items: list[Reminder] = []
        ctx.changed.connect(self._on_changed)

    def refresh(self) -> None:
        run_query(self.ctx, load_my_work, self._show, parent=self)

    def _on_changed(self, change: Change) -> None:
        if alive(self) and change & (Change.COMMITMENTS | Change.HISTORY):
            self.refresh()

    def _kind(self, item: Reminder) -> str:
        if item.kind == "to_accept":
            return self.tr("Waiting for your acceptance")
        if item.kind == "returned":
            return self.tr("Returned to you")
        if item.kind == "overdue":
            return self.tr("Overdue by %n day(s)", "", item.days or 0)
        return self.tr("Due in %n day(s)", "", item.days or 0)

    def _show(self, work: MyWork) -> None:
        if not alive(self):
            return
        self.items = work.items
        if work.person_id is None:
            self.summary.setText(
                self.tr("No person in the register has your login “{0}”: add yourself as a person with it.").format(
                    work.user
                )
            )
        else:
            self.summary.setText(self.tr("%n item(s) need you", "", len(work.items)))
        self.table.setRowCount(len(work.items))
        for row, item in enumerate(work.items):
            part = self.tr("Controller") if item.role == "controller" else self.tr("Executor")
            cells = (self._kind(item), item.ref, item.title, labels.day(item.due_date), part)
            for column, cell in enumerate(cells):
                entry = QTableWidgetItem(cell)
                entry.setToolTip(cell)
                if item.kind in ("overdue", "returned"):
                    font = entry.font()
                    font.setBold(True)
                    entry.setFont(font)
                self.table.setItem(row, column, entry)
        self.table.resizeRowsToContents()

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.items):
            from desktop.ui.editors.page import show_commitment

            show_commitment(self, self.ctx, self.items[row].commitment_id)


def show_my_work(parent: QWidget, ctx: AppContext) -> MyWorkDialog:
    dialog = MyWorkDialog(parent, ctx)
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    dialog.show()
    dialog.refresh()
    return dialog
