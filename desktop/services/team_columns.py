"""Who executes and controls a commitment, as SQL over its rows: the list's columns and its person filter.

Apart from ``desktop.services.people`` (which re-exports them) so that reading the commitment list does not load
the editing services behind people (``kelisim list`` starts with only what it reads).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, cast, exists, func, select

from desktop.domain.enums import PersonRole
from desktop.domain.filters import person_roles
from desktop.domain.models import Commitment, CommitmentPerson, Person

# Table columns (not the classes' attributes): the list's statement stays free of the ORM (see commitment_list).
commitment = Commitment.__table__
commitment_person = CommitmentPerson.__table__
person = Person.__table__


def involved_clause(person_id: int, person_role: str) -> Any:
    """SQL: the commitment has ``person_id`` in one of the roles ``person_role`` means."""
    return exists().where(
        commitment_person.c.commitment_id == commitment.c.id,
        commitment_person.c.person_id == person_id,
        commitment_person.c.role.in_(person_roles(person_role)),
    )


def people_key_column() -> Any:
    """SQL, per commitment row: its people as tokens "lead3 co5 controller7" (role, person id)."""
    token = commitment_person.c.role + cast(commitment_person.c.person_id, String)
    return (
        select(func.coalesce(func.aggregate_strings(token, " "), ""))
        .where(commitment_person.c.commitment_id == commitment.c.id)
        .correlate(commitment)
        .scalar_subquery()
    )


def lead_name_column() -> Any:
    """SQL, per commitment row: the lead executor's name ("" without one)."""
    return (
        select(person.c.name)
        .join(commitment_person, commitment_person.c.person_id == person.c.id)
        .where(commitment_person.c.commitment_id == commitment.c.id, commitment_person.c.role == PersonRole.LEAD.value)
        .correlate(commitment)
        .limit(1)
        .scalar_subquery()
    )
