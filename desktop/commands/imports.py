"""The import command: bring in a register kept in Excel, checked row by row, in one transaction."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.commands import help_text, language, say, text
from desktop.domain.messages import Message
from desktop.services.progress import ProgressText

if TYPE_CHECKING:
    from desktop.storage.database import Database


def _fields_help() -> str:
    """The fields ``--map`` takes, per kind of sheet (kept light: no openpyxl at start-up)."""
    from desktop.services.importing.mapping import FIELDS

    lines = [help_text(Message("fields for --map (a sheet not named Parties/Agreements/Bodies holds commitments):"))]
    for entity, fields in FIELDS.items():
        lines.append(
            f"  {entity}: " + ", ".join(f"{name} ({help_text(label)})" for name, (label, _s) in fields.items())
        )
    return "\n".join(lines)


def add_commands(commands: argparse._SubParsersAction) -> None:
    cmd = commands.add_parser(
        "import",
        help=help_text(Message("import parties, agreements, bodies and commitments from an .xlsx workbook")),
        description=help_text(
            Message(
                "Reads a workbook laid out like Kelisim's own export, or a clerk's register: every visible "
                "sheet that holds rows is read (hidden sheets are skipped and named), headers are matched by meaning "
                "in English, Russian or Kazakh. A blank cell never erases what the register holds. Prints what would "
                "be added, updated, rejected and what conflicts with newer changes in the register; writes "
                "everything in one transaction, or nothing."
            )
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    # The field list needs the importer's vocabulary (its stemmer and synonyms, ~0.1 s to load): built only
    # when this command's help is shown, never on the way to another command.
    shown_help = cmd.format_help

    def format_help() -> str:
        cmd.epilog = cmd.epilog or _fields_help()
        return shown_help()

    cmd.format_help = format_help
    cmd.add_argument("file", type=Path, help=help_text(Message("the .xlsx workbook")))
    cmd.add_argument(
        "--dry-run", action="store_true", help=help_text(Message("check and print the summary, write nothing"))
    )
    cmd.add_argument(
        "--skip-invalid",
        action="store_true",
        help=help_text(
            Message(
                "import the valid rows even when some are rejected, leaving out any sheet that cannot be read "
                "(exit code 0)"
            )
        ),
    )
    cmd.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help=help_text(
            Message(
                'read the column headed HEADER as FIELD (repeatable), e.g. --map "Контрольный срок=due_date"; '
                "FIELD 'ignore' leaves a column out"
            )
        ),
    )
    cmd.add_argument(
        "--on-conflict",
        choices=("fail", "skip", "overwrite"),
        default="fail",
        help=help_text(
            Message(
                "rows for records changed in the register since the file was written: fail (default: import "
                "nothing, name each record and field), skip (keep the register's values) or overwrite (take the file's)"
            )
        ),
    )
    cmd.set_defaults(func=cmd_import)


def _progress(done: int, total: int | None = None, message: ProgressText = "") -> None:
    if message and sys.stderr.isatty():
        words = text(message) if isinstance(message, Message) else message
        print(f"\r{words}\x1b[K", end="", file=sys.stderr, flush=True)


def cmd_import(db: Database, args: argparse.Namespace) -> int:
    from desktop.services.importing.apply import ImportConflicts, ImportRejected, import_workbook
    from desktop.services.importing.mapping import apply_map_options, auto_map
    from desktop.services.importing.workbook import read_workbook

    book = read_workbook(args.file, _progress)
    mappings = auto_map(book)
    problems = apply_map_options(mappings, args.map)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 2
    try:
        result = import_workbook(
            db,
            book,
            mappings=mappings,
            skip_invalid=args.skip_invalid,
            dry_run=args.dry_run,
            progress=_progress,
            on_conflict=args.on_conflict,
        )
    except ImportRejected as exc:
        if sys.stderr.isatty():
            print(file=sys.stderr)
        print("\n".join(exc.plan.summary_lines(language())))
        if any("--map" in str(p) for p in exc.plan.problems):
            say(Message('Map the columns with --map "Header=field" (the fields are listed in import --help).'))
        say(Message("Nothing was imported: fix the rows above, or use --skip-invalid to import the others."))
        return 1
    except ImportConflicts as exc:
        if sys.stderr.isatty():
            print(file=sys.stderr)
        print("\n".join(exc.plan.summary_lines(language())))
        say(exc.describe(), file=sys.stderr)
        return 1
    if sys.stderr.isatty():
        print(file=sys.stderr)
    plan = result.plan
    print("\n".join(plan.summary_lines(language())))
    if args.dry_run:
        if plan.unresolved_conflicts and args.on_conflict == "fail":
            say(Message("Dry run: nothing was written. The conflicts above would stop the import (see --on-conflict)."))
            return 1
        say(Message("Dry run: nothing was written."))
    elif result.written:
        if plan.rejections:
            say(Message("Imported (%n rejected row(s) skipped).", n=plan.rejected_rows))
        else:
            say(Message("Imported."))
    else:
        say(Message("Nothing to change: the register already holds everything in this file."))
    if plan.questions or ((plan.rejections or plan.unread_sheets) and not args.skip_invalid):
        return 1
    return 0
