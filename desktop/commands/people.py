"""People on the command line: ``person add NAME [--agency A] [--position P] [--contact C] [--login L]``,
``person set NAME [the same options]``, ``person list``. Who executes and controls a commitment is set with
``set REF executor=… controller=…``."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from desktop.commands import help_text, say
from desktop.domain.messages import Message

if TYPE_CHECKING:
    from desktop.storage.database import Database


def add_commands(commands: argparse._SubParsersAction) -> None:
    cmd = commands.add_parser(
        "person", help=help_text(Message("the people who execute and control commitments: {0}", "add, list"))
    )
    actions = cmd.add_subparsers(dest="person_action", required=True, metavar="add|set|list")
    add = actions.add_parser("add", help=help_text(Message("add a person to the register")))
    add.add_argument("name", help=help_text(Message("the person's name")))
    add.add_argument("--agency", default="", help=help_text(Message("the ministry or office they work in")))
    add.add_argument("--position", default="", help=help_text(Message("their position")))
    add.add_argument("--contact", default="", help=help_text(Message("telephone or e-mail")))
    add.add_argument(
        "--login",
        default="",
        help=help_text(Message("the user name they sign in with (for “My commitments” and --mine)")),
    )
    add.set_defaults(func=cmd_add)
    change = actions.add_parser("set", help=help_text(Message("change a person's agency, position, contact or login")))
    change.add_argument("name", help=help_text(Message("the person's name")))
    for option, what in (
        ("--agency", Message("the ministry or office they work in")),
        ("--position", Message("their position")),
        ("--contact", Message("telephone or e-mail")),
        ("--login", Message("the user name they sign in with (for “My commitments” and --mine)")),
    ):
        change.add_argument(option, help=help_text(what))
    change.set_defaults(func=cmd_set)
    listing = actions.add_parser("list", help=help_text(Message("list the people in the register")))
    listing.set_defaults(func=cmd_list, read_only=True)


def cmd_add(db: Database, args: argparse.Namespace) -> int:
    from desktop.services import people

    people.add_person(db, args.name, agency=args.agency, position=args.position, contact=args.contact, login=args.login)
    say(Message("Added {0}", args.name.strip()))
    return 0


def cmd_set(db: Database, args: argparse.Namespace) -> int:
    from desktop.services import people

    person_id = people.person_id_by_name(db, args.name)
    changes = {k: getattr(args, k) for k in ("agency", "position", "contact", "login") if getattr(args, k) is not None}
    people.update_person(db, person_id, **changes)
    say(Message("{0}: set {1}", args.name.strip(), ", ".join(sorted(changes)) or "—"))
    return 0


def cmd_list(db: Database, args: argparse.Namespace) -> int:
    from desktop.services import people

    rows = people.rows(db)
    for row in rows:
        sys.stdout.write(f"{row.name}\t{row.agency}\t{row.position}\t{row.contact}\t{row.login}\n")
    say(Message("%n person(s)", n=len(rows)))
    return 0
