"""A fast table model over a Python list of rows, for lists of up to 100,000 records.

Why not QSortFilterProxyModel: over a Python model it took 7–25 s to sort 100k rows (every
comparison crosses into Python twice). Here the rows stay in the order they were loaded and the
model keeps two lists of positions: ``_order`` (all rows, sorted) and ``_shown`` (the rows the
filter lets through, in that order). Sorting sorts positions by a key computed once per column
and cached until the rows change; filtering runs one compiled predicate over the row list.

A predicate that can test many rows at once (``services.commitment_list.RowFilter``: ``narrow_base``
and ``narrow_text`` over positions) is run that way, and the positions its non-text conditions let
through are kept while only the typed words change, so a keystroke scans the search texts of those
rows once, whatever other filters are set. The passes of the words typed so far are kept too: a
letter typed narrows the last pass it implies, a letter erased shows a kept pass without a scan.
Passes scan the rows in load order when the sort scatters them in memory, and put the survivors in
the order shown only as far as the view asks (``InOrder``). A pass that shows the same rows in the same
order as before (a letter every shown row holds) does not reset the model: the views repaint nothing.

A large list can be given a word index of its rows' search texts (``use_index``: ``domain.search.WordIndex``,
built in a child process); the words are then found through it where that is cheaper than a scan. It is kept
only while the rows are the ones it was built over: new rows drop it, and so does a row swapped in place with
another search text.
"""

from __future__ import annotations

from array import array
from collections import deque
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import compress, repeat
from operator import attrgetter, eq, itemgetter
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from desktop.domain.search import WordIndex

Row = Any
Index = QModelIndex | QPersistentModelIndex
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record id of a row, for views and tests
_KEEP: Any = object()
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ID = int(ID_ROLE)
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def field(key: int | str) -> Callable[[Row], Any]:
    """A getter for a tuple position (Commitments rows) or a dataclass attribute (other pages)."""
    return itemgetter(key) if isinstance(key, int) else attrgetter(key)


def default_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        from desktop.ui.i18n import day

        return day(value)
    return str(value)


def default_key(value: Any) -> tuple[int, Any]:
    """Sort key: blanks last, text without regard to case (Cyrillic and Kazakh included)."""
    if value is None or value == "":
        return (1, "")
    if isinstance(value, str):
        return (0, value.casefold())
    return (0, value)


@dataclass(frozen=True)
class Column:
    """How one column reads, shows and sorts a row."""

    key: str  # stable name, for tests and saved state
    header: str  # already translated
    value: Callable[[Row], Any]
    display: Callable[[Row], str] | None = None
    sort_key: Callable[[Any], Any] = default_key  # applied to value(row)
    align: Qt.AlignmentFlag = LEFT
    decoration: Callable[[Row], Any] | None = None  # QIcon/QColor or None
    width: int = 120  # default width in pixels, before the clerk resizes it
    tooltip: bool = False  # long text: repeat it in a tooltip
    hidden: bool = False  # hidden until the clerk shows it (right-click on the header)

    def text(self, row: Row) -> str:
        return self.display(row) if self.display is not None else default_text(self.value(row))


