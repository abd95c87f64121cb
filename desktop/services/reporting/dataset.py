"""One report dataset for the Excel workbook and the PDF, so the window and the command line print the same thing.

Everything is read in one read session (one SQLite snapshot) as column tuples, never ORM
objects: a ministry archive holds 100,000 commitments. The commitment filter is applied by
``services.commitment_list.apply_filter``, the same code the lists use.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, NamedTuple, get_type_hints

from sqlalchemy import Select, String, cast, func, select
from sqlalchemy.orm import Session

from desktop.domain.catalogue import format_date, format_number, format_percent, render
from desktop.domain.enums import COMMITMENT_STATUS_ORDER, PersonRole
from desktop.domain.filters import CommitmentFilter
from desktop.domain.messages import Message
from desktop.domain.models import (
    Agreement,
    AgreementParty,
    AuditEntry,
    Body,
    BodyParty,
    CoChair,
    Commitment,
    CommitmentPerson,
    Party,
    Person,
    Signatory,
    StatusChange,
)
from desktop.domain.rules import is_open, is_overdue
from desktop.domain.sheet_layout import COMMITMENT_SHEET, LIST_SEPARATOR, format_person
from desktop.domain.types import utc_now
from desktop.domain.words import word
from desktop.services import commitments, control, deadlines, people
from desktop.services.commitment_list import apply_filter, body_scope, sector_matches
from desktop.services.lookups import LocalNames, describe_filter, local_names
from desktop.services.records import CommitmentData
from desktop.storage.database import Database

DEFAULT_TITLE_MESSAGE = Message("Status report on commitments")
DEFAULT_TITLE = DEFAULT_TITLE_MESSAGE.text
NO_BODY_MESSAGE = Message("No body")
NO_BODY = NO_BODY_MESSAGE.text
STATUS_ORDER: tuple[str, ...] = COMMITMENT_STATUS_ORDER  # the domain's order, named for the reports


def label(value: str | None, language: str = "en") -> str:
    """A stored status or kind in words of ``language``: 'in_progress' → 'In progress' / «Выполняется»."""
    if not value:
        return ""
    return render(word(value), language)


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
    executor: str = ""  # the lead executor "Name (agency)", co-executors after " + "
    controller: str = ""  # "Name (agency)"
    moves: int = 0  # how many times its deadline was moved on record
    superseded_by: str = ""  # a superseded (cancelled) commitment: the reference of the one that replaces it
    interim_on: date | None = None  # the newest interim report: its date,
    interim: str = ""  # its text, and
    interim_progress: int | None = None  # the percentage it gave
    more: tuple[Any, ...] = ()  # the values of ``MORE_COLUMNS``, in that order (empty: not read, as in a briefing)


def _more_columns() -> tuple[tuple[str, ...], frozenset[str]]:
    """The Commitments sheet's plain stored columns the line does not name, in layout order, and which are dates.

    A field added to commitments (a text or a date of ``CommitmentData`` stored in the column of the same name, its
    column in ``sheet_layout.COMMITMENT_SHEET``) is read here and written by the export by name: nobody lists it.
    """
    hints = get_type_hints(CommitmentData)
    stored = set(Commitment.__table__.c.keys())
    names: list[str] = []
    for column in COMMITMENT_SHEET.columns:
        if column.derived or column.key in CommitmentLine._fields or column.key not in stored:
            continue
        if hints.get(column.key) not in (str, date | None):
            raise AssertionError(f"the report cannot carry the Commitments column {column.key!r}: not a text or date")
        names.append(column.key)
    return tuple(names), frozenset(n for n in names if hints[n] is not str)


# The values a commitment line carries by name (``CommitmentLine.more``), which of them are days, and their labels.
MORE_COLUMNS, MORE_DATES = _more_columns()
MORE_LABELS: dict[str, Message] = {c.key: c.label for c in COMMITMENT_SHEET.columns if c.key in MORE_COLUMNS}


def more_selected() -> tuple[Any, ...]:
    """The columns ``MORE_COLUMNS`` are read from, at the end of a commitment query (days as ISO text)."""
    table = Commitment.__table__.c
    return tuple(_iso(table[name]) if name in MORE_DATES else table[name] for name in MORE_COLUMNS)


def more_values(values: Sequence[Any]) -> tuple[Any, ...]:
    """``CommitmentLine.more`` from the values of ``more_selected``: days as dates, texts never None."""
    return tuple(
        _day(value) if name in MORE_DATES else value or "" for name, value in zip(MORE_COLUMNS, values, strict=True)
    )


# Where a commitment line's values sit in a row of ``line_select``: the columns the line is made of in its order,
# then when the commitment was created (what an as-of report leaves out), then ``MORE_COLUMNS``.
CREATED_AT = 19
MORE_FROM = 20


def line_select() -> Select[Any]:
    """The one query of a report's commitment lines (the built dataset and the streamed one): the commitment with
    its agreement's number, its body's and party's names, the days as ISO text; filtered and ordered by the caller."""
    party_name = func.coalesce(func.nullif(Party.short_name, ""), Party.name)
    return (
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
            Commitment.created_at,
            *more_selected(),
        )
        .outerjoin(Agreement, Agreement.id == Commitment.agreement_id)
        .outerjoin(Body, Body.id == Commitment.body_id)
        .outerjoin(Party, Party.id == Commitment.party_id)
    )


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


