"""Many clerks on one PostgreSQL register at once (issue 12): no update lost, every change on the trail.

``simulate`` signs N clerks in, each with a login of its own (made by the admin service, role clerk) and a
``Database`` (its own connections) of its own, and runs them in threads: each makes M mixed edits through the
services — status changes, field edits, deadline moves — always from the version it read, so edits that
cross another clerk's are refused with ConflictError (counted, expected) instead of overwriting it. Then it
reads the register back and adds up, per commitment, committed edits against versions, status-history rows
and deadline-extension rows, and per clerk, committed changes against the audit-trail rows signed by that
login. The benchmark group ``load`` runs 20 × 100 (``--clerks``, ``--edits``) on a throw-away server;
tests/test_load.py runs it small as a correctness test (never a time).

The floor for the status change is the bare driver: the same clerks, each on a bare psycopg connection with
its own login, each running one ``UPDATE commitment SET status …, version = version + 1 WHERE id … AND
version …`` per change (autocommit), at the same concurrency.
"""

from __future__ import annotations

import random
import threading
import time
import traceback
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

import psycopg

from desktop.domain.errors import ConflictError
from desktop.services import access, commitments, deadlines
from desktop.services.records import CommitmentData
from desktop.storage.database import Database, open_database
from tests.benchmarks import Bench, Result
from tests.postgres_server import SUPERUSER

PASSWORD = "clerk-load-password-1"
# Seconds a clerk spends between one saved edit and opening the next (uniform in this range). A person
# needs far longer — reading a letter, typing a note — so this is twenty people working flat out; the run
# with no pause at all (every clerk's edits back to back, ~175 edits a second from one process) is reported
# beside it, for information, as the stress case.
CLERK_PACE = (0.2, 1.0)
NO_PAUSE = (0.0, 0.0)
KINDS = ("status", "field", "deadline")
TOGGLE = {"in_progress": "on_hold", "on_hold": "in_progress"}


@dataclass
class ClerkLog:
    login: str
    committed: Counter[str] = field(default_factory=Counter)  # kind -> committed edits
    per_record: Counter[int] = field(default_factory=Counter)  # commitment id -> committed edits
    conflicts: int = 0
    errors: list[str] = field(default_factory=list)
    status_seconds: list[float] = field(default_factory=list)


@dataclass
class LoadFigures:
    clerks: int
    edits_each: int
    committed: Counter[str]
    conflicts: int
    unhandled: list[str]
    lost: int  # committed edits missing from the register (versions, status history, deadline moves)
    lost_detail: list[str]
    trail_rows: int  # audit rows written by the clerks' logins during the run
    trail_expected: int  # what the committed edits must have written
    trail_by_login_ok: bool
    status_seconds: list[float]
    floor_seconds: list[float] = field(default_factory=list)
    wall_seconds: float = 0.0
    pace: tuple[float, float] = NO_PAUSE

    @property
    def committed_total(self) -> int:
        return sum(self.committed.values())


