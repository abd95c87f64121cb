"""Pure rules of the register: validation, status transitions and what "overdue" means.

Services call these before writing; the GUI calls them to mark fields as the clerk types.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from desktop.domain.enums import (
    OPEN_COMMITMENT_STATUSES,
    AgreementStatus,
    CommitmentStatus,
    HistoryEntity,
)
from desktop.domain.errors import FieldProblem, ValidationError, field_label
from desktop.domain.messages import Message
from desktop.domain.words import quoted, words

if TYPE_CHECKING:  # the clauses build SQL only when a query asks: the window paints before SQLAlchemy loads
    from sqlalchemy import ColumnElement
    from sqlalchemy.sql.elements import SQLCoreOperations

# Statuses a commitment may move to from each status. Reopening a closed one is allowed
# (clerks fix mistakes) but, like cancelling, needs a note saying why.
COMMITMENT_TRANSITIONS: dict[str, frozenset[str]] = {
    CommitmentStatus.NOT_STARTED: frozenset({"in_progress", "on_hold", "completed", "cancelled"}),
    CommitmentStatus.IN_PROGRESS: frozenset({"not_started", "on_hold", "completed", "cancelled"}),
    CommitmentStatus.ON_HOLD: frozenset({"not_started", "in_progress", "completed", "cancelled"}),
    CommitmentStatus.COMPLETED: frozenset({"in_progress"}),
    CommitmentStatus.CANCELLED: frozenset({"not_started", "in_progress"}),
}

AGREEMENT_TRANSITIONS: dict[str, frozenset[str]] = {
    AgreementStatus.DRAFT: frozenset({"signed", "terminated"}),
    AgreementStatus.SIGNED: frozenset({"draft", "in_force", "terminated", "expired"}),
    AgreementStatus.IN_FORCE: frozenset({"suspended", "expired", "terminated"}),
    AgreementStatus.SUSPENDED: frozenset({"in_force", "expired", "terminated"}),
    AgreementStatus.EXPIRED: frozenset({"in_force"}),
    AgreementStatus.TERMINATED: frozenset({"in_force", "signed"}),
}

NOTE_REQUIRED_COMMITMENT = frozenset({"cancelled"})
NOTE_REQUIRED_AGREEMENT = frozenset({"suspended", "terminated"})
DUE_SOON_DAYS = 30


# "Open" and "overdue", each once in Python and once in SQL; tests/test_domain_rules.py checks the pairs agree.
def is_open(status: str) -> bool:
    """Neither completed nor cancelled."""
    return status in OPEN_COMMITMENT_STATUSES


def open_clause(status: SQLCoreOperations[str]) -> ColumnElement[bool]:
    """``is_open`` as a SQL condition on a status column.

    "status IN (open ones)" rather than NOT IN (closed ones): SQLite then answers counts from the covering
    (status, due_date) index instead of visiting every row (60 ms → 1 ms for 100,000 commitments).
    """
    return status.in_(sorted(OPEN_COMMITMENT_STATUSES))


def is_overdue(due_date: date | str | None, status: str, today: date | str) -> bool:
    """Due date passed and the commitment still open.

    Accepts ISO strings as well as dates, because list rows carry dates as ISO text.
    """
    if not due_date or not is_open(status):
        return False
    return str(due_date) < str(today)


def overdue_clause(
    due_date: SQLCoreOperations[date | None], status: SQLCoreOperations[str], today: date
) -> ColumnElement[bool]:
    """``is_overdue`` as a SQL condition on a due-date and a status column (a NULL due date is never overdue)."""
    from sqlalchemy import and_

    return and_(due_date.is_not(None), due_date < today, open_clause(status))


# Deadlines on record. The commitment's due date is its current deadline; its original one is the date its first
# extension moved it from. Completion is judged against the original: a commitment done after the deadline it was
# given is executed late even when within a moved one.
def original_deadline(due_date: date | None, first_previous_date: date | None, moves: int) -> date | None:
    """The deadline a commitment was given: the date its first extension moved it from, else its due date."""
    return first_previous_date if moves else due_date


def executed_on_time(status: str, completed_on: date | None, original_due: date | None) -> bool | None:
    """True (executed on time), False (executed late) or None (not completed, or no date to judge by)."""
    if status != CommitmentStatus.COMPLETED or completed_on is None or original_due is None:
        return None
    return completed_on <= original_due


def executed_late_clause(
    status: SQLCoreOperations[str],
    completed_on: SQLCoreOperations[date | None],
    original_due: SQLCoreOperations[date | None],
    *,
    late: bool,
) -> ColumnElement[bool]:
    """``executed_on_time`` as a SQL condition: ``late`` picks the commitments executed late, else on time."""
    from sqlalchemy import and_

    judged = and_(status == CommitmentStatus.COMPLETED.value, completed_on.is_not(None), original_due.is_not(None))
    return and_(judged, completed_on > original_due if late else completed_on <= original_due)


def deadline_move_problems(current_due: date | None, new_date: date | None, reason: str) -> list[FieldProblem]:
    """A deadline moves to a new date, different from the current one, and says why."""
    check = Checker()
    if new_date is None:
        check.add("new_date", Message("the new deadline is required"))
    elif current_due is not None and new_date == current_due:
        check.add("new_date", Message("the deadline is already {0}", new_date.isoformat()))
    check.required("reason", reason)
    check.max_length("reason", reason.strip(), 2000)
    return check.problems


def deadline_edit_problem(moves: int, stored_due: date | None, new_due: date | None) -> FieldProblem | None:
    """Once a deadline has been moved on record, it changes only by another recorded move (with its reason)."""
    if moves and stored_due != new_due:
        return FieldProblem(
            "due_date",
            Message(
                "the deadline was moved on record (×{0}): change it with “Move deadline…”, giving the reason", moves
            ),
        )
    return None


def team_problems(lead_id: int | None, co_ids: Collection[int], controller_id: int | None) -> list[FieldProblem]:
    """Who answers for a commitment: co-executors report to a lead executor, so there is none without one; the
    lead is not also a co-executor; the controller accepts the execution, so is not its lead executor."""
    check = Checker()
    if co_ids and lead_id is None:
        check.add("executor", Message("name the lead executor: co-executors report to them"))
    if lead_id is not None and lead_id in co_ids:
        check.add("co_executors", Message("the lead executor is not also a co-executor"))
    if controller_id is not None and controller_id == lead_id:
        check.add("controller", Message("the controller accepts the lead executor's report, so is someone else"))
    return check.problems


def person_problems(name: str) -> list[FieldProblem]:
    """A person in the register has a name (at most 200 characters)."""
    check = Checker()
    check.required("person_name", name)
    check.max_length("person_name", name.strip(), 200)
    return check.problems


def execution_report_problems(
    text: str,
    letter_number: str,
    letter_date: date | None,
    report_date: date | None,
    today: date,
    documents: int = 0,
) -> list[FieldProblem]:
    """An execution report says what was done and carries its evidence: the outgoing letter's number and date, or
    at least one attached document (or both; a letter, once named, has both its number and its date). Neither date
    lies in the future."""
    check = Checker()
    check.required("report_text", text)
    check.max_length("report_text", text.strip(), 4000)
    has_number = bool(letter_number.strip())
    if documents <= 0 or has_number or letter_date is not None:
        if not has_number:
            check.add(
                "letter_number",
                Message("{0} is required, or attach a document as the evidence", field_label("letter_number"))
                if documents <= 0
                else Message("{0} is required", field_label("letter_number")),
            )
        check.max_length("letter_number", letter_number.strip(), 100)
        check.required("letter_date", letter_date)
    check.required("report_date", report_date)
    for name, day in (("letter_date", letter_date), ("report_date", report_date)):
        if day is not None and day > today:
            check.add(name, Message("{0} is in the future", day.isoformat()))
    return check.problems


def report_evidence_problem(letter_number: str, documents: int) -> Message | None:
    """A waiting report keeps its evidence: its last attached document goes only when a letter is named too."""
    if documents <= 0 and not letter_number.strip():
        return Message("an execution report needs its evidence: an outgoing letter or an attached document")
    return None


ATTACHMENT_NAME_LENGTH = 255
# Opened with the system's viewer only when the name says it is a document or an image; anything else (a program,
# a script, a shortcut) is only saved out, so Kelisim never has the system run it.
VIEWABLE_SUFFIXES = frozenset(
    {
        ".pdf",
        ".png",
        ".jpg",
        ".jpeg",
        ".gif",
        ".bmp",
        ".tif",
        ".tiff",
        ".webp",
        ".doc",
        ".docx",
        ".xls",
        ".xlsx",
        ".odt",
        ".ods",
        ".rtf",
        ".txt",
        ".csv",
    }
)
_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')


def attachment_name(name: str) -> str:
    """A stored file's name as data: its last path component, no control or path characters, at most 255
    characters (the suffix kept), never empty or a dot name."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = _UNSAFE_NAME.sub("_", base).strip().strip(".")
    if not cleaned:
        cleaned = "attachment"
    if len(cleaned) > ATTACHMENT_NAME_LENGTH:
        stem, dot, suffix = cleaned.rpartition(".")
        if dot and 0 < len(suffix) <= 10:
            cleaned = stem[: ATTACHMENT_NAME_LENGTH - len(suffix) - 1] + "." + suffix
        else:
            cleaned = cleaned[:ATTACHMENT_NAME_LENGTH]
    return cleaned


