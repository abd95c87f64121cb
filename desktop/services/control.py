"""Closure on evidence: the executor's execution report, and the controller's acceptance or return.

The report (what was done, its evidence — the outgoing letter's number and date, attached documents, or both — and the
day it was executed) puts the commitment
"for acceptance": a report with no decision yet. The status vocabulary is unchanged — the commitment keeps its open
status while it waits — so every list, filter, import and report that reads statuses keeps working.

Accepting completes the commitment through the usual status change (``commitments.change_status_in``): completed on
the report's date, recorded in the status history with the letter as its note; it is then counted executed on time
or late against its original deadline like any other completion. Returning records the reason and leaves the
commitment open with the executor (an untouched "not started" one becomes "in progress", since work was reported).

A plain status change to "completed" (the status dialog, ``status REF completed``, bulk changes, the demo) is the
manager's direct decision and needs the same evidence (rules.completion_evidence_problems): the letter's or the
session protocol's number and date, kept as an execution report accepted at once — or an accepted report already on
record. An import is a record of the past, not a new completion: its rows arrive completed with the import file
named as their source in the status history.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, literal_column, select
from sqlalchemy.orm import Session as SASession
from sqlmodel import Session

from desktop.domain.enums import AttachmentOwner, CommitmentStatus, PersonRole, ReportDecision
from desktop.domain.errors import KelisimError, PermissionDenied, ValidationError
from desktop.domain.messages import Message
from desktop.domain.models import Commitment, CommitmentPerson, ExecutionReport, InterimReport
from desktop.domain.roles import Action
from desktop.domain.rules import (
    execution_report_problems,
    interim_report_problems,
    open_clause,
    return_problems,
    submit_problem,
)
from desktop.domain.types import utc_now
from desktop.services import acceptance, access, attachments, commitments
from desktop.services.common import clean, current_user, load
from desktop.storage.database import Database


@dataclass(frozen=True)
class Report:
    id: int
    text: str
    letter_number: str  # "" when attached documents are the evidence
    letter_date: date | None
    report_date: date
    submitted_by: str
    submitted_at: datetime
    decision: str  # "" waiting, "accepted", "returned"
    decided_by: str
    decided_at: datetime | None
    reason: str
    documents: tuple[str, ...] = ()  # the attached documents' names

    @property
    def waiting(self) -> bool:
        return not self.decision


def _pending(session: Session, commitment_id: int) -> ExecutionReport | None:
    return session.scalars(
        select(ExecutionReport).where(ExecutionReport.commitment_id == commitment_id, ExecutionReport.decision == "")
    ).first()


def submit_report(
    db: Database,
    commitment_id: int,
    *,
    text: str,
    letter_number: str = "",
    letter_date: date | None = None,
    report_date: date | None,
    documents: Sequence[Path] = (),
    limit_mb: int = attachments.ATTACHMENT_LIMIT_MB,
    today: date | None = None,
) -> int:
    """The executor reports the commitment executed, with its evidence — the outgoing letter, attached documents
    (``documents``: files read and stored with the report, all in one transaction) or both; it waits for
    acceptance. A report with neither is refused."""
    access.require(db, Action.EDIT)
    problems = execution_report_problems(
        text, letter_number, letter_date, report_date, today or date.today(), len(documents)
    )
    if problems:
        raise ValidationError(problems)
    assert report_date is not None
    uploads = attachments.read_uploads(documents, limit_mb=limit_mb)
    with db.write() as session:
        c = load(session, Commitment, commitment_id, "commitment")
        problem = submit_problem(c.status, _pending(session, commitment_id) is not None)
        if problem is not None:
            raise KelisimError(Message("{0}: {1}", c.ref, problem))
        report = ExecutionReport(
            commitment_id=commitment_id,
            text=text.strip(),
            letter_number=clean(letter_number),
            letter_date=letter_date,
            report_date=report_date,
            submitted_by=current_user(session),
            submitted_at=utc_now(),
        )
        session.add(report)
        session.flush()
        assert report.id is not None
        if uploads:
            attachments.add_in(session, attachments.Owner(AttachmentOwner.EXECUTION_REPORT, report.id), uploads)
        return report.id


def _decide(session: Session, commitment_id: int) -> tuple[Commitment, ExecutionReport]:
    c = load(session, Commitment, commitment_id, "commitment")
    report = _pending(session, commitment_id)
    if report is None:
        raise KelisimError(Message("{0}: {1}", c.ref, Message("no execution report waits for acceptance")))
    problem = acceptance.problem_in(session, commitment_id)
    if problem is not None:
        raise PermissionDenied(Message("{0}: {1}", c.ref, problem))
    return c, report


def accept(db: Database, commitment_id: int) -> None:
    """The controller accepts the waiting report: the commitment is completed on the report's date."""
    access.require(db, Action.EDIT)
    with db.write() as session:
        _c, report = _decide(session, commitment_id)
        report.decision = ReportDecision.ACCEPTED.value
        report.decided_by = current_user(session)
        report.decided_at = utc_now()
        session.flush()  # the accepted report is the completion's evidence
        # The evidence, language-neutral: the note reads the same in every language of the window.
        evidence = []
        if report.letter_number:
            day = report.letter_date.isoformat() if report.letter_date else "—"
            evidence.append(f"№ {report.letter_number} ({day})")
        assert report.id is not None
        evidence += attachments.names_by_report(session, [report.id]).get(report.id, [])
        commitments.change_status_in(
            session,
            commitment_id,
            CommitmentStatus.COMPLETED.value,
            "; ".join(evidence),
            completed_on=report.report_date,
        )
        session.flush()


