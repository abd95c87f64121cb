"""The people of the register (View ▸ People…): who executes and controls commitments, with New… and Edit…
(double-click or Enter edits the chosen person). Kept current as the register changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import people
from desktop.services.people import PersonRow
from desktop.ui.editors.base import alive
from desktop.ui.operations import AppContext, Change, run_query


class PeopleDialog(QDialog):
    def __init__(self, parent: QWidget, ctx: AppContext) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[PersonRow] = []
        self.setObjectName("people")
        self.setWindowTitle(self.tr("People"))
        self.setSizeGripEnabled(True)
        self.finished.connect(self.deleteLater)
        self.summary = QLabel(self.tr("Loading…"))
        self.summary.setObjectName("summary")
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("persons")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Agency"), self.tr("Position"), self.tr("Contact"), self.tr("Login")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(lambda row, _column: self.edit(row))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.new_button = QPushButton(self.tr("&New…"))
        self.new_button.setObjectName("new_person")
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("edit_person")
        self.edit_button.setEnabled(False)
        self.edit_button.setDefault(True)
        for button in (self.new_button, self.edit_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(lambda: self.edit(self.table.currentRow()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(860, 420)
        ctx.changed.connect(self._on_changed)

    def refresh(self) -> None:
        run_query(self.ctx, people.rows, self._show, parent=self)

    def _on_changed(self, change: Change) -> None:
        if alive(self) and change & Change.COMMITMENTS:  # persons are announced as commitment changes
            self.refresh()

    def _show(self, rows: list[PersonRow]) -> None:
        if not alive(self):
            return
        chosen = self.rows[self.table.currentRow()].id if 0 <= self.table.currentRow() < len(self.rows) else None
        self.rows = rows
        self.summary.setText(self.tr("%n person(s)", "", len(rows)))
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            for column, cell in enumerate((row.name, row.agency, row.position, row.contact, row.login)):
                item = QTableWidgetItem(cell)
                item.setToolTip(cell)
                self.table.setItem(index, column, item)
            if row.id == chosen:
                self.table.selectRow(index)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.edit_button.setEnabled(0 <= self.table.currentRow() < len(self.rows) and self.table.selectedItems() != [])

    def new(self) -> QDialog:
        from desktop.ui.editors.person import new_person

        return new_person(self, self.ctx)

    def edit(self, row: int) -> QDialog | None:
        if not 0 <= row < len(self.rows):
            return None
        from desktop.ui.editors.person import edit_person

        return edit_person(self, self.ctx, self.rows[row].id)


def show_people(parent: QWidget, ctx: AppContext) -> PeopleDialog:
    dialog = PeopleDialog(parent, ctx)
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    dialog.show()
    dialog.refresh()
    return dialog
