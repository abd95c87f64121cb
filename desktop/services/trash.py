"""Deleting moves a record to the Trash; it can be restored from there for 90 days, then it is purged.

A trash entry holds the record's rows and its own rows (party links, signatories, co-chairs, status
history) and, when the clerk agreed, its dependant commitments with their history — parents first,
so a restore inserts them back with their ids, in one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from desktop.domain.errors import InUseError, KelisimError, NotFoundError
from desktop.domain.messages import Message, joined
from desktop.domain.models import (
    Agreement,
    AgreementParty,
    Attachment,
    Body,
    BodyParty,
    CoChair,
    Commitment,
    CommitmentPerson,
    DeadlineExtension,
    ExecutionReport,
    InterimReport,
    Party,
    Signatory,
    StatusChange,
    TrashEntry,
)
from desktop.domain.roles import Action
from desktop.domain.rules import TRASH_DAYS, trash_expires
from desktop.domain.types import utc_now
from desktop.services import access, attachments
from desktop.services.common import current_user, load
from desktop.storage.database import Database


def _table(model: Any) -> Table:
    return model.__table__  # type: ignore[no-any-return]


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"dt": value.isoformat()}
    if isinstance(value, date):
        return {"d": value.isoformat()}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        if "dt" in value:
            return datetime.fromisoformat(value["dt"])
        if "d" in value:
            return date.fromisoformat(value["d"])
    return value


def _take(session: Session, rows: list[dict[str, Any]], model: Any, condition: Any) -> None:
    """Add the rows of ``model`` matching ``condition`` to ``rows`` (as JSON-ready dicts)."""
    table = _table(model)
    for row in session.execute(select(table).where(condition)).mappings():
        rows.append({"table": table.name, "values": {k: _encode(v) for k, v in row.items()}})


def _commitment_rows(session: Session, rows: list[dict[str, Any]], condition: Any) -> list[int]:
    ids = [i for i in session.scalars(select(Commitment.id).where(condition)) if i is not None]
    if ids:
        _take(session, rows, Commitment, Commitment.id.in_(ids))
        _take(session, rows, StatusChange, StatusChange.commitment_id.in_(ids))
        _take(session, rows, DeadlineExtension, DeadlineExtension.commitment_id.in_(ids))
        _take(session, rows, CommitmentPerson, CommitmentPerson.commitment_id.in_(ids))
        _take(session, rows, ExecutionReport, ExecutionReport.commitment_id.in_(ids))
        _take(session, rows, InterimReport, InterimReport.commitment_id.in_(ids))
        # Files on the commitments and their reports: the links (the content stays while the entry holds them).
        _take(session, rows, Attachment, Attachment.commitment_id.in_(ids))
    return ids


def _remove(session: Session, rows: list[dict[str, Any]]) -> None:
    """Delete the collected rows, children first."""
    tables = {t.name: t for t in (_table(m) for m in _MODELS)}
    for row in reversed(rows):
        table = tables[row["table"]]
        pk = [c for c in table.primary_key.columns]
        session.execute(delete(table).where(*(c == row["values"][c.name] for c in pk)))


_MODELS = (
    Party,
    Agreement,
    AgreementParty,
    Signatory,
    Body,
    BodyParty,
    CoChair,
    Commitment,
    StatusChange,
    DeadlineExtension,
    CommitmentPerson,
    ExecutionReport,
    InterimReport,
    Attachment,
)


@dataclass(frozen=True)
class Dependants:
    """What a delete would take along (commitments) and what forbids it (``blocking``, in words)."""

    commitments: int
    blocking: Message | None


def dependants(db: Database, entity: str, record_id: int) -> Dependants:
    with db.read() as session:
        return _dependants(session, entity, record_id)


def _dependants(session: Session, entity: str, record_id: int) -> Dependants:
    def count(condition: Any) -> int:
        return int(session.scalar(select(func.count()).where(condition)) or 0)

    if entity == "agreement":
        bodies = count(Body.established_by_id == record_id)
        blocking = Message("%n bodies it established refer to it", n=bodies) if bodies else None
        return Dependants(count(Commitment.agreement_id == record_id), blocking)
    if entity == "body":
        children = count(Body.parent_id == record_id)
        blocking = Message("it has %n sub-bodies", n=children) if children else None
        return Dependants(count(Commitment.body_id == record_id), blocking)
    if entity == "party":
        counts = (
            (count(AgreementParty.party_id == record_id), "%n agreements"),
            (count(BodyParty.party_id == record_id), "%n bodies"),
            (count(Commitment.party_id == record_id), "%n commitments"),
            (count(Signatory.party_id == record_id), "%n signatories"),
            (count(CoChair.party_id == record_id), "%n co-chairs"),
        )
        uses = [_counted(what, n) for n, what in counts if n]
        return Dependants(0, Message("it is used by {0}", joined(uses)) if uses else None)
    return Dependants(0, None)


def _counted(what: str, n: int) -> Message:
    # Literal texts, so the catalogue extraction sees each one.
    texts = {
        "%n agreements": Message("%n agreements", n=n),
        "%n bodies": Message("%n bodies", n=n),
        "%n commitments": Message("%n commitments", n=n),
        "%n signatories": Message("%n signatories", n=n),
        "%n co-chairs": Message("%n co-chairs", n=n),
    }
    return texts[what]


def move_to_trash(db: Database, *, entity: str, record_id: int, with_dependants: bool = False) -> int:
    """Move the record (and, with ``with_dependants``, its commitments) to the Trash; returns the entry's id."""
    access.require(db, Action.DELETE)
    with db.write() as session:
        return move_to_trash_in(session, entity=entity, record_id=record_id, with_dependants=with_dependants)


