"""Deadlines on record: moving a commitment's deadline is an extension (from, to, why, who asked, who approved, when).

The commitment's ``due_date`` stays its current deadline, so every list, filter and "overdue" keeps working on it;
the original deadline is the first extension's previous date (rules.original_deadline).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import case, exists, func, select
from sqlalchemy.orm import Session as SASession
from sqlmodel import Session

from desktop.domain.enums import CommitmentStatus
from desktop.domain.errors import ValidationError
from desktop.domain.models import Commitment, DeadlineExtension
from desktop.domain.roles import Action
from desktop.domain.rules import (
    deadline_move_problems,
    executed_late_clause,
    executed_on_time,
    original_deadline,
)
from desktop.domain.types import utc_now
from desktop.services import access
from desktop.services.common import check_version, clean, current_user, load
from desktop.storage.database import Database


@dataclass(frozen=True)
class Extension:
    id: int
    commitment_id: int
    previous_date: date | None
    new_date: date
    reason: str
    requested_by: str
    approved_by: str
    moved_at: datetime


@dataclass(frozen=True)
class Deadlines:
    """A commitment's deadlines: the original one, the current one and every move, oldest first."""

    original: date | None
    current: date | None
    extensions: list[Extension]

    @property
    def moves(self) -> int:
        return len(self.extensions)


def move_deadline(
    db: Database,
    commitment_id: int,
    new_date: date | None,
    reason: str,
    *,
    requested_by: str = "",
    version: int | None = None,
) -> int:
    """Move the deadline to ``new_date``, recording the extension; the one who records it approves it.

    Returns the extension's id. Refused, naming the field, without a new date or a reason.
    """
    access.require(db, Action.EDIT)
    with db.write() as session:
        return move_deadline_in(session, commitment_id, new_date, reason, requested_by=requested_by, version=version)


def move_deadline_in(
    session: Session,
    commitment_id: int,
    new_date: date | None,
    reason: str,
    *,
    requested_by: str = "",
    version: int | None = None,
) -> int:
    c = load(session, Commitment, commitment_id, "commitment")
    check_version(c, version, "commitment", f"{c.title} — {c.due_date or '—'}")
    problems = deadline_move_problems(c.due_date, new_date, reason)
    if problems:
        raise ValidationError(problems)
    assert new_date is not None
    approver = current_user(session)
    extension = DeadlineExtension(
        commitment_id=commitment_id,
        previous_date=c.due_date,
        new_date=new_date,
        reason=reason.strip(),
        requested_by=clean(requested_by) or approver,
        approved_by=approver,
        moved_at=utc_now(),
    )
    session.add(extension)
    c.due_date = new_date
    c.updated_at = utc_now()
    session.flush()
    assert extension.id is not None
    return extension.id


def for_commitment(db: Database, commitment_id: int) -> Deadlines:
    with db.read() as session:
        c = load(session, Commitment, commitment_id, "commitment")
        rows = (
            session.execute(
                select(DeadlineExtension)
                .where(DeadlineExtension.commitment_id == commitment_id)
                .order_by(DeadlineExtension.id)
            )
            .scalars()
            .all()
        )
        extensions = [
            Extension(
                r.id or 0,
                r.commitment_id,
                r.previous_date,
                r.new_date,
                r.reason,
                r.requested_by,
                r.approved_by,
                r.moved_at,
            )
            for r in rows
        ]
        first = extensions[0].previous_date if extensions else None
        return Deadlines(original_deadline(c.due_date, first, len(extensions)), c.due_date, extensions)


def first_moves(session: SASession, commitment_ids: Any = None) -> dict[int, tuple[date | None, int]]:
    """Commitment id → (the date its first extension moved it from, how many times it was moved), for moved ones."""
    first_id = (
        select(
            DeadlineExtension.commitment_id, func.min(DeadlineExtension.id).label("first_id"), func.count().label("n")
        )
        .group_by(DeadlineExtension.commitment_id)
        .subquery()
    )
    query = select(first_id.c.commitment_id, DeadlineExtension.previous_date, first_id.c.n).join(
        DeadlineExtension, DeadlineExtension.id == first_id.c.first_id
    )
    if commitment_ids is not None:
        query = query.where(first_id.c.commitment_id.in_(commitment_ids))
    return {r[0]: (r[1], int(r[2])) for r in session.execute(query)}


