"""Progress reporting for long work (export, import) without any Qt.

A long service takes a ``Progress`` callable and calls it now and then; the callable raises
``Cancelled`` when the user pressed Cancel, so the service stops and cleans up.
"""

from __future__ import annotations

from typing import Protocol

from desktop.domain.errors import KelisimError


class Cancelled(KelisimError):
    def __init__(self, message: str = "cancelled by the user") -> None:
        super().__init__(message)


class Progress(Protocol):
    def __call__(self, done: int, total: int | None = None, message: str = "") -> None: ...


def no_progress(done: int, total: int | None = None, message: str = "") -> None:
    """The progress of a caller that shows none and never cancels."""