def return_report(db: Database, commitment_id: int, reason: str) -> None:
    """The controller returns the waiting report with a reason; the commitment stays open, with the executor."""
    access.require(db, Action.EDIT)
    problems = return_problems(reason)
    if problems:
        raise ValidationError(problems)
    with db.write() as session:
        c, report = _decide(session, commitment_id)
        report.decision = ReportDecision.RETURNED.value
        report.decided_by = current_user(session)
        report.decided_at = utc_now()
        report.reason = reason.strip()
        if c.status == CommitmentStatus.NOT_STARTED.value:  # work was reported: it is under way
            commitments.change_status_in(session, commitment_id, CommitmentStatus.IN_PROGRESS.value, reason.strip())
        session.flush()


def reports(db: Database, commitment_id: int) -> list[Report]:
    """The commitment's execution reports, oldest first."""
    with db.read() as session:
        rows = session.scalars(
            select(ExecutionReport).where(ExecutionReport.commitment_id == commitment_id).order_by(ExecutionReport.id)
        ).all()
        names = attachments.names_by_report(session, [r.id for r in rows if r.id is not None])
        return [
            Report(
                r.id or 0,
                r.text,
                r.letter_number,
                r.letter_date,
                r.report_date,
                r.submitted_by,
                r.submitted_at,
                r.decision,
                r.decided_by,
                r.decided_at,
                r.reason,
                tuple(names.get(r.id or 0, ())),
            )
            for r in rows
        ]


_IDS_AT_ONCE = 500  # ids bound to one statement, well inside both engines' limits


@dataclass(frozen=True)
class ControlCounts:
    on_control: int  # open commitments with a controller
    waiting: int  # open commitments whose execution report waits for acceptance


