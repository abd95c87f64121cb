"""Quick open (Ctrl+K): one box that finds any agreement, body, commitment, party or person and opens it.

The index (``services.quick_open``) is read off the GUI thread when the box first opens and again
a moment after the register changes; each keystroke only asks the in-memory index.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.domain.search import PAIRS_FROM, Entry, SearchIndex
from desktop.services import quick_open
from desktop.ui.operations import AppContext, Change, run_beside, run_query, show_error

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
LIMIT = 50


class QuickIndex(QObject):
    """The window's one in-memory index (with its letter pairs, see ``domain.search``), made the first time
    quick open is asked for and kept fresh through the window's change notice. After a change the audit trail
    says whether any entry changed (``services.quick_open.still_right``): a status or a date changes none, and
    the index is kept; otherwise it is dropped and read again off the GUI thread a moment after the changes
    stop, so the next Ctrl+K finds it ready (at 100,000 commitments a new index is seconds of work)."""

    REFRESH_MS = 1500  # after the last change: a burst of saves or a bulk action is read once
    _ENTRIES = Change.AGREEMENTS | Change.BODIES | Change.COMMITMENTS | Change.PARTIES
    _NAMES = Change.AGREEMENTS | Change.BODIES | Change.PARTIES  # what the trail check leaves to a new index

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.index: SearchIndex | None = None
        self.reads = 0  # indexes read (tests ask)
        self._mark: int | None = None  # the trail's last entry the index is known to be right up to
        self._loading = False
        self._checking = False
        self._checked_index: SearchIndex | None = None  # the index the trail is being asked about
        self._generation = 0  # moved on by every change: an index read before a change is not kept
        self._waiting: list[Any] = []
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(self.REFRESH_MS)
        self._refresh.timeout.connect(self._read)
        ctx.changed.connect(self._stale)

    def _stale(self, change: Change) -> None:
        if not change & self._ENTRIES:
            return
        self._generation += 1
        # Not used until known to be right; one being checked already is checked again, up to this change.
        index = self.index if self.index is not None else self._checked_index if self._checking else None
        mark, self.index = self._mark, None
        if index is None or mark is None or change & self._NAMES:
            self._mark, self._checking = None, False
            self._refresh.start()
            return
        generation = self._generation
        self._checking, self._checked_index = True, index
        run_query(
            self.ctx,
            lambda db: quick_open.still_right(db, index, mark),
            lambda last: self._checked(generation, index, last),
            on_failure=lambda _error: self._checked(generation, index, None),
        )

    def _checked(self, generation: int, index: SearchIndex, last: int | None) -> None:
        if generation != self._generation:
            return  # a newer change asks again
        self._checking, self._checked_index = False, None
        if last is None:
            self._mark = None
            if self._waiting:
                self._read()
            else:
                self._refresh.start()
            return
        self._mark = last
        self._set_index(index)

    def when_ready(self, callback: Any) -> None:
        if self.index is not None:
            callback(self.index)
            return
        self._waiting.append(callback)
        if not self._checking:
            self._read()

    def _read(self) -> None:
        if self.index is not None or self._loading:
            return
        self._loading = True
        self._checking = False
        generation = self._generation
        run_beside(
            self.ctx,
            quick_open.build_index_marked,
            lambda found: self._ready(generation, *found),
            on_failure=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self._loading = False  # the next Ctrl+K or change tries again (the pairs: the index scans instead)
        show_error(None, error)

    def _ready(self, generation: int, index: SearchIndex, mark: int) -> None:
        self._loading = False
        if generation != self._generation:
            self._read()  # the register changed while it was read: read it again
            return
        self.reads += 1
        self._mark = mark
        self._set_index(index)
        if len(index) >= PAIRS_FROM:
            # The letter pairs next, off the GUI thread: typing works meanwhile (by scanning) and gets quicker.
            run_beside(self.ctx, lambda _db: index.build_pairs(), lambda _index: None, on_failure=self._failed)

    def _set_index(self, index: SearchIndex) -> None:
        self.index = index
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback(index)


def kind_label(kind: str) -> str:
    return {
        "agreement": QCoreApplication.translate("QuickOpen", "Agreement"),
        "body": QCoreApplication.translate("QuickOpen", "Body"),
        "commitment": QCoreApplication.translate("QuickOpen", "Commitment"),
        "party": QCoreApplication.translate("QuickOpen", "Party"),
        "signatory": QCoreApplication.translate("QuickOpen", "Signatory"),
        "co_chair": QCoreApplication.translate("QuickOpen", "Co-chair"),
    }.get(kind, kind)


class QuickOpenDialog(QDialog):
    def __init__(self, parent: QWidget, ctx: AppContext, index: QuickIndex) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("quick_open")
        self.setWindowTitle(self.tr("Quick open"))
        self.box = QLineEdit(self)
        self.box.setObjectName("query")
        self.box.setPlaceholderText(self.tr("Reference, title or name in any language…"))
        self.results = QListWidget(self)
        self.results.setObjectName("results")
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self.resize(640, 420)
        self.index: SearchIndex | None = None
        self.box.textChanged.connect(self.search)
        self.box.returnPressed.connect(self.open_current)
        self.box.installEventFilter(self)
        self.results.itemActivated.connect(lambda _item: self.open_current())
        self.hint.setText(self.tr("Loading…"))
        index.when_ready(self._ready)

    def _ready(self, index: SearchIndex) -> None:
        self.index = index
        self.hint.setText(self.tr("Enter opens; ↑ ↓ choose; Esc closes."))
        self.search(self.box.text())

    def search(self, text: str) -> None:
        self.results.clear()
        if self.index is None:
            return
        for entry in self.index.find(text, LIMIT):
            item = QListWidgetItem(f"{entry.label}    · {kind_label(entry.kind)}", self.results)
            item.setData(ENTRY_ROLE, entry)
            item.setToolTip(entry.label)
        if self.results.count():
            self.results.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and Down move in the results while the typing stays in the box.
        if watched is self.box and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def open_current(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        entry: Entry = item.data(ENTRY_ROLE)
        parent = self.parentWidget() or self
        self.accept()
        open_entry(parent, self.ctx, entry)


def open_entry(parent: QWidget, ctx: AppContext, entry: Entry) -> Any:
    from desktop.ui import editors  # imported when first used: the window paints first

    if entry.kind in ("agreement", "signatory"):
        return editors.edit_agreement(parent, ctx, entry.id)
    if entry.kind in ("body", "co_chair"):
        return editors.edit_body(parent, ctx, entry.id)
    if entry.kind == "party":
        return editors.edit_party(parent, ctx, entry.id)
    return editors.show_commitment(parent, ctx, entry.id)


def quick_open_dialog(parent: QWidget, ctx: AppContext, index: QuickIndex) -> QuickOpenDialog:
    dialog = QuickOpenDialog(parent, ctx, index)
    dialog.open()
    dialog.box.setFocus()
    return dialog
