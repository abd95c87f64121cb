"""Reading the audit trail the database writes (desktop/storage/audit.py) and checking it is intact."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import or_
from sqlmodel import col, select

from desktop.domain.audit_words import EMPTY, field_word, value_word
from desktop.domain.messages import Message
from desktop.domain.models import AuditEntry
from desktop.domain.roles import Action
from desktop.services import access
from desktop.storage import audit
from desktop.storage.database import Database

# Kinds of record a user filters by, as the tables that hold them.
KINDS: dict[str, tuple[str, ...]] = {
    "agreement": ("agreement", "agreement_party", "signatory"),
    "body": ("body", "body_party", "co_chair"),
    "commitment": ("commitment",),
    "party": ("party",),
    "status_change": ("status_change",),
    "deadline_extension": ("deadline_extension",),
    "trash": ("trash",),
}


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class TrailRow:
    id: int
    at: datetime
    who: str
    table: str
    record_id: str
    reference: str
    action: str
    changes: tuple[FieldChange, ...]


def _row(entry: AuditEntry) -> TrailRow:
    try:
        parsed = json.loads(entry.changes or "{}")
    except ValueError:
        parsed = {}
    changes = tuple(
        FieldChange(name, pair[0], pair[1])
        for name, pair in parsed.items()
        if isinstance(pair, list) and len(pair) == 2 and name not in ("id", "created_at")
    )
    assert entry.id is not None
    return TrailRow(
        entry.id, entry.at, entry.who, entry.table_name, entry.record_id, entry.reference, entry.action, changes
    )


def trail(
    db: Database,
    *,
    who: str = "",
    since: date | None = None,
    until: date | None = None,
    kind: str = "",
    tables: tuple[str, ...] = (),
    record_id: str = "",
    text: str = "",
    limit: int = 5000,
) -> list[TrailRow]:
    """The trail, newest first, filtered by author (substring), dates (inclusive, UTC), kind of record or
    tables, one record, and text in the reference or the changed values."""
    query = select(AuditEntry).order_by(col(AuditEntry.id).desc()).limit(limit)
    if who:
        query = query.where(col(AuditEntry.who).ilike(f"%{who}%"))
    if since is not None:
        query = query.where(col(AuditEntry.at) >= datetime.combine(since, time(), UTC))
    if until is not None:
        query = query.where(col(AuditEntry.at) < datetime.combine(until + timedelta(days=1), time(), UTC))
    wanted = KINDS.get(kind, (kind,)) if kind else tables
    if wanted:
        query = query.where(col(AuditEntry.table_name).in_(wanted))
    if record_id:
        query = query.where(AuditEntry.record_id == record_id)
    if text:
        pattern = f"%{text}%"
        query = query.where(or_(col(AuditEntry.reference).ilike(pattern), col(AuditEntry.changes).ilike(pattern)))
    with db.read() as session:
        return [_row(e) for e in session.exec(query).all()]


def record_changes(db: Database, table: str, record_id: int) -> list[TrailRow]:
    """One record's changes, newest first; a commitment's or an agreement's with its status changes (those
    whose reference is the record's current reference)."""
    rows = trail(db, tables=(table,), record_id=str(record_id))
    if table in ("commitment", "agreement") and rows:
        current = rows[0].reference
        history = [r for r in trail(db, tables=("status_change",), text=current) if r.reference == current]
        rows = sorted(rows + history, key=lambda r: r.id, reverse=True)
    links = LINKED.get(table)
    if links and rows:
        # Its parties and people: link rows whose reference is "<record> / party" or "<record>: person".
        current = rows[0].reference
        linked = [
            r
            for r in trail(db, tables=links, text=current)
            if r.reference.startswith((f"{current} / ", f"{current}: "))
        ]
        rows = sorted({r.id: r for r in rows + linked}.values(), key=lambda r: r.id, reverse=True)
    return rows


# The rows that belong to a record's page besides its own: an agreement's parties and signatories, a body's
# parties and co-chairs.
LINKED: dict[str, tuple[str, ...]] = {
    "agreement": ("agreement_party", "signatory"),
    "body": ("body_party", "co_chair"),
}


@dataclass(frozen=True)
class AuditLine:
    """One line as people read the trail: a changed field's label, its old and new value in words.

    ``order`` sorts lines newest first and, within one change, in the order of its fields."""

    order: int
    entry: TrailRow
    field: Message
    old: Message
    new: Message


_CREATED = Message("(created)")
_DELETED = Message("(deleted)")


