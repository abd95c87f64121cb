"""Use cases for commitments: edit, change status, delete."""

from __future__ import annotations

import re
import uuid
from dataclasses import fields, replace
from datetime import date
from typing import get_type_hints

from sqlalchemy import bindparam, select
from sqlalchemy import update as sql_update
from sqlmodel import Session

from desktop.domain.enums import (
    SETTABLE_FIELDS,
    CommitmentStatus,
    HistoryEntity,
    Priority,
    ReportDecision,
    parse_enum,
)
from desktop.domain.errors import ConflictError, FieldError, FieldProblem, PermissionDenied, ValidationError
from desktop.domain.messages import Message
from desktop.domain.models import Agreement, Body, BodyParty, Commitment, ExecutionReport, Party
from desktop.domain.roles import Action
from desktop.domain.rules import (
    Checker,
    commitment_progress_problems,
    commitment_search_text,
    commitment_warnings,
    completion_date_may_be_unknown,
    completion_evidence_problems,
    deadline_edit_problem,
    default_reference,
    next_free_reference,
    status_change_problems,
    supersede_problems,
    waiting_report_problems,
)
from desktop.domain.types import utc_now
from desktop.domain.words import CREATED_NOTE
from desktop.services import acceptance, access, deadlines, history
from desktop.services.commitment_list import superseded_refs as superseded_refs
from desktop.services.commitment_list import superseded_refs_in as superseded_refs_in
from desktop.services.common import check_version, clean, current_user, load, similar_in
from desktop.services.records import CommitmentData
from desktop.storage.database import Database

NOTES_MAX = 4000

# ``records.CommitmentData`` is the one declaration of a commitment's fields as the editor, the import, the command
# line and the undo hand them in: each is a column of ``Commitment`` of the same name (tests/test_services_commitments
# checks it on both engines), read back by name in ``get`` and written by name in ``save_in``. Only these have rules
# of their own there (numbering, parsed vocabularies, the status rules); every other field is copied as given,
# its text stripped.
_OWN_RULES = frozenset({"id", "version", "ref", "status", "priority"})
_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(CommitmentData))
_TEXT = frozenset(name for name, kind in get_type_hints(CommitmentData).items() if kind is str)
_COPIED: tuple[str, ...] = tuple(name for name in _FIELDS if name not in _OWN_RULES)


def _caps() -> tuple[tuple[str, int], ...]:
    """The longest text each field may hold: its column's ``max_length`` (domain/models.py), title and reference
    first (the order the editor lists the problems in); the notes are capped here, not in the table."""
    columns = Commitment.__table__.c
    caps = []
    for name in dict.fromkeys(("title", "ref", *_COPIED)):
        length = getattr(columns[name].type, "length", None) if name in columns else None
        if isinstance(length, int):
            caps.append((name, length))
    return (*caps, ("notes", NOTES_MAX))


_CAPS = _caps()


def validate(data: CommitmentData, today: date | None = None, *, date_unknown: bool = False) -> None:
    check = Checker()
    check.required("title", clean(data.title))
    for name, cap in _CAPS:
        check.max_length(name, getattr(data, name), cap)
    status: str | None = None
    try:
        # The parsed value: a typed "Completed" must meet the rules of 'completed'.
        status = parse_enum(CommitmentStatus, data.status, "status").value
    except FieldError as exc:
        check.problems.extend(exc.problems)
    try:
        parse_enum(Priority, data.priority, "priority")
    except FieldError as exc:
        check.problems.extend(exc.problems)
    if status is not None:
        check.problems.extend(
            commitment_progress_problems(
                status, data.progress, data.completed_on, today or date.today(), date_unknown=date_unknown
            )
        )
    check.raise_if_any()


def _search_parts(session: Session, c: Commitment) -> tuple[str, str, str, str, str, str, str]:
    agreement = session.get(Agreement, c.agreement_id) if c.agreement_id else None
    body = session.get(Body, c.body_id) if c.body_id else None
    party = session.get(Party, c.party_id) if c.party_id else None
    return (
        c.title,
        c.description,
        c.agency,
        c.sector,
        agreement.reg_number if agreement else "",
        body.name if body else "",
        party.name if party else "",
    )


