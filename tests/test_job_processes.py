"""The window's job processes (``ui/process_jobs.py``): forked from one server that loaded the jobs' modules
and fonts once, each child with the window's environment as it is when the job starts."""

from __future__ import annotations

import multiprocessing
import os
from typing import Any

import pytest

from desktop.reports import job_preload
from desktop.storage.database import Database
from desktop.ui.operations import AppContext
from desktop.ui.process_jobs import JOB_PRELOAD, job_context, start_job

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
