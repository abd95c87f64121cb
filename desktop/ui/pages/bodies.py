"""The Bodies page: committees with their subcommittees and working groups, as a tree.

A register holds tens of bodies, not thousands, so a QStandardItemModel rebuilt on each
filter pass is simple and fast enough. Filtering keeps a match's parents, so a subcommittee
found by name is still shown under its committee.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTreeView, QWidget

from desktop.domain.filters import CommitmentFilter
from desktop.domain.rules import matches_terms, split_terms
from desktop.services import bodies
from desktop.services.lookups import LocalNames, local_names
from desktop.services.records import BodyRow
from desktop.storage.database import Database
from desktop.ui import labels
from desktop.ui.i18n import current_language
from desktop.ui.operations import AppContext, Change, run_query
from desktop.ui.pages.list_page import RecordPage, make_action, set_column_widths
from desktop.ui.pages.views_menu import TextFilterViews
from desktop.ui.style import MUTED_COLOUR

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class BodiesPage(TextFilterViews, RecordPage):
    view: QTreeView
    name = "bodies"
    trash_entity = "body"
    change_mask = Change.BODIES | Change.PARTIES | Change.AGREEMENTS | Change.COMMITMENTS
    show_commitments = Signal(object)  # a CommitmentFilter: the window shows the Commitments page with it
    show_changes = Signal(str, int, str)  # table, id, label: the window shows the Audit page on that record

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.names = LocalNames()  # filled by query() off the GUI thread, read by the name columns
        super().__init__(ctx, parent)
        self._rows: list[BodyRow] = []
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(self.headers())
        view = QTreeView(self)
        view.setModel(self.model)
        view.setUniformRowHeights(True)
        view.setStyleSheet("QTreeView::item { min-height: 24px; }")  # the same row height as the tables
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order: parents, then by name
        view.header().setSectionsMovable(True)
        view.header().setStretchLastSection(False)
        set_column_widths(view, (330, 330, 110, 130, 150, 150, 90, 95, 55))
        view.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.act_new_child = make_action(self, self.tr("New sub-body…"), self.new_child)
        self.act_show_commitments = make_action(self, self.tr("Show commitments"), self.show_its_commitments)
        self.act_add_commitment = make_action(self, self.tr("Add commitment here…"), self.add_commitment)
        self.act_changes = make_action(self, self.tr("Changes…"), self.show_its_changes)
        from desktop.ui.pages.views_menu import ViewsButton

        self.views_button = ViewsButton(self, self)
        self.build_layout(view, [self.views_button])
        view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.search.setPlaceholderText(self.tr("Filter by name in any language (Ctrl+F)"))

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Other names"),
            self.tr("Kind"),
            self.tr("Parties"),
            self.tr("Co-chairs"),
            self.tr("Established by"),
            self.tr("Established"),
            self.tr("Commitments"),
            self.tr("Active"),
        ]

    def title(self) -> str:
        return self.tr("Bodies")

    def noun(self) -> str:
        return self.tr("body")

    def context_actions(self) -> list[QAction | None]:
        return [
            self.act_show_commitments,
            self.act_add_commitment,
            self.act_changes,
            None,
            self.act_new,
            self.act_new_child,
            None,
            self.act_edit,
            self.act_delete,
        ]

    def _selection_changed(self) -> None:
        self._update_actions()
        has = self.current_id() is not None
        for action in (self.act_new_child, self.act_show_commitments, self.act_add_commitment, self.act_changes):
            action.setEnabled(has)
        self.selection_changed.emit()

    # data --------------------------------------------------------------------------------
    def reload(self) -> None:
        generation = self._next_generation()
        run_query(self.ctx, self._query, lambda rows: self._show_rows(generation, rows), parent=self)

    def _query(self, db: Database) -> list[BodyRow]:
        self.names = local_names(db, current_language())  # names in the interface language where stored
        return bodies.list_rows(db)

    def _show_rows(self, generation: int, rows: list[BodyRow]) -> None:
        if generation != self._generation:
            return
        self._rows = rows
        self._rebuild()
        self._mark_loaded()

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self._rebuild()
        self.counts_changed.emit(self.counts_text())

    def _visible_ids(self) -> set[int] | None:
        terms = split_terms(self.search.text())
        if not terms:
            return None
        parent_of = {r.id: r.parent_id for r in self._rows}
        shown: set[int] = set()
        for r in self._rows:
            if matches_terms(r.search_text, terms):
                node: int | None = r.id
                while node is not None and node not in shown:  # the match and its parents
                    shown.add(node)
                    node = parent_of.get(node)
        return shown

    def _rebuild(self) -> None:
        keep_id = self.current_id()
        scroll = self.view.verticalScrollBar().value()
        visible = self._visible_ids()
        self.model.removeRows(0, self.model.rowCount())
        items: dict[int, QStandardItem] = {}
        self._shown_count = 0
        muted = QColor(MUTED_COLOUR)
        for r in self._rows:  # parents come before their children
            if visible is not None and r.id not in visible:
                continue
            cells = [
                QStandardItem(self.names.body(r.id, r.name)),
                QStandardItem(r.name_local),
                QStandardItem(labels.kind(r.kind)),
                QStandardItem(self.names.party_list(r.parties)),
                QStandardItem(r.co_chairs),
                QStandardItem(r.established_by),
                QStandardItem(labels.day(r.established_on) if r.established_on else ""),
                QStandardItem(),
                QStandardItem(self.tr("Yes") if r.active else self.tr("No")),
            ]
            cells[7].setData(r.commitments, Qt.ItemDataRole.DisplayRole)  # an int: sorts as a number
            cells[7].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for long_text in (1, 3, 4):  # other names, parties, co-chairs: whole in a tooltip
                cells[long_text].setToolTip(cells[long_text].text())
            if r.name_local:
                cells[0].setToolTip(f"{r.name}\n{r.name_local.replace(' / ', chr(10))}")
            for cell in cells:
                cell.setEditable(False)
                if not r.active:
                    cell.setForeground(muted)
            cells[0].setData(r.id, ID_ROLE)
            parent = items.get(r.parent_id) if r.parent_id is not None else None
            (parent or self.model.invisibleRootItem()).appendRow(cells)
            items[r.id] = cells[0]
            self._shown_count += 1
        header = self.view.header()
        if 0 <= header.sortIndicatorSection() < self.model.columnCount():
            # A standard item model does not keep new rows sorted: sort what was just built.
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.view.expandAll()
        self.view.verticalScrollBar().setValue(scroll)
        self.select_id(keep_id)
        self._update_actions()
        self.count_label.setText(self.counts_text())

    def counts_text(self) -> str:
        total, shown = len(self._rows), getattr(self, "_shown_count", 0)
        if shown == total:
            return self.tr("{0}: {1}").format(self.title(), total)
        return self.tr("{0}: {1} of {2}").format(self.title(), shown, total)

    # selection ---------------------------------------------------------------------------
    def _find(self, record_id: int, parent: QModelIndex | None = None) -> QModelIndex:
        parent = parent or QModelIndex()
        for row in range(self.model.rowCount(parent)):
            index = self.model.index(row, 0, parent)
            if index.data(ID_ROLE) == record_id:
                return index
            found = self._find(record_id, index)
            if found.isValid():
                return found
        return QModelIndex()

    def current_id(self) -> int | None:
        if not hasattr(self, "view"):
            return None
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def current_row(self) -> BodyRow | None:
        record_id = self.current_id()
        return next((r for r in self._rows if r.id == record_id), None)

    def select_id(self, record_id: int | None) -> bool:
        index = self._find(record_id) if record_id is not None else QModelIndex()
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    # actions -----------------------------------------------------------------------------
    def new_record(self) -> None:
        from desktop.ui import editors  # imported when first used: the window paints first

        editors.edit_body(self, self.ctx, None)

    def new_child(self) -> None:
        parent_id = self.current_id()
        if parent_id is not None:
            from desktop.ui import editors  # imported when first used: the window paints first

            editors.edit_body(self, self.ctx, None, parent_body_id=parent_id)

    def show_its_commitments(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.show_commitments.emit(CommitmentFilter(body_id=record_id))

    def show_its_changes(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.show_changes.emit("body", record_id, self.describe(record_id))

    def add_commitment(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            from desktop.ui import editors  # imported when first used: the window paints first

            editors.add_commitment_here(self, self.ctx, body_id=record_id)

    def edit_selected(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            from desktop.ui import editors  # imported when first used: the window paints first

            editors.edit_body(self, self.ctx, record_id)

    def describe(self, record_id: int) -> str:
        row = self.current_row()
        return row.name if row is not None and row.id == record_id else str(record_id)

    def delete_op(self, record_id: int) -> Callable[[Database], Any]:
        return lambda db: bodies.delete(db, record_id)