def opens_in_viewer(name: str) -> bool:
    """Whether the window may hand the file to the system's viewer (documents and images only)."""
    dot = name.rfind(".")
    return dot > 0 and name[dot:].lower() in VIEWABLE_SUFFIXES


def attachment_size_problem(name: str, size: int, limit_mb: int) -> Message | None:
    """A file over the limit is refused before it is read, naming the file, its size and the limit."""
    if size > limit_mb * 1024 * 1024:
        return Message(
            "“{0}” is {1} MB: larger than the limit of {2} MB for an attached document",
            name,
            f"{size / (1024 * 1024):.1f}",
            limit_mb,
        )
    return None


def completion_evidence_problems(
    letter_number: str, letter_date: date | None, today: date, *, accepted_report: bool = False
) -> list[FieldProblem]:
    """A commitment is completed only on evidence: an accepted execution report, or the document given with the
    change — an outgoing letter's (or the session protocol's) number and date, the fields of an execution report's
    letter. Without either, completing is refused naming both fields."""
    number = letter_number.strip()
    if not number and letter_date is None:
        if accepted_report:
            return []
        return [
            FieldProblem(
                "letter_number",
                Message(
                    "completing needs evidence: give the {0} and the {1} (e.g. the session's protocol), "
                    "or accept an execution report",
                    field_label("letter_number"),
                    field_label("letter_date"),
                ),
            )
        ]
    check = Checker()
    check.required("letter_number", number)
    check.max_length("letter_number", number, 100)
    check.required("letter_date", letter_date)
    if letter_date is not None and letter_date > today:
        check.add("letter_date", Message("{0} is in the future", letter_date.isoformat()))
    return check.problems


