"""Pure rules of the register: validation, status transitions and what "overdue" means.

Services call these before writing; the GUI calls them to mark fields as the clerk types.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from desktop.domain.enums import (
    CLOSED_COMMITMENT_STATUSES,
    AgreementStatus,
    CommitmentStatus,
)
from desktop.domain.errors import FieldProblem, ValidationError

# Statuses a commitment may move to from each status. Reopening a closed one is allowed
# (clerks fix mistakes) but, like cancelling, needs a note saying why.
COMMITMENT_TRANSITIONS: dict[str, frozenset[str]] = {
    CommitmentStatus.NOT_STARTED: frozenset({"in_progress", "on_hold", "completed", "cancelled"}),
    CommitmentStatus.IN_PROGRESS: frozenset({"not_started", "on_hold", "completed", "cancelled"}),
    CommitmentStatus.ON_HOLD: frozenset({"not_started", "in_progress", "completed", "cancelled"}),
    CommitmentStatus.COMPLETED: frozenset({"in_progress"}),
    CommitmentStatus.CANCELLED: frozenset({"not_started", "in_progress"}),
}

AGREEMENT_TRANSITIONS: dict[str, frozenset[str]] = {
    AgreementStatus.DRAFT: frozenset({"signed", "terminated"}),
    AgreementStatus.SIGNED: frozenset({"draft", "in_force", "terminated", "expired"}),
    AgreementStatus.IN_FORCE: frozenset({"suspended", "expired", "terminated"}),
    AgreementStatus.SUSPENDED: frozenset({"in_force", "expired", "terminated"}),
    AgreementStatus.EXPIRED: frozenset({"in_force"}),
    AgreementStatus.TERMINATED: frozenset({"in_force", "signed"}),
}

NOTE_REQUIRED_COMMITMENT = frozenset({"cancelled"})
NOTE_REQUIRED_AGREEMENT = frozenset({"suspended", "terminated"})
DUE_SOON_DAYS = 30


def is_overdue(due_date: date | str | None, status: str, today: date | str) -> bool:
    """Due date passed and the commitment is neither completed nor cancelled.

    Accepts ISO strings as well as dates, because list rows carry dates as ISO text.
    """
    if not due_date or status in CLOSED_COMMITMENT_STATUSES:
        return False
    return str(due_date) < str(today)


def can_move_commitment(from_status: str, to_status: str) -> bool:
    return to_status in COMMITMENT_TRANSITIONS.get(from_status, frozenset())


def can_move_agreement(from_status: str, to_status: str) -> bool:
    return to_status in AGREEMENT_TRANSITIONS.get(from_status, frozenset())


def status_change_problems(
    from_status: str, to_status: str, note: str, *, reopening_needs_note: bool = True
) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if from_status == to_status:
        problems.append(FieldProblem("status", f"the commitment is already '{to_status}'"))
    elif not can_move_commitment(from_status, to_status):
        allowed = ", ".join(sorted(COMMITMENT_TRANSITIONS.get(from_status, ())))
        problems.append(
            FieldProblem("status", f"cannot move from '{from_status}' to '{to_status}' (allowed: {allowed})")
        )
    needs_note = to_status in NOTE_REQUIRED_COMMITMENT or (
        reopening_needs_note and from_status in CLOSED_COMMITMENT_STATUSES
    )
    if needs_note and not note.strip():
        problems.append(FieldProblem("note", f"a note is required to move to '{to_status}'"))
    return problems


def agreement_status_change_problems(from_status: str, to_status: str, note: str) -> list[FieldProblem]:
    """The same rules whether the status is changed by the status command or in the edit form."""
    problems: list[FieldProblem] = []
    if from_status == to_status:
        return problems
    if not can_move_agreement(from_status, to_status):
        allowed = ", ".join(sorted(AGREEMENT_TRANSITIONS.get(from_status, ())))
        message = f"an agreement cannot move from '{from_status}' to '{to_status}' (allowed: {allowed})"
        problems.append(FieldProblem("status", message))
    if to_status in NOTE_REQUIRED_AGREEMENT and not note.strip():
        problems.append(FieldProblem("note", f"a note is required to move to '{to_status}'"))
    return problems


def agreement_status_requirements(
    status: str, signed_on: date | None, entry_into_force: date | None
) -> list[FieldProblem]:
    """Dates an agreement must have in ``status``: the edit form and the status command both ask."""
    problems: list[FieldProblem] = []
    if status != AgreementStatus.DRAFT and signed_on is None:
        problems.append(FieldProblem("signed_on", "a signed agreement needs its signing date"))
    if status == AgreementStatus.IN_FORCE and entry_into_force is None:
        problems.append(FieldProblem("entry_into_force", "an agreement in force needs its date of entry into force"))
    return problems


@dataclass
class Checker:
    """Collects field problems so a form can show them all at once."""

    problems: list[FieldProblem] = field(default_factory=list)

    def add(self, field_name: str, message: str) -> None:
        self.problems.append(FieldProblem(field_name, message))

    def required(self, field_name: str, value: object, label: str | None = None) -> None:
        if value is None or (isinstance(value, str) and not value.strip()):
            self.add(field_name, f"{label or field_name.replace('_', ' ')} is required")

    def max_length(self, field_name: str, value: str, limit: int) -> None:
        if value and len(value) > limit:
            self.add(field_name, f"is {len(value)} characters long; at most {limit} are allowed")

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)


def commitment_progress_problems(
    status: str, progress: int, completed_on: date | None, today: date, *, date_unknown: bool = False
) -> list[FieldProblem]:
    """Completed if and only if progress is 100 % and a completion date is set.

    One exception, ``date_unknown``: a commitment recorded as done without the day it was done
    (a clerk's register marks a row done and says no more). Its date is left empty and shown as
    unknown rather than invented; see ``completion_date_may_be_unknown`` for when that holds.
    """
    check = Checker()
    if not 0 <= progress <= 100:
        check.add("progress", "must be between 0 and 100 %")
    if status == CommitmentStatus.COMPLETED:
        if progress != 100:
            check.add("progress", "a completed commitment must be at 100 %")
        if completed_on is None and not date_unknown:
            check.add("completed_on", "a completed commitment needs a completion date")
    else:
        if progress == 100:
            check.add("progress", "100 % means completed: set the status to completed, or lower the progress")
        if completed_on is not None:
            check.add("completed_on", "only a completed commitment has a completion date")
    if completed_on is not None and completed_on > today:
        check.add("completed_on", "the completion date cannot be in the future")
    return check.problems


def completion_date_may_be_unknown(
    *, imported_without_date: bool = False, stored_status: str | None = None, stored_completed_on: date | None = None
) -> bool:
    """When a completed commitment may have no completion date: it comes in done from a file that
    gives no date, or it was already stored completed without one and stays completed (its editor
    must not refuse to save it). Completing a commitment in the window always sets a date."""
    if imported_without_date:
        return True
    return stored_status == CommitmentStatus.COMPLETED and stored_completed_on is None


def agreement_date_problems(
    signed_on: date | None, entry_into_force: date | None, expiry: date | None
) -> list[FieldProblem]:
    check = Checker()
    if signed_on and entry_into_force and entry_into_force < signed_on:
        check.add("entry_into_force", "cannot be before the signing date")
    if signed_on and expiry and expiry <= signed_on:
        check.add("expiry", "must be after the signing date")
    if entry_into_force and expiry and expiry <= entry_into_force:
        check.add("expiry", "must be after the entry into force")
    return check.problems


def descendants(body_id: int, parent_of: Mapping[int, int | None]) -> set[int]:
    """Ids of every body below ``body_id`` (not including it)."""
    children: dict[int, list[int]] = {}
    for child, parent in parent_of.items():
        if parent is not None:
            children.setdefault(parent, []).append(child)
    found: set[int] = set()
    stack = list(children.get(body_id, ()))
    while stack:
        current = stack.pop()
        if current in found:
            continue
        found.add(current)
        stack.extend(children.get(current, ()))
    return found


def parent_problem(body_id: int | None, parent_id: int | None, parent_of: Mapping[int, int | None]) -> str | None:
    if parent_id is None or body_id is None:
        return None
    if parent_id == body_id:
        return "a body cannot be its own parent"
    if parent_id in descendants(body_id, parent_of):
        return "a body cannot be placed under one of its own sub-bodies"
    return None


def fold(*parts: object) -> str:
    """Case-folded search text: "ҚАЗАҚ" and "қазақ" fold to the same string."""
    return " ".join(str(p) for p in parts if p).casefold()


# What each record's search text is made of. The services, the importer and the benchmark
# generator all build it from here, so a search finds a record however it entered the register.
PARTY_SEARCH_FIELDS = ("name", "short_name", "country_code", "name_ru", "name_kk", "name_zh")
AGREEMENT_SEARCH_FIELDS = ("reg_number", "title", "title_ru", "title_kk", "title_zh", "place", "summary")
BODY_SEARCH_FIELDS = ("name", "name_ru", "name_kk", "name_zh")


def search_text(fields: Iterable[str], record: object) -> str:
    """The folded search text of ``record`` (a mapping or an object) over ``fields``."""
    if isinstance(record, Mapping):
        return fold(*(record.get(f) for f in fields))
    return fold(*(getattr(record, f) for f in fields))


def commitment_search_text(
    ref: str,
    title: str,
    description: str,
    agency: str,
    sector: str,
    agreement_reg: str | None,
    body_name: str | None,
    party_name: str | None,
) -> str:
    """A commitment is also found by its agreement's number, its body's and its party's names."""
    return fold(ref, title, description, agency, sector, agreement_reg, body_name, party_name)


def split_terms(text: str) -> list[str]:
    return [t for t in text.casefold().split() if t]


def matches_terms(search_text: str, terms: Iterable[str]) -> bool:
    return all(t in search_text for t in terms)
