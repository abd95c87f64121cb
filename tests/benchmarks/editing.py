"""One status change, the same change seen in the window's list, and the dashboard figures, on the full archive."""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from typing import Any

from desktop.domain.enums import CLOSED_COMMITMENT_STATUSES
from desktop.domain.rules import DUE_SOON_DAYS
from desktop.services import commitments, dashboard
from desktop.storage.audit import register_sqlite_functions
from desktop.storage.database import Database, open_database
from tests.benchmarks import Bench, Result, median, repeat, timed


def run(bench: Bench) -> list[Result]:
    db = open_database(bench.archive, auto_backup=False)
    try:
        return [_status_change(bench, db), _edit_seen(bench, db), _dashboard(bench, db)]
    finally:
        db.close()


def _in_progress_ids(db: Database, count: int) -> list[int]:
    with closing(sqlite3.connect(db.path)) as conn:  # type: ignore[arg-type]
        return [
            r[0]
            for r in conn.execute(
                "SELECT id FROM commitment WHERE status = 'in_progress' ORDER BY id DESC LIMIT ?", (count,)
            )
        ]


def _status_change(bench: Bench, db: Database) -> Result:
    # Different commitments each run (in_progress → on_hold), so no run finds its row in a warm cache
    # the previous run left behind more than a clerk's next click would.
    ids = _in_progress_ids(db, bench.runs * 2 + 1)
    commitments.change_status(db, ids.pop(), "on_hold", "warm-up")
    queue = list(ids)
    times = repeat(lambda: commitments.change_status(db, queue.pop(), "on_hold", "waiting for the partner"), bench.runs)
    raw_ids = list(ids[: bench.runs])

    def raw() -> None:
        # The floor: the same two statements (history row + update) in one durable transaction.
        cid = raw_ids.pop()
        with closing(sqlite3.connect(db.path, isolation_level=None)) as conn:
            register_sqlite_functions(conn)  # the audit triggers' author and hash
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "INSERT INTO status_change (entity, commitment_id, from_status, to_status, changed_at, "
                "changed_by, note) VALUES ('commitment', ?, 'on_hold', 'in_progress', ?, 'bench', 'x')",
                (cid, datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")),
            )
            conn.execute("UPDATE commitment SET status = 'in_progress', version = version + 1 WHERE id = ?", (cid,))
            conn.execute("COMMIT")

    floor = repeat(raw, bench.runs)
    return Result(
        "status_change",
        "change one commitment's status (change_status)",
        "abs",
        0.05,
        value=median(times),
        floor=median(floor),
        runs=times,
        floor_runs=floor,
        floor_label="raw sqlite3: INSERT history + UPDATE in one FULL-sync transaction, new connection",
    ).judge()


def _edit_seen(bench: Bench, db: Database) -> Result:
    """The clerk's view of one edit: the Commitments page of the real window on the whole archive, a status
    change through the window's op helper, until the list's model holds the row with its new status (what the
    next paint shows). The floor is the same change through the service alone."""
    from PySide6.QtWidgets import QApplication

    from desktop.services.commitment_list import Col
    from desktop.ui.main_window import MainWindow
    from desktop.ui.operations import run_op

    app = QApplication.instance() or QApplication([])
    window = MainWindow(db, "commitments")
    window.resize(1280, 800)
    window.show()
    page = window.commitments

    def spin(done: Any, limit_s: float = 120.0) -> None:
        started = time.perf_counter()
        while not done() and time.perf_counter() - started < limit_s:
            app.processEvents()
            time.sleep(0.001)

    def status_of(record_id: int) -> str | None:
        row = page.model.row_for_id(record_id)
        return page.model.row(row)[Col.STATUS] if row >= 0 else None

    try:
        spin(lambda: page.is_loaded and not page.counts_text().endswith("…"))
        window.ctx.wait_idle(60_000)
        ids = _in_progress_ids(db, bench.runs * 2 + 1)
        times, floor = [], []
        for n in range(bench.runs):
            record_id = ids[n]
            started = time.perf_counter()
            run_op(window.ctx, lambda db, i=record_id: commitments.change_status(db, i, "on_hold", "seen in the list"))
            spin(lambda i=record_id: status_of(i) == "on_hold")
            times.append(time.perf_counter() - started)
            window.ctx.wait_idle(60_000)
            spin(lambda: False, 0.6)  # the live refresh looks again (every 0.5 s): the next edit starts quiet
            alone = ids[bench.runs + n]
            floor.append(timed(lambda i=alone: commitments.change_status(db, i, "on_hold", "the service alone"))[0])
    finally:
        window.close()
        window.ctx.wait_idle(60_000)
    return Result(
        "edit_seen",
        "a status change seen in the window's Commitments list (op to row shown)",
        "abs",
        0.5,
        value=median(times),
        floor=median(floor),
        runs=times,
        floor_runs=floor,
        floor_label="the same change through the service alone (change_status)",
    ).judge()


def _dashboard(bench: Bench, db: Database) -> Result:
    dashboard.load(db)  # warm
    times = repeat(lambda: dashboard.load(db), bench.runs)
    today = date.today()
    soon = today + timedelta(days=DUE_SOON_DAYS)
    closed = tuple(sorted(CLOSED_COMMITMENT_STATUSES))

    def raw() -> None:
        with closing(sqlite3.connect(db.path)) as conn:  # type: ignore[arg-type]
            conn.execute("SELECT status, count(*) FROM commitment GROUP BY status").fetchall()
            conn.execute(
                "SELECT count(*) FROM commitment WHERE due_date < ? AND status NOT IN (?, ?)",
                (today.isoformat(), *closed),
            ).fetchall()
            conn.execute(
                "SELECT count(*) FROM commitment WHERE due_date BETWEEN ? AND ? AND status NOT IN (?, ?)",
                (today.isoformat(), soon.isoformat(), *closed),
            ).fetchall()
            conn.execute("SELECT body_id, count(*), avg(progress) FROM commitment GROUP BY body_id").fetchall()

    floor = repeat(raw, bench.runs)
    return Result(
        "dashboard",
        "dashboard figures (dashboard.load)",
        "abs",
        0.2,
        value=median(times),
        floor=median(floor),
        runs=times,
        floor_runs=floor,
        floor_label="raw sqlite3: counts by status, overdue, due soon, per body",
    ).judge()
