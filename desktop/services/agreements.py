"""Use cases for agreements: protocols, memoranda, roadmaps and the rest."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import delete as sql_delete
from sqlalchemy import func, select
from sqlmodel import Session

from desktop.domain.enums import AgreementKind, AgreementStatus, HistoryEntity, parse_enum
from desktop.domain.errors import FieldError, FieldProblem, InUseError, ValidationError
from desktop.domain.messages import Message, joined
from desktop.domain.models import Agreement, AgreementParty, Body, Commitment, Party, Signatory
from desktop.domain.roles import Action
from desktop.domain.rules import (
    AGREEMENT_SEARCH_FIELDS,
    Checker,
    Dated,
    agreement_date_problems,
    agreement_status_change_problems,
    agreement_status_requirements,
    agreement_warnings,
    is_open,
    search_text,
)
from desktop.domain.types import utc_now
from desktop.services import access, history
from desktop.services.common import check_undo, check_version, clean, load, similar_in, stored_day
from desktop.services.records import AgreementData, AgreementRow, PersonData
from desktop.storage.database import Database


def validate(data: AgreementData) -> None:
    check = Checker()
    check.required("reg_number", clean(data.reg_number))
    check.max_length("reg_number", data.reg_number, 60)
    check.required("title", clean(data.title))
    check.max_length("title", data.title, 1000)
    status: AgreementStatus | None = None
    try:
        parse_enum(AgreementKind, data.kind, "kind")
    except FieldError as exc:
        check.problems.extend(exc.problems)
    try:
        # Compare the parsed status: a typed "In Force" is in force too.
        status = parse_enum(AgreementStatus, data.status, "status")
    except FieldError as exc:
        check.problems.extend(exc.problems)
    if len(set(data.party_ids)) < 2:
        check.add("parties", Message("an agreement has at least two parties"))
    if status is not None:
        check.problems.extend(agreement_status_requirements(status, data.signed_on, data.entry_into_force))
    for index, person in enumerate(data.signatories, start=1):
        if not clean(person.name):
            check.add("signatories", Message("signatory {0} has no name", index))
        elif person.party_id is not None and person.party_id not in data.party_ids:
            check.add("signatories", Message("{0} signs for a party that is not a party to the agreement", person.name))
    check.problems.extend(agreement_date_problems(data.signed_on, data.entry_into_force, data.expiry))
    check.raise_if_any()


def _apply(session: Session, agreement: Agreement, data: AgreementData) -> None:
    agreement.reg_number = clean(data.reg_number)
    agreement.title = clean(data.title)
    agreement.title_ru = clean(data.title_ru)
    agreement.title_kk = clean(data.title_kk)
    agreement.title_zh = clean(data.title_zh)
    agreement.kind = parse_enum(AgreementKind, data.kind, "kind").value
    agreement.signed_on = data.signed_on
    agreement.place = clean(data.place)
    agreement.entry_into_force = data.entry_into_force
    agreement.expiry = data.expiry
    agreement.summary = (data.summary or "").strip()
    agreement.source_ref = clean(data.source_ref)
    agreement.search_text = search_text(AGREEMENT_SEARCH_FIELDS, agreement)
    agreement.updated_at = utc_now()


def _replace_links(session: Session, agreement_id: int, data: AgreementData) -> None:
    known = set(session.scalars(select(Party.id).where(Party.id.in_(data.party_ids))))
    missing = set(data.party_ids) - known
    if missing:
        raise ValidationError(
            [FieldError("parties", Message("unknown party ids {0}", str(sorted(missing)))).problems[0]]
        )
    session.execute(sql_delete(AgreementParty).where(AgreementParty.agreement_id == agreement_id))
    session.execute(sql_delete(Signatory).where(Signatory.agreement_id == agreement_id))
    for party_id in dict.fromkeys(data.party_ids):
        session.add(AgreementParty(agreement_id=agreement_id, party_id=party_id))
    for order, person in enumerate(data.signatories):
        session.add(
            Signatory(
                agreement_id=agreement_id,
                name=clean(person.name),
                position=clean(person.position),
                party_id=person.party_id,
                sort_order=order,
            )
        )


def save(db: Database, data: AgreementData, note: str = "") -> int:
    """Create or update; a changed status is recorded in the history with ``note``."""
    access.require(db, Action.EDIT)
    validate(data)
    with db.write() as session:
        return save_in(session, data, note)


def save_in(session: Session, data: AgreementData, note: str = "") -> int:
    duplicate = session.scalar(
        select(Agreement.id).where(Agreement.reg_number == clean(data.reg_number), Agreement.id != (data.id or -1))
    )
    if duplicate is not None:
        raise ValidationError(
            [
                FieldError(
                    "reg_number", Message("“{0}” is already used by another agreement", clean(data.reg_number))
                ).problems[0]
            ]
        )
    new_status = parse_enum(AgreementStatus, data.status, "status").value
    renamed = False
    if data.id is None:
        agreement = Agreement(status=new_status, reg_number="", title="")
        old_status = None
    else:
        agreement = load(session, Agreement, data.id, "agreement")
        check_version(agreement, data.version, "agreement", f"{agreement.reg_number} {agreement.title}")
        old_status = agreement.status
        renamed = agreement.reg_number != clean(data.reg_number)
        problems = agreement_status_change_problems(old_status, new_status, note)
        if problems:
            raise ValidationError(problems)
    _apply(session, agreement, data)
    agreement.status = new_status
    session.add(agreement)
    session.flush()
    assert agreement.id is not None
    _replace_links(session, agreement.id, data)
    if renamed:
        from desktop.services.commitments import refresh_search_text

        refresh_search_text(session, agreement_id=agreement.id)
    if old_status != new_status:
        history.record(
            session,
            HistoryEntity.AGREEMENT,
            agreement.id,
            old_status,
            new_status,
            note or ("registered" if old_status is None else ""),
        )
    return agreement.id


def warnings(db: Database, data: AgreementData) -> list[FieldProblem]:
    """Cross-record checks the clerk confirms before saving (``rules.agreement_warnings``), only for what this
    edit changes: the registration number, the signing date, the expiry."""
    with db.read() as session:
        stored = session.get(Agreement, data.id) if data.id is not None else None
        reg_changed = stored is None or stored.reg_number != clean(data.reg_number)
        signed_changed = stored is None or stored_day(stored.signed_on) != data.signed_on
        expiry_changed = stored is None or stored_day(stored.expiry) != data.expiry
        similar = (
            similar_in(session, Agreement.reg_number, Agreement.id, data.reg_number, data.id) if reg_changed else []
        )
        dated: list[Dated] = []
        established: list[Dated] = []
        if data.id is not None and ((signed_changed and data.signed_on) or (expiry_changed and data.expiry)):
            dated = [
                Dated(ref, stored_day(due), is_open(status))
                for ref, due, status in session.execute(
                    select(Commitment.ref, Commitment.due_date, Commitment.status).where(
                        Commitment.agreement_id == data.id, Commitment.due_date.is_not(None)
                    )
                )
            ]
        if data.id is not None and signed_changed and data.signed_on:
            established = [
                Dated(name, stored_day(on))
                for name, on in session.execute(
                    select(Body.name, Body.established_on).where(
                        Body.established_by_id == data.id, Body.established_on.is_not(None)
                    )
                )
            ]
    return agreement_warnings(
        signed_on=data.signed_on if signed_changed else None,
        expiry=data.expiry if expiry_changed else None,
        commitments=dated,
        established_bodies=established,
        similar_reg_numbers=similar,
    )


def change_status(db: Database, agreement_id: int, to_status: str, note: str, version: int | None = None) -> None:
    access.require(db, Action.EDIT)
    new_status = parse_enum(AgreementStatus, to_status, "status").value
    with db.write() as session:
        agreement = load(session, Agreement, agreement_id, "agreement")
        check_version(agreement, version, "agreement")
        problems = agreement_status_change_problems(agreement.status, new_status, note, must_change=True)
        # The same dates the edit form requires: "signed" without a signing date is refused here too.
        problems += agreement_status_requirements(new_status, agreement.signed_on, agreement.entry_into_force)
        if problems:
            raise ValidationError(problems)
        history.record(session, HistoryEntity.AGREEMENT, agreement_id, agreement.status, new_status, note)
        agreement.status = new_status
        agreement.updated_at = utc_now()


def get(db: Database, agreement_id: int) -> AgreementData:
    with db.read() as session:
        a = load(session, Agreement, agreement_id, "agreement")
        party_ids = list(session.scalars(select(AgreementParty.party_id).where(AgreementParty.agreement_id == a.id)))
        people = session.scalars(
            select(Signatory).where(Signatory.agreement_id == a.id).order_by(Signatory.sort_order)
        ).all()
        return AgreementData(
            reg_number=a.reg_number,
            title=a.title,
            kind=a.kind,
            status=a.status,
            party_ids=party_ids,
            signatories=[PersonData(p.name, p.position, p.party_id) for p in people],
            signed_on=a.signed_on,
            place=a.place,
            entry_into_force=a.entry_into_force,
            expiry=a.expiry,
            summary=a.summary,
            source_ref=a.source_ref,
            title_ru=a.title_ru,
            title_kk=a.title_kk,
            title_zh=a.title_zh,
            id=a.id,
            version=a.version,
        )


def party_names_by_agreement(session: Session) -> dict[int, str]:
    rows = session.execute(
        select(AgreementParty.agreement_id, func.coalesce(func.nullif(Party.short_name, ""), Party.name))
        .join(Party, Party.id == AgreementParty.party_id)
        .order_by(AgreementParty.agreement_id, Party.name)
    ).all()
    names: dict[int, list[str]] = {}
    for agreement_id, name in rows:
        names.setdefault(agreement_id, []).append(name)
    return {k: ", ".join(v) for k, v in names.items()}


def list_rows(db: Database) -> list[AgreementRow]:
    with db.read() as session:
        parties = party_names_by_agreement(session)
        counts = dict(
            session.execute(select(Commitment.agreement_id, func.count()).group_by(Commitment.agreement_id)).all()
        )
        rows = session.execute(
            select(
                Agreement.id,
                Agreement.reg_number,
                Agreement.title,
                Agreement.kind,
                Agreement.status,
                Agreement.signed_on,
                Agreement.place,
                Agreement.entry_into_force,
                Agreement.expiry,
                Agreement.search_text,
            ).order_by(Agreement.signed_on.desc(), Agreement.reg_number)
        ).all()
    return [
        AgreementRow(
            r.id,
            r.reg_number,
            r.title,
            r.kind,
            r.status,
            r.signed_on,
            r.place,
            r.entry_into_force,
            r.expiry,
            parties.get(r.id, ""),
            counts.get(r.id, 0),
            r.search_text + " " + parties.get(r.id, "").casefold(),
        )
        for r in rows
    ]


def delete(db: Database, agreement_id: int) -> None:
    access.require(db, Action.DELETE)
    with db.write() as session:
        agreement = load(session, Agreement, agreement_id, "agreement")
        commitments = session.scalar(select(func.count()).where(Commitment.agreement_id == agreement_id))
        bodies = session.scalar(select(func.count()).where(Body.established_by_id == agreement_id))
        uses = [
            Message("%n commitment(s)", n=commitments or 0) if commitments else None,
            Message("%n body(-ies) it established", n=bodies or 0) if bodies else None,
        ]
        if any(uses):
            used = joined([u for u in uses if u is not None])
            raise InUseError(Message("“{0}” cannot be deleted: {1} refer to it.", agreement.reg_number, used))
        session.delete(agreement)


def undo_edit(db: Database, before: AgreementData, version_after: int) -> None:
    """Save ``before`` again over the edit that left the record at ``version_after`` (Ctrl+Z in the window).

    Refused, naming the record, when someone changed it since (its version moved on).
    """
    access.require(db, Action.EDIT)
    with db.write() as session:
        current = load(session, Agreement, before.id, "agreement")
        check_undo(current, version_after, "agreement", current.reg_number)
        save_in(session, replace(before, version=version_after))