def supersede_problems(
    own_id: int | None, to_status: str, replacement_id: int | None, replacement_status: str | None
) -> list[FieldProblem]:
    """A commitment superseded by another is cancelled (with its reason, as any cancel) and names a replacement
    that is another commitment, itself not cancelled."""
    if replacement_id is None:
        return []
    check = Checker()
    if to_status != CommitmentStatus.CANCELLED:
        check.add("superseded_by", Message("only a cancelled commitment is superseded by another"))
    elif replacement_id == own_id:
        check.add("superseded_by", Message("a commitment cannot supersede itself"))
    elif replacement_status == CommitmentStatus.CANCELLED:
        check.add("superseded_by", Message("the replacement is itself cancelled"))
    return check.problems


def submit_problem(status: str, waiting: bool) -> Message | None:
    """An open commitment takes one execution report at a time."""
    if not is_open(status):
        return Message("the commitment is closed ({0}): there is nothing to report", quoted(status))
    if waiting:
        return Message("an execution report already waits for acceptance")
    return None


def acceptance_problem(*, is_lead_executor: bool, is_controller: bool, is_manager: bool) -> Message | None:
    """Who may take a commitment off control (accept or return its execution report, or complete it on evidence
    given with the change): its controller or a manager — never the lead executor who answers for it. The same
    rule runs on the server for a shared register (storage/roles.py: kelisim_accept_check)."""
    if is_lead_executor:
        return Message("the lead executor cannot accept or return their own report: the controller decides")
    if not (is_controller or is_manager):
        return Message("only the commitment's controller or a manager may accept or return its execution")
    return None


