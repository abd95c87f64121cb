"""The garbage collector on the GUI thread while the window runs (``desktop/collector.py`` says why).

``collect_here()`` before the window is made, ``stop_collecting_here()`` once it is closed: between the two,
automatic collection is off and a timer on the GUI thread runs what it would have run, by its thresholds.
Anki's window does the same for the same reason (Qt crashing when the collector ran on another thread).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer

from desktop import collector

INTERVAL_MS = 200  # a collection of the youngest objects is cheap; they wait at most this long for it


class _Timer(QObject):
    def __init__(self, app: QObject) -> None:
        super().__init__(app)  # lives on the application's (the GUI) thread
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(collector.collect_due)


_timer: _Timer | None = None


def collect_here() -> None:
    """From now on the collector runs only on this (the GUI) thread, until ``stop_collecting_here``."""
    global _timer
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("the collector runs on the GUI thread's event loop: make the application first")
    if _timer is None or not shiboken6.isValid(_timer):  # none yet, or gone with an earlier application
        _timer = _Timer(app)
    collector.take_over()
    _timer.timer.start()


def stop_collecting_here() -> None:
    """The collector runs by itself again (after the last ``collect_here`` is matched)."""
    collector.give_back()
    if not collector.taken_over() and _timer is not None and shiboken6.isValid(_timer):
        _timer.timer.stop()
