"""Command line: the same services as the window, without one.

``python main.py [--db PATH]`` opens the window; a command runs without it. Each command
lives in ``desktop/commands/``; ``COMMAND_MODULES`` lists the modules.

Start-up is kept light: building the parser imports no database, Qt, Excel or PDF library (the
command modules import plainly, but import their services inside the commands), so ``list`` and
``status`` load only what they use; tests/test_startup_mechanisms.py checks which modules a command
leaves imported.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from desktop import __version__
from desktop.collector import start_up_done
from desktop.commands import (
    admin,
    attachments,
    audit,
    control,
    exports,
    help_text,
    imports,
    people,
    register,
    safety,
    set_language,
    speak_argparse,
    text,
)
from desktop.domain.errors import KelisimError
from desktop.domain.messages import Message
from desktop.storage.paths import default_db_path

if TYPE_CHECKING:
    from desktop.storage.database import Database

log = logging.getLogger(__name__)
LANGUAGES = ("en", "ru", "kk")

CommandFunc = Callable[["Database", argparse.Namespace], int]


class CommandModule(Protocol):
    """A module of ``desktop.commands``: it adds its sub-commands to the parser."""

    def add_commands(self, commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None: ...


# Each module declares its commands with ``add_commands``; a plain import, so a missing module is an error at once.
# The modules are cheap to import: each imports its services inside the command that uses them.
COMMAND_MODULES: tuple[CommandModule, ...] = (
    register,
    exports,
    imports,
    safety,
    audit,
    admin,
    people,
    control,
    attachments,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kelisim",
        description=help_text(
            Message(
                "Kelisim (келісім): track international agreements, the bodies they create and "
                "the commitments inside them. Without a command, opens the window."
            )
        ),
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=help_text(Message("database file or PostgreSQL URL (default: {0})", str(default_db_path()))),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Kelisim {__version__}",
        help=help_text(Message("show program's version number and exit")),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=help_text(
            Message("language of messages and reports (default: the system's; the window keeps its own choice)")
        ),
    )
    parser.add_argument(
        "--no-demo",
        action="store_true",
        help=help_text(Message("do not load the demo register into an empty database")),
    )
    parser.add_argument(
        "--sign-in",
        action="store_true",
        help=help_text(
            Message(
                "PostgreSQL: ask for the server, database, user and password in a dialog "
                "(all but the password are remembered)"
            )
        ),
    )
    parser.add_argument(
        "--page",
        choices=("dashboard", "agreements", "bodies", "commitments", "parties", "trash", "audit", "users"),
        help=help_text(Message("the page the window opens on (default: the last one used)")),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.add_commands(commands)
    return parser


def run_command(args: argparse.Namespace) -> int:
    func: CommandFunc = args.func
    if getattr(args, "opens_database_itself", False):
        # restore and check must work on a register that open_database refuses (a damaged one).
        start_up_done()
        try:
            return args.func(None, args)
        except KelisimError as exc:
            print(f"kelisim: {text(exc.describe())}", file=sys.stderr)
            return 1
    from desktop.storage.database import open_database

    try:
        # The integrity check is owed before the first write (Database.write runs it); a command that
        # only reads (``read_only``) neither waits for it nor makes the daily backup.
        read_only = getattr(args, "read_only", False)
        db = open_database(
            args.db or default_db_path(),
            auto_backup=getattr(args, "auto_backup", True),
            daily_backup=not read_only,
            defer_check=True,
        )
    except KelisimError as exc:
        print(f"kelisim: {text(exc.describe())}", file=sys.stderr)
        return 2
    try:
        for warning in db.warnings:
            print(f"kelisim: {text(Message('warning: {0}', warning))}", file=sys.stderr)
        # Every command works on the tables: they are defined while the collector still rests; the command's own
        # work then collects its cycles (desktop/collector.py).
        import desktop.domain.models  # noqa: F401

        start_up_done()
        return func(db, args)
    except KelisimError as exc:
        print(f"kelisim: {text(exc.describe())}", file=sys.stderr)
        return 1
    finally:
        db.close()


def main(argv: Sequence[str] | None = None) -> int:
    # The language first, so that --help and argparse's errors are in it too.
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang", choices=LANGUAGES)
    set_language(early.parse_known_args(argv)[0].lang or "")
    speak_argparse()
    parser = build_parser()
    args = parser.parse_args(argv)
    set_language(args.lang or "")
    if args.command is None:
        from desktop.app import run_gui

        return run_gui(args)
    return run_command(args)
