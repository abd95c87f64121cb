"""The Parties page: states and organisations that sign agreements."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.services import parties
from desktop.services.lookups import LocalNames, local_names
from desktop.services.records import PartyRow
from desktop.storage.database import Database
from desktop.ui import labels
from desktop.ui.i18n import current_language
from desktop.ui.operations import AppContext, Change
from desktop.ui.pages.list_page import TablePage
from desktop.ui.table_model import Column, field


class PartiesPage(TablePage):
    name = "parties"
    trash_entity = "party"
    change_mask = Change.PARTIES

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.names = LocalNames()  # filled by query() off the GUI thread, read by the name columns
        super().__init__(ctx, parent)
        self.search.setPlaceholderText(self.tr("Filter by name in any language, code… (Ctrl+F)"))

    def title(self) -> str:
        return self.tr("Parties")

    def noun(self) -> str:
        return self.tr("party")

    def columns(self) -> list[Column]:
        return [
            Column(
                "name",
                self.tr("Name"),
                field("name"),
                display=lambda r: self.names.party(r.id, r.name),
                width=240,
                tooltip=True,
            ),
            Column("short_name", self.tr("Short name"), field("short_name"), width=130),
            Column("kind", self.tr("Kind"), field("kind"), display=lambda r: labels.kind(r.kind), width=110),
            Column("country_code", self.tr("Code"), field("country_code"), width=60),
            Column("name_kk", self.tr("Name (Kazakh)"), field("name_kk"), width=220, tooltip=True),
            Column("name_ru", self.tr("Name (Russian)"), field("name_ru"), width=220, tooltip=True),
            Column("name_zh", self.tr("Name (Chinese)"), field("name_zh"), width=160),
        ]

    def query(self, db: Database) -> list[PartyRow]:
        self.names = local_names(db, current_language())  # names in the interface language where stored
        return parties.list_rows(db)

    def new_record(self) -> None:
        from desktop.ui import editors  # imported when first used: the window paints first

        editors.edit_party(self, self.ctx, None)

    def edit_selected(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            from desktop.ui import editors  # imported when first used: the window paints first

            editors.edit_party(self, self.ctx, record_id)

    def describe(self, record_id: int) -> str:
        row = self.current_row()
        return row.name if row is not None and row.id == record_id else str(record_id)

    def delete_op(self, record_id: int) -> Callable[[Database], Any]:
        return lambda db: parties.delete(db, record_id)
