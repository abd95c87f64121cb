"""Reminders in the window: the number of My work items in the title bar, kept current as the register changes,
and once a day, at start-up, a system tray notification saying how many items need the signed-in person.

The day a notification was shown is remembered per register in the settings, so opening the register again the
same day says nothing, and another register still gets its own. Where the desktop has no system tray (or offscreen),
the decision is made and remembered all the same and the status bar says it instead.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QSystemTrayIcon

from desktop.ui import settings
from desktop.ui.my_work import MyWork, load_my_work
from desktop.ui.operations import AppContext, Change, run_query

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

REFRESH_DELAY_MS = 400  # changes arriving together (a bulk action, live refresh) count once


log = logging.getLogger(__name__)


def shown_option(register: str) -> settings.Option[str]:
    """The day (ISO) the reminder notification was last shown for ``register`` (its file or server address)."""
    key = "reminders/shown/" + hashlib.sha256(register.encode("utf-8")).hexdigest()[:16]
    existing = settings.declared().get(key)
    return existing if existing is not None else settings.Option(key, str, "")


def should_notify(last_shown: str, today: date, count: int) -> bool:
    """Once a day, and only when something needs the person."""
    return count > 0 and last_shown != today.isoformat()


class Reminders(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx: AppContext = window.ctx
        self.base_title = window.windowTitle()
        self.count: int | None = None  # My work items, once read
        self.notified: str = ""  # the text of the notification shown at this start-up ("" when none)
        self.tray: QSystemTrayIcon | None = None
        self._started = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.ctx.changed.connect(self._on_changed)
        self.refresh()

    def register(self) -> str:
        return str(self.ctx.db.label)

    def _on_changed(self, change: Change) -> None:
        if change & (Change.COMMITMENTS | Change.HISTORY):
            self._timer.start()

    def refresh(self) -> None:
        run_query(self.ctx, load_my_work, self._show, parent=self.window, on_failure=self._failed)

    def _failed(self, error: BaseException) -> None:
        # Only the title bar's count is missing (My work itself says why when opened): logged, not shown.
        log.warning("could not count My work for the title bar", exc_info=error)

    def _show(self, work: MyWork) -> None:
        self.count = len(work.items)
        self.window.setWindowTitle(self.title(self.count))
        if not self._started:
            self._started = True
            self.at_start_up(self.count, date.today())

    def title(self, count: int) -> str:
        if count <= 0:
            return self.base_title
        return self.tr("{0} — My work: %n item(s)", "", count).format(self.base_title)

    def at_start_up(self, count: int, today: date) -> bool:
        """Show the day's notification if it is due; True when shown."""
        option = shown_option(self.register())
        if not should_notify(option.get(), today, count):
            return False
        option.set(today.isoformat())
        self.notified = self.tr("%n item(s) in My work need you: overdue, due soon, to accept or returned.", "", count)
        title = self.tr("Kelisim reminders")
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(self.window.windowIcon(), self)
            self.tray.setToolTip(title)
            self.tray.messageClicked.connect(self.window.show_my_work)
            self.tray.show()
            self.tray.showMessage(title, self.notified, QSystemTrayIcon.MessageIcon.Information, 10_000)
        else:
            self.window.statusBar().showMessage(self.notified, 15_000)
        return True


def install(window: MainWindow) -> Reminders:
    reminders = Reminders(window)
    window.reminders = reminders  # type: ignore[attr-defined]
    return reminders
