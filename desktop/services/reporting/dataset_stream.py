"""The report dataset streamed for the Excel export: 100,000 commitments without holding them all.

``dataset.build`` reads every commitment and every history line into lists (the PDF lays its
pages out from them). The workbook does not need that: its Commitments and History sheets are
written row after row. Here one read session (one snapshot, so the Summary matches the rows)
makes a narrow first pass — id, body, due date, ref, status, progress, agreement, sector — for
the Summary's figures and the report order, then hands out the full rows in chunks fetched by
id. The lines, their order and the figures are exactly those of ``dataset.build`` (the tests
compare the two); only the peak memory differs (534 → ~150 MB at 100,000 commitments).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.catalogue import render
from desktop.domain.filters import CommitmentFilter
from desktop.domain.messages import Message
from desktop.domain.models import Agreement, Body, Commitment, Party, StatusChange
from desktop.domain.rules import is_open, is_overdue
from desktop.domain.types import utc_now
from desktop.services import commitments, control, deadlines
from desktop.services.commitment_list import apply_filter, body_scope, sector_matches
from desktop.services.lookups import describe_filter, local_names
from desktop.services.progress import Progress, no_progress
from desktop.services.reporting.dataset import (
    DEFAULT_TITLE_MESSAGE,
    STATUS_ORDER,
    AgreementLine,
    BodySummary,
    CommitmentLine,
    HistoryLine,
    ReportDataset,
    _bodies,
    _iso,
    _parties,
    _with_ancestors,
    agreement_lines,
    line_from_row,
    line_select,
    person_lines,
    team_texts_in,
)
from desktop.storage.database import Database

CHUNK = 1000  # commitments fetched by id at a time: bounded memory, few round trips
FETCH = 5000  # rows the database cursor hands over at a time while streaming


@dataclass
class _BodyTally:
    by_status: Counter[str] = field(default_factory=Counter)
    overdue: int = 0
    total: int = 0
    progress: int = 0


@dataclass
class StreamedReport:
    """Everything of the report but its two long lists, which are read while they are written."""

    head: ReportDataset  # commitments and history are empty here; the figures are the report's
    total: int
    body_summaries: list[BodySummary]
    _session: Session
    _order: list[int]  # commitment ids in report order
    _labels: dict[int, str]
    _agreements: dict[int, AgreementLine]
    _replaced: dict[int, str] = field(default_factory=dict)  # superseded commitments: the replacement's reference
    _history_total: int | None = None

    @property
    def history_total(self) -> int:
        """How many lines ``history`` gives: counted when first asked (a workbook without its History sheet
        never asks), by commitment and by agreement in SQL, in the report's snapshot."""
        if self._history_total is None:
            members = set(self._order)
            by_commitment = (
                select(StatusChange.commitment_id, func.count())
                .where(StatusChange.commitment_id.is_not(None))
                .group_by(StatusChange.commitment_id)
            )
            by_agreement = (
                select(StatusChange.agreement_id, func.count())
                .where(StatusChange.commitment_id.is_(None), StatusChange.agreement_id.is_not(None))
                .group_by(StatusChange.agreement_id)
            )
            connection = self._session.connection()
            self._history_total = sum(n for c, n in connection.execute(by_commitment) if c in members) + sum(
                n for a, n in connection.execute(by_agreement) if a in self._agreements
            )
        return self._history_total

    def commitments(self) -> Iterator[CommitmentLine]:
        """The report's commitments in order, fetched ``CHUNK`` at a time."""
        today = self.head.today
        columns = line_select()
        # Core rows (the connection's), fetched at once: the ORM's result handling of the session's own execute
        # cost more than reading them, for plain columns it has nothing to add to.
        connection = self._session.connection()
        person_labels: dict[tuple[str, str], str] = {}
        for start in range(0, len(self._order), CHUNK):
            ids = self._order[start : start + CHUNK]
            rows = {r[0]: r for r in connection.execute(columns.where(Commitment.id.in_(ids))).all()}
            latest = (
                select(func.max(StatusChange.id))
                .where(StatusChange.commitment_id.in_(ids))
                .group_by(StatusChange.commitment_id)
            )
            last_change = {
                r[0]: (r[1], r[2])
                for r in self._session.execute(
                    select(StatusChange.commitment_id, StatusChange.note, StatusChange.changed_at).where(
                        StatusChange.id.in_(latest)
                    )
                )
            }
            teams = team_texts_in(self._session, ids, person_labels)
            moved = deadlines.first_moves(self._session, ids)
            interims = control.last_interims_in(self._session, ids)
            for commitment_id in ids:
                r = rows[commitment_id]
                note, when = last_change.get(r[0], ("", None))
                yield line_from_row(
                    r,
                    today=today,
                    party_labels=self._labels,
                    note=note,
                    when=when,
                    team=teams.get(r[0]),
                    moved=moved.get(r[0], (None, 0))[1],
                    replacement=self._replaced.get(r[0], ""),
                    interim=interims.get(r[0], (None, "", None)),
                )

    def history(self) -> Iterator[HistoryLine]:
        """The status changes of the report's commitments and agreements, oldest first."""
        members = set(self._order)
        query = (
            select(
                StatusChange.commitment_id,
                StatusChange.agreement_id,
                StatusChange.from_status,
                StatusChange.to_status,
                StatusChange.changed_at,
                StatusChange.changed_by,
                StatusChange.note,
                Commitment.ref,
                Commitment.title,
                StatusChange.imported_by,
                StatusChange.imported_at,
            )
            .outerjoin(Commitment, Commitment.id == StatusChange.commitment_id)
            .order_by(StatusChange.changed_at, StatusChange.id)
            .execution_options(yield_per=FETCH)
        )
        for h in self._session.execute(query):
            if h[0] is not None and h[0] in members:
                yield HistoryLine("commitment", h[7], h[8], h[2], h[3], h[4], h[5], h[6], h[9], h[10])
            elif h[1] is not None and h[1] in self._agreements:
                agreement = self._agreements[h[1]]
                yield HistoryLine(
                    "agreement", agreement.reg_number, agreement.title, h[2], h[3], h[4], h[5], h[6], h[9], h[10]
                )