def counts(session: SASession) -> ControlCounts:
    is_open = open_clause(Commitment.status)
    # On control: an INTERSECT of two id lists in id order, the controllers' (their own index, 0017) and the open
    # commitments': SQLite merges the two sorted lists in one pass (its plan says MERGE (INTERSECT)), where
    # "id IN (the controlled ids)" built a temporary index of every controlled id and probed it once per open
    # commitment. An INTERSECT keeps each id once, as counting the commitments did.
    controlled = select(CommitmentPerson.commitment_id).where(CommitmentPerson.role == PersonRole.CONTROLLER.value)
    both = controlled.intersect(select(Commitment.id).where(is_open)).order_by(literal_column("1")).subquery()
    on_control = session.scalar(select(func.count()).select_from(both)) or 0
    # Waiting: the reports waiting for a decision are few. Their commitments' ids are read first, then only those
    # commitments are looked up, where "id IN (the waiting ids)" checked every open commitment against the list (an
    # id-ordered merge would visit every report, decided or not, through its index).
    waiting = sorted(set(session.scalars(select(ExecutionReport.commitment_id).where(ExecutionReport.decision == ""))))
    waits = 0
    for start in range(0, len(waiting), _IDS_AT_ONCE):
        chunk = waiting[start : start + _IDS_AT_ONCE]
        waits += session.scalar(select(func.count()).where(is_open, Commitment.id.in_(chunk))) or 0
    return ControlCounts(int(on_control), int(waits))


def control_sets(session: SASession) -> tuple[set[int], set[int]]:
    """Ids of the commitments that have a controller, and of those whose execution report waits for acceptance:
    a report counts its own lines against them (open ones only, as ``counts`` does)."""
    controlled = set(
        session.scalars(
            select(CommitmentPerson.commitment_id).where(CommitmentPerson.role == PersonRole.CONTROLLER.value)
        )
    )
    waiting = set(session.scalars(select(ExecutionReport.commitment_id).where(ExecutionReport.decision == "")))
    return controlled, waiting


def last_interims_in(session: SASession, ids: Sequence[int] | None = None) -> dict[int, tuple[date, str, int | None]]:
    """Commitment id → its newest interim report (date, text, percentage), for the reports: every commitment
    with one, or only ``ids``."""
    newest = select(func.max(InterimReport.id)).group_by(InterimReport.commitment_id)
    if ids is not None:
        newest = newest.where(InterimReport.commitment_id.in_(list(ids)))
    query = select(
        InterimReport.commitment_id, InterimReport.report_date, InterimReport.text, InterimReport.progress
    ).where(InterimReport.id.in_(newest))
    return {int(r[0]): (r[1], r[2], r[3]) for r in session.execute(query)}


@dataclass(frozen=True)
class Interim:
    id: int
    report_date: date
    text: str
    progress: int | None
    reported_by: str
    reported_at: datetime


def add_interim(
    db: Database,
    commitment_id: int,
    *,
    text: str,
    report_date: date | None,
    progress: int | None = None,
    documents: Sequence[Path] = (),
    limit_mb: int = attachments.ATTACHMENT_LIMIT_MB,
    today: date | None = None,
) -> int:
    """A dated progress note, with optional attached documents; with a percentage it becomes the commitment's
    progress. The status is never changed."""
    access.require(db, Action.EDIT)
    uploads = attachments.read_uploads(documents, limit_mb=limit_mb)
    with db.write() as session:
        c = load(session, Commitment, commitment_id, "commitment")
        problems = interim_report_problems(c.status, text, report_date, progress, today or date.today())
        if problems:
            raise ValidationError(problems)
        assert report_date is not None
        note = InterimReport(
            commitment_id=commitment_id,
            report_date=report_date,
            text=text.strip(),
            progress=progress,
            reported_by=current_user(session),
            reported_at=utc_now(),
        )
        session.add(note)
        if progress is not None and progress != c.progress:
            c.progress = progress
            c.updated_at = utc_now()
        session.flush()
        assert note.id is not None
        if uploads:
            attachments.add_in(session, attachments.Owner(AttachmentOwner.INTERIM_REPORT, note.id), uploads)
        return note.id


def interims(db: Database, commitment_id: int) -> list[Interim]:
    """The commitment's interim reports, newest first."""
    with db.read() as session:
        rows = session.scalars(
            select(InterimReport)
            .where(InterimReport.commitment_id == commitment_id)
            .order_by(InterimReport.report_date.desc(), InterimReport.id.desc())
        ).all()
        return [Interim(r.id or 0, r.report_date, r.text, r.progress, r.reported_by, r.reported_at) for r in rows]
