"""Long work (exports, imports) in a child process, watched from the GUI thread with a progress dialog.

``start_job`` starts a named job of ``reports.jobs`` in a child process (see ``job_context``) and polls its queue
with a QTimer, a few milliseconds per tick: the window keeps repainting and taking clicks
whatever the child does (a worker thread could not promise that: see ``reports/jobs.py``).
Cancel asks the child to stop (it raises ``Cancelled`` at its next progress report, removes its
partial file or rolls back); a child still running 5 s later is terminated and its leftovers
removed by ``cleanup``. The result or the error arrives on the GUI thread like ``run_long``'s.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import queue as queue_module
import threading
import time
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.domain.messages import Message
from desktop.reports import jobs
from desktop.services.progress import Cancelled, ProgressText
from desktop.ui.i18n import text
from desktop.ui.operations import AppContext, Change, show_error

if TYPE_CHECKING:  # the fork server's context does not exist on Windows
    from multiprocessing.context import ForkServerContext, SpawnContext

log = logging.getLogger(__name__)
POLL_MS = 30
POLL_BUDGET_S = 0.01  # at most this long reading messages per tick: the tick itself must stay short
CANCEL_GRACE_S = 5.0
REAP_S = 10.0  # after its result, a child that does not exit by itself is terminated
_RUNNING: set[ProcessJob] = set()
JOB_PRELOAD = "desktop.reports.job_preload"


def job_context() -> ForkServerContext | SpawnContext:
    """Where job processes come from: never a fork of this process, which runs Qt.

    Where the system has one (Linux, macOS), a fork server: a plain Python process started on the first job,
    which imports the jobs' modules and parses the fonts once (``reports/job_preload.py``) and forks every
    job from that state, so a job starts in milliseconds instead of a second or two. Elsewhere (Windows) a
    fresh interpreter per job. Either way the child gets this process's environment as it is now
    (``jobs.run_job``), not the server's from when it started.
    """
    if "forkserver" in multiprocessing.get_all_start_methods():
        server = multiprocessing.get_context("forkserver")
        server.set_forkserver_preload([JOB_PRELOAD])
        return server
    return multiprocessing.get_context("spawn")


class ProcessJob(QObject):
    """One job's child process, its progress dialog and the delivery of its outcome."""

    progressed = Signal(int, int, str)
    finished = Signal(object, object)  # result, error

    def __init__(
        self,
        ctx: AppContext,
        name: str,
        args: dict[str, Any],
        title: str | None,
        parent: QWidget | None,
        cleanup: Callable[[], None] | None = None,
    ) -> None:
        """``title`` None: a quiet job (``start_quiet_job``): no dialog, and the window is not shown busy."""
        # No Qt parent: the job lives in _RUNNING until its child has exited, then Python lets go of it
        # (from the event loop, never inside one of its own slots).
        super().__init__()
        self.ctx, self.name, self._cleanup = ctx, name, cleanup
        context = job_context()
        self._queue = context.Queue()
        self._cancel = context.Event()
        self.process = context.Process(
            target=jobs.run_job,
            name=f"kelisim-{name}",
            daemon=True,
            args=(name, jobs.register_target(ctx.db), args, self._queue, self._cancel, dict(os.environ)),
        )
        self._starter = threading.Thread(target=self._start_child, name=f"kelisim-{name}-start", daemon=True)
        self._started = threading.Event()  # the child started, or could not
        # A quiet job's messages are read off the GUI thread (``_receive``) into this inbox; the others' from the queue.
        self._inbox: queue_module.SimpleQueue[Any] | None = queue_module.SimpleQueue() if title is None else None
        self._start_error: Exception | None = None
        self._start_trace = ""
        self._cancelled_at: float | None = None
        self._done = False
        self.wrote = Change.NONE  # what the job wrote, told by the child with its result
        self._ended_at = 0.0
        self.quiet = title is None
        self.dialog: QProgressDialog | None = None
        if title is not None:
            self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.cancel)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        _RUNNING.add(self)
        if not self.quiet:
            self.ctx._track(self, +1)  # busy while the child runs
        # Started from a helper thread: the first job of a session waits while the fork server loads the
        # jobs' modules (a second or two), and the window must keep repainting meanwhile.
        self._starter.start()
        self._timer.start()

    def _start_child(self) -> None:
        try:
            self.process.start()
        except Exception as exc:  # noqa: BLE001  reported on the GUI thread by poll()
            self._start_error = exc
            self._start_trace = traceback.format_exc()
            self._started.set()
            return
        self._started.set()
        if self._inbox is not None:
            self._receive(self._inbox)

    def _receive(self, inbox: queue_module.SimpleQueue[Any]) -> None:
        """A quiet job's messages, read here off the GUI thread until its outcome: that outcome is megabytes (the
        word index), and reading them from the pipe as the child writes them held the GUI thread for 100-150 ms
        on a busy machine. Ends once the child has exited and left nothing more."""
        ended = False
        while True:
            try:
                message = self._queue.get(timeout=0.1)
            except queue_module.Empty:
                if ended:
                    return
                ended = not self.process.is_alive()  # one more look: what it wrote before exiting
                continue
            except (EOFError, OSError, ValueError):  # the child died mid-message, or the queue was closed
                return
            inbox.put(message)
            if message[0] != "progress":
                return

    def cancel(self) -> None:
        if self._done or self._cancelled_at is not None or self._cancel is None:
            return
        self._cancelled_at = time.monotonic()
        self._cancel.set()
        dialog = self.dialog
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.setLabelText(self.tr("Cancelling…"))

    # --- polling -----------------------------------------------------------------------------------------
    def poll(self) -> None:
        if self._queue is None or (self._starter.is_alive() and not self._started.is_set()):
            return  # gone, or the child not started yet
        if self._start_error is not None and not self._done:
            log.error("the %s job could not start:\n%s", self.name, self._start_trace)
            self._finish(None, jobs.JobFailed(f"the {self.name} process could not start: {self._start_error}", ""))
            return
        if self._done:
            self._reap()
            return
        messages = self._queue if self._inbox is None else self._inbox
        deadline = time.monotonic() + POLL_BUDGET_S
        while time.monotonic() < deadline:
            try:
                message = messages.get_nowait()
            except queue_module.Empty:
                break
            except (EOFError, OSError):  # the child died mid-message: handled below as a crash
                break
            if message[0] == "progress":
                self._show_progress(*message[1:])
            elif message[0] == "done":
                self._done_with(message)
                return
            else:
                self._finish(None, jobs.error_from(*message[1:]))
                return
        if not self.process.is_alive():
            if self._inbox is not None and self._starter.is_alive():
                return  # still reading what the child wrote before it exited
            self._child_ended()
        elif self._cancelled_at is not None and time.monotonic() - self._cancelled_at > CANCEL_GRACE_S:
            log.warning("job %s did not stop within %.0f s of Cancel; terminating it", self.name, CANCEL_GRACE_S)
            self.process.terminate()
            self.process.join(1)
            self._remove_leftovers()
            self._finish(None, Cancelled())

    def _child_ended(self) -> None:
        """The child exited: read what it left in the queue, else it crashed."""
        messages = self._queue if self._inbox is None else self._inbox
        try:
            while True:
                message = messages.get_nowait()
                if message[0] == "done":
                    self._done_with(message)
                    return
                if message[0] == "error":
                    self._finish(None, jobs.error_from(*message[1:]))
                    return
        except (queue_module.Empty, EOFError, OSError):
            pass
        self._remove_leftovers()
        if self._cancelled_at is not None:
            self._finish(None, Cancelled())
            return
        self._finish(
            None,
            jobs.JobFailed(f"the {self.name} process stopped unexpectedly (exit code {self.process.exitcode})", ""),
        )

    def _show_progress(self, done: int, total: int, message: ProgressText) -> None:
        words = text(message) if isinstance(message, Message) else message
        if self._cancelled_at is None and self.dialog is not None and shiboken6.isValid(self.dialog):
            if total:
                self.dialog.setMaximum(total)
                self.dialog.setValue(min(done, total))
            if words:
                self.dialog.setLabelText(words)
        self.progressed.emit(done, total, words)

    def _remove_leftovers(self) -> None:
        if self._cleanup is not None:
            try:
                self._cleanup()
            except OSError:
                log.warning("could not remove what the %s job left behind", self.name, exc_info=True)

    def _done_with(self, message: tuple[Any, ...]) -> None:
        """("done", result, what the job wrote)."""
        self.wrote = Change(message[2])
        self._finish(message[1], None)

    def _finish(self, result: Any, error: BaseException | None) -> None:
        self._done = True
        self._ended_at = time.monotonic()
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.close()
        if not shiboken6.isValid(self.ctx):
            # The window closed while the child worked: nobody is left to tell; just let the child go.
            log.info("job %s ended after its window closed", self.name)
            self._reap()
            return
        if not self.quiet:
            self.ctx._track(self, -1)
        self.finished.emit(result, error)
        self._reap()

    def _reap(self) -> None:
        """Wait (without blocking) for the child to exit after its outcome, then let go of it."""
        if self.process.is_alive():
            if time.monotonic() - self._ended_at < REAP_S:
                return
            self.process.terminate()
        if self._start_error is None:  # a child that never started has nothing to join
            self.process.join(0.5)
        self._timer.stop()
        self._timer.timeout.disconnect(self.poll)  # the connection would keep this object alive
        # Let go of the queue's and the event's semaphores now, not at exit (a long session exports often).
        self._queue.close()
        self._queue.join_thread()
        self._queue = self._cancel = None  # type: ignore[assignment]
        if self.dialog is not None and shiboken6.isValid(self.dialog):  # its parent window may have gone first
            self.dialog.deleteLater()
        QTimer.singleShot(0, lambda: _RUNNING.discard(self))


