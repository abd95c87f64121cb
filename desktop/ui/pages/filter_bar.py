"""The Commitments filter bar: status, overdue, body (with sub-bodies), party, sector, agreement, due range.

The pickers' choices are read off the GUI thread and refreshed when the register changes; the
chosen values survive the refresh. ``filter()`` turns the widgets into a CommitmentFilter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QWidget,
)

from desktop.domain.enums import OPEN_COMMITMENT_STATUSES
from desktop.domain.filters import CommitmentFilter
from desktop.domain.rules import descendants
from desktop.services.names import LocalNames
from desktop.services.records import BodyRow, Choice
from desktop.ui import labels
from desktop.ui.i18n import current_language
from desktop.ui.operations import AppContext, Change, run_query
from desktop.ui.pages.common import status_icon
from desktop.ui.style import STATUS_ORDER

if TYPE_CHECKING:
    from desktop.storage.database import Database

OPEN_STATUSES = OPEN_COMMITMENT_STATUSES
SEVERAL = "several"  # the status entry that stands for the ticked statuses
NO_DATE = QDate(1900, 1, 1)  # the date edits' "not set" value, shown as "—"


@dataclass(frozen=True)
class FilterChoices:
    bodies: list[BodyRow]
    parties: list[Choice]
    agreements: list[Choice]
    sectors: list[str]
    names: LocalNames
    persons: list[Choice]
    me: int | None  # the signed-in user's person, for "My commitments"


def load_choices(db: Database) -> FilterChoices:
    from desktop.services import bodies, commitment_list, lookups, people

    return FilterChoices(
        bodies.list_rows(db),
        lookups.party_choices(db, current_language()),
        lookups.agreement_choices(db, current_language()),
        commitment_list.sectors(db),
        lookups.local_names(db, current_language()),
        people.choices(db),
        people.me(db),
    )


MINE = -1  # the person combo's "My commitments": the signed-in user's person


def _combo(parent: QWidget, min_width: int) -> QComboBox:
    combo = QComboBox(parent)
    combo.setMinimumWidth(min_width)
    combo.setMaxVisibleItems(25)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return combo


def _fit_to_items(combo: QComboBox) -> None:
    """At least as wide as its fixed words in the clerk's language («Любая роль», «Барлық мәртебелер» were cut);
    an item that grows later (the statuses ticked) does not widen it."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumWidth(combo.sizeHint().width())
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)


def _date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    from desktop.ui.i18n import DATE_FORMATS

    edit.setDisplayFormat(DATE_FORMATS[current_language()])  # 31.12.2026 / 31 Dec 2026
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")  # shown at the minimum date: no limit
    edit.setDate(NO_DATE)
    return edit