class PersonLine(NamedTuple):
    """A person of the register, as the People sheet writes them (and the import reads them back)."""

    name: str
    agency: str
    position: str
    contact: str
    login: str


def person_lines(session: Any) -> list[PersonLine]:
    rows = session.execute(
        select(Person.name, Person.agency, Person.position, Person.contact, Person.login).order_by(
            Person.name, Person.id
        )
    ).all()
    return [PersonLine(*(str(v or "") for v in r)) for r in rows]


class HistoryLine(NamedTuple):
    entity: str  # "commitment" or "agreement"
    ref: str
    title: str
    from_status: str | None
    to_status: str
    changed_at: datetime  # aware, UTC
    changed_by: str
    note: str
    imported_by: str | None = None  # history carried from a workbook: who imported it and when (UTC)
    imported_at: datetime | None = None


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
    language: str = "en"  # the report's language: every heading, label, date and number (ru, kk or en)
    names: LocalNames = field(default_factory=LocalNames)
    rebuilt: bool = False  # statuses rebuilt from the history as they stood on ``today`` (--as-of)
    # The cover block (from the window's settings or the command line): printed only when set.
    classification: str = ""  # e.g. "For official use"
    prepared_by: str = ""
    approved_by: str = ""
    # Control of execution (rules.executed_on_time): judged against each commitment's original deadline.
    executed_on_time: int = 0
    executed_late: int = 0
    moved_deadlines: int = 0  # commitments of the report whose deadline was moved at least once
    on_control: int = 0  # open commitments of the report with a controller (as the dashboard counts them)
    people: list[PersonLine] = field(default_factory=list)  # every person of the register (the People sheet)
    waiting: int = 0  # open commitments of the report whose execution report waits for acceptance

    def as_of_note(self) -> str:
        """What a rebuilt report says about itself, or ""."""
        if not self.rebuilt:
            return ""
        return self.t(
            Message(
                "Statuses rebuilt from the status history as they stood on {0}; "
                "commitments created later are left out.",
                self.day(self.today),
            )
        )

    def t(self, message: Message) -> str:
        """A message in the report's language; counts grouped as its figures are ("… and 31,652 more")."""
        return render(message, self.language, grouped=True)

    def day(self, value: date | None) -> str:
        return format_date(value, self.language) if value else "—"

    def moment(self, value: datetime) -> str:
        """A stored UTC moment as local date and time."""
        return format_date(value.astimezone().replace(tzinfo=None), self.language)

    def number(self, value: float) -> str:
        return format_number(value, self.language)

    def percent(self, value: float) -> str:
        return format_percent(round(value), self.language)

    def interim(self, line: CommitmentLine) -> str:
        """The commitment's newest interim report as a report prints it: "12.05.2026: text (40 %)"."""
        if line.interim_on is None:
            return ""
        shown = f"{self.day(line.interim_on)}: {line.interim}"
        return f"{shown} ({self.percent(line.interim_progress)})" if line.interim_progress is not None else shown

    def body_name(self, body_id: int | None, original: str) -> str:
        if body_id is None:
            return self.t(NO_BODY_MESSAGE)
        return self.names.bodies.get(body_id, original)

    def agreement_title(self, agreement_id: int, original: str) -> str:
        return self.names.agreements.get(agreement_id, original)

    def party_name(self, label_text: str) -> str:
        return self.names.parties.get(label_text, label_text)

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
    # ISO text on both engines: SQLite stores dates as text, psycopg would hand back date objects.
    return cast(column, String)


