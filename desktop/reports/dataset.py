"""One report dataset for the Excel workbook and the PDF, so the window and the command line print the same thing.

Everything is read in one read session (one SQLite snapshot) as column tuples, never ORM
objects: a ministry archive holds 100,000 commitments. The commitment filter is applied by
``services.commitment_list.apply_filter``, the same code the lists use.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from desktop.domain.enums import CommitmentStatus
from desktop.domain.filters import CommitmentFilter
from desktop.domain.models import (
    Agreement,
    AgreementParty,
    Body,
    BodyParty,
    CoChair,
    Commitment,
    Party,
    Signatory,
    StatusChange,
)
from desktop.domain.rules import is_overdue
from desktop.domain.types import utc_now
from desktop.reports.layout import LIST_SEPARATOR, format_person
from desktop.services.commitment_list import apply_filter, body_scope, sector_matches
from desktop.services.lookups import describe_filter
from desktop.storage.database import Database

DEFAULT_TITLE = "Status report on commitments"
NO_BODY = "No body"
STATUS_ORDER: tuple[str, ...] = tuple(s.value for s in CommitmentStatus)
STATUS_LABELS: dict[str, str] = {
    "not_started": "Not started",
    "in_progress": "In progress",
    "completed": "Completed",
    "on_hold": "On hold",
    "cancelled": "Cancelled",
    # agreement statuses
    "draft": "Draft",
    "signed": "Signed",
    "in_force": "In force",
    "suspended": "Suspended",
    "expired": "Expired",
    "terminated": "Terminated",
}


def label(value: str | None) -> str:
    """A stored status or kind in words: 'in_progress' → 'In progress'."""
    if not value:
        return ""
    return STATUS_LABELS.get(value) or value.replace("_", " ").capitalize()


class CommitmentLine(NamedTuple):
    id: int
    ref: str
    title: str
    agreement_id: int | None
    agreement: str  # registration number
    body_id: int | None
    body: str
    party: str  # short name, else name
    agency: str
    sector: str
    due_date: date | None
    priority: str
    status: str
    progress: int
    completed_on: date | None
    overdue: bool
    last_note: str
    last_changed_at: datetime | None  # aware, UTC
    description: str = ""
    notes: str = ""
    version: int = 0  # the record's version when exported: a re-import knows what changed since


class AgreementLine(NamedTuple):
    id: int
    reg_number: str
    title: str
    local_titles: str  # Kazakh, Russian and Chinese titles, one a line
    kind: str
    status: str
    signed_on: date | None
    place: str
    entry_into_force: date | None
    expiry: date | None
    parties: str
    signatories: str
    in_report: int  # commitments of this report under the agreement
    total: int  # all its commitments in the register
    # Stored fields the Excel export writes so that it can be imported back unchanged.
    title_kk: str = ""
    title_ru: str = ""
    title_zh: str = ""
    summary: str = ""
    source_ref: str = ""
    party_list: str = ""  # parties by their export labels, one a line
    people: str = ""  # signatories as 'Name — Position [Party]', one a line
    version: int = 0  # the record's version when exported


class BodyLine(NamedTuple):
    id: int
    name: str
    local_names: str
    kind: str
    parent_id: int | None
    parent: str
    depth: int
    established_by: str
    established_on: date | None
    active: bool
    parties: str
    co_chairs: str
    name_kk: str = ""
    name_ru: str = ""
    name_zh: str = ""
    dissolved_on: date | None = None
    notes: str = ""
    party_list: str = ""  # parties by their export labels, one a line
    people: str = ""  # co-chairs as 'Name — Position [Party]', one a line


class PartyLine(NamedTuple):
    id: int
    name: str
    short_name: str
    kind: str
    country_code: str
    name_kk: str
    name_ru: str
    name_zh: str
    label: str  # how the other sheets name it: the short name unless another party could be meant


class HistoryLine(NamedTuple):
    entity: str  # "commitment" or "agreement"
    ref: str
    title: str
    from_status: str | None
    to_status: str
    changed_at: datetime  # aware, UTC
    changed_by: str
    note: str


@dataclass(frozen=True)
class BodySummary:
    body_id: int | None
    name: str
    depth: int
    by_status: dict[str, int]
    overdue: int
    total: int
    average_progress: float


@dataclass
class ReportDataset:
    title: str
    generated_at: datetime  # aware, UTC
    today: date
    filter_text: str
    commitments: list[CommitmentLine]
    agreements: list[AgreementLine]
    bodies: list[BodyLine]  # tree order: each parent before its children
    history: list[HistoryLine]
    by_status: dict[str, int] = field(default_factory=dict)
    overdue: int = 0
    parties: list[PartyLine] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.commitments)

    def per_body(self) -> list[BodySummary]:
        """Counts per body that has commitments in the report, in tree order, then 'No body'."""
        groups = self.commitments_by_body()
        result = []
        for body_id, name, depth in self.section_order():
            lines = groups.get(body_id, [])
            if not lines:
                continue
            counts = Counter(line.status for line in lines)
            result.append(
                BodySummary(
                    body_id,
                    name,
                    depth,
                    {s: counts.get(s, 0) for s in STATUS_ORDER},
                    sum(1 for line in lines if line.overdue),
                    len(lines),
                    sum(line.progress for line in lines) / len(lines),
                )
            )
        return result

    def section_order(self) -> list[tuple[int | None, str, int]]:
        """(body id, name, depth) for every body in tree order, then (None, 'No body', 0)."""
        return [(b.id, b.name, b.depth) for b in self.bodies] + [(None, NO_BODY, 0)]

    def commitments_by_body(self) -> dict[int | None, list[CommitmentLine]]:
        groups: dict[int | None, list[CommitmentLine]] = {}
        for line in self.commitments:
            groups.setdefault(line.body_id, []).append(line)
        return groups


def _iso(column: Any) -> Any:
    return type_coerce(column, String)


def _day(text: str | date | None) -> date | None:
    if isinstance(text, date):  # psycopg hands back dates where SQLite gives ISO text
        return text
    return date.fromisoformat(text[:10]) if text else None


def _joined(pairs: Iterable[tuple[int, str]], separator: str = ", ") -> dict[int, str]:
    found: dict[int, list[str]] = {}
    for key, name in pairs:
        found.setdefault(key, []).append(name)
    return {k: separator.join(v) for k, v in found.items()}


def _fold_key(text: str) -> str:
    return " ".join(text.casefold().split())


def _parties(session: Any) -> list[PartyLine]:
    """Every party by name, each with the label the other sheets use for it.

    The label is the short name ("China") unless another party's name or short name folds to
    the same text; then it is the full name, so that the import finds the very same party.
    """
    rows = session.execute(
        select(
            Party.id,
            Party.name,
            Party.short_name,
            Party.kind,
            Party.country_code,
            Party.name_kk,
            Party.name_ru,
            Party.name_zh,
        ).order_by(Party.name, Party.id)
    ).all()
    taken = Counter()
    for r in rows:
        taken.update({_fold_key(r[1]), _fold_key(r[2])} - {""})
    return [PartyLine(*r, r[2] if r[2] and taken[_fold_key(r[2])] == 1 else r[1]) for r in rows]


def _people(rows: Iterable[Any], labels: dict[int, str]) -> dict[int, str]:
    """(owner, name, position, party id) rows → 'Name — Position [Party]' lines per owner."""
    return _joined(
        ((r[0], format_person(r[1], r[2] or "", labels.get(r[3], "") if r[3] is not None else "")) for r in rows),
        LIST_SEPARATOR,
    )


def agreement_lines(session: Session, labels: dict[int, str]) -> list[AgreementLine]:
    """Every agreement as the Agreements sheet shows it; ``in_report`` is left at 0 for the caller."""
    party_name = func.coalesce(func.nullif(Party.short_name, ""), Party.name)
    agreement_rows = session.execute(
        select(
            Agreement.id,
            Agreement.reg_number,
            Agreement.title,
            Agreement.title_kk,
            Agreement.title_ru,
            Agreement.title_zh,
            Agreement.kind,
            Agreement.status,
            Agreement.signed_on,
            Agreement.place,
            Agreement.entry_into_force,
            Agreement.expiry,
            Agreement.summary,
            Agreement.source_ref,
            Agreement.version,
        ).order_by(Agreement.signed_on.desc(), Agreement.reg_number)
    ).all()
    party_links = session.execute(
        select(AgreementParty.agreement_id, party_name, Party.id)
        .join(Party, Party.id == AgreementParty.party_id)
        .order_by(AgreementParty.agreement_id, Party.name)
    ).all()
    parties = _joined((r[0], r[1]) for r in party_links)
    party_list = _joined(((r[0], labels[r[2]]) for r in party_links), LIST_SEPARATOR)
    signatory_rows = session.execute(
        select(Signatory.agreement_id, Signatory.name, Signatory.position, Signatory.party_id).order_by(
            Signatory.agreement_id, Signatory.sort_order
        )
    ).all()
    signatories = _joined((r[0], r[1]) for r in signatory_rows)
    people = _people(signatory_rows, labels)
    totals: dict[Any, int] = dict(
        session.execute(  # type: ignore[arg-type]
            select(Commitment.agreement_id, func.count()).group_by(Commitment.agreement_id)
        ).all()
    )
    return [
        AgreementLine(
            a[0],
            a[1],
            a[2],
            "\n".join(t for t in (a[3], a[4], a[5]) if t),
            a[6],
            a[7],
            a[8],
            a[9],
            a[10],
            a[11],
            parties.get(a[0], ""),
            signatories.get(a[0], ""),
            0,
            totals.get(a[0], 0),
            a[3],
            a[4],
            a[5],
            a[12] or "",
            a[13] or "",
            party_list.get(a[0], ""),
            people.get(a[0], ""),
            a[14],
        )
        for a in agreement_rows
    ]


def build(
    db: Database,
    flt: CommitmentFilter | None = None,
    today: date | None = None,
    *,
    title: str = DEFAULT_TITLE,
    now: datetime | None = None,
) -> ReportDataset:
    flt = flt or CommitmentFilter()
    today = today or date.today()
    scope = body_scope(db, flt)
    filter_text = describe_filter(db, flt)
    party_name = func.coalesce(func.nullif(Party.short_name, ""), Party.name)
    query = apply_filter(
        select(
            Commitment.id,
            Commitment.ref,
            Commitment.title,
            Commitment.agreement_id,
            func.coalesce(Agreement.reg_number, ""),
            Commitment.body_id,
            func.coalesce(Body.name, ""),
            func.coalesce(party_name, ""),
            Commitment.agency,
            Commitment.sector,
            _iso(Commitment.due_date),
            Commitment.priority,
            Commitment.status,
            Commitment.progress,
            _iso(Commitment.completed_on),
            Commitment.description,
            Commitment.party_id,
            Commitment.notes,
            Commitment.version,
        )
        .outerjoin(Agreement, Agreement.id == Commitment.agreement_id)
        .outerjoin(Body, Body.id == Commitment.body_id)
        .outerjoin(Party, Party.id == Commitment.party_id),
        flt,
        today,
        scope,
    )
    with db.read() as session:  # one snapshot for every part of the report
        raw = session.execute(query).all()
        latest = (
            select(func.max(StatusChange.id))
            .where(StatusChange.commitment_id.is_not(None))
            .group_by(StatusChange.commitment_id)
        )
        last_change = {
            r[0]: (r[1], r[2])
            for r in session.execute(
                select(StatusChange.commitment_id, StatusChange.note, StatusChange.changed_at).where(
                    StatusChange.id.in_(latest)
                )
            )
        }
        party_lines = _parties(session)
        labels = {p.id: p.label for p in party_lines}
        bodies = _bodies(session, labels)
        all_agreements = agreement_lines(session, labels)
        history_rows = session.execute(
            select(
                StatusChange.entity,
                StatusChange.commitment_id,
                StatusChange.agreement_id,
                StatusChange.from_status,
                StatusChange.to_status,
                StatusChange.changed_at,
                StatusChange.changed_by,
                StatusChange.note,
            ).order_by(StatusChange.changed_at, StatusChange.id)
        ).all()

    lines: list[CommitmentLine] = []
    for r in raw:
        if not sector_matches(flt, r[9]):
            continue
        note, when = last_change.get(r[0], ("", None))
        lines.append(
            CommitmentLine(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
                labels.get(r[16], "") if r[16] is not None else "",
                r[8] or "",
                r[9] or "",
                _day(r[10]),
                r[11],
                r[12],
                int(r[13] or 0),
                _day(r[14]),
                is_overdue(r[10], r[12], today),
                note or "",
                when,
                r[15] or "",
                r[17] or "",
                r[18],
            )
        )
    del raw
    order = {b.id: index for index, b in enumerate(bodies)}
    lines.sort(key=lambda c: (order.get(c.body_id, len(order)), c.due_date is None, c.due_date or today, c.ref))

    in_report = Counter(line.agreement_id for line in lines)
    agreements = [
        a._replace(in_report=in_report.get(a.id, 0))
        for a in all_agreements
        if flt.is_empty or in_report.get(a.id) or a.id == flt.agreement_id
    ]
    if not flt.is_empty:
        bodies = _with_ancestors(bodies, {line.body_id for line in lines} | (scope or set()))

    commitment_ids = {line.id: line for line in lines}
    agreement_ids = {a.id: a for a in agreements}
    history = []
    for h in history_rows:
        if h[1] is not None and h[1] in commitment_ids:
            target = commitment_ids[h[1]]
            history.append(HistoryLine("commitment", target.ref, target.title, h[3], h[4], h[5], h[6], h[7]))
        elif h[2] is not None and h[2] in agreement_ids:
            agreement = agreement_ids[h[2]]
            history.append(
                HistoryLine("agreement", agreement.reg_number, agreement.title, h[3], h[4], h[5], h[6], h[7])
            )
    counts = Counter(line.status for line in lines)
    return ReportDataset(
        title=title.strip() or DEFAULT_TITLE,
        generated_at=now or utc_now(),
        today=today,
        filter_text=filter_text,
        commitments=lines,
        agreements=agreements,
        bodies=bodies,
        history=history,
        by_status={s: counts.get(s, 0) for s in STATUS_ORDER},
        overdue=sum(1 for c in lines if c.overdue),
        parties=party_lines,
    )


def _bodies(session: Any, labels: dict[int, str]) -> list[BodyLine]:
    """Every body, each parent before its children, siblings by name."""
    party_name = func.coalesce(func.nullif(Party.short_name, ""), Party.name)
    party_links = session.execute(
        select(BodyParty.body_id, party_name, Party.id)
        .join(Party, Party.id == BodyParty.party_id)
        .order_by(BodyParty.body_id, Party.name)
    ).all()
    parties = _joined((r[0], r[1]) for r in party_links)
    party_list = _joined(((r[0], labels[r[2]]) for r in party_links), LIST_SEPARATOR)
    chair_rows = session.execute(
        select(CoChair.body_id, CoChair.name, CoChair.position, CoChair.party_id).order_by(
            CoChair.body_id, CoChair.sort_order
        )
    ).all()
    chairs = _joined((r[0], r[1]) for r in chair_rows)
    people = _people(chair_rows, labels)
    rows = session.execute(
        select(
            Body.id,
            Body.name,
            Body.name_kk,
            Body.name_ru,
            Body.name_zh,
            Body.kind,
            Body.parent_id,
            func.coalesce(Agreement.reg_number, ""),
            Body.established_on,
            Body.active,
            Body.dissolved_on,
            Body.notes,
        )
        .outerjoin(Agreement, Agreement.id == Body.established_by_id)
        .order_by(Body.name)
    ).all()
    names = {r[0]: r[1] for r in rows}
    children: dict[int | None, list[Any]] = {}
    for r in rows:
        children.setdefault(r[6] if r[6] in names else None, []).append(r)
    ordered: list[BodyLine] = []
    seen: set[int] = set()

    def visit(parent: int | None, depth: int) -> None:
        for r in children.get(parent, []):
            if r[0] in seen:  # a damaged tree must not loop forever
                continue
            seen.add(r[0])
            ordered.append(
                BodyLine(
                    r[0],
                    r[1],
                    " / ".join(n for n in (r[2], r[3], r[4]) if n),
                    r[5],
                    r[6],
                    names.get(r[6], ""),
                    depth,
                    r[7],
                    r[8],
                    bool(r[9]),
                    parties.get(r[0], ""),
                    chairs.get(r[0], ""),
                    r[2],
                    r[3],
                    r[4],
                    r[10],
                    r[11] or "",
                    party_list.get(r[0], ""),
                    people.get(r[0], ""),
                )
            )
            visit(r[0], depth + 1)

    visit(None, 0)
    return ordered


def _with_ancestors(bodies: list[BodyLine], wanted: set[int | None]) -> list[BodyLine]:
    by_id = {b.id: b for b in bodies}
    keep: set[int] = set()
    for body_id in wanted:
        while body_id is not None and body_id in by_id and body_id not in keep:
            keep.add(body_id)
            body_id = by_id[body_id].parent_id
    return [b for b in bodies if b.id in keep]