def waiting_report_problems(waiting: bool) -> list[FieldProblem]:
    """A commitment whose execution report waits is completed by deciding that report, not beside it (which would
    leave the report waiting on a completed commitment)."""
    if not waiting:
        return []
    return [FieldProblem("status", Message("an execution report waits for acceptance: accept or return it instead"))]


def return_problems(reason: str) -> list[FieldProblem]:
    check = Checker()
    check.required("reason", reason)
    check.max_length("reason", reason.strip(), 2000)
    return check.problems


def interim_report_problems(
    status: str, text: str, report_date: date | None, progress: int | None, today: date
) -> list[FieldProblem]:
    """Interim information on an open commitment: dated, not in the future, says what was done; its percentage
    (0–99) never completes the commitment — only an accepted execution report or a status change does."""
    check = Checker()
    if not is_open(status):
        check.add("status", Message("the commitment is closed ({0}): there is nothing to report", quoted(status)))
    check.required("report_text", text)
    check.max_length("report_text", text.strip(), 4000)
    check.required("report_date", report_date)
    if report_date is not None and report_date > today:
        check.add("report_date", Message("{0} is in the future", report_date.isoformat()))
    if progress is not None and not 0 <= progress <= 99:
        check.add("progress", Message("an interim report gives 0–99 %; completion comes with the execution report"))
    return check.problems


def can_move_commitment(from_status: str, to_status: str) -> bool:
    return to_status in COMMITMENT_TRANSITIONS.get(from_status, frozenset())


def can_move_agreement(from_status: str, to_status: str) -> bool:
    return to_status in AGREEMENT_TRANSITIONS.get(from_status, frozenset())


def history_row(
    entity: HistoryEntity,
    record_id: int,
    from_status: str | None,
    to_status: str,
    note: str,
    *,
    changed_at: datetime,
    changed_by: str,
) -> dict[str, object]:
    """The column values of one status change (table ``status_change``): the same row whether a service
    records it through the ORM or the import inserts many at once."""
    return {
        "entity": entity.value,
        "commitment_id": record_id if entity is HistoryEntity.COMMITMENT else None,
        "agreement_id": record_id if entity is HistoryEntity.AGREEMENT else None,
        "from_status": from_status,
        "to_status": to_status,
        "changed_at": changed_at,
        "changed_by": changed_by,
        "note": note.strip(),
    }


def commitment_note_required(from_status: str, to_status: str, *, reopening_needs_note: bool = True) -> bool:
    """Cancelling needs a note saying why, and so does reopening a closed commitment."""
    return to_status in NOTE_REQUIRED_COMMITMENT or (reopening_needs_note and not is_open(from_status))


def agreement_note_required(to_status: str) -> bool:
    """Suspending or terminating an agreement needs a note saying why."""
    return to_status in NOTE_REQUIRED_AGREEMENT


def status_change_problems(
    from_status: str, to_status: str, note: str, *, reopening_needs_note: bool = True
) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if from_status == to_status:
        problems.append(FieldProblem("status", Message("the commitment is already {0}", quoted(to_status))))
    elif not can_move_commitment(from_status, to_status):
        allowed = words(sorted(COMMITMENT_TRANSITIONS.get(from_status, ())))
        problems.append(
            FieldProblem(
                "status",
                Message("cannot move from {0} to {1} (allowed: {2})", quoted(from_status), quoted(to_status), allowed),
            )
        )
    needs_note = commitment_note_required(from_status, to_status, reopening_needs_note=reopening_needs_note)
    if needs_note and not note.strip():
        problems.append(FieldProblem("note", Message("a note is required to move to {0}", quoted(to_status))))
    return problems


