"""What every list page shares: a filter box, a sortable view, the record actions, reloading.

A page loads its rows with ``run_query`` (off the GUI thread) and reloads when
``AppContext.changed`` names something it shows, keeping the selected record and the scroll
position. A page the window is not showing only notes that it is out of date and reads again when
it is shown (``shown``): one edit then costs one query, not one per page.

Keyboard: Ctrl+N new (window), Enter/F2/double-click edit, Delete delete — the last
two only while the list has the focus, so they never steal keys from the filter box.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QByteArray, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import Message
from desktop.domain.rules import matches_terms, split_terms
from desktop.ui import i18n, settings
from desktop.ui.first_paint import after_painted
from desktop.ui.operations import AppContext, Change, run_op, run_query
from desktop.ui.table_model import Column, RowTableModel

if TYPE_CHECKING:  # the window paints its first rows before SQLAlchemy is imported (ui/application.py)
    from desktop.storage.database import Database

# The first key after a pause filters at once; keys typed within a pause after a filter pass are
# gathered into one pass when it ends. The pause lasts as long as the pass took, at most this: a cheap
# pass (a short list, a letter erased) shows the next key at once, a slow one still leaves the window
# at least half its time for the keys and the paint, and fast typing never queues one pass per key.
FILTER_DELAY_MS = 100


class Page(Protocol):
    """What the window asks of a page: what it can do now (``can_…``), and the doing.

    The window's menus and toolbar call these; a page says "no" through its ``can_…`` answers, never by
    leaving a method out. ``BasePage`` answers "no" to everything, so a page declares only what it offers.
    """

    name: str

    def title(self) -> str: ...
    def can_create(self) -> bool: ...
    def can_change_status(self) -> bool: ...
    def can_open(self) -> bool: ...
    def has_filter(self) -> bool: ...
    def current_id(self) -> int | None: ...
    def counts_text(self) -> str: ...
    def new_record(self) -> None: ...
    def edit_selected(self) -> None: ...
    def delete_selected(self) -> None: ...
    def change_status(self) -> None: ...
    def open_selected(self) -> None: ...
    def focus_filter(self) -> None: ...
    def focus_view(self) -> None: ...
    def reload(self) -> None: ...
    def reload_when_shown(self) -> None: ...
    def read_all_when_shown(self) -> None: ...
    def shown(self) -> None: ...


class BasePage(QWidget):
    """A page of the window (a ``Page``). Subclasses fill in the hooks below."""

    name = ""
    change_mask = Change.ALL
    counts_changed = Signal(str)  # "3 of 10 agreements", for the status bar
    loaded = Signal()  # rows arrived and are shown (tests wait for it)
    selection_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self._loaded_once = False
        self.load_count = 0
        self._delete_refusals: dict[int, str] = {}
        self._stale = False  # something it shows changed while it was not on screen
        ctx.changed.connect(self._on_changed)

    # hooks -------------------------------------------------------------------------------
    def title(self) -> str:
        return self.name

    def can_create(self) -> bool:
        return False

    def can_change_status(self) -> bool:
        return False

    def can_open(self) -> bool:
        return False

    def has_filter(self) -> bool:
        return False

    def can_delete(self) -> bool:
        """Delete is offered for the selected record unless something is known to forbid it."""
        return self.current_id() is not None

    def delete_reason(self) -> str:
        """Why the selected record cannot be deleted ("" when it can), for Delete's tooltip."""
        return ""

    def new_record(self) -> None: ...

    def edit_selected(self) -> None: ...

    def delete_selected(self) -> None: ...

    def change_status(self) -> None: ...

    def open_selected(self) -> None: ...

    def focus_filter(self) -> None: ...

    def focus_view(self) -> None:
        """Keyboard focus to the page's list, when it has one."""

    def current_id(self) -> int | None:
        return None

    def counts_text(self) -> str:
        return ""

    def save_state(self, store: QSettings | None = None) -> None: ...

    def reload(self) -> None: ...

    @property
    def is_loaded(self) -> bool:
        return self._loaded_once

    def is_on_screen(self) -> bool:
        """Whether the window shows this page (a page outside the window's page stack counts as shown)."""
        stack = self.parentWidget()
        return not isinstance(stack, QStackedWidget) or stack.currentWidget() is self

    def shown(self) -> None:
        """The window has just made this page the one on screen: read again what changed meanwhile."""
        if self._stale:
            self.read_now()

    def read_now(self) -> None:
        """Read the records now (whatever was noted as changed is read with them)."""
        self._stale = False
        self.reload()

    def reload_when_shown(self) -> None:
        """Read again now if the page is on screen, else once it is next shown."""
        if self.is_on_screen():
            self.reload()
        else:
            self._stale = True

    def read_all_when_shown(self) -> None:
        """Read every record again (not only what changed: the clerk asked, F5), now or once shown."""
        self.reload_when_shown()

    def _on_changed(self, change: Change) -> None:
        if change & self.change_mask:
            self._delete_refusals = {}  # records changed: ask again
            self.reload_when_shown()

    def _next_generation(self) -> int:
        # Two reloads in flight: only the newest answer is shown.
        self._generation += 1
        return self._generation

    def _mark_loaded(self) -> None:
        self._loaded_once = True
        self.load_count += 1
        self.counts_changed.emit(self.counts_text())
        self.loaded.emit()


