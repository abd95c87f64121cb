"""The cross-record warnings as rules (no database, no Qt), and their counts read in each language."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.catalogue import render
from desktop.domain.messages import Message
from desktop.domain.rules import (
    Dated,
    agreement_warnings,
    body_warnings,
    commitment_warnings,
    examples,
    reference_digits,
    reference_key,
    similar_references,
)


def test_a_reference_written_differently() -> None:
    assert reference_key("KZ-CN-2024/07") == reference_key("kz cn 2024.07") == "kzcn202407"
    assert reference_key("ҚР-ҚХР №7") == reference_key("қр қхр 7")  # any script, "№" is punctuation
    assert reference_digits("KZ-CN-2024/07") == "07" and reference_digits("Protocol") == ""
    others = ["KZ-CN-2024/07", "kz cn 2024 07", "KZ-CN-2024/70", "KZ-CN-2024/07 "]
    # The same text is refused outright (references are unique), not warned about.
    assert similar_references("KZ-CN-2024/07", others) == ["kz cn 2024 07"]
    assert similar_references(" - ", others) == []


def test_commitment_warnings_name_the_similar_reference() -> None:
    found = commitment_warnings(
        due_date=None, completed_on=None, agreement_signed_on=None, created_on=None, similar_refs=["kz cn 1"]
    )
    assert [(p.field, str(p.message)) for p in found] == [
        ("ref", "commitment kz cn 1 has the same reference written differently")
    ]


def test_agreement_warnings() -> None:
    commitments = [
        Dated("C-1", date(2024, 1, 10)),
        Dated("C-2", date(2024, 3, 1)),
        Dated("C-3", date(2027, 1, 1)),
        Dated("C-4", date(2028, 1, 1), open=False),  # completed: its due date no longer matters
        Dated("C-5", None),
    ]
    bodies = [Dated("Working group", date(2024, 2, 1)), Dated("Committee", date(2024, 6, 1))]
    found = agreement_warnings(
        signed_on=date(2024, 3, 1),
        expiry=date(2026, 12, 31),
        commitments=commitments,
        established_bodies=bodies,
        similar_reg_numbers=["KZ/1"],
    )
    assert [(p.field, str(p.message)) for p in found] == [
        ("reg_number", "agreement KZ/1 has the same registration number written differently"),
        ("signed_on", "1 of its commitments falls due before this date: C-1"),
        ("signed_on", "1 body it established was established before this date: Working group"),
        ("expiry", "1 of its open commitments falls due after this date: C-3"),
    ]
    # Dates the edit did not change are not asked about.
    assert agreement_warnings(commitments=commitments, established_bodies=bodies) == []


def test_body_warnings() -> None:
    found = body_warnings(
        same_names=["Working Group"],
        established_on=date(2024, 1, 1),
        parent=Dated("Committee", date(2024, 6, 1), open=False),
        moved=True,
        dissolving=True,
        open_commitments=2,
        active_sub_bodies=["D", "B", "A", "C", "E"],
    )
    assert [(p.field, str(p.message)) for p in found] == [
        ("name", "another body has this name: Working Group"),
        ("established_on", "is before its parent body Committee was established (1 Jun 2024)"),
        ("parent_id", "Committee is dissolved"),
        ("dissolved_on", "2 of its commitments are still open"),
        ("dissolved_on", "5 of its sub-bodies are still active: A, B, C and 2 more"),
    ]
    # Not moved: a dissolved parent is not asked about again; not dissolving: open commitments are fine.
    assert body_warnings(parent=Dated("Committee", None, open=False), open_commitments=3) == []


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["it has 1 sub-body", "it has 2 sub-bodies", "it has 5 sub-bodies"]),
        (
            "ru",
            [
                "у него 1 подчинённый орган",
                "у него 2 подчинённых органа",
                "у него 5 подчинённых органов",
            ],
        ),
        ("kk", ["оның 1 бағынышты органы бар", "оның 2 бағынышты органы бар", "оның 5 бағынышты органы бар"]),
    ],
)
def test_delete_reasons_count_in_each_language(lang: str, expected: list[str]) -> None:
    assert [render(Message("it has %n sub-bodies", n=n), lang) for n in (1, 2, 5)] == expected
    few = render(Message("%n of its commitments fall due before this date: {0}", examples(["C-1"]), n=1), lang)
    assert "C-1" in few and "%n" not in few and "1" in few
    more = render(examples(["A", "B", "C", "D", "E"]), lang)
    assert more.startswith("A, B, C") and "2" in more
