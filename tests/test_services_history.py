"""The status history: who, when (aware UTC), from, to and why, newest first, per record."""

from __future__ import annotations

import getpass
from datetime import UTC, date, datetime, timedelta

from desktop.domain.enums import HistoryEntity
from desktop.services import agreements, commitments, history, parties
from desktop.services.records import AgreementData, CommitmentData, PartyData
from desktop.storage.database import Database
from tests import os_login
from tests.postgres_server import SUPERUSER


def test_history_is_per_record_and_newest_first(db: Database, monkeypatch) -> None:
    first = commitments.save(db, CommitmentData(title="First"))
    second = commitments.save(db, CommitmentData(title="Second"))
    os_login.act_as(monkeypatch, "Айгүл Сәрсенова")
    commitments.change_status(db, first, "in_progress", "Жоспар бекітілді")
    commitments.change_status(db, first, "on_hold", "")
    entries = history.for_record(db, HistoryEntity.COMMITMENT, first)
    assert [(e.from_status, e.to_status) for e in entries] == [
        ("in_progress", "on_hold"),
        ("not_started", "in_progress"),
        (None, "not_started"),
    ]
    assert [e.changed_by for e in entries] == ["Айгүл Сәрсенова", "Айгүл Сәрсенова", "test-clerk"]
    assert entries[1].note == "Жоспар бекітілді"
    assert [e.changed_at for e in entries] == sorted((e.changed_at for e in entries), reverse=True)
    assert len(history.for_record(db, HistoryEntity.COMMITMENT, second)) == 1


def test_timestamps_are_aware_utc_and_recent(db: Database) -> None:
    clock_slack = timedelta(seconds=5)  # the database and Python clocks may round differently
    before = datetime.now(UTC) - clock_slack
    commitment_id = commitments.save(db, CommitmentData(title="Stamp"))
    [entry] = history.for_record(db, HistoryEntity.COMMITMENT, commitment_id)
    assert entry.changed_at.tzinfo is not None
    assert entry.changed_at.utcoffset() == timedelta(0)
    after = datetime.now(UTC) + clock_slack
    assert before <= entry.changed_at <= after


def test_commitment_and_agreement_histories_do_not_mix(db: Database) -> None:
    kz = parties.save(db, PartyData(name="Kazakhstan", country_code="KZ"))
    cn = parties.save(db, PartyData(name="China", country_code="CN"))
    agreement_id = agreements.save(
        db, AgreementData(reg_number="P-1", title="Protocol", party_ids=[kz, cn], signed_on=date(2024, 5, 20))
    )
    commitment_id = commitments.save(db, CommitmentData(title="Trade", agreement_id=agreement_id))
    assert agreement_id == commitment_id  # same id in both tables: the entity keeps them apart
    [a] = history.for_record(db, HistoryEntity.AGREEMENT, agreement_id)
    [c] = history.for_record(db, HistoryEntity.COMMITMENT, commitment_id)
    assert (a.entity, a.to_status) == ("agreement", "signed")
    assert (c.entity, c.to_status) == ("commitment", "not_started")


def test_the_author_is_the_os_login_on_sqlite_and_the_server_login_on_postgres(
    db: Database, engine_name: str, monkeypatch
) -> None:
    from desktop.services.common import current_user

    monkeypatch.setattr(getpass, "getuser", os_login.REAL_GETUSER)
    expected = SUPERUSER if engine_name == "postgres" else os_login.REAL_GETUSER()
    with db.read() as session:
        assert current_user(session) == expected


def test_on_a_shared_register_the_author_is_the_server_login_not_the_client_machines(
    db: Database, engine_name: str, monkeypatch
) -> None:
    """Status history, trash and reports name whom the server signed in; the client's own login (which
    anyone can name as they like on their own machine) is not consulted on PostgreSQL."""
    from desktop.services import trash

    monkeypatch.setattr(getpass, "getuser", lambda: "whoever-the-laptop-says")  # the OS login only
    first = commitments.save(db, CommitmentData(title="First"))
    commitments.change_status(db, first, "in_progress", "")
    second = commitments.save(db, CommitmentData(title="Second"))
    trash.move_to_trash(db, entity="commitment", record_id=second)
    expected = SUPERUSER if engine_name == "postgres" else "whoever-the-laptop-says"
    entries = history.for_record(db, HistoryEntity.COMMITMENT, first)
    assert {e.changed_by for e in entries} == {expected}
    assert [row.deleted_by for row in trash.list_rows(db)] == [expected]
