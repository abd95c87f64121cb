"""Agreements: create, read, update, delete, status changes with history, conflicts."""

from __future__ import annotations

from datetime import UTC, date

import pytest

from desktop.domain.enums import HistoryEntity
from desktop.domain.errors import ConflictError, FieldError, InUseError, NotFoundError, ValidationError
from desktop.services import agreements, bodies, commitments, history, parties
from desktop.services.records import AgreementData, BodyData, CommitmentData, PartyData, PersonData
from desktop.storage.database import Database


@pytest.fixture
def two_parties(db: Database) -> tuple[int, int]:
    kz = parties.save(db, PartyData(name="Republic of Kazakhstan", short_name="Kazakhstan", country_code="KZ"))
    cn = parties.save(db, PartyData(name="People's Republic of China", short_name="China", country_code="CN"))
    return kz, cn


def protocol(kz: int, cn: int, **changes: object) -> AgreementData:
    data = AgreementData(
        reg_number="KZ-CN-2024-05-20/1",
        title="Protocol on the agricultural and innovation subcommittees",
        kind="protocol",
        status="signed",
        party_ids=[kz, cn],
        signatories=[
            PersonData("Murat Nurtleu (Мұрат Нұртілеу)", "Minister of Foreign Affairs", kz),
            PersonData("Wang Yi (王毅)", "Minister of Foreign Affairs", cn),
        ],
        signed_on=date(2024, 5, 20),
        place="Astana",
        title_kk="Кіші комитеттерді құру туралы хаттама",
        title_zh="关于成立农业合作分委会和创新合作分委会的议定书",
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_create_and_get_round_trip(db: Database, two_parties: tuple[int, int]) -> None:
    kz, cn = two_parties
    agreement_id = agreements.save(db, protocol(kz, cn))
    got = agreements.get(db, agreement_id)
    assert got.reg_number == "KZ-CN-2024-05-20/1"
    assert sorted(got.party_ids) == sorted([kz, cn])
    assert [s.name for s in got.signatories] == ["Murat Nurtleu (Мұрат Нұртілеу)", "Wang Yi (王毅)"]
    assert got.signatories[1].party_id == cn
    assert got.signed_on == date(2024, 5, 20) and got.place == "Astana"
    assert got.title_zh == "关于成立农业合作分委会和创新合作分委会的议定书"


def test_list_rows_show_parties_and_commitment_counts(db: Database, two_parties: tuple[int, int]) -> None:
    kz, cn = two_parties
    agreement_id = agreements.save(db, protocol(kz, cn))
    commitments.save(db, CommitmentData(title="Trade", agreement_id=agreement_id))
    [row] = agreements.list_rows(db)
    assert row.parties == "China, Kazakhstan"
    assert row.commitments == 1
    assert "хаттама" in row.search_text and "china" in row.search_text


def test_update_replaces_signatories_and_parties(db: Database, two_parties: tuple[int, int]) -> None:
    kz, cn = two_parties
    agreement_id = agreements.save(db, protocol(kz, cn))
    data = agreements.get(db, agreement_id)
    data.signatories = [PersonData("Wang Yi (王毅)", "", cn)]
    data.place = "Астана"
    agreements.save(db, data)
    got = agreements.get(db, agreement_id)
    assert [s.name for s in got.signatories] == ["Wang Yi (王毅)"]
    assert got.place == "Астана" and got.version == 2


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"reg_number": " "}, "reg_number"),
        ({"title": ""}, "title"),
        ({"kind": "treaty-ish"}, "kind"),
        ({"status": "forgotten"}, "status"),
        ({"party_ids": []}, "parties"),
        ({"signed_on": None}, "signed_on"),
        ({"status": "in_force"}, "entry_into_force"),
        ({"entry_into_force": date(2024, 5, 19)}, "entry_into_force"),
        ({"expiry": date(2024, 5, 20)}, "expiry"),
        ({"signatories": [PersonData("  ")]}, "signatories"),
    ],
)
def test_invalid_agreement_refused_naming_the_field(
    db: Database, two_parties: tuple[int, int], changes: dict, field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        agreements.save(db, protocol(*two_parties, **changes))
    assert info.value.for_field(field), info.value.problems
    assert agreements.list_rows(db) == []


def test_typed_status_variants_are_understood(db: Database, two_parties: tuple[int, int]) -> None:
    with pytest.raises(ValidationError) as info:
        agreements.save(db, protocol(*two_parties, status="In Force"))
    assert info.value.for_field("entry_into_force")  # "In Force" is in force: it needs the date
    agreement_id = agreements.save(db, protocol(*two_parties, status="Draft", signed_on=None))
    assert agreements.get(db, agreement_id).status == "draft"


def test_signatory_for_a_foreign_party_refused(db: Database, two_parties: tuple[int, int]) -> None:
    kz, cn = two_parties
    other = parties.save(db, PartyData(name="Mongolia", country_code="MN"))
    with pytest.raises(ValidationError) as info:
        agreements.save(db, protocol(kz, cn, signatories=[PersonData("Someone", "", other)]))
    assert "not a party to the agreement" in info.value.for_field("signatories")


def test_unknown_party_refused_and_nothing_written(db: Database, two_parties: tuple[int, int]) -> None:
    kz, _ = two_parties
    with pytest.raises(ValidationError) as info:
        agreements.save(db, protocol(kz, 999, signatories=[]))
    assert "999" in info.value.for_field("parties")
    assert agreements.list_rows(db) == []


def test_registration_numbers_are_unique(db: Database, two_parties: tuple[int, int]) -> None:
    agreements.save(db, protocol(*two_parties))
    with pytest.raises(ValidationError) as info:
        agreements.save(db, protocol(*two_parties, title="Another", reg_number=" KZ-CN-2024-05-20/1 "))
    assert "already used" in info.value.for_field("reg_number")
    assert len(agreements.list_rows(db)) == 1


def test_creation_is_recorded_in_history(db: Database, two_parties: tuple[int, int]) -> None:
    agreement_id = agreements.save(db, protocol(*two_parties))
    [entry] = history.for_record(db, HistoryEntity.AGREEMENT, agreement_id)
    assert (entry.from_status, entry.to_status, entry.note) == (None, "signed", "registered")
    assert entry.changed_by == "test-clerk"


def test_change_status_records_who_when_from_to_note(db: Database, two_parties: tuple[int, int]) -> None:
    agreement_id = agreements.save(db, protocol(*two_parties, entry_into_force=date(2024, 5, 20)))
    agreements.change_status(db, agreement_id, "in_force", "Notes exchanged")
    agreements.change_status(db, agreement_id, "suspended", "Суспензия по взаимному согласию")
    entries = history.for_record(db, HistoryEntity.AGREEMENT, agreement_id)
    assert [(e.from_status, e.to_status) for e in entries] == [
        ("in_force", "suspended"),
        ("signed", "in_force"),
        (None, "signed"),
    ]
    latest = entries[0]
    assert latest.note == "Суспензия по взаимному согласию"
    assert latest.changed_by == "test-clerk"
    assert latest.changed_at.tzinfo is not None and latest.changed_at.utcoffset() == UTC.utcoffset(None)
    assert latest.entity == "agreement" and latest.record_id == agreement_id
    assert agreements.get(db, agreement_id).status == "suspended"


def test_change_status_refusals(db: Database, two_parties: tuple[int, int]) -> None:
    agreement_id = agreements.save(db, protocol(*two_parties))
    with pytest.raises(ValidationError) as info:
        agreements.change_status(db, agreement_id, "in_force", "")
    assert info.value.for_field("entry_into_force")
    with pytest.raises(ValidationError) as info:
        agreements.change_status(db, agreement_id, "suspended", "why")
    assert "cannot move from “Signed” to “Suspended”" in (info.value.for_field("status") or "")
    with pytest.raises(ValidationError) as info:
        agreements.change_status(db, agreement_id, "terminated", " ")
    assert info.value.for_field("note")
    with pytest.raises(FieldError) as unknown:
        agreements.change_status(db, agreement_id, "void", "x")
    assert unknown.value.field == "status"
    assert agreements.get(db, agreement_id).status == "signed"
    assert len(history.for_record(db, HistoryEntity.AGREEMENT, agreement_id)) == 1


def test_the_status_command_asks_for_the_same_dates_as_the_form(db: Database, two_parties: tuple[int, int]) -> None:
    draft = agreements.save(db, protocol(*two_parties, status="draft", signed_on=None))
    with pytest.raises(ValidationError) as info:
        agreements.change_status(db, draft, "signed", "signed in Astana")
    assert info.value.for_field("signed_on") == "a signed agreement needs its signing date"
    assert agreements.get(db, draft).status == "draft"


def test_status_edited_in_the_form_follows_the_transition_rules(db: Database, two_parties: tuple[int, int]) -> None:
    agreement_id = agreements.save(db, protocol(*two_parties, status="draft", signed_on=None))
    data = agreements.get(db, agreement_id)
    data.status, data.signed_on, data.entry_into_force = "in_force", date(2024, 5, 20), date(2024, 5, 20)
    with pytest.raises(ValidationError) as info:
        agreements.save(db, data)  # a draft cannot come into force without being signed
    assert info.value.for_field("status")
    data.status = "signed"
    agreements.save(db, data, "Signed in Astana")
    data = agreements.get(db, agreement_id)
    data.status = "terminated"
    with pytest.raises(ValidationError) as info:
        agreements.save(db, data)
    assert info.value.for_field("note")
    agreements.save(db, data, "Superseded")
    entries = history.for_record(db, HistoryEntity.AGREEMENT, agreement_id)
    assert [(e.from_status, e.to_status, e.note) for e in entries] == [
        ("signed", "terminated", "Superseded"),
        ("draft", "signed", "Signed in Astana"),
        (None, "draft", "registered"),
    ]


def test_stale_version_refused_and_nothing_changes(db: Database, two_parties: tuple[int, int]) -> None:
    agreement_id = agreements.save(db, protocol(*two_parties))
    mine = agreements.get(db, agreement_id)
    theirs = agreements.get(db, agreement_id)
    theirs.place = "Beijing"
    agreements.save(db, theirs)
    mine.place = "Almaty"
    mine.signatories = []
    with pytest.raises(ConflictError):
        agreements.save(db, mine)
    got = agreements.get(db, agreement_id)
    assert got.place == "Beijing" and len(got.signatories) == 2
    with pytest.raises(ConflictError):
        agreements.change_status(db, agreement_id, "draft", "", version=mine.version)
    assert agreements.get(db, agreement_id).status == "signed"


def test_delete_without_dependants_removes_links_and_history(db: Database, two_parties: tuple[int, int]) -> None:
    agreement_id = agreements.save(db, protocol(*two_parties))
    agreements.delete(db, agreement_id)
    with pytest.raises(NotFoundError):
        agreements.get(db, agreement_id)
    assert history.for_record(db, HistoryEntity.AGREEMENT, agreement_id) == []
    parties.delete(db, two_parties[0])  # the party is free again: links went with the agreement


def test_delete_refused_while_commitments_or_bodies_refer_to_it(db: Database, two_parties: tuple[int, int]) -> None:
    agreement_id = agreements.save(db, protocol(*two_parties))
    commitment_id = commitments.save(db, CommitmentData(title="Trade", agreement_id=agreement_id))
    with pytest.raises(InUseError) as info:
        agreements.delete(db, agreement_id)
    assert str(info.value) == "“KZ-CN-2024-05-20/1” cannot be deleted: 1 commitment refer to it."
    commitments.delete(db, commitment_id)
    bodies.save(db, BodyData(name="Committee", established_by_id=agreement_id))
    with pytest.raises(InUseError) as info:
        agreements.delete(db, agreement_id)
    assert "1 body it established" in str(info.value)
    assert agreements.get(db, agreement_id).id == agreement_id