def original_due_column() -> Any:
    """``rules.original_deadline`` as a SQL expression over the commitment table (correlated per row)."""
    moved = exists().where(DeadlineExtension.commitment_id == Commitment.id)
    first_previous = (
        select(DeadlineExtension.previous_date)
        .where(DeadlineExtension.commitment_id == Commitment.id)
        .order_by(DeadlineExtension.id)
        .limit(1)
        .correlate(Commitment)
        .scalar_subquery()
    )
    return case((moved, first_previous), else_=Commitment.due_date)


@dataclass(frozen=True)
class ControlFigures:
    on_time: int  # completed by the original deadline
    late: int  # completed after the original deadline, even when within a moved one
    moved: int  # commitments whose deadline was moved at least once


def judged_by_due_sums() -> tuple[Any, Any]:
    """SQL sums over commitment rows: how many were executed late and on time judged by their current due date
    (``rules.executed_on_time`` as if no deadline had been moved). ``control_figures`` corrects them for the
    moved few, so a scan that already reads every row (the dashboard's per body) can carry them."""
    late = executed_late_clause(Commitment.status, Commitment.completed_on, Commitment.due_date, late=True)
    on_time = executed_late_clause(Commitment.status, Commitment.completed_on, Commitment.due_date, late=False)
    # COUNT(*) FILTER (WHERE …) rather than SUM(CASE WHEN … THEN 1 ELSE 0 END): the same count (0, not NULL, over
    # no rows), and SQLite evaluates it in fewer steps per row of a pass over every commitment.
    return func.count().filter(late), func.count().filter(on_time)


def control_figures(session: Session, by_due: tuple[int, int] | None = None) -> ControlFigures:
    """``by_due``: the (late, on time) counts of every commitment judged by its current due date
    (``judged_by_due_sums``); only the commitments whose deadline was moved are then read again, judged by
    their original deadline. Without it, every completed commitment is read."""
    original = original_due_column()
    late = executed_late_clause(Commitment.status, Commitment.completed_on, original, late=True)
    on_time = executed_late_clause(Commitment.status, Commitment.completed_on, original, late=False)
    completed = Commitment.status == CommitmentStatus.COMPLETED.value
    if by_due is None:
        row = session.execute(
            select(func.sum(case((late, 1), else_=0)), func.sum(case((on_time, 1), else_=0))).where(completed)
        ).one()
        late_count, on_time_count = int(row[0] or 0), int(row[1] or 0)
    else:
        # For a commitment never moved the original deadline is the due date: only the moved ones differ.
        moved_ids = select(DeadlineExtension.commitment_id)
        row = session.execute(
            select(func.sum(case((late, 1), else_=0)), func.sum(case((on_time, 1), else_=0)), *judged_by_due_sums())
            .where(completed)
            .where(Commitment.id.in_(moved_ids))
        ).one()
        late_count = by_due[0] - int(row[2] or 0) + int(row[0] or 0)
        on_time_count = by_due[1] - int(row[3] or 0) + int(row[1] or 0)
    moved = session.scalar(select(func.count(func.distinct(DeadlineExtension.commitment_id)))) or 0
    return ControlFigures(on_time_count, late_count, int(moved))


def _as_date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def verdict(
    moves: dict[int, tuple[date | None, int]],
    commitment_id: int,
    status: str,
    due_date: date | str | None,
    completed_on: date | str | None,
) -> bool | None:
    """``rules.executed_on_time`` of one list row, its original deadline taken from ``first_moves``."""
    first_previous, count = moves.get(commitment_id, (None, 0))
    original = original_deadline(_as_date(due_date), first_previous, count)
    return executed_on_time(status, _as_date(completed_on), original)


def moves_of(session: Session, commitment_id: int) -> int:
    """How many times the commitment's deadline was moved on record."""
    found = session.scalar(
        select(func.count()).select_from(DeadlineExtension).where(DeadlineExtension.commitment_id == commitment_id)
    )
    return int(found or 0)
