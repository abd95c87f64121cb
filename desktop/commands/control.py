"""Closure on evidence on the command line: ``report REF --text T (--letter-no N --letter-date D | --attach FILE)...
[--date D]``, ``accept REF``, ``return REF --reason R``; interim reports: ``interim REF --text T [--date D]
[--percent N] [--attach FILE]...``."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from desktop.commands import help_text, say
from desktop.domain.errors import FieldError
from desktop.domain.messages import Message

if TYPE_CHECKING:
    from desktop.storage.database import Database


def add_commands(commands: argparse._SubParsersAction) -> None:
    report = commands.add_parser(
        "report",
        help=help_text(
            Message(
                "report a commitment executed, with the outgoing letter or an attached document: "
                "it waits for acceptance"
            )
        ),
    )
    report.add_argument("ref", help=help_text(Message("the commitment's reference")))
    report.add_argument("--text", default="", help=help_text(Message("what was done (required)")))
    report.add_argument(
        "--letter-no",
        default="",
        help=help_text(Message("the outgoing letter's number (required unless a document is attached)")),
    )
    report.add_argument(
        "--letter-date",
        default="",
        metavar="YYYY-MM-DD",
        help=help_text(Message("the letter's date (required with the letter's number)")),
    )
    _attach_option(report, Message("a document attached as evidence (the option may be repeated)"))
    report.add_argument(
        "--date",
        default="",
        metavar="YYYY-MM-DD",
        help=help_text(Message("the day it was executed (default: the letter's date, or today)")),
    )
    report.set_defaults(func=cmd_report)
    accept = commands.add_parser(
        "accept", help=help_text(Message("accept the waiting execution report: the commitment is completed"))
    )
    accept.add_argument("ref", help=help_text(Message("the commitment's reference")))
    accept.set_defaults(func=cmd_accept)
    back = commands.add_parser(
        "return", help=help_text(Message("return the waiting execution report to the executor, with a reason"))
    )
    back.add_argument("ref", help=help_text(Message("the commitment's reference")))
    back.add_argument("--reason", default="", help=help_text(Message("why it is returned (required)")))
    back.set_defaults(func=cmd_return)
    interim = commands.add_parser(
        "interim", help=help_text(Message("add an interim report (a dated progress note) to a commitment"))
    )
    interim.add_argument("ref", help=help_text(Message("the commitment's reference")))
    interim.add_argument("--text", default="", help=help_text(Message("what was done so far (required)")))
    interim.add_argument(
        "--date", default="", metavar="YYYY-MM-DD", help=help_text(Message("the report's date (default: today)"))
    )
    interim.add_argument("--percent", type=int, help=help_text(Message("progress in percent (0–99)")))
    _attach_option(interim, Message("a document attached to the report (the option may be repeated)"))
    interim.set_defaults(func=cmd_interim)
    add_reminder_commands(commands)


def _attach_option(parser: argparse.ArgumentParser, what: Message) -> None:
    from desktop.domain.enums import ATTACHMENT_LIMIT_MB

    parser.add_argument("--attach", action="append", default=[], metavar="FILE", help=help_text(what))
    parser.add_argument(
        "--limit-mb",
        type=int,
        default=ATTACHMENT_LIMIT_MB,
        help=help_text(Message("the largest file accepted, in MB (default: {0})", ATTACHMENT_LIMIT_MB)),
    )


def _day(field: str, text: str) -> date | None:
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise FieldError(field, Message("“{0}” is not a date; write it as {1}", text, "YYYY-MM-DD")) from exc


def cmd_report(db: Database, args: argparse.Namespace) -> int:
    from pathlib import Path

    from desktop.services import commitment_list, control

    letter_date = _day("letter_date", args.letter_date)
    executed = _day("report_date", args.date) or letter_date or (date.today() if args.attach else None)
    commitment_id = commitment_list.id_for_ref(db, args.ref)
    control.submit_report(
        db,
        commitment_id,
        text=args.text,
        letter_number=args.letter_no,
        letter_date=letter_date,
        report_date=executed,
        documents=[Path(f).expanduser() for f in args.attach],
        limit_mb=args.limit_mb,
    )
    say(Message("{0}: execution report submitted; it waits for acceptance", args.ref))
    return 0


def cmd_accept(db: Database, args: argparse.Namespace) -> int:
    from desktop.services import commitment_list, commitments, control

    commitment_id = commitment_list.id_for_ref(db, args.ref)
    control.accept(db, commitment_id)
    done = commitments.get(db, commitment_id).completed_on
    say(Message("{0}: accepted; completed on {1}", args.ref, done.isoformat() if done else "—"))
    return 0


def cmd_return(db: Database, args: argparse.Namespace) -> int:
    from desktop.services import commitment_list, control

    commitment_id = commitment_list.id_for_ref(db, args.ref)
    control.return_report(db, commitment_id, args.reason)
    say(Message("{0}: returned to the executor", args.ref))
    return 0


def cmd_interim(db: Database, args: argparse.Namespace) -> int:
    from pathlib import Path

    from desktop.services import commitment_list, control

    day = _day("report_date", args.date) or date.today()
    commitment_id = commitment_list.id_for_ref(db, args.ref)
    control.add_interim(
        db,
        commitment_id,
        text=args.text,
        report_date=day,
        progress=args.percent,
        documents=[Path(f).expanduser() for f in args.attach],
        limit_mb=args.limit_mb,
    )
    say(Message("{0}: interim report of {1} added", args.ref, day.isoformat()))
    return 0


def add_reminder_commands(commands: argparse._SubParsersAction) -> None:
    cmd = commands.add_parser(
        "reminders",
        help=help_text(
            Message("what you execute or control that is overdue, due soon, waiting for your acceptance or returned")
        ),
    )
    cmd.add_argument("--days", type=int, default=30, help=help_text(Message("how far ahead to look (default: 30)")))
    cmd.add_argument("--person", metavar="NAME", help=help_text(Message("someone else's work (default: yours)")))
    cmd.set_defaults(func=cmd_reminders, read_only=True)


KIND_WORDS = {
    "to_accept": Message("TO ACCEPT"),
    "returned": Message("RETURNED"),
    "overdue": Message("OVERDUE"),
    "due_soon": Message("DUE SOON"),
}


def cmd_reminders(db: Database, args: argparse.Namespace) -> int:
    import sys

    from desktop.commands import text
    from desktop.domain.errors import KelisimError
    from desktop.services import people, reminders

    mine = people.me(db)
    if args.person:
        person_id = people.person_id_by_name(db, args.person)
    elif mine is not None:
        person_id = mine
    else:
        raise KelisimError(
            Message(
                "no person in the register has your login “{0}”; add yourself: {1}",
                people.user(db),
                f"person add NAME --login {people.user(db)}",
            )
        )
    found = reminders.my_work(db, person_id, days=args.days)
    for r in found:
        when = ""
        if r.kind == "overdue":
            when = text(Message("%n day(s) overdue", n=r.days or 0))
        elif r.kind == "due_soon":
            when = text(Message("due in %n day(s)", n=r.days or 0))
        due = r.due_date.isoformat() if r.due_date else "-"
        sys.stdout.write(f"{text(KIND_WORDS[r.kind])}\t{r.ref}\t{due}\t{r.title}{' — ' + when if when else ''}\n")
    say(Message("%n reminder(s)", n=len(found)))
    return 0


def add_ics_format(formats: argparse._SubParsersAction) -> None:
    """``export ics -o FILE`` (with the list's filters): the deadlines as an iCalendar file with reminder alarms."""
    from desktop.commands.filters import add_filter_options

    ics = formats.add_parser(
        "ics",
        help=help_text(
            Message("the open commitments' deadlines as an iCalendar file, with reminders 30, 7 and 1 day before")
        ),
    )
    ics.add_argument("-o", "--output", required=True, metavar="FILE", help=help_text(Message("the .ics file to write")))
    add_filter_options(ics)
    ics.set_defaults(func=cmd_export_ics, read_only=True)


def cmd_export_ics(db: Database, args: argparse.Namespace) -> int:
    from pathlib import Path

    from desktop.commands import language
    from desktop.commands.filters import filter_from_args
    from desktop.reports.calendar import write_ics
    from desktop.services.reporting.calendar import open_deadlines

    target = Path(args.output).expanduser()
    if target.suffix.lower() != ".ics":
        target = target.with_name(target.name + ".ics")
    count = write_ics(open_deadlines(db, filter_from_args(db, args)), target, language())
    say(Message("Wrote {0}: {1}.", target, Message("%n deadline(s)", n=count)))
    return 0