def _search_text(session: Session, c: Commitment) -> str:
    agreement = session.get(Agreement, c.agreement_id) if c.agreement_id else None
    body = session.get(Body, c.body_id) if c.body_id else None
    party = session.get(Party, c.party_id) if c.party_id else None
    return commitment_search_text(
        c.ref,
        c.title,
        c.description,
        c.agency,
        c.sector,
        agreement.reg_number if agreement else "",
        body.name if body else "",
        party.name if party else "",
    )


def refresh_search_text(
    session: Session, *, body_id: int | None = None, party_id: int | None = None, agreement_id: int | None = None
) -> int:
    """Recompute the search text of the commitments of a renamed body, party or agreement.

    The search text carries those names, so a rename would otherwise hide the commitments from a
    search by the new name. A Core UPDATE: derived text is not an edit, so the version (and any
    form open on the commitment) is left alone. Returns how many commitments were refreshed.
    """
    column, value = next(
        (
            (col, val)
            for col, val in (
                (Commitment.body_id, body_id),
                (Commitment.party_id, party_id),
                (Commitment.agreement_id, agreement_id),
            )
            if val is not None
        ),
        (None, None),
    )
    if column is None:
        return 0
    session.flush()
    # Columns, not objects, and one executemany: a committee can hold thousands of commitments.
    rows = session.execute(
        select(
            Commitment.id,
            Commitment.ref,
            Commitment.title,
            Commitment.description,
            Commitment.agency,
            Commitment.sector,
            Agreement.reg_number,
            Body.name,
            Party.name,
        )
        .outerjoin(Agreement, Agreement.id == Commitment.agreement_id)
        .outerjoin(Body, Body.id == Commitment.body_id)
        .outerjoin(Party, Party.id == Commitment.party_id)
        .where(column == value)
    ).all()
    if not rows:
        return 0
    table = Commitment.__table__
    session.connection().execute(
        sql_update(table).where(table.c.id == bindparam("row_id")).values(search_text=bindparam("text")),
        [{"row_id": r[0], "text": commitment_search_text(*r[1:])} for r in rows],
    )
    for obj in list(session.identity_map.values()):
        if isinstance(obj, Commitment):
            session.expire(obj, ["search_text"])
    return len(rows)


def _check_references(session: Session, data: CommitmentData) -> None:
    for field_name, model, value in (
        ("agreement_id", Agreement, data.agreement_id),
        ("body_id", Body, data.body_id),
        ("party_id", Party, data.party_id),
    ):
        if value is not None and session.get(model, value) is None:
            raise FieldError(field_name, Message("the chosen record no longer exists"))


def _unique_ref(session: Session, ref: str, own_id: int | None) -> None:
    other = session.scalar(select(Commitment.id).where(Commitment.ref == ref, Commitment.id != (own_id or -1)))
    if other is not None:
        raise ValidationError(
            [FieldError("ref", Message("“{0}” is already used by another commitment", ref)).problems[0]]
        )


def _free_ref(session: Session, wanted: str, own_id: int) -> str:
    """``wanted``, or the next free one by the domain's rule (rules.next_free_reference)."""
    taken = set(
        session.scalars(select(Commitment.ref).where(Commitment.ref.startswith(wanted), Commitment.id != own_id)).all()
    )
    return next_free_reference(wanted, taken)


def _scheme_ref(session: Session, agreement_id: int, own_id: int | None) -> str:
    """The next free reference in the scheme of the agreement's commitments (see rules.default_reference)."""
    agreement = load(session, Agreement, agreement_id, "agreement")
    refs = session.scalars(
        select(Commitment.ref).where(Commitment.agreement_id == agreement_id, Commitment.id != (own_id or -1))
    ).all()
    wanted = default_reference(agreement.reg_number, [r for r in refs if not r.startswith("pending-")])
    found = _NUMBERED_TAIL.match(wanted)
    prefix = found.group(1) if found else wanted
    taken = set(
        session.scalars(
            select(Commitment.ref).where(Commitment.ref.startswith(prefix), Commitment.id != (own_id or -1))
        ).all()
    )
    return next_free_reference(wanted, taken)


