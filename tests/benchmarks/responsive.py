"""The window during an export or import: never frozen, progress shown, Cancel leaves nothing behind.

Runs the window's real path — ``ui.process_jobs.start_job``: the job in a child process, a progress
dialog polled on the GUI thread — while a QTimer ticks every 10 ms on the GUI thread; the longest
gap between ticks is how long the window could not repaint or take a click. A second run presses
the dialog's Cancel at a chosen progress report (the job waits there for it, so the Cancel lands
mid-work on any archive) and checks no file (not even a temporary one) was left and the register
is unchanged.
"""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from pathlib import Path
from typing import Any

from desktop.storage.database import Database, open_database
from tests.benchmarks import Bench, Result, available, missing

TICK_MS = 10


def _app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def gated(db: Database, progress: Any, *, job: str, at: str = "", **args: Any) -> Any:
    """Job ``job`` (run in the child) that stops at its first progress report whose message starts with
    ``at`` until the window's Cancel arrives (then raises Cancelled like any cancelled job)."""
    from desktop.reports.jobs import job_named

    waiting = [True]

    def report(done: int, total: int | None = None, message: Any = "") -> None:
        progress(done, total, message)
        words = str(message)  # a Message reads as its English words
        if waiting[0] and words.startswith(at):
            waiting[0] = False
            progress.report_now(done, total, "waiting for Cancel: " + words)  # the window's cue
            progress.wait_for_cancel(30)
            progress(done, total, message)  # raises Cancelled

    return job_named(job)(db, report, **args)


class _Watched:
    """One job started with start_job while a QTimer ticks on the GUI thread; records the longest tick gap,
    the progress reports seen and the outcome. Cancel is pressed when the job waits for it (``gated``)."""

    def __init__(self, db: Database, title: str, job: str, args: dict[str, Any], cancel_at: str | None = None) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QPushButton

        from desktop.ui.operations import AppContext
        from desktop.ui.process_jobs import start_job

        _app()
        ctx = AppContext(db)
        if cancel_at is not None:
            job, args = f"{__name__}:gated", {"job": job, "at": cancel_at, **args}
        state: dict[str, Any] = {
            "gap": 0.0,
            "last": time.perf_counter(),
            "progress": 0,
            "done": False,
            "error": None,
        }
        self.state, self.ctx = state, ctx  # the context kept alive while its job runs

        def tick() -> None:
            now = time.perf_counter()
            state["gap"] = max(state["gap"], now - state["last"])
            state["last"] = now

        def finished(error: BaseException | None) -> None:
            state["done"], state["error"] = True, error

        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(tick)
        self.timer.start()
        self.started = start_job(ctx, job, args, title, on_success=lambda _r: finished(None), on_failure=finished)
        started = self.started

        def progressed(_done: int, _total: int, message: str) -> None:
            state["progress"] += 1
            if cancel_at is not None and message.startswith("waiting for Cancel"):
                started.dialog.findChild(QPushButton).click()  # the dialog's own Cancel button

        started.progressed.connect(progressed)
        state["last"] = time.perf_counter()

    def finish(self) -> dict[str, Any]:
        self.timer.stop()
        self.started.process.join(10)
        return self.state


def _watch(db: Database, title: str, job: str, args: dict[str, Any], cancel_at: str | None = None) -> dict[str, Any]:
    """Run ``job`` with start_job, alone; return the longest tick gap, progress reports seen and the outcome."""
    return _watch_all([(db, title, job, args, cancel_at)])[0]


def _watch_all(jobs: list[tuple[Database, str, str, dict[str, Any], str | None]]) -> list[dict[str, Any]]:
    """The jobs started together and watched until all have finished (their gaps then say nothing about one
    job alone: only the Cancel checks, which are not timings, run together)."""
    app = _app()
    watched = [_Watched(*job) for job in jobs]
    deadline = time.monotonic() + 900
    while not all(w.state["done"] for w in watched) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.001)
    return [w.finish() for w in watched]