@contextmanager
def open_stream(
    db: Database,
    flt: CommitmentFilter | None = None,
    today: date | None = None,
    *,
    title: str = "",
    now: datetime | None = None,
    progress: Progress = no_progress,
    language: str = "en",
    order: Sequence[int] | None = None,
) -> Iterator[StreamedReport]:
    """The report of ``flt`` as of ``today``, readable while the ``with`` block lasts (one snapshot).

    ``order``: commitment ids as the window's list shows them; within each body the report follows it
    (otherwise: by due date, then reference)."""
    flt = flt or CommitmentFilter()
    today = today or date.today()
    scope = body_scope(db, flt)
    filter_text = render(describe_filter(db, flt, language), language)
    narrow = apply_filter(
        select(
            Commitment.id,
            Commitment.body_id,
            _iso(Commitment.due_date),
            Commitment.ref,
            Commitment.status,
            Commitment.progress,
            Commitment.agreement_id,
            Commitment.sector,
            _iso(Commitment.completed_on),
        )
        .outerjoin(Agreement, Agreement.id == Commitment.agreement_id)
        .outerjoin(Body, Body.id == Commitment.body_id)
        .outerjoin(Party, Party.id == Commitment.party_id),
        flt,
        today,
        scope,
    ).execution_options(yield_per=FETCH)
    with db.read() as session:
        party_lines = _parties(session)
        labels = {p.id: p.label for p in party_lines}
        bodies = _bodies(session, labels)
        section = {b.id: index for index, b in enumerate(bodies)}
        keys: list[tuple[int, bool, str, str, int]] = []
        tallies: dict[int | None, _BodyTally] = {}
        in_report: Counter[int | None] = Counter()
        moves = deadlines.first_moves(session)
        verdicts: Counter[bool | None] = Counter()
        moved = 0
        controlled, waits = control.control_sets(session)
        on_control = waiting = 0
        for count, r in enumerate(session.execute(narrow), 1):
            if not sector_matches(flt, r[7]):
                continue  # as dataset.build: SQL lower() folds ASCII only
            if count % FETCH == 0:
                progress(count, None, Message("Reading the register: {0} commitments", count))
            # The report order; ISO text (a date on PostgreSQL) sorts like the date it holds.
            keys.append((section.get(r[1], len(section)), r[2] is None, str(r[2] or "")[:10], r[3], r[0]))
            tally = tallies.setdefault(r[1], _BodyTally())
            tally.by_status[r[4]] += 1
            tally.total += 1
            tally.progress += int(r[5] or 0)
            tally.overdue += is_overdue(r[2], r[4], today)
            in_report[r[6]] += 1
            verdicts[deadlines.verdict(moves, r[0], r[4], r[2], r[8])] += 1
            moved += r[0] in moves
            if is_open(r[4]):
                on_control += r[0] in controlled
                waiting += r[0] in waits
        if order:
            rank = {record_id: position for position, record_id in enumerate(order)}
            keys.sort(key=lambda k: (k[0], rank.get(k[-1], len(rank)), k))
        else:
            keys.sort()
        ids = [k[-1] for k in keys]
        del keys
        agreements = _agreement_lines(session, flt, labels, in_report)
        if not flt.is_empty:
            bodies = _with_ancestors(bodies, set(tallies) | (scope or set()))
        by_id = {a.id: a for a in agreements}
        by_status: Counter[str] = Counter()
        for tally in tallies.values():
            by_status.update(tally.by_status)
        head = ReportDataset(
            language=language,
            names=local_names(session, language),
            title=title.strip() or render(DEFAULT_TITLE_MESSAGE, language),
            generated_at=now or utc_now(),
            today=today,
            filter_text=filter_text,
            commitments=[],
            agreements=agreements,
            bodies=bodies,
            history=[],
            by_status={s: by_status.get(s, 0) for s in STATUS_ORDER},
            overdue=sum(t.overdue for t in tallies.values()),
            parties=party_lines,
            executed_on_time=verdicts[True],
            executed_late=verdicts[False],
            moved_deadlines=moved,
            on_control=on_control,
            waiting=waiting,
            people=person_lines(session),
        )
        summaries = [
            BodySummary(
                body_id,
                name,
                depth,
                {s: tallies[body_id].by_status.get(s, 0) for s in STATUS_ORDER},
                tallies[body_id].overdue,
                tallies[body_id].total,
                tallies[body_id].progress / tallies[body_id].total,
            )
            for body_id, name, depth in head.section_order()
            if body_id in tallies
        ]
        replaced = commitments.superseded_refs_in(session)
        yield StreamedReport(head, len(ids), summaries, session, ids, labels, by_id, replaced)


def _agreement_lines(
    session: Session, flt: CommitmentFilter, labels: dict[int, str], in_report: Counter[int | None]
) -> list[AgreementLine]:
    """The Agreements sheet's lines, as ``dataset.build`` makes them."""
    return [
        a._replace(in_report=in_report.get(a.id, 0))
        for a in agreement_lines(session, labels)
        if flt.is_empty or in_report.get(a.id) or a.id == flt.agreement_id
    ]
