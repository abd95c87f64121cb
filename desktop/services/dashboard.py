"""Dashboard figures: counts by status, overdue and due-soon lists, progress per body."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, String, case, cast, func, select

from desktop.domain.enums import CommitmentStatus
from desktop.domain.models import Agreement, Body, Commitment
from desktop.domain.rules import DUE_SOON_DAYS, open_clause, overdue_clause
from desktop.services import control as control_service
from desktop.services import deadlines
from desktop.storage.database import Database


@dataclass(frozen=True)
class DueItem:
    id: int
    title: str
    body: str
    due_date: str
    status: str
    body_id: int | None  # so the window can show the body's name in the reader's language


@dataclass(frozen=True)
class BodyProgress:
    body_id: int | None
    body: str
    commitments: int
    completed: int
    overdue: int
    average_progress: float


@dataclass(frozen=True)
class DashboardData:
    total: int
    by_status: dict[str, int]
    overdue: int
    due_soon: int
    agreements: int
    bodies: int
    overdue_items: list[DueItem]
    due_soon_items: list[DueItem]
    per_body: list[BodyProgress]
    # Control of execution: completed by the original deadline, after it (even within a moved one), moved at all.
    executed_on_time: int = 0
    executed_late: int = 0
    moved_deadlines: int = 0
    on_control: int = 0  # open commitments with a controller
    waiting_acceptance: int = 0  # open commitments whose execution report waits for acceptance


def load(db: Database, today: date | None = None, list_limit: int = 50) -> DashboardData:
    today = today or date.today()
    soon = today + timedelta(days=DUE_SOON_DAYS)
    open_ = open_clause(Commitment.status)
    is_overdue = overdue_clause(Commitment.due_date, Commitment.status, today)
    with db.read() as session:
        by_status = {s.value: 0 for s in CommitmentStatus}
        by_status.update(
            dict(session.execute(select(Commitment.status, func.count()).group_by(Commitment.status)).all())
        )
        overdue = session.scalar(select(func.count()).where(is_overdue)) or 0
        due_soon_cond = (Commitment.due_date >= today) & (Commitment.due_date <= soon) & open_
        due_soon = session.scalar(select(func.count()).where(due_soon_cond)) or 0
        agreements = session.scalar(select(func.count()).select_from(Agreement)) or 0
        bodies = session.scalar(select(func.count()).select_from(Body)) or 0

        def items(condition: ColumnElement[bool]) -> list[DueItem]:
            # The first ids from the narrow (status, due_date) index, then only their rows: the wide rows of every
            # overdue commitment are not read to keep fifty.
            order = (Commitment.due_date, Commitment.id)
            ids = list(session.scalars(select(Commitment.id).where(condition).order_by(*order).limit(list_limit)))
            if not ids:
                return []
            rows = session.execute(
                select(
                    Commitment.id,
                    Commitment.title,
                    func.coalesce(Body.name, ""),
                    cast(Commitment.due_date, String),
                    Commitment.status,
                    Commitment.body_id,
                )
                .outerjoin(Body, Body.id == Commitment.body_id)
                .where(Commitment.id.in_(ids))
                .order_by(*order)
            ).all()
            return [DueItem(*r) for r in rows]

        overdue_items = items(is_overdue)
        due_soon_items = items(due_soon_cond)
        completed = func.sum(case((Commitment.status == CommitmentStatus.COMPLETED.value, 1), else_=0))
        # One pass over the narrow ix_commitment_dashboard index (body_id, status, due_date, completed_on, progress),
        # in body order, never the wide rows; it also counts the executed late / on time by the due date, which
        # control_figures corrects for the few moved deadlines instead of reading every completed row again.
        per_body_rows = session.execute(
            select(
                Commitment.body_id,
                func.count(),
                completed,
                func.sum(case((is_overdue, 1), else_=0)),
                func.avg(Commitment.progress),
                *deadlines.judged_by_due_sums(),
            ).group_by(Commitment.body_id)
        ).all()
        names = dict(session.execute(select(Body.id, Body.name)).all())
        by_due = (sum(int(r[5] or 0) for r in per_body_rows), sum(int(r[6] or 0) for r in per_body_rows))
        control = deadlines.control_figures(session, by_due)
        accepting = control_service.counts(session)
    per_body = sorted(  # by body name, commitments without a body first (as ORDER BY NULL did)
        (
            BodyProgress(
                r[0],
                names.get(r[0], "") if r[0] is not None else "",
                r[1],
                int(r[2] or 0),
                int(r[3] or 0),
                float(r[4] or 0.0),
            )
            for r in per_body_rows
        ),
        key=lambda b: (b.body_id is not None, b.body),
    )
    return DashboardData(
        sum(by_status.values()),
        by_status,
        overdue,
        due_soon,
        agreements,
        bodies,
        overdue_items,
        due_soon_items,
        per_body,
        control.on_time,
        control.late,
        control.moved,
        accepting.on_control,
        accepting.waiting,
    )
