"""Accounts and roles on the command line: ``admin setup`` and ``admin user add|list|role|disable``."""

from __future__ import annotations

import argparse
import getpass
from typing import TYPE_CHECKING

from desktop.commands import help_text, say, text
from desktop.domain.errors import FieldError
from desktop.domain.messages import Message
from desktop.domain.roles import ROLE_WORDS, Role

if TYPE_CHECKING:
    from desktop.storage.database import Database

ROLE_CHOICES = tuple(r.value for r in Role)


def add_commands(commands: argparse._SubParsersAction) -> None:
    admin = commands.add_parser(
        "admin", help=help_text(Message("accounts and roles: set up the register, add and manage users"))
    )
    actions = admin.add_subparsers(dest="admin_command", metavar="ACTION", required=True)
    setup = actions.add_parser(
        "setup",
        help=help_text(
            Message(
                "PostgreSQL: create the roles kelisim_clerk, kelisim_manager, kelisim_admin and grant them this "
                "register; SQLite: record you as the file's admin"
            )
        ),
    )
    setup.set_defaults(func=cmd_setup)
    user = actions.add_parser("user", help=help_text(Message("add, list, change or disable users")))
    user_actions = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = user_actions.add_parser(
        "add", help=help_text(Message("add a user (on PostgreSQL the password is asked twice, never shown)"))
    )
    add.add_argument("name", metavar="NAME", help=help_text(Message("the user's login name")))
    add.add_argument("--role", choices=ROLE_CHOICES, required=True, help=help_text(Message("clerk, manager or admin")))
    add.set_defaults(func=cmd_add)
    listing = user_actions.add_parser("list", help=help_text(Message("list the users and their roles")))
    listing.set_defaults(func=cmd_list)
    role = user_actions.add_parser("role", help=help_text(Message("give a user another role")))
    role.add_argument("name", metavar="NAME", help=help_text(Message("the user's login name")))
    role.add_argument("role", choices=ROLE_CHOICES, metavar="ROLE", help=help_text(Message("clerk, manager or admin")))
    role.set_defaults(func=cmd_role)
    disable = user_actions.add_parser("disable", help=help_text(Message("stop a user from signing in")))
    disable.add_argument("name", metavar="NAME", help=help_text(Message("the user's login name")))
    disable.set_defaults(func=cmd_disable)


def _role_text(role: Role | None) -> str:
    return text(ROLE_WORDS[role]) if role is not None else text(Message("no role"))


def cmd_setup(db: Database, args: argparse.Namespace) -> int:
    from desktop.services import access

    me = access.setup(db)
    say(Message("Roles and grants are set up. Signed in as {0} ({1}).", me.name, _role_text(me.role)))
    return 0


def ask_password() -> str:
    """Twice, never echoed, never on the command line."""
    first = getpass.getpass(text(Message("Password: ")))
    second = getpass.getpass(text(Message("Password again: ")))
    if first != second:
        raise FieldError("password", Message("the two passwords differ"))
    if len(first) < 8:
        raise FieldError("password", Message("a password has at least 8 characters"))
    return first


def cmd_add(db: Database, args: argparse.Namespace) -> int:
    from desktop.services import access

    password = ask_password() if db.engine.dialect.name == "postgresql" else ""
    access.add_user(db, name=args.name, role=args.role, password=password)
    say(Message("User {0} added as {1}.", args.name, _role_text(Role(args.role))))
    return 0


def cmd_list(db: Database, args: argparse.Namespace) -> int:
    from desktop.services import access

    users = access.list_users(db)
    for user in users:
        state = text(Message("active")) if user.active else text(Message("disabled"))
        print(f"{user.name}\t{_role_text(user.role)}\t{state}")
    say(Message("%n user(s)", n=len(users)))
    return 0


def cmd_role(db: Database, args: argparse.Namespace) -> int:
    from desktop.services import access

    access.set_role(db, name=args.name, role=args.role)
    say(Message("{0} is now {1}.", args.name, _role_text(Role(args.role))))
    return 0


def cmd_disable(db: Database, args: argparse.Namespace) -> int:
    from desktop.services import access

    access.disable_user(db, name=args.name)
    say(Message("{0} can no longer sign in.", args.name))
    return 0