_NUMBERED_TAIL = re.compile(r"^(.*?)(\d+)$")


def suggest_ref(db: Database, agreement_id: int | None) -> str:
    """What a new commitment under ``agreement_id`` would be numbered (the editor shows it, editable)."""
    if agreement_id is None:
        return ""
    with db.read() as session:
        return _scheme_ref(session, agreement_id, None)


def save(
    db: Database, data: CommitmentData, note: str = "", *, letter_number: str = "", letter_date: date | None = None
) -> int:
    """Create or update; a status that differs from the stored one is recorded in the history.

    A commitment saved as completed (entered already done, or an edit completing it) needs the evidence a status
    change needs: ``letter_number`` and ``letter_date``, unless an execution report was accepted for it.
    """
    access.require(db, Action.EDIT)
    if data.status == CommitmentStatus.CANCELLED and (data.id is None or get(db, data.id).status != data.status):
        access.require(db, Action.CANCEL)
    # An existing record may be one stored done without a date; save_in checks that against the row.
    validate(data, date_unknown=data.id is not None)
    with db.write() as session:
        return save_in(session, data, note, letter_number=letter_number, letter_date=letter_date)


def save_in(
    session: Session,
    data: CommitmentData,
    note: str = "",
    *,
    letter_number: str = "",
    letter_date: date | None = None,
    restoring: bool = False,
) -> int:
    """``restoring``: an undo puts back a state that was on record, so a completion it restores asks no evidence."""
    _check_references(session, data)
    new_status = parse_enum(CommitmentStatus, data.status, "status").value
    if data.id is None:
        c = Commitment(status=new_status, ref="", title="")
        old_status = None
    else:
        c = load(session, Commitment, data.id, "commitment")
        check_version(c, data.version, "commitment", f"{c.title} — {c.status}, {c.progress} %")
        old_status = c.status
        unknown_ok = completion_date_may_be_unknown(stored_status=c.status, stored_completed_on=c.completed_on)
        if not unknown_ok:
            problems = commitment_progress_problems(new_status, data.progress, data.completed_on, date.today())
            if problems:
                raise ValidationError(problems)
        if old_status != new_status:
            problems = status_change_problems(old_status, new_status, note)
            if problems:
                raise ValidationError(problems)
        moved = deadline_edit_problem(deadlines.moves_of(session, c.id or 0), c.due_date, data.due_date)
        if moved is not None:
            raise ValidationError([moved])
    completing = new_status == CommitmentStatus.COMPLETED and old_status != new_status and not restoring
    if completing:
        problems = completion_evidence_problems(
            letter_number, letter_date, date.today(), accepted_report=_accepted_report(session, data.id)
        )
        if problems:
            raise ValidationError(problems)
    ref = clean(data.ref)
    if ref:
        _unique_ref(session, ref, data.id)
    for name in _COPIED:
        value = getattr(data, name)
        setattr(c, name, clean(value) if name in _TEXT else value)
    c.priority = parse_enum(Priority, data.priority, "priority").value
    c.status = new_status
    if not ref and not c.ref and c.agreement_id is not None:
        # Numbered in its agreement's scheme before the insert: one save, one version.
        c.ref = _scheme_ref(session, c.agreement_id, None)
    c.ref = ref or c.ref or f"pending-{uuid.uuid4().hex}"
    c.updated_at = utc_now()
    # Set before the flush, and with no autoflush while the names are read: a second flush would
    # bump the version twice for one save.
    with session.no_autoflush:
        c.search_text = _search_text(session, c)
    session.add(c)
    session.flush()
    assert c.id is not None
    if c.ref.startswith("pending-"):
        # The number needs the id: written by a Core UPDATE so the version stays at 1.
        final = _free_ref(session, default_reference(None, (), c.id), c.id)
        table = Commitment.__table__
        session.connection().execute(
            sql_update(table)
            .where(table.c.id == c.id)
            .values(ref=final, search_text=commitment_search_text(final, *_search_parts(session, c)))
        )
        session.expire(c, ["ref", "search_text"])
    if completing and (letter_number.strip() or letter_date is not None):
        assert letter_date is not None
        refused = acceptance.problem_in(session, c.id)
        if refused is not None:
            raise PermissionDenied(Message("{0}: {1}", c.ref, refused))
        _record_evidence(session, c.id, note, letter_number, letter_date, c.completed_on or date.today())
    if old_status != new_status:
        history.record(
            session,
            HistoryEntity.COMMITMENT,
            c.id,
            old_status,
            new_status,
            note or (CREATED_NOTE if old_status is None else ""),
        )
    session.flush()
    return c.id


