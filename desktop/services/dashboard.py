"""Dashboard figures: counts by status, overdue and due-soon lists, progress per body."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, String, cast, func, select

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


@dataclass
class _BodyTally:
    commitments: int = 0
    completed: int = 0
    overdue: int = 0
    progress_sum: int = 0
    progress_count: int = 0  # commitments with a progress (AVG's divisor: it skips NULL)


@dataclass
class _Tally:
    """The sums of the dashboard's (body, status) groups."""

    by_status: dict[str, int]
    per_body: dict[int | None, _BodyTally]
    overdue: int
    by_due: tuple[int, int]  # executed late, on time, judged by the current due date (control_figures)

    @classmethod
    def of(cls, groups: Sequence[Any]) -> _Tally:
        tally = cls({}, {}, 0, (0, 0))
        late = on_time = 0
        for body_id, status, count, overdue, progress_sum, progress_count, *judged in groups:
            tally.by_status[status] = tally.by_status.get(status, 0) + count
            body = tally.per_body.setdefault(body_id, _BodyTally())
            body.commitments += count
            if status == CommitmentStatus.COMPLETED.value:
                body.completed += count
            body.overdue += int(overdue or 0)
            body.progress_sum += int(progress_sum or 0)
            body.progress_count += int(progress_count or 0)
            tally.overdue += int(overdue or 0)
            late += int(judged[0] or 0)
            on_time += int(judged[1] or 0)
        tally.by_due = (late, on_time)
        return tally


def load(db: Database, today: date | None = None, list_limit: int = 50) -> DashboardData:
    today = today or date.today()
    soon = today + timedelta(days=DUE_SOON_DAYS)
    open_ = open_clause(Commitment.status)
    is_overdue = overdue_clause(Commitment.due_date, Commitment.status, today)
    due_soon_cond = (Commitment.due_date >= today) & (Commitment.due_date <= soon) & open_
    with db.read() as session:
        # Every figure over the commitments in one pass over the narrow ix_commitment_dashboard index (body_id,
        # status, due_date, completed_on, progress), grouped by body and status in the index's own order, never
        # the wide rows: the counts by status and the overdue are the sums of its groups, where a count by status
        # and one of the overdue read the commitments again. COUNT(*) FILTER (WHERE …) rather than SUM(CASE …):
        # the same count in fewer steps per row. It also counts the executed late / on time by the due date, which
        # control_figures corrects for the few moved deadlines.
        groups = session.execute(
            select(
                Commitment.body_id,
                Commitment.status,
                func.count(),
                func.count().filter(is_overdue),
                func.sum(Commitment.progress),
                func.count(Commitment.progress),
                *deadlines.judged_by_due_sums(),
            ).group_by(Commitment.body_id, Commitment.status)
        ).all()
        # The few due soon are counted from the (status, due_date) index's range: in the pass above, the condition
        # would be evaluated on every commitment.
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
        names = dict(session.execute(select(Body.id, Body.name)).all())
        tally = _Tally.of(groups)
        control = deadlines.control_figures(session, tally.by_due)
        accepting = control_service.counts(session)
    by_status = {s.value: 0 for s in CommitmentStatus}
    by_status.update(sorted(tally.by_status.items()))  # a status outside the enum, too, as GROUP BY status gave it
    per_body = sorted(  # by body name, commitments without a body first (as ORDER BY NULL did)
        (
            BodyProgress(
                body_id,
                names.get(body_id, "") if body_id is not None else "",
                b.commitments,
                b.completed,
                b.overdue,
                b.progress_sum / b.progress_count if b.progress_count else 0.0,
            )
            for body_id, b in tally.per_body.items()
        ),
        key=lambda b: (b.body_id is not None, b.body),
    )
    return DashboardData(
        sum(by_status.values()),
        by_status,
        tally.overdue,
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
