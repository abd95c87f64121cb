"""Widgets shared by the editors: optional dates, record pickers, party lists, people lists, error marks."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from desktop.domain.search import Entry, SearchIndex
from desktop.services.records import Choice, PersonData

INVALID_STYLE = "border: 1px solid #c62828; border-radius: 3px; background: #fff6f6;"
ERROR_LABEL_STYLE = "color: #c62828; font-size: 90%;"
DEPTH_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

_DMY = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*$")
_YMD = re.compile(r"^\s*(\d{4})[./-](\d{1,2})[./-](\d{1,2})\s*$")


def parse_day(text: str) -> date | None:
    """ISO (2024-05-20) or the Russian/Kazakh day-first form (20.05.2024); None for blank.

    Raises ValueError for anything else, so the form can say the field is not a date.
    """
    if not text.strip():
        return None
    found = _YMD.match(text)
    if found:
        year, month, day_ = (int(g) for g in found.groups())
    else:
        found = _DMY.match(text)
        if not found:
            return _parse_local(text)
        day_, month, year = (int(g) for g in found.groups())
    return date(year, month, day_)


def _parse_local(text: str) -> date:
    """The interface language's own form ("31 Dec 2026" in English) through QLocale; ValueError otherwise."""
    from desktop.ui.i18n import DATE_FORMATS, current_language, locale

    parsed = locale().toDate(text.strip(), DATE_FORMATS[current_language()])
    if not parsed.isValid():
        raise ValueError(text)
    return date(parsed.year(), parsed.month(), parsed.day())


def shown_day(value: date) -> str:
    from desktop.ui.i18n import day

    return day(value)


class DateField(QWidget):
    """A date that may be empty: type it (2024-05-20 or 20.05.2024), pick it from a calendar, or clear it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(110)
        self.edit.setMaximumWidth(150)
        self.edit.setToolTip(self.tr("Type 2024-05-20 or 20.05.2024; Alt+Down opens the calendar"))
        self.button = QToolButton(self)
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(self.tr("Pick a date (Alt+Down)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.button.setMenu(menu)
        self.calendar.activated.connect(self._picked)
        self.calendar.clicked.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.mark_target = self.edit
        self.edit.textChanged.connect(self.changed)
        self.edit.editingFinished.connect(self._normalise)
        self.edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event
            if key.key() == Qt.Key.Key_Down and key.modifiers() & Qt.KeyboardModifier.AltModifier:
                self.button.showMenu()
                return True
        return super().eventFilter(watched, event)

    def _prepare_calendar(self) -> None:
        current = self.date_or_none()
        self.calendar.setSelectedDate(
            QDate(current.year, current.month, current.day) if current else QDate.currentDate()
        )

    def _picked(self, value: QDate) -> None:
        self.set_date(value.toPython())  # type: ignore[arg-type]
        self.button.menu().close()
        self.edit.setFocus()

    def _normalise(self) -> None:
        # Show what was understood in the interface language's form: "2024-05-20" becomes "20.05.2024" in
        # Russian and Kazakh, "20 May 2024" in English, when the clerk moves on.
        value = self.date_or_none()
        if value is not None and self.edit.text() != shown_day(value):
            self.edit.setText(shown_day(value))

    def problem(self) -> str | None:
        try:
            parse_day(self.edit.text())
        except ValueError:
            return self.tr("not a date: type YYYY-MM-DD or DD.MM.YYYY")
        return None

    def date_or_none(self) -> date | None:
        """The date typed, or None when blank or not a date (``problem()`` says which)."""
        try:
            return parse_day(self.edit.text())
        except ValueError:
            return None

    def set_date(self, value: date | None) -> None:
        self.edit.setText(shown_day(value) if value else "")


class _IndentDelegate(QStyledItemDelegate):
    """Indents tree levels in a flat list, so typing a name still finds it (no leading spaces in the text)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        depth = index.data(DEPTH_ROLE) or 0
        option.rect.adjust(18 * int(depth), 0, 0, 0)


NEW_ENTRY = -1  # the "New…" line of a picker's list


