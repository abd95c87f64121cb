"""The audit trail in words: a table's kind of record, a column's label, an action, a stored value.

The trail keeps column names and the register's English values; people read the field's label ("Due date",
«Срок») and the value in their language. The one place for these words: the window's Audit page and Changes
tabs render them through Qt, the command line's ``audit`` through the catalogue."""

from __future__ import annotations

import re
from datetime import date

from desktop.domain.messages import Message
from desktop.domain.sheet_layout import COMMITMENT_SHEET
from desktop.domain.words import word

TABLE_WORDS: dict[str, Message] = {
    "party": Message("Party"),
    "agreement": Message("Agreement"),
    "agreement_party": Message("Agreement's party"),
    "signatory": Message("Signatory"),
    "body": Message("Body"),
    "body_party": Message("Body's party"),
    "co_chair": Message("Co-chair"),
    "commitment": Message("Commitment"),
    "status_change": Message("Status change"),
    "deadline_extension": Message("Deadline move"),
    "trash": Message("Trash"),
    "attachment": Message("Attached file"),
}

# The kinds of record a reader filters by (services.audit.KINDS), in the order offered.
KIND_WORDS: dict[str, Message] = {
    "agreement": Message("Agreements"),
    "body": Message("Bodies"),
    "commitment": Message("Commitments"),
    "party": Message("Parties"),
    "status_change": Message("Status changes"),
    "deadline_extension": Message("Deadline moves"),
    "trash": Message("Trash"),
}

FIELD_WORDS: dict[str, Message] = {
    "name": Message("Name"),
    "short_name": Message("Short name"),
    "kind": Message("Kind"),
    "country_code": Message("Country code"),
    "name_ru": Message("Name (Russian)"),
    "name_kk": Message("Name (Kazakh)"),
    "name_zh": Message("Name (Chinese)"),
    "agreement_id": Message("Agreement"),
    "party_id": Message("Party"),
    "body_id": Message("Body"),
    "commitment_id": Message("Commitment"),
    "reg_number": Message("Registration number"),
    "title": Message("Title"),
    "title_ru": Message("Title (Russian)"),
    "title_kk": Message("Title (Kazakh)"),
    "title_zh": Message("Title (Chinese)"),
    "status": Message("Status"),
    "signed_on": Message("Signed on"),
    "place": Message("Place"),
    "entry_into_force": Message("Entry into force"),
    "expiry": Message("Expiry"),
    "summary": Message("Summary"),
    "source_ref": Message("Source"),
    "position": Message("Position"),
    "sort_order": Message("Order"),
    "parent_id": Message("Parent body"),
    "established_by_id": Message("Established by"),
    "established_on": Message("Established on"),
    "active": Message("Active"),
    "dissolved_on": Message("Dissolved on"),
    "notes": Message("Notes"),
    "ref": Message("Reference"),
    "description": Message("Description"),
    "agency": Message("Agency"),
    "sector": Message("Sector"),
    "due_date": Message("Due date"),
    "priority": Message("Priority"),
    "progress": Message("Progress"),
    "completed_on": Message("Completed on"),
    "superseded_by_id": Message("Superseded by"),
    "entity": Message("Kind of record"),
    "from_status": Message("From status"),
    "to_status": Message("To status"),
    "changed_at": Message("Changed at"),
    "changed_by": Message("Changed by"),
    "imported_by": Message("Imported by"),
    "imported_at": Message("Imported at"),
    "note": Message("Note"),
    "previous_date": Message("Previous date"),
    "new_date": Message("New date"),
    "reason": Message("Reason"),
    "requested_by": Message("Requested by"),
    "approved_by": Message("Approved by"),
    "moved_at": Message("Moved at"),
    "record_id": Message("Record"),
    "label": Message("Record"),
    "deleted_at": Message("Deleted at"),
    "deleted_by": Message("Deleted by"),
    "size": Message("Size"),
    "media_type": Message("Type of file"),
    "sha256": Message("SHA-256"),
    "added_by": Message("Added by"),
    "added_at": Message("Added on"),
    "execution_report_id": Message("Execution report"),
    "interim_report_id": Message("Interim report"),
}

ACTION_WORDS: dict[str, Message] = {
    "insert": Message("created"),
    "update": Message("changed"),
    "delete": Message("deleted"),
}


def table_word(table: str) -> Message:
    return TABLE_WORDS.get(table) or Message.verbatim(table)


# A stored column of the Commitments sheet reads as its header there (domain/sheet_layout.py), so a field added to
# commitments is named in the trail with no entry above; the entries above come first.
_SHEET_WORDS: dict[str, Message] = {c.key: c.label for c in COMMITMENT_SHEET.columns if not c.derived}


def field_word(column: str) -> Message:
    return FIELD_WORDS.get(column) or _SHEET_WORDS.get(column) or Message.verbatim(column.replace("_", " "))


def action_word(action: str) -> Message:
    return ACTION_WORDS.get(action) or Message.verbatim(action)


_WORDED = frozenset({"status", "from_status", "to_status", "priority", "kind"})
EMPTY = Message.verbatim("—")


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def value_word(column: str, value: object) -> Message:
    """A stored value as people read it: statuses, kinds and priorities in their language, "yes"/"no" for a
    flag; other values (names, dates, numbers) as they are."""
    if value is None or value == "":
        return EMPTY
    if column == "active":
        return Message("yes") if value in (True, 1, "1", "true", "t") else Message("no")
    if column in _WORDED and isinstance(value, str):
        return word(value)
    if column == "entity" and isinstance(value, str):
        return table_word(value)
    if isinstance(value, str) and _ISO_DAY.fullmatch(value):
        return Message("{0}", date.fromisoformat(value))  # a day as the reader writes it (31.12.2026)
    return Message.verbatim(str(value))
