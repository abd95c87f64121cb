"""Attached files on the command line: ``attach REF FILE... [--to commitment|report|interim|agreement]``,
``attachments REF [--agreement]``, ``attachment save ID -o PATH`` and ``attachment remove ID``. Kelisim never opens
or runs an attached file here: it stores it, lists it and writes it out."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from desktop.commands import help_text, say
from desktop.domain.messages import Message

if TYPE_CHECKING:
    from desktop.storage.database import Database

TARGETS = ("commitment", "report", "interim", "agreement")


def add_commands(commands: argparse._SubParsersAction) -> None:
    from desktop.domain.enums import ATTACHMENT_LIMIT_MB

    attach = commands.add_parser(
        "attach",
        help=help_text(Message("attach files (scans, evidence) to a commitment, its newest report, or an agreement")),
    )
    attach.add_argument(
        "ref",
        help=help_text(Message("the commitment's reference (the agreement's registration number with --to agreement)")),
    )
    attach.add_argument("files", nargs="+", metavar="FILE", help=help_text(Message("the files to attach")))
    attach.add_argument(
        "--to",
        choices=TARGETS,
        default="commitment",
        help=help_text(
            Message(
                "what to attach to: the commitment (default), its newest execution report, its newest interim "
                "report, or the agreement"
            )
        ),
    )
    attach.add_argument(
        "--limit-mb",
        type=int,
        default=ATTACHMENT_LIMIT_MB,
        help=help_text(Message("the largest file accepted, in MB (default: {0})", ATTACHMENT_LIMIT_MB)),
    )
    attach.set_defaults(func=cmd_attach)
    listing = commands.add_parser(
        "attachments",
        help=help_text(Message("list the files attached to a commitment (and its reports) or an agreement")),
    )
    listing.add_argument(
        "ref",
        help=help_text(Message("the commitment's reference (the agreement's registration number with --agreement)")),
    )
    listing.add_argument(
        "--agreement", action="store_true", help=help_text(Message("REF is an agreement's registration number"))
    )
    listing.set_defaults(func=cmd_attachments, read_only=True)
    one = commands.add_parser(
        "attachment", help=help_text(Message("save out or remove one attached file: {0}", "save, remove"))
    )
    actions = one.add_subparsers(dest="attachment_action", required=True, metavar="save|remove")
    save = actions.add_parser("save", help=help_text(Message("write an attached file out")))
    save.add_argument("id", type=int, help=help_text(Message("the attachment's number (see “attachments”)")))
    save.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="PATH",
        help=help_text(Message("the file to write (a folder: the file's own name inside it)")),
    )
    save.set_defaults(func=cmd_save, read_only=True)
    remove = actions.add_parser("remove", help=help_text(Message("remove an attached file")))
    remove.add_argument("id", type=int, help=help_text(Message("the attachment's number (see “attachments”)")))
    remove.set_defaults(func=cmd_remove)


def cmd_attach(db: Database, args: argparse.Namespace) -> int:
    from pathlib import Path

    from desktop.services import attachments

    owner = attachments.owner_for(db, args.ref, args.to)
    paths = [Path(f).expanduser() for f in args.files]
    ids = attachments.add(db, owner, paths, limit_mb=args.limit_mb)
    for attachment_id, path in zip(ids, paths, strict=True):
        say(Message("Attached {0} to {1} (attachment {2})", path.name, args.ref.strip(), attachment_id))
    return 0


def size_text(size: int) -> str:
    """1.5 MB, 320 KB, 12 B: the size as people read it, the same in every language of the command line."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} B"


def cmd_attachments(db: Database, args: argparse.Namespace) -> int:
    from desktop.commands import text
    from desktop.services import attachments

    owner = attachments.owner_for(db, args.ref, "agreement" if args.agreement else "commitment")
    rows = attachments.list_for(db, owner)
    for row in rows:
        on = text(OWNER_WORDS[row.owner])
        added = row.added_at.astimezone().strftime("%Y-%m-%d %H:%M")
        sys.stdout.write(f"{row.id}\t{row.name}\t{size_text(row.size)}\t{on}\t{row.added_by}\t{added}\n")
    say(Message("%n attached file(s)", n=len(rows)))
    return 0


OWNER_WORDS = {
    "agreement": Message("agreement"),
    "commitment": Message("commitment"),
    "execution_report": Message("execution report"),
    "interim_report": Message("interim report"),
}


def cmd_save(db: Database, args: argparse.Namespace) -> int:
    from pathlib import Path

    from desktop.services import attachments

    written = attachments.save_to(db, args.id, Path(args.output))
    say(Message("Wrote {0}", str(written)))
    return 0


def cmd_remove(db: Database, args: argparse.Namespace) -> int:
    from desktop.services import attachments

    row = attachments.get(db, args.id)
    attachments.remove(db, args.id)
    say(Message("Removed {0} (attachment {1})", row.name, args.id))
    return 0
