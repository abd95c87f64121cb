"""Keeping records safe from the command line: backup, restore, check, backups."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.domain.errors import KelisimError, StorageError
from desktop.storage import backup, record_check
from desktop.storage.database import Database
from desktop.storage.paths import default_db_path


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
    if args.output is not None:
        path = backup.backup_to(db.engine, args.output)
    else:
        path = backup.automatic_backup(db.engine, "manual")
    print(f"Backup written to {path}")
    return 0


def cmd_restore(_db: None, args: argparse.Namespace) -> int:
    target = _target(args)
    kept = backup.restore_file(target, args.file)
    print(f"Restored {target} from {args.file}.")
    print(f"The register it replaced is kept in {kept}")
    return 0


def cmd_check(_db: None, args: argparse.Namespace) -> int:
    if "://" in str(args.db or ""):
        return _check_server(str(args.db))
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
    scan = record_check.scan_file(target)
    if scan.damaged:
        print(f"{target}: DAMAGED RECORDS — {len(scan.damaged)} stored values cannot be read as text:")
        for damaged in scan.damaged:
            print(f"  {damaged}")
        good = record_check.newest_backup_without_damage(target)
        if good is not None:
            print(f"The newest backup without this damage is {good}")
            print(f"Restore it with: kelisim --db {target} restore {good}")
        else:
            print("No automatic backup without this damage was found.")
        return 1
    print(f"{target}: ok (integrity, references and every record's text checked, schema {revision})")
    return 0


def _check_server(url: str) -> int:
    """A PostgreSQL register: the schema is one this Kelisim knows, and every record reads back."""
    from desktop.storage.database import open_database
    from desktop.storage.migrate import current_revision

    db = open_database(url)  # refuses an unknown (newer) schema with its own message
    try:
        rows = record_check.read_back_server(db.engine)
        revision = current_revision(db.engine)
    finally:
        db.close()
    print(f"{db.label}: ok (every record read back: {rows:,} rows; schema {revision})")
    return 0


def cmd_backups(_db: None, args: argparse.Namespace) -> int:
    found = backup.list_backups(_target(args))
    for path in found:
        print(path)
    print(f"{len(found)} backups")
    return 0
