"""Work that waits until a page is on screen: ``after_painted(page, then)``.

Start-up paints the clerk's page first; building the other pages, the extensions' menus and the background
checks come after. ``then`` runs once, two turns of the event loop after the page's list first paints rows —
or paints at all once the page has loaded (an empty list) — so the paint and whatever it queued go first.
A page without a list, or a list not on screen, waits for the page's ``loaded`` instead; a window that never
paints (minimised) gets ``then`` after ``FALLBACK_MS`` all the same.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 3000


class FirstPaint(QObject):
    def __init__(self, page: QWidget, then: Callable[[], None]) -> None:
        super().__init__(page)
        self.page, self.then, self.done = page, then, False
        self.view = getattr(page, "view", None)
        self.viewport = self.view.viewport() if self.view is not None else None
        if self.viewport is not None and self.viewport.isVisible():
            self.viewport.installEventFilter(self)
            QTimer.singleShot(FALLBACK_MS, self, self._soon)
        else:
            self.viewport = None
            page.loaded.connect(self._soon)  # type: ignore[attr-defined]
            if page.is_loaded:  # type: ignore[attr-defined]
                self._soon()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport and event.type() == QEvent.Type.Paint and not self.done:
            model = self.view.model()  # type: ignore[union-attr]
            if (model is not None and model.rowCount() > 0) or self.page.is_loaded:  # type: ignore[attr-defined]
                self._soon()  # the paint runs after the filter returns; the timers after the paint
        return False

    def _soon(self) -> None:
        if self.done:
            return
        self.done = True
        if self.viewport is not None:
            self.viewport.removeEventFilter(self)
        QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self.then))


def after_painted(page: QWidget, then: Callable[[], None]) -> FirstPaint:
    """Run ``then`` once ``page`` is painted (see the module's text); the returned object lives with the page."""
    return FirstPaint(page, then)