class RowTableModel(QAbstractTableModel):
    # A filter pass is done, whether it changed the rows shown (then the model was reset) or not.
    filtered = Signal()

    def __init__(
        self,
        columns: Sequence[Column],
        id_of: Callable[[Row], int] | None = None,
        highlight: Callable[[Row], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._id_of = id_of or (lambda row: row[0] if isinstance(row, tuple) else row.id)
        self._highlight = highlight
        self._base: list[Row] = []
        self._order: list[int] = []
        self._shown: Sequence[int] = []
        self._filtered = False  # a predicate is in force (``_shown`` may leave rows out)
        self._predicate: Callable[[Row], bool] | None = None
        self._keys: dict[int, list[Any]] = {}
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._id_pos: dict[int, int] | None = None
        self._based: dict[Any, Sequence[int]] = {}  # RowFilter.base → positions it lets through, in load order
        # The passes of the words typed so far under that base, shortest words first:
        # (words, positions let through in load order, the same in the order shown).
        self._typed: list[tuple[tuple[str, ...], Sequence[int], Sequence[int]]] = []
        self._by_load: bool | None = None  # scan in load order, not in the order shown (see _scan_by_load)
        # A word index of the rows' search texts (positions in ``_base``), and how a row's text is read.
        self._index: WordIndex | None = None
        self._text_of: Callable[[Row], str] | None = None
        self._highlight_fg = QColor("#b71c1c")
        self._highlight_bg = QColor("#fdecea")

    def set_highlight_colours(self, foreground: QColor, background: QColor) -> None:
        self._highlight_fg, self._highlight_bg = foreground, background

    # -- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  Qt's signature
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].header
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self.columns[section].align)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every visible cell on each paint (the delegate asks seven roles per
        # cell): plain ints, the commonest role first, and no row fetched for a role that needs none.
        if role == _DISPLAY:
            if not index.isValid():
                return None
            return self.columns[index.column()].text(self._base[self._shown[index.row()]])
        if role == _ALIGN:
            return int(self.columns[index.column()].align) if index.isValid() else None
        if role == _DECORATION:
            if not index.isValid():
                return None
            column = self.columns[index.column()]
            return column.decoration(self._base[self._shown[index.row()]]) if column.decoration is not None else None
        if role == _FOREGROUND or role == _BACKGROUND:
            if self._highlight is None or not index.isValid():
                return None
            if not self._highlight(self._base[self._shown[index.row()]]):
                return None
            return self._highlight_fg if role == _FOREGROUND else self._highlight_bg
        if role == _TOOLTIP:
            if not index.isValid():
                return None
            column = self.columns[index.column()]
            return column.text(self._base[self._shown[index.row()]]) if column.tooltip else None
        if role == _ID:
            return self._id_of(self._base[self._shown[index.row()]]) if index.isValid() else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return _NO_FLAGS
        return _ROW_FLAGS

    # -- rows -----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Row], predicate: Callable[[Row], bool] | None = _KEEP) -> None:
        """Replace the rows, keeping the current sort and (unless given a new one) the filter."""
        self.beginResetModel()
        self._base = list(rows)
        self._index = None  # built over other rows, or other texts of these
        self._keys.clear()
        self._id_pos = None
        if predicate is not _KEEP:
            self._predicate = predicate
        self._order = self._sorted_positions()
        self._order_changed()
        self._apply(self._predicate)
        self.endResetModel()

    def update_rows(self, changed: Sequence[Row], gone: Collection[int] = ()) -> bool:
        """Put ``changed`` rows in place of the rows with their ids (new ids are added) and drop the ids
        ``gone``, keeping the sort and the filter. Rows are kept in id order, as the lists read them.

        When every changed row keeps its place in the order shown and its filter verdict, the rows are
        swapped in place and only their cells are repainted (True): the views keep their selection and
        scroll, and nothing is sorted. Otherwise the order and the filter are worked out again over the
        rows in memory, as ``set_rows`` does (False: the views are reset).
        """
        positions = self._id_positions()
        id_of = self._id_of
        swaps: list[tuple[int, Row]] = []
        added: list[Row] = []
        for row in changed:
            position = positions.get(id_of(row))
            if position is None:
                added.append(row)
            else:
                swaps.append((position, row))
        dropped = {positions[i] for i in gone if i in positions}
        shown = self._shown if isinstance(self._shown, InOrder) or not swaps else set(self._shown)
        if not added and not dropped and all(self._keeps_place(p, row, shown) for p, row in swaps):
            self._swap_in_place(swaps)
            return True
        base = self._base
        for position, row in swaps:
            base[position] = row
        if dropped:
            base = [row for position, row in enumerate(base) if position not in dropped]
        if added:
            base = sorted([*base, *added], key=id_of)  # nearly sorted: one merge
        self.set_rows(base)
        return False

    def _id_positions(self) -> dict[int, int]:
        if self._id_pos is None:
            id_of = self._id_of
            self._id_pos = {id_of(r): i for i, r in enumerate(self._base)}
        return self._id_pos

    def _keeps_place(self, position: int, row: Row, shown: Collection[int]) -> bool:
        """Whether ``row`` in place of the row at ``position`` sorts and filters as that row did."""
        column = self._sort_column
        if 0 <= column < len(self.columns):
            spec = self.columns[column]
            if spec.sort_key(spec.value(row)) != self._column_keys(column)[position]:
                return False
        if self._predicate is None:
            return True
        return bool(self._predicate(row)) == (position in shown)

    def _swap_in_place(self, swaps: Sequence[tuple[int, Row]]) -> None:
        last_column = len(self.columns) - 1
        text_of = self._text_of
        if self._index is not None and text_of is not None:
            base = self._base
            if any(text_of(base[position]) != text_of(row) for position, row in swaps):
                self._index = None  # the index no longer holds that row's words
        for position, row in swaps:
            self._base[position] = row
            for column, keys in self._keys.items():
                spec = self.columns[column]
                keys[position] = spec.sort_key(spec.value(row))
        # The passes kept for typing were worked out over the old rows.
        self._order_changed()
        for position, _row in swaps:
            view_row = self._view_row(position)
            if view_row >= 0:
                self.dataChanged.emit(self.index(view_row, 0), self.index(view_row, last_column))

    def _view_row(self, position: int) -> int:
        try:
            return self._shown.index(position)
        except ValueError:
            return -1

    def all_rows(self) -> list[Row]:
        return self._base

    def shown_rows(self) -> list[Row]:
        base = self._base
        return [base[i] for i in self._shown]

    @property
    def total_count(self) -> int:
        return len(self._base)

    def row(self, view_row: int) -> Row:
        return self._base[self._shown[view_row]]

    def row_id(self, view_row: int) -> int:
        return self._id_of(self._base[self._shown[view_row]])

    def row_for_id(self, record_id: int) -> int:
        """The view row showing ``record_id``, or -1 when it is filtered out or unknown."""
        position = self._id_positions().get(record_id)
        return -1 if position is None else self._view_row(position)

    # -- the word index ---------------------------------------------------------------------

    def use_index(self, index: WordIndex, text_of: Callable[[Row], str]) -> bool:
        """Find the typed words through ``index`` from now on, if it was built over exactly these rows (the same
        ids in the same order; the caller vouches that their texts, read by ``text_of``, are the ones it indexed)."""
        if len(index) != len(self._base) or index.ids != array("q", map(self._id_of, self._base)):
            return False
        self._index, self._text_of = index, text_of
        return True

    @property
    def word_index(self) -> WordIndex | None:
        return self._index

    # -- sorting --------------------------------------------------------------------------

    def _column_keys(self, column: int) -> list[Any]:
        keys = self._keys.get(column)
        if keys is None:
            spec = self.columns[column]
            value, key = spec.value, spec.sort_key
            keys = [key(value(r)) for r in self._base]
            self._keys[column] = keys
        return keys

    def _sorted_positions(self) -> list[int]:
        positions = range(len(self._base))
        if not 0 <= self._sort_column < len(self.columns):
            return list(positions)
        keys = self._column_keys(self._sort_column)
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        return sorted(positions, key=keys.__getitem__, reverse=descending)

    def _order_changed(self) -> None:
        """Forget what depends on the order shown: the kept passes and how a scan goes."""
        self._based.clear()
        self._typed.clear()
        self._by_load = None

    def _visible(self, order: list[int]) -> list[int]:
        """The positions of ``order`` shown now, in that order."""
        if not self._filtered:
            return order
        shown = set(self._shown)
        return list(compress(order, map(shown.__contains__, order)))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        old_shown = self._shown
        persistent = self.persistentIndexList()
        self._sort_column, self._sort_order = column, order
        self._order = self._sorted_positions()
        self._order_changed()
        self._shown = self._visible(self._order)
        if persistent:
            # Keep the selection and the current row on the same records.
            where = {p: i for i, p in enumerate(self._shown)}
            self.changePersistentIndexList(
                persistent,
                [
                    self.index(where[old_shown[ix.row()]], ix.column()) if ix.row() < len(old_shown) else QModelIndex()
                    for ix in persistent
                ],
            )
        self.layoutChanged.emit()

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    # -- filtering ------------------------------------------------------------------------

    def set_filter(self, predicate: Callable[[Row], bool] | None, narrowing: bool = False) -> None:
        """Show only rows the predicate accepts (None: all).

        ``narrowing`` promises every row the new predicate accepts was accepted by the old one
        (the clerk typed one more letter), so only the rows now shown are tested again. A predicate
        that tests many rows at once (``RowFilter``) needs no promise: it says itself which earlier
        pass it narrows (``implies``), and the passes of the words typed so far are kept, so erasing a
        letter shows the rows of the shorter words again without a scan.
        """
        shown = self._filter(predicate, narrowing)
        if _same_rows(self._shown, shown):
            # The same rows in the same order (a letter that every row shown holds, or one erased back to
            # the same rows): the views show exactly what they showed, so they are not reset. A reset
            # would repaint every cell on screen, lay the list out again and drop the selection.
            self._shown = shown
        else:
            self.beginResetModel()
            self._shown = shown
            self.endResetModel()
        self.filtered.emit()

    def _filter(self, predicate: Callable[[Row], bool] | None, narrowing: bool) -> Sequence[int]:
        """The positions ``predicate`` lets through, in the order shown (``_shown`` is left as it is)."""
        self._predicate = predicate
        if predicate is None:
            self._filtered = False
            self._typed.clear()
            return self._order
        if _is_row_filter(predicate):
            shown = self._select(predicate)
        elif narrowing and self._filtered:
            base = self._base
            shown = [i for i in self._shown if predicate(base[i])]
            self._typed.clear()
        else:
            base = self._base
            shown = [i for i in self._order if predicate(base[i])]
            self._typed.clear()
        self._filtered = True
        return shown

    def _apply(self, predicate: Callable[[Row], bool] | None) -> None:
        """Filter every row with ``predicate`` (the rows or their order changed: nothing kept is valid)."""
        self._typed.clear()
        self._shown = self._filter(predicate, narrowing=False)

    def _select(self, predicate: Any) -> Sequence[int]:
        """The shown positions for a ``RowFilter``.

        A pass starts from the rows the filter's non-text conditions let through (kept while only the
        words change), narrowed from the kept pass of the longest earlier words it implies, or is taken
        as it is when the same words were shown before (a letter erased).

        Rows are tested in the order their search texts lie in memory when the order shown scatters
        them (sorted by due date, say): a scan in that order would be about three times slower for the
        cache misses. The survivors are then put in the order shown in one C-level pass.
        """
        key = predicate.base
        by_load = self._scan_by_load()
        based = self._based.get(key)
        if based is None:
            everyone = range(len(self._base)) if by_load else self._order
            based = _untracked(predicate.narrow_base(self._base, everyone), everyone)
            self._based = {key: based}  # the last one only: typing changes the words, not this
            self._typed.clear()
        terms = tuple(predicate.terms)
        typed = self._typed
        # Keep only the passes of words the new words imply (the words typed so far, not a sibling).
        while typed and not predicate.implies(typed[-1][0]):
            typed.pop()
        if typed and typed[-1][0] == terms:
            return typed[-1][2]
        start = typed[-1][1] if typed else based
        if self._index is not None:
            found = _untracked(predicate.narrow_text(self._base, start, self._index), based)
        else:
            found = _untracked(predicate.narrow_text(self._base, start), based)
        shown = self._in_order(found) if by_load else found
        if terms:
            if len(typed) >= _KEPT_PASSES:
                del typed[0]
            typed.append((terms, found, shown))
        return shown

    def _scan_by_load(self) -> bool:
        """Whether the order shown scatters the rows in memory (then a scan goes in load order)."""
        if self._by_load is None:
            order = self._order
            if len(order) < _SCATTER_MIN or not 0 <= self._sort_column < len(self.columns):
                self._by_load = False
            else:
                # Neighbours in the order shown that were loaded near each other, at some 2,000 places.
                spots = range(0, len(order) - 1, max(1, len(order) // 2000))
                near = sum(1 for k in spots if abs(order[k + 1] - order[k]) < _NEAR)
                self._by_load = near < len(spots) // 2
        return self._by_load

    def _in_order(self, positions: Sequence[int]) -> Sequence[int]:
        """``positions`` (in load order) in the order shown."""
        order = self._order
        if len(positions) == len(order):
            return order
        kept = bytearray(len(self._base))
        deque(map(kept.__setitem__, positions, repeat(1)), maxlen=0)
        return InOrder(order, kept, len(positions))


class InOrder(Sequence[int]):
    """The positions of ``order`` marked in ``kept``, in that order, worked out only as far as asked.

    A keystroke's paint asks for the first screenful only: finding it takes a walk over the start of
    ``order``, where putting 100,000 rows in order would take as long as the scan that found them. The
    rest is worked out when asked for (scrolling down, a record selected further down, an export), in
    chunks that double, so the whole costs one pass at most.
    """

    __slots__ = ("_count", "_done", "_kept", "_next", "_order")

    def __init__(self, order: Sequence[int], kept: bytearray, count: int) -> None:
        self._order, self._kept, self._count = order, kept, count
        self._done = array("i")
        self._next = 0  # how far along ``order`` the walk has come

    def __len__(self) -> int:
        return self._count

    def _reach(self, wanted: int) -> None:
        """Walk on until ``wanted`` positions are known (or all of them)."""
        done, order, marked = self._done, self._order, self._kept.__getitem__
        step = max(256, len(done))
        while len(done) < wanted and self._next < len(order):
            chunk = order[self._next : self._next + step]
            done.extend(compress(chunk, map(marked, chunk)))
            self._next += len(chunk)
            step *= 2

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            self._reach(self._count)
            return self._done[index]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        if index >= len(self._done):
            self._reach(index + 1)
        return self._done[index]

    def __iter__(self) -> Iterator[int]:
        self._reach(self._count)
        return iter(self._done)

    def __contains__(self, position: object) -> bool:
        return isinstance(position, int) and 0 <= position < len(self._kept) and bool(self._kept[position])

    def index(self, position: Any, start: int = 0, stop: int | None = None) -> int:
        if position not in self:
            raise ValueError(position)
        found = self._done
        while True:
            try:
                return found.index(position, start, len(found) if stop is None else stop)
            except ValueError:
                if len(found) >= self._count or (stop is not None and len(found) >= stop):
                    raise
                self._reach(len(found) * 2 + 256)


def _same_rows(before: Sequence[int], after: Sequence[int]) -> bool:
    """Whether two lists of shown positions are the same positions in the same order (C-level compares:
    two passes of one order compare their marks; lists of another kind, item by item up to a difference)."""
    if before is after:
        return True
    if len(before) != len(after):
        return False
    if isinstance(before, InOrder) and isinstance(after, InOrder) and before._order is after._order:
        return before._kept == after._kept
    if type(before) is type(after) and isinstance(before, list | array | range):
        return before == after
    return all(map(eq, before, after))


def _untracked(positions: list[int], start: Sequence[int]) -> Sequence[int]:
    """Positions kept between keystrokes (a pass that let through all of ``start``: ``start`` itself),
    as an array the garbage collector never walks: a list of 100,000 would be visited item by item by
    every collection while it is young, and by every full one."""
    if len(positions) == len(start) and isinstance(start, range | array):
        return start  # every row of a scan in load order stays ``range``: scanned without indirection
    return array("i", positions)


_SCATTER_MIN = 4096  # below this many rows the order of a scan hardly matters
_NEAR = 64  # load positions this close share cache lines and pages closely enough
_KEPT_PASSES = 16  # passes of the words typed so far kept for erasing (at most ~1 MB each at 100,000 rows)


def _is_row_filter(predicate: Any) -> bool:
    return all(hasattr(predicate, name) for name in ("narrow_base", "narrow_text", "implies", "base", "terms"))