def make_action(
    parent: QWidget,
    text: str,
    slot: Callable[[], Any],
    shortcuts: Sequence[QKeySequence | str] = (),
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetShortcut,
) -> QAction:
    action = QAction(text, parent)
    if shortcuts:
        action.setShortcuts([QKeySequence(s) if isinstance(s, str) else s for s in shortcuts])
        action.setShortcutContext(context)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def configure_view(view: QAbstractItemView) -> None:
    """Settings every list shares: whole-row selection, no in-place editing, steady row heights."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)


def lay_out_on_reset(view: QAbstractItemView) -> None:
    """Lay ``view`` out as soon as its model is reset (a filter pass that changed the rows, a reload).

    Qt lays a view out after a reset from a zero timer, which runs only after the view has already been
    painted once with its old geometry; the layout then paints every cell on screen a second time (with a
    list of 100,000 rows, as long again as the first paint). Laid out at once, the reset paints once.
    Call it after ``setModel`` (the view's own handling of the reset runs first)."""
    view.model().modelReset.connect(view.doItemsLayout)


def set_up_rows_view(view: QTableView) -> None:
    """How a table page shows its rows (call after ``setModel``; ``configure_view`` adds what every list shares):
    laid out at once on a reset, one line per row at a fixed height, no grid or row numbers, movable columns, the
    last one stretched, sorted by the page itself. The benchmark's view is set up by these too, so it paints what
    a clerk's list paints."""
    lay_out_on_reset(view)
    view.setSortingEnabled(False)
    header = view.horizontalHeader()
    header.setSectionsMovable(True)
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    vertical = view.verticalHeader()
    vertical.setVisible(False)
    # A fixed row height: the view never measures 100,000 rows.
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(max(view.fontMetrics().height() + 10, 24))
    view.setWordWrap(False)
    view.setShowGrid(False)


def header_room(header: QHeaderView, text: str) -> int:
    """Pixels a header section needs to show ``text`` whole, with its margins and the sort arrow."""
    style = header.style()
    margins = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margins
    return header.fontMetrics().horizontalAdvance(text) + margins + arrow


def set_column_widths(view: QTableView | QTreeView, widths: Sequence[int]) -> None:
    """Each column at its planned width, or wider where its heading in this language needs it
    («Краткое наименование» is wider than "Short name")."""
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    model = view.model()
    for column, width in enumerate(widths):
        text = str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        view.setColumnWidth(column, max(width, header_room(header, text)))


class RecordPage(BasePage):
    """A page showing records in a view above which sits a filter box, with record actions."""

    def noun(self) -> str:
        """One record, for the delete question: "agreement"."""
        return ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Filter as you type (Ctrl+F)"))
        self.search.setMinimumWidth(260)
        self.search.returnPressed.connect(self._focus_list)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._filter_pause_over)
        self._filter_pending = False
        self.search.textChanged.connect(lambda _text: self._text_changed())
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")

        self.act_new = make_action(self, self.tr("New…"), self.new_record)
        self.act_edit = make_action(self, self.tr("Edit…"), self.edit_selected, ["F2", "Return", "Enter"])
        self.act_delete = make_action(
            self, self.tr("Delete…"), self.delete_selected, [QKeySequence(QKeySequence.StandardKey.Delete)]
        )

    # layout ------------------------------------------------------------------------------
    def build_layout(
        self, view: QAbstractItemView, filter_widgets: Sequence[QWidget] = (), extra_rows: Sequence[QWidget] = ()
    ) -> None:
        self.view = view
        configure_view(view)
        view.doubleClicked.connect(lambda _ix: self.edit_selected())
        view.customContextMenuRequested.connect(self._context_menu)
        for action in self.view_actions():
            view.addAction(action)  # WidgetShortcut: active only while the list has the focus
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.search, 1)
        for widget in filter_widgets:
            bar.addWidget(widget)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(bar)
        for row in extra_rows:
            layout.addWidget(row)
        layout.addWidget(view, 1)
        self._state_restored = self.restore_state()

    def view_actions(self) -> list[QAction]:
        return [self.act_edit, self.act_delete]

    def context_actions(self) -> list[QAction | None]:
        return [self.act_new, None, self.act_edit, self.act_delete]

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for action in self.context_actions():
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        self._update_actions()
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def _update_actions(self) -> None:
        has = self.current_id() is not None
        self.act_edit.setEnabled(has)
        self.act_delete.setEnabled(self.can_delete())
        self.act_delete.setToolTip(self.delete_reason() or self.tr("Move to the Trash (Delete)"))
        self._check_delete()

    def can_delete(self) -> bool:
        record_id = self.current_id()
        return record_id is not None and not self._delete_refusals.get(record_id)

    def delete_reason(self) -> str:
        record_id = self.current_id()
        return self._delete_refusals.get(record_id, "") if record_id is not None else ""

    def _check_delete(self) -> None:
        """Ask, off the GUI thread, whether the selected record may go to the Trash; Delete is disabled
        in advance (its tooltip saying why) when other records forbid it."""
        from desktop.services import trash

        record_id, entity = self.current_id(), self.trash_entity
        if record_id is None or not entity or record_id in self._delete_refusals:
            return
        self._delete_refusals[record_id] = ""  # asked; allowed until the answer says otherwise

        def answered(deps: trash.Dependants) -> None:
            if deps.blocking is None:
                return
            self._delete_refusals[record_id] = self.tr("Cannot be deleted: {0}.").format(i18n.text(deps.blocking))
            if self.current_id() == record_id:
                self._update_actions()
                self.selection_changed.emit()

        run_query(self.ctx, lambda db: trash.dependants(db, entity, record_id), answered, parent=self)

    def has_filter(self) -> bool:
        return True

    def can_create(self) -> bool:
        return True

    def focus_filter(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_view(self) -> None:
        self.view.setFocus()

    def _focus_list(self) -> None:
        self.apply_filter()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.current_id() is None and self.view.model() is not None and self.view.model().rowCount() > 0:
            self.view.setCurrentIndex(self.view.model().index(0, 0))

    def apply_filter(self) -> None: ...

    def _text_changed(self) -> None:
        if self._filter_timer.isActive():
            self._filter_pending = True  # typed during the pause: one pass when it ends
            return
        self._filter_pending = False
        self._filter_now()

    def _filter_now(self) -> None:
        started = time.perf_counter()
        self.apply_filter()
        spent_ms = int((time.perf_counter() - started) * 1000)
        self._filter_timer.start(min(FILTER_DELAY_MS, spent_ms))  # 0: keys already queued are gathered

    def _filter_pause_over(self) -> None:
        if self._filter_pending:
            self._filter_pending = False
            self._filter_now()

    # column state ------------------------------------------------------------------------
    def header(self) -> QHeaderView:
        view = self.view
        return view.horizontalHeader() if isinstance(view, QTableView) else view.header()  # type: ignore[attr-defined]

    def save_state(self, store: QSettings | None = None) -> None:
        settings.column_state(self.name).set(self.header().saveState(), store)

    def restore_state(self) -> bool:
        state = settings.column_state(self.name).get()
        return bool(isinstance(state, QByteArray) and not state.isEmpty() and self.header().restoreState(state))

    # delete ------------------------------------------------------------------------------
    def describe(self, record_id: int) -> str:
        """How the delete question names the record."""
        return str(record_id)

    def delete_op(self, record_id: int) -> Callable[[Database], Any]:
        raise NotImplementedError

    trash_entity = ""  # set: Delete moves the record to the Trash (restorable for 90 days)

    def delete_selected(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        if self.trash_entity:
            self._delete_to_trash(record_id)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete {0}").format(self.noun()),
            self.tr("Delete the {0} “{1}”?\n\nThis cannot be undone.").format(self.noun(), self.describe(record_id)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        # A refusal (InUseError: others depend on it) is shown by run_op as it is.
        run_op(self.ctx, self.delete_op(record_id), parent=self)

    def _delete_to_trash(self, record_id: int) -> None:
        """Say first what forbids the delete; ask about dependants; then move everything to the Trash."""
        from desktop.services import trash

        entity, label = self.trash_entity, self.describe(record_id)

        def ask(deps: trash.Dependants) -> None:
            if deps.blocking:
                QMessageBox.warning(
                    self,
                    self.tr("Delete {0}").format(self.noun()),
                    self.tr("The {0} “{1}” cannot be deleted: {2}.").format(
                        self.noun(), label, i18n.text(deps.blocking)
                    ),
                )
                return
            text = self.tr("Move the {0} “{1}” to the Trash?\n\nIt can be restored from the Trash page for {2} days.")
            text = text.format(self.noun(), label, trash.TRASH_DAYS)
            if deps.commitments:
                # A Message with its context: PySide6's tr() with a count looks only in the subclass's context.
                text += "\n\n" + i18n.text(
                    Message(
                        "Its %n commitment(s), with their history, go to the Trash with it.",
                        n=deps.commitments,
                        context="RecordPage",
                    )
                )
            answer = QMessageBox.question(
                self,
                self.tr("Delete {0}").format(self.noun()),
                text,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return

            def moved(trash_id: int) -> None:
                from desktop.ui.trash_page import TrashUndo

                self.ctx.undo_stack.push(TrashUndo(self.ctx, self.tr("Delete {0}").format(label), trash_id))

            run_op(
                self.ctx,
                lambda db: trash.move_to_trash(
                    db, entity=entity, record_id=record_id, with_dependants=bool(deps.commitments)
                ),
                on_success=moved,
                parent=self,
            )

        run_query(self.ctx, lambda db: trash.dependants(db, entity, record_id), ask, parent=self)


class TablePage(RecordPage):
    """A record page over a RowTableModel: agreements, parties, commitments."""

    default_sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self._showing_first = False  # the first screenful is shown, the rest is being read
        super().__init__(ctx, parent)
        self.model = RowTableModel(self.columns(), highlight=self.highlight(), parent=self)
        view = QTableView(self)
        view.setModel(self.model)
        set_up_rows_view(view)
        header = view.horizontalHeader()
        set_column_widths(view, [column.width for column in self.model.columns])
        view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.build_layout(view, self.filter_widgets(), self.filter_rows())
        if not self._state_restored:
            header.setSortIndicator(*self.default_sort)
            for i, column in enumerate(self.model.columns):
                header.setSectionHidden(i, column.hidden)
        # Right-click on the header: show or hide columns (kept with the rest of the column state).
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        view.setSortingEnabled(True)  # sorts by the indicator (saved or default) at once

    def column_menu(self) -> QMenu:
        header = self.header()
        menu = QMenu(self)
        for i, column in enumerate(self.model.columns):
            action = menu.addAction(column.header)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.toggled.connect(lambda shown, i=i: self.show_column(i, shown))
        return menu

    def _column_menu(self, pos: Any) -> None:
        self.column_menu().popup(self.header().mapToGlobal(pos))

    def show_column(self, index: int, shown: bool) -> None:
        header = self.header()
        if not shown and header.count() - header.hiddenSectionCount() <= 1:
            return  # the last visible column stays
        header.setSectionHidden(index, not shown)
        self.save_state()

    # hooks -------------------------------------------------------------------------------
    def columns(self) -> list[Column]:
        raise NotImplementedError

    def highlight(self) -> Callable[[Any], bool] | None:
        return None

    def filter_widgets(self) -> list[QWidget]:
        """Widgets beside the filter box."""
        return []

    def filter_rows(self) -> list[QWidget]:
        """Whole rows of filter widgets below the filter box."""
        return []

    def query(self, db: Database) -> list[Any]:
        raise NotImplementedError

    def predicate(self) -> Callable[[Any], bool] | None:
        """Default: every typed word must occur in the row's casefolded search text."""
        terms = split_terms(self.search.text())
        if not terms:
            return None
        return lambda row: matches_terms(row.search_text, terms)

    # selection ---------------------------------------------------------------------------
    def _selection_changed(self) -> None:
        self._update_actions()
        self.selection_changed.emit()

    def current_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_id(rows[0].row())

    def current_row(self) -> Any:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def allow_multi_selection(self) -> None:
        """Ctrl/Shift-click selects several rows (for bulk actions); the current row stays the one acted on."""
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    def selected_ids(self) -> list[int]:
        """Ids of the selected rows, in the order shown."""
        rows = sorted(ix.row() for ix in self.view.selectionModel().selectedRows())
        return [self.model.row_id(r) for r in rows]

    def shown_table(self, only_selected: bool = False) -> tuple[list[str], list[list[Any]]]:
        """Headers and cell texts as on screen: visible columns in their on-screen order, rows in the sort shown."""
        header = self.header()
        columns = [
            header.logicalIndex(v) for v in range(header.count()) if not header.isSectionHidden(header.logicalIndex(v))
        ]
        if only_selected:
            rows = sorted(ix.row() for ix in self.view.selectionModel().selectedRows())
        else:
            rows = list(range(self.model.rowCount()))
        role = Qt.ItemDataRole.DisplayRole
        headers = [str(self.model.headerData(c, Qt.Orientation.Horizontal, role) or "") for c in columns]
        cells = [[self.model.data(self.model.index(r, c), role) or "" for c in columns] for r in rows]
        return headers, cells

    def select_id(self, record_id: int | None) -> bool:
        row = -1 if record_id is None else self.model.row_for_id(record_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        if isinstance(self.view, QTableView):
            self.view.selectRow(row)
        return True

    def first_screenful(self) -> Callable[[Database], list[Any]] | None:
        """A query for the rows at the top of the list as sorted now, read before the whole list on the
        first load (None: this page loads everything at once)."""
        return None

    @property
    def showing_first(self) -> bool:
        """The first screenful is shown and the rest is being read."""
        return self._showing_first

    def first_screen_now(self) -> list[Any] | None:
        """Those rows at once, on the GUI thread, while the window's register is still being opened
        (None: none here; ``first_screenful`` reads them once it is open)."""
        return None

    # loading and filtering ---------------------------------------------------------------
    def reload(self) -> None:
        generation = self._next_generation()
        early = None if self._loaded_once else self.first_screen_now()
        if early is not None:
            self._show_first(generation, early)
            return
        first = None if self._loaded_once else self.first_screenful()
        if first is None:
            self._read_all(generation)
            return
        # The first screenful is painted before the rest is read: reading 100,000 rows on the worker
        # while the list paints would take the GIL from every cell the paint asks for.
        run_query(
            self.ctx,
            first,
            lambda rows: self._show_first(generation, rows),
            parent=self,
            on_failure=lambda _error: self._read_all(generation),  # the whole read says what is wrong
        )

    def _read_all(self, generation: int) -> None:
        if generation == self._generation:  # a newer reload reads for itself
            run_query(self.ctx, self.query, lambda rows: self._show_rows(generation, rows), parent=self)

    def _show_first(self, generation: int, rows: list[Any]) -> None:
        if generation != self._generation:
            return
        if self._loaded_once:
            self._read_all(generation)
            return
        self._showing_first = True
        self.model.set_rows(rows, self.predicate())
        self.count_label.setText(self.counts_text())
        self.counts_changed.emit(self.counts_text())
        if self.model.rowCount() > 0 and self.view.viewport().isVisible():
            after_painted(self, lambda: self._read_all(generation))
        else:
            self._read_all(generation)

    def _show_rows(self, generation: int, rows: list[Any]) -> None:
        if generation != self._generation:
            return
        self._showing_first = False
        keep_id = self.current_id()
        scroll = self.view.verticalScrollBar().value()
        self.model.set_rows(rows, self.predicate())
        self.view.verticalScrollBar().setValue(scroll)
        self.select_id(keep_id)
        self._update_actions()
        self.count_label.setText(self.counts_text())
        self._mark_loaded()

    def apply_filter(self, narrowing: bool = False) -> None:
        self._filter_timer.stop()
        keep_id = self.current_id()
        self.model.set_filter(self.predicate(), narrowing=narrowing)
        if not self.select_id(keep_id):
            self.view.scrollToTop()
        self._update_actions()
        self.count_label.setText(self.counts_text())
        self.counts_changed.emit(self.counts_text())

    def counts_text(self) -> str:
        if self._showing_first:
            return self.tr("{0}: loading…").format(self.title())
        # "Agreements: 3 of 10" rather than "3 of 10 agreements": no plural forms to get wrong.
        shown, total = self.model.rowCount(), self.model.total_count
        if shown == total:
            return self.tr("{0}: {1}").format(self.title(), total)
        return self.tr("{0}: {1} of {2}").format(self.title(), shown, total)
