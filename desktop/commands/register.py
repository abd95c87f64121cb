"""Register commands: load the demo, list commitments, change a status."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING

from desktop.domain.enums import CommitmentStatus
from desktop.domain.errors import KelisimError

if TYPE_CHECKING:
    from desktop.storage.database import Database


def add_commands(commands: argparse._SubParsersAction) -> None:
    demo_cmd = commands.add_parser("demo", help="load the demo register (Kazakhstan–China protocol of 20 May 2024)")
    demo_cmd.set_defaults(func=cmd_demo)

    list_cmd = commands.add_parser("list", help="list commitments (same filters as the reports)")
    from desktop.commands.filters import add_filter_options

    add_filter_options(list_cmd)
    list_cmd.set_defaults(func=cmd_list, read_only=True)

    status_cmd = commands.add_parser("status", help="change a commitment's status, with a note")
    status_cmd.add_argument("ref", help="the commitment's reference, e.g. KZ-CN-2024/01")
    status_cmd.add_argument("to", choices=[s.value for s in CommitmentStatus], help="the new status")
    status_cmd.add_argument("--note", default="", help="why (required to cancel or reopen)")
    status_cmd.add_argument("--progress", type=int, help="progress in percent (0–99 unless completed)")
    status_cmd.set_defaults(func=cmd_status)


def cmd_demo(db: Database, args: argparse.Namespace) -> int:
    from desktop.services import demo

    if not demo.is_empty(db):
        raise KelisimError("the database already holds a register; load the demo into an empty database")
    count = demo.load_demo(db)
    print(f"Loaded the demo register: {count} commitments.")
    return 0


def cmd_list(db: Database, args: argparse.Namespace) -> int:
    from desktop.commands.filters import filter_from_args
    from desktop.domain.rules import is_overdue
    from desktop.services import commitment_list
    from desktop.services.commitment_list import Col

    flt = filter_from_args(db, args)
    today = date.today()
    rows = commitment_list.list_rows(db, flt, today)
    out = sys.stdout
    chunk: list[str] = []
    for row in rows:
        mark = " OVERDUE" if is_overdue(row[Col.DUE_DATE], row[Col.STATUS], today) else ""
        chunk.append(
            f"{row[Col.REF]}\t{row[Col.STATUS]}\t{row[Col.PROGRESS]}%\t{row[Col.DUE_DATE] or '-'}\t"
            f"{row[Col.TITLE]}{mark}\n"
        )
        if len(chunk) >= 2000:  # one write per 2,000 lines, not one per line
            out.write("".join(chunk))
            chunk.clear()
    out.write("".join(chunk))
    out.write(f"{len(rows)} commitments\n")
    return 0


def cmd_status(db: Database, args: argparse.Namespace) -> int:
    from desktop.services import commitment_list, commitments

    commitment_id = commitment_list.id_for_ref(db, args.ref)
    commitments.change_status(db, commitment_id, args.to, args.note, progress=args.progress)
    print(f"{args.ref}: now {args.to}")
    return 0
