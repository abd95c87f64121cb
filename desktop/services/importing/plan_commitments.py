"""Planning commitments: matched by ref, or by (agreement, title) when the sheet has no ref.

This loop runs once per row of a 100,000-row register, so it stays plain: tuples in, dicts
out, the services' ``validate`` for the rules and nothing else per row.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from desktop.domain.enums import CommitmentStatus, Priority
from desktop.domain.models import Commitment
from desktop.domain.rules import commitment_search_text, fold, status_change_problems
from desktop.services import commitments
from desktop.services.importing import cells
from desktop.services.importing.mapping import COMMITMENTS, SheetMapping
from desktop.services.importing.plan import (
    ADD,
    UNCHANGED,
    UPDATE,
    ImportPlan,
    RowCheck,
    changed_fields,
    data_rows,
    record_outcome,
)
from desktop.services.importing.plan_records import Index, ensure_body
from desktop.services.importing.workbook import SheetData
from desktop.services.progress import Progress
from desktop.services.records import CommitmentData

COLUMNS = (
    "ref",
    "title",
    "description",
    "agreement_id",
    "body_id",
    "party_id",
    "agency",
    "sector",
    "due_date",
    "priority",
    "status",
    "progress",
    "completed_on",
)
_TEXT = ("description", "agency", "sector")


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def _status(value: Any) -> str:
    return cells.parse_choice(CommitmentStatus, value) if cells.text(value) else "not_started"


def _priority(value: Any) -> str:
    return cells.parse_choice(Priority, value) if cells.text(value) else "normal"


def plan_commitments(
    session: Session, plan: ImportPlan, index: Index, sheet: SheetData, mapping: SheetMapping, progress: Progress
) -> None:
    columns = {f: i for i, f in mapping.columns.items()}
    by_ref: dict[str, dict[str, Any]] = {}
    by_key: dict[tuple[Any, str], dict[str, Any]] = {}
    for row in session.execute(select(Commitment.id, Commitment.version, *(getattr(Commitment, c) for c in COLUMNS))):
        record = dict(zip(COLUMNS, row[2:], strict=True))
        record["id"], record["version"] = row[0], row[1]
        by_ref[record["ref"]] = record
        by_key.setdefault((record["agreement_id"], _key(record["title"])), record)
    seen_refs: dict[str, int] = {}
    seen_keys: dict[tuple[Any, str], int] = {}
    note = f"imported from {plan.source}"
    rows = data_rows(sheet, mapping)
    total = len(rows)
    parse_progress = cells.parse_progress
    if "progress" in columns and mapping.own_layout:
        # Our own export writes a fraction (0.45; 0 and 1 come back as whole numbers). A clerk who
        # types 45 over it in Excel means 45 %: only numbers above 1 are whole percentages.
        def parse_progress(value: Any) -> int:
            if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1:
                return cells.parse_progress(float(value) * 100)
            return cells.parse_progress(value)
    elif "progress" in columns:
        # Our export writes progress as an Excel percentage (0.45, and 1 for 100 %): when no number
        # in the column exceeds 1, every number is a fraction.
        at = columns["progress"]
        numbers = [v[at] for _n, v in rows if at < len(v) and isinstance(v[at], int | float)]
        if numbers and all(0 <= x <= 1 for x in numbers) and any(isinstance(x, float) for x in numbers):

            def parse_progress(value: Any) -> int:
                if isinstance(value, int | float) and not isinstance(value, bool):
                    return cells.parse_progress(float(value) * 100)
                return cells.parse_progress(value)

    for done, (number, values) in enumerate(rows, start=1):
        if done % 2000 == 0:
            progress(done, total, f"Checking commitments: {done:,} of {total:,}")
        check = RowCheck(plan, sheet, mapping, number, values, columns)
        fields: dict[str, Any] = {"ref": check.get("ref") or "", "title": check.get("title") or ""}
        for name in _TEXT:
            fields[name] = check.get(name) or ""
        agreement_text = check.get("agreement") or ""
        fields["agreement_id"] = index.agreement(agreement_text) if agreement_text else None
        if agreement_text and fields["agreement_id"] is None:
            check.fail("agreement", "is not an agreement of the register or of this file")
        body_text = check.get("body") or ""
        fields["body_id"] = index.body(body_text) if body_text else None
        party_text = check.get("party") or ""
        fields["party_id"] = index.party(party_text) if party_text else None
        if party_text and fields["party_id"] is None:
            check.fail("party", f"is not a known party (known: {index.known_parties()})")
        fields["due_date"] = check.get("due_date", cells.parse_date)
        fields["completed_on"] = check.get("completed_on", cells.parse_date)
        fields["priority"] = check.get("priority", _priority, "normal")
        fields["status"] = check.get("status", _status, "not_started")
        fields["progress"] = check.get("progress", parse_progress, 0)
        ref, title = fields["ref"], fields["title"]
        key = (fields["agreement_id"], _key(title))
        if ref:
            old = by_ref.get(ref)
            if ref in seen_refs:
                check.fail("ref", f"appears again (first in row {seen_refs[ref]}): refs are unique")
        else:
            old = by_key.get(key)
            if title and key in seen_keys:
                check.fail("title", f"appears again for the same agreement (first in row {seen_keys[key]})")
        if old is None:
            merged = {c: None for c in COLUMNS} | {
                "ref": "",
                "title": "",
                "description": "",
                "agency": "",
                "sector": "",
                "priority": "normal",
                "status": "not_started",
                "progress": 0,
            }
        else:
            merged = {c: old[c] for c in COLUMNS}
        for name, value in fields.items():
            if name in columns or (name.endswith("_id") and name[:-3] in columns):
                merged[name] = value
        if old is not None and not ref:
            merged["ref"] = old["ref"]
        data = CommitmentData(**merged)
        check.validated(lambda data=data: commitments.validate(data, plan.today))
        if old is not None and merged["status"] != old["status"]:
            check.add_problems(status_change_problems(old["status"], merged["status"], note))
        if not check.finish(COMMITMENTS, ref or title):
            continue
        if ref:
            seen_refs[ref] = number
        else:
            seen_keys[key] = number
        if body_text and merged["body_id"] is None:
            merged["body_id"] = ensure_body(plan, index, body_text, check.get("parent_body") or "")
        agreement = index.agreement_rows.get(merged["agreement_id"]) if merged["agreement_id"] is not None else None
        body = index.body_rows.get(merged["body_id"]) if merged["body_id"] is not None else None
        # Without the ref: a new commitment's ref may be given only when it is inserted (apply.py).
        tail = commitment_search_text(
            "",
            merged["title"],
            merged["description"],
            merged["agency"],
            merged["sector"],
            agreement["reg_number"] if agreement else "",
            body["name"] if body else "",
            index.party_label.get(merged["party_id"], "") if merged["party_id"] is not None else "",
        )
        if old is None:
            past = plan.history.get(("commitment", ref), []) if ref else []
            plan.new[COMMITMENTS].append(merged | {"_search_tail": tail, "_history": past})
            record_outcome(plan, COMMITMENTS, ADD, sheet.name, number, ref or "(new ref)", title)
            continue
        diff = changed_fields(old, merged)
        if not diff:
            record_outcome(plan, COMMITMENTS, UNCHANGED, sheet.name, number, merged["ref"], "")
            continue
        diff["search_text"] = fold(merged["ref"], tail)
        plan.updates[COMMITMENTS].append((old["id"], old["version"], diff))
        if "status" in diff:
            plan.status_changes.append(("commitment", old["id"], old["status"], merged["status"]))
        record_outcome(
            plan,
            COMMITMENTS,
            UPDATE,
            sheet.name,
            number,
            merged["ref"],
            ", ".join(k for k in diff if k != "search_text"),
        )
