"""The Commitments list: loading it, sorting it and filtering it as the clerk types."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date

from sqlalchemy.dialects import sqlite as sqlite_dialect

from desktop.domain.filters import CommitmentFilter
from desktop.domain.models import Commitment
from desktop.services import commitment_list
from desktop.storage.database import Database, open_database
from tests.benchmarks import Bench, Result, median, repeat, timed
from tests.benchmarks import table as model_bench

# "қазақ" typed one letter at a time must find "ҚАЗАҚ" (casefold, not ASCII lower()).
TYPED = "қазақ"


def raw_select_sql() -> str:
    """The list's own query (same columns, joins and order) as SQL text for the raw floor."""
    query = commitment_list.base_query().order_by(Commitment.id)
    return str(query.compile(dialect=sqlite_dialect.dialect(), compile_kwargs={"literal_binds": True}))


def combined_filters(db: Database) -> dict[str, CommitmentFilter]:
    """The text filter alone and with status, body (a committee and all below it) and due-date filters."""
    with closing(sqlite3.connect(db.path)) as conn:  # type: ignore[arg-type]
        committee = conn.execute("SELECT id FROM body WHERE parent_id IS NULL ORDER BY id LIMIT 1").fetchone()[0]
    today = date.today()
    return {
        "alone": CommitmentFilter(),
        "status": CommitmentFilter(statuses=frozenset({"in_progress", "not_started"})),
        "body": CommitmentFilter(body_id=committee),
        "due": CommitmentFilter(
            due_after=today.replace(year=today.year - 1), due_before=today.replace(year=today.year + 2)
        ),
        "all": CommitmentFilter(
            statuses=frozenset({"in_progress", "not_started"}),
            body_id=committee,
            due_after=today.replace(year=today.year - 1),
            due_before=today.replace(year=today.year + 2),
        ),
    }


def run(bench: Bench) -> list[Result]:
    db = open_database(bench.archive, auto_backup=False)
    try:
        results = [_load(bench, db)]
        rows = commitment_list.list_rows(db)
        results += _check_casefold(db, rows)
        results += model_bench.run(bench, db, rows, combined_filters(db), TYPED)
        from tests.benchmarks import finding  # quick open and the typing pickers

        results += finding.run(bench, db)
        return results
    finally:
        db.close()


def _load(bench: Bench, db: Database) -> Result:
    sql = raw_select_sql()

    def raw() -> list[tuple]:
        with closing(sqlite3.connect(db.path)) as conn:  # type: ignore[arg-type]
            return conn.execute(sql).fetchall()

    raw_count = len(raw())  # warm the page cache for both sides alike
    listed = len(commitment_list.list_rows(db))
    if listed != raw_count:
        raise AssertionError(f"list_rows returned {listed} rows, the raw select {raw_count}")
    floor = repeat(raw, bench.runs)
    times = repeat(lambda: commitment_list.list_rows(db), bench.runs)
    return Result(
        "list_load",
        f"load the {bench.commitments:,}-row Commitments list (list_rows)",
        "ratio",
        2.0,
        value=median(times),
        floor=median(floor),
        runs=times,
        floor_runs=floor,
        floor_label="raw sqlite3 select of the same columns and joins, fetchall",
    ).judge()


def _check_casefold(db: Database, rows: list[tuple]) -> list[Result]:
    """The in-memory filter and SQL agree, and "қазақ" finds the titles written "ҚАЗАҚ"."""
    predicate = commitment_list.predicate_for(db, CommitmentFilter(text=TYPED))
    elapsed, found = timed(lambda: [r for r in rows if commitment_list.row_matches(predicate, r)])
    upper = sum(1 for r in found if "ҚАЗАҚ" in r[commitment_list.Col.TITLE])  # type: ignore[union-attr]
    with closing(sqlite3.connect(db.path)) as conn:  # type: ignore[arg-type]
        expected = conn.execute("SELECT count(*) FROM commitment WHERE instr(search_text, ?) > 0", (TYPED,)).fetchone()[
            0
        ]
        upper_expected = conn.execute("SELECT count(*) FROM commitment WHERE instr(title, 'ҚАЗАҚ') > 0").fetchone()[0]
    ok = len(found) == expected and upper == upper_expected and (upper_expected > 0 or len(rows) < 50)
    return [
        Result(
            "filter_casefold",
            f'"{TYPED}" finds "ҚАЗАҚ" ({upper:,} of {upper_expected:,} upper-case titles; {len(found):,} matches)',
            "check",
            None,
            value=elapsed,
            passed=ok,
            floor_label="matches counted against SQL instr() over the stored casefolded search_text",
        )
    ]