class CommitmentFilterBar(QWidget):
    changed = Signal()  # any picker changed (the text box is handled by the page)
    choices_loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._parent_of: dict[int, int | None] = {}
        self._generation = 0
        # Whether the clerk sees the bar: its page sets this. Unseen, a change is read when next shown.
        self.on_screen: Callable[[], bool] = lambda: True
        # What changed while the bar was not seen: nothing, "commitments" (sectors and people), or "all".
        self._choices_stale = ""
        self._choices: FilterChoices | None = None  # the last choices read
        self._items: dict[int, list[tuple[str, Any]]] = {}  # what each combo lists (by its id)
        self.status = _combo(self, 130)
        # Item data is a string (Qt compares it reliably): "" any, "open", or one status.
        self.status.addItem(self.tr("Any status"), "")
        self.status.addItem(self.tr("Open (not closed)"), "open")
        for value in STATUS_ORDER:
            self.status.addItem(status_icon(value), labels.commitment_status(value), value)
        # Several statuses at once: the last entry opens a list to tick them in.
        self.status.addItem(self.tr("Several statuses…"), SEVERAL)
        self.status.setItemData(self.status.count() - 1, self.tr("Tick several statuses"), Qt.ItemDataRole.ToolTipRole)
        _fit_to_items(self.status)
        self._several: frozenset[str] = frozenset()
        self.status_menu = QMenu(self)
        self.status_menu.setObjectName("status_menu")
        for value in STATUS_ORDER:
            action = self.status_menu.addAction(status_icon(value), labels.commitment_status(value))
            action.setCheckable(True)
            action.setData(value)
            action.toggled.connect(lambda _on: self._several_ticked())
        self.status.activated.connect(self._status_activated)
        self.overdue = QCheckBox(self.tr("Overdue only"), self)
        self.body = _combo(self, 200)
        self.body.setToolTip(self.tr("A body includes its subcommittees and working groups"))
        self.party = _combo(self, 150)
        self.sector = _combo(self, 120)
        self.agreement = _combo(self, 170)
        self.person = _combo(self, 140)
        self.person.setMinimumContentsLength(10)
        self.person.setObjectName("person_filter")
        self.person_role = _combo(self, 80)
        self.person_role.setObjectName("person_role_filter")
        for role_text, role in (
            (self.tr("Any part"), ""),
            (self.tr("Executes"), "executor"),
            (self.tr("Controls"), "controller"),
        ):
            self.person_role.addItem(role_text, role)
        _fit_to_items(self.person_role)
        self._me: int | None = None
        self.due_from = _date_edit(self)
        self.due_to = _date_edit(self)
        self.due_from.setToolTip(self.tr("Due on or after this date (— for no limit)"))
        self.due_to.setToolTip(self.tr("Due on or before this date (— for no limit)"))
        self.due_from.setMinimumWidth(110)
        self.due_to.setMinimumWidth(110)
        self.reset_button = QPushButton(self.tr("Clear filters"), self)
        self.reset_button.clicked.connect(self.reset)
        self._fill_empty()

        # Two groups side by side on a wide window; on a narrow one (below ~1250 px, or a language with longer
        # words) the date range and "Clear filters" wrap onto a second line instead of squeezing or overlapping.
        self.outer = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        self.outer.addLayout(layout, 1)
        self.outer.addLayout(dates)
        # The combos say what they filter ("Any body"), so only the date range needs captions.
        for combo, tip in (
            (self.body, self.tr("Body (includes its sub-bodies)")),
            (self.party, self.tr("Responsible party")),
            (self.sector, self.tr("Sector")),
            (self.agreement, self.tr("Agreement")),
        ):
            combo.setAccessibleName(tip)
            layout.addWidget(combo, 2 if combo in (self.body, self.agreement) else 1)
        # Who executes or controls it: with the dates, so a narrow window wraps them together onto the second line.
        for combo, tip in (
            (self.person, self.tr("Executor or controller")),
            (self.person_role, self.tr("Part they play")),
        ):
            combo.setAccessibleName(tip)
            dates.addWidget(combo)
        for text, edit in ((self.tr("Due from"), self.due_from), (self.tr("to"), self.due_to)):
            caption = QLabel(text, self)
            caption.setBuddy(edit)
            dates.addWidget(caption)
            dates.addWidget(edit)
        dates.addWidget(self.reset_button)
        dates.addStretch(0)
        self._groups = (layout, dates)

        for combo in (self.status, self.body, self.party, self.sector, self.agreement, self.person, self.person_role):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.overdue.toggled.connect(lambda _on: self.changed.emit())
        self.due_from.dateChanged.connect(lambda _d: self.changed.emit())
        self.due_to.dateChanged.connect(lambda _d: self.changed.emit())
        ctx.changed.connect(self._on_changed)
        # The choices are read when the page first reads its rows (``read_choices_once``): at start-up the
        # first screenful of the list is read and painted before them (they take ~0.2 s at 100,000).
        self._choices_asked = False

    @property
    def wrapped(self) -> bool:
        return self.outer.direction() == QBoxLayout.Direction.TopToBottom

    def one_line_width(self) -> int:
        first, second = self._groups
        return first.minimumSize().width() + self.outer.spacing() + second.sizeHint().width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= self.one_line_width()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.outer.direction() != direction:
            self.outer.setDirection(direction)
        super().resizeEvent(event)

    def _fill_empty(self) -> None:
        for combo, any_text in (
            (self.body, self.tr("Any body")),
            (self.party, self.tr("Any party")),
            (self.sector, self.tr("Any sector")),
            (self.agreement, self.tr("Any agreement")),
            (self.person, self.tr("Anyone")),
        ):
            combo.addItem(any_text, None)
        self.person.addItem(self.tr("My commitments"), MINE)

    # choices -----------------------------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        if change & (Change.BODIES | Change.PARTIES | Change.AGREEMENTS):
            kind = "all"
        elif change & Change.COMMITMENTS:
            kind = "commitments"  # a commitment's edit can bring a new sector or person, nothing else listed here
        else:
            return
        if self.on_screen():
            self.reload_choices(whole=kind == "all")
        elif self._choices_stale != "all":
            self._choices_stale = kind

    def shown(self) -> None:
        """The page is on screen again: read the choices that changed while it was not."""
        if self._choices_stale:
            whole, self._choices_stale = self._choices_stale == "all", ""
            self.reload_choices(whole=whole)

    def read_choices_once(self) -> None:
        """The first reading of the choices (later ones follow the changes)."""
        if not self._choices_asked:
            self.reload_choices()

    def reload_choices(self, whole: bool = True) -> None:
        self._choices_asked = True
        self._generation += 1
        generation = self._generation
        previous = self._choices
        query: Callable[[Database], FilterChoices] = load_choices
        if not whole and previous is not None:
            # At 100,000 commitments the bodies and agreements lists cost a query an edit does not need.
            def query(db: Database) -> FilterChoices:
                from desktop.services import commitment_list, people

                return replace(
                    previous, sectors=commitment_list.sectors(db), persons=people.choices(db), me=people.me(db)
                )

        run_query(self.ctx, query, lambda c: self._set_choices(generation, c), parent=self)

    def _set_choices(self, generation: int, choices: FilterChoices) -> None:
        if generation != self._generation:
            return
        self._parent_of = {b.id: b.parent_id for b in choices.bodies}
        self._me = choices.me
        depth: dict[int, int] = {}
        body_items = []
        for b in choices.bodies:  # parents come before their children
            depth[b.id] = depth.get(b.parent_id, -1) + 1 if b.parent_id is not None else 0
            body_items.append(("    " * depth[b.id] + choices.names.body(b.id, b.name), b.id))
        # Refilling must not count as the clerk changing the filter: block, refill, reselect.
        self._choices = choices
        for combo, items in (
            (self.body, body_items),
            (self.party, [(c.label, c.id) for c in choices.parties]),
            (self.agreement, [(c.label, c.id) for c in choices.agreements]),
            (self.sector, [(s, s) for s in choices.sectors]),
            (self.person, [(c.label, c.id) for c in choices.persons]),
        ):
            if self._items.get(id(combo)) == items:
                continue  # listed already: refilling thousands of agreements would hold the window for nothing
            self._items[id(combo)] = items
            current = combo.currentData()
            combo.blockSignals(True)
            keep = 2 if combo is self.person else 1  # "Anyone" and "My commitments" stay
            while combo.count() > keep:
                combo.removeItem(keep)
            for label, data in items:
                combo.addItem(label, data)
                combo.setItemData(combo.count() - 1, label.strip(), Qt.ItemDataRole.ToolTipRole)
            found = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)
            if current is not None and found < 0:
                self.changed.emit()  # the chosen record is gone; the filter widened
        mine = self.person.model().item(1)  # type: ignore[attr-defined]
        mine.setEnabled(self._me is not None)
        mine.setToolTip(
            ""
            if self._me is not None
            else self.tr("No person in the register has your login; add yourself as a person with your login")
        )
        if self.person.currentData() == MINE:
            self.changed.emit()  # "My commitments" now means the person just read
        self.choices_loaded.emit()

    def person_filter(self) -> tuple[int | None, str]:
        """The person and the part they play; "My commitments" is the signed-in user in any part."""
        chosen = self.person.currentData()
        if chosen == MINE:
            return (self._me if self._me is not None else 0), ""
        return chosen, (self.person_role.currentData() or "") if chosen is not None else ""

    def body_scope(self, body_id: int | None) -> set[int] | None:
        """The body and every body below it, from the tree the bar already holds."""
        if body_id is None:
            return None
        return {body_id, *descendants(body_id, self._parent_of)}

    # the filter --------------------------------------------------------------------------
    def filter(self, text: str = "") -> CommitmentFilter:
        person_id, person_role = self.person_filter()
        return CommitmentFilter(
            person_id=person_id,
            person_role=person_role,
            text=text,
            statuses=self._statuses(),
            overdue=self.overdue.isChecked(),
            body_id=self.body.currentData(),
            party_id=self.party.currentData(),
            sector=self.sector.currentData() or "",
            agreement_id=self.agreement.currentData(),
            due_after=self._date(self.due_from),
            due_before=self._date(self.due_to),
        )

    def _status_activated(self, index: int) -> None:
        if self.status.itemData(index) == SEVERAL:
            self.status_menu.popup(self.status.mapToGlobal(QPoint(0, self.status.height())))

    def _several_ticked(self) -> None:
        self._several = frozenset(str(a.data()) for a in self.status_menu.actions() if a.isChecked())
        self._name_several()
        if self.status.currentData() == SEVERAL:
            self.changed.emit()

    def _name_several(self) -> None:
        chosen = [labels.commitment_status(v) for v in STATUS_ORDER if v in self._several]
        index = self.status.findData(SEVERAL)
        self.status.setItemText(index, ", ".join(chosen) if chosen else self.tr("Several statuses…"))

    def _tick_several(self, statuses: frozenset[str]) -> None:
        for action in self.status_menu.actions():
            action.blockSignals(True)
            action.setChecked(str(action.data()) in statuses)
            action.blockSignals(False)
        self._several = frozenset(statuses)
        self._name_several()

    def _statuses(self) -> frozenset[str]:
        value = self.status.currentData() or ""
        if value == "open":
            return OPEN_STATUSES
        if value == SEVERAL:
            return self._several
        return frozenset({value}) if value else frozenset()

    @staticmethod
    def _date(edit: QDateEdit) -> date | None:
        value = edit.date()
        return None if value == NO_DATE else date(value.year(), value.month(), value.day())

    def set_filter(self, flt: CommitmentFilter) -> None:
        """Show ``flt`` in the widgets (the text is the page's)."""
        self.blockSignals(True)
        try:
            statuses = frozenset(flt.statuses)
            wanted = "open" if statuses == OPEN_STATUSES else next(iter(statuses)) if len(statuses) == 1 else ""
            if len(statuses) > 1 and wanted != "open":
                wanted = SEVERAL
                self._tick_several(statuses)
            self.status.setCurrentIndex(max(self.status.findData(wanted), 0))
            self.overdue.setChecked(flt.overdue)
            for combo, value in (
                (self.body, flt.body_id),
                (self.party, flt.party_id),
                (self.agreement, flt.agreement_id),
                (self.sector, flt.sector or None),
                (self.person, flt.person_id),
            ):
                combo.setCurrentIndex(max(combo.findData(value), 0))
            self.person_role.setCurrentIndex(max(self.person_role.findData(flt.person_role), 0))
            for edit, day in ((self.due_from, flt.due_after), (self.due_to, flt.due_before)):
                edit.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def reset(self) -> None:
        self.set_filter(CommitmentFilter())
