"""The demo register: the real Kazakhstan–China protocol of 20 May 2024, loaded once and only once."""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.domain.enums import HistoryEntity
from desktop.domain.errors import ValidationError
from desktop.domain.models import (
    Agreement,
    AgreementParty,
    Body,
    BodyParty,
    CoChair,
    Commitment,
    Party,
    Signatory,
    StatusChange,
)
from desktop.services import agreements, bodies, commitment_list, demo, history, parties
from desktop.services.commitment_list import Col
from desktop.storage.database import Database

TABLES = (Party, Agreement, AgreementParty, Signatory, Body, BodyParty, CoChair, Commitment, StatusChange)


def counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {t.__tablename__: session.scalar(select(func.count()).select_from(t)) for t in TABLES}


def test_empty_database_is_empty(db: Database) -> None:
    assert demo.is_empty(db)


def test_demo_loads_the_real_case(demo_db: Database) -> None:
    assert not demo.is_empty(demo_db)
    party_rows = parties.list_rows(demo_db)
    assert {p.country_code for p in party_rows} == {"KZ", "CN"}

    [agreement_row] = agreements.list_rows(demo_db)
    protocol = agreements.get(demo_db, agreement_row.id)
    assert protocol.kind == "protocol"
    assert protocol.signed_on == date(2024, 5, 20) and protocol.place == "Astana"
    names = " ".join(s.name for s in protocol.signatories)
    assert "Nurtleu" in names and "Wang Yi" in names
    assert sorted(protocol.party_ids) == sorted(p.id for p in party_rows)

    body_rows = bodies.list_rows(demo_db)
    assert len(body_rows) == 3
    committee = next(b for b in body_rows if b.parent_id is None)
    assert committee.name == "Kazakh-Chinese Cooperation Committee" and committee.kind == "committee"
    subs = [b for b in body_rows if b.parent_id == committee.id]
    assert len(subs) == 2 and all(b.kind == "subcommittee" for b in subs)
    assert {b.established_by for b in subs} == {protocol.reg_number}
    assert any("Agricultur" in b.name for b in subs) and any("Innovation" in b.name for b in subs)


def test_demo_commitments_use_all_three_scripts(demo_db: Database) -> None:
    rows = commitment_list.list_rows(demo_db)
    assert len(rows) >= 8
    text = " ".join(r[Col.SEARCH_TEXT] for r in rows)
    assert re.search(r"[әғқңөұүһі]", text), "Kazakh letters"
    assert re.search(r"[а-яё]", text), "Russian Cyrillic"
    assert re.search(r"[\u4e00-\u9fff]", text), "Chinese"
    assert {r[Col.STATUS] for r in rows} >= {"not_started", "in_progress", "completed", "on_hold"}
    done = [r for r in rows if r[Col.STATUS] == "completed"]
    assert done and all(r[Col.PROGRESS] == 100 and r[Col.COMPLETED_ON] for r in done)


def test_demo_history_replays_the_status_changes(demo_db: Database) -> None:
    on_hold = commitment_list.id_for_ref(demo_db, "KZ-CN-2024/05")
    entries = history.for_record(demo_db, HistoryEntity.COMMITMENT, on_hold)
    assert [(e.from_status, e.to_status) for e in entries] == [
        ("in_progress", "on_hold"),
        ("not_started", "in_progress"),
        (None, "not_started"),
    ]
    assert entries[0].note == "Waiting for the first subcommittee meeting"


def test_second_load_is_refused_and_writes_nothing(demo_db: Database) -> None:
    before = counts(demo_db)
    assert before["commitment"] == 10 and before["party"] == 2 and before["body"] == 3
    with pytest.raises(ValidationError) as info:
        demo.load_demo(demo_db)
    assert "already used" in info.value.for_field("reg_number")
    assert counts(demo_db) == before


def test_demo_loads_after_parties_already_exist(db: Database) -> None:
    from desktop.services.records import PartyData

    parties.save(db, PartyData(name="Republic of Kazakhstan", country_code="KZ"))
    assert demo.load_demo(db) == 10
    assert len(parties.list_rows(db)) == 2  # the existing party is reused, not duplicated


def test_demo_parties_are_searchable_like_parties_saved_by_hand(demo_db: Database) -> None:
    for row in parties.list_rows(demo_db):
        assert row.name.casefold() in row.search_text
        assert row.name_zh in row.search_text
        assert row.country_code.casefold() in row.search_text
        assert "state" not in row.search_text.split()  # the kind is not part of the searchable names
