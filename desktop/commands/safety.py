"""Keeping records safe from the command line: backup, restore, check, backups (SQLite and PostgreSQL)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.storage.paths import default_db_path

if TYPE_CHECKING:
    from desktop.storage.database import Database


def add_commands(commands: argparse._SubParsersAction) -> None:
    cmd = commands.add_parser(
        "backup",
        help="write a consistent copy of the register (a pg_dump archive for a PostgreSQL register)",
    )
    cmd.add_argument(
        "-o",
        "--output",
        type=Path,
        help="the backup file, yours to keep (never pruned); without it the copy goes to the register's "
        "'manual' pool in its backups folder (the last ten kept)",
    )
    cmd.set_defaults(func=cmd_backup)

    cmd = commands.add_parser(
        "restore", help="replace the register with a backup (the current one is kept as a backup first)"
    )
    cmd.add_argument("file", type=Path, help="a backup made by Kelisim (.sqlite3, or .dump for PostgreSQL)")
    cmd.add_argument(
        "--replace-with-other-register",
        action="store_true",
        help="restore a backup of ANOTHER register (or of an unknown one) over this register",
    )
    cmd.set_defaults(func=cmd_restore, opens_database_itself=True)

    cmd = commands.add_parser("check", help="check the register's integrity")
    cmd.set_defaults(func=cmd_check, opens_database_itself=True)

    cmd = commands.add_parser("backups", help="list the register's automatic backups, newest first, by pool")
    cmd.set_defaults(func=cmd_backups, opens_database_itself=True)


def _target(args: argparse.Namespace) -> str:
    return str(args.db or default_db_path())


def cmd_backup(db: Database, args: argparse.Namespace) -> int:
    from desktop.services import backups

    db.verify()  # a copy of a damaged file must not push sound backups out of the pool
    path = backups.backup_now(db, args.output)
    if not path.is_file():  # never report a backup that is not there
        print(f"kelisim: the backup {path} was not written", file=sys.stderr)
        return 1
    print(f"Backup written to {path}")
    return 0


def cmd_restore(_db: None, args: argparse.Namespace) -> int:
    from desktop.services import backups

    try:
        result = backups.restore(_target(args), args.file, allow_other_register=args.replace_with_other_register)
    except backups.OtherRegisterError as exc:
        print(
            f"kelisim: {exc}. Nothing was changed; to do exactly that, run restore again with "
            "--replace-with-other-register",
            file=sys.stderr,
        )
        return 1
    print(f"Restored {result.target} from {result.candidate}.")
    if result.kept is not None:
        print(f"The register it replaced is kept in {result.kept}")
    return 0


def cmd_check(_db: None, args: argparse.Namespace) -> int:
    from desktop.services import backups

    target = _target(args)
    result = backups.check(target)
    if not result.ok:
        print(f"{result.target}: {'CANNOT BE USED' if result.server else 'DAMAGED'} — {result.detail}")
        if result.newest_good is not None:
            print(
                f"The newest sound backup of this register is {result.newest_good}; restore it with: "
                f"kelisim --db {result.target} restore {result.newest_good}"
            )
        else:
            print("No sound backup of this register was found.")
        if result.unknown:
            print(
                f"{result.unknown} older backups in its folder do not record their register and are not offered; "
                "restore one by name only if you know it is this register's (--replace-with-other-register)."
            )
        return 1
    if result.server:
        print(f"{result.target}: ok (a Kelisim register, schema {result.detail}; the server guards its own integrity)")
    else:
        print(f"{result.target}: ok (integrity and references checked, schema {result.detail})")
    return 0


def cmd_backups(_db: None, args: argparse.Namespace) -> int:
    from desktop.services import backups

    found = backups.listing(_target(args))
    if found.identity:
        print(f"Register {found.identity}")
    for row in found.rows:
        when = row.taken_at.strftime("%Y-%m-%d %H:%M:%S UTC") if row.taken_at else "?"
        whose = "" if row.whose == "own" else "  [unknown register]"
        print(f"{when}  {row.pool_label:<52}  {row.path}{whose}")
    own = sum(1 for row in found.rows if row.whose == "own")
    print(f"{own} backups of {found.register} in {found.folder}", end="")
    unknown = len(found.rows) - own
    print(f"; {unknown} of an unknown register" if unknown else "", end="")
    print(f"; {found.others} of other registers not listed" if found.others else "")
    return 0
