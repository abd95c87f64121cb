"""The Agreements page: protocols, agreements, memoranda and their status."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desktop.domain.filters import CommitmentFilter
from desktop.services import agreements
from desktop.services.lookups import LocalNames, local_names
from desktop.services.records import AgreementRow
from desktop.storage.database import Database
from desktop.ui import labels
from desktop.ui.i18n import current_language
from desktop.ui.operations import AppContext, Change
from desktop.ui.pages.common import agreement_status_icon
from desktop.ui.pages.list_page import TablePage, make_action
from desktop.ui.pages.views_menu import TextFilterViews
from desktop.ui.style import AGREEMENT_STATUS_COLOURS
from desktop.ui.table_model import RIGHT, Column, default_key, field

_STATUS_RANK = {s: i for i, s in enumerate(AGREEMENT_STATUS_COLOURS)}


class AgreementsPage(TextFilterViews, TablePage):
    name = "agreements"
    trash_entity = "agreement"
    change_mask = Change.AGREEMENTS | Change.PARTIES | Change.COMMITMENTS
    default_sort = (4, Qt.SortOrder.DescendingOrder)  # newest signed first
    show_commitments = Signal(object)  # a CommitmentFilter: the window shows the Commitments page with it
    show_changes = Signal(str, int, str)  # table, id, label: the window shows the Audit page on that record

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.names = LocalNames()  # filled by query() off the GUI thread, read by the name columns
        super().__init__(ctx, parent)
        self.search.setPlaceholderText(self.tr("Filter by number, title, place, party… (Ctrl+F)"))

    def title(self) -> str:
        return self.tr("Agreements")

    def noun(self) -> str:
        return self.tr("agreement")

    def columns(self) -> list[Column]:
        return [
            Column("reg_number", self.tr("Reg. number"), field("reg_number"), width=160),
            Column(
                "title",
                self.tr("Title"),
                field("title"),
                display=lambda r: self.names.agreement(r.id, r.title),
                width=380,
                tooltip=True,
            ),
            Column("kind", self.tr("Kind"), field("kind"), display=lambda r: labels.kind(r.kind), width=110),
            Column(
                "status",
                self.tr("Status"),
                field("status"),
                display=lambda r: labels.agreement_status(r.status),
                sort_key=lambda s: _STATUS_RANK.get(s, 99),
                decoration=lambda r: agreement_status_icon(r.status),
                width=110,
            ),
            Column("signed_on", self.tr("Signed"), field("signed_on"), width=95),
            Column("place", self.tr("Place"), field("place"), width=100),
            Column(
                "parties",
                self.tr("Parties"),
                field("parties"),
                display=lambda r: self.names.party_list(r.parties),
                width=160,
                tooltip=True,
            ),
            Column("entry_into_force", self.tr("In force from"), field("entry_into_force"), width=100),
            Column("expiry", self.tr("Expires"), field("expiry"), width=95),
            Column(
                "commitments",
                self.tr("Commitments"),
                field("commitments"),
                sort_key=default_key,
                align=RIGHT,
                width=100,
            ),
        ]

    def context_actions(self) -> list[QAction | None]:
        return [
            self.act_show_commitments,
            self.act_add_commitment,
            self.act_changes,
            None,
            *super().context_actions(),
            None,
            self.act_status,
        ]

    def _update_actions(self) -> None:
        super()._update_actions()
        if hasattr(self, "act_status"):
            has = self.current_id() is not None
            for action in (self.act_status, self.act_show_commitments, self.act_add_commitment, self.act_changes):
                action.setEnabled(has)

    def build_layout(self, view: Any, filter_widgets: Any = (), extra_rows: Any = ()) -> None:
        self.act_status = make_action(self, self.tr("Change status…"), self.change_status)
        self.act_show_commitments = make_action(self, self.tr("Show commitments"), self.show_its_commitments)
        self.act_add_commitment = make_action(self, self.tr("Add commitment here…"), self.add_commitment)
        self.act_changes = make_action(self, self.tr("Changes…"), self.show_its_changes)
        super().build_layout(view, filter_widgets, extra_rows)

    def filter_widgets(self) -> list[QWidget]:
        from desktop.ui.pages.views_menu import ViewsButton

        self.views_button = ViewsButton(self, self)
        return [self.views_button]

    def query(self, db: Database) -> list[AgreementRow]:
        self.names = local_names(db, current_language())  # titles in the interface language where stored
        return agreements.list_rows(db)

    def new_record(self) -> None:
        from desktop.ui import editors  # imported when first used: the window paints first

        editors.edit_agreement(self, self.ctx, None)

    def edit_selected(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            from desktop.ui import editors  # imported when first used: the window paints first

            editors.edit_agreement(self, self.ctx, record_id)

    def can_change_status(self) -> bool:
        return self.current_id() is not None

    def show_its_commitments(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.show_commitments.emit(CommitmentFilter(agreement_id=record_id))

    def show_its_changes(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.show_changes.emit("agreement", record_id, self.describe(record_id))

    def add_commitment(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            from desktop.ui import editors  # imported when first used: the window paints first

            editors.add_commitment_here(self, self.ctx, agreement_id=record_id)

    def change_status(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            from desktop.ui import editors  # imported when first used: the window paints first

            editors.change_agreement_status(self, self.ctx, record_id)

    def describe(self, record_id: int) -> str:
        row = self.current_row()
        return f"{row.reg_number} — {row.title}" if row is not None and row.id == record_id else str(record_id)

    def delete_op(self, record_id: int) -> Callable[[Database], Any]:
        return lambda db: agreements.delete(db, record_id)