def _day(text: str | date | None) -> date | None:
    """A stored day: SQLite hands it over as text, PostgreSQL as a date."""
    if isinstance(text, date):
        return text.date() if isinstance(text, datetime) else text
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
    taken: Counter[str] = Counter()
    for r in rows:
        taken.update({_fold_key(r[1]), _fold_key(r[2])} - {""})
    return [PartyLine._make((*r, r[2] if r[2] and taken[_fold_key(r[2])] == 1 else r[1])) for r in rows]


def _people(rows: Iterable[Any], labels: dict[int, str]) -> dict[int, str]:
    """(owner, name, position, party id) rows → 'Name — Position [Party]' lines per owner."""
    return _joined(
        ((r[0], format_person(r[1], r[2] or "", labels.get(r[3], "") if r[3] is not None else "")) for r in rows),
        LIST_SEPARATOR,
    )


def agreement_lines(session: Session, labels: dict[int, str]) -> list[AgreementLine]:
    """Every agreement as the Agreements sheet shows it; ``in_report`` is left at 0 for the caller."""
    party_name = func.coalesce(func.nullif(Party.short_name, ""), Party.name)
    agreement_rows: Sequence[Any] = session.execute(
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
        session.execute(select(Commitment.agreement_id, func.count()).group_by(Commitment.agreement_id)).all()
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


def team_texts(team: people.Team | None) -> tuple[str, str]:
    """A commitment's executor and controller as the reports write them."""
    if team is None:
        return "", ""
    executor = team.lead.label if team.lead else ""
    if team.co:
        executor = f"{executor} + {', '.join(p.label for p in team.co)}"
    return executor, team.controller.label if team.controller else ""


def team_texts_in(
    session: Session, commitment_ids: Sequence[int], labels: dict[tuple[str, str], str] | None = None
) -> dict[int, tuple[str, str]]:
    """Commitment id → (executor, controller) as ``team_texts`` words them, for ``commitment_ids``.

    The rows and their order are ``people.names_of``'s, but it makes a person object per role and a team object
    per commitment (a seventh of the time of an export of 100,000 commitments), where a register has a few hundred
    people: here each person's label is made once per ``labels`` (the caller's, kept across the chunks of a report)."""
    labels = {} if labels is None else labels
    query = (
        select(CommitmentPerson.commitment_id, CommitmentPerson.role, Person.name, Person.agency)
        .join(Person, Person.id == CommitmentPerson.person_id)
        .where(CommitmentPerson.commitment_id.in_(list(commitment_ids)))
        .order_by(CommitmentPerson.commitment_id, CommitmentPerson.sort_order, Person.name)
    )
    lead_role, co_role, controller_role = PersonRole.LEAD.value, PersonRole.CO.value, PersonRole.CONTROLLER.value
    leads: dict[int, str] = {}
    co: dict[int, list[str]] = {}
    controllers: dict[int, str] = {}
    for cid, role, name, agency in session.connection().execute(query).all():
        person = labels.get((name, agency))
        if person is None:
            person = labels[name, agency] = people.PersonRef(0, name, agency).label
        if role == lead_role:
            leads.setdefault(cid, person)  # the first, as names_of's team takes it
        elif role == co_role:
            co.setdefault(cid, []).append(person)
        elif role == controller_role:
            controllers.setdefault(cid, person)
    texts: dict[int, tuple[str, str]] = {}
    for cid in leads.keys() | co.keys() | controllers.keys():
        executor = leads.get(cid, "")
        if cid in co:
            executor = f"{executor} + {', '.join(co[cid])}"
        texts[int(cid)] = (executor, controllers.get(cid, ""))
    return texts


def line_from_row(
    r: Sequence[Any],
    *,
    today: date,
    party_labels: dict[int, str],
    note: str | None,
    when: datetime | None,
    team: people.Team | tuple[str, str] | None,
    moved: int,
    replacement: str,
    interim: tuple[date | None, str, int | None],
) -> CommitmentLine:
    """A report's commitment line from a row of ``line_select`` and what the report read beside it (its last
    status note and when, its team (or its words, ``team_texts_in``), how often its deadline moved, what replaced
    it, its last interim report): the one way both the built and the streamed dataset make it."""
    interim_on, interim_text, interim_progress = interim
    line = CommitmentLine(
        r[0],
        r[1],
        r[2],
        r[3],
        r[4],
        r[5],
        r[6],
        party_labels.get(r[16], "") if r[16] is not None else "",
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
        *(team if isinstance(team, tuple) else team_texts(team)),
        moved,
        replacement,
        interim_on,
        interim_text,
        interim_progress,
    )
    return line._replace(more=more_values(r[MORE_FROM:])) if MORE_COLUMNS else line


def build(
    db: Database,
    flt: CommitmentFilter | None = None,
    today: date | None = None,
    *,
    title: str = "",
    now: datetime | None = None,
    language: str = "en",
    as_of: date | None = None,
    lean: bool = False,
    order: Sequence[int] | None = None,
) -> ReportDataset:
    """The report of ``flt``; ``as_of``: as the register stood at the end of that day (``today`` becomes it).

    ``lean`` (the briefing): no history, no agreements annex and no last notes — the briefing reads the
    notes of the few commitments it lists (``with_last_notes``).

    A rebuilt report takes each commitment's status, note and completion from its status history up to
    that day, leaves out commitments created later and the history after it, and applies the status and
    overdue filters to the rebuilt statuses.
    """
    if as_of is None and not lean:
        # One route reads the register for the PDF and the streamed workbook, so they cannot drift apart.
        from desktop.services.reporting.dataset_stream import open_stream

        with open_stream(db, flt, today, title=title, now=now, language=language, order=order) as report:
            return replace(report.head, commitments=list(report.commitments()), history=list(report.history()))

    shown = {record_id: position for position, record_id in enumerate(order or ())}
    flt = flt or CommitmentFilter()
    wanted = flt
    if as_of is not None:
        today = as_of
        flt = flt.with_(statuses=frozenset(), overdue=False)  # applied below to the statuses of that day
    today = today or date.today()
    scope = body_scope(db, flt)
    filter_text = render(describe_filter(db, wanted, language), language)
    query = apply_filter(
        line_select(),
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
        last_change = (
            {}
            if lean
            else {
                r[0]: (r[1], r[2])
                for r in session.execute(
                    select(StatusChange.commitment_id, StatusChange.note, StatusChange.changed_at).where(
                        StatusChange.id.in_(latest)
                    )
                )
            }
        )
        party_lines = _parties(session)
        labels = {p.id: p.label for p in party_lines}
        bodies = _bodies(session, labels)
        moves = deadlines.first_moves(session)
        teams = people.names_of(session)
        replaced = commitments.superseded_refs_in(session)
        interims = control.last_interims_in(session)
        controlled, waits = control.control_sets(session)
        persons = [] if lean else person_lines(session)
        all_agreements = [] if lean else agreement_lines(session, labels)
        history_rows = (
            []
            if lean
            else session.execute(
                select(
                    StatusChange.entity,
                    StatusChange.commitment_id,
                    StatusChange.agreement_id,
                    StatusChange.from_status,
                    StatusChange.to_status,
                    StatusChange.changed_at,
                    StatusChange.changed_by,
                    StatusChange.note,
                    StatusChange.imported_by,
                    StatusChange.imported_at,
                ).order_by(StatusChange.changed_at, StatusChange.id)
            ).all()
        )

    trail: dict[int, list[Any]] = {}
    progress_then: dict[int, int | None] = {}
    if as_of is not None:
        history_rows = [h for h in history_rows if _utc_day(h[5]) <= as_of]
        for h in session_history(db):
            trail.setdefault(h[0], []).append(h)
        progress_then = progress_as_of(db, as_of, {r[0]: int(r[13] or 0) for r in raw})
        all_agreements = agreements_as_of(db, all_agreements, as_of)
    lines: list[CommitmentLine] = []
    r: Any
    for r in raw:
        if not sector_matches(flt, r[9]):
            continue
        note, when = last_change.get(r[0], ("", None))
        if as_of is not None:
            if r[CREATED_AT] is not None and _utc_day(r[CREATED_AT]) > as_of:
                continue  # created after that day
            r, note, when = _as_it_stood(r, trail.get(r[0], []), as_of)
            recorded = progress_then.get(r[0])
            if recorded is not None:  # the audit trail holds every progress change since that day
                r[13] = recorded
            if wanted.statuses and r[12] not in wanted.statuses:
                continue
            if wanted.overdue and not is_overdue(r[10], r[12], today):
                continue
        lines.append(
            line_from_row(
                r,
                today=today,
                party_labels=labels,
                note=note,
                when=when,
                team=teams.get(r[0]),
                moved=moves.get(r[0], (None, 0))[1],
                replacement=replaced.get(r[0], ""),
                interim=interims.get(r[0], (None, "", None)),
            )
        )
    del raw
    section: dict[int | None, int] = {b.id: index for index, b in enumerate(bodies)}
    lines.sort(key=lambda c: (section.get(c.body_id, len(section)), c.due_date is None, c.due_date or today, c.ref))
    if shown:  # as the window's list shows them, within each body
        lines.sort(key=lambda c: (section.get(c.body_id, len(section)), shown.get(c.id, len(shown))))

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
            history.append(HistoryLine("commitment", target.ref, target.title, *h[3:10]))
        elif h[2] is not None and h[2] in agreement_ids:
            agreement = agreement_ids[h[2]]
            history.append(HistoryLine("agreement", agreement.reg_number, agreement.title, *h[3:10]))
    counts = Counter(line.status for line in lines)
    verdicts = Counter(deadlines.verdict(moves, c.id, c.status, c.due_date, c.completed_on) for c in lines)
    with db.read() as session:
        names = local_names(session, language)
    return ReportDataset(
        language=language,
        names=names,
        title=title.strip() or render(DEFAULT_TITLE_MESSAGE, language),
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
        rebuilt=as_of is not None,
        executed_on_time=verdicts[True],
        executed_late=verdicts[False],
        moved_deadlines=sum(1 for c in lines if c.id in moves),
        on_control=sum(1 for c in lines if c.id in controlled and is_open(c.status)),
        waiting=sum(1 for c in lines if c.id in waits and is_open(c.status)),
        people=persons,
    )


def _utc_day(moment: Any) -> date:
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    if isinstance(moment, datetime):
        return (moment.astimezone(UTC) if moment.tzinfo else moment).date()
    day: date = moment
    return day


def session_history(db: Database) -> list[Any]:
    """Every commitment status change: (commitment id, from, to, when, note), oldest first."""
    with db.read() as session:
        return list(
            session.execute(
                select(
                    StatusChange.commitment_id,
                    StatusChange.from_status,
                    StatusChange.to_status,
                    StatusChange.changed_at,
                    StatusChange.note,
                )
                .where(StatusChange.commitment_id.is_not(None))
                .order_by(StatusChange.changed_at, StatusChange.id)
            ).all()
        )


def _as_it_stood(row: Any, trail: list[Any], as_of: date) -> tuple[list[Any], str, datetime | None]:
    """A commitment row with status, progress and completion as they stood at the end of ``as_of``.

    The status is the last change up to that day (before its first change: the status it left). The
    register records progress only with the current state: it is kept when nothing changed since, 100 %
    for a commitment completed then, 0 % for one not started then, and below 100 % otherwise.
    """
    r = list(row)
    before = [h for h in trail if _utc_day(h[3]) <= as_of]
    after = [h for h in trail if _utc_day(h[3]) > as_of]
    if not after:
        last = before[-1] if before else None
        return r, (last[4] or "") if last else "", last[3] if last else None
    status = before[-1][2] if before else (after[0][1] or "not_started")
    r[12] = status
    if status == "completed":
        r[13] = 100
        done = _day(r[14])
        stood = done if done and done <= as_of else (_utc_day(before[-1][3]) if before else None)
        r[14] = stood.isoformat() if stood else None
    else:
        r[13] = 0 if status == "not_started" else min(int(r[13] or 0), 99)
        r[14] = None
    last = before[-1] if before else None
    return r, (last[4] or "") if last else "", last[3] if last else None


def _end_of(day: date) -> datetime:
    """The first moment (UTC) after ``day``: what happened before it stood at the end of that day."""
    return datetime.combine(day + timedelta(days=1), time.min, UTC)


def progress_as_of(db: Database, as_of: date, today: dict[int, int]) -> dict[int, int | None]:
    """Each commitment's progress (``today``: id → progress now) at the end of ``as_of`` as the audit trail
    records it; None where it cannot tell.

    The trail records every change of every field (``{"progress": [old, new]}``). Where it holds every change
    since that day — it began before then, or it holds the commitment's own creation — the progress then is
    the old value of the first progress change after it, or today's when nothing changed since. A register
    kept before the trail existed (or a day before it began) leaves the estimate of ``_as_it_stood``.
    """
    end = _end_of(as_of)
    first_old: dict[int, int] = {}
    with db.read() as session:
        began = session.scalar(select(func.min(AuditEntry.at)))
        born = {
            r
            for r in session.scalars(
                select(AuditEntry.record_id).where(AuditEntry.table_name == "commitment", AuditEntry.action == "insert")
            )
        }
        for record, changes in session.execute(
            select(AuditEntry.record_id, AuditEntry.changes)
            .where(
                AuditEntry.table_name == "commitment",
                AuditEntry.action == "update",
                AuditEntry.at >= end,
                AuditEntry.changes.contains('"progress"'),
            )
            .order_by(AuditEntry.at, AuditEntry.id)
        ):
            try:
                pair = json.loads(changes or "{}").get("progress")
                key = int(record)
            except (ValueError, AttributeError):
                continue  # a damaged row tells nothing (the trail check reports it)
            if isinstance(pair, list) and len(pair) == 2 and key not in first_old and pair[0] is not None:
                first_old[key] = int(pair[0])
    whole = began is not None and utc_moment(began) < end
    return {i: first_old.get(i, now) if whole or str(i) in born else None for i, now in today.items()}


def agreements_as_of(db: Database, agreements: list[AgreementLine], as_of: date) -> list[AgreementLine]:
    """The agreements annex as the register stood at the end of ``as_of``: agreements created later left out,
    each status as its history had it then, and ``total`` the commitments it had by then."""
    end = _end_of(as_of)
    with db.read() as session:
        created = dict(session.execute(select(Agreement.id, Agreement.created_at)).all())
        trail: dict[int, list[Any]] = {}
        for agreement_id, old, new, at in session.execute(
            select(StatusChange.agreement_id, StatusChange.from_status, StatusChange.to_status, StatusChange.changed_at)
            .where(StatusChange.agreement_id.is_not(None))
            .order_by(StatusChange.changed_at, StatusChange.id)
        ):
            trail.setdefault(agreement_id, []).append((old, new, at))
        totals: dict[Any, int] = dict(
            session.execute(
                select(Commitment.agreement_id, func.count())
                .where(Commitment.created_at < end)
                .group_by(Commitment.agreement_id)
            ).all()
        )
    kept = []
    for a in agreements:
        made = created.get(a.id)
        if made is not None and _utc_day(made) > as_of:
            continue  # registered later
        changes = trail.get(a.id, [])
        before = [h for h in changes if _utc_day(h[2]) <= as_of]
        after = [h for h in changes if _utc_day(h[2]) > as_of]
        status = a.status
        if after:
            status = before[-1][1] if before else (after[0][0] or a.status)
        kept.append(a._replace(status=status, total=totals.get(a.id, 0)))
    return kept


def utc_moment(moment: Any) -> datetime:
    """A stored moment (SQLite: ISO text; naive means UTC) as an aware UTC datetime."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    aware: datetime = moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware


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


def with_last_notes(db: Database, lines: list[CommitmentLine]) -> list[CommitmentLine]:
    """``lines`` with their last status note and its time read now (for the few a lean report lists)."""
    ids = [c.id for c in lines]
    if not ids:
        return lines
    found: dict[int, tuple[str, datetime]] = {}
    with db.read() as session:
        for cid, note, when in session.execute(
            select(StatusChange.commitment_id, StatusChange.note, StatusChange.changed_at)
            .where(StatusChange.commitment_id.in_(ids))
            .order_by(StatusChange.changed_at, StatusChange.id)
        ):
            found[cid] = (note or "", when)
    return [c._replace(last_note=found[c.id][0], last_changed_at=found[c.id][1]) if c.id in found else c for c in lines]
