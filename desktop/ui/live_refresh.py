"""Clerks see each other's work: a change committed by anyone on the register reaches this window within
about a second, as the same Change notice the window's own edits send, so the pages reload keeping the
selection, sort, filter and scroll position (list_page.TablePage) and open record pages refresh.

The watcher (services.live) is asked every ``INTERVAL_MS`` on the GUI thread; asking never blocks."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

from desktop.services import live
from desktop.ui.operations import Change

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)
INTERVAL_MS = 500

TABLE_CHANGES: dict[str, Change] = {
    "party": Change.PARTIES,
    "agreement": Change.AGREEMENTS,
    "agreement_party": Change.AGREEMENTS,
    "signatory": Change.AGREEMENTS,
    "body": Change.BODIES,
    "body_party": Change.BODIES,
    "co_chair": Change.BODIES,
    "commitment": Change.COMMITMENTS,
    "deadline_extension": Change.COMMITMENTS,
    "status_change": Change.HISTORY | Change.COMMITMENTS | Change.AGREEMENTS,
    "trash": Change.ALL,
}


def change_of(tables: set[str]) -> Change:
    change = Change.NONE
    for table in tables:
        change |= TABLE_CHANGES.get(table, Change.ALL if table == live.ANY_TABLE else Change.NONE)
    return change


class LiveRefresh(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.noticed = 0  # changes passed on (tests read it)
        self.watcher: live.Watcher | None = None
        try:
            self.watcher = live.watch(window.ctx.db)
        except Exception:  # the window works without it (Refresh); say so in the log
            log.warning("live refresh is off: the register cannot be watched", exc_info=True)
            return
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        window.installEventFilter(self)

    def poll(self) -> None:
        if self.watcher is None:
            return
        try:
            tables = self.watcher.changes()
        except Exception:  # a dropped connection: stop watching, keep the window
            log.warning("live refresh stopped", exc_info=True)
            self.stop()
            return
        change = change_of(tables)
        if change != Change.NONE:
            self.noticed += 1
            self.window.ctx.notify(change)

    def stop(self) -> None:
        if hasattr(self, "timer"):
            self.timer.stop()
        if self.watcher is not None:
            watcher, self.watcher = self.watcher, None
            try:
                watcher.close()
            except Exception:  # closing a broken connection
                log.debug("closing the watcher failed", exc_info=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.stop()
        return False


def install(window: MainWindow) -> LiveRefresh:
    refresh = LiveRefresh(window)
    window.live_refresh = refresh  # type: ignore[attr-defined]
    return refresh
