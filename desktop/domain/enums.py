"""Closed vocabularies of the register. Values are stored as their string value."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

E = TypeVar("E", bound=StrEnum)


class PartyKind(StrEnum):
    STATE = "state"
    ORGANISATION = "organisation"


class AgreementKind(StrEnum):
    PROTOCOL = "protocol"
    AGREEMENT = "agreement"
    MEMORANDUM = "memorandum"
    JOINT_STATEMENT = "joint_statement"
    ROADMAP = "roadmap"
    OTHER = "other"


class AgreementStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"
    IN_FORCE = "in_force"
    SUSPENDED = "suspended"
    EXPIRED = "expired"
    TERMINATED = "terminated"


class BodyKind(StrEnum):
    COMMITTEE = "committee"
    SUBCOMMITTEE = "subcommittee"
    WORKING_GROUP = "working_group"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    CRITICAL = "critical"


class CommitmentStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    ON_HOLD = "on_hold"
    CANCELLED = "cancelled"


class HistoryEntity(StrEnum):
    COMMITMENT = "commitment"
    AGREEMENT = "agreement"


CLOSED_COMMITMENT_STATUSES: frozenset[str] = frozenset(
    {CommitmentStatus.COMPLETED.value, CommitmentStatus.CANCELLED.value}
)


def parse_enum(enum_type: type[E], value: str | E, field: str) -> E:
    """Return the member for a stored or typed value, or raise a FieldError naming the field."""
    from desktop.domain.errors import FieldError
    from desktop.domain.messages import Message

    if isinstance(value, enum_type):
        return value
    text = str(value or "").strip().lower().replace(" ", "_").replace("-", "_")
    try:
        return enum_type(text)
    except ValueError:
        valid = ", ".join(member.value for member in enum_type)
        raise FieldError(field, Message("“{0}” is not one of: {1}", str(value), valid)) from None
