"""Keeping records safe from the command line: backup, restore, check, backups."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.errors import KelisimError, StorageError
from desktop.storage.paths import default_db_path

if TYPE_CHECKING:
    from desktop.storage.database import Database


def add_commands(commands: argparse._SubParsersAction) -> None:
    cmd = commands.add_parser("backup", help="write a consistent copy of the register")
    cmd.add_argument(
        "-o",
        "--output",
        type=Path,
        help="the backup file (default: a dated file in the backups folder beside the register)",
    )
    cmd.set_defaults(func=cmd_backup)

    cmd = commands.add_parser(
        "restore", help="replace the register with a backup (the current one is kept as a backup first)"
    )
    cmd.add_argument("file", type=Path, help="a backup made by Kelisim")
    cmd.set_defaults(func=cmd_restore, opens_database_itself=True)

    cmd = commands.add_parser("check", help="check the register's integrity")
    cmd.set_defaults(func=cmd_check, opens_database_itself=True)

    cmd = commands.add_parser("backups", help="list the automatic backups, newest first")
    cmd.set_defaults(func=cmd_backups, opens_database_itself=True)


def _target(args: argparse.Namespace) -> Path:
    text = str(args.db or default_db_path())
    if "://" in text:
        raise KelisimError("backups of a PostgreSQL register are made with the server's own tools (pg_dump)")
    return Path(text).expanduser().resolve()


def cmd_backup(db: Database, args: argparse.Namespace) -> int:
    from desktop.storage import backup

    db.verify()  # a copy of a damaged file must not push sound backups out of the pool
    if args.output is not None:
        path = backup.backup_to(db.engine, args.output)
    else:
        path = backup.automatic_backup(db.engine, "manual")
    print(f"Backup written to {path}")
    return 0


def cmd_restore(_db: None, args: argparse.Namespace) -> int:
    from desktop.storage import backup

    target = _target(args)
    kept = backup.restore_file(target, args.file)
    print(f"Restored {target} from {args.file}.")
    print(f"The register it replaced is kept in {kept}")
    return 0


def cmd_check(_db: None, args: argparse.Namespace) -> int:
    from desktop.storage import backup

    target = _target(args)
    try:
        revision = backup.inspect_backup(target)
    except StorageError as exc:
        print(f"{target}: DAMAGED — {exc}")
        good = backup.newest_good_backup(target)
        if good is not None:
            print(f"The newest sound backup is {good}; restore it with: kelisim --db {target} restore {good}")
        else:
            print("No sound automatic backup was found.")
        return 1
    print(f"{target}: ok (integrity and references checked, schema {revision})")
    return 0


def cmd_backups(_db: None, args: argparse.Namespace) -> int:
    from desktop.storage import backup

    found = backup.list_backups(_target(args))
    for path in found:
        print(path)
    print(f"{len(found)} backups")
    return 0
