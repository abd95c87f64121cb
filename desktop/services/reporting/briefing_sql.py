"""The briefing edition computed in SQL: aggregates, and the lists read ``ORDER BY … LIMIT``.

``build_briefing`` (briefing.py) derives the same briefing from the full report dataset; that costs
reading every commitment (18 s at 100,000 on a loaded machine). Here the register answers the figures,
the tallies and the few rows each list shows, so the time hardly grows with the register. The two agree
figure for figure (tests/test_report_briefing_sql.py compares them on both engines); a report rebuilt
``--as-of`` a day still goes through the dataset, since its statuses come from the history row by row.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, and_, case, func, literal, select
from sqlalchemy.sql.elements import ColumnElement

from desktop.domain.catalogue import render
from desktop.domain.filters import CommitmentFilter
from desktop.domain.models import Agreement, Body, Commitment, StatusChange
from desktop.domain.rules import is_open, open_clause, overdue_clause
from desktop.domain.types import utc_now
from desktop.services.commitment_list import apply_filter, body_scope, sector_matches
from desktop.services.lookups import describe_filter, local_names
from desktop.services.reporting.briefing import (
    CHANGES_CAP,
    OVERDUE_CAP,
    TABLE_CAP,
    Briefing,
    Headline,
    Move,
    Tally,
    _others,
    total_row,
)
from desktop.services.reporting.dataset import (
    DEFAULT_TITLE_MESSAGE,
    STATUS_ORDER,
    CommitmentLine,
    ReportDataset,
    _bodies,
    _day,
    _iso,
    _parties,
    _with_ancestors,
    utc_moment,
    with_last_notes,
)
from desktop.storage.database import Database


def _selection(db: Database, session: Any, flt: CommitmentFilter, today: date) -> list[ColumnElement[bool]]:
    """The filter as WHERE conditions on Commitment (the sector folded as the lists fold it)."""
    where = apply_filter(select(Commitment.id), flt, today, body_scope(db, flt)).whereclause
    conditions: list[ColumnElement[bool]] = [where] if where is not None else []
    if flt.sector.strip():
        sectors = [s for s in session.scalars(select(Commitment.sector).distinct()) if sector_matches(flt, s)]
        conditions.append(Commitment.sector.in_(sectors))
    return conditions


def _count(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _lines(session: Any, query: Select[Any], labels: dict[int, str]) -> list[CommitmentLine]:
    """Commitment lines (as the dataset makes them, without notes) of a query over ``_line_columns``."""
    return [
        CommitmentLine(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            r[6],
            labels.get(r[7], "") if r[7] is not None else "",
            r[8] or "",
            r[9] or "",
            _day(r[10]),
            r[11],
            r[12],
            int(r[13] or 0),
            _day(r[14]),
            bool(r[15]),
            "",
            None,
        )
        for r in session.execute(query)
    ]


def _first(rows: Sequence[Any], cap: int) -> list[int]:
    """The ids of the first ``cap`` (id, due date, ref) rows by due date, then reference."""
    return [r[0] for r in sorted(rows, key=lambda r: (r[1], r[2]))[:cap]]


def _lines_of(session: Any, ids: list[int], today: date, labels: dict[int, str]) -> list[CommitmentLine]:
    """The commitment lines of ``ids``, in that order."""
    if not ids:
        return []
    found = {c.id: c for c in _lines(session, _line_query([Commitment.id.in_(ids)], today), labels)}
    return [found[i] for i in ids]


def _line_query(conditions: list[ColumnElement[bool]], today: date) -> Any:
    overdue = overdue_clause(Commitment.due_date, Commitment.status, today)
    return (
        select(
            Commitment.id,
            Commitment.ref,
            Commitment.title,
            Commitment.agreement_id,
            func.coalesce(Agreement.reg_number, ""),
            Commitment.body_id,
            func.coalesce(Body.name, ""),
            Commitment.party_id,
            Commitment.agency,
            Commitment.sector,
            _iso(Commitment.due_date),
            Commitment.priority,
            Commitment.status,
            Commitment.progress,
            _iso(Commitment.completed_on),
            case((overdue, literal(1)), else_=literal(0)),
        )
        .outerjoin(Agreement, Agreement.id == Commitment.agreement_id)
        .outerjoin(Body, Body.id == Commitment.body_id)
        .where(*conditions)
    )


def build_briefing_sql(
    db: Database,
    flt: CommitmentFilter | None = None,
    today: date | None = None,
    *,
    since: date | None = None,
    language: str = "en",
    title: str = "",
    now: datetime | None = None,
) -> Briefing:
    """The briefing of the commitments ``flt`` selects on ``today``; the lists hold what the editions show
    (the first ``OVERDUE_CAP`` overdue, ``CHANGES_CAP`` of each change), ``counts`` how many there are."""
    flt = flt or CommitmentFilter()
    today = today or date.today()
    filter_text = render(describe_filter(db, flt, language), language)
    overdue = overdue_clause(Commitment.due_date, Commitment.status, today)
    with db.read() as session:  # one snapshot, as the dataset reads it
        where = _selection(db, session, flt, today)
        party_lines = _parties(session)
        labels = {p.id: p.label for p in party_lines}
        bodies = _bodies(session, labels)
        names = local_names(session, language)

        # The headline from the (status, due date) index: per status, how many and how many due when.
        def due_by(end: date) -> Any:
            return _count(and_(Commitment.due_date >= today, Commitment.due_date <= end))

        by_status = {s: 0 for s in STATUS_ORDER}
        figures = {"open": 0, "overdue": 0, "due_30": 0, "due_90": 0}
        for status, count, past, due_30, due_90 in session.execute(
            select(
                Commitment.status,
                func.count(),
                _count(Commitment.due_date < today),
                due_by(today + timedelta(days=30)),
                due_by(today + timedelta(days=90)),
            )
            .where(*where)
            .group_by(Commitment.status)
        ):
            by_status[status] = by_status.get(status, 0) + int(count)
            if is_open(status):
                figures["open"] += int(count)
                figures["overdue"] += int(past)
                figures["due_30"] += int(due_30)
                figures["due_90"] += int(due_90)
        head = Headline(
            sum(by_status.values()),
            figures["open"],
            by_status.get("completed", 0),
            by_status.get("cancelled", 0),
            figures["overdue"],
            figures["due_30"],
            figures["due_90"],
        )

        # Most days overdue first = earliest due date first; ties by reference. The due date of the last one
        # listed comes from the (status, due date) index; only the rows due by then are read and sorted here.
        overdue_lines: list[CommitmentLine] = []
        last_due = session.scalar(
            select(Commitment.due_date)
            .where(*where, overdue)
            .order_by(Commitment.due_date)
            .offset(OVERDUE_CAP - 1)
            .limit(1)
        )
        cut = [Commitment.due_date <= last_due] if last_due is not None else []
        candidates = session.execute(
            select(Commitment.id, _iso(Commitment.due_date), Commitment.ref).where(*where, overdue, *cut)
        ).all()
        overdue_lines = _lines_of(session, _first(candidates, OVERDUE_CAP), today, labels)

        new: list[CommitmentLine] = []
        moves: list[Move] = []
        newly: list[CommitmentLine] = []
        counts = {"overdue": head.overdue, "new": 0, "moves": 0, "newly_overdue": 0}
        if since is not None:
            start = datetime.combine(since + timedelta(days=1), datetime.min.time(), UTC)  # after that day
            end = datetime.combine(today + timedelta(days=1), datetime.min.time(), UTC)
            created = session.execute(
                select(Commitment.id, Commitment.ref).where(
                    *where, Commitment.created_at >= start, Commitment.created_at < end
                )
            ).all()
            counts["new"] = len(created)
            new_ids = [i for i, _ref in sorted(created, key=lambda r: r[1])[:CHANGES_CAP]]
            new = _lines_of(session, new_ids, today, labels)

            found = session.execute(
                select(StatusChange.id, StatusChange.changed_at)
                .join(Commitment, StatusChange.commitment_id == Commitment.id)
                .where(
                    *where,
                    StatusChange.from_status.is_not(None),
                    StatusChange.changed_at >= start,
                    StatusChange.changed_at < end,
                )
            ).all()
            counts["moves"] = len(found)
            newest = [i for i, _at in sorted(found, key=lambda r: (utc_moment(r[1]), r[0]), reverse=True)[:CHANGES_CAP]]
            rows = {
                r[0]: r[1:]
                for r in session.execute(
                    select(
                        StatusChange.id,
                        Commitment.ref,
                        Commitment.title,
                        StatusChange.from_status,
                        StatusChange.to_status,
                        StatusChange.changed_at,
                        StatusChange.note,
                    )
                    .join(Commitment, StatusChange.commitment_id == Commitment.id)
                    .where(StatusChange.id.in_(newest))
                )
            }
            moves = [Move(r[0], r[1], r[2], r[3], utc_moment(r[4]), r[5] or "") for r in (rows[i] for i in newest)]

            fresh = session.execute(
                select(Commitment.id, _iso(Commitment.due_date), Commitment.ref).where(
                    *where, overdue, Commitment.due_date >= since, Commitment.due_date < today
                )
            ).all()
            counts["newly_overdue"] = len(fresh)
            newly = _lines_of(session, _first(fresh, CHANGES_CAP), today, labels)

        # The roll-ups by body, agency and party: each read from the (body, party, agency, status, due) index.
        def tally(key: Any) -> dict[Any, list[int]]:
            figures = (
                func.count(),
                _count(open_clause(Commitment.status)),
                _count(Commitment.status == "completed"),
                _count(overdue),
            )
            rows = session.execute(select(key, *figures).where(*where).group_by(key))
            return {r[0]: [int(f) for f in r[1:]] for r in rows}

        per_body, per_agency, per_party = (
            tally(Commitment.body_id),
            tally(Commitment.agency),
            # coalesce: a key the plain party_id index cannot order, so SQLite reads the covering one instead.
            tally(func.coalesce(Commitment.party_id, 0)),
        )
        per_party = {key or None: sums for key, sums in per_party.items()}

    if not flt.is_empty:
        scope = body_scope(db, flt)
        bodies = _with_ancestors(bodies, set(per_body) | (scope or set()))
    data = ReportDataset(
        language=language,
        names=names,
        title=title.strip() or render(DEFAULT_TITLE_MESSAGE, language),
        generated_at=now or utc_now(),
        today=today,
        filter_text=filter_text,
        commitments=[],
        agreements=[],
        bodies=bodies,
        history=[],
        by_status=by_status,
        overdue=head.overdue,
        parties=party_lines,
    )

    def merged(pairs: list[tuple[str, list[int]]]) -> dict[str, Tally]:
        found: dict[str, list[int]] = {}
        for name, sums in pairs:
            kept = found.setdefault(name, [0, 0, 0, 0])
            for index, figure in enumerate(sums):
                kept[index] += figure
        return {name: Tally(name, *sums) for name, sums in found.items()}

    parents = {b.id: b.parent_id for b in bodies}
    tops: list[tuple[int | None, list[int]]] = []
    for body_id, sums in per_body.items():
        top, seen = body_id, set()
        while top is not None and parents.get(top) is not None and top not in seen:
            seen.add(top)
            top = parents[top]
        tops.append((top, sums))
    order: dict[int | None, int] = {b.id: i for i, b in enumerate(bodies)}
    body_names = {b.id: data.body_name(b.id, b.name) for b in bodies}
    per_top = merged([(str(top), sums) for top, sums in tops])
    committees = [
        total_row(body_names.get(k, "") if k is not None else data.body_name(None, ""), [per_top[str(k)]])
        for k in sorted({top for top, _s in tops}, key=lambda k: order.get(k, len(order)))
    ]
    agencies = merged([(a or "—", sums) for a, sums in per_agency.items()])
    parties = merged(
        [(data.party_name(labels.get(p, "") if p is not None else "") or "—", sums) for p, sums in per_party.items()]
    )
    by_agency = sorted(agencies.values(), key=lambda t: (-t.overdue, -t.total, t.name))
    if len(by_agency) > TABLE_CAP:
        rest = by_agency[TABLE_CAP - 1 :]
        by_agency = [*by_agency[: TABLE_CAP - 1], total_row(data.t(_others(len(rest))), rest)]
    by_party = sorted(parties.values(), key=lambda t: (-t.total, t.name))
    if len(by_party) > TABLE_CAP:
        rest = by_party[TABLE_CAP - 1 :]
        by_party = [*by_party[: TABLE_CAP - 1], total_row(data.t(_others(len(rest))), rest)]
    return Briefing(
        data=data,
        since=since,
        headline=head,
        overdue=with_last_notes(db, overdue_lines),
        new=new,
        moves=moves,
        newly_overdue=newly,
        by_committee=committees,
        by_agency=by_agency,
        by_party=by_party,
        counts=counts,
    )
