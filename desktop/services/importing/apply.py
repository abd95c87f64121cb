"""Applying an import: one transaction, bulk inserts, all of it or nothing.

The plan is rebuilt inside the write transaction (``BEGIN IMMEDIATE`` holds the write lock),
so it is checked against exactly the register it is written to. New rows go in with Core
``insert()`` over lists of dicts, ids assigned up front so references between new records
resolve without a flush per row (shared/notes/platform-traps.md: Core 0.9 s vs ORM 8 s for
100,000 rows). Updates carry ``version`` in their WHERE clause like the ORM would.
"""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy import CursorResult, func, insert, select, update
from sqlalchemy import delete as sql_delete
from sqlmodel import Session

from desktop.domain.errors import ConflictError, KelisimError
from desktop.domain.messages import Message, as_message
from desktop.domain.models import (
    Agreement,
    AgreementParty,
    Body,
    BodyParty,
    CoChair,
    Commitment,
    Party,
    Person,
    Signatory,
    StatusChange,
)
from desktop.domain.roles import Action
from desktop.domain.types import utc_now
from desktop.domain.words import imported_note
from desktop.services import access
from desktop.services.common import current_user
from desktop.services.importing import memory
from desktop.services.importing.mapping import (
    AGREEMENTS,
    BODIES,
    COMMITMENTS,
    PARTIES,
    PEOPLE,
    SheetMapping,
    auto_map,
)
from desktop.services.importing.plan import FAIL, ON_CONFLICT, SKIP, ImportPlan, New, Ref, build_plan, entity_word
from desktop.services.importing.plan_commitments import search_text_of
from desktop.services.importing.workbook import WorkbookData, read_workbook
from desktop.services.progress import Progress, no_progress
from desktop.storage import audit
from desktop.storage.database import Database

TABLES = {
    PARTIES: Party.__table__,
    AGREEMENTS: Agreement.__table__,
    BODIES: Body.__table__,
    COMMITMENTS: Commitment.__table__,
}
CHUNK = 5000
# The collector's first threshold while an import runs (Python's default is 700): a register's rows make millions of
# short-lived objects and the collector, run every 700 of them, took ~9 % of an import of 20,000 rows, freeing
# nothing. Every 10,000 it takes ~4 %; the cycles an import makes are still collected as it goes.
IMPORT_COLLECTION_THRESHOLD = 10_000


class ImportRejected(KelisimError):
    """Rows were rejected and the caller did not ask to skip them: nothing was written."""

    def __init__(self, plan: ImportPlan) -> None:
        shown: list[Message] = [as_message(p) for p in plan.problems] + [r.describe() for r in plan.rejections[:20]]
        more = len(plan.rejections) - 20
        if more > 0:
            shown.append(Message("… and %n more", n=more))
        rejected = Message("%n row(s) rejected", n=plan.rejected_rows)
        if plan.problems:
            rejected = Message("{0}, {1}", rejected, Message("%n sheet problem(s)", n=len(plan.problems)))
        message = Message("nothing was imported: {0}:", rejected)
        for line in shown:
            message = Message("{0}\n{1}", message, line)
        super().__init__(message)
        self.plan = plan


class ImportConflicts(KelisimError):
    """Rows for records the register changed since the file was written, and no say to take them."""

    def __init__(self, plan: ImportPlan) -> None:
        lines = [c.describe() for c in plan.unresolved_conflicts]
        message = Message(
            "nothing was imported: %n record(s) were changed in the register since {0} was written "
            "(register value, file value):",
            plan.source,
            n=len(lines),
        )
        for line in lines:
            message = Message("{0}\n{1}", message, line)
        message = Message(
            "{0}\n{1}",
            message,
            Message(
                "Keep the register's values for them (--on-conflict skip) or take the file's (--on-conflict overwrite)."
            ),
        )
        super().__init__(message)
        self.plan = plan


@dataclass
class ImportResult:
    plan: ImportPlan
    written: bool


def preview(
    db: Database,
    book: WorkbookData,
    mappings: list[SheetMapping] | None = None,
    progress: Progress = no_progress,
    *,
    on_conflict: str = SKIP,
    overwrite: frozenset[str] | set[str] = frozenset(),
) -> ImportPlan:
    """The plan against the register as it is now; writes nothing."""
    with _collected_less_often(), db.read() as session:
        return build_plan(
            session,
            book,
            mappings if mappings is not None else auto_map(book),
            progress=progress,
            on_conflict=on_conflict,
            overwrite=overwrite,
        )