def run(bench: Bench) -> list[Result]:
    if not (
        available("desktop.reports.excel")
        and available("desktop.services.importing.apply")
        and available("desktop.ui.process_jobs")
    ):
        return [missing("responsive", "window during export/import", "abs", 0.1, "desktop.reports / importing")]
    from tests.benchmarks.imports import _without_commitments, prepare

    folder = bench.scratch("responsive")
    written = bench.scratch("responsive/excel")  # only the export's file: Cancel must leave nothing here
    target = written / "report.xlsx"
    source, _ = prepare(bench)  # made by the exports group when it ran (the import's workbook, the empty register)
    register, cancel_register = folder / "register.sqlite3", folder / "register-cancel.sqlite3"
    # With the History sheet: the heaviest workbook the window writes, and the part Cancel lands in.
    export = {"kind": "xlsx", "target": str(target), "with_history": True}
    results = []

    # The timed runs, one at a time: the event-loop gap while the job works in its child process.
    db = open_database(bench.archive, auto_backup=False)
    try:
        exported = _watch(db, "Exporting", "export_report", export)
    finally:
        db.close()
    results.append(_gap_result("excel", "Excel export", exported, target.exists()))
    target.unlink(missing_ok=True)

    def import_into_fresh(job: str) -> dict[str, Any]:
        # A fresh copy each time, made while no connection is open on it (never copy under SQLite).
        _without_commitments(bench, register)
        reg = open_database(register, auto_backup=False)
        try:
            return _watch(reg, "Importing", job, {"path": str(source)})
        finally:
            reg.close()

    checked = import_into_fresh("plan_import")  # the preview the window shows first
    imported = import_into_fresh("apply_import")
    worst = max((checked, imported), key=lambda s: s["gap"])
    worst = {
        **worst,
        "progress": checked["progress"] + imported["progress"],
        "error": checked["error"] or imported["error"],
    }
    results.append(
        _gap_result(
            "import",
            "import (preview, then import)",
            worst,
            _count(register) == bench.commitments and checked["error"] is None,
        )
    )

    # The two Cancel checks are yes/no, not timings: they run together, after every timed run.
    _without_commitments(bench, cancel_register)
    db = open_database(bench.archive, auto_backup=False)
    reg = open_database(cancel_register, auto_backup=False)
    try:
        export_cancelled, import_cancelled = _watch_all(
            [
                (db, "Exporting", "export_report", export, "History"),
                (reg, "Importing", "apply_import", {"path": str(source)}, "Writing commitments"),
            ]
        )
    finally:
        reg.close()
        db.close()
    left = sorted(p.name for p in written.iterdir())
    results.append(
        Result(
            "excel_cancel",
            "Cancel during the Excel export leaves no file",
            "check",
            None,
            passed=_is_cancel(export_cancelled["error"]) and not left,
            note=f"files left: {left or 'none'}; outcome {type(export_cancelled['error']).__name__}",
        )
    )
    results.append(
        Result(
            "import_cancel",
            "Cancel during the import writes nothing",
            "check",
            None,
            passed=_is_cancel(import_cancelled["error"]) and _count(cancel_register) == 0,
            note=f"Cancel pressed while writing; commitments after Cancel: {_count(cancel_register)}; "
            f"outcome {type(import_cancelled['error']).__name__}: {str(import_cancelled['error'])[:160]}",
        )
    )
    return results


def _gap_result(key: str, what: str, state: dict[str, Any], ok: bool) -> Result:
    if not ok or state["progress"] == 0:
        return Result(
            f"{key}_gap",
            f"window during the {what}",
            "check",
            None,
            passed=False,
            note=f"no progress shown or wrong outcome: {state['error']!r}",
        )
    return Result(
        f"{key}_gap",
        f"window during the {what}: longest event-loop gap",
        "abs",
        0.1,
        value=state["gap"],
        floor=TICK_MS / 1000,
        floor_label=f"the timer's {TICK_MS} ms tick",
        note=f"{state['progress']} progress reports shown; finished correctly",
    ).judge()


def _is_cancel(error: BaseException | None) -> bool:
    from desktop.services.progress import Cancelled

    return isinstance(error, Cancelled)


def _count(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT count(*) FROM commitment").fetchone()[0]
