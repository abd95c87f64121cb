"""Planning commitments: matched by ref, or by (agreement, title) when the sheet has no ref.

Every sheet of commitments is read (a clerk keeps one sheet per year), each with its own
mapping; rows of several sheets for the same record make one record, a later sheet's cells
filling in or overriding an earlier one's. A blank cell says nothing: it never erases what the
register holds. A row for a record the register changed since the file was written is a
conflict (``plan.settle_update``), applied only when the clerk takes the file's values.

This loop runs once per row of a 100,000-row register, so it stays plain: tuples in, dicts
out, the services' ``validate`` for the rules and nothing else per row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from datetime import date
from typing import Any, get_type_hints

from sqlalchemy import select
from sqlmodel import Session

from desktop.domain.enums import CommitmentStatus, Priority
from desktop.domain.messages import Message, joined
from desktop.domain.models import Commitment
from desktop.domain.rules import (
    commitment_search_text,
    completion_date_may_be_unknown,
    fold,
    status_change_problems,
)
from desktop.domain.words import imported_note
from desktop.services import commitments
from desktop.services.importing import cells
from desktop.services.importing.mapping import COMMITMENTS, SheetMapping, label, label_words
from desktop.services.importing.plan import (
    ADD,
    UNCHANGED,
    UPDATE,
    Counts,
    ImportPlan,
    New,
    Ref,
    RowCheck,
    change_note,
    changed_fields,
    data_rows,
    record_outcome,
    settle_update,
    shown,
)
from desktop.services.importing.plan_records import Index, ensure_agreement, ensure_body
from desktop.services.importing.workbook import SheetData
from desktop.services.progress import Progress
from desktop.services.records import CommitmentData

# A commitment's stored fields are the service's (records.CommitmentData), read from the sheet's column of the same
# name (domain/sheet_layout.py) and checked by ``commitments.validate``; a field added there is imported with no
# change here. Text and dates are read generically; these have readers of their own below.
COLUMNS: tuple[str, ...] = tuple(f.name for f in dataclass_fields(CommitmentData) if f.name not in ("id", "version"))
_HINTS = get_type_hints(CommitmentData)
_OWN_READERS = ("ref", "title", "agreement_id", "body_id", "party_id", "priority", "status", "progress")
_TEXT = tuple(c for c in COLUMNS if c not in _OWN_READERS and _HINTS[c] is str)
_DATES = tuple(c for c in COLUMNS if c not in _OWN_READERS and _HINTS[c] == date | None)
if set(COLUMNS) - set(_OWN_READERS) - set(_TEXT) - set(_DATES):  # a new kind of field needs its cell reader here
    raise AssertionError(f"no cell reader for {set(COLUMNS) - set(_OWN_READERS) - set(_TEXT) - set(_DATES)}")
# The sheet column each stored field comes from.
_SOURCE = {"agreement_id": "agreement", "body_id": "body", "party_id": "party"}
# A new record's fields before its cells: the data class's defaults.
DEFAULTS: dict[str, Any] = {f.name: f.default for f in dataclass_fields(CommitmentData) if f.name in COLUMNS}


def _key(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").split())


def _status(value: Any) -> str:
    return cells.parse_status(value) if cells.text(value) else "not_started"


def _priority(value: Any) -> str:
    return cells.parse_choice(Priority, value) if cells.text(value) else "normal"


def _version(value: Any) -> int | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
        return int(value)
    raw = cells.text(value)
    if raw.isdigit():
        return int(raw)
    raise cells.CellError(Message("is not a version number (leave the column as Kelisim exported it)"))


@dataclass
class _Row:
    """One sheet row of a commitment: its cells read, which of them say something, where it is."""

    check: RowCheck
    fields: dict[str, Any]
    given: set[str]
    version: int | None
    agreement_text: str
    body_text: str
    parent_body: str


class _Known:
    """The agreements and bodies the register and the other sheets give, before any commitment row is planned.

    A row is read as if no commitment row before it had been planned yet: an agreement that an earlier row
    created (by naming an unknown number) is found again by name when the row is planned, exactly as when
    every row was read first and planned after.
    """

    def __init__(self, index: Index) -> None:
        self.refs: set[Ref] = set(index.agreement_rows) | set(index.body_rows)

    def of(self, ref: Ref) -> Ref:
        return None if isinstance(ref, New) and ref not in self.refs else ref


def _progress_reader(mapping: SheetMapping, rows: Sequence[tuple[int, tuple[Any, ...]]]) -> Any:
    columns = {f: i for i, f in mapping.columns.items()}
    if "progress" in columns and mapping.own_layout:
        # Our own export writes a fraction (0.45; 0 and 1 come back as whole numbers). A clerk who
        # types 45 over it in Excel means 45 %: only numbers above 1 are whole percentages.
        def own(value: Any) -> int:
            if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1:
                return cells.parse_progress(float(value) * 100)
            return cells.parse_progress(value)

        return own
    if "progress" in columns:
        # Our export writes progress as an Excel percentage (0.45, and 1 for 100 %): when no number
        # in the column exceeds 1, every number is a fraction.
        at = columns["progress"]
        numbers = [v[at] for _n, v in rows if at < len(v) and isinstance(v[at], int | float)]
        if numbers and all(0 <= x <= 1 for x in numbers) and any(isinstance(x, float) for x in numbers):

            def fraction(value: Any) -> int:
                if isinstance(value, int | float) and not isinstance(value, bool):
                    return cells.parse_progress(float(value) * 100)
                return cells.parse_progress(value)

            return fraction
    return cells.parse_progress


@dataclass(frozen=True)
class _SheetFields:
    """Which of the fields ``_read_row`` reads a sheet has columns for, worked out once per sheet: a field
    without a column is its default ("" or no date) on every row, and never says anything."""

    text: tuple[tuple[str, int], ...]  # the generic text fields with a column, and the column
    dates: tuple[str, ...]  # the generic date fields with a column
    absent: dict[str, Any]  # the generic fields without one, with their value
    sources: tuple[tuple[str, int], ...]  # (field, its column) for every field whose sheet column is there

    @classmethod
    def of(cls, columns: dict[str, int]) -> _SheetFields:
        read = ("ref", "title", *_TEXT, "agreement_id", "body_id", "party_id", *_DATES, "priority", "status")
        return cls(
            tuple((n, columns[n]) for n in _TEXT if n in columns),
            tuple(n for n in _DATES if n in columns),
            {n: "" for n in _TEXT if n not in columns} | {n: None for n in _DATES if n not in columns},
            tuple((f, columns[s]) for f in (*read, "progress") if (s := _SOURCE.get(f, f)) in columns),
        )


def _said(values: tuple[Any, ...], sources: tuple[tuple[str, int], ...]) -> set[str]:
    """The fields whose cell says something (``RowCheck.given`` for each, with the columns looked up once)."""
    width = len(values)
    said = set()
    for name, at in sources:
        if at < width:
            value = values[at]
            if value is not None and not (isinstance(value, str) and not value.strip()):
                said.add(name)
    return said


def _read_row(
    plan: ImportPlan,
    index: Index,
    sheet: SheetData,
    mapping: SheetMapping,
    number: int,
    values: Any,
    columns: dict[str, int],
    parse_progress: Any,
    known: _Known,
    present: _SheetFields,
) -> _Row:
    check = RowCheck(plan, sheet, mapping, number, values, columns)
    fields: dict[str, Any] = {"ref": check.get("ref") or "", "title": check.get("title") or ""}
    fields.update(present.absent)
    if sheet.uncached_formulas:  # a cell may be a formula without a value: RowCheck.get says so
        for name, _at in present.text:
            fields[name] = check.get(name) or ""
    else:  # what RowCheck.get gives for a text cell (cells.text never refuses one), without a call per cell
        width = len(values)
        for name, at in present.text:
            fields[name] = cells.text(values[at]) if at < width else ""
    agreement_text = check.get("agreement") or ""
    fields["agreement_id"] = known.of(index.agreement(agreement_text)) if agreement_text else None
    body_text = check.get("body") or ""
    fields["body_id"] = known.of(index.body(body_text)) if body_text else None
    party_text = check.get("party") or ""
    fields["party_id"] = index.party(party_text) if party_text else None
    if party_text and fields["party_id"] is None:
        check.fail("party", Message("is not a known party (known: {0})", index.known_parties()))
    for name in present.dates:
        fields[name] = check.get(name, cells.parse_date)
    fields["priority"] = check.get("priority", _priority, "normal")
    fields["status"] = check.get("status", _status, "not_started")
    fields["progress"] = check.get("progress", parse_progress, 0)
    if check.given("status") and fields["status"] == CommitmentStatus.COMPLETED and not check.given("completed_on"):
        # «Исполнено 12.03.2025» in an «Отметка об исполнении» column: the day it was done.
        done_on = cells.date_in_text(check.raw("status"))
        if done_on is not None:
            fields["completed_on"] = done_on
            check.columns = {**check.columns, "completed_on": check.columns["status"]}
    if check.columns is columns:
        given = _said(values, present.sources)
    else:  # the status column also stands for the completion date
        given = {f for f in fields if check.given(_SOURCE.get(f, f))}
    version = check.get("version", _version) if check.given("version") else None
    return _Row(check, fields, given, version, agreement_text, body_text, check.get("parent_body") or "")


def plan_commitments(
    session: Session,
    plan: ImportPlan,
    index: Index,
    sheets: list[tuple[SheetData, SheetMapping]],
    progress: Progress,
) -> None:
    by_ref: dict[str, dict[str, Any]] = {}
    by_key: dict[tuple[Any, str], dict[str, Any]] = {}
    table = Commitment.__table__
    query = select(table.c.id, table.c.version, table.c.updated_at, *(table.c[c] for c in COLUMNS))
    for row in session.execute(query):
        record = dict(zip(COLUMNS, row[3:], strict=True))
        record["id"], record["version"], record["updated_at"] = row[0], row[1], row[2]
        by_ref[record["ref"]] = record
        by_key.setdefault((record["agreement_id"], _key(record["title"])), record)
    note = imported_note(plan.source)
    groups: dict[tuple[Any, ...], list[_Row]] = {}
    total = sum(len(data_rows(s, m)) for s, m in sheets)
    done = 0
    known = _Known(index)
    # A single sheet's rows are each one record: planned as they are read, so no row is held after its
    # turn (a 100,000-row register held every row until the end). Rows of several sheets gather first.
    at_once = len(sheets) == 1
    # 1. Read every row of every sheet; rows naming the same record gather into one group.
    for sheet, mapping in sheets:
        columns = {f: i for i, f in mapping.columns.items()}
        rows = data_rows(sheet, mapping)
        parse_progress = _progress_reader(mapping, rows)
        present = _SheetFields.of(columns)
        seen: dict[tuple[Any, ...], int] = {}
        for number, values in rows:
            done += 1
            if done % 2000 == 0:
                progress(done, total, Message("Checking commitments: {0} of {1}", done, total))
            item = _read_row(plan, index, sheet, mapping, number, values, columns, parse_progress, known, present)
            ref, title = item.fields["ref"], item.fields["title"]
            agreement = (
                item.fields["agreement_id"] if item.fields["agreement_id"] is not None else _key(item.agreement_text)
            )
            identity: tuple[Any, ...] = ("ref", ref) if ref else ("key", agreement, _key(title))
            if ref and identity in seen:
                item.check.fail("ref", Message("appears again (first in row {0}): refs are unique", seen[identity]))
            elif not ref and title and identity in seen:
                item.check.fail(
                    "title", Message("appears again for the same agreement (first in row {0})", seen[identity])
                )
            if item.check.problems:
                item.check.finish(COMMITMENTS, ref or title)
                continue
            seen[identity] = number
            if at_once:
                _plan_record(plan, index, [item], by_ref, by_key, note)
            else:
                groups.setdefault(identity, []).append(item)
    # 2. Plan each record once.
    for items in groups.values():
        _plan_record(plan, index, items, by_ref, by_key, note)


def search_text_of(ref: str, row: dict[str, Any], outside: tuple[str, str, str]) -> str:
    """A commitment's search text from its fields and the names of its agreement, body and party."""
    tail = commitment_search_text("", row["title"], row["description"], row["agency"], row["sector"], *outside)
    return fold(ref, tail)


