"""Pure rules of the register: no database, no Qt."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.enums import AgreementStatus, CommitmentStatus, PartyKind, parse_enum
from desktop.domain.errors import FieldError, ValidationError
from desktop.domain.rules import (
    AGREEMENT_TRANSITIONS,
    COMMITMENT_TRANSITIONS,
    Checker,
    agreement_date_problems,
    can_move_agreement,
    can_move_commitment,
    commitment_progress_problems,
    descendants,
    fold,
    is_overdue,
    matches_terms,
    parent_problem,
    split_terms,
    status_change_problems,
)

TODAY = date(2026, 1, 15)


def fields(problems: list) -> set[str]:
    return {p.field for p in problems}


# --- required fields and lengths -------------------------------------------------------------------------------


def test_checker_required_rejects_none_empty_and_blank() -> None:
    check = Checker()
    check.required("title", None)
    check.required("reg_number", "   ")
    check.required("name", "Қазақстан")
    assert [(p.field, p.message) for p in check.problems] == [
        ("title", "Title is required"),
        ("reg_number", "Registration number is required"),
    ]
    with pytest.raises(ValidationError) as info:
        check.raise_if_any()
    assert info.value.for_field("reg_number") == "Registration number is required"
    assert info.value.for_field("name") is None


def test_checker_max_length_counts_characters_not_bytes() -> None:
    check = Checker()
    check.max_length("name", "қ" * 10, 10)  # 20 bytes in UTF-8, 10 characters: fine
    assert check.problems == []
    check.max_length("name", "қ" * 11, 10)
    assert check.problems[0].message == "is 11 characters long; at most 10 are allowed"


def test_checker_with_no_problems_does_not_raise() -> None:
    Checker().raise_if_any()


def test_parse_enum_accepts_typed_variants_and_names_the_field() -> None:
    assert parse_enum(CommitmentStatus, "In Progress", "status") is CommitmentStatus.IN_PROGRESS
    assert parse_enum(CommitmentStatus, "on-hold", "status") is CommitmentStatus.ON_HOLD
    assert parse_enum(PartyKind, PartyKind.STATE, "kind") is PartyKind.STATE
    with pytest.raises(FieldError) as info:
        parse_enum(CommitmentStatus, "done", "status")
    assert info.value.field == "status"
    assert "“done” is not one of" in info.value.message
    assert "completed" in info.value.message


# --- agreement dates --------------------------------------------------------------------------------------------


def test_agreement_dates_in_order_pass() -> None:
    assert agreement_date_problems(date(2024, 5, 20), date(2024, 5, 20), date(2029, 5, 20)) == []
    assert agreement_date_problems(None, None, None) == []


def test_entry_into_force_cannot_precede_signing() -> None:
    problems = agreement_date_problems(date(2024, 5, 20), date(2024, 5, 19), None)
    assert fields(problems) == {"entry_into_force"}


@pytest.mark.parametrize("expiry", [date(2024, 5, 20), date(2024, 1, 1)])
def test_expiry_must_follow_signing(expiry: date) -> None:
    problems = agreement_date_problems(date(2024, 5, 20), None, expiry)
    assert fields(problems) == {"expiry"}
    assert "signing" in problems[0].message


def test_expiry_must_follow_entry_into_force() -> None:
    problems = agreement_date_problems(None, date(2025, 1, 1), date(2024, 12, 31))
    assert fields(problems) == {"expiry"}
    assert "entry into force" in problems[0].message


# --- completed ⇔ 100 % and a completion date --------------------------------------------------------------------


def test_completed_with_full_progress_and_date_is_valid() -> None:
    assert commitment_progress_problems("completed", 100, date(2025, 12, 1), TODAY) == []


def test_completed_needs_100_percent_and_a_date() -> None:
    problems = commitment_progress_problems("completed", 90, None, TODAY)
    assert fields(problems) == {"progress", "completed_on"}


def test_open_commitment_at_100_percent_is_refused() -> None:
    problems = commitment_progress_problems("in_progress", 100, None, TODAY)
    assert fields(problems) == {"progress"}
    assert "completed" in problems[0].message


def test_open_commitment_with_a_completion_date_is_refused() -> None:
    problems = commitment_progress_problems("on_hold", 40, date(2025, 1, 1), TODAY)
    assert fields(problems) == {"completed_on"}


@pytest.mark.parametrize("progress", [-1, 101])
def test_progress_outside_0_100_is_refused(progress: int) -> None:
    assert "progress" in fields(commitment_progress_problems("in_progress", progress, None, TODAY))


def test_completion_date_cannot_be_in_the_future() -> None:
    problems = commitment_progress_problems("completed", 100, date(2026, 1, 16), TODAY)
    assert fields(problems) == {"completed_on"}
    assert "future" in problems[0].message


# --- status transitions ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("from_status", "to_status"),
    [
        ("not_started", "in_progress"),
        ("in_progress", "completed"),
        ("on_hold", "in_progress"),
        ("in_progress", "on_hold"),
        ("not_started", "completed"),
    ],
)
def test_allowed_commitment_transitions_need_no_note(from_status: str, to_status: str) -> None:
    assert can_move_commitment(from_status, to_status)
    assert status_change_problems(from_status, to_status, "") == []


@pytest.mark.parametrize(
    ("from_status", "to_status"),
    [
        ("completed", "cancelled"),
        ("completed", "on_hold"),
        ("completed", "not_started"),
        ("cancelled", "completed"),
        ("cancelled", "on_hold"),
    ],
)
def test_refused_commitment_transitions(from_status: str, to_status: str) -> None:
    assert not can_move_commitment(from_status, to_status)
    problems = status_change_problems(from_status, to_status, "a reason")
    assert fields(problems) == {"status"}
    assert "cannot move" in problems[0].message and "allowed:" in problems[0].message


def test_same_status_is_not_a_change() -> None:
    problems = status_change_problems("in_progress", "in_progress", "note")
    assert fields(problems) == {"status"}
    assert "already" in problems[0].message


@pytest.mark.parametrize("from_status", ["not_started", "in_progress", "on_hold"])
def test_cancelling_needs_a_note(from_status: str) -> None:
    assert fields(status_change_problems(from_status, "cancelled", "  ")) == {"note"}
    assert status_change_problems(from_status, "cancelled", "Superseded by the 2025 roadmap") == []


@pytest.mark.parametrize(
    ("from_status", "to_status"),
    [("completed", "in_progress"), ("cancelled", "not_started"), ("cancelled", "in_progress")],
)
def test_reopening_needs_a_note(from_status: str, to_status: str) -> None:
    assert can_move_commitment(from_status, to_status)
    assert fields(status_change_problems(from_status, to_status, "")) == {"note"}
    assert status_change_problems(from_status, to_status, "Closed by mistake") == []


def test_every_commitment_status_has_transitions_and_they_lead_to_known_statuses() -> None:
    known = {s.value for s in CommitmentStatus}
    assert set(COMMITMENT_TRANSITIONS) == known
    for source, targets in COMMITMENT_TRANSITIONS.items():
        assert targets <= known
        assert source not in targets


def test_agreement_transitions() -> None:
    known = {s.value for s in AgreementStatus}
    assert set(AGREEMENT_TRANSITIONS) == known
    assert all(targets <= known for targets in AGREEMENT_TRANSITIONS.values())
    assert can_move_agreement("signed", "in_force")
    assert can_move_agreement("in_force", "suspended")
    assert not can_move_agreement("draft", "in_force")
    assert not can_move_agreement("expired", "draft")
    assert not can_move_agreement("nonsense", "signed")


# --- body tree ---------------------------------------------------------------------------------------------------

# 1 committee ← 2, 3 subcommittees; 4 working group under 2; 5 stands alone.
TREE: dict[int, int | None] = {1: None, 2: 1, 3: 1, 4: 2, 5: None}


def test_descendants_walks_the_whole_subtree() -> None:
    assert descendants(1, TREE) == {2, 3, 4}
    assert descendants(2, TREE) == {4}
    assert descendants(4, TREE) == set()
    assert descendants(99, TREE) == set()


def test_descendants_survives_a_cycle_in_damaged_data() -> None:
    assert descendants(1, {1: 2, 2: 1}) == {1, 2}


def test_a_body_cannot_be_its_own_parent() -> None:
    assert parent_problem(2, 2, TREE) == "a body cannot be its own parent"


@pytest.mark.parametrize("parent", [2, 3, 4])
def test_a_body_cannot_go_under_its_descendant(parent: int) -> None:
    assert parent_problem(1, parent, TREE) == "a body cannot be placed under one of its own sub-bodies"


def test_valid_parents() -> None:
    assert parent_problem(4, 3, TREE) is None  # moving a working group to the other subcommittee
    assert parent_problem(5, 1, TREE) is None
    assert parent_problem(None, 1, TREE) is None  # a new body
    assert parent_problem(2, None, TREE) is None  # becomes a top-level body


# --- overdue ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", ["not_started", "in_progress", "on_hold"])
def test_open_commitment_past_its_due_date_is_overdue(status: str) -> None:
    assert is_overdue(date(2026, 1, 14), status, TODAY)
    assert is_overdue("2026-01-14", status, "2026-01-15")  # list rows carry ISO text


@pytest.mark.parametrize("status", ["completed", "cancelled"])
def test_closed_commitment_is_never_overdue(status: str) -> None:
    assert not is_overdue(date(2020, 1, 1), status, TODAY)


def test_due_today_or_later_or_undated_is_not_overdue() -> None:
    assert not is_overdue(TODAY, "in_progress", TODAY)
    assert not is_overdue(date(2026, 2, 1), "in_progress", TODAY)
    assert not is_overdue(None, "in_progress", TODAY)
    assert not is_overdue("", "in_progress", TODAY)


def test_overdue_is_computed_not_stored() -> None:
    from desktop.domain.models import Commitment

    assert "overdue" not in Commitment.__table__.columns  # type: ignore[attr-defined]
    assert CommitmentStatus.__members__.keys().isdisjoint({"OVERDUE"})


# --- folding and search terms -------------------------------------------------------------------------------------


def test_fold_makes_kazakh_case_variants_equal() -> None:
    assert fold("ҚАЗАҚ") == fold("қазақ") == "қазақ"
    assert fold("ӘҒҚҢӨҰҮҺІ") == "әғқңөұүһі"
    assert fold("Республика КАЗАХСТАН") == "республика казахстан"


def test_fold_leaves_chinese_untouched_and_skips_empty_parts() -> None:
    assert fold("中哈合作委员会", "", None, "Astana") == "中哈合作委员会 astana"


def test_split_and_match_terms() -> None:
    text = fold("Ауыл шаруашылығы", "农业合作分委会", "Agriculture")
    assert split_terms("  ШАРУАШЫЛЫҒЫ   农业 ") == ["шаруашылығы", "农业"]
    assert matches_terms(text, split_terms("ШАРУАШЫЛЫҒЫ 农业"))
    assert matches_terms(text, split_terms("agri"))
    assert not matches_terms(text, split_terms("ауыл innovation"))
    assert matches_terms(text, [])
