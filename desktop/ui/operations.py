"""Every database call from the window goes through here, off the GUI thread.

``run_query`` reads; ``run_op`` writes and then announces what changed through
``AppContext.changed``, the one notice every page listens to; ``run_long`` adds a progress
dialog with Cancel for exports and imports. Errors the user can fix are shown as they are;
any other error is logged with its traceback and the user is told where the log is.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from enum import Flag, auto
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.domain.errors import ConflictError, KelisimError
from desktop.services.progress import Cancelled, ThrottledProgress
from desktop.storage.database import Database
from desktop.storage.paths import log_path
from desktop.ui.i18n import error_text

log = logging.getLogger(__name__)
T = TypeVar("T")


class Change(Flag):
    NONE = 0
    PARTIES = auto()
    AGREEMENTS = auto()
    BODIES = auto()
    COMMITMENTS = auto()
    HISTORY = auto()
    ALL = PARTIES | AGREEMENTS | BODIES | COMMITMENTS | HISTORY


class AppContext(QObject):
    """The open register and the notices about it, shared by every page."""

    changed = Signal(object)  # a Change
    busy_changed = Signal(bool)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.pool = QThreadPool(self)
        # One worker: writes land in the order the clerk made them.
        self.pool.setMaxThreadCount(1)
        # Exports and imports run beside it, so the lists keep answering meanwhile.
        self.long_pool = QThreadPool(self)
        self.long_pool.setMaxThreadCount(2)
        self._pending = 0
        self._relays: set[_Relay] = set()
        # This session's edits, status changes and bulk actions, undone (Ctrl+Z) through the services.
        self.undo_stack = QUndoStack(self)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def notify(self, change: Change) -> None:
        self.changed.emit(change)

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Block until every queued operation has run (for the command line and tests)."""
        return self.pool.waitForDone(timeout_ms) and self.long_pool.waitForDone(timeout_ms)

    def _track(self, relay: _Relay, delta: int) -> None:
        if delta > 0:
            self._relays.add(relay)
        else:
            self._relays.discard(relay)
        was_busy = self.busy
        self._pending += delta
        if was_busy != self.busy:
            self.busy_changed.emit(self.busy)


class _Relay(QObject):
    """Carries a worker's result back to the GUI thread."""

    finished = Signal(object, object)

    def __init__(self, on_done: Callable[[Any, BaseException | None], None]) -> None:
        super().__init__()
        self._on_done = on_done
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object)
    def _deliver(self, result: Any, error: BaseException | None) -> None:
        self._on_done(result, error)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # noqa: BLE001  delivered to the GUI thread, which decides
            self._relay.finished.emit(None, exc)
        else:
            self._relay.finished.emit(result, None)


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """Show a fixable error as it is; log anything else with its traceback."""
    if isinstance(error, Cancelled):
        return
    if isinstance(error, ConflictError):
        QMessageBox.warning(
            parent, title or QCoreApplication.translate("QObject", "Changed by someone else"), error_text(error)
        )
    elif isinstance(error, KelisimError):
        QMessageBox.warning(parent, title or QCoreApplication.translate("QObject", "Cannot do that"), error_text(error))
    else:
        log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
        QMessageBox.critical(
            parent,
            title or QCoreApplication.translate("QObject", "Unexpected error"),
            QCoreApplication.translate(
                "QObject", "Something went wrong: {0}\n\nThe details were written to {1}"
            ).format(error, log_path()),
        )


def _submit(
    ctx: AppContext,
    work: Callable[[], T],
    on_success: Callable[[T], None] | None,
    on_failure: Callable[[BaseException], None] | None,
    parent: QWidget | None,
    change: Change,
    pool: QThreadPool | None = None,
) -> None:
    def done(result: Any, error: BaseException | None) -> None:
        if not shiboken6.isValid(ctx):
            return  # the window closed while the worker ran (e.g. a Delete check of the last selection)
        ctx._track(relay, -1)
        if error is not None:
            if on_failure is not None:
                on_failure(error)
            else:
                show_error(parent, error)
            return
        if change != Change.NONE:
            ctx.notify(change)
        if on_success is not None:
            on_success(result)

    relay = _Relay(done)
    ctx._track(relay, +1)
    (pool or ctx.pool).start(_Job(work, relay))


def run_query(
    ctx: AppContext,
    query: Callable[[Database], T],
    on_success: Callable[[T], None],
    *,
    parent: QWidget | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
) -> None:
    _submit(ctx, lambda: query(ctx.db), on_success, on_failure, parent, Change.NONE)


def run_op(
    ctx: AppContext,
    op: Callable[[Database], T],
    change: Change,
    *,
    on_success: Callable[[T], None] | None = None,
    parent: QWidget | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
) -> None:
    _submit(ctx, lambda: op(ctx.db), on_success, on_failure, parent, change)


class ProgressRelay(QObject):
    """Thread-safe progress callable for services: reports to a dialog, raises Cancelled."""

    progressed = Signal(int, int, str)

    def __init__(self, min_interval_s: float = 0.05) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self._throttle = ThrottledProgress(
            self._cancel, lambda done, total, message: self.progressed.emit(done, total or 0, message), min_interval_s
        )

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def __call__(self, done: int, total: int | None = None, message: str = "") -> None:
        self._throttle(done, total, message)


def run_long(
    ctx: AppContext,
    title: str,
    work: Callable[[Database, ProgressRelay], T],
    change: Change,
    *,
    on_success: Callable[[T], None] | None = None,
    parent: QWidget | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
) -> QProgressDialog:
    """Run long work with a progress dialog and a Cancel button; the window stays responsive."""
    relay = ProgressRelay()
    dialog = QProgressDialog(title, QCoreApplication.translate("QObject", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(relay.cancel)

    def show_progress(done: int, total: int, message: str) -> None:
        if total:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
        if message:
            dialog.setLabelText(message)

    relay.progressed.connect(show_progress, Qt.ConnectionType.QueuedConnection)

    def finished_ok(result: T) -> None:
        dialog.close()
        if on_success is not None:
            on_success(result)

    def finished_bad(error: BaseException) -> None:
        dialog.close()
        if on_failure is not None:
            on_failure(error)
        else:
            show_error(parent, error)

    dialog._relay = relay  # type: ignore[attr-defined]  # lives as long as the dialog
    _submit(ctx, lambda: work(ctx.db, relay), finished_ok, finished_bad, parent, change, ctx.long_pool)
    return dialog
