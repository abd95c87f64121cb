"""Parties: create, read, update, delete, and refusals that name the field."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.errors import ConflictError, InUseError, NotFoundError, ValidationError
from desktop.services import agreements, bodies, commitments, parties
from desktop.services.records import AgreementData, BodyData, CommitmentData, PartyData, PersonData
from desktop.storage.database import Database

KZ = PartyData(
    name="Republic of Kazakhstan",
    short_name="Kazakhstan",
    kind="state",
    country_code="kz",
    name_ru="Республика Казахстан",
    name_kk="Қазақстан Республикасы",
    name_zh="哈萨克斯坦共和国",
)
CN = PartyData(name="People's Republic of China", short_name="China", country_code="CN", name_zh="中华人民共和国")


def test_create_and_get_round_trip(db: Database) -> None:
    party_id = parties.save(db, PartyData(**{**KZ.__dict__, "name": "  Republic of Kazakhstan  "}))
    got = parties.get(db, party_id)
    assert got.id == party_id and got.version == 1
    assert got.name == "Republic of Kazakhstan"  # trimmed
    assert got.country_code == "KZ"  # upper-cased
    assert (got.name_kk, got.name_zh) == ("Қазақстан Республикасы", "哈萨克斯坦共和国")


def test_search_text_is_folded_over_every_name(db: Database) -> None:
    parties.save(db, KZ)
    [row] = parties.list_rows(db)
    assert "қазақстан республикасы" in row.search_text
    assert "哈萨克斯坦共和国" in row.search_text
    assert "kazakhstan" in row.search_text


def test_update_bumps_version_and_keeps_id(db: Database) -> None:
    party_id = parties.save(db, KZ)
    data = parties.get(db, party_id)
    data.short_name = "Қазақстан"
    assert parties.save(db, data) == party_id
    got = parties.get(db, party_id)
    assert got.short_name == "Қазақстан"
    assert got.version == 2


def test_stale_version_is_refused_and_changes_nothing(db: Database) -> None:
    party_id = parties.save(db, KZ)
    first = parties.get(db, party_id)
    second = parties.get(db, party_id)
    first.short_name = "KZ first"
    parties.save(db, first)
    second.short_name = "KZ second"
    with pytest.raises(ConflictError) as info:
        parties.save(db, second)
    assert "changed by someone else" in str(info.value)
    assert parties.get(db, party_id).short_name == "KZ first"


def test_list_rows_sorted_by_name(db: Database) -> None:
    parties.save(db, KZ)
    parties.save(db, CN)
    assert [r.name for r in parties.list_rows(db)] == ["People's Republic of China", "Republic of Kazakhstan"]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (PartyData(name="  ", country_code="KZ"), "name"),
        (PartyData(name="X" * 301, country_code="KZ"), "name"),
        (PartyData(name="Kazakhstan", kind="planet", country_code="KZ"), "kind"),
        (PartyData(name="Kazakhstan", kind="state", country_code=""), "country_code"),
        (PartyData(name="Kazakhstan", kind="state", country_code="K1"), "country_code"),
        (PartyData(name="Kazakhstan", kind="state", country_code="ҚЗ"), "country_code"),
        (PartyData(name="Kazakhstan", kind="State", country_code=""), "country_code"),
    ],
)
def test_invalid_party_is_refused_naming_the_field(db: Database, data: PartyData, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        parties.save(db, data)
    assert info.value.for_field(field)
    assert parties.list_rows(db) == []


def test_organisation_needs_no_country_code(db: Database) -> None:
    party_id = parties.save(db, PartyData(name="Shanghai Cooperation Organisation", kind="organisation"))
    assert parties.get(db, party_id).kind == "organisation"


@pytest.mark.parametrize("duplicate", ["REPUBLIC OF KAZAKHSTAN", "republic of kazakhstan "])
def test_duplicate_name_is_refused_in_any_case(db: Database, duplicate: str) -> None:
    parties.save(db, KZ)
    with pytest.raises(ValidationError) as info:
        parties.save(db, PartyData(name=duplicate, country_code="KZ"))
    assert info.value.for_field("name") == "another party already has this name"


def test_duplicate_cyrillic_name_is_refused_in_any_case(db: Database) -> None:
    # SQLite's lower() folds ASCII only; the check must fold Kazakh letters too.
    parties.save(db, PartyData(name="Қазақстан Республикасы", country_code="KZ"))
    with pytest.raises(ValidationError) as info:
        parties.save(db, PartyData(name="ҚАЗАҚСТАН РЕСПУБЛИКАСЫ", country_code="KZ"))
    assert info.value.for_field("name")
    assert len(parties.list_rows(db)) == 1


def test_renaming_a_party_to_its_own_name_in_another_case_is_allowed(db: Database) -> None:
    party_id = parties.save(db, KZ)
    data = parties.get(db, party_id)
    data.name = "REPUBLIC OF KAZAKHSTAN"
    parties.save(db, data)
    assert parties.get(db, party_id).name == "REPUBLIC OF KAZAKHSTAN"


def test_delete_unused_party(db: Database) -> None:
    party_id = parties.save(db, KZ)
    parties.delete(db, party_id)
    with pytest.raises(NotFoundError):
        parties.get(db, party_id)
    with pytest.raises(NotFoundError):
        parties.delete(db, party_id)


def test_delete_refused_while_an_agreement_uses_the_party(db: Database) -> None:
    kz, cn = parties.save(db, KZ), parties.save(db, CN)
    agreements.save(
        db,
        AgreementData(
            reg_number="A-1",
            title="Protocol",
            party_ids=[kz, cn],
            signatories=[PersonData("Murat Nurtleu", "", kz)],
            signed_on=date(2024, 5, 20),
        ),
    )
    with pytest.raises(InUseError) as info:
        parties.delete(db, cn)
    assert "“People's Republic of China” cannot be deleted" in str(info.value)
    assert "1 agreement" in str(info.value)
    with pytest.raises(InUseError) as info:
        parties.delete(db, kz)
    assert "1 signatory" in str(info.value)
    assert len(parties.list_rows(db)) == 2


def test_delete_refused_while_a_body_or_commitment_uses_the_party(db: Database) -> None:
    kz = parties.save(db, KZ)
    cn = parties.save(db, CN)
    bodies.save(db, BodyData(name="Committee", party_ids=[kz], co_chairs=[PersonData("Wang Yi", "", cn)]))
    commitments.save(db, CommitmentData(title="Trade", party_id=kz))
    with pytest.raises(InUseError) as info:
        parties.delete(db, kz)
    assert "1 body" in str(info.value) and "1 commitment" in str(info.value)
    with pytest.raises(InUseError) as info:
        parties.delete(db, cn)
    assert "1 co-chair" in str(info.value)
