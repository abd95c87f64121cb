"""My work: what the signed-in person (or any person) executes or controls and must act on now — overdue, due
within N days, waiting for their acceptance, or returned to them. The window's My work dialog and the
``reminders`` command (for a scheduled task) read the same list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from desktop.domain.enums import PersonRole, ReportDecision
from desktop.domain.models import Commitment, CommitmentPerson, ExecutionReport
from desktop.domain.rules import is_open
from desktop.storage.database import Database

KINDS = ("to_accept", "returned", "overdue", "due_soon")  # the order My work lists them in


@dataclass(frozen=True)
class Reminder:
    kind: str  # KINDS
    commitment_id: int
    ref: str
    title: str
    due_date: date | None
    days: int | None  # days overdue (overdue) or until the deadline (due_soon)
    role: str  # "executor" or "controller"


def my_work(db: Database, person_id: int, today: date | None = None, days: int = 30) -> list[Reminder]:
    today = today or date.today()
    horizon = today + timedelta(days=days)
    with db.read() as session:
        rows = session.execute(
            select(
                Commitment.id,
                Commitment.ref,
                Commitment.title,
                Commitment.due_date,
                Commitment.status,
                CommitmentPerson.role,
            )
            .join(CommitmentPerson, CommitmentPerson.commitment_id == Commitment.id)
            .where(CommitmentPerson.person_id == person_id)
            .order_by(Commitment.id)
        ).all()
        ids = [r[0] for r in rows]
        last: dict[int, str] = {}
        if ids:
            for cid, decision in session.execute(
                select(ExecutionReport.commitment_id, ExecutionReport.decision)
                .where(ExecutionReport.commitment_id.in_(ids))
                .order_by(ExecutionReport.id)
            ):
                last[int(cid)] = decision  # the latest report's decision wins
    found: dict[tuple[str, int], Reminder] = {}
    for cid, ref, title, due, status, role in rows:
        if not is_open(status):
            continue
        part = "controller" if role == PersonRole.CONTROLLER.value else "executor"
        decision = last.get(cid)
        kinds: list[tuple[str, int | None]] = []
        if part == "controller" and decision == "":
            kinds.append(("to_accept", None))
        if part == "executor" and decision == ReportDecision.RETURNED.value:
            kinds.append(("returned", None))
        # Once reported, the executor has done their part: the deadline waits on the acceptance.
        if decision != "" and due is not None and due < today:
            kinds.append(("overdue", (today - due).days))
        elif decision != "" and due is not None and due <= horizon:
            kinds.append(("due_soon", (due - today).days))
        for kind, count in kinds:
            found.setdefault((kind, cid), Reminder(kind, cid, ref, title, due, count, part))
    order = {k: i for i, k in enumerate(KINDS)}
    return sorted(
        found.values(),
        key=lambda r: (order[r.kind], -(r.days or 0) if r.kind == "overdue" else (r.days or 0), r.ref),
    )
