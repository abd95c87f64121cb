"""Register commands: load the demo, list commitments, change a status."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING

from desktop.commands import help_text, say, text
from desktop.domain.enums import PEOPLE_FIELDS, SETTABLE_FIELDS, CommitmentStatus
from desktop.domain.errors import FieldError, KelisimError, ValidationError
from desktop.domain.messages import Message
from desktop.domain.words import word

if TYPE_CHECKING:
    from desktop.storage.database import Database


def add_commands(commands: argparse._SubParsersAction) -> None:
    demo_cmd = commands.add_parser(
        "demo", help=help_text(Message("load the demo register (Kazakhstan–China protocol of 20 May 2024)"))
    )
    demo_cmd.set_defaults(func=cmd_demo)

    list_cmd = commands.add_parser("list", help=help_text(Message("list commitments (same filters as the reports)")))
    from desktop.commands.filters import add_filter_options

    add_filter_options(list_cmd)
    list_cmd.set_defaults(func=cmd_list, read_only=True)

    status_cmd = commands.add_parser(
        "status",
        help=help_text(
            Message("change a commitment's status, with a note (or only its progress: status REF --progress N)")
        ),
    )
    status_cmd.add_argument("ref", help=help_text(Message("the commitment's reference, e.g. KZ-CN-2024/01")))
    status_cmd.add_argument(
        "to",
        nargs="?",
        choices=[s.value for s in CommitmentStatus],
        help=help_text(Message("the new status (omit to set progress only)")),
    )
    status_cmd.add_argument("--note", default="", help=help_text(Message("why (required to cancel or reopen)")))
    status_cmd.add_argument(
        "--progress", type=int, help=help_text(Message("progress in percent (0–99 unless completed)"))
    )
    status_cmd.add_argument(
        "--letter-no",
        default="",
        help=help_text(
            Message("completing: the evidence, an outgoing letter's or the session protocol's number (required)")
        ),
    )
    status_cmd.add_argument(
        "--letter-date", default="", metavar="YYYY-MM-DD", help=help_text(Message("completing: the letter's date"))
    )
    status_cmd.add_argument(
        "--superseded-by",
        default="",
        metavar="REF",
        help=help_text(Message("cancelling: the commitment that replaces this one (superseded)")),
    )
    status_cmd.set_defaults(func=cmd_status)

    move_cmd = commands.add_parser(
        "move-deadline",
        help=help_text(Message("move a commitment's deadline, on record: the new date, the reason and who asked")),
    )
    move_cmd.add_argument("ref", help=help_text(Message("the commitment's reference")))
    move_cmd.add_argument("new_date", metavar="YYYY-MM-DD", help=help_text(Message("the new deadline")))
    move_cmd.add_argument("--reason", default="", help=help_text(Message("why the deadline moves (required)")))
    move_cmd.add_argument("--requested-by", default="", help=help_text(Message("who asked for it (default: you)")))
    move_cmd.set_defaults(func=cmd_move_deadline)

    set_cmd = commands.add_parser(
        "set", help=help_text(Message("set fields of a commitment, for scripting: set REF field=value…"))
    )
    set_cmd.add_argument("ref", help=help_text(Message("the commitment's reference")))
    set_cmd.add_argument(
        "assignments",
        nargs="+",
        metavar="field=value",
        help=help_text(
            Message(
                "fields: {0} (empty clears a date, body, party or agreement); people: {1} — a person's name, "
                "co-executors separated by “;”, empty clears; a name not yet in the register is added",
                ", ".join(SETTABLE_FIELDS),
                ", ".join(PEOPLE_FIELDS),
            )
        ),
    )
    set_cmd.set_defaults(func=cmd_set)


def cmd_demo(db: Database, args: argparse.Namespace) -> int:
    from desktop.services import demo

    if not demo.is_empty(db):
        raise KelisimError(Message("the database already holds a register; load the demo into an empty database"))
    count = demo.load_demo(db)
    say(Message("Loaded the demo register: %n commitment(s).", n=count))
    return 0


def cmd_list(db: Database, args: argparse.Namespace) -> int:
    from desktop.commands.filters import filter_from_args
    from desktop.domain.rules import is_overdue
    from desktop.services import commitment_list
    from desktop.services.commitment_list import Col

    flt = filter_from_args(db, args)
    today = date.today()
    rows = commitment_list.list_rows(db, flt, today)
    replaced = commitment_list.superseded_refs(db)
    # Rows keep the stored values (the words `--status` and `status` take) and ISO dates, so scripts can read them;
    # the OVERDUE mark and the count are said in the user's language.
    overdue = " " + text(Message("OVERDUE"))
    # Each mark is said once per value (a hundred thousand rows share a few hundred executors and move counts).
    moved_marks: dict[object, str] = {}
    executor_marks: dict[object, str] = {}
    out = sys.stdout
    chunk: list[str] = []
    # Once, not per row (100,000 of them): the day as the ISO text the rows' dates are, the columns' positions.
    today_iso = today.isoformat()
    id_at, ref_at, title_at, status_at, progress_at = Col.ID, Col.REF, Col.TITLE, Col.STATUS, Col.PROGRESS
    due_at, moves_at, executor_at = Col.DUE_DATE, Col.MOVES, Col.EXECUTOR
    for row in rows:
        due, status = row[due_at], row[status_at]
        mark = overdue if is_overdue(due, status, today_iso) else ""
        if moves := row[moves_at]:
            if moves not in moved_marks:
                moved_marks[moves] = " " + text(Message("(deadline moved ×{0})", moves))
            mark += moved_marks[moves]
        if row[id_at] in replaced:
            mark += " " + text(Message("(superseded by {0})", replaced[row[id_at]]))
        if executor := row[executor_at]:
            if executor not in executor_marks:
                executor_marks[executor] = " " + text(Message("(executor: {0})", executor))
            mark += executor_marks[executor]
        chunk.append(f"{row[ref_at]}\t{status}\t{row[progress_at]}%\t{due or '-'}\t{row[title_at]}{mark}\n")
        if len(chunk) >= 2000:  # one write per 2,000 lines, not one per line
            out.write("".join(chunk))
            chunk.clear()
    out.write("".join(chunk))
    say(Message("%n commitment(s)", n=len(rows)), file=out)
    return 0


def cmd_status(db: Database, args: argparse.Namespace) -> int:
    from desktop.services import commitment_list, commitments

    commitment_id = commitment_list.id_for_ref(db, args.ref)
    current = commitments.get(db, commitment_id)
    if args.to is None or args.to == current.status:
        if args.progress is None:
            raise KelisimError(
                Message(
                    "{0} is already “{1}”: give a new status or {2}", args.ref, word(current.status), "--progress N"
                )
            )
        commitments.set_progress(db, commitment_id, args.progress, args.note)
        say(Message("{0}: {1}, progress {2} %", args.ref, word(current.status), args.progress))
        return 0
    letter_date: date | None = None
    if args.letter_date.strip():
        try:
            letter_date = date.fromisoformat(args.letter_date.strip())
        except ValueError as exc:
            raise FieldError(
                "letter_date", Message("“{0}” is not a date; write it as {1}", args.letter_date, "YYYY-MM-DD")
            ) from exc
    replacement = commitment_list.id_for_ref(db, args.superseded_by.strip()) if args.superseded_by.strip() else None
    try:
        commitments.change_status(
            db,
            commitment_id,
            args.to,
            args.note,
            progress=args.progress,
            letter_number=args.letter_no,
            letter_date=letter_date,
            superseded_by=replacement,
        )
    except ValidationError as exc:
        if exc.for_field("letter_number") is None and exc.for_field("letter_date") is None:
            raise
        # Name the options that carry the evidence, after the rule's own words.
        raise KelisimError(
            Message("{0} (give {1} and {2})", exc.describe(), "--letter-no N", "--letter-date YYYY-MM-DD")
        ) from exc
    if replacement is not None:
        say(Message("{0}: now {1}, superseded by {2}", args.ref, word(args.to), args.superseded_by.strip()))
    else:
        say(Message("{0}: now {1}", args.ref, word(args.to)))
    return 0


def cmd_set(db: Database, args: argparse.Namespace) -> int:
    from desktop.services import commitment_list, people

    changes: dict[str, str] = {}
    for item in args.assignments:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise KelisimError(Message("“{0}”: write {1}, e.g. {2}", item, "field=value", "due_date=2026-12-31"))
        changes[name.strip()] = value
    commitment_id = commitment_list.id_for_ref(db, args.ref)
    people.set_fields(db, commitment_id, changes)
    say(Message("{0}: set {1}", args.ref, ", ".join(sorted(changes))))
    return 0


def cmd_move_deadline(db: Database, args: argparse.Namespace) -> int:
    from desktop.domain.errors import FieldError
    from desktop.services import commitment_list, deadlines

    try:
        new_date = date.fromisoformat(args.new_date.strip())
    except ValueError as exc:
        raise FieldError(
            "new_date", Message("“{0}” is not a date; write it as {1}", args.new_date, "YYYY-MM-DD")
        ) from exc
    commitment_id = commitment_list.id_for_ref(db, args.ref)
    deadlines.move_deadline(db, commitment_id, new_date, args.reason, requested_by=args.requested_by)
    moved = deadlines.for_commitment(db, commitment_id)
    say(
        Message(
            "{0}: deadline moved to {1} (originally {2}; moved ×{3})",
            args.ref,
            new_date.isoformat(),
            moved.original.isoformat() if moved.original else "—",
            moved.moves,
        )
    )
    return 0
