"""The import command: bring in a register kept in Excel, checked row by row, in one transaction."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.storage.database import Database


def add_commands(commands: argparse._SubParsersAction) -> None:
    cmd = commands.add_parser(
        "import",
        help="import parties, agreements, bodies and commitments from an .xlsx workbook",
        description="Reads a workbook laid out like Kelisim's own export, or a single sheet whose headers are "
        "matched by name (English, Russian or Kazakh). Prints what would be added, updated and "
        "rejected; writes everything in one transaction, or nothing.",
    )
    cmd.add_argument("file", type=Path, help="the .xlsx workbook")
    cmd.add_argument("--dry-run", action="store_true", help="check and print the summary, write nothing")
    cmd.add_argument(
        "--skip-invalid", action="store_true", help="import the valid rows even when some are rejected (exit code 0)"
    )
    cmd.set_defaults(func=cmd_import)


def _progress(done: int, total: int | None = None, message: str = "") -> None:
    if message and sys.stderr.isatty():
        print(f"\r{message}\x1b[K", end="", file=sys.stderr, flush=True)


def cmd_import(db: Database, args: argparse.Namespace) -> int:
    from desktop.services.importing.apply import ImportRejected, import_workbook

    try:
        result = import_workbook(
            db, args.file, skip_invalid=args.skip_invalid, dry_run=args.dry_run, progress=_progress
        )
    except ImportRejected as exc:
        if sys.stderr.isatty():
            print(file=sys.stderr)
        print("\n".join(exc.plan.summary_lines()))
        print("Nothing was imported: fix the rows above, or use --skip-invalid to import the others.")
        return 1
    if sys.stderr.isatty():
        print(file=sys.stderr)
    plan = result.plan
    print("\n".join(plan.summary_lines()))
    if args.dry_run:
        print("Dry run: nothing was written.")
    elif result.written:
        skipped = f" ({plan.rejected_rows} rejected rows skipped)" if plan.rejections else ""
        print(f"Imported{skipped}.")
    else:
        print("Nothing to change: the register already holds everything in this file.")
    if plan.problems or (plan.rejections and not args.skip_invalid):
        return 1
    return 0
