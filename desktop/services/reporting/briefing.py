"""The briefing edition: one to three pages a manager briefs a minister from, whatever the register's size.

Built from the same ``ReportDataset`` as the full report (so the figures agree with it and with the
lists), plus two narrow reads: when each commitment of the selection was created and the status
moves since a date. Lists are capped; every cap says how many more there are.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from desktop.domain.enums import CLOSED_COMMITMENT_STATUSES
from desktop.domain.models import Commitment, StatusChange
from desktop.services.reporting.dataset import CommitmentLine, ReportDataset, utc_moment, with_last_notes
from desktop.storage.database import Database

OVERDUE_CAP = 15  # overdue commitments listed; the rest are counted (the PDF lists fewer if pages run over)
CHANGES_CAP = 10  # status moves, new and newly overdue commitments listed each
TABLE_CAP = 8  # agencies and parties listed; the rest are one "Others" row


@dataclass(frozen=True)
class Headline:
    total: int
    open: int  # on control: not started, in progress, on hold
    executed: int  # completed
    cancelled: int
    overdue: int
    due_30: int  # open and due within the next 30 days
    due_90: int

    @property
    def completion(self) -> float:
        """Completed share of the commitments that were not cancelled, in percent."""
        counted = self.total - self.cancelled
        return self.executed * 100 / counted if counted else 0.0


@dataclass(frozen=True)
class Move:
    ref: str
    title: str
    from_status: str | None
    to_status: str
    changed_at: datetime
    note: str


@dataclass(frozen=True)
class Tally:
    name: str
    total: int
    open: int
    executed: int
    overdue: int


@dataclass
class Briefing:
    data: ReportDataset
    since: date | None
    headline: Headline
    overdue: list[CommitmentLine]  # most days overdue first; the editions list the first few
    new: list[CommitmentLine]
    moves: list[Move]  # newest first
    newly_overdue: list[CommitmentLine]
    by_committee: list[Tally]
    by_agency: list[Tally]
    by_party: list[Tally]
    counts: dict[str, int] = field(default_factory=dict)  # overdue, new, moves, newly_overdue before capping

    def count(self, name: str) -> int:
        """How many there are of a list (``overdue``, ``new``, ``moves``, ``newly_overdue``), listed or not."""
        every: list[Any] = getattr(self, name)
        return self.counts.get(name, len(every))

    def days_overdue(self, line: CommitmentLine) -> int:
        return (self.data.today - line.due_date).days if line.due_date else 0


def headline(lines: list[CommitmentLine], today: date) -> Headline:
    counts = Counter(c.status for c in lines)
    open_lines = [c for c in lines if c.status not in CLOSED_COMMITMENT_STATUSES]

    def due_within(days: int) -> int:
        end = today + timedelta(days=days)
        return sum(1 for c in open_lines if c.due_date is not None and today <= c.due_date <= end)

    return Headline(
        total=len(lines),
        open=len(open_lines),
        executed=counts.get("completed", 0),
        cancelled=counts.get("cancelled", 0),
        overdue=sum(1 for c in lines if c.overdue),
        due_30=due_within(30),
        due_90=due_within(90),
    )


def _tally(name: str, lines: list[CommitmentLine]) -> Tally:
    return Tally(
        name,
        len(lines),
        sum(1 for c in lines if c.status not in CLOSED_COMMITMENT_STATUSES),
        sum(1 for c in lines if c.status == "completed"),
        sum(1 for c in lines if c.overdue),
    )


def total_row(name: str, rows: list[Tally]) -> Tally:
    return Tally(
        name,
        sum(r.total for r in rows),
        sum(r.open for r in rows),
        sum(r.executed for r in rows),
        sum(r.overdue for r in rows),
    )


def build_briefing(db: Database, data: ReportDataset, since: date | None) -> Briefing:
    """The briefing of ``data``; ``since``: the day changes are counted from (None: no changes part)."""
    lines = data.commitments
    overdue = sorted((c for c in lines if c.overdue), key=lambda c: (c.due_date or data.today, c.ref))
    new: list[CommitmentLine] = []
    moves: list[Move] = []
    newly: list[CommitmentLine] = []
    if since is not None:
        by_id = {c.id: c for c in lines}
        start = datetime.combine(since + timedelta(days=1), datetime.min.time(), UTC)  # after that day
        end = datetime.combine(data.today + timedelta(days=1), datetime.min.time(), UTC)
        with db.read() as session:
            created = session.execute(
                select(Commitment.id, Commitment.created_at).where(
                    Commitment.created_at >= start, Commitment.created_at < end
                )
            ).all()
            changes = session.execute(
                select(
                    StatusChange.commitment_id,
                    StatusChange.from_status,
                    StatusChange.to_status,
                    StatusChange.changed_at,
                    StatusChange.note,
                )
                .where(
                    StatusChange.commitment_id.is_not(None),
                    StatusChange.from_status.is_not(None),
                    StatusChange.changed_at >= start,
                    StatusChange.changed_at < end,
                )
                .order_by(StatusChange.changed_at.desc(), StatusChange.id.desc())
            ).all()
        new = [by_id[i] for i, at in created if i in by_id and at is not None and start <= utc_moment(at) < end]
        new.sort(key=lambda c: c.ref)
        for cid, old, to, at, note in changes:
            if cid in by_id and start <= utc_moment(at) < end:
                target = by_id[cid]
                moves.append(Move(target.ref, target.title, old, to, utc_moment(at), note or ""))
        newly = [c for c in overdue if c.due_date is not None and since <= c.due_date < data.today]
    per_top: dict[int | None, list[CommitmentLine]] = {}
    parents = {b.id: b.parent_id for b in data.bodies}
    names = {b.id: data.body_name(b.id, b.name) for b in data.bodies}
    for c in lines:
        top = c.body_id
        seen: set[int] = set()
        while top is not None and parents.get(top) is not None and top not in seen:
            seen.add(top)
            top = parents[top]
        per_top.setdefault(top, []).append(c)
    order: dict[int | None, int] = {b.id: i for i, b in enumerate(data.bodies)}
    committees = [
        _tally(names.get(k, "") if k is not None else data.body_name(None, ""), v)
        for k, v in sorted(per_top.items(), key=lambda kv: order.get(kv[0], len(order)))
    ]
    agencies: dict[str, list[CommitmentLine]] = {}
    parties: dict[str, list[CommitmentLine]] = {}
    for c in lines:
        agencies.setdefault(c.agency or "—", []).append(c)
        parties.setdefault(data.party_name(c.party) or "—", []).append(c)
    by_agency = sorted((_tally(k, v) for k, v in agencies.items()), key=lambda t: (-t.overdue, -t.total, t.name))
    if len(by_agency) > TABLE_CAP:
        rest = by_agency[TABLE_CAP - 1 :]
        by_agency = [*by_agency[: TABLE_CAP - 1], total_row(data.t(_others(len(rest))), rest)]
    by_party = sorted((_tally(k, v) for k, v in parties.items()), key=lambda t: (-t.total, t.name))
    if len(by_party) > TABLE_CAP:
        rest = by_party[TABLE_CAP - 1 :]
        by_party = [*by_party[: TABLE_CAP - 1], total_row(data.t(_others(len(rest))), rest)]
    # The notes of the overdue commitments listed (a lean dataset reads no notes for all of them).
    overdue[:OVERDUE_CAP] = with_last_notes(db, overdue[:OVERDUE_CAP])
    return Briefing(
        data=data,
        since=since,
        headline=headline(lines, data.today),
        overdue=overdue,
        new=new,
        moves=moves,
        newly_overdue=newly,
        by_committee=committees,
        by_agency=by_agency,
        by_party=by_party,
        counts={"overdue": len(overdue), "new": len(new), "moves": len(moves), "newly_overdue": len(newly)},
    )


def _others(count: int) -> Any:
    from desktop.domain.messages import Message

    return Message("Others (%n)", n=count)
