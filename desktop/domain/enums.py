"""Closed vocabularies of the register. Values are stored as their string value."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar, cast

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
    """In the order of a commitment's life: lists, pickers, charts, legends and report columns show them so."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    ON_HOLD = "on_hold"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class PersonRole(StrEnum):
    """A person's part in a commitment: the lead executor answers for it, co-executors report to them,
    the controller accepts its execution."""

    LEAD = "lead"
    CO = "co"
    CONTROLLER = "controller"


class ReportDecision(StrEnum):
    """The controller's decision on an execution report ("" while it waits for acceptance)."""

    ACCEPTED = "accepted"
    RETURNED = "returned"


class AttachmentOwner(StrEnum):
    """What a file is attached to: an agreement (its signed scans), a commitment, or one of its reports."""

    AGREEMENT = "agreement"
    COMMITMENT = "commitment"
    EXECUTION_REPORT = "execution_report"
    INTERIM_REPORT = "interim_report"


# The size limit of an attached file, in MB: the default of the window's setting and of the command line's --limit-mb
# (here, with the vocabulary, so the command line's parser reads it without loading the rules' SQL).
ATTACHMENT_LIMIT_MB = 50


class HistoryEntity(StrEnum):
    COMMITMENT = "commitment"
    AGREEMENT = "agreement"


# The one status order (the enum's): every list, chart and report follows it.
COMMITMENT_STATUS_ORDER: tuple[str, ...] = tuple(s.value for s in CommitmentStatus)
AGREEMENT_STATUS_ORDER: tuple[str, ...] = tuple(s.value for s in AgreementStatus)

# A commitment is closed once completed or cancelled and open otherwise; "overdue" and the open
# figures build on this (desktop/domain/rules.py: ``is_open``/``open_clause``, ``is_overdue``/``overdue_clause``).
CLOSED_COMMITMENT_STATUSES: frozenset[str] = frozenset(
    {CommitmentStatus.COMPLETED.value, CommitmentStatus.CANCELLED.value}
)
OPEN_COMMITMENT_STATUSES: frozenset[str] = frozenset(COMMITMENT_STATUS_ORDER) - CLOSED_COMMITMENT_STATUSES

# The stored statuses in English words, for the reports, the workbook's headers and messages. The window
# shows its own translated words (ui/labels.py); the reports' other languages come from the same keys.
STATUS_WORDS: dict[str, str] = {
    CommitmentStatus.NOT_STARTED: "Not started",
    CommitmentStatus.IN_PROGRESS: "In progress",
    CommitmentStatus.ON_HOLD: "On hold",
    CommitmentStatus.COMPLETED: "Completed",
    CommitmentStatus.CANCELLED: "Cancelled",
    AgreementStatus.DRAFT: "Draft",
    AgreementStatus.SIGNED: "Signed",
    AgreementStatus.IN_FORCE: "In force",
    AgreementStatus.SUSPENDED: "Suspended",
    AgreementStatus.EXPIRED: "Expired",
    AgreementStatus.TERMINATED: "Terminated",
}


def words(value: str | None) -> str:
    """A stored status or kind in words: 'in_progress' → 'In progress'."""
    if not value:
        return ""
    return STATUS_WORDS.get(value) or value.replace("_", " ").capitalize()


def parse_enum(enum_type: type[E], value: str | E, field: str) -> E:
    """Return the member for a stored or typed value, or raise a FieldError naming the field."""
    from desktop.domain.errors import FieldError
    from desktop.domain.messages import Message

    if isinstance(value, enum_type):
        return value
    text = str(value or "").strip().lower().replace(" ", "_").replace("-", "_")
    # What ``enum_type(text)`` looks up first, without its Python-level call (an import validates every row).
    member = enum_type._value2member_map_.get(text)
    if member is not None:
        return cast("E", member)
    try:
        return enum_type(text)
    except ValueError:
        valid = ", ".join(member.value for member in enum_type)
        raise FieldError(field, Message("“{0}” is not one of: {1}", str(value), valid)) from None


# The commitment fields `set REF field=value` may change (status has its own command); a plain tuple here so the
# command line can name them without importing the services.
SETTABLE_FIELDS = (
    "title",
    "description",
    "ref",
    "agency",
    "sector",
    "due_date",
    "priority",
    "progress",
    "agreement",
    "body",
    "party",
)

# The people of a commitment `set REF field=value` names (services/people.py): persons by name, co-executors
# separated by ";".
PEOPLE_FIELDS = ("executor", "co_executors", "controller")
