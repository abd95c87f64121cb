"""The Audit page: the whole register's trail (services.audit), newest first, one line per changed field.

Filters (who, since, until, kind of record, and the filter box for a reference or a value) are sent to the
database; "Changes" on an agreement or a body opens this page on that one record. Fields read as their labels
and stored values in the window's language; "Export to Excel…" writes the lines as shown (text stays text)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop.domain.audit_words import KIND_WORDS, action_word, table_word
from desktop.domain.roles import Action
from desktop.services import access, audit
from desktop.services.audit import AuditLine
from desktop.storage.database import Database
from desktop.ui import labels
from desktop.ui.editors.widgets import DateField
from desktop.ui.i18n import text
from desktop.ui.operations import AppContext, Change, show_error
from desktop.ui.pages.list_page import TablePage, make_action
from desktop.ui.table_model import Column, field

RELOAD_DELAY_MS = 300  # typing in a filter box: one query once the typing pauses


class AuditPage(TablePage):
    name = "audit"
    change_mask = Change.ALL
    default_sort = (0, Qt.SortOrder.DescendingOrder)  # newest first

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.record: tuple[str, int, str] | None = None  # (table, id, label): one record's changes
        self._args: dict[str, Any] = {}
        self.who = QLineEdit()
        self.since = DateField()
        self.until = DateField()
        self.kind = QComboBox()
        super().__init__(ctx, parent)
        self.search.setPlaceholderText(self.tr("Reference or value (Ctrl+F)"))
        self.search.setObjectName("audit_text")
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        self.who.textChanged.connect(lambda _t: self._reload_timer.start())
        self.since.changed.connect(self._dates_changed)
        self.until.changed.connect(self._dates_changed)
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())

    def title(self) -> str:
        return self.tr("Audit")

    def noun(self) -> str:
        return self.tr("change")

    def can_create(self) -> bool:
        return False

    def columns(self) -> list[Column]:
        return [
            Column("at", self.tr("When"), field("order"), display=lambda r: labels.moment(r.entry.at), width=140),
            Column("who", self.tr("Who"), lambda r: r.entry.who, width=140, tooltip=True),
            Column("table", self.tr("What"), lambda r: text(table_word(r.entry.table)), width=120),
            Column("reference", self.tr("Record"), lambda r: r.entry.reference, width=200, tooltip=True),
            Column("action", self.tr("Action"), lambda r: text(action_word(r.entry.action)), width=90),
            Column("field", self.tr("Field"), lambda r: text(r.field), width=140),
            Column("old", self.tr("Old value"), lambda r: text(r.old), width=200, tooltip=True),
            Column("new", self.tr("New value"), lambda r: text(r.new), width=260, tooltip=True),
        ]

    def filter_widgets(self) -> list[QWidget]:
        self.who.setObjectName("audit_who")
        self.who.setClearButtonEnabled(True)
        self.who.setPlaceholderText(self.tr("Who"))
        self.who.setMaximumWidth(180)
        # Never narrower than its placeholder in any language (plus the clear button and frame).
        self.who.setMinimumWidth(self.who.fontMetrics().horizontalAdvance(self.who.placeholderText()) + 40)
        self.kind.setObjectName("audit_kind")
        self.kind.addItem(self.tr("All records"), "")
        for key, words in KIND_WORDS.items():
            self.kind.addItem(text(words), key)
        self.since.setObjectName("audit_since")
        self.until.setObjectName("audit_until")
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("audit_export")
        self.export_button.setToolTip(self.tr("Write the changes shown here to an Excel workbook"))
        self.export_button.clicked.connect(lambda: self.export())
        return [
            self.who,
            QLabel(self.tr("Since")),
            self.since,
            QLabel(self.tr("until")),
            self.until,
            self.kind,
            self.export_button,
        ]

    def filter_rows(self) -> list[QWidget]:
        # "Changes of agreement 2024/15 ✕": shown while the page shows one record.
        self.record_bar = QWidget()
        bar = QHBoxLayout(self.record_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.record_label = QLabel()
        self.record_label.setObjectName("audit_record")
        self.all_button = QPushButton(self.tr("Show every record"))
        self.all_button.setObjectName("audit_all")
        self.all_button.clicked.connect(lambda: self.show_record(None))
        bar.addWidget(self.record_label, 1)
        bar.addWidget(self.all_button)
        self.record_bar.hide()
        return [self.record_bar]

    def build_layout(self, view: Any, filter_widgets: Any = (), extra_rows: Any = ()) -> None:
        self.act_export = make_action(self, self.tr("Export to Excel…"), lambda: self.export())
        super().build_layout(view, filter_widgets, extra_rows)

    def view_actions(self) -> list[QAction]:
        return []

    def context_actions(self) -> list[QAction | None]:
        return [self.act_export]

    def _update_actions(self) -> None:
        self.act_edit.setEnabled(False)
        self.act_delete.setEnabled(False)

    # filters -----------------------------------------------------------------------------
    def _dates_changed(self) -> None:
        if self.since.problem() is None and self.until.problem() is None:
            self._reload_timer.start()

    def apply_filter(self, narrowing: bool = False) -> None:
        self._filter_timer.stop()
        self._reload_timer.start()

    def predicate(self) -> Callable[[Any], bool] | None:
        return None  # every filter is applied by the database

    def show_record(self, record: tuple[str, int, str] | None) -> None:
        """Only this record's changes ((table, id, label)), or the whole register's (None)."""
        self.record = record
        if record is not None:
            self.record_label.setText(
                self.tr("Changes of {0} “{1}”").format(text(table_word(record[0])).lower(), record[2])
            )
        self.record_bar.setVisible(record is not None)
        self.reload()

    def query_args(self) -> dict[str, Any]:
        since: date | None = self.since.date_or_none()
        until: date | None = self.until.date_or_none()
        table, record_id = (self.record[0], self.record[1]) if self.record else ("", None)
        return {
            "table": table,
            "record_id": record_id,
            "who": self.who.text().strip(),
            "since": since,
            "until": until,
            "kind": str(self.kind.currentData() or ""),
            "text": self.search.text().strip(),
        }

    def reload(self) -> None:
        self._reload_timer.stop()
        self._args = self.query_args()  # read on the GUI thread; the query runs on the worker
        super().reload()

    def query(self, db: Database) -> list[AuditLine]:
        if not self._args.get("record_id") and not access.allowed(db, Action.AUDIT):
            return []  # a clerk: the sidebar says why; one record's Changes stay open
        return audit.record_trail(db, **self._args)

    def current_id(self) -> int | None:
        return None  # lines are read, not edited: no record action applies

    # export ------------------------------------------------------------------------------
    def export(self, path: Path | None = None) -> Path | None:
        """The lines shown, in the order and columns shown, to a workbook (asks where unless ``path``)."""
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the audit trail"),
                f"audit-{date.today().isoformat()}.xlsx",
                QCoreApplication.translate("BulkActions", "Excel workbook (*.xlsx)"),
            )
            if not name:
                return None
            path = Path(name)
        from desktop.reports.selection import write_table

        headers, cells = self.shown_table()
        try:
            write_table(path, headers, cells, title=self.tr("Audit"))
        except OSError as exc:
            show_error(self, exc)
            return None
        return path