def _plan_record(
    plan: ImportPlan,
    index: Index,
    items: list[_Row],
    by_ref: dict[str, dict[str, Any]],
    by_key: dict[tuple[Any, str], dict[str, Any]],
    note: str,
) -> None:
    first, last = items[0], items[-1]
    check = last.check
    given: set[str] = set()
    fields: dict[str, Any] = {}
    version = None
    agreement_text = body_text = parent_body = ""
    for item in items:  # a later sheet's cells fill in or override an earlier one's
        for name in item.given:
            fields[name] = item.fields[name]
        given |= item.given
        version = item.version if item.version is not None else version
        agreement_text = item.agreement_text or agreement_text
        body_text = item.body_text or body_text
        parent_body = item.parent_body or parent_body
    ref = fields.get("ref", "")
    title = fields.get("title", "")
    old = by_ref.get(ref) if ref else by_key.get((fields.get("agreement_id"), _key(title)))
    merged = dict(DEFAULTS) if old is None else {c: old[c] for c in COLUMNS}
    merged.update(fields)
    if old is not None and not ref:
        merged["ref"] = old["ref"]
    status = merged["status"]
    if "status" in given and old is not None and status != old["status"]:
        if status != CommitmentStatus.COMPLETED:
            # Leaving 'completed' as the status dialog does: no date, progress below 100 %.
            if "completed_on" not in given:
                merged["completed_on"] = None
            if "progress" not in given and merged["progress"] == 100:
                merged["progress"] = 99
    if status == CommitmentStatus.COMPLETED and "progress" not in given:
        merged["progress"] = 100  # a row marked done in a register without a progress column
    date_unknown = status == CommitmentStatus.COMPLETED and completion_date_may_be_unknown(
        imported_without_date="completed_on" not in given,
        stored_status=old["status"] if old else None,
        stored_completed_on=old["completed_on"] if old else None,
    )
    data = CommitmentData(**merged)
    check.validated(lambda: commitments.validate(data, plan.today, date_unknown=date_unknown))
    if old is not None and merged["status"] != old["status"]:
        check.add_problems(status_change_problems(old["status"], merged["status"], note))
    key = merged["ref"] or title
    if not check.finish(COMMITMENTS, key):
        return
    sheet, number = first.check.sheet.name, first.check.number
    if agreement_text and merged["agreement_id"] is None:
        merged["agreement_id"] = ensure_agreement(plan, index, agreement_text, first.check.mapping, sheet, number)
    if body_text and merged["body_id"] is None:
        merged["body_id"] = ensure_body(plan, index, body_text, parent_body)
    agreement = index.agreement_rows.get(merged["agreement_id"]) if merged["agreement_id"] is not None else None
    body = index.body_rows.get(merged["body_id"]) if merged["body_id"] is not None else None
    # The search text's parts that are not the commitment's own fields; the text itself is built when the
    # row is written (a new commitment's ref may be given only then, apply.py), not held for every row.
    outside = (
        agreement["reg_number"] if agreement else "",
        body["name"] if body else "",
        index.party_label.get(merged["party_id"], "") if merged["party_id"] is not None else "",
    )
    also = [Message("'{0}' row {1}", i.check.sheet.name, i.check.number) for i in items[1:]]
    for item in items[1:]:
        plan.sheet_counts.setdefault(item.check.sheet.name, {}).setdefault(COMMITMENTS, Counts()).merged += 1

    def with_merged(detail: Message) -> Message:
        return Message("{0} (one record with {1})", detail, joined(also)) if also else detail

    if old is None:
        past = plan.history.get(("commitment", ref), []) if ref else []
        plan.new[COMMITMENTS].append(merged | {"_search_outside": outside, "_history": past})
        detail = Message.verbatim(title)
        if date_unknown and merged["completed_on"] is None:
            detail = Message("{0} — completed, date unknown", detail)
        if isinstance(merged["agreement_id"], New) and agreement is not None:
            detail = Message("{0} — under the new agreement {1}", detail, agreement["reg_number"])
        record_outcome(plan, COMMITMENTS, ADD, sheet, number, ref or Message("(new ref)"), with_merged(detail))
        return
    diff = changed_fields(old, merged)
    mapping = first.check.mapping

    def words(name: str) -> str:
        source = _SOURCE.get(name, name)
        return mapping.header_for(source) if mapping.column_of(source) is not None else label(COMMITMENTS, source)

    def value(name: str, v: Any) -> str:
        if name == "agreement_id":
            return shown(index.agreement_rows.get(v, {}).get("reg_number") if v is not None else None)
        if name == "body_id":
            return shown(index.body_rows.get(v, {}).get("name") if v is not None else None)
        if name == "party_id":
            return shown(index.party_label.get(v) if v is not None else None)
        return shown(v)

    if not diff:
        record_outcome(plan, COMMITMENTS, UNCHANGED, sheet, number, merged["ref"], "")
        return
    if not settle_update(plan, COMMITMENTS, sheet, number, merged["ref"], old, diff, version, words, value):
        return
    diff["search_text"] = search_text_of(merged["ref"], merged, outside)
    plan.updates[COMMITMENTS].append((old["id"], old["version"], diff))
    changes = [(words(f), value(f, old[f]), value(f, v)) for f, v in diff.items() if f != "search_text"]
    plan.field_changes.append(
        ("commitment", old["id"], old["status"], merged["status"], change_note(plan.source, changes))
    )

    def shown_field(name: str) -> Message:
        source = _SOURCE.get(name, name)
        if mapping.column_of(source) is not None:
            return Message.verbatim(mapping.header_for(source))  # the file's own header, as the clerk wrote it
        return label_words(COMMITMENTS, source)

    kept = sorted(
        (f for f in COLUMNS if f != "ref" and first.check.has(_SOURCE.get(f, f)) and f not in given), key=words
    )
    detail = joined([shown_field(k) for k in diff if k != "search_text"])
    if kept:
        detail = Message("{0}; kept (blank in the file): {1}", detail, joined([shown_field(k) for k in kept]))
    record_outcome(plan, COMMITMENTS, UPDATE, sheet, number, merged["ref"], with_merged(detail))
