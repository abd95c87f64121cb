"""Use cases for parties: states and organisations."""

from __future__ import annotations

from sqlalchemy import func, select

from desktop.domain.enums import PartyKind, parse_enum
from desktop.domain.errors import FieldError, InUseError, ValidationError
from desktop.domain.models import AgreementParty, BodyParty, CoChair, Commitment, Party, Signatory
from desktop.domain.rules import Checker, fold
from desktop.domain.types import utc_now
from desktop.services.common import check_version, clean, load
from desktop.services.records import PartyData, PartyRow
from desktop.storage.database import Database


def validate(data: PartyData) -> None:
    check = Checker()
    check.required("name", clean(data.name))
    check.max_length("name", data.name, 300)
    check.max_length("short_name", data.short_name, 60)
    try:
        parse_enum(PartyKind, data.kind, "kind")
    except FieldError as exc:
        check.problems.extend(exc.problems)
    code = clean(data.country_code)
    if code and not (code.isalpha() and len(code) in (2, 3)):
        check.add("country_code", "use the two- or three-letter ISO code, for example KZ or CHN")
    if data.kind == PartyKind.STATE and not code:
        check.add("country_code", "a state needs its ISO country code")
    check.raise_if_any()


def _apply(party: Party, data: PartyData) -> None:
    party.name = clean(data.name)
    party.short_name = clean(data.short_name)
    party.kind = parse_enum(PartyKind, data.kind, "kind").value
    party.country_code = clean(data.country_code).upper()
    party.name_ru = clean(data.name_ru)
    party.name_kk = clean(data.name_kk)
    party.name_zh = clean(data.name_zh)
    party.search_text = fold(party.name, party.short_name, party.country_code, party.name_ru, party.name_kk,
                             party.name_zh)
    party.updated_at = utc_now()


def save(db: Database, data: PartyData) -> int:
    validate(data)
    with db.write() as session:
        duplicate = session.scalar(
            select(Party.id).where(func.lower(Party.name) == clean(data.name).lower(), Party.id != (data.id or -1))
        )
        if duplicate is not None:
            raise ValidationError([FieldError("name", "another party already has this name").problems[0]])
        party = Party() if data.id is None else load(session, Party, data.id, "party")
        if data.id is not None:
            check_version(party, data.version, "party", party.name)
        _apply(party, data)
        session.add(party)
        session.flush()
        assert party.id is not None
        return party.id


def get(db: Database, party_id: int) -> PartyData:
    with db.read() as session:
        p = load(session, Party, party_id, "party")
        return PartyData(p.name, p.short_name, p.kind, p.country_code, p.name_ru, p.name_kk, p.name_zh,
                         p.id, p.version)


def list_rows(db: Database) -> list[PartyRow]:
    with db.read() as session:
        rows = session.execute(
            select(Party.id, Party.name, Party.short_name, Party.kind, Party.country_code, Party.name_ru,
                   Party.name_kk, Party.name_zh, Party.search_text).order_by(Party.name)
        ).all()
    return [PartyRow(*row) for row in rows]


def delete(db: Database, party_id: int) -> None:
    with db.write() as session:
        party = load(session, Party, party_id, "party")
        uses = {
            "agreements": session.scalar(select(func.count()).where(AgreementParty.party_id == party_id)),
            "bodies": session.scalar(select(func.count()).where(BodyParty.party_id == party_id)),
            "commitments": session.scalar(select(func.count()).where(Commitment.party_id == party_id)),
            "signatories": session.scalar(select(func.count()).where(Signatory.party_id == party_id)),
            "co-chairs": session.scalar(select(func.count()).where(CoChair.party_id == party_id)),
        }
        used = ", ".join(f"{n} {what}" for what, n in uses.items() if n)
        if used:
            raise InUseError(f"'{party.name}' cannot be deleted: it is used by {used}.")
        session.delete(party)
