"""Commitments: create, read, update, delete, status changes and conflicts."""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import UTC, date, datetime, timedelta
from typing import get_type_hints

import pytest
from sqlalchemy import text

from desktop.domain.enums import HistoryEntity
from desktop.domain.errors import ConflictError, FieldError, NotFoundError, ValidationError
from desktop.domain.models import Commitment
from desktop.services import bodies, commitment_list, commitments, history, parties
from desktop.services.commitment_list import Col
from desktop.services.records import BodyData, CommitmentData, PartyData
from desktop.storage.database import Database

TODAY = date.today()


def trade(**changes: object) -> CommitmentData:
    data = CommitmentData(
        title="Expand trade and transit cooperation",
        sector="Trade",
        due_date=date(2026, 12, 31),
        agency="Министерство торговли и интеграции",
        priority="high",
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_create_assigns_a_reference_and_round_trips(db: Database) -> None:
    commitment_id = commitments.save(db, trade(description="Товарооборот 41 млрд долларов США"))
    got = commitments.get(db, commitment_id)
    assert got.ref == f"C-{commitment_id:06d}"
    assert got.title == "Expand trade and transit cooperation"
    assert got.due_date == date(2026, 12, 31) and got.priority == "high" and got.status == "not_started"
    assert got.description == "Товарооборот 41 млрд долларов США"


def test_given_reference_is_kept_and_must_be_unique(db: Database) -> None:
    first = commitments.save(db, trade(ref="KZ-CN-2024/01"))
    assert commitments.get(db, first).ref == "KZ-CN-2024/01"
    with pytest.raises(ValidationError) as info:
        commitments.save(db, trade(ref=" KZ-CN-2024/01 "))
    assert "already used" in info.value.for_field("ref")
    assert len(commitment_list.list_rows(db)) == 1
    assert commitment_list.id_for_ref(db, " KZ-CN-2024/01") == first
    with pytest.raises(NotFoundError):
        commitment_list.id_for_ref(db, "KZ-CN-2024/99")


def test_search_text_covers_body_party_and_all_scripts(db: Database) -> None:
    body_id = bodies.save(db, BodyData(name="Subcommittee on Agricultural Cooperation", kind="committee"))
    party_id = parties.save(db, PartyData(name="People's Republic of China", country_code="CN"))
    commitment_id = commitments.save(
        db, trade(title="ФИТОСАНИТАРИЯЛЫҚ рұқсаттар", description="扩大农产品准入", body_id=body_id, party_id=party_id)
    )
    [row] = commitment_list.list_rows(db)
    assert row[Col.ID] == commitment_id
    text = row[Col.SEARCH_TEXT]
    assert "фитосанитариялық" in text and "扩大农产品准入" in text
    assert "agricultural cooperation" in text and "people's republic of china" in text


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": "  "}, "title"),
        ({"title": "x" * 1001}, "title"),
        ({"sector": "s" * 101}, "sector"),
        ({"status": "done"}, "status"),
        ({"priority": "urgent!"}, "priority"),
        ({"progress": 101}, "progress"),
        ({"progress": 100}, "progress"),
        ({"status": "completed", "progress": 100}, "completed_on"),
        ({"status": "completed", "progress": 100, "completed_on": TODAY + timedelta(days=1)}, "completed_on"),
        ({"completed_on": date(2025, 1, 1)}, "completed_on"),
    ],
)
def test_invalid_commitment_refused_naming_the_field(db: Database, changes: dict, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        commitments.save(db, trade(**changes))
    assert info.value.for_field(field), info.value.problems
    assert commitment_list.list_rows(db) == []


def test_typed_status_variant_is_understood(db: Database) -> None:
    commitment_id = commitments.save(
        db,
        trade(status="Completed", progress=100, completed_on=date(2025, 1, 1)),
        letter_number="01-2/7",
        letter_date=date(2025, 1, 1),
    )
    assert commitments.get(db, commitment_id).status == "completed"
    other = commitments.save(db, trade(status="In progress", progress=40))
    assert commitments.get(db, other).status == "in_progress"


def test_references_to_missing_records_refused(db: Database) -> None:
    for field in ("agreement_id", "body_id", "party_id"):
        with pytest.raises(FieldError) as info:
            commitments.save(db, trade(**{field: 404}))
        assert info.value.field == field
    assert commitment_list.list_rows(db) == []


def test_update_keeps_reference_and_bumps_version(db: Database) -> None:
    commitment_id = commitments.save(db, trade())
    data = commitments.get(db, commitment_id)
    data.progress = 30
    data.sector = "Сауда"
    commitments.save(db, data)
    got = commitments.get(db, commitment_id)
    assert got.progress == 30 and got.sector == "Сауда" and got.ref == data.ref
    assert got.version == data.version + 1
    [row] = commitment_list.list_rows(db)
    assert "сауда" in row[Col.SEARCH_TEXT]


def test_creation_and_status_changes_record_who_when_from_to_note(db: Database) -> None:
    earliest = datetime.now(UTC) - timedelta(seconds=1)  # clocks round differently
    commitment_id = commitments.save(db, trade())
    commitments.change_status(db, commitment_id, "in_progress", "Joint plan agreed", progress=20)
    commitments.change_status(
        db, commitment_id, "completed", "Done", completed_on=date(2025, 12, 1), letter_number="7", letter_date=TODAY
    )
    entries = history.for_record(db, HistoryEntity.COMMITMENT, commitment_id)
    assert [(e.from_status, e.to_status, e.note) for e in entries] == [
        ("in_progress", "completed", "Done"),
        ("not_started", "in_progress", "Joint plan agreed"),
        (None, "not_started", "created"),
    ]
    for entry in entries:
        assert entry.changed_by == "test-clerk"
        assert entry.entity == "commitment" and entry.record_id == commitment_id
        assert entry.changed_at.utcoffset() == timedelta(0)
        assert entry.changed_at >= earliest
    got = commitments.get(db, commitment_id)
    assert (got.status, got.progress, got.completed_on) == ("completed", 100, date(2025, 12, 1))


def test_completing_defaults_to_today_and_reopening_needs_a_note(db: Database) -> None:
    commitment_id = commitments.save(db, trade(status="in_progress", progress=70))
    commitments.change_status(db, commitment_id, "completed", "", letter_number="12-4/88", letter_date=TODAY)
    got = commitments.get(db, commitment_id)
    assert (got.progress, got.completed_on) == (100, TODAY)
    with pytest.raises(ValidationError) as info:
        commitments.change_status(db, commitment_id, "in_progress", " ")
    assert info.value.for_field("note")
    commitments.change_status(db, commitment_id, "in_progress", "Closed by mistake")
    got = commitments.get(db, commitment_id)
    assert (got.status, got.progress, got.completed_on) == ("in_progress", 99, None)


def test_cancelling_needs_a_note_and_refused_moves_change_nothing(db: Database) -> None:
    commitment_id = commitments.save(db, trade(status="in_progress", progress=40))
    with pytest.raises(ValidationError) as info:
        commitments.change_status(db, commitment_id, "cancelled", "")
    assert info.value.for_field("note")
    commitments.change_status(db, commitment_id, "cancelled", "Superseded by the 2025 roadmap")
    with pytest.raises(ValidationError) as info:
        commitments.change_status(db, commitment_id, "completed", "try")
    assert "cannot move from “Cancelled”" in info.value.for_field("status")
    with pytest.raises(ValidationError) as info:
        commitments.change_status(db, commitment_id, "in_progress", "Reopened", progress=100)
    assert info.value.for_field("progress")
    got = commitments.get(db, commitment_id)
    assert (got.status, got.progress) == ("cancelled", 40)
    assert len(history.for_record(db, HistoryEntity.COMMITMENT, commitment_id)) == 2  # created in progress, cancelled


def test_status_changed_through_the_form_follows_the_same_rules(db: Database) -> None:
    commitment_id = commitments.save(db, trade(status="in_progress", progress=50))
    data = commitments.get(db, commitment_id)
    data.status = "cancelled"
    with pytest.raises(ValidationError) as info:
        commitments.save(db, data)
    assert info.value.for_field("note")
    commitments.save(db, data, "No longer needed")
    [latest, *_] = history.for_record(db, HistoryEntity.COMMITMENT, commitment_id)
    assert (latest.from_status, latest.to_status, latest.note) == ("in_progress", "cancelled", "No longer needed")


def test_stale_version_raises_conflict_and_changes_nothing(db: Database) -> None:
    commitment_id = commitments.save(db, trade())
    mine, theirs = commitments.get(db, commitment_id), commitments.get(db, commitment_id)
    theirs.progress = 10
    commitments.save(db, theirs)
    mine.title = "My title"
    with pytest.raises(ConflictError) as info:
        commitments.save(db, mine)
    assert "Your changes were not saved" in str(info.value)
    with pytest.raises(ConflictError):
        commitments.change_status(db, commitment_id, "in_progress", "", version=mine.version)
    got = commitments.get(db, commitment_id)
    assert (got.title, got.progress, got.status) == ("Expand trade and transit cooperation", 10, "not_started")
    assert len(history.for_record(db, HistoryEntity.COMMITMENT, commitment_id)) == 1


def test_change_status_with_the_current_version_succeeds(db: Database) -> None:
    commitment_id = commitments.save(db, trade())
    current = commitments.get(db, commitment_id)
    commitments.change_status(db, commitment_id, "in_progress", "", version=current.version)
    assert commitments.get(db, commitment_id).version == current.version + 1


def test_delete_removes_the_commitment_and_its_history(db: Database) -> None:
    commitment_id = commitments.save(db, trade())
    commitments.delete(db, commitment_id)
    with pytest.raises(NotFoundError):
        commitments.get(db, commitment_id)
    assert history.for_record(db, HistoryEntity.COMMITMENT, commitment_id) == []
    with pytest.raises(NotFoundError):
        commitments.delete(db, commitment_id)
    with pytest.raises(NotFoundError):
        commitments.change_status(db, commitment_id, "in_progress", "")


def test_renaming_a_body_refreshes_search_text_exactly_as_a_save_would(db: Database) -> None:
    body_id = bodies.save(db, BodyData(name="Agricultural Subcommittee"))
    party_id = parties.save(db, PartyData(name="Republic of Kazakhstan", country_code="KZ"))
    commitment_id = commitments.save(db, trade(body_id=body_id, party_id=party_id, description="Астық 农业"))
    body = bodies.get(db, body_id)
    body.name = "Ауыл шаруашылығы кіші комитеті"
    bodies.save(db, body)
    [refreshed] = commitment_list.list_rows(db)
    commitments.save(db, commitments.get(db, commitment_id))  # a save recomputes the text from scratch
    [resaved] = commitment_list.list_rows(db)
    assert refreshed[Col.SEARCH_TEXT] == resaved[Col.SEARCH_TEXT]
    assert "ауыл шаруашылығы кіші комитеті" in resaved[Col.SEARCH_TEXT]
    assert "agricultural" not in resaved[Col.SEARCH_TEXT]


def test_a_blank_reference_never_collides_with_one_typed_by_hand(db: Database) -> None:
    from desktop.services.records import CommitmentData as Data

    typed = commitments.save(db, Data(title="First, with a hand-made reference", ref="C-000002"))
    automatic = commitments.save(db, Data(title="Second, reference left blank"))
    assert automatic == typed + 1
    assert commitments.get(db, automatic).ref == "C-000002-2"
    assert commitments.get(db, typed).ref == "C-000002"


# Columns of the commitment table the editor's data class does not carry, and why: a test below fails on any other.
NOT_IN_THE_FORM = {
    "superseded_by_id": "set by change_status when a commitment is cancelled as superseded",
    "search_text": "derived from the fields and the names of the agreement, body and party",
    "created_at": "bookkeeping",
    "updated_at": "bookkeeping",
}


def _every_field(demo_db: Database, round_: int) -> tuple[CommitmentData, dict[str, object]]:
    """A CommitmentData with a value differing from its default in every field it can; the values `get` must give."""
    known = {
        "agreement_id": _first_id(demo_db, "agreement"),
        "body_id": _first_id(demo_db, "body"),
        "party_id": _first_id(demo_db, "party"),
        "ref": f"EVERY-{round_}",
        "status": "in_progress" if round_ == 1 else "completed",
        "priority": "high" if round_ == 1 else "critical",
        "progress": 40 if round_ == 1 else 100,
        "due_date": date(2027, 3, round_),
        "completed_on": None if round_ == 1 else date(2026, 1, 5),
    }
    data = CommitmentData()
    expected: dict[str, object] = {}
    for f in fields(CommitmentData):
        if f.name in ("id", "version"):
            continue
        kind = get_type_hints(CommitmentData)[f.name]
        if f.name in known:
            value = known[f.name]
            expected[f.name] = value
        elif kind is str:
            stored = f"{f.name} {round_} «қазақша» 小麦"
            value, expected[f.name] = f"  {stored}  ", stored  # stored stripped
        elif kind == date | None:
            value = expected[f.name] = date(2026, 2, 10 + round_)
        else:
            raise AssertionError(f"give CommitmentData.{f.name} ({kind}) a test value in _every_field")
        setattr(data, f.name, value)
    return data, expected


def _first_id(db: Database, table: str) -> int:
    with db.read() as session:
        found = session.execute(text(f"SELECT min(id) FROM {table}")).scalar()
    assert isinstance(found, int)
    return found


def test_every_field_of_the_data_class_is_a_column_and_every_column_is_in_it() -> None:
    names = {f.name for f in fields(CommitmentData)}
    columns = set(Commitment.__table__.c.keys())
    assert names - columns == set(), "CommitmentData fields with no column of the same name"
    assert columns - names - set(NOT_IN_THE_FORM) == set(), "columns neither in CommitmentData nor in NOT_IN_THE_FORM"


def test_save_and_get_store_and_read_back_every_field(demo_db: Database) -> None:
    """Generic copying: every field of CommitmentData goes into the table on create and on update, and comes back."""
    first, expected = _every_field(demo_db, 1)
    defaults = asdict(CommitmentData())
    assert all(expected[n] != defaults[n] for n in expected if n != "completed_on"), "a test value equals the default"
    commitment_id = commitments.save(demo_db, first)
    got = commitments.get(demo_db, commitment_id)
    assert (got.id, got.version) == (commitment_id, 1)
    assert {n: getattr(got, n) for n in expected} == expected

    second, expected = _every_field(demo_db, 2)
    second.id, second.version = commitment_id, got.version
    assert all(expected[n] != getattr(got, n) for n in expected if n not in ("agreement_id", "body_id", "party_id"))
    commitments.save(demo_db, second, "done", letter_number="12-3/456", letter_date=date(2026, 1, 5))
    again = commitments.get(demo_db, commitment_id)
    assert again.version == 2
    assert {n: getattr(again, n) for n in expected} == expected
    assert {f.name for f in fields(CommitmentData)} == set(expected) | {"id", "version"}
