"""Progress reporting for long work (export, import) without any Qt.

A long service takes a ``Progress`` callable and calls it now and then; the callable raises
``Cancelled`` when the user pressed Cancel, so the service stops and cleans up.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from desktop.domain.errors import KelisimError
from desktop.domain.messages import Message

# What long work is doing, in words: a Message the window or the command line renders in the reader's
# language (or text a report already rendered in its own).
ProgressText = Message | str


class Cancelled(KelisimError):
    def __init__(self, message: Message | str | None = None) -> None:
        super().__init__(message or Message("cancelled by the user"))


class Progress(Protocol):
    def __call__(self, done: int, total: int | None = None, message: ProgressText = "") -> None: ...


def no_progress(done: int, total: int | None = None, message: ProgressText = "") -> None:
    """The progress of a caller that shows none and never cancels."""


class CancelFlag(Protocol):
    def is_set(self) -> bool: ...


class ThrottledProgress:
    """A ``Progress`` that raises Cancelled once ``cancel`` is set and passes on at most one report
    per ``min_interval_s`` (and always the last), so a busy loop never floods the window."""

    def __init__(
        self, cancel: CancelFlag, send: Callable[[int, int | None, ProgressText], None], min_interval_s: float = 0.05
    ) -> None:
        self._cancel, self._send, self._interval = cancel, send, min_interval_s
        self._last = 0.0

    def report_now(self, done: int, total: int | None = None, message: ProgressText = "") -> None:
        """Send this report whatever the interval (a cue the window must see)."""
        self._last = 0.0
        self(done, total, message)

    def __call__(self, done: int, total: int | None = None, message: ProgressText = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        now = time.monotonic()
        if now - self._last >= self._interval or (total is not None and done >= total):
            self._last = now
            self._send(done, total, message)
