"""The report dataset: the same commitments as the lists for every filter, grouped and counted right."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.domain.filters import CommitmentFilter
from desktop.domain.models import Body, Party
from desktop.services import commitment_list, lookups
from desktop.services.records import CommitmentData
from desktop.services.reporting import dataset
from desktop.storage.database import Database

TODAY = date(2026, 6, 1)
HOSTILE = [
    '=HYPERLINK("http://x","y")',
    "+7 701 555 0101",
    "-5",
    "@SUM(A1)",
    "#N/A",
    "<b>bold & <img src='/etc/passwd'/> <a href='http://x'>link</a>",
    "Tab\tand\x07bell",
]


def add_commitments(
    db: Database,
    count: int,
    *,
    title: str = "Generated commitment",
    sector: str = "Energy",
    body: str | None = "Subcommittee on Agricultural Cooperation",
    prefix: str = "GEN",
) -> list[int]:
    """``count`` commitments in one transaction, statuses and due dates spread over the year."""
    from desktop.services import commitments

    body_id = lookups.body_id_by_name(db, body) if body else None
    party_id = lookups.party_id_by_name(db, "CN")
    statuses = ("not_started", "in_progress", "on_hold", "in_progress")
    ids = []
    with db.write() as session:
        # Held for the loop: the session's identity map keeps only what something refers to, so each save
        # would otherwise read the same body and party again (four reads a commitment).
        held = [session.get(Body, body_id) if body_id else None, session.get(Party, party_id)]
        for index in range(count):
            ids.append(
                commitments.save_in(
                    session,
                    CommitmentData(
                        title=f"{title} {index}",
                        body_id=body_id,
                        party_id=party_id,
                        agency="农业农村部 Ministry",
                        sector=sector,
                        due_date=TODAY + timedelta(days=index * 3 - 200),
                        status=statuses[index % 4],
                        progress=(index * 7) % 100,
                        ref=f"{prefix}-{index:05d}",
                    ),
                    "generated",
                )
            )
        del held
    return ids


@pytest.fixture
def big_db(demo_db: Database) -> Database:
    add_commitments(demo_db, 120)
    add_commitments(demo_db, 30, title="Сауда", sector="Сауда", body=None, prefix="KZT")
    return demo_db


def filters(db: Database) -> list[CommitmentFilter]:
    committee = lookups.body_id_by_name(db, "Kazakh-Chinese Cooperation Committee")
    return [
        CommitmentFilter(),
        CommitmentFilter(statuses=frozenset({"in_progress", "on_hold"})),
        CommitmentFilter(overdue=True),
        CommitmentFilter(body_id=committee),
        CommitmentFilter(party_id=lookups.party_id_by_name(db, "Kazakhstan")),
        CommitmentFilter(sector="agriculture"),
        CommitmentFilter(sector="САУДА"),  # non-ASCII sector: matched ignoring case, like the lists
        CommitmentFilter(agreement_id=lookups.agreement_id_by_reg(db, "KZ-CN-2024-05-20/1")),
        CommitmentFilter(due_after=date(2026, 1, 1), due_before=date(2026, 12, 31)),
        CommitmentFilter(text="ҚЫТАЙ"),
        CommitmentFilter(text="generated 1", overdue=True),
    ]


@pytest.mark.slow
def test_same_commitments_as_the_list_for_every_filter(big_db: Database) -> None:
    for flt in filters(big_db):
        listed = {row[commitment_list.Col.ID] for row in commitment_list.list_rows(big_db, flt, TODAY)}
        data = dataset.build(big_db, flt, TODAY)
        assert {c.id for c in data.commitments} == listed, flt
        assert data.total == len(listed)
        assert sum(data.by_status.values()) == data.total
        assert data.overdue == sum(1 for c in data.commitments if c.overdue)
        assert data.filter_text == lookups.describe_filter(big_db, flt)


def test_demo_lines_carry_names_dates_and_last_note(demo_db: Database) -> None:
    data = dataset.build(demo_db, CommitmentFilter(), TODAY)
    by_ref = {c.ref: c for c in data.commitments}
    first = by_ref["KZ-CN-2024/01"]
    assert first.agreement == "KZ-CN-2024-05-20/1"
    assert first.body == "Kazakh-Chinese Cooperation Committee"
    assert first.party == "Kazakhstan"
    assert first.due_date == date(2026, 12, 31)
    assert first.status == "in_progress" and first.progress == 60
    assert first.last_note == "Joint action plan on trade agreed at the committee session"
    assert first.last_changed_at is not None and first.last_changed_at.tzinfo is not None
    # 2025-06-30, on hold: overdue on 1 June 2026; completed ones never are.
    assert by_ref["KZ-CN-2024/05"].overdue
    assert not any(c.overdue for c in data.commitments if c.status == "completed")
    assert len(data.agreements) == 1 and "Wang Yi (王毅)" in data.agreements[0].signatories
    assert data.agreements[0].in_report == data.agreements[0].total == 10


def test_sections_follow_the_body_tree_then_no_body(demo_db: Database) -> None:
    data = dataset.build(demo_db, CommitmentFilter(), TODAY)
    order = [(name, depth) for _id, name, depth in data.section_order()]
    assert order[0] == ("Kazakh-Chinese Cooperation Committee", 0)
    assert {o[0] for o in order[1:3]} == {
        "Subcommittee on Agricultural Cooperation",
        "Subcommittee on Innovation Cooperation",
    }
    assert all(depth == 1 for _name, depth in order[1:3])
    assert order[-1] == (dataset.NO_BODY, 0)
    per_body = data.per_body()
    assert [b.name for b in per_body][-1] == dataset.NO_BODY
    assert sum(b.total for b in per_body) == data.total
    # Commitments come grouped the same way, due date first within a body.
    positions = {body_id: index for index, (body_id, _n, _d) in enumerate(data.section_order())}
    keys = [(positions[c.body_id], c.due_date or date.max) for c in data.commitments]
    assert keys == sorted(keys)


def test_body_filter_keeps_the_parent_for_the_tree(demo_db: Database) -> None:
    agri = lookups.body_id_by_name(demo_db, "Subcommittee on Agricultural Cooperation")
    data = dataset.build(demo_db, CommitmentFilter(body_id=agri), TODAY)
    assert {c.body for c in data.commitments} == {"Subcommittee on Agricultural Cooperation"}
    assert [b.name for b in data.bodies] == [
        "Kazakh-Chinese Cooperation Committee",
        "Subcommittee on Agricultural Cooperation",
    ]


@pytest.mark.slow
def test_history_holds_only_the_reported_records(big_db: Database) -> None:
    data = dataset.build(big_db, CommitmentFilter(sector="Energy", statuses=frozenset({"on_hold"})), TODAY)
    refs = {c.ref for c in data.commitments}
    assert refs and all(h.ref in refs for h in data.history if h.entity == "commitment")
    assert {h.ref for h in data.history if h.entity == "commitment"} == refs
    assert data.agreements == []  # generated commitments belong to no agreement


def test_empty_register_gives_an_empty_report(db: Database) -> None:
    data = dataset.build(db, CommitmentFilter(), TODAY)
    assert data.total == 0 and data.overdue == 0 and data.per_body() == []
    assert data.filter_text == "All commitments"