def agreement_status_change_problems(
    from_status: str, to_status: str, note: str, *, must_change: bool = False
) -> list[FieldProblem]:
    """The same rules whether the status is changed in its dialog, by the status command or in the edit form.

    ``must_change``: a status change asked for as such (dialog, command) must change something; the edit
    form saves other fields with the status unchanged.
    """
    problems: list[FieldProblem] = []
    if from_status == to_status:
        if must_change:
            problems.append(FieldProblem("status", Message("the agreement is already {0}", quoted(to_status))))
        return problems
    if not can_move_agreement(from_status, to_status):
        allowed = words(sorted(AGREEMENT_TRANSITIONS.get(from_status, ())))
        message = Message(
            "an agreement cannot move from {0} to {1} (allowed: {2})", quoted(from_status), quoted(to_status), allowed
        )
        problems.append(FieldProblem("status", message))
    if agreement_note_required(to_status) and not note.strip():
        problems.append(FieldProblem("note", Message("a note is required to move to {0}", quoted(to_status))))
    return problems


def agreement_status_requirements(
    status: str, signed_on: date | None, entry_into_force: date | None
) -> list[FieldProblem]:
    """Dates an agreement must have in ``status``: the edit form and the status command both ask."""
    problems: list[FieldProblem] = []
    if status != AgreementStatus.DRAFT and signed_on is None:
        problems.append(FieldProblem("signed_on", Message("a signed agreement needs its signing date")))
    if status == AgreementStatus.IN_FORCE and entry_into_force is None:
        problems.append(
            FieldProblem("entry_into_force", Message("an agreement in force needs its date of entry into force"))
        )
    return problems


@dataclass
class Checker:
    """Collects field problems so a form can show them all at once."""

    problems: list[FieldProblem] = field(default_factory=list)

    def add(self, field_name: str, message: Message) -> None:
        self.problems.append(FieldProblem(field_name, message))

    def required(self, field_name: str, value: object, label: Message | None = None) -> None:
        if value is None or (isinstance(value, str) and not value.strip()):
            self.add(field_name, Message("{0} is required", label or field_label(field_name)))

    def max_length(self, field_name: str, value: str, limit: int) -> None:
        if value and len(value) > limit:
            self.add(field_name, Message("is %n characters long; at most {0} are allowed", limit, n=len(value)))

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)


def commitment_progress_problems(
    status: str, progress: int, completed_on: date | None, today: date, *, date_unknown: bool = False
) -> list[FieldProblem]:
    """Completed if and only if progress is 100 % and a completion date is set.

    One exception, ``date_unknown``: a commitment recorded as done without the day it was done
    (a clerk's register marks a row done and says no more). Its date is left empty and shown as
    unknown rather than invented; see ``completion_date_may_be_unknown`` for when that holds.
    """
    check = Checker()
    if not 0 <= progress <= 100:
        check.add("progress", Message("must be between 0 and 100 %"))
    if status == CommitmentStatus.COMPLETED:
        if progress != 100:
            check.add("progress", Message("a completed commitment must be at 100 %"))
        if completed_on is None and not date_unknown:
            check.add("completed_on", Message("a completed commitment needs a completion date"))
    else:
        if progress == 100:
            check.add("progress", Message("100 % means completed: set the status to completed, or lower the progress"))
        if completed_on is not None:
            check.add("completed_on", Message("only a completed commitment has a completion date"))
    if completed_on is not None and completed_on > today:
        check.add("completed_on", Message("the completion date cannot be in the future"))
    return check.problems


