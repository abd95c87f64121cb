"""Use cases for bodies: committees, subcommittees and working groups, as a tree."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import delete as sql_delete
from sqlalchemy import func, select
from sqlmodel import Session

from desktop.domain.enums import BodyKind, parse_enum
from desktop.domain.errors import FieldError, FieldProblem, InUseError, ValidationError
from desktop.domain.messages import Message, joined
from desktop.domain.models import Agreement, Body, BodyParty, CoChair, Commitment, Party
from desktop.domain.roles import Action
from desktop.domain.rules import (
    BODY_SEARCH_FIELDS,
    Checker,
    Dated,
    body_warnings,
    descendants,
    name_key,
    open_clause,
    parent_problem,
    search_text,
)
from desktop.domain.types import utc_now
from desktop.services import access
from desktop.services.common import check_undo, check_version, clean, load, stored_day
from desktop.services.records import BodyData, BodyRow, PersonData
from desktop.storage.database import Database


def validate(data: BodyData) -> None:
    check = Checker()
    check.required("name", clean(data.name))
    check.max_length("name", data.name, 500)
    kind: BodyKind | None = None
    try:
        kind = parse_enum(BodyKind, data.kind, "kind")  # parsed: a typed "Subcommittee" is one too
    except FieldError as exc:
        check.problems.extend(exc.problems)
    if kind is BodyKind.SUBCOMMITTEE and data.parent_id is None:
        check.add("parent_id", Message("a subcommittee belongs to a parent committee"))
    if not data.active and data.dissolved_on is None:
        check.add("dissolved_on", Message("a dissolved body needs its dissolution date"))
    if data.active and data.dissolved_on is not None:
        check.add("dissolved_on", Message("an active body has no dissolution date"))
    if data.established_on and data.dissolved_on and data.dissolved_on < data.established_on:
        check.add("dissolved_on", Message("cannot be before the date the body was established"))
    for index, person in enumerate(data.co_chairs, start=1):
        if not clean(person.name):
            check.add("co_chairs", Message("co-chair {0} has no name", index))
    check.raise_if_any()


def warnings(db: Database, data: BodyData) -> list[FieldProblem]:
    """Cross-record checks the clerk confirms before saving (``rules.body_warnings``), only for what this edit
    changes: the name, the establishment date or the parent, the dissolution."""
    with db.read() as session:
        stored = session.get(Body, data.id) if data.id is not None else None
        name_changed = stored is None or name_key(stored.name) != name_key(data.name)
        moved = stored is None or stored.parent_id != data.parent_id
        established_changed = moved or stored is None or stored_day(stored.established_on) != data.established_on
        dissolving = not data.active and (
            stored is None or stored.active or stored_day(stored.dissolved_on) != data.dissolved_on
        )
        same_names: list[str] = []
        if name_changed and name_key(data.name):
            wanted = name_key(data.name)
            same_names = [
                name
                for name in session.scalars(select(Body.name).where(Body.id != (data.id or -1)))
                if name_key(name) == wanted
            ]
        parent: Dated | None = None
        if data.parent_id is not None and (established_changed or moved):
            found = session.get(Body, data.parent_id)
            if found is not None:
                parent = Dated(found.name, stored_day(found.established_on), found.active)
        open_count = 0
        active_children: list[str] = []
        if dissolving and data.id is not None:
            open_count = int(
                session.scalar(
                    select(func.count()).where(Commitment.body_id == data.id, open_clause(Commitment.status))
                )
                or 0
            )
            active_children = list(
                session.scalars(select(Body.name).where(Body.parent_id == data.id, Body.active.is_(True)))
            )
    return body_warnings(
        same_names=same_names,
        established_on=data.established_on if established_changed else None,
        parent=parent,
        moved=moved and data.active,
        dissolving=dissolving,
        open_commitments=open_count,
        active_sub_bodies=active_children,
    )


def parent_map(session: Session) -> dict[int, int | None]:
    return {
        body_id: parent_id
        for body_id, parent_id in session.execute(select(Body.id, Body.parent_id))
        if body_id is not None
    }


def with_descendants(db: Database, body_id: int) -> set[int]:
    with db.read() as session:
        return {body_id, *descendants(body_id, parent_map(session))}


def save(db: Database, data: BodyData) -> int:
    access.require(db, Action.EDIT)
    validate(data)
    with db.write() as session:
        return save_in(session, data)


def save_in(session: Session, data: BodyData) -> int:
    problem = parent_problem(data.id, data.parent_id, parent_map(session))
    if problem:
        raise FieldError("parent_id", problem)
    if data.parent_id is not None and session.get(Body, data.parent_id) is None:
        raise FieldError("parent_id", Message("the parent body no longer exists"))
    if data.established_by_id is not None:
        agreement = session.get(Agreement, data.established_by_id)
        if agreement is None:
            raise FieldError("established_by_id", Message("the establishing agreement no longer exists"))
        if data.established_on and agreement.signed_on and data.established_on < agreement.signed_on:
            raise FieldError("established_on", Message("cannot be before the establishing agreement was signed"))
    if data.id is None:
        body = Body(name="")
    else:
        body = load(session, Body, data.id, "body")
        check_version(body, data.version, "body", body.name)
    renamed = data.id is not None and body.name != clean(data.name)
    body.name = clean(data.name)
    body.name_ru, body.name_kk, body.name_zh = clean(data.name_ru), clean(data.name_kk), clean(data.name_zh)
    body.kind = parse_enum(BodyKind, data.kind, "kind").value
    body.parent_id = data.parent_id
    body.established_by_id = data.established_by_id
    body.established_on = data.established_on
    body.active = data.active
    body.dissolved_on = data.dissolved_on
    body.notes = (data.notes or "").strip()
    body.search_text = search_text(BODY_SEARCH_FIELDS, body)
    body.updated_at = utc_now()
    session.add(body)
    session.flush()
    assert body.id is not None
    known = set(session.scalars(select(Party.id).where(Party.id.in_(data.party_ids))))
    if set(data.party_ids) - known:
        raise ValidationError([FieldError("parties", Message("a chosen party no longer exists")).problems[0]])
    session.execute(sql_delete(BodyParty).where(BodyParty.body_id == body.id))
    session.execute(sql_delete(CoChair).where(CoChair.body_id == body.id))
    for party_id in dict.fromkeys(data.party_ids):
        session.add(BodyParty(body_id=body.id, party_id=party_id))
    for order, person in enumerate(data.co_chairs):
        session.add(
            CoChair(
                body_id=body.id,
                name=clean(person.name),
                position=clean(person.position),
                party_id=person.party_id,
                sort_order=order,
            )
        )
    if renamed:
        from desktop.services.commitments import refresh_search_text

        refresh_search_text(session, body_id=body.id)
    return body.id


def get(db: Database, body_id: int) -> BodyData:
    with db.read() as session:
        b = load(session, Body, body_id, "body")
        party_ids = list(session.scalars(select(BodyParty.party_id).where(BodyParty.body_id == b.id)))
        chairs = session.scalars(select(CoChair).where(CoChair.body_id == b.id).order_by(CoChair.sort_order)).all()
        return BodyData(
            name=b.name,
            kind=b.kind,
            parent_id=b.parent_id,
            party_ids=party_ids,
            co_chairs=[PersonData(c.name, c.position, c.party_id) for c in chairs],
            established_by_id=b.established_by_id,
            established_on=b.established_on,
            active=b.active,
            dissolved_on=b.dissolved_on,
            notes=b.notes,
            name_ru=b.name_ru,
            name_kk=b.name_kk,
            name_zh=b.name_zh,
            id=b.id,
            version=b.version,
        )


def list_rows(db: Database) -> list[BodyRow]:
    """All bodies, each parent before its children, siblings by name."""
    with db.read() as session:
        party_rows = session.execute(
            select(BodyParty.body_id, func.coalesce(func.nullif(Party.short_name, ""), Party.name))
            .join(Party, Party.id == BodyParty.party_id)
            .order_by(Party.name)
        ).all()
        chair_rows = session.execute(select(CoChair.body_id, CoChair.name).order_by(CoChair.sort_order)).all()
        counts = dict(session.execute(select(Commitment.body_id, func.count()).group_by(Commitment.body_id)).all())
        rows = session.execute(
            select(
                Body.id,
                Body.name,
                Body.kind,
                Body.parent_id,
                Body.active,
                Agreement.reg_number,
                Body.established_on,
                Body.search_text,
                Body.name_ru,
                Body.name_kk,
                Body.name_zh,
            )
            .outerjoin(Agreement, Agreement.id == Body.established_by_id)
            .order_by(Body.name)
        ).all()
    parties: dict[int, list[str]] = {}
    for body_id, name in party_rows:
        parties.setdefault(body_id, []).append(name)
    chairs: dict[int, list[str]] = {}
    for body_id, name in chair_rows:
        chairs.setdefault(body_id, []).append(name)
    by_parent: dict[int | None, list[Any]] = {}
    for r in rows:
        by_parent.setdefault(r.parent_id, []).append(r)
    ordered: list[BodyRow] = []

    def visit(parent: int | None) -> None:
        for r in by_parent.get(parent, []):
            ordered.append(
                BodyRow(
                    r.id,
                    r.name,
                    r.kind,
                    r.parent_id,
                    r.active,
                    r.reg_number or "",
                    r.established_on,
                    ", ".join(parties.get(r.id, [])),
                    ", ".join(chairs.get(r.id, [])),
                    counts.get(r.id, 0),
                    r.search_text,
                    " / ".join(n for n in (r.name_kk, r.name_ru, r.name_zh) if n),
                )
            )
            visit(r.id)

    visit(None)
    return ordered


def delete(db: Database, body_id: int) -> None:
    access.require(db, Action.DELETE)
    with db.write() as session:
        body = load(session, Body, body_id, "body")
        children = session.scalar(select(func.count()).where(Body.parent_id == body_id))
        commitments = session.scalar(select(func.count()).where(Commitment.body_id == body_id))
        uses = [
            Message("%n sub-body(-ies)", n=children or 0) if children else None,
            Message("%n commitment(s)", n=commitments or 0) if commitments else None,
        ]
        if any(uses):
            has = joined([u for u in uses if u is not None])
            raise InUseError(Message("“{0}” cannot be deleted: it has {1}.", body.name, has))
        session.delete(body)


def undo_edit(db: Database, before: BodyData, version_after: int) -> None:
    """Save ``before`` again over the edit that left the record at ``version_after`` (Ctrl+Z in the window).

    Refused, naming the record, when someone changed it since (its version moved on).
    """
    access.require(db, Action.EDIT)
    with db.write() as session:
        current = load(session, Body, before.id, "body")
        check_undo(current, version_after, "body", current.name)
        save_in(session, replace(before, version=version_after))