def _waiting_report(session: Session, commitment_id: int) -> bool:
    """Whether the executor's report waits for the controller's decision."""
    found = session.scalar(
        select(ExecutionReport.id).where(ExecutionReport.commitment_id == commitment_id, ExecutionReport.decision == "")
    )
    return found is not None


def _accepted_report(session: Session, commitment_id: int | None) -> bool:
    """Whether an execution report of the commitment was accepted: its evidence is on record."""
    if commitment_id is None:
        return False
    found = session.scalar(
        select(ExecutionReport.id).where(
            ExecutionReport.commitment_id == commitment_id, ExecutionReport.decision == ReportDecision.ACCEPTED.value
        )
    )
    return found is not None


def evidence_note(letter_number: str, letter_date: date) -> str:
    """The evidence as a history note, language-neutral: it reads the same in every language of the window."""
    return f"№ {clean(letter_number)} ({letter_date.isoformat()})"


def _record_evidence(
    session: Session, commitment_id: int, note: str, letter_number: str, letter_date: date, completed_on: date
) -> None:
    """The evidence given with a completion, kept where an execution report keeps its letter: an execution report
    accepted at once by whoever completed the commitment (a status change is the manager's own decision)."""
    user, now = current_user(session), utc_now()
    session.add(
        ExecutionReport(
            commitment_id=commitment_id,
            text=note.strip(),
            letter_number=clean(letter_number),
            letter_date=letter_date,
            report_date=completed_on,
            submitted_by=user,
            submitted_at=now,
            decision=ReportDecision.ACCEPTED.value,
            decided_by=user,
            decided_at=now,
        )
    )


def change_status(
    db: Database,
    commitment_id: int,
    to_status: str,
    note: str,
    *,
    progress: int | None = None,
    completed_on: date | None = None,
    version: int | None = None,
    today: date | None = None,
    letter_number: str = "",
    letter_date: date | None = None,
    superseded_by: int | None = None,
) -> None:
    """Move a commitment to another status in one step, recording who, when and why.

    Completing sets progress to 100 % and the completion date (today unless given), and needs evidence: an
    accepted execution report, or ``letter_number`` and ``letter_date`` (kept as an accepted report). Leaving
    'completed' clears the date and takes the progress below 100 %. Cancelling needs a note; ``superseded_by``
    names the commitment that replaces the cancelled one.
    """
    access.require(db, Action.CANCEL if to_status == "cancelled" else Action.EDIT)
    with db.write() as session:
        change_status_in(
            session,
            commitment_id,
            to_status,
            note,
            progress=progress,
            completed_on=completed_on,
            version=version,
            today=today,
            letter_number=letter_number,
            letter_date=letter_date,
            superseded_by=superseded_by,
        )


