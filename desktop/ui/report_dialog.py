"""The export dialog: edition, as-of day, changes since, title, history, cover block, open when done.

The choices are remembered per register (one settings entry keyed by the register's label), so a
manager who prints the same briefing every week opens the dialog to last week's answers.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from desktop.ui.settings import app_settings


@dataclass
class ReportChoices:
    edition: str = "full"  # "full" or "briefing"
    as_of: str = ""  # ISO day, "" for today as it is now
    since: str = ""  # ISO day, "" for the previous report of the same selection
    title: str = ""
    with_history: bool = False
    open_when_done: bool = True
    classification: str = ""
    prepared_by: str = ""
    approved_by: str = ""

    def as_of_day(self) -> date | None:
        return date.fromisoformat(self.as_of) if self.as_of else None

    def since_day(self) -> date | None:
        return date.fromisoformat(self.since) if self.since else None


def _key(register: str) -> str:
    return "export/choices/" + hashlib.sha256(register.encode("utf-8")).hexdigest()[:16]


def load_choices(register: str) -> ReportChoices:
    raw = app_settings().value(_key(register), "")
    try:
        found = json.loads(raw) if isinstance(raw, str) and raw else {}
        known = {k: v for k, v in found.items() if k in ReportChoices.__dataclass_fields__}
        return ReportChoices(**known)
    except (TypeError, ValueError):
        return ReportChoices()


def save_choices(register: str, choices: ReportChoices) -> None:
    app_settings().setValue(_key(register), json.dumps(asdict(choices)))


class ReportDialog(QDialog):
    """Asks how the report should be made; ``choices()`` reads the answers."""

    def __init__(self, parent: QWidget | None, kind: str, choices: ReportChoices) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Excel export") if kind == "xlsx" else self.tr("PDF report"))
        form = QFormLayout(self)
        self.edition = QComboBox()
        self.edition.addItem(self.tr("Full: every commitment by body"), "full")
        self.edition.addItem(self.tr("Briefing: figures, overdue, changes (1-3 pages)"), "briefing")
        self.edition.setCurrentIndex(max(0, self.edition.findData(choices.edition)))
        form.addRow(self.tr("Edition:"), self.edition)
        self.as_of_box, self.as_of = self._day_row(choices.as_of, self.tr("As the register stood on"))
        form.addRow(self.tr("As of:"), self._pair(self.as_of_box, self.as_of))
        self.since_box, self.since = self._day_row(choices.since, self.tr("Changes since"))
        self.since_box.setToolTip(self.tr("Unticked: since the previous report of the same selection"))
        form.addRow(self.tr("Briefing:"), self._pair(self.since_box, self.since))
        self.title = QLineEdit(choices.title)
        self.title.setPlaceholderText(self.tr("Status report on commitments"))
        form.addRow(self.tr("Title:"), self.title)
        self.classification = QLineEdit(choices.classification)
        self.classification.setPlaceholderText(self.tr("e.g. For official use (printed on every page)"))
        form.addRow(self.tr("Classification:"), self.classification)
        self.prepared_by = QLineEdit(choices.prepared_by)
        form.addRow(self.tr("Prepared by:"), self.prepared_by)
        self.approved_by = QLineEdit(choices.approved_by)
        form.addRow(self.tr("Approved by:"), self.approved_by)
        for box in (self.title, self.classification):  # the hint whole, in every language
            box.setMinimumWidth(box.fontMetrics().horizontalAdvance(box.placeholderText()) + 24)
        self.with_history = QCheckBox(self.tr("Add the History sheet (every status change)"))
        self.with_history.setChecked(choices.with_history)
        self.with_history.setVisible(kind == "xlsx")
        form.addRow(self.with_history)
        self.open_when_done = QCheckBox(self.tr("Open the report when it is ready"))
        self.open_when_done.setChecked(choices.open_when_done)
        form.addRow(self.open_when_done)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.edition.currentIndexChanged.connect(self._follow_edition)
        self._follow_edition()

    def _day_row(self, value: str, text: str) -> tuple[QCheckBox, QDateEdit]:
        box = QCheckBox(text)
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        day = date.fromisoformat(value) if value else date.today()
        edit.setDate(QDate(day.year, day.month, day.day))
        box.setChecked(bool(value))
        edit.setEnabled(bool(value))
        box.toggled.connect(edit.setEnabled)
        return box, edit

    @staticmethod
    def _pair(first: QWidget, second: QWidget) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(first)
        row.addWidget(second)
        return holder

    def _follow_edition(self) -> None:
        briefing = self.edition.currentData() == "briefing"
        self.since_box.setEnabled(briefing)
        self.since.setEnabled(briefing and self.since_box.isChecked())

    @staticmethod
    def _iso(box: QCheckBox, edit: QDateEdit) -> str:
        if not box.isChecked():
            return ""
        value: Any = edit.date()
        return date(value.year(), value.month(), value.day()).isoformat()

    def choices(self) -> ReportChoices:
        return ReportChoices(
            edition=str(self.edition.currentData()),
            as_of=self._iso(self.as_of_box, self.as_of),
            since=self._iso(self.since_box, self.since),
            title=self.title.text().strip(),
            with_history=self.with_history.isChecked(),
            open_when_done=self.open_when_done.isChecked(),
            classification=self.classification.text().strip(),
            prepared_by=self.prepared_by.text().strip(),
            approved_by=self.approved_by.text().strip(),
        )
