"""Keeping records safe from the command line: backup, restore, check, backups (SQLite and PostgreSQL)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.commands import help_text, say, text
from desktop.domain.messages import Message
from desktop.storage.paths import default_db_path

if TYPE_CHECKING:
    from desktop.storage.database import Database


def add_commands(commands: argparse._SubParsersAction) -> None:
    cmd = commands.add_parser(
        "backup",
        help=help_text(
            Message("write a consistent copy of the register (a pg_dump archive for a PostgreSQL register)")
        ),
    )
    cmd.add_argument(
        "-o",
        "--output",
        type=Path,
        help=help_text(
            Message(
                "the backup file, yours to keep (never pruned); without it the copy goes to the register's "
                "'manual' pool in its backups folder (the last ten kept)"
            )
        ),
    )
    cmd.set_defaults(func=cmd_backup)

    cmd = commands.add_parser(
        "restore",
        help=help_text(Message("replace the register with a backup (the current one is kept as a backup first)")),
    )
    cmd.add_argument(
        "file", type=Path, help=help_text(Message("a backup made by Kelisim (.sqlite3, or .dump for PostgreSQL)"))
    )
    cmd.add_argument(
        "--replace-with-other-register",
        action="store_true",
        help=help_text(Message("restore a backup of ANOTHER register (or of an unknown one) over this register")),
    )
    cmd.set_defaults(func=cmd_restore, opens_database_itself=True)

    cmd = commands.add_parser("check", help=help_text(Message("check the register's integrity")))
    cmd.set_defaults(func=cmd_check, opens_database_itself=True)

    cmd = commands.add_parser(
        "backups", help=help_text(Message("list the register's automatic backups, newest first, by pool"))
    )
    cmd.set_defaults(func=cmd_backups, opens_database_itself=True)


def _target(args: argparse.Namespace) -> str:
    return str(args.db or default_db_path())


def cmd_backup(db: Database, args: argparse.Namespace) -> int:
    from desktop.services import backups

    db.verify()  # a copy of a damaged file must not push sound backups out of the pool
    path = backups.backup_now(db, args.output)
    if not path.is_file():  # never report a backup that is not there
        print("kelisim: " + text(Message("the backup {0} was not written", path)), file=sys.stderr)
        return 1
    say(Message("Backup written to {0}", path))
    return 0


def cmd_restore(_db: None, args: argparse.Namespace) -> int:
    from desktop.services import backups

    try:
        result = backups.restore(_target(args), args.file, allow_other_register=args.replace_with_other_register)
    except backups.OtherRegisterError as exc:
        refusal = Message(
            "{0}. Nothing was changed; to do exactly that, run restore again with --replace-with-other-register",
            exc.describe(),
        )
        print("kelisim: " + text(refusal), file=sys.stderr)
        return 1
    say(Message("Restored {0} from {1}.", result.target, result.candidate))
    if result.kept is not None:
        say(Message("The register it replaced is kept in {0}", result.kept))
    return 0


def cmd_check(_db: None, args: argparse.Namespace) -> int:
    from desktop.services import audit, backups, record_checks

    target = _target(args)
    result = backups.check(target)
    if not result.ok:
        state = Message("CANNOT BE USED") if result.server else Message("DAMAGED")
        say(Message("{0}: {1} — {2}", result.target, state, result.detail))
        if result.newest_good is not None:
            say(
                Message(
                    "The newest sound backup of this register is {0}; restore it with: kelisim --db {1} restore {0}",
                    result.newest_good,
                    result.target,
                )
            )
        else:
            say(Message("No sound backup of this register was found."))
        if result.unknown:
            say(
                Message(
                    "%n older backup(s) in its folder do not record their register and are not offered; restore "
                    "one by name only if you know it is this register's (--replace-with-other-register).",
                    n=result.unknown,
                )
            )
        return 1
    records = record_checks.check_records(target)
    if records.damaged:
        say(
            Message(
                "{0}: DAMAGED RECORDS — {1} cannot be read as text:",
                result.target,
                Message("%n stored value(s)", n=len(records.damaged)),
            )
        )
        for damaged in records.damaged:
            print(f"  {damaged}")
        if records.newest_clean is not None:
            say(Message("The newest backup without this damage is {0}", records.newest_clean))
            say(Message("Restore it with: {0}", f"kelisim --db {result.target} restore {records.newest_clean}"))
        else:
            say(Message("No backup of this register without this damage was found."))
        return 1
    trail = audit.check_target(target)
    if trail.first_broken is not None:
        say(
            Message(
                "{0}: AUDIT TRAIL NOT INTACT — row {1} does not match its hash chain (altered, removed or "
                "inserted out of turn); the rows before it are intact.",
                result.target,
                trail.first_broken,
            )
        )
        return 1
    say(Message("Audit trail intact: {0}", Message("%n row(s)", n=trail.rows)))
    if result.server:
        say(
            Message(
                "{0}: ok (a Kelisim register, schema {1}; every record read back: {2}; the server guards its own "
                "integrity)",
                result.target,
                result.detail,
                Message("%n row(s)", n=records.rows_read),
            )
        )
    else:
        say(
            Message(
                "{0}: ok (integrity, references and every record's text checked, schema {1})",
                result.target,
                result.detail,
            )
        )
    return 0


def cmd_backups(_db: None, args: argparse.Namespace) -> int:
    from desktop.services import backups

    found = backups.listing(_target(args))
    if found.identity:
        say(Message("Register {0}", found.identity))
    for row in found.rows:
        when = row.taken_at.strftime("%Y-%m-%d %H:%M:%S UTC") if row.taken_at else "?"
        whose = "" if row.whose == "own" else "  " + text(Message("[unknown register]"))
        print(f"{when}  {row.pool_label:<52}  {row.path}{whose}")
    own = sum(1 for row in found.rows if row.whose == "own")
    summary = Message("%n backup(s) of {0} in {1}", found.register, found.folder, n=own)
    unknown = len(found.rows) - own
    if unknown:
        summary = Message("{0}; {1}", summary, Message("%n of an unknown register", n=unknown))
    if found.others:
        summary = Message("{0}; {1}", summary, Message("%n of other registers not listed", n=found.others))
    say(summary)
    return 0
