"""The load test of ``make bench`` run small (4 clerks × 10 edits) on the session's PostgreSQL server: each clerk
its own login and connection; nothing lost, no unhandled error, the trail holds every committed change, signed
by the clerk who made it. Correctness only, never a time. (Logins are a PostgreSQL matter: SQLite has one
person per file.)"""

from __future__ import annotations

from typing import Any

import psycopg
import pytest
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain.errors import ConflictError
from desktop.domain.models import Commitment
from desktop.services import commitments
from desktop.services.records import CommitmentData
from desktop.storage.database import open_database
from desktop.storage.errors import translate_operational_error
from tests.benchmarks import load
from tests.conftest import PostgresTemplates


@pytest.mark.postgres
def test_clerks_at_once_lose_nothing(pg_templates: PostgresTemplates) -> None:
    name, url = pg_templates.fresh()
    server = pg_templates.server
    owner = open_database(url, auto_backup=False)

    def connect(login: str) -> psycopg.Connection[Any]:
        return psycopg.connect(
            host=str(server.root), port=server.port, user=login, password=load.PASSWORD, dbname=name, autocommit=True
        )

    try:
        figures = load.simulate(owner, url, connect, clerks=4, edits=12, records=6, floor=True)
    finally:
        owner.close()
        pg_templates.drop(name)
    assert figures.unhandled == []
    assert figures.lost == 0, figures.lost_detail
    assert figures.committed_total + figures.conflicts == 4 * 12
    assert figures.committed["status"] and figures.committed["field"] and figures.committed["deadline"]
    assert figures.trail_rows == figures.trail_expected and figures.trail_by_login_ok
    # Every committed status change was timed, and so was the floor (counts only: no time is judged here).
    timed_changes, timed_floor = len(figures.status_seconds), len(figures.floor_seconds)
    assert timed_changes == figures.committed["status"] and timed_floor > 0
    rows = {r.key: r for r in load.results(figures)}
    assert rows["load_lost_updates"].passed and rows["load_errors"].passed and rows["load_trail"].passed


@pytest.mark.postgres
def test_a_save_overtaken_between_check_and_write_is_a_conflict(pg_templates: PostgresTemplates) -> None:
    """The race the load test found (PostgreSQL: writers do not wait for each other until the UPDATE; SQLite
    takes its write lock before the version is read, so there it cannot happen): another save commits after
    this one read the version; the UPDATE (… WHERE version = the one read) then matches nothing — a
    ConflictError, nothing half-written."""
    name, url = pg_templates.fresh()
    db = open_database(url, auto_backup=False)
    try:
        cid = commitments.save(db, CommitmentData(title="Raced", agency="MFA"))
        with pytest.raises(ConflictError, match="while you were saving"), db.write() as session:
            mine = session.get(Commitment, cid)
            assert mine is not None and mine.version == 1
            commitments.set_fields(db, cid, {"agency": "The other clerk"})  # commits on its own connection
            mine.agency = "This clerk"
            session.flush()
        after = commitments.get(db, cid)
        assert (after.agency, after.version) == ("The other clerk", 2)
    finally:
        db.close()
        pg_templates.drop(name)


def test_stale_data_is_a_conflict_with_a_message() -> None:
    with pytest.raises(ConflictError) as raised, translate_operational_error():
        raise StaleDataError("UPDATE statement on table 'commitment' expected to update 1 row(s); 0 were matched.")
    assert "changed by someone else while you were saving" in str(raised.value.message)
