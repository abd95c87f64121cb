"""Use cases for parties: states and organisations."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select

from desktop.domain.enums import PartyKind, parse_enum
from desktop.domain.errors import FieldError, InUseError, ValidationError
from desktop.domain.messages import Message, joined
from desktop.domain.models import AgreementParty, BodyParty, CoChair, Commitment, Party, Signatory
from desktop.domain.roles import Action
from desktop.domain.rules import PARTY_SEARCH_FIELDS, Checker, search_text
from desktop.domain.types import utc_now
from desktop.services import access
from desktop.services.common import check_undo, check_version, clean, load
from desktop.services.records import PartyData, PartyRow
from desktop.storage.database import Database


def validate(data: PartyData) -> None:
    check = Checker()
    check.required("name", clean(data.name))
    check.max_length("name", data.name, 300)
    check.max_length("short_name", data.short_name, 60)
    kind: PartyKind | None = None
    try:
        kind = parse_enum(PartyKind, data.kind, "kind")
    except FieldError as exc:
        check.problems.extend(exc.problems)
    code = clean(data.country_code)
    # ISO codes are Latin letters: "ҚЗ" typed on a Kazakh layout passes isalpha() but is no code.
    if code and not (code.isascii() and code.isalpha() and len(code) in (2, 3)):
        check.add("country_code", Message("use the two- or three-letter ISO code, for example {0} or {1}", "KZ", "CHN"))
    if kind is PartyKind.STATE and not code:
        check.add("country_code", Message("a state needs its ISO country code"))
    check.raise_if_any()


def _apply(party: Party, data: PartyData) -> None:
    party.name = clean(data.name)
    party.short_name = clean(data.short_name)
    party.kind = parse_enum(PartyKind, data.kind, "kind").value
    party.country_code = clean(data.country_code).upper()
    party.name_ru = clean(data.name_ru)
    party.name_kk = clean(data.name_kk)
    party.name_zh = clean(data.name_zh)
    party.search_text = search_text(PARTY_SEARCH_FIELDS, party)
    party.updated_at = utc_now()


def apply_data(party: Party, data: PartyData) -> None:
    """Copy a validated record onto a row (used by the demo loader inside its own transaction)."""
    _apply(party, data)


def save(db: Database, data: PartyData) -> int:
    access.require(db, Action.PARTIES)
    validate(data)
    with db.write() as session:
        # Compared casefolded in Python: SQLite's lower() folds ASCII only, so "ҚАЗАҚСТАН" and
        # "қазақстан" would both get in. The party table is small.
        wanted = clean(data.name).casefold()
        others = session.execute(select(Party.id, Party.name).where(Party.id != (data.id or -1))).all()
        if any(name.casefold() == wanted for _, name in others):
            raise ValidationError([FieldError("name", Message("another party already has this name")).problems[0]])
        party = Party(name="") if data.id is None else load(session, Party, data.id, "party")
        renamed = False
        if data.id is not None:
            check_version(party, data.version, "party", party.name)
            renamed = party.name != clean(data.name)
        _apply(party, data)
        session.add(party)
        session.flush()
        assert party.id is not None
        if renamed:
            from desktop.services.commitments import refresh_search_text

            refresh_search_text(session, party_id=party.id)
        return party.id


def get(db: Database, party_id: int) -> PartyData:
    with db.read() as session:
        p = load(session, Party, party_id, "party")
        return PartyData(p.name, p.short_name, p.kind, p.country_code, p.name_ru, p.name_kk, p.name_zh, p.id, p.version)


def list_rows(db: Database) -> list[PartyRow]:
    with db.read() as session:
        rows = session.execute(
            select(
                Party.id,
                Party.name,
                Party.short_name,
                Party.kind,
                Party.country_code,
                Party.name_ru,
                Party.name_kk,
                Party.name_zh,
                Party.search_text,
            ).order_by(Party.name)
        ).all()
    return [PartyRow(*row) for row in rows]


def delete(db: Database, party_id: int) -> None:
    access.require(db, Action.PARTIES)
    with db.write() as session:
        party = load(session, Party, party_id, "party")
        agreements = session.scalar(select(func.count()).where(AgreementParty.party_id == party_id)) or 0
        bodies = session.scalar(select(func.count()).where(BodyParty.party_id == party_id)) or 0
        commitments = session.scalar(select(func.count()).where(Commitment.party_id == party_id)) or 0
        signatories = session.scalar(select(func.count()).where(Signatory.party_id == party_id)) or 0
        co_chairs = session.scalar(select(func.count()).where(CoChair.party_id == party_id)) or 0
        found = (
            Message("%n agreement(s)", n=agreements) if agreements else None,
            Message("%n body(-ies)", n=bodies) if bodies else None,
            Message("%n commitment(s)", n=commitments) if commitments else None,
            Message("%n signatory(-ies)", n=signatories) if signatories else None,
            Message("%n co-chair(s)", n=co_chairs) if co_chairs else None,
        )
        uses = [use for use in found if use is not None]
        if uses:
            raise InUseError(Message("“{0}” cannot be deleted: it is used by {1}.", party.name, joined(uses)))
        session.delete(party)


def undo_edit(db: Database, before: PartyData, version_after: int) -> None:
    """Save ``before`` again over the edit that left the record at ``version_after`` (Ctrl+Z in the window).

    Refused, naming the record, when someone changed it since (its version moved on).
    """
    access.require(db, Action.PARTIES)
    with db.read() as session:
        current = load(session, Party, before.id, "party")
        check_undo(current, version_after, "party", current.name)
    save(db, replace(before, version=version_after))
