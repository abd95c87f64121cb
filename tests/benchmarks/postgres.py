"""The same register on a PostgreSQL server: list load, one status change and both exports.

A throw-away server (tests/postgres_server.py) gets a database migrated by Kelisim, filled with the very
rows of the SQLite archive (COPY). The list load is judged against its own floor, the list's query run
through the bare psycopg driver; the status change against the SQLite target (50 ms); the Excel and PDF
exports against the SQLite targets and floors (openpyxl write-only, reportlab plain tables).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.dialects import postgresql

from desktop.domain.models import Commitment, metadata
from desktop.services import commitment_list, commitments
from desktop.storage.database import Database, open_database
from tests.benchmarks import Bench, Result, median, repeat
from tests.benchmarks.exports import runs_for, work

ROWS_PER_COPY = 5000


def run(bench: Bench) -> list[Result]:
    from tests.postgres_server import TempPostgres, pg_tool

    if not pg_tool("initdb"):
        return [
            Result(
                "pg_list_load",
                "PostgreSQL: the Commitments list",
                "ratio",
                2.0,
                note="not measured: the PostgreSQL server binaries are not installed (Debian: postgresql)",
            )
        ]
    server = TempPostgres()
    try:
        url = server.create_database("kelisim_bench")
        db = open_database(url, auto_backup=False)
        try:
            _copy_archive(bench, server)
            results = [_load(bench, db, server), _status_change(bench, db, server)]
        finally:
            db.close()
        results += _exports(bench, url)
        return results
    finally:
        server.stop()


def _copy_archive(bench: Bench, server: Any) -> None:
    """Every row of the SQLite archive into the migrated PostgreSQL database, then its sequences and statistics."""
    with closing(sqlite3.connect(bench.archive)) as source, server.connect("kelisim_bench") as target:
        target.execute("SET TIME ZONE 'UTC'")  # the archive's timestamps are UTC text
        # The archive's own rows, trail included, as they are: the audit triggers would write a second trail.
        target.execute("SET session_replication_role = replica")
        for table in metadata.sorted_tables:
            columns = [c.name for c in table.columns]
            names = ", ".join(f'"{c}"' for c in columns)
            booleans = {i for i, c in enumerate(table.columns) if _is_bool(c)}
            cursor = source.execute(f'SELECT {names} FROM "{table.name}"')
            with target.cursor().copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
                while rows := cursor.fetchmany(ROWS_PER_COPY):
                    for row in rows:
                        copy.write_row([bool(v) if i in booleans and v is not None else v for i, v in enumerate(row)])
            if "id" in columns:
                target.execute(
                    f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'), "
                    f'coalesce((SELECT max(id) FROM "{table.name}"), 0) + 1, false)'
                )
        target.execute("ANALYZE")


def _is_bool(column: Any) -> bool:
    try:
        return column.type.python_type is bool
    except NotImplementedError:
        return False


def _load(bench: Bench, db: Database, server: Any) -> Result:
    query = commitment_list.base_query().order_by(Commitment.id)
    sql = str(query.compile(dialect=postgresql.psycopg.dialect(), compile_kwargs={"literal_binds": True}))

    with server.connect("kelisim_bench") as conn:  # open before the clock, as Kelisim's pool is

        def raw() -> list[tuple]:
            return conn.execute(sql.replace("%%", "%")).fetchall()

        raw_count = len(raw())  # warm the server's cache for both sides alike
        listed = len(commitment_list.list_rows(db))
        if listed != raw_count or listed != bench.commitments:
            raise AssertionError(f"list_rows returned {listed} rows, the raw select {raw_count}")
        floor = repeat(raw, bench.runs)
        times = repeat(lambda: commitment_list.list_rows(db), bench.runs)
    return Result(
        "pg_list_load",
        f"PostgreSQL: load the {bench.commitments:,}-row Commitments list (list_rows)",
        "ratio",
        2.0,
        value=median(times),
        floor=median(floor),
        runs=times,
        floor_runs=floor,
        floor_label="bare psycopg: the same query on an open connection, fetchall",
    ).judge()


def _status_change(bench: Bench, db: Database, server: Any) -> Result:
    with server.connect("kelisim_bench") as conn:
        ids = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM commitment WHERE status = 'in_progress' ORDER BY id DESC LIMIT %s",
                (bench.runs * 2 + 1,),
            )
        ]
    commitments.change_status(db, ids.pop(), "on_hold", "warm-up")
    queue = list(ids)
    times = repeat(lambda: commitments.change_status(db, queue.pop(), "on_hold", "waiting for the partner"), bench.runs)
    raw_ids = list(ids[: bench.runs])

    def raw() -> None:
        cid = raw_ids.pop()
        with server.connect("kelisim_bench") as conn, conn.transaction():
            conn.execute(
                "INSERT INTO status_change (entity, commitment_id, from_status, to_status, changed_at, "
                "changed_by, note) VALUES ('commitment', %s, 'on_hold', 'in_progress', %s, 'bench', 'x')",
                (cid, datetime.now(UTC)),
            )
            conn.execute("UPDATE commitment SET status = 'in_progress', version = version + 1 WHERE id = %s", (cid,))

    floor = repeat(raw, bench.runs)
    return Result(
        "pg_status_change",
        "PostgreSQL: change one commitment's status (change_status)",
        "abs",
        0.05,
        value=median(times),
        floor=median(floor),
        runs=times,
        floor_runs=floor,
        floor_label="bare psycopg: INSERT history + UPDATE in one transaction, new connection",
    ).judge()


def _exports(bench: Bench, url: str) -> list[Result]:
    folder = bench.scratch("pg-exports")
    out, floor_out = folder / "report.xlsx", folder / "floor.xlsx"
    runs = [work("excel", url, str(out)) for _ in range(runs_for(bench))]
    floors = [work("excel-floor", str(out), str(floor_out)) for _ in range(runs_for(bench))]
    rows = floors[0]["rows"].get("Commitments", 0) - 1
    if rows != bench.commitments:
        raise AssertionError(f"the workbook holds {rows} commitment rows, the register {bench.commitments}")
    times, floor_times = [r["seconds"] for r in runs], [f["seconds"] for f in floors]
    small = min(10_000, bench.commitments)
    pdf_times = [work("pdf", url, str(folder / "report.pdf"), str(small))["seconds"] for _ in range(runs_for(bench))]
    pdf_floor = [
        work("pdf-floor", url, str(folder / "floor.pdf"), str(small))["seconds"] for _ in range(runs_for(bench))
    ]
    return [
        Result(
            "pg_excel",
            f"PostgreSQL: Excel export of all {bench.commitments:,} commitments (dataset + workbook)",
            "ratio",
            1.25,
            value=median(times),
            floor=median(floor_times),
            runs=times,
            floor_runs=floor_times,
            floor_label="openpyxl write-only writing the same cells",
            note=f"read back: {rows:,} commitment rows",
        ).judge(),
        Result(
            "pg_pdf_10k",
            f"PostgreSQL: PDF report of {small:,} commitments",
            "ratio",
            1.5,
            value=median(pdf_times),
            floor=median(pdf_floor),
            runs=pdf_times,
            floor_runs=pdf_floor,
            floor_label="reportlab: the same rows as plain-string tables of 100 rows",
        ).judge(),
    ]