def import_workbook(
    db: Database,
    source: WorkbookData | Path | str,
    *,
    mappings: list[SheetMapping] | None = None,
    skip_invalid: bool = False,
    dry_run: bool = False,
    progress: Progress = no_progress,
    on_conflict: str = FAIL,
    overwrite: frozenset[str] | set[str] = frozenset(),
) -> ImportResult:
    """Read, check and (unless ``dry_run``) write in one transaction.

    Raises ImportRejected when columns are left to choose, or when rows were rejected or a sheet cannot be read
    (a required column missing: a clerk's notes sheet) and ``skip_invalid`` is false — with it, they are left out; and
    ImportConflicts when records changed since the file was written and ``on_conflict`` is
    ``fail`` (``skip`` keeps the register's values, ``overwrite`` takes the file's; ``overwrite``
    names the records, "entity:key", whose file values the clerk chose). Then, like on any error
    or a Cancel, the register is left exactly as it was.
    """
    access.require(db, Action.IMPORT)
    if on_conflict not in ON_CONFLICT:
        raise KelisimError(
            Message("on_conflict must be one of {0}, not {1}", ", ".join(ON_CONFLICT), repr(on_conflict))
        )
    with _collected_less_often():
        return _import_workbook(
            db,
            source,
            mappings=mappings,
            skip_invalid=skip_invalid,
            dry_run=dry_run,
            progress=progress,
            on_conflict=on_conflict,
            overwrite=overwrite,
        )


@contextmanager
def _collected_less_often() -> Iterator[None]:
    """The collector run every ``IMPORT_COLLECTION_THRESHOLD`` new objects while the import runs, as it was after."""
    first, *older = gc.get_threshold()
    gc.set_threshold(max(first, IMPORT_COLLECTION_THRESHOLD), *older)
    try:
        yield
    finally:
        gc.set_threshold(first, *older)


def _import_workbook(
    db: Database,
    source: WorkbookData | Path | str,
    *,
    mappings: list[SheetMapping] | None,
    skip_invalid: bool,
    dry_run: bool,
    progress: Progress,
    on_conflict: str,
    overwrite: frozenset[str] | set[str],
) -> ImportResult:
    book = source if isinstance(source, WorkbookData) else read_workbook(Path(source), progress)
    mappings = mappings if mappings is not None else auto_map(book)
    if dry_run:
        return ImportResult(preview(db, book, mappings, progress, on_conflict=on_conflict, overwrite=overwrite), False)
    with db.write() as session:
        plan = build_plan(session, book, mappings, progress=progress, on_conflict=on_conflict, overwrite=overwrite)
        if plan.questions or ((plan.rejections or plan.unread_sheets) and not skip_invalid):
            raise ImportRejected(plan)
        if on_conflict == FAIL and plan.unresolved_conflicts:
            raise ImportConflicts(plan)
        if plan.has_changes:
            write_plan(session, plan, progress)
        progress(1, 1, Message("Saving the imported records…"))
    for mapping in mappings:  # the clerk's choices, for the next file with the same headers
        if mapping.confirmed:
            memory.remember(mapping.entity, mapping.headers, mapping.columns)
    return ImportResult(plan, written=plan.has_changes)


