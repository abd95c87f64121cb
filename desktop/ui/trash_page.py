"""The Trash page: deleted records (with their dependants), restorable for 90 days, then purged."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import QWidget

from desktop.services import trash
from desktop.services.trash import TrashRow
from desktop.storage.database import Database
from desktop.ui import labels
from desktop.ui.operations import AppContext, Change, run_op
from desktop.ui.pages.list_page import TablePage, make_action
from desktop.ui.table_model import Column, field


def kind_label(kind: str) -> str:
    return {
        "agreement": QCoreApplication.translate("Trash", "Agreement"),
        "body": QCoreApplication.translate("Trash", "Body"),
        "commitment": QCoreApplication.translate("Trash", "Commitment"),
        "party": QCoreApplication.translate("Trash", "Party"),
    }.get(kind, kind)


class TrashUndo(QUndoCommand):
    """Undoing a delete restores the record from the Trash."""

    def __init__(self, ctx: AppContext, text: str, trash_id: int) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.trash_id = trash_id
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.setObsolete(True)  # deleting again is done from the page, not by Redo

    def undo(self) -> None:
        parent = self.ctx.parent() if isinstance(self.ctx.parent(), QWidget) else None
        run_op(self.ctx, lambda db: trash.restore(db, self.trash_id), parent=parent)  # type: ignore[arg-type]


class TrashPage(TablePage):
    name = "trash"
    change_mask = Change.ALL
    default_sort = (2, Qt.SortOrder.DescendingOrder)  # newest first

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.search.setPlaceholderText(self.tr("Filter deleted records (Ctrl+F)"))

    def title(self) -> str:
        return self.tr("Trash")

    def noun(self) -> str:
        return self.tr("deleted record")

    def can_create(self) -> bool:
        return False

    def columns(self) -> list[Column]:
        return [
            Column("kind", self.tr("What"), field("entity"), display=lambda r: kind_label(r.entity), width=110),
            Column("label", self.tr("Record"), field("label"), width=420, tooltip=True),
            Column(
                "deleted_at",
                self.tr("Deleted"),
                field("deleted_at"),
                display=lambda r: labels.moment(r.deleted_at),
                width=150,
            ),
            Column("deleted_by", self.tr("By"), field("deleted_by"), width=120),
            Column(
                "commitments",
                self.tr("With commitments"),
                field("commitments"),
                display=lambda r: str(r.commitments or ""),
                width=120,
            ),
            Column(
                "expires", self.tr("Purged on"), field("expires"), display=lambda r: labels.moment(r.expires), width=150
            ),
        ]

    def build_layout(self, view: Any, filter_widgets: Any = (), extra_rows: Any = ()) -> None:
        self.act_restore = make_action(self, self.tr("Restore"), self.restore_selected, ["Return", "Enter", "F2"])
        super().build_layout(view, filter_widgets, extra_rows)

    def view_actions(self) -> list[QAction]:
        return [self.act_restore]

    def context_actions(self) -> list[QAction | None]:
        return [self.act_restore]

    def _update_actions(self) -> None:
        super()._update_actions()
        if hasattr(self, "act_restore"):
            self.act_restore.setEnabled(self.current_id() is not None)

    def query(self, db: Database) -> list[TrashRow]:
        return trash.list_rows(db)

    def edit_selected(self) -> None:
        self.restore_selected()

    def delete_selected(self) -> None: ...

    def restore_selected(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            run_op(self.ctx, lambda db: trash.restore(db, record_id), parent=self)