def start_job(
    ctx: AppContext,
    name: str,
    args: dict[str, Any],
    title: str,
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    parent: QWidget | None = None,
    cleanup: Callable[[], None] | None = None,
) -> ProcessJob:
    """Run job ``name`` of ``reports.jobs`` with ``args`` in a child process, with a progress dialog and Cancel.

    On success what the job wrote is announced (the lists reload) and ``on_success`` gets the result; on
    failure ``on_failure`` gets the error, or it is shown (a Cancel is not an error to show).
    """
    job = ProcessJob(ctx, name, args, title, parent, cleanup)

    def finished(result: Any, error: BaseException | None) -> None:
        if error is None:
            if job.wrote != Change.NONE:
                ctx.notify(job.wrote)
            if on_success is not None:
                on_success(result)
            return
        if isinstance(error, jobs.JobFailed) and error.trace:
            log.error("the %s job failed:\n%s", name, error.trace)
        if on_failure is not None:
            on_failure(error)
        elif not isinstance(error, Cancelled):  # the clerk asked for it: nothing to report
            show_error(parent, error)

    job.finished.connect(finished)
    job.start()
    return job


def start_quiet_job(ctx: AppContext, name: str, args: dict[str, Any], on_success: Callable[[Any], None]) -> ProcessJob:
    """Run job ``name`` of ``reports.jobs`` in a child process with nothing shown: no dialog, the window not
    shown busy, a failure only logged. For work the window merely profits from (the Commitments list's word
    index: without it the list scans, as it always could)."""
    job = ProcessJob(ctx, name, args, None, None)

    def finished(result: Any, error: BaseException | None) -> None:
        if error is None:
            on_success(result)
        elif isinstance(error, jobs.JobFailed):
            log.warning("the %s job failed:\n%s", name, error.trace or error)
        else:
            log.warning("the %s job failed: %s", name, error)

    job.finished.connect(finished)
    job.start()
    return job
