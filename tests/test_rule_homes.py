"""Each rule has one home: the SQL and the Python forms of "open" and "overdue" agree on every case.

The list filters in SQL (export, command line, dashboard counts) and in Python (the window's list as the
clerk types); both come from desktop/domain/rules.py and must select the same commitments.
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from sqlalchemy import select

from desktop.domain.enums import (
    CLOSED_COMMITMENT_STATUSES,
    COMMITMENT_STATUS_ORDER,
    OPEN_COMMITMENT_STATUSES,
    CommitmentStatus,
)
from desktop.domain.filters import CommitmentFilter, compile_filter
from desktop.domain.models import Commitment
from desktop.domain.rules import is_open, is_overdue, open_clause, overdue_clause
from desktop.services import commitment_list
from desktop.storage.database import Database

TODAY = date(2026, 1, 15)
DUE_DATES = (None, TODAY - timedelta(days=400), TODAY - timedelta(days=1), TODAY, TODAY + timedelta(days=1))


def fill_every_case(db: Database) -> dict[int, tuple[date | None, str]]:
    cases: dict[int, tuple[date | None, str]] = {}
    with db.write() as session:
        for n, (due, status) in enumerate(itertools.product(DUE_DATES, COMMITMENT_STATUS_ORDER)):
            row = Commitment(ref=f"C-{n}", title=f"case {n}", status=status, due_date=due)
            session.add(row)
            session.flush()
            assert row.id is not None
            cases[row.id] = (due, status)
    return cases


def test_status_vocabulary_is_split_once_into_open_and_closed() -> None:
    assert set(COMMITMENT_STATUS_ORDER) == {s.value for s in CommitmentStatus}
    assert OPEN_COMMITMENT_STATUSES | CLOSED_COMMITMENT_STATUSES == set(COMMITMENT_STATUS_ORDER)
    assert not OPEN_COMMITMENT_STATUSES & CLOSED_COMMITMENT_STATUSES
    assert [s for s in COMMITMENT_STATUS_ORDER if is_open(s)] == ["not_started", "in_progress", "on_hold"]


def test_sql_and_python_agree_on_open_and_overdue(db: Database) -> None:
    cases = fill_every_case(db)
    with db.read() as session:
        in_sql_open = set(session.scalars(select(Commitment.id).where(open_clause(Commitment.status))))
        in_sql_overdue = set(
            session.scalars(select(Commitment.id).where(overdue_clause(Commitment.due_date, Commitment.status, TODAY)))
        )
    in_python_open = {i for i, (_due, status) in cases.items() if is_open(status)}
    in_python_overdue = {i for i, (due, status) in cases.items() if is_overdue(due, status, TODAY)}
    assert in_sql_open == in_python_open
    assert in_sql_overdue == in_python_overdue
    # Not vacuous: some of each, and not all.
    assert 0 < len(in_python_overdue) < len(in_python_open) < len(cases)


def test_the_window_filter_and_the_sql_filter_select_the_same_overdue_rows(db: Database) -> None:
    cases = fill_every_case(db)
    flt = CommitmentFilter(overdue=True)
    ident = commitment_list.Col.ID
    in_sql = {row[ident] for row in commitment_list.list_rows(db, flt, TODAY)}
    compiled = compile_filter(flt, TODAY, None)
    fast = commitment_list.row_predicate(compiled)
    rows = commitment_list.list_rows(db, CommitmentFilter(), TODAY)
    in_python = {row[ident] for row in rows if fast(row)}
    in_python_plain = {row[ident] for row in rows if commitment_list.row_matches(compiled, row)}
    expected = {i for i, (due, status) in cases.items() if is_overdue(due, status, TODAY)}
    assert in_sql == in_python == in_python_plain == expected