class RecordPicker(QComboBox):
    """Pick one record by typing any part of its name in any script; ``value()`` is its id (None for 'none').

    The list drops down with the best matches as the clerk types (``domain.search``: every word,
    case-insensitive, anywhere in the names of every language). With ``enable_new`` a last line
    "New “…”…" adds a missing record without leaving the editor.
    """

    def __init__(self, none_label: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._none_label = none_label
        self.setItemDelegate(_IndentDelegate(self))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(28)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.mark_target = self
        self._index = SearchIndex(())
        self._create: Callable[[str], None] | None = None
        self._last_typed = ""
        self._value_before: int | None = None
        self._matches = QStandardItemModel(self)
        self._completer = QCompleter(self._matches, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(12)
        self.setCompleter(self._completer)
        self._completer.activated[QModelIndex].connect(self._picked)  # type: ignore[index]
        line = self.lineEdit()
        assert line is not None  # editable: the box has its line
        line.textEdited.connect(self._typed)
        line.editingFinished.connect(self._settle)
        line.setPlaceholderText(self.tr("Type to search…"))

    def enable_new(self, create: Callable[[str], None]) -> None:
        """Offer "New “typed text”…" at the end of the matches; ``create`` gets the typed text."""
        self._create = create

    def set_choices(self, choices: Sequence[Choice], *, tree: bool = False) -> None:
        """Fill the list; with ``tree`` the labels' leading spaces (4 a level) become indentation."""
        keep = self.value()
        self.blockSignals(True)
        self.clear()
        if self._none_label is not None:
            self.addItem(self._none_label, None)
        entries = []
        for choice in choices:
            text = choice.label
            depth = (len(text) - len(text.lstrip(" "))) // 4 if tree else 0
            self.addItem(text.strip(), choice.id)
            self.setItemData(self.count() - 1, depth, DEPTH_ROLE)
            self.setItemData(self.count() - 1, text.strip(), Qt.ItemDataRole.ToolTipRole)
            entries.append(Entry("", choice.id, text.strip(), "", f"{text.strip().casefold()} {choice.search}"))
        self._index = SearchIndex(entries)
        self.blockSignals(False)
        self.set_value(keep)

    def matches(self, text: str, limit: int = 30) -> list[tuple[int, str]]:
        """(id, label) of the records ``text`` finds, best first."""
        return [(e.id, e.label) for e in self._index.find(text, limit)]

    def _typed(self, text: str) -> None:
        self._last_typed = text
        self._value_before = self.value()
        self._matches.clear()
        for record_id, label in self.matches(text):
            item = QStandardItem(label)
            item.setData(record_id, ID_ROLE)
            self._matches.appendRow(item)
        if self._create is not None and text.strip():
            item = QStandardItem(self.tr("New “{0}”…").format(text.strip()))
            item.setData(NEW_ENTRY, ID_ROLE)
            self._matches.appendRow(item)
        if self._matches.rowCount():
            self._completer.complete()
        elif (popup := self._completer.popup()) is not None:
            popup.hide()

    def _picked(self, index: QModelIndex) -> None:
        record_id = index.data(ID_ROLE)
        if record_id == NEW_ENTRY:
            self.set_value(self._value_before)
            if self._create is not None:
                self._create(self._last_typed.strip())
            return
        self.set_value(int(record_id))

    def _settle(self) -> None:
        """Leaving the box: the text is the chosen record's name again (an unmatched text is not kept)."""
        line = self.lineEdit()
        if line is None:
            return
        text = line.text().strip()
        if text and text != self.itemText(self.currentIndex()):
            found = self.matches(text, 2)
            exact = [m for m in found if m[1].casefold() == text.casefold()]
            if exact or len(found) == 1:
                self.set_value((exact or found)[0][0])
                return
        line.setText(self.itemText(self.currentIndex()))

    def value(self) -> int | None:
        data = self.itemData(self.currentIndex()) if self.currentIndex() >= 0 else None
        return int(data) if data is not None else None

    def set_value(self, record_id: int | None) -> None:
        index = self.findData(record_id) if record_id is not None else (0 if self._none_label is not None else -1)
        self.setCurrentIndex(max(index, 0) if self.count() else -1)
        if self.currentIndex() >= 0:
            if (line := self.lineEdit()) is not None:
                line.setText(self.itemText(self.currentIndex()))

    def tree_parents(self) -> dict[int, int | None]:
        """The parent of every record, read back from the indentation (for the 'not under itself' check)."""
        parents: dict[int, int | None] = {}
        stack: list[tuple[int, int]] = []  # (depth, id)
        for row in range(self.count()):
            record_id = self.itemData(row)
            if record_id is None:
                continue
            depth = int(self.itemData(row, DEPTH_ROLE) or 0)
            while stack and stack[-1][0] >= depth:
                stack.pop()
            parents[int(record_id)] = stack[-1][1] if stack else None
            stack.append((depth, int(record_id)))
        return parents


class EnumCombo(QComboBox):
    """A closed vocabulary: shows the clerk's words, ``value()`` is the stored value."""

    def __init__(self, values: Sequence[str], label: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for value in values:
            self.addItem(label(value), value)  # type: ignore[operator]
        self.mark_target = self

    def value(self) -> str:
        return str(self.currentData())

    def set_value(self, value: str) -> None:
        index = self.findData(value)
        if index >= 0:
            self.setCurrentIndex(index)


class PartyList(QListWidget):
    """Several parties, ticked (Space ticks the current one)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setMaximumHeight(84)
        self.itemChanged.connect(lambda _item: self.changed.emit())
        self.mark_target = self

    def set_choices(self, choices: Sequence[Choice]) -> None:
        keep = self.value()
        self.blockSignals(True)
        self.clear()
        for choice in choices:
            item = QListWidgetItem(choice.label, self)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if choice.id in keep else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        if self.count():
            # Keyboard focus on the first party without painting it as selected.
            self.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)

    def value(self) -> list[int]:
        return [
            int(self.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, ids: Sequence[int]) -> None:
        wanted = set(ids)
        for row in range(self.count()):
            item = self.item(row)
            item.setCheckState(
                Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted else Qt.CheckState.Unchecked
            )


class PeopleEditor(QWidget):
    """Signatories or co-chairs: name, position and the party each acts for; rows added and removed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parties: list[Choice] = []
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Position"), self.tr("Party")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(2, 190)
        self.table.setMinimumWidth(390)  # name and position keep room beside the party in every language
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(96)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: the form stays keyboard-friendly
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName("add_person")
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("remove_person")
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)
        self.mark_target = self.table

    def set_parties(self, parties: Sequence[Choice]) -> None:
        self._parties = list(parties)
        for row in range(self.table.rowCount()):
            picker = self._picker(row)
            if picker is not None:
                picker.set_choices(self._parties)

    def _picker(self, row: int) -> RecordPicker | None:
        widget = self.table.cellWidget(row, 2)
        return widget if isinstance(widget, RecordPicker) else None

    def add_row(self, person: PersonData | None = None) -> int:
        person = person if isinstance(person, PersonData) else PersonData()
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(person.name))
        self.table.setItem(row, 1, QTableWidgetItem(person.position))
        self.table.blockSignals(False)
        picker = RecordPicker(self.tr("— no party —"), self.table)
        picker.setMinimumContentsLength(12)
        picker.set_choices(self._parties)
        picker.set_value(person.party_id)
        picker.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.table.setCellWidget(row, 2, picker)
        self.changed.emit()
        return row

    def _add_clicked(self) -> None:
        row = self.add_row()
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)  # the clerk types the name straight away

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0 and self.table.rowCount():
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def set_name(self, row: int, name: str, position: str = "") -> None:
        for column, text in ((0, name), (1, position)):
            item = self.table.item(row, column)
            if item is not None:
                item.setText(text)

    def value(self) -> list[PersonData]:
        people = []
        for row in range(self.table.rowCount()):
            name = self.table.item(row, 0)
            position = self.table.item(row, 1)
            picker = self._picker(row)
            people.append(
                PersonData(
                    name.text() if name else "", position.text() if position else "", picker.value() if picker else None
                )
            )
        return people

    def set_value(self, people: Sequence[PersonData]) -> None:
        self.table.setRowCount(0)
        for person in people:
            self.add_row(person)


