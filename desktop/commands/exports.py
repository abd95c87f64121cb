"""Export commands: the Excel workbook and the PDF status report, with the same filters as the lists."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.commands import help_text, language, say, text
from desktop.domain.messages import Message

if TYPE_CHECKING:
    from desktop.services.progress import Progress, ProgressText
    from desktop.storage.database import Database

FORMATS = {
    "xlsx": Message("Excel workbook: summary with chart, commitments, agreements, bodies and parties"),
    "pdf": Message("PDF status report: summary and chart, a section per body, an annex of the agreements"),
}


def add_commands(commands: argparse._SubParsersAction) -> None:
    from desktop.commands.filters import add_filter_options

    export = commands.add_parser(
        "export",
        help=help_text(Message("write a status report (xlsx or pdf) of the commitments that match the filters")),
        description=help_text(
            Message(
                "Write a status report of the commitments that match the filters — the same report "
                "File → Export to Excel / PDF report prints in the window."
            )
        ),
    )
    formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    for name, what in FORMATS.items():
        sub = formats.add_parser(name, help=help_text(what), description=help_text(Message("{0}.", what)))
        sub.add_argument(
            "-o",
            "--output",
            required=True,
            metavar="FILE",
            help=help_text(Message("the .{0} file to write (replaced if it exists)", name)),
        )
        sub.add_argument(
            "--title", default="", help=help_text(Message("report title (default: 'Status report on commitments')"))
        )
        sub.add_argument(
            "--as-of",
            type=date.fromisoformat,
            metavar="YYYY-MM-DD",
            help=help_text(
                Message(
                    "the report as the register stood at the end of that day: statuses rebuilt from the status "
                    "history, commitments created later left out (default: today, as it is now)"
                )
            ),
        )
        sub.add_argument(
            "--edition",
            choices=("full", "briefing"),
            default="full",
            help=help_text(
                Message(
                    "full: every commitment by body (default); briefing: headline figures, the overdue list, changes "
                    "since a date and roll-ups on 1-3 pages (xlsx: a Briefing sheet is added)"
                )
            ),
        )
        sub.add_argument(
            "--since",
            type=date.fromisoformat,
            metavar="YYYY-MM-DD",
            help=help_text(
                Message("briefing: the changes since that day (default: the previous report of the same selection)")
            ),
        )
        sub.add_argument(
            "--classification", default="", help=help_text(Message("a marking printed on the cover and every page"))
        )
        sub.add_argument(
            "--prepared-by", default="", help=help_text(Message("name (and post) for the 'Prepared by' block"))
        )
        sub.add_argument(
            "--approved-by", default="", help=help_text(Message("name (and post) for the 'Approved by' block"))
        )
        sub.add_argument(
            "--with-history",
            action="store_true",
            help=help_text(
                Message("xlsx: add the History sheet (every status change of the selection; off by default)")
            ),
        )
        sub.add_argument("--quiet", action="store_true", help=help_text(Message("no progress on stderr")))
        sub.add_argument(
            "--lang",
            dest="report_language",
            choices=("en", "ru", "kk"),
            help=help_text(Message("the report's language (default: --lang before the command, else the system's)")),
        )
        add_filter_options(sub)
        sub.set_defaults(func=cmd_export, report_format=name, read_only=True)
    card = formats.add_parser(
        "card",
        help=help_text(Message("a one-page PDF card of one agreement")),
        description=help_text(
            Message(
                "A one-page PDF card of one agreement: parties, signatories, dates, the bodies it created, "
                "its commitments with their status and the history of its own status (File → Print agreement card)."
            )
        ),
    )
    card.add_argument("ref", metavar="REF", help=help_text(Message("the agreement's registration number")))
    card.add_argument(
        "-o", "--output", required=True, metavar="FILE", help=help_text(Message("the .pdf file to write"))
    )
    card.add_argument(
        "--lang", dest="report_language", choices=("en", "ru", "kk"), help=help_text(Message("the card's language"))
    )
    card.set_defaults(func=cmd_card, read_only=True)
    from desktop.commands.control import add_ics_format

    add_ics_format(formats)


def cmd_card(db: Database, args: argparse.Namespace) -> int:
    from desktop.reports.card import write_card_pdf
    from desktop.reports.files import check_target
    from desktop.services.reporting.card import build_card

    target = Path(args.output).expanduser()
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    check_target(target)
    card = build_card(db, args.ref, language=args.report_language or language())
    write_card_pdf(card, target)
    say(Message("Wrote {0}: {1}.", target, Message("%n commitment(s)", n=len(card.commitments))))
    return 0


def _terminal_progress() -> Progress:
    last = [-1]

    def report(done: int, total: int | None = None, message: ProgressText = "") -> None:
        if total:
            percent = done * 100 // total
            if percent != last[0]:
                last[0] = percent
                words = text(message) if isinstance(message, Message) else message
                print(f"\r{percent:3d} %  {words[:60]:<60}", end="", file=sys.stderr, flush=True)

    return report


def cmd_export(db: Database, args: argparse.Namespace) -> int:
    from desktop.commands.filters import filter_from_args
    from desktop.reports.files import check_target
    from desktop.reports.jobs import export_report
    from desktop.services.progress import no_progress

    flt = filter_from_args(db, args)
    target = Path(args.output).expanduser()
    suffix = "." + args.report_format
    if target.suffix.lower() != suffix:
        target = target.with_name(target.name + suffix)
    check_target(target)  # a wrong folder fails before the database is read
    progress = no_progress if args.quiet or not sys.stderr.isatty() else _terminal_progress()
    # The window's route: the full workbook streamed from the register, the rest from the built dataset.
    done = export_report(
        db,
        progress,
        kind=args.report_format,
        target=str(target),
        flt=flt,
        today=args.as_of or date.today(),
        title=args.title or "",
        language=args.report_language or language(),
        edition=args.edition,
        as_of=args.as_of,
        since=args.since,
        with_history=args.with_history,
        cover=(args.classification, args.prepared_by, args.approved_by),
    )
    if progress is not no_progress:
        print(file=sys.stderr)
    say(
        Message(
            "Wrote {0}: {1} ({2}); {3}.",
            target,
            Message("%n commitment(s)", n=done.commitments),
            Message("%n overdue", n=done.overdue),
            done.filter_text,
        )
    )
    return 0