def completion_date_may_be_unknown(
    *, imported_without_date: bool = False, stored_status: str | None = None, stored_completed_on: date | None = None
) -> bool:
    """When a completed commitment may have no completion date: it comes in done from a file that
    gives no date, or it was already stored completed without one and stays completed (its editor
    must not refuse to save it). Completing a commitment in the window always sets a date."""
    if imported_without_date:
        return True
    return stored_status == CommitmentStatus.COMPLETED and stored_completed_on is None


def agreement_date_problems(
    signed_on: date | None, entry_into_force: date | None, expiry: date | None
) -> list[FieldProblem]:
    check = Checker()
    if signed_on and entry_into_force and entry_into_force < signed_on:
        check.add("entry_into_force", Message("cannot be before the signing date"))
    if signed_on and expiry and expiry <= signed_on:
        check.add("expiry", Message("must be after the signing date"))
    if entry_into_force and expiry and expiry <= entry_into_force:
        check.add("expiry", Message("must be after the entry into force"))
    return check.problems


def commitment_warnings(
    *,
    due_date: date | None,
    completed_on: date | None,
    agreement_signed_on: date | None,
    created_on: date | None,
    same_title_refs: Iterable[str] = (),
    similar_refs: Iterable[str] = (),
) -> list[FieldProblem]:
    """What is allowed but probably a slip, for the clerk to confirm before saving: a deadline before its
    agreement was signed, a completion before the commitment was recorded, the same title twice under one
    agreement, the reference of another commitment written differently (``similar_references``)."""
    problems = []
    similar = sorted(similar_refs)
    if similar:
        problems.append(
            FieldProblem("ref", Message("commitment {0} has the same reference written differently", examples(similar)))
        )
    if due_date is not None and agreement_signed_on is not None and due_date < agreement_signed_on:
        problems.append(
            FieldProblem("due_date", Message("is before its agreement was signed ({0})", agreement_signed_on))
        )
    if completed_on is not None and created_on is not None and completed_on < created_on:
        problems.append(FieldProblem("completed_on", Message("is before the commitment was entered ({0})", created_on)))
    refs = sorted(same_title_refs)
    if refs:
        problems.append(
            FieldProblem("title", Message("commitment {0} under the same agreement has this title", ", ".join(refs)))
        )
    return problems


EXAMPLES = 3  # how many records a warning names before "and N more"


def examples(items: Sequence[str]) -> Message:
    """'A, B, C and 4 more': the first few records a warning is about, in the viewer's language."""
    shown = Message.verbatim(", ".join(items[:EXAMPLES]))
    if len(items) > EXAMPLES:
        return Message("{0} and %n more", shown, n=len(items) - EXAMPLES)
    return shown


def reference_key(reference: str) -> str:
    """A reference or registration number as a clerk might retype it: letter case, spaces and punctuation
    ignored ("KZ-CN-2024/07", "kz cn 2024.07" and "KZCN202407" are one key)."""
    return "".join(ch for ch in reference.casefold() if ch.isalnum())


def reference_digits(reference: str) -> str:
    """The last run of digits of a reference ("" if none): a reference written differently keeps it, so a
    service may narrow the candidates in SQL (``LIKE '%07%'``) before comparing ``reference_key``."""
    runs = re.findall(r"\d+", reference)
    return runs[-1] if runs else ""


def similar_references(reference: str, others: Iterable[str]) -> list[str]:
    """The ``others`` that are ``reference`` written differently: the same key, not the same text (the
    same text is refused outright: references are unique)."""
    wanted = reference.strip()
    key = reference_key(wanted)
    if not key:
        return []
    return sorted({o for o in others if o.strip() != wanted and reference_key(o) == key})


def name_key(name: str) -> str:
    """A name as the register tells names apart: case and runs of spaces ignored."""
    return " ".join(name.casefold().split())


@dataclass(frozen=True)
class Dated:
    """A record a cross-record check looks at: how the clerk knows it, a date, and whether it is open."""

    label: str
    on: date | None
    open: bool = True


