"""Dashboard figures: counts by status, overdue and due-soon lists, progress per body."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import String, case, cast, func, select

from desktop.domain.enums import CLOSED_COMMITMENT_STATUSES, CommitmentStatus
from desktop.domain.models import Agreement, Body, Commitment
from desktop.domain.rules import DUE_SOON_DAYS
from desktop.storage.database import Database


@dataclass(frozen=True)
class DueItem:
    id: int
    title: str
    body: str
    due_date: str
    status: str


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


def load(db: Database, today: date | None = None, list_limit: int = 50) -> DashboardData:
    today = today or date.today()
    soon = today + timedelta(days=DUE_SOON_DAYS)
    open_ = Commitment.status.not_in(sorted(CLOSED_COMMITMENT_STATUSES))
    is_overdue = (Commitment.due_date < today) & open_
    with db.read() as session:
        by_status = {s.value: 0 for s in CommitmentStatus}
        by_status.update(dict(session.execute(
            select(Commitment.status, func.count()).group_by(Commitment.status)).all()))
        overdue = session.scalar(select(func.count()).where(is_overdue)) or 0
        due_soon_cond = (Commitment.due_date >= today) & (Commitment.due_date <= soon) & open_
        due_soon = session.scalar(select(func.count()).where(due_soon_cond)) or 0
        agreements = session.scalar(select(func.count()).select_from(Agreement)) or 0
        bodies = session.scalar(select(func.count()).select_from(Body)) or 0

        def items(condition: object) -> list[DueItem]:
            rows = session.execute(
                select(Commitment.id, Commitment.title, func.coalesce(Body.name, ""),
                       cast(Commitment.due_date, String), Commitment.status)
                .outerjoin(Body, Body.id == Commitment.body_id)
                .where(condition).order_by(Commitment.due_date, Commitment.id).limit(list_limit)
            ).all()
            return [DueItem(*r) for r in rows]

        overdue_items = items(is_overdue)
        due_soon_items = items(due_soon_cond)
        completed = func.sum(case((Commitment.status == CommitmentStatus.COMPLETED.value, 1), else_=0))
        per_body_rows = session.execute(
            select(Commitment.body_id, func.coalesce(Body.name, ""), func.count(), completed,
                   func.sum(case((is_overdue, 1), else_=0)), func.avg(Commitment.progress))
            .outerjoin(Body, Body.id == Commitment.body_id)
            .group_by(Commitment.body_id, Body.name).order_by(Body.name)
        ).all()
    per_body = [BodyProgress(r[0], r[1], r[2], int(r[3] or 0), int(r[4] or 0), float(r[5] or 0.0))
                for r in per_body_rows]
    return DashboardData(sum(by_status.values()), by_status, overdue, due_soon, agreements, bodies,
                         overdue_items, due_soon_items, per_body)


