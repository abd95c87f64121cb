"""Bodies: the committee tree, co-chairs, and refusals that keep the tree sound."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.errors import ConflictError, FieldError, InUseError, NotFoundError, ValidationError
from desktop.services import agreements, bodies, commitments, parties
from desktop.services.records import AgreementData, BodyData, CommitmentData, PartyData, PersonData
from desktop.storage.database import Database


def committee_tree(db: Database) -> tuple[int, int, int]:
    committee = bodies.save(db, BodyData(name="Kazakh-Chinese Cooperation Committee", name_zh="中哈合作委员会"))
    agri = bodies.save(
        db,
        BodyData(
            name="Subcommittee on Agricultural Cooperation",
            kind="subcommittee",
            parent_id=committee,
            name_kk="Ауыл шаруашылығы жөніндегі кіші комитет",
            name_zh="农业合作分委会",
        ),
    )
    innovation = bodies.save(
        db, BodyData(name="Subcommittee on Innovation Cooperation", kind="subcommittee", parent_id=committee)
    )
    return committee, agri, innovation


def test_create_and_get_with_parties_and_co_chairs(db: Database) -> None:
    kz = parties.save(db, PartyData(name="Republic of Kazakhstan", short_name="Kazakhstan", country_code="KZ"))
    cn = parties.save(db, PartyData(name="People's Republic of China", short_name="China", country_code="CN"))
    body_id = bodies.save(
        db,
        BodyData(
            name="Kazakh-Chinese Cooperation Committee",
            party_ids=[kz, cn, kz],
            co_chairs=[
                PersonData("Roman Sklyar", "Deputy Prime Minister", kz),
                PersonData("丁薛祥", "Vice Premier", cn),
            ],
            notes=" Meets yearly ",
        ),
    )
    got = bodies.get(db, body_id)
    assert sorted(got.party_ids) == sorted([kz, cn])  # duplicates dropped
    assert [(c.name, c.party_id) for c in got.co_chairs] == [("Roman Sklyar", kz), ("丁薛祥", cn)]
    assert got.notes == "Meets yearly" and got.version == 1
    [row] = bodies.list_rows(db)
    assert row.parties == "China, Kazakhstan" and row.co_chairs == "Roman Sklyar, 丁薛祥"


def test_list_rows_put_each_parent_before_its_children(db: Database) -> None:
    committee, agri, innovation = committee_tree(db)
    working = bodies.save(db, BodyData(name="A working group on seeds", kind="working_group", parent_id=agri))
    other = bodies.save(db, BodyData(name="Aardvark committee"))
    assert [r.id for r in bodies.list_rows(db)] == [other, committee, agri, working, innovation]
    row = next(r for r in bodies.list_rows(db) if r.id == agri)
    assert row.name_local == "Ауыл шаруашылығы жөніндегі кіші комитет / 农业合作分委会"
    assert "农业合作分委会" in row.search_text


def test_with_descendants(db: Database) -> None:
    committee, agri, innovation = committee_tree(db)
    working = bodies.save(db, BodyData(name="Seeds", kind="working_group", parent_id=agri))
    assert bodies.with_descendants(db, committee) == {committee, agri, innovation, working}
    assert bodies.with_descendants(db, agri) == {agri, working}
    assert bodies.with_descendants(db, innovation) == {innovation}


def test_a_body_cannot_be_its_own_parent(db: Database) -> None:
    committee, _, _ = committee_tree(db)
    data = bodies.get(db, committee)
    data.parent_id = committee
    with pytest.raises(FieldError) as info:
        bodies.save(db, data)
    assert (info.value.field, info.value.message) == ("parent_id", "a body cannot be its own parent")


def test_a_body_cannot_move_under_its_descendant(db: Database) -> None:
    committee, agri, _ = committee_tree(db)
    working = bodies.save(db, BodyData(name="Seeds", kind="working_group", parent_id=agri))
    data = bodies.get(db, committee)
    data.parent_id = working
    with pytest.raises(FieldError) as info:
        bodies.save(db, data)
    assert info.value.field == "parent_id" and "own sub-bodies" in info.value.message
    assert bodies.get(db, committee).parent_id is None


def test_moving_a_body_to_another_parent(db: Database) -> None:
    _, agri, innovation = committee_tree(db)
    working = bodies.save(db, BodyData(name="Seeds", kind="working_group", parent_id=agri))
    data = bodies.get(db, working)
    data.parent_id = innovation
    bodies.save(db, data)
    assert bodies.get(db, working).parent_id == innovation
    assert bodies.with_descendants(db, agri) == {agri}


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (BodyData(name=" "), "name"),
        (BodyData(name="X", kind="club"), "kind"),
        (BodyData(name="Subcommittee", kind="subcommittee"), "parent_id"),
        (BodyData(name="Subcommittee", kind="Subcommittee"), "parent_id"),
        (BodyData(name="X", active=False), "dissolved_on"),
        (BodyData(name="X", dissolved_on=date(2025, 1, 1)), "dissolved_on"),
        (
            BodyData(name="X", active=False, established_on=date(2025, 1, 2), dissolved_on=date(2025, 1, 1)),
            "dissolved_on",
        ),
        (BodyData(name="X", co_chairs=[PersonData("")]), "co_chairs"),
    ],
)
def test_invalid_body_refused_naming_the_field(db: Database, data: BodyData, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        bodies.save(db, data)
    assert info.value.for_field(field), info.value.problems
    assert bodies.list_rows(db) == []


def test_references_that_no_longer_exist_are_refused(db: Database) -> None:
    with pytest.raises(FieldError) as info:
        bodies.save(db, BodyData(name="X", parent_id=42))
    assert info.value.field == "parent_id"
    with pytest.raises(FieldError) as info:
        bodies.save(db, BodyData(name="X", established_by_id=42))
    assert info.value.field == "established_by_id"
    with pytest.raises(ValidationError) as info:
        bodies.save(db, BodyData(name="X", party_ids=[42]))
    assert info.value.for_field("parties")
    assert bodies.list_rows(db) == []  # the flushed row was rolled back with the error


def test_established_before_the_agreement_was_signed_is_refused(db: Database) -> None:
    kz = parties.save(db, PartyData(name="Kazakhstan", country_code="KZ"))
    cn = parties.save(db, PartyData(name="China", country_code="CN"))
    agreement_id = agreements.save(
        db, AgreementData(reg_number="P-1", title="Protocol", party_ids=[kz, cn], signed_on=date(2024, 5, 20))
    )
    with pytest.raises(FieldError) as info:
        bodies.save(db, BodyData(name="X", established_by_id=agreement_id, established_on=date(2024, 5, 19)))
    assert info.value.field == "established_on"
    body_id = bodies.save(db, BodyData(name="X", established_by_id=agreement_id, established_on=date(2024, 5, 20)))
    assert bodies.list_rows(db)[0].established_by == "P-1"
    assert bodies.get(db, body_id).established_by_id == agreement_id


def test_stale_version_refused_and_nothing_changes(db: Database) -> None:
    committee, _, _ = committee_tree(db)
    mine, theirs = bodies.get(db, committee), bodies.get(db, committee)
    theirs.notes = "theirs"
    bodies.save(db, theirs)
    mine.notes = "mine"
    with pytest.raises(ConflictError):
        bodies.save(db, mine)
    assert bodies.get(db, committee).notes == "theirs"


def test_delete_refused_while_sub_bodies_or_commitments_exist(db: Database) -> None:
    committee, agri, innovation = committee_tree(db)
    with pytest.raises(InUseError) as info:
        bodies.delete(db, committee)
    assert str(info.value) == "“Kazakh-Chinese Cooperation Committee” cannot be deleted: it has 2 sub-bodies."
    commitment_id = commitments.save(db, CommitmentData(title="Phytosanitary access", body_id=agri))
    with pytest.raises(InUseError) as info:
        bodies.delete(db, agri)
    assert "1 commitment" in str(info.value)
    assert len(bodies.list_rows(db)) == 3
    commitments.delete(db, commitment_id)
    bodies.delete(db, agri)
    bodies.delete(db, innovation)
    bodies.delete(db, committee)
    assert bodies.list_rows(db) == []
    with pytest.raises(NotFoundError):
        bodies.get(db, committee)