def change_status_in(
    session: Session,
    commitment_id: int,
    to_status: str,
    note: str,
    *,
    progress: int | None = None,
    completed_on: date | None = None,
    version: int | None = None,
    today: date | None = None,
    letter_number: str = "",
    letter_date: date | None = None,
    superseded_by: int | None = None,
) -> None:
    today = today or date.today()
    new_status = parse_enum(CommitmentStatus, to_status, "status").value
    c = load(session, Commitment, commitment_id, "commitment")
    check_version(c, version, "commitment", f"{c.title} — {c.status}, {c.progress} %")
    problems = status_change_problems(c.status, new_status, note)
    if new_status == CommitmentStatus.COMPLETED:
        new_progress, new_completed = 100, completed_on or today
        if c.status != new_status:
            problems += completion_evidence_problems(
                letter_number, letter_date, today, accepted_report=_accepted_report(session, commitment_id)
            )
            problems += waiting_report_problems(_waiting_report(session, commitment_id))
    else:
        new_progress = progress if progress is not None else min(c.progress, 99)
        new_completed = None
    problems += commitment_progress_problems(new_status, new_progress, new_completed, today)
    replacement = session.get(Commitment, superseded_by) if superseded_by is not None else None
    if superseded_by is not None and replacement is None:
        problems.append(FieldProblem("superseded_by", Message("the chosen record no longer exists")))
    problems += supersede_problems(
        commitment_id, new_status, superseded_by, replacement.status if replacement is not None else None
    )
    if problems:
        raise ValidationError(problems)
    evidence = new_status == CommitmentStatus.COMPLETED and (letter_number.strip() or letter_date is not None)
    if evidence:
        assert letter_date is not None
        # Completing on evidence given here takes the commitment off control: its controller's or a manager's act.
        refused = acceptance.problem_in(session, commitment_id)
        if refused is not None:
            raise PermissionDenied(Message("{0}: {1}", c.ref, refused))
        _record_evidence(session, commitment_id, note, letter_number, letter_date, new_completed or today)
        note = note.strip() or evidence_note(letter_number, letter_date)
    history.record(session, HistoryEntity.COMMITMENT, commitment_id, c.status, new_status, note)
    c.status, c.progress, c.completed_on = new_status, new_progress, new_completed
    # Superseded: cancelled with the replacement named; any other move (reopening) leaves the link behind.
    c.superseded_by_id = superseded_by if new_status == CommitmentStatus.CANCELLED else None
    c.updated_at = utc_now()
    session.flush()


def get(db: Database, commitment_id: int) -> CommitmentData:
    with db.read() as session:
        c = load(session, Commitment, commitment_id, "commitment")
        return CommitmentData(**{name: getattr(c, name) for name in _FIELDS})


def replacement(db: Database, commitment_id: int) -> tuple[int, str, str] | None:
    """The commitment that supersedes this cancelled one: its id, reference and title; None when there is none."""
    with db.read() as session:
        c = load(session, Commitment, commitment_id, "commitment")
        if c.superseded_by_id is None:
            return None
        other = session.get(Commitment, c.superseded_by_id)
        return (other.id or 0, other.ref, other.title) if other is not None else None


def delete(db: Database, commitment_id: int) -> None:
    access.require(db, Action.DELETE)
    with db.write() as session:
        session.delete(load(session, Commitment, commitment_id, "commitment"))


def defaults_under(db: Database, *, body_id: int | None = None, agreement_id: int | None = None) -> CommitmentData:
    """A new commitment added "here": under a body (its establishing agreement, its party when it has only
    one) or under an agreement, numbered in the agreement's scheme."""
    with db.read() as session:
        party_id: int | None = None
        if body_id is not None:
            body = load(session, Body, body_id, "body")
            agreement_id = agreement_id or body.established_by_id
            party_ids = session.scalars(select(BodyParty.party_id).where(BodyParty.body_id == body_id)).all()
            party_id = party_ids[0] if len(party_ids) == 1 else None
        ref = _scheme_ref(session, agreement_id, None) if agreement_id is not None else ""
    return CommitmentData(body_id=body_id, agreement_id=agreement_id, party_id=party_id, ref=ref)


def set_progress(db: Database, commitment_id: int, progress: int, note: str = "", today: date | None = None) -> None:
    """Progress alone, the status kept: checked by the same rules (0–99 % unless completed)."""
    access.require(db, Action.EDIT)
    with db.write() as session:
        c = load(session, Commitment, commitment_id, "commitment")
        problems = commitment_progress_problems(c.status, progress, c.completed_on, today or date.today())
        if problems:
            raise ValidationError(problems)
        if c.progress == progress:
            return
        history.record(
            session,
            HistoryEntity.COMMITMENT,
            commitment_id,
            c.status,
            c.status,
            note or f"progress {c.progress} → {progress} %",
        )
        c.progress = progress
        c.updated_at = utc_now()
        session.flush()


def set_fields(db: Database, commitment_id: int, changes: dict[str, str]) -> None:
    """Set fields given as text (the command line's ``set REF field=value``), through the usual save and its rules."""
    access.require(db, Action.EDIT)
    save(db, with_fields(db, commitment_id, changes))


