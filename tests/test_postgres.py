"""The register on a PostgreSQL server, as a department would share it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from desktop.domain.enums import HistoryEntity
from desktop.domain.errors import ConflictError, InUseError
from desktop.domain.filters import CommitmentFilter
from desktop.services import agreements, commitment_list, commitments, dashboard, demo, history, lookups
from desktop.storage.database import Database, open_database
from desktop.storage.migrate import current_revision, head_revision
from tests.postgres_server import SUPERUSER, TempPostgres

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


@pytest.fixture
def pg_db(pg_server: TempPostgres, request: pytest.FixtureRequest) -> Iterator[Database]:
    """A database the migrations build from nothing (not a copy of the suite's template)."""
    name = f"kelisim_{request.node.name.lower()}"[:60]
    db = open_database(pg_server.create_database(name))
    yield db
    db.close()
    pg_server.drop_database(name)


def test_migrations_build_the_schema_on_postgres(pg_db: Database) -> None:
    assert current_revision(pg_db.engine) == head_revision(pg_db.engine)
    assert pg_db.path is None
    assert "postgresql" in pg_db.label


def test_demo_register_and_filters_work_on_postgres(pg_db: Database) -> None:
    demo.load_demo(pg_db)
    rows = commitment_list.list_rows(pg_db)
    assert len(rows) == 10
    due = [r[commitment_list.Col.DUE_DATE] for r in rows]
    assert all(isinstance(d, str) and len(d) == 10 for d in due), due  # ISO text, as on SQLite
    found = commitment_list.list_rows(pg_db, CommitmentFilter(text="ауыл ШАРУАШЫЛЫҒЫ"))
    assert [r[commitment_list.Col.REF] for r in found] == ["KZ-CN-2024/04"]
    committee = lookups.body_id_by_name(pg_db, "Kazakh-Chinese Cooperation Committee")
    assert len(commitment_list.list_rows(pg_db, CommitmentFilter(body_id=committee))) == 7
    today = date(2026, 11, 29)
    overdue = commitment_list.list_rows(pg_db, CommitmentFilter(overdue=True), today)
    sql_ids = {r[0] for r in overdue}
    predicate = commitment_list.predicate_for(pg_db, CommitmentFilter(overdue=True), today)
    assert sql_ids == {r[0] for r in rows if commitment_list.row_matches(predicate, r)}
    figures = dashboard.load(pg_db, today)
    assert figures.total == 10 and figures.overdue == len(sql_ids)


def test_status_history_conflicts_and_deletes_on_postgres(pg_db: Database) -> None:
    demo.load_demo(pg_db)
    ref_id = commitment_list.id_for_ref(pg_db, "KZ-CN-2024/02")
    stale = commitments.get(pg_db, ref_id)
    commitments.change_status(
        pg_db, ref_id, "completed", "exports target met", letter_number="2", letter_date=date.today()
    )
    entries = history.for_record(pg_db, HistoryEntity.COMMITMENT, ref_id)
    assert (
        entries[0].to_status == "completed" and entries[0].changed_by == SUPERUSER
    )  # the server login, not the client's
    assert entries[0].changed_at.tzinfo is not None
    stale.title = "Overwritten from a stale form"
    with pytest.raises(ConflictError):
        commitments.save(pg_db, stale)
    assert commitments.get(pg_db, ref_id).title != stale.title
    with pytest.raises(InUseError):
        agreements.delete(pg_db, lookups.agreement_id_by_reg(pg_db, "KZ-CN-2024-05-20/1"))
