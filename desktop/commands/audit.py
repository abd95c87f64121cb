"""The audit trail on the command line: ``audit [--who NAME] [--since DATE] [--table T] [--ref REF]``."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from desktop.commands import help_text, say, text
from desktop.domain.messages import Message

if TYPE_CHECKING:
    from desktop.storage.database import Database


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(text(Message("not a date (YYYY-MM-DD): {0}", value))) from exc


def add_commands(commands: argparse._SubParsersAction) -> None:
    cmd = commands.add_parser(
        "audit", help=help_text(Message("print the audit trail: every change to the register, newest first"))
    )
    cmd.add_argument(
        "--who", metavar="NAME", default="", help=help_text(Message("changes by this author (part of the name)"))
    )
    cmd.add_argument(
        "--since", metavar="YYYY-MM-DD", type=_date, help=help_text(Message("changes on or after this day (UTC)"))
    )
    cmd.add_argument(
        "--until", metavar="YYYY-MM-DD", type=_date, help=help_text(Message("changes on or before this day (UTC)"))
    )
    cmd.add_argument(
        "--table",
        metavar="T",
        default="",
        help=help_text(
            Message("one kind of record: agreement, body, commitment, party, status_change, trash, or a table's name")
        ),
    )
    cmd.add_argument(
        "--ref",
        metavar="REF",
        default="",
        help=help_text(Message("records whose reference or values contain this text")),
    )
    cmd.add_argument(
        "--xlsx",
        metavar="FILE",
        default="",
        help=help_text(Message("also write the changes shown to this Excel workbook")),
    )
    cmd.add_argument(
        "--limit", type=int, default=1000, help=help_text(Message("at most this many changes (default 1000)"))
    )
    cmd.set_defaults(func=cmd_audit)


HEADERS = (
    Message("When"),
    Message("Who"),
    Message("What"),
    Message("Record"),
    Message("Action"),
    Message("Field"),
    Message("Old value"),
    Message("New value"),
)


def cmd_audit(db: Database, args: argparse.Namespace) -> int:
    from desktop.domain.audit_words import action_word, table_word
    from desktop.domain.roles import Action
    from desktop.services import access, audit

    access.require(db, Action.AUDIT)
    rows = audit.trail(
        db, who=args.who, since=args.since, until=args.until, kind=args.table, text=args.ref, limit=args.limit
    )
    table: list[list[object]] = []
    for row in rows:
        when = row.at.strftime("%Y-%m-%d %H:%M:%S")
        what, action = text(table_word(row.table)), text(action_word(row.action))
        print(f"{when}  {row.who}  {what} #{row.record_id}  {row.reference}  {action}")
        for field, old, new in audit.lines_of(row):
            print(f"    {text(field)}: {text(old)} → {text(new)}")
            table.append([when, row.who, what, row.reference, action, text(field), text(old), text(new)])
    say(Message("%n change(s) shown", n=len(rows)))
    if args.xlsx:
        from pathlib import Path

        from desktop.reports.selection import write_table

        target = Path(args.xlsx)
        write_table(target, [text(h) for h in HEADERS], table, title=text(Message("Audit")))
        say(Message("Wrote {0}.", target))
    return 0
