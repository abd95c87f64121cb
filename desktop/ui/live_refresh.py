"""Clerks see each other's work: a change committed by anyone on the register reaches this window within
about a second, as the same Change notice the window's own edits send, so the pages reload keeping the
selection, sort, filter and scroll position (list_page.TablePage) and open record pages refresh.

The watcher (services.live) is asked every ``INTERVAL_MS`` on the GUI thread; asking never blocks."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

from desktop.services import changes, live
from desktop.ui.operations import Change

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)
INTERVAL_MS = 500


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
        change = changes.of_tables(tables)  # the same words as the window's own edits (services.changes)
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
