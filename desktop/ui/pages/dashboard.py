"""The Dashboard: the register at a glance, for the manager who opens Kelisim in the morning.

Big figures (each a link to the matching commitments), the status chart, progress per body,
and what is overdue or due within 30 days (Enter or double-click opens the commitment).
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import OPEN_COMMITMENT_STATUSES
from desktop.domain.filters import CommitmentFilter
from desktop.domain.messages import Message
from desktop.services import dashboard
from desktop.services.dashboard import BodyProgress, DashboardData, DueItem
from desktop.services.lookups import LocalNames, local_names
from desktop.storage.database import Database
from desktop.ui import labels
from desktop.ui.i18n import current_language, day, number, percent, text
from desktop.ui.operations import AppContext, Change, run_query
from desktop.ui.pages.common import ProgressDelegate, status_icon
from desktop.ui.pages.list_page import BasePage, configure_view, make_action, set_column_widths
from desktop.ui.status_chart import StatusChart
from desktop.ui.style import ACCENT_COLOUR, DUE_SOON_COLOUR, MUTED_COLOUR, OVERDUE_COLOUR
from desktop.ui.table_model import RIGHT, Column, RowTableModel, field


class FigureCard(QFrame):
    """A big number with its caption; clicking it shows the matching records."""

    clicked = Signal()

    def __init__(self, caption: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(
            f"#figureCard {{ background: white; border: 1px solid #dfe5e8; border-radius: 6px;"
            f" border-left: 4px solid {colour}; }}"
        )
        self.value = QLabel("–", self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setStyleSheet(f"color: {colour}; border: none;")
        self.caption = QLabel(caption, self)
        # A narrow window squeezes the captions rather than pushing the cards off-screen.
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.caption.setToolTip(caption)
        self.setMinimumWidth(100)
        self.caption.setStyleSheet(f"color: {MUTED_COLOUR}; border: none;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, value: int) -> None:
        self.value.setText(number(value))  # 30 000 in Russian and Kazakh, 30,000 in English

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


def _list_view(parent: QWidget, model: RowTableModel) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    configure_view(view)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(max(view.fontMetrics().height() + 10, 24))
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    set_column_widths(view, [column.width for column in model.columns])
    return view


class DashboardPage(BasePage):
    name = "dashboard"
    change_mask = Change.ALL
    show_commitments = Signal(object)  # a CommitmentFilter: the window shows the Commitments page with it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.names = LocalNames()  # filled by _query() off the GUI thread
        super().__init__(ctx, parent)
        self.data: DashboardData | None = None
        self.cards = {
            "total": FigureCard(self.tr("Commitments"), ACCENT_COLOUR),
            "overdue": FigureCard(self.tr("Overdue"), OVERDUE_COLOUR),
            "due_soon": FigureCard(self.tr("Due within 30 days"), DUE_SOON_COLOUR),
            "completed": FigureCard(self.tr("Completed"), "#2e7d32"),
            "agreements": FigureCard(self.tr("Agreements"), "#455a64"),
            "bodies": FigureCard(self.tr("Bodies"), "#455a64"),
        }
        # The control of execution, judged against each commitment's original deadline (rules.executed_on_time).
        self.control_cards = {
            "executed_on_time": FigureCard(self.tr("Executed on time"), "#2e7d32"),
            "executed_late": FigureCard(self.tr("Executed late"), OVERDUE_COLOUR),
            "moved_deadlines": FigureCard(self.tr("Deadlines moved"), DUE_SOON_COLOUR),
            "on_control": FigureCard(self.tr("On control"), "#455a64"),
            "waiting_acceptance": FigureCard(self.tr("Waiting for acceptance"), DUE_SOON_COLOUR),
        }
        self.cards["total"].clicked.connect(lambda: self.show_commitments.emit(CommitmentFilter()))
        self.cards["overdue"].clicked.connect(lambda: self.show_commitments.emit(CommitmentFilter(overdue=True)))
        self.cards["completed"].clicked.connect(
            lambda: self.show_commitments.emit(CommitmentFilter(statuses=frozenset({"completed"})))
        )
        self.cards["due_soon"].clicked.connect(self._show_due_soon)
        self.chart = StatusChart(self)

        due_columns = [
            Column(
                "due_date",
                self.tr("Due"),
                field("due_date"),  # ISO text: sorts by date
                display=lambda r: day(date.fromisoformat(r.due_date)) if r.due_date else "",
                width=95,
            ),
            Column("title", self.tr("Commitment"), field("title"), width=330, tooltip=True),
            Column(
                "status",
                self.tr("Status"),
                field("status"),
                display=lambda r: labels.commitment_status(r.status),
                decoration=lambda r: status_icon(r.status),
                width=110,
            ),
            Column(
                "body",
                self.tr("Body"),
                lambda r: self.names.body(r.body_id, r.body) if r.body else "",
                width=170,
                tooltip=True,
            ),
        ]
        self.overdue_model = RowTableModel(due_columns, parent=self)
        self.due_soon_model = RowTableModel(due_columns, parent=self)
        self.overdue_view = _list_view(self, self.overdue_model)
        self.due_soon_view = _list_view(self, self.due_soon_model)
        for view in (self.overdue_view, self.due_soon_view):
            view.doubleClicked.connect(lambda index, v=view: self._open(v, index.row()))
            action = make_action(view, self.tr("Open"), partial(self._open_current, view), ["Return", "Enter"])
            view.addAction(action)
            view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.body_model = RowTableModel(
            [
                Column(
                    "body",
                    self.tr("Body"),
                    lambda r: self.names.body(r.body_id, r.body) if r.body else self.tr("(no body)"),
                    width=280,
                    tooltip=True,
                ),
                Column("commitments", self.tr("Commitments"), field("commitments"), align=RIGHT, width=100),
                Column("completed", self.tr("Completed"), field("completed"), align=RIGHT, width=90),
                Column("overdue", self.tr("Overdue"), field("overdue"), align=RIGHT, width=100),
                Column(
                    "progress",
                    self.tr("Average progress"),
                    field("average_progress"),
                    display=lambda r: percent(round(r.average_progress)),
                    align=RIGHT,
                    width=150,
                ),
            ],
            id_of=lambda r: r.body_id if r.body_id is not None else 0,
            parent=self,
        )
        self.body_view = _list_view(self, self.body_model)
        self.body_view.setItemDelegateForColumn(4, ProgressDelegate(self.body_view))
        self.body_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._build_layout()

    def _build_layout(self) -> None:
        content = QWidget(self)
        grid = QVBoxLayout(content)
        grid.setContentsMargins(12, 12, 12, 12)
        grid.setSpacing(12)
        cards = QHBoxLayout()
        cards.setSpacing(10)
        for card in self.cards.values():
            cards.addWidget(card)
        grid.addLayout(cards)
        control = QHBoxLayout()
        control.setSpacing(10)
        for card in self.control_cards.values():
            control.addWidget(card)
        grid.addLayout(control)

        middle = QGridLayout()
        middle.setSpacing(12)
        chart_box = self._box(self.tr("Commitments by status"), self.chart)
        body_box = self._box(self.tr("Progress by body"), self.body_view)
        middle.addWidget(chart_box, 0, 0)
        middle.addWidget(body_box, 0, 1)
        middle.setColumnStretch(0, 2)
        middle.setColumnStretch(1, 3)
        grid.addLayout(middle, 2)

        lists = QGridLayout()
        lists.setSpacing(12)
        lists.addWidget(self._box(self.tr("Overdue"), self.overdue_view), 0, 0)
        lists.addWidget(self._box(self.tr("Due within 30 days"), self.due_soon_view), 0, 1)
        grid.addLayout(lists, 3)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _box(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(widget)
        return box

    def title(self) -> str:
        return self.tr("Dashboard")

    # data --------------------------------------------------------------------------------
    def reload(self) -> None:
        generation = self._next_generation()
        run_query(self.ctx, self._query, lambda data: self._show(generation, data), parent=self)

    def _query(self, db: Database) -> Any:
        self.names = local_names(db, current_language())  # body names in the interface language where stored
        return dashboard.load(db)

    def _show(self, generation: int, data: DashboardData) -> None:
        if generation != self._generation:
            return
        self.data = data
        self.cards["total"].set_value(data.total)
        self.cards["overdue"].set_value(data.overdue)
        self.cards["due_soon"].set_value(data.due_soon)
        self.cards["completed"].set_value(data.by_status.get("completed", 0))
        self.cards["agreements"].set_value(data.agreements)
        self.cards["bodies"].set_value(data.bodies)
        self.control_cards["executed_on_time"].set_value(data.executed_on_time)
        self.control_cards["executed_late"].set_value(data.executed_late)
        self.control_cards["moved_deadlines"].set_value(data.moved_deadlines)
        self.control_cards["on_control"].set_value(data.on_control)
        self.control_cards["waiting_acceptance"].set_value(data.waiting_acceptance)
        self.chart.set_counts(data.by_status)
        self.overdue_model.set_rows(data.overdue_items)
        self.due_soon_model.set_rows(data.due_soon_items)
        self.body_model.set_rows(data.per_body)
        self._mark_loaded()

    def counts_text(self) -> str:
        if self.data is None:
            return ""
        total = Message("%n commitment(s)", n=self.data.total)
        return text(Message("{0}, {1}", total, Message("%n overdue", n=self.data.overdue)))

    def _show_due_soon(self) -> None:
        from datetime import timedelta

        from desktop.domain.rules import DUE_SOON_DAYS

        today = date.today()
        self.show_commitments.emit(
            CommitmentFilter(
                statuses=OPEN_COMMITMENT_STATUSES,
                due_after=today,
                due_before=today + timedelta(days=DUE_SOON_DAYS),
            )
        )

    def _open(self, view: QTableView, row: int) -> None:
        model = view.model()
        if isinstance(model, RowTableModel) and 0 <= row < model.rowCount():
            item: Any = model.row(row)
            if isinstance(item, DueItem):
                from desktop.ui import editors  # imported when first used: the window paints first

                editors.show_commitment(self, self.ctx, item.id)

    def _open_current(self, view: QTableView) -> None:
        index = view.currentIndex()
        if index.isValid():
            self._open(view, index.row())

    def body_rows(self) -> list[BodyProgress]:
        return self.body_model.all_rows()