def agreement_warnings(
    *,
    signed_on: date | None = None,
    expiry: date | None = None,
    commitments: Iterable[Dated] = (),
    established_bodies: Iterable[Dated] = (),
    similar_reg_numbers: Iterable[str] = (),
) -> list[FieldProblem]:
    """What is allowed but probably a slip in an agreement, for the clerk to confirm: its registration
    number written differently on another agreement; a signing date after some of its commitments fall
    due or after a body it established was established; an expiry before open commitments fall due.

    ``signed_on``/``expiry`` are the dates the edit sets (None: not asked about); ``commitments`` are the
    agreement's (``on``: the due date), ``established_bodies`` the bodies it established (``on``: the
    date each was established)."""
    problems = []
    similar = sorted(similar_reg_numbers)
    if similar:
        problems.append(
            FieldProblem(
                "reg_number",
                Message("agreement {0} has the same registration number written differently", examples(similar)),
            )
        )
    listed = list(commitments)
    if signed_on is not None:
        early = sorted(c.label for c in listed if c.on is not None and c.on < signed_on)
        if early:
            problems.append(
                FieldProblem(
                    "signed_on",
                    Message("%n of its commitments fall due before this date: {0}", examples(early), n=len(early)),
                )
            )
        older = sorted(b.label for b in established_bodies if b.on is not None and b.on < signed_on)
        if older:
            problems.append(
                FieldProblem(
                    "signed_on",
                    Message(
                        "%n bodies it established were established before this date: {0}",
                        examples(older),
                        n=len(older),
                    ),
                )
            )
    if expiry is not None:
        late = sorted(c.label for c in listed if c.open and c.on is not None and c.on > expiry)
        if late:
            problems.append(
                FieldProblem(
                    "expiry",
                    Message("%n of its open commitments fall due after this date: {0}", examples(late), n=len(late)),
                )
            )
    return problems


def body_warnings(
    *,
    same_names: Iterable[str] = (),
    established_on: date | None = None,
    parent: Dated | None = None,
    moved: bool = False,
    dissolving: bool = False,
    open_commitments: int = 0,
    active_sub_bodies: Sequence[str] = (),
) -> list[FieldProblem]:
    """What is allowed but probably a slip in a body, for the clerk to confirm: another body of the same name
    (the import tells bodies apart by name); established before its parent body was, or placed under a
    dissolved one; dissolved while commitments are still open under it or its sub-bodies are still active.

    ``established_on`` is given when the edit changes it or the parent; ``parent`` is the parent body
    (``parent.open``: it is active), ``moved`` when the edit places an active body under it; ``dissolving``
    when the edit dissolves the body or moves its dissolution date."""
    problems = []
    names = sorted(same_names)
    if names:
        problems.append(FieldProblem("name", Message("another body has this name: {0}", examples(names))))
    if parent is not None and established_on is not None and parent.on is not None and established_on < parent.on:
        problems.append(
            FieldProblem(
                "established_on",
                Message("is before its parent body {0} was established ({1})", parent.label, parent.on),
            )
        )
    if moved and parent is not None and not parent.open:
        problems.append(FieldProblem("parent_id", Message("{0} is dissolved", parent.label)))
    if dissolving and open_commitments:
        problems.append(
            FieldProblem("dissolved_on", Message("%n of its commitments are still open", n=open_commitments))
        )
    if dissolving and active_sub_bodies:
        problems.append(
            FieldProblem(
                "dissolved_on",
                Message(
                    "%n of its sub-bodies are still active: {0}",
                    examples(sorted(active_sub_bodies)),
                    n=len(active_sub_bodies),
                ),
            )
        )
    return problems


def descendants(body_id: int, parent_of: Mapping[int, int | None]) -> set[int]:
    """Ids of every body below ``body_id`` (not including it)."""
    children: dict[int, list[int]] = {}
    for child, parent in parent_of.items():
        if parent is not None:
            children.setdefault(parent, []).append(child)
    found: set[int] = set()
    stack = list(children.get(body_id, ()))
    while stack:
        current = stack.pop()
        if current in found:
            continue
        found.add(current)
        stack.extend(children.get(current, ()))
    return found


