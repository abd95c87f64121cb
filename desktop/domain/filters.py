"""The commitment filter shared by the lists, the reports and the command line.

Services translate it into SQL; the GUI applies ``matches`` to rows already in memory, so
typing in the filter box never waits for the database. Both readings must agree: a test
checks them against each other.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import date

from desktop.domain.enums import PersonRole
from desktop.domain.rules import is_overdue, matches_terms, split_terms

PERSON_ROLES = ("", "executor", "controller")  # a filter's person_role: any part, executes (lead or co), controls


def person_roles(person_role: str) -> tuple[str, ...]:
    """The stored roles (``PersonRole``) a filter's ``person_role`` means."""
    if person_role == "executor":
        return (PersonRole.LEAD.value, PersonRole.CO.value)
    if person_role == "controller":
        return (PersonRole.CONTROLLER.value,)
    return tuple(r.value for r in PersonRole)


def people_key_has(key: str | None, person_id: int, person_role: str) -> bool:
    """Whether a list row's people key (tokens "lead3 co5 controller7") has the person in one of the roles."""
    if not key:
        return False
    tokens = key.split()
    return any(f"{role}{person_id}" in tokens for role in person_roles(person_role))


@dataclass(frozen=True)
class CommitmentFilter:
    text: str = ""
    statuses: frozenset[str] = field(default_factory=frozenset)
    overdue: bool = False
    body_id: int | None = None  # includes the body's sub-bodies
    party_id: int | None = None
    sector: str = ""
    agreement_id: int | None = None
    due_after: date | None = None  # inclusive
    due_before: date | None = None  # inclusive
    person_id: int | None = None  # who executes or controls it ("My commitments", "by executor")
    person_role: str = ""  # PERSON_ROLES: "" any part, "executor" (lead or co-executor), "controller"

    def with_(self, **changes: object) -> CommitmentFilter:
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def is_empty(self) -> bool:
        return self == CommitmentFilter()


@dataclass(frozen=True)
class RowPredicate:
    """A compiled filter over commitment list rows (see ``services.rows.CommitmentRow``)."""

    terms: tuple[str, ...]
    statuses: frozenset[str]
    overdue_before: str | None
    body_ids: frozenset[int] | None
    party_id: int | None
    sector: str
    agreement_id: int | None
    due_after: str | None
    due_before: str | None
    person_id: int | None = None
    person_role: str = ""

    def __call__(
        self,
        search_text: str,
        status: str,
        due_date: str | None,
        body_id: int | None,
        party_id: int | None,
        sector: str,
        agreement_id: int | None,
        people: str | None = None,
    ) -> bool:
        if self.person_id is not None and not people_key_has(people, self.person_id, self.person_role):
            return False
        if self.statuses and status not in self.statuses:
            return False
        if self.overdue_before is not None and not is_overdue(due_date, status, self.overdue_before):
            return False
        if self.body_ids is not None and body_id not in self.body_ids:
            return False
        if self.party_id is not None and party_id != self.party_id:
            return False
        if self.sector and (sector or "").casefold() != self.sector:
            return False
        if self.agreement_id is not None and agreement_id != self.agreement_id:
            return False
        if self.due_after is not None and (not due_date or due_date < self.due_after):
            return False
        if self.due_before is not None and (not due_date or due_date > self.due_before):
            return False
        return not self.terms or matches_terms(search_text, self.terms)


def compile_filter(flt: CommitmentFilter, today: date, body_with_descendants: Collection[int] | None) -> RowPredicate:
    """``body_with_descendants`` is the filtered body and all bodies below it."""
    return RowPredicate(
        terms=tuple(split_terms(flt.text)),
        statuses=frozenset(flt.statuses),
        overdue_before=today.isoformat() if flt.overdue else None,
        body_ids=frozenset(body_with_descendants)
        if flt.body_id is not None and body_with_descendants is not None
        else None,
        party_id=flt.party_id,
        sector=flt.sector.casefold().strip(),
        agreement_id=flt.agreement_id,
        due_after=flt.due_after.isoformat() if flt.due_after else None,
        due_before=flt.due_before.isoformat() if flt.due_before else None,
        person_id=flt.person_id,
        person_role=flt.person_role,
    )
