"""Command line: the same services as the window, without one.

``python main.py [--db PATH]`` opens the window; a command runs without it. Each command
lives in ``desktop/commands/`` and registers itself here.

Start-up is kept light: building the parser imports no database, Qt, Excel or PDF library (the
command modules import their services inside the command), so ``list`` and ``status`` load only
what they use; tests/test_cli_startup.py checks which modules a command leaves imported.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from desktop import __version__
from desktop.domain.errors import KelisimError
from desktop.storage.paths import default_db_path

if TYPE_CHECKING:
    from desktop.storage.database import Database

log = logging.getLogger(__name__)

CommandFunc = Callable[["Database", argparse.Namespace], int]
COMMAND_MODULES = ("register", "exports", "imports", "safety")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kelisim",
        description="Kelisim (келісім): track international agreements, the bodies they create and "
        "the commitments inside them. Without a command, opens the window.",
    )
    parser.add_argument("--db", metavar="PATH", help=f"database file or PostgreSQL URL (default: {default_db_path()})")
    parser.add_argument("--version", action="version", version=f"Kelisim {__version__}")
    parser.add_argument("--no-demo", action="store_true", help="do not load the demo register into an empty database")
    parser.add_argument(
        "--page",
        choices=("dashboard", "agreements", "bodies", "commitments", "parties"),
        help="the page the window opens on (default: the last one used)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    import importlib

    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"desktop.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"desktop.commands.{name}":
                raise
            continue
        module.add_commands(commands)
    return parser


def run_command(args: argparse.Namespace) -> int:
    func: CommandFunc = args.func
    if getattr(args, "opens_database_itself", False):
        # restore and check must work on a register that open_database refuses (a damaged one).
        try:
            return args.func(None, args)
        except KelisimError as exc:
            print(f"kelisim: {exc}", file=sys.stderr)
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
        print(f"kelisim: {exc}", file=sys.stderr)
        return 2
    try:
        for warning in db.warnings:
            print(f"kelisim: warning: {warning}", file=sys.stderr)
        return func(db, args)
    except KelisimError as exc:
        print(f"kelisim: {exc}", file=sys.stderr)
        return 1
    finally:
        db.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from desktop.app import run_gui

        return run_gui(args)
    return run_command(args)
