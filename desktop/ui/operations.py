"""Every database call from the window goes through here, off the GUI thread.

``run_query`` reads; ``run_op`` writes and then announces what the work wrote (``services.changes``) through
``AppContext.changed``, the one notice every page listens to; ``run_long`` adds a progress
dialog with Cancel for exports and imports. Errors the user can fix are shown as they are;
any other error is logged with its traceback and the user is told where the log is.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.domain.errors import ConflictError, KelisimError
from desktop.domain.messages import Message
from desktop.services.changes import Changed, recorded
from desktop.services.progress import Cancelled, ProgressText, ThrottledProgress
from desktop.ui.i18n import error_text, text

if TYPE_CHECKING:  # the window paints its first rows before SQLAlchemy is imported (ui/application.py)
    from desktop.storage.database import Database

log = logging.getLogger(__name__)
T = TypeVar("T")


# What changed is the services' word (read from what the work wrote); the screens filter on it.
Change = Changed


class AppContext(QObject):
    """The open register and the notices about it, shared by every page.

    At start-up the window is built and paints its first rows before the register is open (``ui/application.py``):
    the context is then made with ``db`` None and the register file's ``path``, keeps the work asked of it until
    ``attach`` gives it the open register, and then runs it in the order it was asked."""

    changed = Signal(object)  # a Change
    busy_changed = Signal(bool)
    opened = Signal()  # ``attach`` gave the context its register

    def __init__(self, db: Database | None, parent: QObject | None = None, *, path: Path | None = None) -> None:
        super().__init__(parent)
        if db is None and path is None:
            raise ValueError("a register being opened is a file: its path is needed")
        self._db = db
        self._path = path if db is None else db.path
        self._waiting: list[Callable[[], None]] = []  # work asked before the register was open
        self.pool = QThreadPool(self)
        # One worker: writes land in the order the clerk made them.
        self.pool.setMaxThreadCount(1)
        # Exports and imports run beside it, so the lists keep answering meanwhile.
        self.long_pool = QThreadPool(self)
        self.long_pool.setMaxThreadCount(2)
        self._pending = 0
        self._running: set[object] = set()
        self._relay = _Relay(self)
        # This session's edits, status changes and bulk actions, undone (Ctrl+Z) through the services.
        self.undo_stack = QUndoStack(self)

    @property
    def db(self) -> Database:
        if self._db is None:
            raise RuntimeError("the register is not open yet")  # a programming error: work waits in _submit
        return self._db

    @db.setter
    def db(self, db: Database) -> None:
        self._db = db
        self._path = db.path

    @property
    def is_open(self) -> bool:
        return self._db is not None

    @property
    def path(self) -> Path | None:
        """The register's file (None for a server register), known before it is open."""
        return self._path

    @property
    def label(self) -> str:
        """The register as people read it: its file, or its server and database (no password)."""
        return self._db.label if self._db is not None else str(self._path)

    @property
    def first_screen_path(self) -> Path | None:
        """The register file to read the list's first screenful from, while the register is being opened."""
        return self._path if self._db is None else None

    def attach(self, db: Database) -> None:
        """The register, now open: the work asked meanwhile runs, in order."""
        self.db = db
        self.opened.emit()  # first: the live refresh watches from before the waiting reads run
        waiting, self._waiting = self._waiting, []
        for submit in waiting:
            submit()

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def notify(self, change: Change) -> None:
        self.changed.emit(change)

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Block until every queued operation has run (for the command line and tests)."""
        return self.pool.waitForDone(timeout_ms) and self.long_pool.waitForDone(timeout_ms)

    def _track(self, job: object, delta: int) -> None:
        if delta > 0:
            self._running.add(job)
        else:
            self._running.discard(job)
        was_busy = self.busy
        self._pending += delta
        if was_busy != self.busy:
            self.busy_changed.emit(self.busy)


class _Relay(QObject):
    """Carries workers' results back to the GUI thread — one per register, living as long as the window.

    What a job holds (its work, with the dialogs it names, its result, its error and traceback) is
    kept here and released on the GUI thread: Python objects wrapping Qt ones must not be freed on a
    worker thread, which is what a per-job relay caught in a reference cycle did when the collector ran there.
    """

    finished = Signal(int)  # a ticket

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._next = 0
        self._work: dict[int, Callable[[], Any]] = {}
        self._outcomes: dict[int, tuple[Any, BaseException | None]] = {}
        self._on_done: dict[int, Callable[[Any, BaseException | None], None]] = {}
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def expect(self, work: Callable[[], Any], on_done: Callable[[Any, BaseException | None], None]) -> int:
        with self._lock:
            self._next += 1
            ticket = self._next
            self._work[ticket] = work
            self._on_done[ticket] = on_done
        return ticket

    def work(self, ticket: int) -> Callable[[], Any]:
        with self._lock:
            return self._work[ticket]

    def store(self, ticket: int, outcome: tuple[Any, BaseException | None]) -> None:
        with self._lock:
            self._outcomes[ticket] = outcome

    @Slot(int)
    def _deliver(self, ticket: int) -> None:
        with self._lock:
            result, error = self._outcomes.pop(ticket, (None, None))
            on_done = self._on_done.pop(ticket, None)
            self._work.pop(ticket, None)
        if on_done is not None:
            on_done(result, error)


class _Job(QRunnable):
    def __init__(self, relay: _Relay, ticket: int) -> None:
        super().__init__()
        self._relay = relay
        self._ticket = ticket

    def run(self) -> None:
        relay, ticket = self._relay, self._ticket
        work = relay.work(ticket)
        outcome: tuple[Any, BaseException | None]
        try:
            outcome = (work(), None)
        except BaseException as exc:  # noqa: BLE001  delivered to the GUI thread, which decides
            outcome = (None, exc)
        relay.store(ticket, outcome)
        del work, outcome  # the relay holds them now: their last reference goes on the GUI thread
        try:
            relay.finished.emit(ticket)
        except RuntimeError:  # the window and its relay are gone: nobody is left to tell
            log.info("a job finished after its window closed")


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
            ).format(error, _log_file()),
        )


def _submit(
    ctx: AppContext,
    work: Callable[[], T],
    on_success: Callable[[T], None] | None,
    on_failure: Callable[[BaseException], None] | None,
    parent: QWidget | None,
    *,
    writes: bool,
    pool: QThreadPool | None = None,
) -> None:
    if not ctx.is_open:  # start-up: the register is opened once the first rows are painted
        ctx._waiting.append(lambda: _submit(ctx, work, on_success, on_failure, parent, writes=writes, pool=pool))
        return
    ticket = 0

    def done(outcome: Any, error: BaseException | None) -> None:
        if not shiboken6.isValid(ctx):
            return  # the window closed while the worker ran (e.g. a Delete check of the last selection)
        ctx._track(ticket, -1)
        if error is not None:
            if on_failure is not None:
                on_failure(error)
            else:
                show_error(parent, error)
            return
        result, change = outcome
        if change != Change.NONE:
            ctx.notify(change)
        if on_success is not None:
            on_success(result)

    job = (lambda: recorded(work)) if writes else (lambda: (work(), Change.NONE))
    ticket = ctx._relay.expect(job, done)
    ctx._track(ticket, +1)
    (pool or ctx.pool).start(_Job(ctx._relay, ticket))


def run_query(
    ctx: AppContext,
    query: Callable[[Database], T],
    on_success: Callable[[T], None],
    *,
    parent: QWidget | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
) -> None:
    """Read off the GUI thread; nothing is announced."""
    _submit(ctx, lambda: query(ctx.db), on_success, on_failure, parent, writes=False)


def run_beside(
    ctx: AppContext,
    query: Callable[[Database], T],
    on_success: Callable[[T], None],
    *,
    parent: QWidget | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
) -> None:
    """A read of seconds that nobody waits for (quick open's index), beside the worker: the lists' reloads and
    the clerk's saves do not queue behind it."""
    _submit(ctx, lambda: query(ctx.db), on_success, on_failure, parent, writes=False, pool=ctx.long_pool)


def run_op(
    ctx: AppContext,
    op: Callable[[Database], T],
    *,
    on_success: Callable[[T], None] | None = None,
    parent: QWidget | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
) -> None:
    """Write off the GUI thread (one worker: in the clerk's order), then announce what the op wrote."""
    _submit(ctx, lambda: op(ctx.db), on_success, on_failure, parent, writes=True)


class ProgressRelay(QObject):
    """Thread-safe progress callable for services: reports to a dialog, raises Cancelled."""

    progressed = Signal(int, int, object)  # a ProgressText

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

    def __call__(self, done: int, total: int | None = None, message: ProgressText = "") -> None:
        self._throttle(done, total, message)


def run_long(
    ctx: AppContext,
    title: str,
    work: Callable[[Database, ProgressRelay], T],
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

    def show_progress(done: int, total: int, message: ProgressText) -> None:
        words = text(message) if isinstance(message, Message) else message
        if total:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
        if words:
            dialog.setLabelText(words)

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
    _submit(ctx, lambda: work(ctx.db, relay), finished_ok, finished_bad, parent, writes=True, pool=ctx.long_pool)
    return dialog


def _log_file() -> object:
    from desktop.services.registers import log_file

    return log_file()
