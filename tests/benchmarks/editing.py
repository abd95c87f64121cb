"""One status change and the dashboard figures, on the full archive."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime, timedelta

from desktop.domain.enums import CLOSED_COMMITMENT_STATUSES
from desktop.domain.rules import DUE_SOON_DAYS
from desktop.services import commitments, dashboard
from desktop.storage.audit import register_sqlite_functions
from desktop.storage.database import Database, open_database
from tests.benchmarks import Bench, Result, median, repeat


def run(bench: Bench) -> list[Result]:
    db = open_database(bench.archive, auto_backup=False)
    try:
        return [_status_change(bench, db), _dashboard(bench, db)]
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