class _Ids:
    """Turns New references into the ids given to the records being created."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.next = {e: (session.scalar(select(func.max(t.c.id))) or 0) + 1 for e, t in TABLES.items()}
        self.ids: dict[New, int] = {}

    def assign(self, entity: str, ref: New) -> int:
        self.ids[ref] = self.next[entity]
        self.next[entity] += 1
        return self.ids[ref]

    def __call__(self, ref: Ref) -> int | None:
        if isinstance(ref, New):
            return self.ids[ref]
        return ref


def _parents_first(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    new_refs = {r["_ref"] for r in rows}
    placed: set[Any] = set()
    ordered: list[dict[str, Any]] = []
    pending = list(rows)
    while pending:
        rest = [r for r in pending if r["parent_id"] in new_refs and r["parent_id"] not in placed]
        ready = [r for r in pending if r not in rest]
        if not ready:  # the plan refuses cycles; this only guards against looping forever
            raise KelisimError(Message("the bodies in the file form a cycle of parents"))
        ordered += ready
        placed |= {r["_ref"] for r in ready}
        pending = rest
    return ordered


_PLACEHOLDERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def _insert(session: Session, table: Any, rows: list[dict[str, Any]], progress: Progress, what: str) -> None:
    """Insert ``rows`` (dicts with the same keys) in chunks.

    Through the driver's executemany with plain tuples: SQLAlchemy building one parameter dict per
    row cost ~2 s of 200,000 rows. Each column's bind processor (dates as text on SQLite, the
    UTC timestamps) is looked up once and applied here, so the stored values are exactly what
    Core would store. A dialect with another paramstyle goes through Core.
    """
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    mark = _PLACEHOLDERS.get(dialect.paramstyle)
    names = list(rows[0])
    if mark is None:
        for start in range(0, len(rows), CHUNK):
            session.execute(insert(table), rows[start : start + CHUNK])
            progress(min(start + CHUNK, len(rows)), len(rows), Message("Writing {0}", entity_word(what)))
        return
    preparer = dialect.identifier_preparer
    sql = (
        f"INSERT INTO {preparer.format_table(table)} ({', '.join(preparer.quote(n) for n in names)}) "
        f"VALUES ({', '.join([mark] * len(names))})"
    )
    converters: list[tuple[int, Any, dict[Any, Any]]] = [
        (i, p, {})
        for i, n in enumerate(names)
        if (p := table.c[n].type.dialect_impl(dialect).bind_processor(dialect)) is not None
    ]
    for start in range(0, len(rows), CHUNK):
        chunk = []
        for row in rows[start : start + CHUNK]:
            values = [row[n] for n in names]
            for i, convert, seen in converters:  # dates and the import's timestamp repeat: convert each once
                value = values[i]
                done = seen.get(value, seen)
                if done is seen:
                    done = seen[value] = convert(value)
                values[i] = done
            chunk.append(tuple(values))
        connection.exec_driver_sql(sql, chunk)
        progress(start + len(chunk), len(rows), Message("Writing {0}", entity_word(what)))


def _update(session: Session, table: Any, updates: list[tuple[int, int, dict[str, Any]]], ids: _Ids, now: Any) -> None:
    for record_id, version, changes in updates:
        values = {k: ids(v) if isinstance(v, New) else v for k, v in changes.items()}
        result = session.execute(
            update(table)
            .where(table.c.id == record_id, table.c.version == version)
            .values(**values, version=version + 1, updated_at=now)
        )
        if cast("CursorResult[Any]", result).rowcount != 1:  # an UPDATE's result counts its rows
            raise ConflictError(
                Message(
                    "record #{0} was changed by someone else during the import; nothing was imported — preview the "
                    "file again",
                    record_id,
                )
            )


def _links(session: Session, plan: ImportPlan, entity: str, ids: _Ids) -> None:
    link_table, person_table, owner = (
        (AgreementParty.__table__, Signatory.__table__, "agreement_id")
        if entity == AGREEMENTS
        else (BodyParty.__table__, CoChair.__table__, "body_id")
    )
    party_rows, person_rows = [], []
    for ref, (party_refs, people) in plan.links[entity].items():
        owner_id = ids(ref)
        if not isinstance(ref, New):
            if party_refs is not None:
                session.execute(sql_delete(link_table).where(link_table.c[owner] == owner_id))
            if people is not None:
                session.execute(sql_delete(person_table).where(person_table.c[owner] == owner_id))
        for party in dict.fromkeys(party_refs or []):
            party_rows.append({owner: owner_id, "party_id": ids(party)})
        for order, (name, position, party) in enumerate(people or []):
            person_rows.append(
                {owner: owner_id, "name": name, "position": position, "party_id": ids(party), "sort_order": order}
            )
    if party_rows:
        session.execute(insert(link_table), party_rows)
    if person_rows:
        session.execute(insert(person_table), person_rows)


def _people(session: Session, plan: ImportPlan, now: Any) -> None:
    """Persons have no version: new ones are inserted, known ones get the cells that said something."""
    table = Person.__table__
    if plan.new[PEOPLE]:
        session.execute(insert(table), [row | {"created_at": now} for row in plan.new[PEOPLE]])
    for person_id, _version, changes in plan.updates[PEOPLE]:
        session.execute(update(table).where(table.c.id == person_id).values(**changes))


def _history_row(
    entity: str,
    record_id: int | None,
    from_status: str | None,
    to_status: str,
    changed_at: Any,
    changed_by: str,
    note: str,
    imported: dict[str, object],
) -> dict[str, Any]:
    """One status_change row. ``imported`` names who imported it and when for history carried from the file,
    and is empty (None, None) for the changes this import itself makes."""
    return {
        "entity": entity,
        "commitment_id": record_id if entity == "commitment" else None,
        "agreement_id": record_id if entity == "agreement" else None,
        "from_status": from_status,
        "to_status": to_status,
        "changed_at": changed_at,
        "changed_by": changed_by,
        "note": note,
    } | imported


def _commitment_history(
    row: dict[str, Any],
    record_id: int,
    carried: dict[str, object],
    native: dict[str, object],
    now: Any,
    user: str,
    note: str,
) -> list[dict[str, Any]]:
    """A created commitment's history rows: its past from the file's History sheet, then the import's own
    change when the file's last change does not end in the status it is created with."""
    past = row["_history"]
    history = [
        _history_row("commitment", record_id, p.from_status, p.to_status, p.changed_at, p.changed_by, p.note, carried)
        for p in past
    ]
    if not past or past[-1].to_status != row["status"]:
        origin = past[-1].to_status if past else None
        history.append(_history_row("commitment", record_id, origin, row["status"], now, user, note, native))
    return history


