"""The Commitments page: the register's working list, up to 100,000 rows, filtered as you type.

Rows are the tuples of ``services.commitment_list`` (positions named by ``Col``). Filtering runs
``commitment_list.row_predicate`` over the row list; tests/test_filters.py checks it selects exactly
what the SQL filter of the reports and the command line selects.

From ``WORD_INDEX_FROM`` rows the page has a word index of the rows' search texts built in a child process
(``reports/jobs.word_index``, nothing shown) once the whole list is read, and again 2 s after edits that changed
a search text; the list finds typed words through it (``RowTableModel.use_index``). Until it arrives, and if it
cannot be built, the list scans the texts as it always could.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from datetime import date
from operator import itemgetter
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QWidget

from desktop.domain import search
from desktop.domain.filters import CommitmentFilter, compile_filter
from desktop.domain.rules import is_overdue
from desktop.services import first_screen
from desktop.services.list_row import SQL_ORDERED, Col
from desktop.services.names import LocalNames
from desktop.services.records import CommitmentData
from desktop.ui import labels
from desktop.ui.i18n import current_language
from desktop.ui.operations import AppContext, Change, run_query
from desktop.ui.pages.common import ProgressDelegate, status_icon
from desktop.ui.pages.filter_bar import CommitmentFilterBar
from desktop.ui.pages.list_page import TablePage, make_action
from desktop.ui.style import OVERDUE_BACKGROUND, OVERDUE_COLOUR, PRIORITY_RANK, STATUS_ORDER
from desktop.ui.table_model import RIGHT, Column, default_key, field

if TYPE_CHECKING:
    from desktop.services import commitment_list
    from desktop.storage.database import Database
    from desktop.ui.process_jobs import ProcessJob

log = logging.getLogger(__name__)
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
    "executor": Col.EXECUTOR,
}
SQL_SORTED = {key for key, position in SOURCES.items() if position in SQL_ORDERED}  # sorted by SQL as by Python
FIRST_SCREENFUL = first_screen.FIRST_SCREENFUL
INDEX_AFTER_MS = 2000  # the word index is asked for this long after the last change that dropped it
_SEARCH_TEXT = itemgetter(Col.SEARCH_TEXT)


def local_day(iso: str) -> str:
    """A list row's ISO date as the window's language writes it (31.12.2026 / 31 Dec 2026)."""
    return _day_in(iso, current_language())


@functools.lru_cache(maxsize=8192)
def _day_in(iso: str, language: str) -> str:
    # Only painted cells ask, and the same few thousand days repeat over 100,000 rows.
    return labels.day(date.fromisoformat(iso))


class CommitmentsPage(TablePage):
    name = "commitments"
    trash_entity = "commitment"
    change_mask = Change.COMMITMENTS | Change.BODIES | Change.AGREEMENTS | Change.PARTIES
    default_sort = (3, Qt.SortOrder.AscendingOrder)  # by due date: what is due first

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.names = LocalNames()  # filled by query() off the GUI thread, read by the name columns
        self._today = date.today().isoformat()
        self._last_filter: CommitmentFilter | None = None
        # The audit trail's last entry the rows shown were read up to (commitment_list.changes_since):
        # after an edit only the rows it changed are read. None until the whole list has been read.
        self._mark: int | None = None
        self._index_job: ProcessJob | None = None  # the child building a word index, one at a time
        self.filter_bar = CommitmentFilterBar(ctx)
        super().__init__(ctx, parent)
        self.filter_bar.setParent(self)
        self.filter_bar.on_screen = self.is_on_screen
        self.search.setPlaceholderText(self.tr("Filter by title, reference, agency, any language… (Ctrl+F)"))
        self.model.set_highlight_colours(QColor(OVERDUE_COLOUR), QColor(OVERDUE_BACKGROUND))
        self.view.setItemDelegateForColumn(self._column_index("progress"), ProgressDelegate(self.view))
        self.filter_bar.changed.connect(self.apply_filter)
        # Bodies may gain sub-bodies: the body filter's scope is recomputed with the new tree.
        self.filter_bar.choices_loaded.connect(self._refilter_if_body_filtered)
        self.allow_multi_selection()
        # The word index is asked for (debounced) when the list has none.
        self._index_timer = QTimer(self)
        self._index_timer.setSingleShot(True)
        self._index_timer.setInterval(INDEX_AFTER_MS)
        self._index_timer.timeout.connect(self._ask_index)

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
            Column(
                "body",
                self.tr("Body"),
                field(SOURCES["body"]),
                display=lambda r: self.names.body(r[Col.BODY_ID], r[Col.BODY]),
                width=230,
                tooltip=True,
            ),
            Column(
                "party",
                self.tr("Responsible"),
                field(SOURCES["party"]),
                display=lambda r: self.names.party(r[Col.PARTY_ID], r[Col.PARTY]),
                width=110,
            ),
            Column("agency", self.tr("Agency"), field(SOURCES["agency"]), width=260, tooltip=True),
            Column(
                "executor",
                self.tr("Executor"),
                field(SOURCES["executor"]),
                display=lambda r: r[Col.EXECUTOR] or "",
                width=170,
                tooltip=True,
            ),
            Column("sector", self.tr("Sector"), field(SOURCES["sector"]), width=110),
            Column("agreement", self.tr("Agreement"), field(SOURCES["agreement"]), width=160),
            Column(
                "completed_on",
                self.tr("Completed"),
                field(SOURCES["completed_on"]),  # ISO text: sorts by date
                display=lambda r: local_day(r[Col.COMPLETED_ON]) if r[Col.COMPLETED_ON] else "",
                width=95,
            ),
            # The clerk's remarks («Примечание»): hidden until shown from the header's menu.
            Column("notes", self.tr("Notes"), field(SOURCES["notes"]), width=220, tooltip=True, hidden=True),
        ]

    def _due_text(self, row: tuple[Any, ...]) -> str:
        if not row[Col.DUE_DATE]:
            return ""
        due = local_day(row[Col.DUE_DATE])
        # A word as well as the red tint: colour alone is not enough to tell.
        shown = self.tr("{0} · overdue").format(due) if self.is_overdue(row) else due
        moves = row[Col.MOVES]
        return self.tr("{0} · moved ×{1}").format(shown, moves) if moves else shown

    def is_overdue(self, row: tuple[Any, ...]) -> bool:
        return is_overdue(row[Col.DUE_DATE], row[Col.STATUS], self._today)

    def highlight(self) -> Callable[[Any], bool]:
        return self.is_overdue

    def filter_rows(self) -> list[QWidget]:
        return [self.filter_bar]

    def filter_widgets(self) -> list[QWidget]:
        from desktop.ui.pages.views_menu import ViewsButton

        self.views_button = ViewsButton(self, self)
        return [self.filter_bar.status, self.filter_bar.overdue, self.views_button]

    def shown_order(self) -> list[int]:
        """The ids of the rows shown, in the list's order (reports of "what I see" follow it)."""
        return [self.model.row_id(r) for r in range(self.model.rowCount())]

    def register(self) -> str:
        """Saved views are kept per register."""
        return self.ctx.label

    def show_filter(self, flt: CommitmentFilter) -> None:
        """Show ``flt`` in the filter box and bar, and filter by it."""
        self.search.blockSignals(True)
        self.search.setText(flt.text)
        self.search.blockSignals(False)
        self.filter_bar.set_filter(flt)

    def build_layout(self, view: Any, filter_widgets: Any = (), extra_rows: Any = ()) -> None:
        self.act_status = make_action(self, self.tr("Change status…"), self.change_status, ["Ctrl+Shift+S"])
        self.act_move_deadline = make_action(self, self.tr("Move deadline…"), self.move_deadline)
        self.act_open = make_action(self, self.tr("Open"), self.open_selected, ["Ctrl+Return", "Ctrl+Enter"])
        self.act_bulk_body = make_action(self, self.tr("Move selected to body…"), lambda: self.bulk("body"))
        self.act_bulk_due = make_action(self, self.tr("Set due date of selected…"), lambda: self.bulk("due"))
        self.act_bulk_agency = make_action(self, self.tr("Set agency of selected…"), lambda: self.bulk("agency"))
        self.act_export_selection = make_action(self, self.tr("Export selected rows…"), self.export_selection)
        super().build_layout(view, filter_widgets, extra_rows)

    def view_actions(self) -> list[QAction]:
        return [*super().view_actions(), self.act_open]

    def context_actions(self) -> list[QAction | None]:
        return [
            self.act_open,
            self.act_status,
            self.act_move_deadline,
            None,
            self.act_bulk_body,
            self.act_bulk_due,
            self.act_bulk_agency,
            self.act_export_selection,
            None,
            self.act_new,
            self.act_edit,
            self.act_delete,
        ]

    def _update_actions(self) -> None:
        super()._update_actions()
        if hasattr(self, "act_open"):
            has = self.current_id() is not None
            self.act_open.setEnabled(has)
            self.act_status.setEnabled(has)
            self.act_move_deadline.setEnabled(has)
            for action in (self.act_bulk_body, self.act_bulk_due, self.act_bulk_agency, self.act_export_selection):
                action.setEnabled(has)

    # data --------------------------------------------------------------------------------
    def query(self, db: Database) -> list[tuple[Any, ...]]:
        # Names in the interface language where stored; the search text still holds every form.
        from desktop.services import commitment_list
        from desktop.services.lookups import local_names

        self.names = local_names(db, current_language())
        return commitment_list.list_rows(db)

    def first_screenful(self) -> Callable[[Database], list[Any]] | None:
        column = self.model.sort_column
        if not 0 <= column < len(self.model.columns):
            return lambda db: self._first_rows(db, None, None, False)
        spec = self.model.columns[column]
        position = SOURCES[spec.key]
        descending = self.model.sort_order == Qt.SortOrder.DescendingOrder
        # Dates and progress sort in SQL as default_key sorts them: read from the index.
        key = None if spec.key in SQL_SORTED and spec.sort_key is default_key else spec.sort_key
        return lambda db: self._first_rows(db, position, key, descending)

    def _first_rows(
        self, db: Database, position: int | None, key: Callable[[Any], Any] | None, descending: bool
    ) -> list[Any]:
        # The first screenful names bodies and parties in the interface language too (query() refreshes them).
        from desktop.services import commitment_list
        from desktop.services.lookups import local_names

        self.names = local_names(db, current_language())
        return commitment_list.first_rows(db, position, key, descending, FIRST_SCREENFUL)

    def first_screen_now(self) -> list[Any] | None:
        # Start-up: the first screenful straight from the register file, before the register is open
        # (services/first_screen.py says why and when there is none).
        path = self.ctx.first_screen_path
        if path is None:
            return None
        column = self.model.sort_column
        position, descending = None, False
        if 0 <= column < len(self.model.columns):
            spec = self.model.columns[column]
            if spec.key not in SQL_SORTED or spec.sort_key is not default_key:
                return None  # sorted by a key over every row: read once the register is open
            position = SOURCES[spec.key]
            descending = self.model.sort_order == Qt.SortOrder.DescendingOrder
        try:
            screen = first_screen.read(path, position, descending, current_language())
        except Exception:
            log.exception("the first screenful could not be read from %s", path)
            return None
        if screen is None:
            return None
        self.names = screen.names
        return screen.rows

    def shown(self) -> None:
        if self._stale and self._mark is not None:
            self._stale = False
            self._read_changes()
        super().shown()
        self.filter_bar.shown()

    def reload(self) -> None:
        self._today = date.today().isoformat()  # a window left open overnight
        super().reload()

    # Reading again: the whole list once, then only the rows the audit trail says were written since.
    def _on_changed(self, change: Change) -> None:
        if change == Change.EVERYTHING:  # the register replaced (a restore), or writes the trail cannot name
            self._mark = None
        super()._on_changed(change)

    def reload_when_shown(self) -> None:
        if self._mark is None:
            super().reload_when_shown()
        elif self.is_on_screen():
            self._read_changes()
        else:
            self._stale = True

    def _read_all(self, generation: int) -> None:
        if generation == self._generation:  # a newer reading reads for itself
            self.filter_bar.read_choices_once()  # after the first screenful is painted, before the whole list
            run_query(self.ctx, self._read_marked, lambda got: self._show_marked(generation, *got), parent=self)

    def _read_marked(self, db: Database) -> tuple[list[tuple[Any, ...]], int]:
        from desktop.services import commitment_list
        from desktop.services.lookups import local_names

        self.names = local_names(db, current_language())
        return commitment_list.list_rows_marked(db)

    def _show_marked(self, generation: int, rows: list[tuple[Any, ...]], mark: int) -> None:
        if generation == self._generation:
            self._mark = mark
            self._show_rows(generation, rows)
            self._want_index()

    def read_all_when_shown(self) -> None:
        self._mark = None
        super().read_all_when_shown()

    def _read_changes(self) -> None:
        mark = self._mark
        if mark is None or self._today != date.today().isoformat():  # a new day: other rows are overdue now
            self._mark = None
            self.reload()
            return
        from desktop.services import commitment_list

        generation = self._next_generation()
        run_query(
            self.ctx,
            lambda db: commitment_list.changes_since(db, mark),
            lambda found: self._show_changes(generation, found),
            parent=self,
            on_failure=lambda error: self._changes_unread(generation, error),
        )

    def _changes_unread(self, generation: int, error: BaseException) -> None:
        # The trail unreadable (a server role without the right, say): the whole list is read instead, and
        # says what is wrong if it cannot be read either.
        log.warning("the changes since the last reading could not be read; reading the whole list", exc_info=error)
        self._show_changes(generation, None)

    def _show_changes(self, generation: int, found: commitment_list.ListChanges | None) -> None:
        if generation != self._generation:
            return
        if found is None:  # more changed than a few rows: read everything
            self._mark = None
            self._read_all(generation)
            return
        self._mark = found.mark
        if found.rows or found.gone:
            keep_id = self.current_id()
            scroll = self.view.verticalScrollBar().value()
            if not self.model.update_rows(found.rows, found.gone):
                self.view.verticalScrollBar().setValue(scroll)
                self.select_id(keep_id)
            self._update_actions()
            self.count_label.setText(self.counts_text())
        self._mark_loaded()
        self._want_index()

    # The word index ----------------------------------------------------------------------
    def _want_index(self) -> None:
        """Ask for a word index of the rows now listed, if the list is large and has none (debounced: a burst of
        edits asks once)."""
        if self.model.word_index is None and self.model.total_count >= search.WORD_INDEX_FROM:
            self._index_timer.start()

    def _ask_index(self) -> None:
        if self._index_job is not None or self._mark is None:
            return  # one child at a time (its answer asks again if it is stale); the whole list is being read
        from desktop.ui import process_jobs  # multiprocessing loads after the first paint, when the list is read

        self._index_job = process_jobs.start_quiet_job(self.ctx, "word_index", {}, self._index_arrived)
        self._index_job.finished.connect(self._index_job_ended)

    def _index_job_ended(self, *_outcome: Any) -> None:
        if shiboken6.isValid(self):
            self._index_job = None

    def _index_arrived(self, compact: search.CompactWordIndex) -> None:
        if not shiboken6.isValid(self):  # the window closed while the child built it
            return
        self._index_job = None
        if self.model.word_index is not None or self._mark is None:
            return  # a newer index came first; or the whole list is being read again, and asks when read
        # Texts read under the trail's entry the rows were read up to are the rows' texts (one snapshot each).
        if compact.mark == self._mark:
            index = search.WordIndex(compact)
            if self.model.use_index(index, _SEARCH_TEXT):
                log.info("the commitment list finds words through its index (%d words)", index.word_count)
                return
            # The same trail entry, other rows: written without a trail entry (by another program on the shared
            # server). Asking again would read the same rows; the list's next reading asks, once it has them.
            log.warning(
                "the word index was read over other rows than the list's; the list scans until it is read again"
            )
            return
        if compact.mark < self._mark:
            # The list has read changes since the texts were read: ask again. Texts newer than the list's rows are
            # not asked for again: the list reads those changes next, then asks.
            self._want_index()

    def current_filter(self) -> CommitmentFilter:
        return self.filter_bar.filter(self.search.text())

    def predicate(self) -> Callable[[Any], bool] | None:
        flt = self.current_filter()
        self._last_filter = flt
        if flt.is_empty:
            return None
        from desktop.services import commitment_list

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
        from desktop.ui import editors  # imported when first used: the window paints first

        editors.edit_commitment(self, self.ctx, None, defaults=self.defaults_for_new())

    def edit_selected(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            from desktop.ui import editors  # imported when first used: the window paints first

            editors.edit_commitment(self, self.ctx, record_id)

    def can_open(self) -> bool:
        return self.current_id() is not None

    def can_change_status(self) -> bool:
        return self.current_id() is not None

    def open_selected(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            from desktop.ui import editors  # imported when first used: the window paints first

            editors.show_commitment(self, self.ctx, record_id)

    def change_status(self) -> None:
        if len(self.selected_ids()) > 1:
            self.bulk("status")
            return
        record_id = self.current_id()
        if record_id is not None:
            from desktop.ui import editors  # imported when first used: the window paints first

            editors.change_commitment_status(self, self.ctx, record_id)

    def move_deadline(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            from desktop.ui import editors  # imported when first used: the window paints first

            editors.move_commitment_deadline(self, self.ctx, record_id)

    def select_id(self, record_id: int | None) -> bool:
        """Select exactly this row: with several-row selection, a plain setCurrentIndex may keep nothing selected."""
        row = -1 if record_id is None else self.model.row_for_id(record_id)
        if row < 0:
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        return True

    def selected_versions(self) -> dict[int, int]:
        """The version each selected row was shown at: a row someone changed since is refused, not overwritten."""
        rows = (self.model.row(ix.row()) for ix in self.view.selectionModel().selectedRows())
        return {row[Col.ID]: row[Col.VERSION] for row in rows}

    def bulk(self, kind: str) -> Any:
        """Status, body, due date or agency of every selected row (see ui.bulk_actions)."""
        from desktop.ui.bulk_actions import ask_and_run

        return ask_and_run(self.ctx, self, kind, self.selected_ids(), self.selected_versions())

    def export_selection(self, path: Any = None) -> Any:
        from desktop.ui.bulk_actions import export_rows

        headers, cells = self.shown_table(only_selected=True)
        if cells:
            return export_rows(self, headers, cells, path)
        return None

    def describe(self, record_id: int) -> str:
        row = self.current_row()
        if row is not None and row[Col.ID] == record_id:
            return f"{row[Col.REF]} — {row[Col.TITLE]}" if row[Col.REF] else row[Col.TITLE]
        return str(record_id)

    def delete_op(self, record_id: int) -> Callable[[Database], Any]:
        from desktop.services import commitments

        return lambda db: commitments.delete(db, record_id)
