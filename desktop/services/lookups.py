"""Names for pickers and filters, and finding records by what a clerk types."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import InstrumentedAttribute

from desktop.domain.errors import NotFoundError
from desktop.domain.filters import CommitmentFilter
from desktop.domain.messages import Message, joined
from desktop.domain.models import Agreement, Body, Commitment, Party
from desktop.domain.rules import fold, open_clause
from desktop.domain.words import local_name, word
from desktop.services.names import LANGUAGES_WITH_NAMES, names_from
from desktop.services.names import LocalNames as LocalNames
from desktop.services.records import Choice
from desktop.storage.database import Database


def local_names(db_or_session: Any, language: str) -> LocalNames:
    """Every body's, agreement's and party's name in ``language`` (ru, kk, zh) that differs from the original."""
    if language not in LANGUAGES_WITH_NAMES:
        return LocalNames()
    if isinstance(db_or_session, Database):
        with db_or_session.read() as session:
            return local_names(session, language)
    bodies, agreements, parties = (db_or_session.execute(query) for query in names_queries())
    return names_from(language, bodies, agreements, parties)


def names_queries() -> tuple[Select[Any], Select[Any], Select[Any]]:
    """The rows ``names.names_from`` reads (the window's start-up runs them compiled: ``services.first_screen``)."""
    body, agreement, party = Body.__table__, Agreement.__table__, Party.__table__
    return (
        select(body.c.id, body.c.name, body.c.name_ru, body.c.name_kk, body.c.name_zh),
        select(agreement.c.id, agreement.c.title, agreement.c.title_ru, agreement.c.title_kk, agreement.c.title_zh),
        select(
            party.c.id, party.c.short_name, party.c.name, party.c.name_ru, party.c.name_kk, party.c.name_zh
        ).order_by(party.c.id),
    )


def party_choices(db: Database, language: str = "en") -> list[Choice]:
    """Parties by name in ``language`` where stored (sorted as shown)."""
    with db.read() as session:
        rows = session.execute(
            select(Party.id, Party.name, Party.name_ru, Party.name_kk, Party.name_zh, Party.search_text).order_by(
                Party.name
            )
        ).all()
    choices = [Choice(r[0], local_name(language, *r[1:5]), r[5]) for r in rows]
    return sorted(choices, key=lambda c: c.label.casefold()) if language != "en" else choices


def agreement_choices(db: Database, language: str = "en") -> list[Choice]:
    with db.read() as session:
        rows = session.execute(
            select(
                Agreement.id,
                Agreement.reg_number,
                Agreement.title,
                Agreement.title_ru,
                Agreement.title_kk,
                Agreement.title_zh,
            ).order_by(Agreement.reg_number)
        ).all()
    return [Choice(r[0], f"{r[1]} — {local_name(language, *r[2:])}", fold(*r[1:])) for r in rows]


def commitment_choices(db: Database, *, besides: int | None = None) -> list[Choice]:
    """Commitments that may replace another (a superseded one): the not-cancelled ones, ``besides`` left out."""
    with db.read() as session:
        rows = session.execute(
            select(Commitment.id, Commitment.ref, Commitment.title, Commitment.search_text)
            .where(open_clause(Commitment.status) | (Commitment.status == "completed"))
            .where(Commitment.id != (besides or -1))
            .order_by(Commitment.ref)
        ).all()
    return [Choice(r[0], f"{r[1]} — {r[2]}", r[3]) for r in rows]


def body_choices(db: Database, language: str = "en") -> list[Choice]:
    """Bodies as a tree: sub-bodies indented under their parent; names in ``language`` where stored."""
    from desktop.services.bodies import list_rows

    rows = list_rows(db)
    names = local_names(db, language)
    depth: dict[int, int] = {}
    choices = []
    for row in rows:
        depth[row.id] = depth.get(row.parent_id, -1) + 1 if row.parent_id is not None else 0
        choices.append(Choice(row.id, "    " * depth[row.id] + names.body(row.id, row.name), row.search_text))
    return choices


def _by_name(
    db: Database,
    id_col: InstrumentedAttribute[int | None],
    columns: tuple[InstrumentedAttribute[str], ...],
    text: str,
    what: Message,
    label_col: InstrumentedAttribute[str],
) -> int:
    wanted = text.strip().casefold()
    with db.read() as session:
        rows = session.execute(select(id_col, label_col, *columns)).all()
    for row in rows:
        if any(value and str(value).casefold() == wanted for value in row[1:]):
            found: int = row[0]
            return found
    valid: Message | str = "; ".join(sorted(str(r[1]) for r in rows)) or Message("none yet")
    raise NotFoundError(Message("unknown {0} “{1}”; valid: {2}", what, text, valid))


def party_id_by_name(db: Database, text: str) -> int:
    return _by_name(
        db,
        Party.id,
        (Party.short_name, Party.country_code, Party.name_ru, Party.name_kk, Party.name_zh),
        text,
        Message("party"),
        Party.name,
    )


def body_id_by_name(db: Database, text: str) -> int:
    return _by_name(db, Body.id, (Body.name_ru, Body.name_kk, Body.name_zh), text, Message("body"), Body.name)


def agreement_id_by_reg(db: Database, text: str) -> int:
    return _by_name(db, Agreement.id, (), text, Message("agreement"), Agreement.reg_number)


def describe_filter(db: Database, flt: CommitmentFilter, language: str = "en") -> Message:
    """The filter in words, for report headers: 'Status: In progress; Body: … (with sub-bodies)'.

    Names are given in ``language`` when their form in it is stored."""
    parts: list[Message] = []
    with db.read() as session:
        if flt.statuses:
            parts.append(Message("Status: {0}", joined([word(s) for s in sorted(flt.statuses)])))
        if flt.overdue:
            parts.append(Message("Overdue only"))
        if flt.body_id is not None:
            body = session.execute(
                select(Body.name, Body.name_ru, Body.name_kk, Body.name_zh).where(Body.id == flt.body_id)
            ).first()
            name = local_name(language, *body) if body else f"#{flt.body_id}"
            parts.append(Message("Body: {0} (with sub-bodies)", name))
        if flt.party_id is not None:
            party = session.execute(
                select(Party.name, Party.name_ru, Party.name_kk, Party.name_zh).where(Party.id == flt.party_id)
            ).first()
            name = local_name(language, *party) if party else f"#{flt.party_id}"
            parts.append(Message("Responsible party: {0}", name))
        if flt.sector:
            parts.append(Message("Sector: {0}", flt.sector))
        if flt.agreement_id is not None:
            reg = session.scalar(select(Agreement.reg_number).where(Agreement.id == flt.agreement_id))
            parts.append(Message("Agreement: {0}", reg or str(flt.agreement_id)))
        if flt.person_id is not None:
            from desktop.domain.models import Person

            person = session.scalar(select(Person.name).where(Person.id == flt.person_id)) or f"#{flt.person_id}"
            if flt.person_role == "executor":
                parts.append(Message("Executor: {0}", person))
            elif flt.person_role == "controller":
                parts.append(Message("Controller: {0}", person))
            else:
                parts.append(Message("Executed or controlled by: {0}", person))
    if flt.due_after:
        parts.append(Message("Due on or after {0}", flt.due_after))
    if flt.due_before:
        parts.append(Message("Due on or before {0}", flt.due_before))
    if flt.text.strip():
        parts.append(Message("Text: “{0}”", flt.text.strip()))
    if not parts:
        return Message("All commitments")
    result = parts[0]
    for part in parts[1:]:
        result = Message("{0}; {1}", result, part)
    return result
