"""The Commitments page: the register's working list, up to 100,000 rows, filtered as you type.

Rows are the tuples of ``services.commitment_list`` (positions named by ``Col``). Filtering runs
``commitment_list.row_predicate`` over the row list; tests/test_filters.py checks it selects exactly
what the SQL filter of the reports and the command line selects.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QWidget

from desktop.domain.filters import CommitmentFilter, compile_filter
from desktop.domain.rules import is_overdue
from desktop.services import commitment_list, commitments
from desktop.services.commitment_list import Col
from desktop.services.records import CommitmentData
from desktop.storage.database import Database
from desktop.ui import labels
from desktop.ui.operations import AppContext, Change
from desktop.ui.pages.common import ProgressDelegate, open_editor, status_icon
from desktop.ui.pages.filter_bar import CommitmentFilterBar
from desktop.ui.pages.list_page import TablePage, make_action
from desktop.ui.style import OVERDUE_BACKGROUND, OVERDUE_COLOUR, PRIORITY_RANK, STATUS_ORDER
from desktop.ui.table_model import RIGHT, Column, default_key, field

_STATUS_RANK = {s: i for i, s in enumerate(STATUS_ORDER)}
# Where each column reads its value in a list row (also what the first screenful is sorted by).
SOURCES = {
    "ref": Col.REF,
    "title": Col.TITLE,
    "status": Col.STATUS,
    "due_date": Col.DUE_DATE,
    "progress": Col.PROGRESS,
    "priority": Col.PRIORITY,
    "body": Col.BODY,
    "party": Col.PARTY,
    "agency": Col.AGENCY,
    "sector": Col.SECTOR,
    "agreement": Col.AGREEMENT,
    "completed_on": Col.COMPLETED_ON,
    "notes": Col.NOTES,
}
SQL_SORTED = {"due_date", "completed_on", "progress"}
FIRST_SCREENFUL = 120  # rows read before the rest: more than a tall screen shows


class CommitmentsPage(TablePage):
    name = "commitments"
    change_mask = Change.COMMITMENTS | Change.BODIES | Change.AGREEMENTS | Change.PARTIES
    default_sort = (3, Qt.SortOrder.AscendingOrder)  # by due date: what is due first

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self._today = date.today().isoformat()
        self._last_filter: CommitmentFilter | None = None
        self.filter_bar = CommitmentFilterBar(ctx)
        super().__init__(ctx, parent)
        self.filter_bar.setParent(self)
        self.search.setPlaceholderText(self.tr("Filter by title, reference, agency, any language… (Ctrl+F)"))
        self.model.set_highlight_colours(QColor(OVERDUE_COLOUR), QColor(OVERDUE_BACKGROUND))
        self.view.setItemDelegateForColumn(self._column_index("progress"), ProgressDelegate(self.view))
        self.filter_bar.changed.connect(self.apply_filter)
        # Bodies may gain sub-bodies: the body filter's scope is recomputed with the new tree.
        self.filter_bar.choices_loaded.connect(self._refilter_if_body_filtered)

    def _column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.model.columns) if c.key == key)

    def title(self) -> str:
        return self.tr("Commitments")

    def noun(self) -> str:
        return self.tr("commitment")

    def columns(self) -> list[Column]:
        return [
            Column("ref", self.tr("Ref."), field(SOURCES["ref"]), width=120),
            Column("title", self.tr("Commitment"), field(SOURCES["title"]), width=400, tooltip=True),
            Column(
                "status",
                self.tr("Status"),
                field(SOURCES["status"]),
                display=lambda r: labels.commitment_status(r[Col.STATUS]),
                sort_key=lambda s: _STATUS_RANK.get(s, 99),
                decoration=lambda r: status_icon(r[Col.STATUS]),
                width=120,
            ),
            Column("due_date", self.tr("Due"), field(SOURCES["due_date"]), display=self._due_text, width=185),
            Column(
                "progress",
                self.tr("Progress"),
                field(SOURCES["progress"]),
                display=lambda r: f"{r[Col.PROGRESS]} %",
                align=RIGHT,
                width=120,
            ),
            Column(
                "priority",
                self.tr("Priority"),
                field(SOURCES["priority"]),
                display=lambda r: labels.priority(r[Col.PRIORITY]),
                sort_key=lambda p: -PRIORITY_RANK.get(p, 0),
                width=80,
            ),
            Column("body", self.tr("Body"), field(SOURCES["body"]), width=230, tooltip=True),
            Column("party", self.tr("Responsible"), field(SOURCES["party"]), width=110),
            Column("agency", self.tr("Agency"), field(SOURCES["agency"]), width=260, tooltip=True),
            Column("sector", self.tr("Sector"), field(SOURCES["sector"]), width=110),
            Column("agreement", self.tr("Agreement"), field(SOURCES["agreement"]), width=160),
            Column("completed_on", self.tr("Completed"), field(SOURCES["completed_on"]), width=95),
            # The clerk's remarks («Примечание»): hidden until shown from the header's menu.
            Column("notes", self.tr("Notes"), field(SOURCES["notes"]), width=220, tooltip=True, hidden=True),
        ]

    def _due_text(self, row: tuple[Any, ...]) -> str:
        due = row[Col.DUE_DATE]
        if not due:
            return ""
        # A word as well as the red tint: colour alone is not enough to tell.
        return self.tr("{0} · overdue").format(due) if self.is_overdue(row) else due

    def is_overdue(self, row: tuple[Any, ...]) -> bool:
        return is_overdue(row[Col.DUE_DATE], row[Col.STATUS], self._today)

    def highlight(self) -> Callable[[Any], bool]:
        return self.is_overdue

    def filter_rows(self) -> list[QWidget]:
        return [self.filter_bar]

    def filter_widgets(self) -> list[QWidget]:
        return [self.filter_bar.status, self.filter_bar.overdue]

    def build_layout(self, view: Any, filter_widgets: Any = (), extra_rows: Any = ()) -> None:
        self.act_status = make_action(self, self.tr("Change status…"), self.change_status, ["Ctrl+Shift+S"])
        self.act_open = make_action(self, self.tr("Open"), self.open_selected, ["Ctrl+Return", "Ctrl+Enter"])
        super().build_layout(view, filter_widgets, extra_rows)

    def view_actions(self) -> list[QAction]:
        return [*super().view_actions(), self.act_open]

    def context_actions(self) -> list[QAction | None]:
        return [self.act_open, self.act_status, None, self.act_new, self.act_edit, self.act_delete]

    def _update_actions(self) -> None:
        super()._update_actions()
        if hasattr(self, "act_open"):
            has = self.current_id() is not None
            self.act_open.setEnabled(has)
            self.act_status.setEnabled(has)

    # data --------------------------------------------------------------------------------
    def query(self, db: Database) -> list[tuple[Any, ...]]:
        return commitment_list.list_rows(db)

    def first_screenful(self) -> Callable[[Database], list[Any]] | None:
        column = self.model.sort_column
        if not 0 <= column < len(self.model.columns):
            return lambda db: commitment_list.first_rows(db, None, None, False, FIRST_SCREENFUL)
        spec = self.model.columns[column]
        position = SOURCES[spec.key]
        descending = self.model.sort_order == Qt.SortOrder.DescendingOrder
        # Dates and progress sort in SQL as default_key sorts them: read from the index.
        key = None if spec.key in SQL_SORTED and spec.sort_key is default_key else spec.sort_key
        return lambda db: commitment_list.first_rows(db, position, key, descending, FIRST_SCREENFUL)

    def reload(self) -> None:
        self._today = date.today().isoformat()  # a window left open overnight
        super().reload()

    def current_filter(self) -> CommitmentFilter:
        return self.filter_bar.filter(self.search.text())

    def predicate(self) -> Callable[[Any], bool] | None:
        flt = self.current_filter()
        self._last_filter = flt
        if flt.is_empty:
            return None
        compiled = compile_filter(flt, date.fromisoformat(self._today), self.filter_bar.body_scope(flt.body_id))
        return commitment_list.row_predicate(compiled)

    def apply_filter(self, narrowing: bool = False) -> None:
        previous = self._last_filter
        current = self.current_filter()
        # One more letter typed, nothing else changed: only the rows shown now can still match.
        narrowing = narrowing or (
            previous is not None
            and not previous.is_empty
            and current.with_(text="") == previous.with_(text="")
            and current.text.casefold().startswith(previous.text.casefold())
        )
        super().apply_filter(narrowing=narrowing)

    def _refilter_if_body_filtered(self) -> None:
        if self.current_filter().body_id is not None and self.is_loaded:
            self.apply_filter(narrowing=False)

    # actions -----------------------------------------------------------------------------
    def defaults_for_new(self) -> CommitmentData | None:
        flt = self.current_filter()
        if flt.body_id is None and flt.agreement_id is None and flt.party_id is None and not flt.sector:
            return None
        return CommitmentData(
            body_id=flt.body_id, agreement_id=flt.agreement_id, party_id=flt.party_id, sector=flt.sector
        )

    def new_record(self) -> None:
        open_editor(self, "edit_commitment", self.ctx, None, defaults=self.defaults_for_new())

    def edit_selected(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            open_editor(self, "edit_commitment", self.ctx, record_id)

    def open_selected(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            open_editor(self, "show_commitment", self.ctx, record_id)

    def change_status(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            open_editor(self, "change_commitment_status", self.ctx, record_id)

    def describe(self, record_id: int) -> str:
        row = self.current_row()
        if row is not None and row[Col.ID] == record_id:
            return f"{row[Col.REF]} — {row[Col.TITLE]}" if row[Col.REF] else row[Col.TITLE]
        return str(record_id)

    def delete_op(self, record_id: int) -> Callable[[Database], Any]:
        return lambda db: commitments.delete(db, record_id)
