"""Execution reports: the executor's documented claim that a commitment is done, and the controller's decision.

A report carries its evidence (the outgoing letter's number and date). Submitting it takes the commitment "for
acceptance"; accepting completes it (on the day the report says it was executed, judged on time or late against the
original deadline); returning sends it back in progress with the reason. Accept and return are status changes
(commitments.change_status_in decides the pending report), so the status dialog, the bulk change and the command
line's ``status`` keep the same rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlmodel import Session

from desktop.domain.enums import CommitmentStatus
from desktop.domain.errors import ValidationError
from desktop.domain.models import ExecutionReport
from desktop.domain.types import utc_now
from desktop.services.common import current_user
from desktop.storage.database import Database

PENDING, ACCEPTED, RETURNED = "pending", "accepted", "returned"


@dataclass(frozen=True)
class ReportRow:
    id: int
    commitment_id: int
    text: str
    executed_on: date
    letter_number: str
    letter_date: date
    submitted_by: str
    submitted_at: datetime
    outcome: str
    decided_by: str
    decided_at: datetime | None
    return_reason: str


def pending_in(session: Session, commitment_id: int) -> ExecutionReport | None:
    return session.scalars(
        select(ExecutionReport)
        .where(ExecutionReport.commitment_id == commitment_id, ExecutionReport.outcome == PENDING)
        .order_by(ExecutionReport.id.desc())
    ).first()


def decide_in(session: Session, report: ExecutionReport, *, accepted: bool, reason: str) -> None:
    report.outcome = ACCEPTED if accepted else RETURNED
    report.return_reason = "" if accepted else reason.strip()
    report.decided_by = current_user()
    report.decided_at = utc_now()
    session.add(report)


def submit(
    db: Database,
    commitment_id: int,
    *,
    text: str,
    executed_on: date | None,
    letter_number: str,
    letter_date: date | None,
    version: int | None = None,
    today: date | None = None,
) -> int:
    """Record the execution report and take the commitment for acceptance. Refused, naming the field, without
    the text, the date, or the evidence (the outgoing letter's number and date); nothing is written then."""
    with db.write() as session:
        return submit_in(
            session,
            commitment_id,
            text=text,
            executed_on=executed_on,
            letter_number=letter_number,
            letter_date=letter_date,
            version=version,
            today=today,
        )


def submit_in(
    session: Session,
    commitment_id: int,
    *,
    text: str,
    executed_on: date | None,
    letter_number: str,
    letter_date: date | None,
    version: int | None = None,
    today: date | None = None,
) -> int:
    from desktop.domain.messages import Message
    from desktop.domain.rules import execution_report_problems
    from desktop.services.commitments import change_status_in

    today = today or date.today()
    problems = execution_report_problems(text, executed_on, letter_number, letter_date, today)
    if problems:
        raise ValidationError(problems)
    assert executed_on is not None and letter_date is not None
    report = ExecutionReport(
        commitment_id=commitment_id,
        text=text.strip(),
        executed_on=executed_on,
        letter_number=letter_number.strip(),
        letter_date=letter_date,
        submitted_by=current_user(),
        submitted_at=utc_now(),
    )
    note = Message("execution submitted: letter No. {0} of {1}", report.letter_number, letter_date.isoformat())
    change_status_in(
        session,
        commitment_id,
        CommitmentStatus.FOR_ACCEPTANCE.value,
        str(note),
        version=version,
        today=today,
        evidence=True,
    )
    session.add(report)
    session.flush()
    assert report.id is not None
    return report.id


def accept(db: Database, commitment_id: int, *, version: int | None = None) -> None:
    """The controller accepts the pending execution report: the commitment is completed on its execution date."""
    from desktop.services.commitments import change_status_in

    with db.write() as session:
        change_status_in(session, commitment_id, CommitmentStatus.COMPLETED.value, "accepted", version=version)


def return_(db: Database, commitment_id: int, reason: str, *, version: int | None = None) -> None:
    """The controller returns the pending execution report with a reason (required): back in progress."""
    from desktop.domain.errors import FieldError
    from desktop.domain.messages import Message
    from desktop.services.commitments import change_status_in

    if not reason.strip():
        raise FieldError("reason", Message("say why the execution report is returned"))
    with db.write() as session:
        change_status_in(session, commitment_id, CommitmentStatus.IN_PROGRESS.value, reason, version=version)


def for_commitment(db: Database, commitment_id: int) -> list[ReportRow]:
    """The commitment's execution reports, newest first."""
    with db.read() as session:
        rows = session.scalars(
            select(ExecutionReport)
            .where(ExecutionReport.commitment_id == commitment_id)
            .order_by(ExecutionReport.id.desc())
        ).all()
        return [
            ReportRow(
                r.id or 0,
                r.commitment_id,
                r.text,
                r.executed_on,
                r.letter_number,
                r.letter_date,
                r.submitted_by,
                r.submitted_at,
                r.outcome,
                r.decided_by,
                r.decided_at,
                r.return_reason,
            )
            for r in rows
        ]