def _summary(changes: tuple[FieldChange, ...], new: bool) -> Message:
    """ "Title: …; Due date: …" — a created or deleted record's values."""
    parts = [
        Message("{0}: {1}", field_word(c.field), value_word(c.field, c.new if new else c.old))
        for c in changes
        if (c.new if new else c.old) not in (None, "")
    ]
    if not parts:
        return EMPTY
    result = parts[-1]
    for part in reversed(parts[:-1]):
        result = Message("{0}; {1}", part, result)
    return result


def lines_of(row: TrailRow, *, values: bool = True) -> list[tuple[Message, Message, Message]]:
    """(field, old, new) in words for one trail row. A new status-history entry reads as the status it set;
    a created or deleted record as one line, with its values when ``values``."""
    if row.table == "status_change" and row.action == "insert":
        fields = {c.field: c.new for c in row.changes}
        to_status = value_word("status", fields.get("to_status"))
        imported_by = fields.get("imported_by")
        if imported_by not in (None, ""):
            # History carried from a workbook: the file's stated author, written into the register by the
            # importer (the trail row's own who and when), never native history.
            to_status = Message(
                "{0} (imported history, stated author: {1})", to_status, str(fields.get("changed_by") or "")
            )
        return [(field_word("status"), value_word("status", fields.get("from_status")), to_status)]
    if row.action == "insert":
        return [(_CREATED, EMPTY, _summary(row.changes, True) if values else EMPTY)]
    if row.action == "delete":
        return [(_DELETED, _summary(row.changes, False) if values else EMPTY, EMPTY)]
    return [(field_word(c.field), value_word(c.field, c.old), value_word(c.field, c.new)) for c in row.changes]


def lines(rows: list[TrailRow], *, values: bool = True) -> list[AuditLine]:
    """The trail rows as lines, one per changed field, newest first."""
    result: list[AuditLine] = []
    for row in rows:
        described = lines_of(row, values=values)
        for index, (field, old, new) in enumerate(described):
            result.append(AuditLine(row.id * 1000 + (999 - min(index, 999)), row, field, old, new))
    return result


def record_trail(
    db: Database,
    *,
    table: str = "",
    record_id: int | None = None,
    who: str = "",
    since: date | None = None,
    until: date | None = None,
    kind: str = "",
    text: str = "",
    limit: int = 5000,
) -> list[AuditLine]:
    """The Audit page's lines: the whole trail filtered, or one record's changes (``table`` and
    ``record_id``: the record with its status history) filtered the same way."""
    if table and record_id is not None:
        rows = [
            r
            for r in record_changes(db, table, record_id)
            if (not who or who.casefold() in r.who.casefold())
            and (since is None or r.at >= datetime.combine(since, time(), UTC))
            and (until is None or r.at < datetime.combine(until + timedelta(days=1), time(), UTC))
            and (
                not text
                or text.casefold()
                in (
                    r.reference + json.dumps([c.__dict__ for c in r.changes], default=str, ensure_ascii=False)
                ).casefold()
            )
        ][:limit]
    else:
        access.require(db, Action.AUDIT)  # the whole register's trail: managers and admins
        rows = trail(db, who=who, since=since, until=until, kind=kind, text=text, limit=limit)
    return lines(rows)


def last_change(db: Database, table: str, record_id: int) -> TrailRow | None:
    """Who last wrote a record and when (the newest trail row of its own table), None if never recorded."""
    rows = trail(db, tables=(table,), record_id=str(record_id), limit=1)
    return rows[0] if rows else None


@dataclass(frozen=True)
class TrailCheck:
    rows: int
    first_broken: int | None


def check(db: Database) -> TrailCheck:
    """Recompute the hash chain; ``first_broken`` names the first row that is not intact."""
    result = audit.verify_chain(db.engine)
    return TrailCheck(result.rows, result.first_broken)


def check_target(target: str | Path) -> TrailCheck:
    """The trail check of a register by its ``--db`` value (the command line's ``check``). Reads only: the
    register is not migrated (one from before the trail has none to check)."""
    from sqlalchemy import inspect

    from desktop.storage.engine import make_engine
    from desktop.storage.location import register_target

    engine = make_engine(register_target(target))
    try:
        if not inspect(engine).has_table("audit_log"):
            return TrailCheck(0, None)
        result = audit.verify_chain(engine)
        return TrailCheck(result.rows, result.first_broken)
    finally:
        engine.dispose()
