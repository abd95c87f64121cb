"""The window during an export or import: never frozen, progress shown, Cancel leaves nothing behind.

Runs the real work through ``ui.operations.run_long`` (worker thread + progress dialog) while a
QTimer ticks every 10 ms on the GUI thread; the longest gap between ticks is how long the window
could not repaint or take a click. A second run presses Cancel on the dialog at the first progress
report and checks no file (not even a temporary one) was left and the register is unchanged.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

from desktop.storage.database import Database, open_database
from tests.benchmarks import Bench, Result, available, missing

TICK_MS = 10


def _app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _watch(db: Database, title: str, work: Callable[[Database, Any], Any], cancel: bool) -> dict[str, Any]:
    """Run ``work`` with run_long; return the longest tick gap, progress reports seen and the outcome."""
    from PySide6.QtCore import QTimer

    from desktop.ui.operations import AppContext, Change, run_long

    app = _app()
    ctx = AppContext(db)
    pressed = threading.Event()
    if cancel:
        work = _gated(work, pressed)
    state: dict[str, Any] = {"gap": 0.0, "last": time.perf_counter(), "progress": 0, "done": False, "error": None}

    def tick() -> None:
        now = time.perf_counter()
        state["gap"] = max(state["gap"], now - state["last"])
        state["last"] = now

    def finished(error: BaseException | None) -> None:
        state["done"], state["error"] = True, error

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    timer.start()
    dialog = run_long(ctx, title, work, Change.NONE, on_success=lambda _r: finished(None), on_failure=finished)

    def progressed(done: int, _total: int, _message: str) -> None:
        state["progress"] += 1
        if cancel and not dialog.wasCanceled():
            from PySide6.QtWidgets import QPushButton

            dialog.findChild(QPushButton).click()  # the dialog's own Cancel button
            pressed.set()

    dialog._relay.progressed.connect(progressed)  # type: ignore[attr-defined]
    state["last"] = time.perf_counter()
    deadline = time.monotonic() + 900
    while not state["done"] and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    ctx.wait_idle()
    return state


def _gated(work: Callable[[Database, Any], Any], pressed: threading.Event) -> Callable[[Database, Any], Any]:
    """The worker waits after its first progress report until Cancel was pressed, so the Cancel lands
    mid-work however small the archive (on 100,000 rows it would anyway)."""
    def gated(db: Database, progress: Any) -> Any:
        def report(done: int, total: int | None = None, message: str = "") -> None:
            progress(done, total, message)
            if not pressed.is_set():
                pressed.wait(10)

        return work(db, report)

    return gated


def run(bench: Bench) -> list[Result]:
    if not (available("desktop.reports.excel") and available("desktop.services.importing.apply")):
        return [missing("responsive", "window during export/import", "abs", 0.1, "desktop.reports / importing")]
    from desktop.reports import dataset
    from desktop.reports.excel import write_workbook
    from desktop.services.importing.apply import import_workbook
    from tests.benchmarks.imports import _without_commitments, import_source

    folder = bench.scratch("responsive")
    target = folder / "report.xlsx"
    results = []
    db = open_database(bench.archive, auto_backup=False)
    try:
        export = _watch(db, "Exporting", lambda d, p: write_workbook(dataset.build(d), target, p), cancel=False)
        results.append(_gap_result("excel", "Excel export", export, target.exists()))
        target.unlink(missing_ok=True)
        cancelled = _watch(db, "Exporting", lambda d, p: write_workbook(dataset.build(d), target, p), cancel=True)
        left = sorted(p.name for p in folder.iterdir())
        results.append(Result("excel_cancel", "Cancel during the Excel export leaves no file", "check", None,
                              passed=_is_cancel(cancelled["error"]) and not left,
                              note=f"files left: {left or 'none'}; outcome {type(cancelled['error']).__name__}"))
    finally:
        db.close()
    source = import_source(bench)
    register = folder / "register.sqlite3"

    def import_into_fresh(cancel: bool) -> dict[str, Any]:
        # A fresh copy each time, made while no connection is open on it (never copy under SQLite).
        _without_commitments(bench, register)
        reg = open_database(register, auto_backup=False)
        try:
            return _watch(reg, "Importing", lambda d, p: import_workbook(d, source, skip_invalid=True,
                                                                        progress=p), cancel=cancel)
        finally:
            reg.close()

    imported = import_into_fresh(cancel=False)
    results.append(_gap_result("import", "import", imported, _count(register) == bench.commitments))
    cancelled = import_into_fresh(cancel=True)
    results.append(Result("import_cancel", "Cancel during the import writes nothing", "check", None,
                          passed=_is_cancel(cancelled["error"]) and _count(register) == 0,
                          note=f"commitments after Cancel: {_count(register)}; outcome "
                               f"{type(cancelled['error']).__name__}: {str(cancelled['error'])[:160]}"))
    return results


def _gap_result(key: str, what: str, state: dict[str, Any], ok: bool) -> Result:
    if not ok or state["progress"] == 0:
        return Result(f"{key}_gap", f"window during the {what}", "check", None, passed=False,
                      note=f"no progress shown or wrong outcome: {state['error']!r}")
    return Result(f"{key}_gap", f"window during the {what}: longest event-loop gap", "abs", 0.1,
                  value=state["gap"], floor=TICK_MS / 1000, floor_label=f"the timer's {TICK_MS} ms tick",
                  note=f"{state['progress']} progress reports shown; finished correctly").judge()


def _is_cancel(error: BaseException | None) -> bool:
    from desktop.services.progress import Cancelled

    return isinstance(error, Cancelled)


def _count(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT count(*) FROM commitment").fetchone()[0]