def parent_problem(body_id: int | None, parent_id: int | None, parent_of: Mapping[int, int | None]) -> Message | None:
    if parent_id is None or body_id is None:
        return None
    if parent_id == body_id:
        return Message("a body cannot be its own parent")
    if parent_id in descendants(body_id, parent_of):
        return Message("a body cannot be placed under one of its own sub-bodies")
    return None


def fold(*parts: object) -> str:
    """Case-folded search text: "ҚАЗАҚ" and "қазақ" fold to the same string."""
    return " ".join(str(p) for p in parts if p).casefold()


# What each record's search text is made of. The services, the importer and the benchmark
# generator all build it from here, so a search finds a record however it entered the register.
PARTY_SEARCH_FIELDS = ("name", "short_name", "country_code", "name_ru", "name_kk", "name_zh")
AGREEMENT_SEARCH_FIELDS = ("reg_number", "title", "title_ru", "title_kk", "title_zh", "place", "summary")
BODY_SEARCH_FIELDS = ("name", "name_ru", "name_kk", "name_zh")


def search_text(fields: Iterable[str], record: object) -> str:
    """The folded search text of ``record`` (a mapping or an object) over ``fields``."""
    if isinstance(record, Mapping):
        return fold(*(record.get(f) for f in fields))
    return fold(*(getattr(record, f) for f in fields))


def commitment_search_text(
    ref: str,
    title: str,
    description: str,
    agency: str,
    sector: str,
    agreement_reg: str | None,
    body_name: str | None,
    party_name: str | None,
) -> str:
    """A commitment is also found by its agreement's number, its body's and its party's names."""
    return fold(ref, title, description, agency, sector, agreement_reg, body_name, party_name)


def split_terms(text: str) -> list[str]:
    return [t for t in text.casefold().split() if t]


def matches_terms(search_text: str, terms: Iterable[str]) -> bool:
    return all(t in search_text for t in terms)


_NUMBERED = re.compile(r"^(.*?)(\d+)$")


def default_reference(agreement_reg: str | None, agreement_refs: Iterable[str], record_id: int | None = None) -> str:
    """The reference a new commitment gets unless the clerk types one.

    Under an agreement it follows the scheme of that agreement's commitments: the prefix most of
    them share and the next number after the highest, padded as they are ("KZ-CN-2024/07" after
    "KZ-CN-2024/06"). An agreement without commitments yet starts "<reg. number>/01". Without an
    agreement: "C-" and the record's id in six digits. The caller makes it unique with
    ``next_free_reference``. This is the one default-reference rule: the editor, the import and the
    command line all number through it (services.commitments).
    """
    counts: dict[str, int] = {}
    highest: dict[str, tuple[int, int]] = {}
    for ref in agreement_refs:
        found = _NUMBERED.match(ref)
        if found is None:
            continue
        prefix, digits = found.group(1), found.group(2)
        counts[prefix] = counts.get(prefix, 0) + 1
        number, width = highest.get(prefix, (0, 0))
        highest[prefix] = (max(number, int(digits)), max(width, len(digits)))
    if counts:
        prefix = max(counts, key=lambda p: (counts[p], highest[p][0]))
        number, width = highest[prefix]
        return f"{prefix}{number + 1:0{width}d}"
    if agreement_reg:
        return f"{agreement_reg}/01"
    return f"C-{record_id or 0:06d}"


def next_free_reference(wanted: str, taken: Collection[str]) -> str:
    """``wanted``, or the next number of its scheme (or ``wanted-2``…) when another record already has it."""
    candidate = wanted
    found = _NUMBERED.match(wanted)
    n = 1
    while candidate in taken:
        if found is not None and not wanted.startswith("C-"):
            n += 1
            candidate = f"{found.group(1)}{int(found.group(2)) + n - 1:0{len(found.group(2))}d}"
        else:
            n += 1
            candidate = f"{wanted}-{n}"
    return candidate


TRASH_DAYS = 90  # a deleted record can be restored for this long, then it is purged


def trash_expires(deleted_at: datetime) -> datetime:
    return deleted_at + timedelta(days=TRASH_DAYS)