def p95(values: list[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]


def _login_url(url: str, login: str) -> str:
    return url.replace(f"{SUPERUSER}@", f"{login}:{PASSWORD}@", 1)


def _counts(conn: psycopg.Connection[Any], ids: list[int]) -> dict[str, dict[int, int]]:
    found: dict[str, dict[int, int]] = {"version": {}, "status_change": {}, "deadline_extension": {}}
    for cid, version in conn.execute("SELECT id, version FROM commitment WHERE id = ANY(%s)", (ids,)):
        found["version"][cid] = version
    for table in ("status_change", "deadline_extension"):
        for cid, n in conn.execute(
            f"SELECT commitment_id, count(*) FROM {table} WHERE commitment_id = ANY(%s) GROUP BY commitment_id",
            (ids,),
        ):
            found[table][cid] = n
    return found


def _clerk(
    db: Database,
    log: ClerkLog,
    ids: list[int],
    edits: int,
    seed: int,
    start: threading.Barrier,
    pace: tuple[float, float],
) -> None:
    rng = random.Random(seed)
    start.wait()
    for n in range(edits):
        if n and pace[1]:
            time.sleep(rng.uniform(*pace))
        cid = rng.choice(ids)
        kind = KINDS[n % len(KINDS)]
        try:
            data = commitments.get(db, cid)
            time.sleep(rng.uniform(0, 0.004))  # the clerk looks at the form: others may save meanwhile
            if kind == "status":
                started = time.perf_counter()
                commitments.change_status(
                    db, cid, TOGGLE.get(data.status, "in_progress"), f"{log.login} #{n}", version=data.version
                )
                log.status_seconds.append(time.perf_counter() - started)
            elif kind == "field":
                commitments.save(db, replace(data, agency=f"Agency of {log.login} #{n}"))
            else:
                base = data.due_date or date(2030, 1, 1)
                deadlines.move_deadline(
                    db, cid, base + timedelta(days=rng.randint(1, 30)), f"{log.login} #{n}", version=data.version
                )
        except ConflictError:
            log.conflicts += 1
            continue
        except Exception as exc:  # noqa: BLE001  any other error is a finding: counted and shown, never hidden
            log.errors.append(f"{kind} on #{cid}: {type(exc).__name__}: {exc}"[:400])
            traceback.print_exc()
            continue
        log.committed[kind] += 1
        log.per_record[cid] += 1


def _floor(
    conn_for: Callable[[str], psycopg.Connection[Any]],
    logins: list[str],
    ids: list[int],
    edits: int,
    pace: tuple[float, float],
) -> list[float]:
    """Bare psycopg: each clerk's own connection, one versioned UPDATE of the status per change."""
    times: list[float] = []
    lock = threading.Lock()
    start = threading.Barrier(len(logins))

    def one(login: str, seed: int) -> None:
        rng = random.Random(seed)
        mine: list[float] = []
        with conn_for(login) as conn:
            start.wait()
            for n in range(edits):
                if n and pace[1]:
                    time.sleep(rng.uniform(*pace) * len(KINDS))  # a floor edit stands for one of each kind
                cid = rng.choice(ids)
                row = conn.execute("SELECT status, version FROM commitment WHERE id = %s", (cid,)).fetchone()
                assert row is not None
                started = time.perf_counter()
                conn.execute(
                    "UPDATE commitment SET status = %s, version = version + 1 WHERE id = %s AND version = %s",
                    (TOGGLE.get(row[0], "in_progress"), cid, row[1]),
                )
                mine.append(time.perf_counter() - started)
        with lock:
            times.extend(mine)

    threads = [threading.Thread(target=one, args=(login, i)) for i, login in enumerate(logins)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return times


def simulate(
    owner: Database,
    url: str,
    connect: Callable[[str], psycopg.Connection[Any]],
    *,
    clerks: int,
    edits: int,
    records: int = 40,
    seed: int = 12,
    floor: bool = False,
    pace: tuple[float, float] = NO_PAUSE,
) -> LoadFigures:
    """Run the clerks on the register at ``url`` (``owner`` is its admin's handle, ``connect(login)`` a bare
    psycopg connection as a login, autocommit) and account for every edit."""
    access.setup(owner)
    ids = [
        commitments.save(
            owner,
            CommitmentData(title=f"Load {i}", agency="MFA", status="in_progress", due_date=date(2030, 1, 1)),
        )
        for i in range(records)
    ]
    tag = uuid.uuid4().hex[:6]
    logs = [ClerkLog(f"clerk_{tag}_{i:02d}") for i in range(clerks)]
    for log in logs:
        access.add_user(owner, name=log.login, role="clerk", password=PASSWORD)
    with connect(SUPERUSER) as conn:
        before = _counts(conn, ids)
        trail_from = conn.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]  # type: ignore[index]
    dbs = [open_database(_login_url(url, log.login), auto_backup=False) for log in logs]
    start = threading.Barrier(clerks)
    threads = [
        threading.Thread(target=_clerk, args=(db, log, ids, edits, seed * 1000 + i, start, pace), name=log.login)
        for i, (db, log) in enumerate(zip(dbs, logs, strict=True))
    ]
    started = time.perf_counter()
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        wall = time.perf_counter() - started
        for db in dbs:
            db.close()
    committed: Counter[str] = Counter()
    per_record: Counter[int] = Counter()
    for log in logs:
        committed += log.committed
        per_record += log.per_record
    with connect(SUPERUSER) as conn:
        after = _counts(conn, ids)
        trail = dict(
            conn.execute(
                "SELECT who, count(*) FROM audit_log WHERE id > %s AND who LIKE %s GROUP BY who",
                (trail_from, f"clerk_{tag}_%"),
            ).fetchall()
        )
    lost_detail: list[str] = []
    lost = 0
    # Each committed edit bumps its commitment's version once; status changes and moves leave one row each.
    status_of: Counter[int] = Counter()
    moves_of: Counter[int] = Counter()
    # Per record the versions must add up; the history tables in total.
    for cid in ids:
        gained = after["version"].get(cid, 0) - before["version"].get(cid, 0)
        if gained != per_record[cid]:
            lost += abs(per_record[cid] - gained)
            lost_detail.append(f"#{cid}: {per_record[cid]} edits committed, version moved by {gained}")
        status_of[cid] = after["status_change"].get(cid, 0) - before["status_change"].get(cid, 0)
        moves_of[cid] = after["deadline_extension"].get(cid, 0) - before["deadline_extension"].get(cid, 0)
    if sum(status_of.values()) != committed["status"]:
        lost += abs(committed["status"] - sum(status_of.values()))
        lost_detail.append(f"status history: {sum(status_of.values())} rows for {committed['status']} changes")
    if sum(moves_of.values()) != committed["deadline"]:
        lost += abs(committed["deadline"] - sum(moves_of.values()))
        lost_detail.append(f"deadline moves: {sum(moves_of.values())} rows for {committed['deadline']} moves")

    # The trail: every committed edit updates its commitment (one row); a status change also inserts its
    # history row and a deadline move its extension row (one more each).
    def expected(log: ClerkLog) -> int:
        return sum(log.committed.values()) + log.committed["status"] + log.committed["deadline"]

    figures = LoadFigures(
        clerks=clerks,
        edits_each=edits,
        committed=committed,
        conflicts=sum(log.conflicts for log in logs),
        unhandled=[e for log in logs for e in log.errors],
        lost=lost,
        lost_detail=lost_detail,
        trail_rows=sum(trail.values()),
        trail_expected=sum(expected(log) for log in logs),
        trail_by_login_ok=all(trail.get(log.login, 0) == expected(log) for log in logs),
        status_seconds=[s for log in logs for s in log.status_seconds],
        wall_seconds=wall,
    )
    if floor:
        figures.floor_seconds = _floor(connect, [log.login for log in logs], ids, edits // len(KINDS) or 1, pace)
    figures.pace = pace
    return figures


def run(bench: Bench) -> list[Result]:
    from tests.postgres_server import TempPostgres, pg_tool

    if not pg_tool("initdb"):
        return [
            Result(
                "load_clerks",
                f"PostgreSQL: {bench.clerks} clerks at once",
                "check",
                None,
                note="not measured: the PostgreSQL server binaries are not installed (Debian: postgresql)",
            )
        ]
    server = TempPostgres()
    try:
        url = server.create_database("kelisim_load")
        owner = open_database(url, auto_backup=False)

        def connect(login: str) -> psycopg.Connection[Any]:
            return psycopg.connect(
                host=str(server.root),
                port=server.port,
                user=login,
                password=PASSWORD,
                dbname="kelisim_load",
                autocommit=True,
            )

        try:
            paced = simulate(owner, url, connect, clerks=bench.clerks, edits=bench.edits, floor=True, pace=CLERK_PACE)
            stress = simulate(owner, url, connect, clerks=bench.clerks, edits=bench.edits, floor=True)
        finally:
            owner.close()
    finally:
        server.stop()
    return results(paced) + results(stress, key="load_stress", judged=False)


def results(f: LoadFigures, *, key: str = "load", judged: bool = True) -> list[Result]:
    """The figures of one run; ``judged=False`` (the stress run): the time is shown for information."""
    pause = f", {f.pace[0]:g}–{f.pace[1]:g} s between a clerk's edits" if f.pace[1] else ", no pause between edits"
    who = f"{f.clerks} clerks × {f.edits_each} edits{pause}"
    done = (
        f"{f.committed_total} committed ({f.committed['status']} status changes, {f.committed['field']} field edits, "
        f"{f.committed['deadline']} deadline moves), {f.conflicts} refused as conflicts, in {f.wall_seconds:.1f} s"
    )
    return [
        Result(
            f"{key}_lost_updates",
            f"PostgreSQL, {who}: lost updates",
            "check",
            None,
            unit="",
            value=float(f.lost),
            passed=f.lost == 0,
            note=done + ("; " + "; ".join(f.lost_detail[:5]) if f.lost_detail else ""),
        ),
        Result(
            f"{key}_errors",
            f"PostgreSQL, {who}: unhandled errors",
            "check",
            None,
            unit="",
            value=float(len(f.unhandled)),
            passed=not f.unhandled,
            note="; ".join(f.unhandled[:3]),
        ),
        Result(
            f"{key}_trail",
            f"PostgreSQL, {who}: audit-trail rows for the committed changes",
            "check",
            None,
            unit="",
            value=float(f.trail_rows),
            passed=f.trail_rows == f.trail_expected and f.trail_by_login_ok,
            note=f"expected {f.trail_expected} (one per commitment update, one per history or extension row), "
            f"{'each' if f.trail_by_login_ok else 'NOT each'} signed by the clerk's own login",
        ),
        Result(
            f"{key}_status_p95",
            f"PostgreSQL, {who}: p95 of one status change (change_status)",
            "abs",
            0.05,
            value=p95(f.status_seconds),
            floor=p95(f.floor_seconds),
            runs=sorted(f.status_seconds)[-5:],
            floor_runs=sorted(f.floor_seconds)[-5:],
            floor_label="bare psycopg, the same clerks' logins at the same concurrency: one versioned "
            "UPDATE commitment SET status per change, autocommit (p95)",
            note=f"{len(f.status_seconds)} committed status changes timed"
            + ("" if judged else "; the stress case, for information (the target is judged at a clerk's pace)"),
        ).judge()
        if judged
        else Result(
            f"{key}_status_p95",
            f"PostgreSQL, {who}: p95 of one status change (change_status)",
            "info",
            None,
            value=p95(f.status_seconds),
            floor=p95(f.floor_seconds),
            floor_label="bare psycopg at the same concurrency and pace (p95)",
            note=f"{len(f.status_seconds)} committed status changes timed; the stress case, for information "
            "(the target is judged at a clerk's pace)",
        ),
    ]