def error_label() -> QLabel:
    """The line under a field for its problem. Its height is kept while empty, so a message appearing or
    going away does not move the fields below."""
    label = QLabel()
    label.setStyleSheet(ERROR_LABEL_STYLE)
    label.setWordWrap(True)
    label.setMinimumHeight(label.fontMetrics().height())
    label.setProperty("reserved", True)
    return label


def mark_field(widget: QWidget, label: QLabel | None, messages: Sequence[str]) -> None:
    """Red border, the message under the field and as its tooltip; or clear all three."""
    target = getattr(widget, "mark_target", widget)
    text = "\n".join(dict.fromkeys(messages))
    if text:
        if not target.property("kelisim_tip_saved"):
            target.setProperty("kelisim_plain_tip", target.toolTip())
            target.setProperty("kelisim_tip_saved", True)
        target.setStyleSheet(f"{type(target).__name__} {{ {INVALID_STYLE} }}")
        target.setToolTip(text)
    elif target.property("kelisim_tip_saved"):
        target.setStyleSheet("")
        target.setToolTip(str(target.property("kelisim_plain_tip") or ""))
        target.setProperty("kelisim_tip_saved", False)
    if label is not None:
        label.setText(text)
        label.setVisible(bool(text) or bool(label.property("reserved")))