def with_fields(db: Database, commitment_id: int, changes: dict[str, str]) -> CommitmentData:
    """The commitment as stored, with ``changes`` (field names and text values) applied; nothing is written."""
    from desktop.services import lookups
    from desktop.services.reporting.dataset import MORE_COLUMNS, MORE_DATES

    # A field added to commitments (a plain text or date column of the Commitments sheet) is settable by its name.
    settable = (*SETTABLE_FIELDS, *MORE_COLUMNS)
    data = get(db, commitment_id)
    for name, text in changes.items():
        value = text.strip()
        if name not in settable:
            raise FieldError(
                name,
                Message("cannot be set here; settable fields: {0} (status: use “{1}”)", ", ".join(settable), "status"),
            )
        if name == "due_date" or name in MORE_DATES:
            try:
                setattr(data, name, date.fromisoformat(value) if value else None)
            except ValueError as exc:
                raise FieldError(name, Message("“{0}” is not a date; write it as {1}", value, "YYYY-MM-DD")) from exc
        elif name == "progress":
            if not value.isdigit():
                raise FieldError("progress", Message("“{0}” is not a whole number of percent", value))
            data.progress = int(value)
        elif name == "agreement":
            data.agreement_id = lookups.agreement_id_by_reg(db, value) if value else None
        elif name == "body":
            data.body_id = lookups.body_id_by_name(db, value) if value else None
        elif name == "party":
            data.party_id = lookups.party_id_by_name(db, value) if value else None
        else:
            setattr(data, name, value)
    return data


def undo_edit(db: Database, before: CommitmentData, version_after: int) -> None:
    """Save ``before`` again over the edit that left the record at ``version_after``.

    Refused, naming the record, when someone changed it since (its version moved on).
    """
    access.require(db, Action.EDIT)
    with db.write() as session:
        undo_edit_in(session, before, version_after)


def undo_edit_in(session: Session, before: CommitmentData, version_after: int) -> None:
    c = load(session, Commitment, before.id, "commitment")
    if c.version != version_after:
        raise ConflictError(
            Message("Cannot undo: commitment {0} was changed since your edit by someone else.", c.ref),
            current=c.version,
        )
    save_in(session, replace(before, version=version_after), "undone", restoring=True)


def warnings(db: Database, data: CommitmentData, today: date | None = None) -> list[FieldProblem]:
    """Cross-record checks the clerk confirms before saving (``rules.commitment_warnings``).

    Only for what this edit changes: a stored record's old dates and title (an imported archive's
    completions predate their entry) are not asked about again on every save.
    """
    with db.read() as session:
        stored = session.get(Commitment, data.id) if data.id is not None else None
        created_on = today or date.today()
        if stored is not None and stored.created_at is not None:
            created_on = stored.created_at.date()
        moved = stored is None or stored.agreement_id != data.agreement_id
        due_changed = moved or stored is None or stored.due_date != data.due_date
        completion_changed = stored is None or stored.completed_on != data.completed_on
        title_changed = moved or stored is None or clean(stored.title).casefold() != clean(data.title).casefold()
        ref_changed = stored is None or stored.ref != clean(data.ref)
        similar = (
            similar_in(session, Commitment.ref, Commitment.id, data.ref, data.id) if ref_changed and data.ref else []
        )
        signed_on = None
        same_title: list[str] = []
        if data.agreement_id is not None:
            agreement = session.get(Agreement, data.agreement_id)
            signed_on = agreement.signed_on if agreement is not None and due_changed else None
            wanted = clean(data.title).casefold()
            if wanted and title_changed:
                others = session.execute(
                    select(Commitment.ref, Commitment.title).where(
                        Commitment.agreement_id == data.agreement_id, Commitment.id != (data.id or -1)
                    )
                ).all()
                same_title = [ref for ref, title in others if (title or "").strip().casefold() == wanted]
    if isinstance(signed_on, str):  # SQLite through raw paths may hand back text
        signed_on = date.fromisoformat(signed_on)
    return commitment_warnings(
        due_date=data.due_date,
        completed_on=data.completed_on if completion_changed else None,
        agreement_signed_on=signed_on,
        created_on=created_on,
        same_title_refs=same_title,
        similar_refs=similar,
    )
