"""The register's stored values in words, as Messages (rendered in the viewer's language where shown).

Used by the domain rules, the services and the reports; the window's desktop/ui/labels.py says the same
words through Qt."""

from __future__ import annotations

from datetime import UTC, date, datetime

from desktop.domain.messages import Message, joined

VALUE_WORDS: dict[str, Message] = {
    # commitment statuses
    "not_started": Message("Not started"),
    "in_progress": Message("In progress"),
    "completed": Message("Completed"),
    "on_hold": Message("On hold"),
    "cancelled": Message("Cancelled"),
    # agreement statuses
    "draft": Message("Draft"),
    "signed": Message("Signed"),
    "in_force": Message("In force"),
    "suspended": Message("Suspended"),
    "expired": Message("Expired"),
    "terminated": Message("Terminated"),
    # agreement kinds
    "protocol": Message("Protocol"),
    "agreement": Message("Agreement"),
    "memorandum": Message("Memorandum"),
    "joint_statement": Message("Joint statement"),
    "roadmap": Message("Roadmap"),
    "other": Message("Other"),
    # body kinds
    "committee": Message("Committee"),
    "subcommittee": Message("Subcommittee"),
    "working_group": Message("Working group"),
    # party kinds
    "state": Message("State"),
    "organisation": Message("Organisation"),
    # priorities
    "low": Message("Low"),
    "normal": Message("Normal"),
    "high": Message("High"),
    "critical": Message("Critical"),
    # history entities
    "commitment": Message("Commitment"),
}


def word(value: str | None) -> Message:
    """A stored value in words: 'in_progress' → «In progress» in the viewer's language."""
    if not value:
        return Message.verbatim("")
    return VALUE_WORDS.get(value) or Message.verbatim(value.replace("_", " "))


def quoted(value: str | None) -> Message:
    """A stored value in words, in quotation marks of the viewer's language."""
    return Message("“{0}”", word(value))


def words(values: list[str]) -> Message:
    """Several stored values: 'In progress, On hold and Completed'."""
    return joined([word(v) for v in values])


def local_name(
    language: str, original: str, ru: str | None = None, kk: str | None = None, zh: str | None = None
) -> str:
    """A party's, agreement's or body's name in ``language`` when that form is stored, else the original."""
    stored = {"ru": ru, "kk": kk, "zh": zh}.get(language)
    return stored.strip() if stored and stored.strip() else original


CREATED_NOTE = "created"  # the stored note of a record's first history entry (kept as stored, shown translated)


IMPORTED_NOTE = "imported from "  # + the file's name, then ": " and each field from → to (stored, shown translated)


def imported_note(source: str, changes: str = "") -> str:
    """The stored note of a change an import made: the file's name and what changed."""
    return f"{IMPORTED_NOTE}{source}: {changes}" if changes else f"{IMPORTED_NOTE}{source}"


def history_note(note: str, from_status: str | None) -> Message:
    """A history entry's note for display: the stored markers ("created", "imported from …") in the viewer's
    language, anything else as typed."""
    if from_status is None and note == CREATED_NOTE:
        return Message("created")
    if note.startswith(IMPORTED_NOTE):
        source, separator, changes = note[len(IMPORTED_NOTE) :].partition(": ")
        if separator:
            return Message("imported from {0}: {1}", source, Message.verbatim(changes))
        return Message("imported from {0}", source)
    return Message.verbatim(note)


def imported_day(imported_at: datetime | None) -> date | None:
    """The local day an import carried a history entry in (stored in UTC)."""
    if imported_at is None:
        return None
    aware = imported_at if imported_at.tzinfo else imported_at.replace(tzinfo=UTC)
    return aware.astimezone().date()


def history_author(changed_by: str, imported_by: str | None, imported_at: datetime | None) -> Message:
    """Who made a status change, as shown: the author, and for history carried from a workbook the file's stated
    author marked with who imported it and when, so it never passes as native history."""
    if imported_by is None:
        return Message.verbatim(changed_by)
    return Message("{0} (imported by {1} on {2})", changed_by, imported_by, imported_day(imported_at))
