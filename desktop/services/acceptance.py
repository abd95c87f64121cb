"""Who may take a commitment off control: the rule (domain/rules.acceptance_problem) asked about the acting
person — their part in the commitment, found by their login, and their role — inside the caller's transaction.
Used by accepting or returning an execution report (services/control.py) and by completing on evidence given with
the change (services/commitments.py); the server checks the same on a shared register."""

from __future__ import annotations

from sqlmodel import Session, select

from desktop.domain.enums import PersonRole
from desktop.domain.messages import Message
from desktop.domain.models import CommitmentPerson, Person
from desktop.domain.roles import RANK, Role
from desktop.domain.rules import acceptance_problem
from desktop.services import access
from desktop.services.common import current_user


def problem_in(session: Session, commitment_id: int) -> Message | None:
    user = current_user(session).casefold()
    parts = {
        role
        for role, login in session.execute(
            select(CommitmentPerson.role, Person.login)
            .join(Person, Person.id == CommitmentPerson.person_id)
            .where(CommitmentPerson.commitment_id == commitment_id, Person.login != "")
        )
        if login.casefold() == user
    }
    role = access.role_in(session)
    return acceptance_problem(
        is_lead_executor=PersonRole.LEAD.value in parts,
        is_controller=PersonRole.CONTROLLER.value in parts,
        is_manager=role is not None and RANK[role] >= RANK[Role.MANAGER],
    )
