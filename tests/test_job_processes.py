"""The window's job processes (``ui/process_jobs.py``): forked from one server that loaded the jobs' modules
and fonts once, each child with the window's environment as it is when the job starts."""

from __future__ import annotations

import multiprocessing
import os
import threading
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from desktop.reports import job_preload, jobs
from desktop.storage.database import Database
from desktop.ui.operations import AppContext
from desktop.ui.process_jobs import JOB_PRELOAD, ProcessJob, job_context, start_job

pytestmark = pytest.mark.gui

PROBE = "tests.job_probes:what_the_child_has"


def _run(ctx: AppContext, qtbot: Any) -> dict[str, Any]:
    outcome: dict[str, Any] = {}
    job = start_job(ctx, PROBE, {}, "probe", on_success=outcome.update, on_failure=lambda e: outcome.update(error=e))
    qtbot.waitUntil(lambda: bool(outcome), timeout=60000)
    job.process.join(10)
    assert "error" not in outcome, outcome
    return outcome


def test_jobs_are_forked_from_a_preloaded_server_with_the_windows_environment(
    db: Database, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "forkserver" in multiprocessing.get_all_start_methods()  # Linux, where the tests run
    assert job_context().get_start_method() == "forkserver"
    ctx = AppContext(db)
    monkeypatch.setenv("KELISIM_JOB_PROBE", "first")
    first = _run(ctx, qtbot)
    monkeypatch.setenv("KELISIM_JOB_PROBE", "second")
    second = _run(ctx, qtbot)
    # Both forked from the same server, not from this process (which runs Qt) and not spawned afresh.
    assert first["parent"] == second["parent"] != os.getpid()
    assert first["pid"] != second["pid"]
    # The jobs' modules and the fonts were loaded by the server before either job ran.
    assert first["pdf_loaded"] and first["fonts_registered"]
    assert second["pdf_loaded"] and second["fonts_registered"]
    # Each child sees the environment the window had when it started the job, not the server's.
    assert (first["probe"], second["probe"]) == ("first", "second")


def test_the_preload_module_is_what_the_server_imports() -> None:
    assert JOB_PRELOAD == job_preload.__name__


def test_the_window_keeps_working_while_a_job_starts(db: Database, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first job of a session waits for the fork server; the wait happens off the GUI thread."""
    release = threading.Event()
    real_start = ProcessJob._start_child

    def slow_start(job: ProcessJob) -> None:
        release.wait(30)  # a fork server still loading
        real_start(job)

    monkeypatch.setattr(ProcessJob, "_start_child", slow_start)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    outcome: dict[str, Any] = {}
    start_job(AppContext(db), PROBE, {}, "probe", on_success=outcome.update)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=10000)  # the event loop runs while the child is not started
    assert outcome == {}
    release.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=60000)
    timer.stop()
    assert outcome["pid"] != os.getpid()  # it ran, in its own process


def test_a_job_that_cannot_start_is_reported(db: Database, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(job: ProcessJob) -> None:
        job._start_error = OSError(24, "Too many open files")

    monkeypatch.setattr(ProcessJob, "_start_child", broken)
    ctx = AppContext(db)
    failures: list[BaseException] = []
    start_job(ctx, PROBE, {}, "probe", on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=10000)
    assert isinstance(failures[0], jobs.JobFailed)
    assert "could not start" in str(failures[0]) and "Too many open files" in str(failures[0])
    qtbot.waitUntil(lambda: not ctx.busy, timeout=10000)  # the window is not left busy