@contextmanager
def _login_read_once(session: Session) -> Iterator[None]:
    """On SQLite, the audit triggers' login read once for the whole write (audit.login_read_once)."""
    connection = session.connection()
    raw = connection.connection.dbapi_connection
    if connection.dialect.name != "sqlite" or not isinstance(raw, sqlite3.Connection):
        yield
        return
    with audit.login_read_once(raw):
        yield


def write_plan(session: Session, plan: ImportPlan, progress: Progress = no_progress) -> None:
    with _login_read_once(session):
        _write_plan(session, plan, progress)


def _write_plan(session: Session, plan: ImportPlan, progress: Progress) -> None:
    now = utc_now()
    _people(session, plan, now)
    ids = _Ids(session)
    stamp = {"version": 1, "created_at": now, "updated_at": now}
    for entity in (PARTIES, AGREEMENTS, BODIES):
        rows = _parents_first(plan.new[entity]) if entity == BODIES else plan.new[entity]
        for row in rows:
            ids.assign(entity, row["_ref"])
        records = []
        for row in rows:
            record = {k: v for k, v in row.items() if not k.startswith("_")} | stamp | {"id": ids(row["_ref"])}
            for column in ("parent_id", "established_by_id"):
                if column in record:
                    record[column] = ids(record[column])
            records.append(record)
        _insert(session, TABLES[entity], records, progress, entity)
        _update(session, TABLES[entity], plan.updates[entity], ids, now)
        if entity in plan.links:
            _links(session, plan, entity, ids)
    taken = set(session.scalars(select(Commitment.ref)))
    taken |= {r["ref"] for r in plan.new[COMMITMENTS] if r["ref"]}
    user, note = current_user(session), imported_note(plan.source)
    # Every row of one insert carries the same columns. History read from the file keeps its stated author and
    # date and names who imported it and when; the changes this import itself makes are native history.
    carried: dict[str, object] = {"imported_by": user, "imported_at": now}
    native: dict[str, object] = {"imported_by": None, "imported_at": None}
    planned = plan.new[COMMITMENTS]
    # A chunk at a time, each with its history: the records built for the insert are never all held at once.
    for start in range(0, len(planned), CHUNK):
        new_commitments, history = [], []
        for row in planned[start : start + CHUNK]:
            record_id = ids.next[COMMITMENTS]
            ids.next[COMMITMENTS] += 1
            ref = row["ref"]
            if not ref:  # the editor's rule for a commitment saved without a ref
                ref, suffix = f"C-{record_id:06d}", 1
                while ref in taken:
                    suffix += 1
                    ref = f"C-{record_id:06d}-{suffix}"
                taken.add(ref)
            record = {k: v for k, v in row.items() if not k.startswith("_")} | stamp
            record.update(
                id=record_id,
                ref=ref,
                agreement_id=ids(row["agreement_id"]),
                body_id=ids(row["body_id"]),
                party_id=ids(row["party_id"]),
                search_text=search_text_of(ref, row, row["_search_outside"]),
            )
            new_commitments.append(record)
            history += _commitment_history(row, record_id, carried, native, now, user, note)
        _insert(session, Commitment.__table__, new_commitments, no_progress, "commitments")
        _insert(session, StatusChange.__table__, history, no_progress, "history")
        done = start + len(new_commitments)
        progress(done, len(planned), Message("Writing {0}", entity_word(COMMITMENTS)))
    history = []
    updates = plan.updates[COMMITMENTS]
    _update(session, Commitment.__table__, updates, ids, now)
    for entity, ref, p in plan.past_changes:  # a created agreement's trail from the History sheet
        history.append(
            _history_row(entity, ids(ref), p.from_status, p.to_status, p.changed_at, p.changed_by, p.note, carried)
        )
    for entity, record_id, from_status, to_status, change in plan.field_changes:  # changes to existing records
        history.append(_history_row(entity, record_id, from_status, to_status, now, user, change, native))
    for entity, ref, old_status, new_status in plan.status_changes:
        history.append(_history_row(entity, ids(ref), old_status, new_status, now, user, note, native))
    _insert(session, StatusChange.__table__, history, progress, "history")