def move_to_trash_in(session: Session, *, entity: str, record_id: int, with_dependants: bool = False) -> int:
    deps = _dependants(session, entity, record_id)
    rows: list[dict[str, Any]] = []
    if entity == "commitment":
        c = load(session, Commitment, record_id, "commitment")
        label = f"{c.ref} — {c.title}"
        _commitment_rows(session, rows, Commitment.id == record_id)
    elif entity == "agreement":
        a = load(session, Agreement, record_id, "agreement")
        label = f"{a.reg_number} — {a.title}"
        if deps.blocking:
            raise InUseError(Message("“{0}” cannot be deleted: {1}.", a.reg_number, deps.blocking))
        if deps.commitments and not with_dependants:
            raise InUseError(
                Message("“{0}” cannot be deleted: %n commitments refer to it.", a.reg_number, n=deps.commitments)
            )
        _take(session, rows, Agreement, Agreement.id == record_id)
        _take(session, rows, AgreementParty, AgreementParty.agreement_id == record_id)
        _take(session, rows, Signatory, Signatory.agreement_id == record_id)
        _take(session, rows, StatusChange, StatusChange.agreement_id == record_id)
        _take(session, rows, Attachment, Attachment.agreement_id == record_id)
        _commitment_rows(session, rows, Commitment.agreement_id == record_id)
    elif entity == "body":
        b = load(session, Body, record_id, "body")
        label = b.name
        if deps.blocking:
            raise InUseError(Message("“{0}” cannot be deleted: {1}.", b.name, deps.blocking))
        if deps.commitments and not with_dependants:
            raise InUseError(Message("“{0}” cannot be deleted: it has %n commitments.", b.name, n=deps.commitments))
        _take(session, rows, Body, Body.id == record_id)
        _take(session, rows, BodyParty, BodyParty.body_id == record_id)
        _take(session, rows, CoChair, CoChair.body_id == record_id)
        _commitment_rows(session, rows, Commitment.body_id == record_id)
    elif entity == "party":
        p = load(session, Party, record_id, "party")
        label = p.name
        if deps.blocking:
            raise InUseError(Message("“{0}” cannot be deleted: {1}.", p.name, deps.blocking))
        _take(session, rows, Party, Party.id == record_id)
    else:
        raise KelisimError(Message("unknown kind of record: {0}", entity))
    entry = TrashEntry(
        entity=entity,
        record_id=record_id,
        label=label[:1200],
        payload=json.dumps({"rows": rows}, ensure_ascii=False),
        deleted_at=utc_now(),
        deleted_by=current_user(session),
    )
    session.add(entry)
    _remove(session, rows)
    session.flush()
    assert entry.id is not None
    return entry.id


@dataclass(frozen=True)
class TrashRow:
    id: int
    entity: str
    record_id: int
    label: str
    deleted_at: datetime
    deleted_by: str
    expires: datetime
    commitments: int
    search_text: str


def list_rows(db: Database, now: datetime | None = None) -> list[TrashRow]:
    """What the Trash holds, newest first; entries older than 90 days are purged first."""
    if access.allowed(db, Action.TRASH):  # a clerk's list leaves the expired entries to a manager
        purge(db, now)
    with db.read() as session:
        entries = session.scalars(select(TrashEntry).order_by(TrashEntry.deleted_at.desc())).all()
        out = []
        for e in entries:
            rows = json.loads(e.payload).get("rows", [])
            commitments = sum(1 for r in rows if r["table"] == "commitment")
            if e.entity == "commitment":
                commitments = 0
            out.append(
                TrashRow(
                    e.id or 0,
                    e.entity,
                    e.record_id,
                    e.label,
                    e.deleted_at,
                    e.deleted_by,
                    trash_expires(e.deleted_at),
                    commitments,
                    f"{e.label} {e.deleted_by}".casefold(),
                )
            )
        return out


def purge(db: Database, now: datetime | None = None) -> int:
    """Delete the entries deleted more than 90 days ago for good; returns how many."""
    access.require(db, Action.TRASH)
    now = now or utc_now()
    with db.write() as session:
        expired = [
            e.id
            for e in session.scalars(select(TrashEntry)).all()
            if trash_expires(e.deleted_at) <= now and e.id is not None
        ]
        if expired:
            session.execute(delete(_table(TrashEntry)).where(_table(TrashEntry).c.id.in_(expired)))
            session.flush()
            attachments.drop_unused_in(session)  # files only a purged entry still held
        return len(expired)


def restore(db: Database, trash_id: int) -> tuple[str, int]:
    """Put the entry's rows back as they were; returns (entity, record id)."""
    access.require(db, Action.TRASH)
    tables = {t.name: t for t in (_table(m) for m in _MODELS)}
    with db.write() as session:
        entry = session.get(TrashEntry, trash_id)
        if entry is None:
            raise NotFoundError(Message("trash entry #{0} no longer exists (restored or purged already?)", trash_id))
        rows: Sequence[dict[str, Any]] = json.loads(entry.payload).get("rows", [])
        try:
            with session.begin_nested():
                for row in rows:
                    values = {k: _decode(v) for k, v in row["values"].items()}
                    session.execute(insert(tables[row["table"]]).values(**values))
        except IntegrityError as exc:
            raise KelisimError(
                Message(
                    "“{0}” cannot be restored: a record it needs is gone, or another record now has its "
                    "reference or name ({1}).",
                    entry.label,
                    str(exc.orig),
                )
            ) from exc
        entity, record_id = entry.entity, entry.record_id
        session.delete(entry)
        return entity, record_id


__all__ = ["TRASH_DAYS", "Dependants", "TrashRow", "dependants", "list_rows", "move_to_trash", "purge", "restore"]
