"""Pickers, finding records by what a clerk types, and the filter in words."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.errors import NotFoundError
from desktop.domain.filters import CommitmentFilter
from desktop.services import bodies, lookups, parties
from desktop.services.records import BodyData
from desktop.storage.database import Database


def test_choices(demo_db: Database) -> None:
    assert [c.label for c in lookups.party_choices(demo_db)] == ["People's Republic of China", "Republic of Kazakhstan"]
    [agreement] = lookups.agreement_choices(demo_db)
    assert agreement.label.startswith("KZ-CN-2024-05-20/1 — Protocol")
    labels = [c.label for c in lookups.body_choices(demo_db)]
    assert labels[0] == "Kazakh-Chinese Cooperation Committee"
    assert labels[1:] == ["    Subcommittee on Agricultural Cooperation", "    Subcommittee on Innovation Cooperation"]


def test_body_choices_indent_each_level(demo_db: Database) -> None:
    agri = lookups.body_id_by_name(demo_db, "Subcommittee on Agricultural Cooperation")
    bodies.save(demo_db, BodyData(name="Seeds", kind="working_group", parent_id=agri))
    assert "        Seeds" in [c.label for c in lookups.body_choices(demo_db)]


@pytest.mark.parametrize(
    "typed", ["China", "CN", "cn", "中华人民共和国", "ҚЫТАЙ ХАЛЫҚ РЕСПУБЛИКАСЫ", " people's republic of china "]
)
def test_party_by_any_name_in_any_case(demo_db: Database, typed: str) -> None:
    china = next(p.id for p in parties.list_rows(demo_db) if p.country_code == "CN")
    assert lookups.party_id_by_name(demo_db, typed) == china


def test_body_and_agreement_by_name(demo_db: Database) -> None:
    agri = lookups.body_id_by_name(demo_db, "农业合作分委会")
    assert lookups.body_id_by_name(demo_db, "ПОДКОМИТЕТ ПО СЕЛЬСКОХОЗЯЙСТВЕННОМУ СОТРУДНИЧЕСТВУ") == agri
    assert lookups.agreement_id_by_reg(demo_db, "kz-cn-2024-05-20/1") > 0


def test_unknown_names_list_the_valid_ones(demo_db: Database) -> None:
    with pytest.raises(NotFoundError) as info:
        lookups.party_id_by_name(demo_db, "Atlantis")
    assert str(info.value) == ("unknown party “Atlantis”; valid: People's Republic of China; Republic of Kazakhstan")
    with pytest.raises(NotFoundError) as info:
        lookups.body_id_by_name(demo_db, "Space committee")
    assert "Subcommittee on Innovation Cooperation" in str(info.value)
    with pytest.raises(NotFoundError) as info:
        lookups.agreement_id_by_reg(demo_db, "X-1")
    assert "valid: KZ-CN-2024-05-20/1" in str(info.value)


def test_unknown_name_in_an_empty_register(db: Database) -> None:
    with pytest.raises(NotFoundError) as info:
        lookups.party_id_by_name(db, "China")
    assert "none yet" in str(info.value)


def test_describe_filter(demo_db: Database) -> None:
    assert lookups.describe_filter(demo_db, CommitmentFilter()) == "All commitments"
    committee = lookups.body_id_by_name(demo_db, "Kazakh-Chinese Cooperation Committee")
    china = lookups.party_id_by_name(demo_db, "CN")
    agreement = lookups.agreement_id_by_reg(demo_db, "KZ-CN-2024-05-20/1")
    flt = CommitmentFilter(
        text=" қазақ ",
        statuses=frozenset({"on_hold", "in_progress"}),
        overdue=True,
        body_id=committee,
        party_id=china,
        sector="Ауыл шаруашылығы",
        agreement_id=agreement,
        due_after=date(2025, 1, 1),
        due_before=date(2025, 12, 31),
    )
    assert lookups.describe_filter(demo_db, flt) == (
        "Status: In progress and On hold; Overdue only; Body: Kazakh-Chinese Cooperation Committee (with sub-bodies); "
        "Responsible party: People's Republic of China; Sector: Ауыл шаруашылығы; Agreement: KZ-CN-2024-05-20/1; "
        "Due on or after 1 Jan 2025; Due on or before 31 Dec 2025; Text: “қазақ”"
    )
    assert lookups.describe_filter(demo_db, CommitmentFilter(body_id=999)) == "Body: #999 (with sub-bodies)"
