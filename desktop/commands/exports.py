"""Export commands: the Excel workbook and the PDF status report, with the same filters as the lists."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.progress import Progress
    from desktop.storage.database import Database

FORMATS = {
    "xlsx": "Excel workbook: Summary (with a chart), Commitments, Agreements, Bodies and History sheets",
    "pdf": "PDF status report: summary and chart, a section per body, an annex of the agreements",
}


def add_commands(commands: argparse._SubParsersAction) -> None:
    from desktop.commands.filters import add_filter_options

    export = commands.add_parser(
        "export",
        help="write a status report (xlsx or pdf) of the commitments that match the filters",
        description="Write a status report of the commitments that match the filters — the same report "
        "File → Export to Excel / PDF report prints in the window.",
    )
    formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    for name, help_text in FORMATS.items():
        sub = formats.add_parser(name, help=help_text, description=help_text + ".")
        sub.add_argument(
            "-o", "--output", required=True, metavar="FILE", help=f"the .{name} file to write (replaced if it exists)"
        )
        sub.add_argument("--title", default="", help="report title (default: 'Status report on commitments')")
        sub.add_argument(
            "--as-of",
            type=date.fromisoformat,
            metavar="YYYY-MM-DD",
            help="the day 'overdue' is counted from (default: today)",
        )
        sub.add_argument("--quiet", action="store_true", help="no progress on stderr")
        add_filter_options(sub)
        sub.set_defaults(func=cmd_export, report_format=name, read_only=True)


def _terminal_progress() -> Progress:
    last = [-1]

    def report(done: int, total: int | None = None, message: str = "") -> None:
        if total:
            percent = done * 100 // total
            if percent != last[0]:
                last[0] = percent
                print(f"\r{percent:3d} %  {message[:60]:<60}", end="", file=sys.stderr, flush=True)

    return report


def cmd_export(db: Database, args: argparse.Namespace) -> int:
    from desktop.commands.filters import filter_from_args
    from desktop.reports.files import check_target
    from desktop.services.progress import no_progress

    flt = filter_from_args(db, args)
    target = Path(args.output).expanduser()
    suffix = "." + args.report_format
    if target.suffix.lower() != suffix:
        target = target.with_name(target.name + suffix)
    check_target(target)  # a wrong folder fails before the database is read
    today = args.as_of or date.today()
    progress = no_progress if args.quiet or not sys.stderr.isatty() else _terminal_progress()
    if args.report_format == "xlsx":
        # The window's streamed path: rows are written as they are read (bounded memory at 100,000).
        from desktop.reports.excel import export_workbook

        total, overdue = export_workbook(db, target, flt, today, progress, title=args.title)
    else:
        from desktop.reports import dataset
        from desktop.reports.pdf import write_pdf

        data = dataset.build(db, flt, today, title=args.title)
        write_pdf(data, target, progress)
        total, overdue = data.total, data.overdue
    if progress is not no_progress:
        print(file=sys.stderr)
    from desktop.services.lookups import describe_filter

    print(f"Wrote {target}: {total:,} commitments ({overdue:,} overdue); {describe_filter(db, flt)}.")
    return 0
