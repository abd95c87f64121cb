"""Acting on many commitments at once: one transaction, each row checked by the usual rules.

A row the rules refuse (a transition not allowed, a missing note, someone else's newer save)
is left as it is and named in the result; the others are written together. Every changed
commitment gets one history entry, so the history shows the bulk action row by row.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session

from desktop.domain.enums import CommitmentStatus, HistoryEntity
from desktop.domain.errors import FieldError, KelisimError
from desktop.domain.messages import Message
from desktop.domain.models import Body, Commitment
from desktop.domain.roles import Action
from desktop.domain.rules import deadline_edit_problem
from desktop.domain.types import utc_now
from desktop.services import access, deadlines, history
from desktop.services.commitments import change_status_in, refresh_search_text
from desktop.services.common import check_version, clean, load
from desktop.storage.database import Database


@dataclass(frozen=True)
class Refusal:
    id: int
    ref: str
    reason: str


@dataclass(frozen=True)
class Snapshot:
    """A commitment's bulk-editable fields before the action, and its version after it (for undo)."""

    id: int
    status: str
    progress: int
    completed_on: date | None
    body_id: int | None
    due_date: date | None
    agency: str
    version_after: int = 0


@dataclass
class BulkResult:
    changed: list[int] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    before: list[Snapshot] = field(default_factory=list)


def _snapshot(c: Commitment) -> Snapshot:
    assert c.id is not None
    return Snapshot(c.id, c.status, c.progress, c.completed_on, c.body_id, c.due_date, c.agency)


def _finish(session: Session, result: BulkResult) -> BulkResult:
    session.flush()
    after = {s.id: s for s in result.before}
    result.before = [
        Snapshot(**{**s.__dict__, "version_after": load(session, Commitment, s.id, "commitment").version})
        for s in after.values()
    ]
    return result


def change_status(
    db: Database,
    *,
    ids: Sequence[int],
    to_status: str,
    note: str,
    versions: Mapping[int, int] | None = None,
    today: date | None = None,
    letter_number: str = "",
    letter_date: date | None = None,
) -> BulkResult:
    """Move every commitment in ``ids`` to ``to_status`` with the same note.

    Completing needs evidence for each row (an accepted execution report, or the letter given once for all of
    them: after a committee session, its protocol's number and date); a row without it is refused by name.
    """
    access.require(db, Action.CANCEL if to_status == "cancelled" else Action.EDIT)
    with db.write() as session:
        result = BulkResult()
        for record_id in ids:
            c = session.get(Commitment, record_id)
            if c is None:
                result.refused.append(Refusal(record_id, "", "no longer exists"))
                continue
            snap = _snapshot(c)
            try:
                change_status_in(
                    session,
                    record_id,
                    to_status,
                    note,
                    version=(versions or {}).get(record_id),
                    today=today,
                    letter_number=letter_number,
                    letter_date=letter_date,
                )
            except KelisimError as exc:
                result.refused.append(Refusal(record_id, c.ref, str(exc)))
                continue
            result.changed.append(record_id)
            result.before.append(snap)
        return _finish(session, result)


def set_fields(
    db: Database,
    *,
    ids: Sequence[int],
    body_id: int | None = None,
    due_date: date | None = None,
    agency: str | None = None,
    clear_due_date: bool = False,
    versions: Mapping[int, int] | None = None,
) -> BulkResult:
    """Move the commitments to ``body_id`` and/or set their due date or executing agency.

    Arguments left ``None`` are not touched (``clear_due_date`` empties the due date).
    """
    access.require(db, Action.EDIT)
    agency_text = clean(agency) if agency is not None else None
    if agency_text is not None and len(agency_text) > 500:
        raise FieldError("agency", Message("is {0} characters long; at most {1} are allowed", len(agency_text), 500))
    if body_id is None and due_date is None and agency_text is None and not clear_due_date:
        raise FieldError("change", Message("choose what to change"))
    with db.write() as session:
        body = load(session, Body, body_id, "body") if body_id is not None else None
        result = BulkResult()
        for record_id in ids:
            c = session.get(Commitment, record_id)
            if c is None:
                result.refused.append(Refusal(record_id, "", "no longer exists"))
                continue
            try:
                check_version(c, (versions or {}).get(record_id), "commitment")
            except KelisimError as exc:
                result.refused.append(Refusal(record_id, c.ref, str(exc)))
                continue
            if due_date is not None or clear_due_date:
                moved = deadline_edit_problem(deadlines.moves_of(session, record_id), c.due_date, due_date)
                if moved is not None:
                    result.refused.append(Refusal(record_id, c.ref, str(moved.message)))
                    continue
            snap = _snapshot(c)
            words: list[str] = []
            if body is not None and c.body_id != body.id:
                words.append(f"moved to {body.name}")
                c.body_id = body.id
            if (due_date is not None or clear_due_date) and c.due_date != due_date:
                words.append(f"due {due_date.isoformat()}" if due_date else "due date cleared")
                c.due_date = due_date
            if agency_text is not None and c.agency != agency_text:
                words.append(f"agency {agency_text}" if agency_text else "agency cleared")
                c.agency = agency_text
            if not words:
                continue
            c.updated_at = utc_now()
            # The history keeps status changes; a bulk edit is noted there without moving the status.
            history.record(session, HistoryEntity.COMMITMENT, record_id, c.status, c.status, "; ".join(words))
            result.changed.append(record_id)
            result.before.append(snap)
        session.flush()
        if body is not None and result.changed:
            refresh_search_text(session, body_id=body.id)
        return _finish(session, result)


def restore(db: Database, *, snapshots: Sequence[Snapshot], note: str = "undone") -> BulkResult:
    """Put the commitments back as they were before a bulk action (undo).

    Refused as a whole when any of them was changed since (its version moved on).
    """
    access.require(db, Action.EDIT)
    with db.write() as session:
        result = BulkResult()
        for snap in snapshots:
            c = load(session, Commitment, snap.id, "commitment")
            if c.version != snap.version_after:
                raise KelisimError(Message("Cannot undo: commitment {0} was changed since by someone else.", c.ref))
        for snap in snapshots:
            c = load(session, Commitment, snap.id, "commitment")
            if c.status != snap.status:
                history.record(session, HistoryEntity.COMMITMENT, snap.id, c.status, snap.status, note)
            else:
                history.record(session, HistoryEntity.COMMITMENT, snap.id, c.status, c.status, note)
            c.status, c.progress, c.completed_on = snap.status, snap.progress, snap.completed_on
            c.body_id, c.due_date, c.agency = snap.body_id, snap.due_date, snap.agency
            if snap.status != CommitmentStatus.CANCELLED:  # an undone supersession leaves no link behind
                c.superseded_by_id = None
            c.updated_at = utc_now()
            result.changed.append(snap.id)
        session.flush()
        for body_id in {s.body_id for s in snapshots if s.body_id is not None}:
            refresh_search_text(session, body_id=body_id)
        return result
