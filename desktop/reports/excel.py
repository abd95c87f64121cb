"""The Excel status workbook: Summary (with a native chart), Commitments, Agreements, Bodies, History.

Written with openpyxl's write-only mode: rows stream to disk, so 100,000 commitments take
tens of megabytes instead of hundreds. Only imported when exporting (openpyxl is slow to import).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.chart.marker import DataPoint

from desktop.domain import palette
from desktop.domain import sheet_layout as layout
from desktop.domain.catalogue import format_date
from desktop.domain.messages import Message
from desktop.domain.words import imported_day
from desktop.reports.files import atomic_output
from desktop.reports.xlsx_cells import (
    SheetCells,
    clean,
    forget_row_height,
    print_setup,
    row_height,
    set_row_height,
    set_widths,
    text_lines,
)
from desktop.services.progress import Progress, no_progress
from desktop.services.reporting.dataset import (
    MORE_COLUMNS,
    MORE_DATES,
    STATUS_ORDER,
    BodySummary,
    CommitmentLine,
    HistoryLine,
    ReportDataset,
    label,
)

if TYPE_CHECKING:
    from desktop.services.reporting.briefing import Briefing
    from desktop.services.reporting.dataset_stream import StreamedReport

log = logging.getLogger(__name__)
STEP = 500  # rows between progress reports (and chances to cancel)
SAMPLE = 3000  # rows looked at to size the columns
SUMMARY_COLUMNS = 9
SUMMARY_BODY_ROW = 23  # the header row of the Summary's "by body" table
SUMMARY_SELECTION_WIDTH = 18 + 7 * 13  # characters across the merged selection cell B4:I4

# Headers, order and widths come from the layout the importer reads too (domain/sheet_layout.py).
COMMITMENT_HEADERS = layout.COMMITMENT_SHEET.headers
COMMITMENT_CAPS = layout.COMMITMENT_SHEET.caps
AGREEMENT_HEADERS = layout.AGREEMENT_SHEET.headers
AGREEMENT_CAPS = layout.AGREEMENT_SHEET.caps
BODY_HEADERS = layout.BODY_SHEET.headers
BODY_CAPS = layout.BODY_SHEET.caps
PARTY_HEADERS = layout.PARTY_SHEET.headers
PARTY_CAPS = layout.PARTY_SHEET.caps
HISTORY_HEADERS = layout.HISTORY_SHEET.headers
HISTORY_CAPS = layout.HISTORY_SHEET.caps
# The order each writer below puts its cells in, checked against the layout when this module loads. The Commitments
# sheet ends with the layout's plain stored columns the writer does not name (``dataset.MORE_COLUMNS``, a field added
# to commitments): each is written from ``CommitmentLine.more`` as a text or a date cell.
layout.check_order(
    layout.COMMITMENT_SHEET,
    (
        "ref",
        "agreement",
        "body",
        "party",
        "agency",
        "executor",
        "controller",
        "sector",
        "title",
        "priority",
        "due_date",
        "moved",
        "status",
        "progress",
        "overdue",
        "completed_on",
        "last_note",
        "last_changed_at",
        "description",
        "notes",
        "version",
        "superseded_by",
        "interim",
        *MORE_COLUMNS,
    ),
)
layout.check_order(
    layout.AGREEMENT_SHEET,
    (
        "reg_number",
        "title",
        "kind",
        "status",
        "signed_on",
        "place",
        "entry_into_force",
        "expiry",
        "parties",
        "signatories",
        "in_report",
        "total",
        "title_kk",
        "title_ru",
        "title_zh",
        "summary",
        "source_ref",
        "version",
    ),
)
layout.check_order(
    layout.BODY_SHEET,
    (
        "name",
        "kind",
        "parent",
        "established_by",
        "established_on",
        "active",
        "dissolved_on",
        "parties",
        "co_chairs",
        *("count_" + s for s in STATUS_ORDER),
        "overdue",
        "total",
        "average_progress",
        "name_kk",
        "name_ru",
        "name_zh",
        "notes",
    ),
)
layout.check_order(layout.PARTY_SHEET, ("name", "short_name", "kind", "country_code", "name_kk", "name_ru", "name_zh"))
layout.check_order(layout.PEOPLE_SHEET, ("name", "agency", "position", "contact", "login"))
layout.check_order(
    layout.HISTORY_SHEET,
    ("entity", "ref", "title", "from_status", "to_status", "changed_at", "changed_by", "note", "imported"),
)


def write_workbook(
    dataset: ReportDataset,
    target: Path,
    progress: Progress = no_progress,
    *,
    with_history: bool = False,
    briefing: Briefing | None = None,
) -> Path:
    """Write the workbook of a built dataset to ``target`` (atomically); returns the final path.

    The History sheet (every status change of the selection: most of a big workbook's pages and time)
    is written only ``with_history``."""
    return _write(
        _Parts(
            dataset,
            dataset.total,
            dataset.per_body(),
            iter(dataset.commitments),
            len(dataset.history) if with_history else 0,
            iter(dataset.history if with_history else ()),
            with_history,
            briefing,
        ),
        target,
        progress,
    )


def write_streamed(
    report: StreamedReport, target: Path, progress: Progress = no_progress, *, with_history: bool = False
) -> Path:
    """The same workbook, its long sheets written while they are read (``dataset_stream``): bounded memory."""
    return _write(
        _Parts(
            report.head,
            report.total,
            report.body_summaries,
            report.commitments(),
            report.history_total if with_history else 0,
            report.history() if with_history else iter(()),
            with_history,
        ),
        target,
        progress,
    )


@dataclass
class _Parts:
    """What the sheets are written from: the short parts in ``head``, the long ones as iterators."""

    head: ReportDataset
    total: int
    per_body: list[BodySummary]
    commitments: Iterator[CommitmentLine]
    history_total: int
    history: Iterator[HistoryLine]
    with_history: bool = False
    briefing: Briefing | None = None


def _write(parts: _Parts, target: Path, progress: Progress) -> Path:
    total = parts.total + parts.history_total
    progress(0, total, parts.head.t(Message("Preparing the workbook…")))
    with atomic_output(target) as temporary:
        wb = Workbook(write_only=True)
        try:
            _properties(wb, parts.head)
            _summary(wb, parts)
            if parts.briefing is not None:
                _briefing(wb, parts.briefing)
            done = _commitments(wb, parts, progress, total)
            _agreements(wb, parts.head)
            _bodies(wb, parts)
            _parties(wb, parts.head)
            _people(wb, parts.head)
            if parts.with_history:
                _history(wb, parts, progress, done, total)
            progress(total, total, parts.head.t(Message("Saving the workbook…")))
            wb.save(temporary)
        except BaseException:
            _discard(wb)
            raise
    return Path(target)


def _discard(wb: Workbook) -> None:
    """Close the streamed sheets of an abandoned workbook and delete their temporary files.

    openpyxl streams each write-only sheet to a file in the temp folder; left open, a cancelled
    export would leak those files and complain when the generators are collected.
    """
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        try:
            if not ws.closed:
                ws.close()
            writer.cleanup()
        except (OSError, ValueError, RuntimeError):  # best effort: the export already failed
            log.warning("could not clean up a cancelled workbook's sheet %s", ws.title, exc_info=True)


def _properties(wb: Workbook, dataset: ReportDataset) -> None:
    # No OS user name and no path: the file leaves the ministry.
    props = wb.properties
    props.title = clean(dataset.title)[:250]
    props.subject = clean(dataset.filter_text)[:250]
    props.creator = "Kelisim"
    props.lastModifiedBy = "Kelisim"
    props.description = dataset.t(Message("Status report generated by Kelisim"))
    props.language = {"ru": "ru-RU", "kk": "kk-KZ"}.get(dataset.language, "en-GB")
    # openpyxl writes these as UTC (…Z): give it naive UTC.
    moment = dataset.generated_at.astimezone(UTC).replace(tzinfo=None)
    props.created = moment
    props.modified = moment


def _summary(wb: Workbook, parts: _Parts) -> None:
    dataset, total = parts.head, parts.total
    t = dataset.t
    ws = wb.create_sheet(layout.SUMMARY_TITLE.text if dataset.language == "en" else t(layout.SUMMARY_TITLE))
    cells = SheetCells(ws, parts.head.language)
    ws.column_dimensions["A"].width = 44
    for letter in "BCDEFGHIJ":
        ws.column_dimensions[letter].width = 13
    ws.column_dimensions["B"].width = 18  # "Generated" holds a date and time
    ws.sheet_view.showGridLines = False
    print_setup(ws, dataset, SUMMARY_COLUMNS, 0)
    ws.print_area = f"A1:I{SUMMARY_BODY_ROW + 1 + len(parts.per_body)}"
    ws.append([cells.styled(clean(dataset.title), "title")])
    ws.append([cells.styled(t(Message("Generated")), "bold"), cells.datetime(dataset.generated_at)])
    ws.append([cells.styled(t(Message("Status as of")), "bold"), cells.date(dataset.today)])
    # The selection wraps inside B:I (merged) above the chart, so the printout says what it covers.
    selection = clean(dataset.filter_text + ("\n" + dataset.as_of_note() if dataset.rebuilt else ""))
    ws.merged_cells.add("B4:I4")
    ws.row_dimensions[4].height = 15 * max(1, text_lines(selection, SUMMARY_SELECTION_WIDTH))
    ws.append([cells.styled(t(Message("Filter")), "bold"), cells.wrapped(selection)])
    ws.append([])
    ws.append(cells.header((t(Message("Status")), t(Message("Commitments")), t(Message("Share"))), numbers=(2, 3)))
    first = 7
    for status in STATUS_ORDER:
        count = dataset.by_status.get(status, 0)
        ws.append(
            [
                cells.status(status, label(status, parts.head.language)),
                count,
                cells.percent(count / total if total else 0.0),
            ]
        )
    last = first + len(STATUS_ORDER) - 1
    ws.append([cells.styled(t(Message("Total")), "bold"), total, cells.percent(1.0 if total else 0.0)])
    overdue_share = cells.percent(dataset.overdue / total if total else 0.0)
    ws.append([cells.styled(t(Message("Overdue")), "overdue"), dataset.overdue, overdue_share])
    # Control of execution, against each commitment's original deadline (rules.executed_on_time).
    ws.append([cells.styled(t(Message("Executed on time")), "bold"), dataset.executed_on_time])
    ws.append([cells.styled(t(Message("Executed late")), "overdue"), dataset.executed_late])
    ws.append([cells.styled(t(Message("Deadlines moved")), "bold"), dataset.moved_deadlines])
    # As the dashboard counts them: open commitments with a controller, and those whose report waits.
    ws.append([cells.styled(t(Message("On control")), "bold"), dataset.on_control])
    ws.append([cells.styled(t(Message("Waiting for acceptance")), "bold"), dataset.waiting])
    # The chart sits to the right of the status table; the per-body table starts below both.
    for _ in range(3):  # the chart's room: the per-body table still starts at SUMMARY_BODY_ROW
        ws.append([])
    ws.append([cells.styled(t(Message("Commitments by body")), "bold")])
    ws.append(
        cells.header(
            (
                t(Message("Body")),
                *(label(s, parts.head.language) for s in STATUS_ORDER),
                t(Message("Overdue")),
                t(Message("Total")),
                t(Message("Average progress")),
            ),
            numbers=range(2, 10),  # numbers right-aligned under right-aligned headers
        )
    )
    for body in parts.per_body:
        ws.append(
            [
                cells.text("    " * body.depth + dataset.body_name(body.body_id, body.name), wrap=True),
                *(body.by_status[s] for s in STATUS_ORDER),
                body.overdue,
                body.total,
                cells.percent(body.average_progress / 100),
            ]
        )
    ws.add_chart(_status_chart(ws, first, last, dataset), "E6")


def _status_chart(ws: Any, first: int, last: int, dataset: ReportDataset) -> BarChart:
    chart = BarChart()
    chart.type = "bar"  # horizontal bars: status names stay readable
    chart.style = 10
    chart.title = dataset.t(Message("Commitments by status"))
    chart.y_axis.title = dataset.t(Message("Commitments"))
    chart.y_axis.majorGridlines = None
    chart.legend = None
    chart.add_data(Reference(ws, min_col=2, min_row=first - 1, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    series = chart.series[0]
    for index, status in enumerate(STATUS_ORDER):
        point = DataPoint(idx=index)
        point.graphicalProperties.solidFill = palette.STATUS_COLOURS[status].lstrip("#")
        point.graphicalProperties.line.solidFill = "607D8B"
        series.dPt.append(point)
    series.dLbls = DataLabelList()
    series.dLbls.showVal = True
    # Said explicitly: LibreOffice otherwise adds the series and category names to every label.
    series.dLbls.showSerName = series.dLbls.showCatName = False
    series.dLbls.showLegendKey = series.dLbls.showPercent = False
    chart.x_axis.scaling.orientation = "maxMin"  # first status on top, as in the table
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.height = 7.5
    chart.width = 14
    return chart


def _more_sample(c: CommitmentLine) -> tuple[str, ...]:
    """A line's ``more`` values as the column widths are sized from (a date as long as a written one)."""
    return tuple(
        "2026-01-01" if n in MORE_DATES else v or ""
        for n, v in zip(MORE_COLUMNS, c.more or (None,) * len(MORE_COLUMNS), strict=True)
    )


def _commitments(wb: Workbook, parts: _Parts, progress: Progress, total: int) -> int:
    ws = wb.create_sheet(layout.COMMITMENT_SHEET.name_in(parts.head.language))
    cells = SheetCells(ws, parts.head.language)
    count = parts.total
    sample = list(islice(parts.commitments, SAMPLE))  # the widths come from the first rows
    widths = set_widths(
        ws,
        COMMITMENT_HEADERS,
        (
            (
                c.ref,
                c.agreement,
                c.body,
                c.party,
                c.agency,
                c.executor,
                c.controller,
                c.sector,
                c.title,
                c.priority,
                "2026-01-01",
                "×10",
                "In progress",
                "100%",
                "Yes",
                "2026-01-01",
                c.last_note,
                "2026-01-01 00:00",
                c.description,
                c.notes,
                "10",
                c.superseded_by,
                *(("", *_more_sample(c)) if MORE_COLUMNS else ()),  # "": the interim report is not sampled
            )
            for c in sample
        ),
        COMMITMENT_CAPS,
    )
    print_setup(ws, parts.head, len(COMMITMENT_HEADERS), count + 1, printed=layout.COMMITMENT_SHEET.print_width)
    lines = chain(sample, parts.commitments)
    del sample
    numeric = (COMMITMENT_HEADERS.index("Progress") + 1,)
    ws.append(cells.header(layout.COMMITMENT_SHEET.headers_in(parts.head.language), numbers=numeric))
    del ws.row_dimensions[1]
    wrapped_widths = [widths[i] for i in (2, 4, 8, 16)]
    text, wrapped, date, status = cells.text, cells.wrapped, cells.date, cells.status
    percent, moment, repeated = cells.percent, cells.datetime, cells.repeated
    overdue_yes = cells.styled(
        parts.head.t(Message("Yes")), "overdue"
    )  # one shared cell: openpyxl only reads it while writing
    overdue_no = text(parts.head.t(Message("No")))
    no_moves = cells.empty()  # an empty text cell, as an empty string appended makes
    # Ready cells for the words that repeat on every row: no per-row translation or value check.
    priorities = {p: text(label(p, parts.head.language)) for p in ("low", "normal", "high", "critical")}
    # The plain stored columns at the end (a field added to commitments): a text or a date cell each, by name.
    more_cells = tuple(date if name in MORE_DATES else text for name in MORE_COLUMNS)
    no_more = (None,) * len(MORE_COLUMNS)  # a line read without them (a briefing's): empty cells
    for done, c in enumerate(lines, 1):
        # Each row as tall as its wrapped text, stored before it is written: printed rows never overprint.
        height = row_height((c.body, c.agency, c.title, c.last_note), wrapped_widths, range(4))
        if height is not None:
            set_row_height(ws, done + 1, height)
        row = (
            # Wrapping costs a styled cell each: body, agency, title and note wrap; the description
            # (a detail column at the far right) is left on one line.
            # What many rows share (agreement, body, party, agency, controller, sector) is made once.
            text(c.ref),
            repeated(c.agreement),
            repeated(c.body, True),
            repeated(c.party),
            repeated(c.agency, True),
            text(c.executor),
            repeated(c.controller),
            repeated(c.sector),
            wrapped(c.title),
            priorities.get(c.priority) or label(c.priority, parts.head.language),
            date(c.due_date),
            text(f"×{c.moves}") if c.moves else no_moves,
            status(c.status),
            percent(c.progress / 100),
            overdue_yes if c.overdue else overdue_no,
            date(c.completed_on),
            wrapped(c.last_note),
            moment(c.last_changed_at),
            text(c.description),
            text(c.notes),
            c.version,
            text(c.superseded_by),
            text(parts.head.interim(c)),
        )
        ws.append(
            row + tuple(cell(v) for cell, v in zip(more_cells, c.more or no_more, strict=True)) if MORE_COLUMNS else row
        )
        if height is not None:
            forget_row_height(ws, done + 1)  # written: the sheet keeps no dimension per row
        if done % STEP == 0:
            progress(done, total, parts.head.t(Message("Commitments: {0} of {1}", done, count)))
    return count


def _agreements(wb: Workbook, dataset: ReportDataset) -> None:
    ws = wb.create_sheet(layout.AGREEMENT_SHEET.name_in(dataset.language))
    cells = SheetCells(ws, dataset.language)
    rows = dataset.agreements
    set_widths(
        ws,
        AGREEMENT_HEADERS,
        (
            (
                a.reg_number,
                a.title,
                label(a.kind, dataset.language),
                label(a.status, dataset.language),
                "2026-01-01",
                a.place,
                "2026-01-01",
                "2026-01-01",
                a.party_list,
                a.people,
                a.in_report,
                a.total,
                a.title_kk,
                a.title_ru,
                a.title_zh,
                a.summary,
                a.source_ref,
                "10",
            )
            for a in rows
        ),
        AGREEMENT_CAPS,
    )
    print_setup(ws, dataset, len(AGREEMENT_HEADERS), len(rows) + 1, printed=layout.AGREEMENT_SHEET.print_width)
    ws.append(cells.header(layout.AGREEMENT_SHEET.headers_in(dataset.language)))
    text, wrapped, date = cells.text, cells.wrapped, cells.date
    for a in rows:
        ws.append(
            (
                text(a.reg_number),
                wrapped(a.title),
                label(a.kind, dataset.language),
                cells.status(a.status),
                date(a.signed_on),
                text(a.place),
                date(a.entry_into_force),
                date(a.expiry),
                wrapped(a.party_list),
                wrapped(a.people),
                a.in_report,
                a.total,
                wrapped(a.title_kk),
                wrapped(a.title_ru),
                wrapped(a.title_zh),
                wrapped(a.summary),
                wrapped(a.source_ref),
                a.version,
            )
        )


def _bodies(wb: Workbook, parts: _Parts) -> None:
    dataset = parts.head
    ws = wb.create_sheet(layout.BODY_SHEET.name_in(parts.head.language))
    cells = SheetCells(ws, parts.head.language)
    summary = {s.body_id: s for s in parts.per_body}
    rows = dataset.bodies
    set_widths(
        ws,
        BODY_HEADERS,
        (
            (
                "    " * b.depth + b.name,
                label(b.kind, parts.head.language),
                b.parent,
                b.established_by,
                "2026-01-01",
                "Yes",
                "2026-01-01",
                b.party_list,
                b.people,
                *(0 for _ in STATUS_ORDER),
                0,
                0,
                "100%",
                b.name_kk,
                b.name_ru,
                b.name_zh,
                b.notes,
            )
            for b in rows
        ),
        BODY_CAPS,
    )
    print_setup(ws, dataset, len(BODY_HEADERS), len(rows) + 1, printed=layout.BODY_SHEET.print_width)
    ws.append(cells.header(layout.BODY_SHEET.headers_in(parts.head.language)))
    text, wrapped, date = cells.text, cells.wrapped, cells.date
    for b in rows:
        s = summary.get(b.id)
        counts = [s.by_status[status] if s else 0 for status in STATUS_ORDER]
        # The indent shows the tree; the import strips it (a body's name never starts with spaces).
        ws.append(
            (
                wrapped("    " * b.depth + b.name),
                label(b.kind, parts.head.language),
                text(b.parent),
                text(b.established_by),
                date(b.established_on),
                parts.head.t(Message("Yes")) if b.active else parts.head.t(Message("No")),
                date(b.dissolved_on),
                wrapped(b.party_list),
                wrapped(b.people),
                *counts,
                s.overdue if s else 0,
                s.total if s else 0,
                cells.percent(s.average_progress / 100) if s else None,
                wrapped(b.name_kk),
                wrapped(b.name_ru),
                wrapped(b.name_zh),
                wrapped(b.notes),
            )
        )


def _parties(wb: Workbook, dataset: ReportDataset) -> None:
    ws = wb.create_sheet(layout.PARTY_SHEET.name_in(dataset.language))
    cells = SheetCells(ws, dataset.language)
    rows = dataset.parties
    set_widths(
        ws,
        PARTY_HEADERS,
        (
            (p.name, p.short_name, label(p.kind, dataset.language), p.country_code, p.name_kk, p.name_ru, p.name_zh)
            for p in rows
        ),
        PARTY_CAPS,
    )
    print_setup(ws, dataset, len(PARTY_HEADERS), len(rows) + 1)
    ws.append(cells.header(layout.PARTY_SHEET.headers_in(dataset.language)))
    text, wrapped = cells.text, cells.wrapped
    for p in rows:
        ws.append(
            (
                wrapped(p.name),
                text(p.short_name),
                label(p.kind, dataset.language),
                text(p.country_code),
                wrapped(p.name_kk),
                wrapped(p.name_ru),
                wrapped(p.name_zh),
            )
        )


def _people(wb: Workbook, dataset: ReportDataset) -> None:
    """The people who execute and control commitments: the import reads this sheet back (matched by name)."""
    ws = wb.create_sheet(layout.PEOPLE_SHEET.name_in(dataset.language))
    cells = SheetCells(ws, dataset.language)
    rows = dataset.people
    set_widths(ws, layout.PEOPLE_SHEET.headers, (tuple(p) for p in rows), layout.PEOPLE_SHEET.caps)
    print_setup(ws, dataset, len(layout.PEOPLE_SHEET.columns), len(rows) + 1)
    ws.append(cells.header(layout.PEOPLE_SHEET.headers_in(dataset.language)))
    text, wrapped = cells.text, cells.wrapped
    for p in rows:
        ws.append((wrapped(p.name), wrapped(p.agency), wrapped(p.position), text(p.contact), text(p.login)))


def _imported(h: HistoryLine, language: str) -> str:
    """The "Imported by / on" cell: who carried this entry in from a workbook and on which day ("" if native)."""
    if h.imported_by is None:
        return ""
    day = imported_day(h.imported_at)
    return f"{h.imported_by}, {format_date(day, language)}" if day else h.imported_by


def _history(wb: Workbook, parts: _Parts, progress: Progress, done: int, total: int) -> None:
    ws = wb.create_sheet(layout.HISTORY_SHEET.name_in(parts.head.language))
    cells = SheetCells(ws, parts.head.language)
    count = parts.history_total
    sample = list(islice(parts.history, SAMPLE))
    set_widths(
        ws,
        HISTORY_HEADERS,
        (
            (
                "Commitment",
                h.ref,
                h.title,
                "In progress",
                "In progress",
                "2026-01-01 00:00",
                h.changed_by,
                h.note,
                _imported(h, parts.head.language),
            )
            for h in sample
        ),
        HISTORY_CAPS,
    )
    print_setup(ws, parts.head, len(HISTORY_HEADERS), count + 1)
    rows = chain(sample, parts.history)
    del sample
    ws.append(cells.header(layout.HISTORY_SHEET.headers_in(parts.head.language)))
    text, wrapped, moment = cells.text, cells.wrapped, cells.datetime
    for index, h in enumerate(rows, 1):
        # Plain cells except the time and the note: the History sheet is the biggest of the workbook.
        ws.append(
            (
                label(h.entity, parts.head.language),
                text(h.ref),
                text(h.title),
                label(h.from_status, parts.head.language) or None,
                label(h.to_status, parts.head.language),
                moment(h.changed_at),
                text(h.changed_by),
                wrapped(h.note),
                text(_imported(h, parts.head.language)) if h.imported_by is not None else None,
            )
        )
        if index % STEP == 0:
            progress(done + index, total, parts.head.t(Message("History: {0} of {1}", index, count)))


BRIEFING_SHEET = Message("Briefing")


def _briefing(wb: Workbook, b: Briefing) -> None:
    """The Briefing sheet: the PDF briefing's figures, lists and roll-ups, in the same order."""
    from desktop.services.reporting.briefing import CHANGES_CAP, OVERDUE_CAP, total_row

    data, t = b.data, b.data.t
    ws = wb.create_sheet(t(BRIEFING_SHEET))
    cells = SheetCells(ws, data.language)
    widths = (18, 50, 28, 13, 10, 50)
    for index, width in enumerate(widths):
        ws.column_dimensions["ABCDEF"[index]].width = width
    ws.sheet_view.showGridLines = False
    print_setup(ws, data, len(widths), 0)
    row = 0

    def put(values: list[Any], height_from: tuple[int, ...] = ()) -> None:
        nonlocal row
        row += 1
        lines = max((text_lines(getattr(values[i], "_value", values[i]), widths[i]) for i in height_from), default=1)
        set_row_height(ws, row, 15.0 * lines if lines > 1 else None)
        ws.append(values)

    h = b.headline
    put([cells.styled(clean(data.title), "title")])
    put([cells.styled(t(Message("Status as of")), "bold"), cells.date(data.today)])
    put([cells.styled(t(Message("Selection")), "bold"), cells.wrapped(clean(data.filter_text))], (1,))
    put([cells.styled(t(Message("Changes since")), "bold"), cells.date(b.since) if b.since else "—"])
    put([])
    for name, value in (
        (Message("On control"), h.open),
        (Message("Executed"), h.executed),
        (Message("Completion (without cancelled)"), cells.percent(h.completion / 100)),
        (Message("Overdue"), h.overdue),
        (Message("Due in 30 days"), h.due_30),
        (Message("Due in 90 days"), h.due_90),
        (Message("Total"), h.total),
    ):
        put([cells.styled(t(name), "overdue" if name.text == "Overdue" else "bold"), value])
    put([])
    put([cells.styled(t(Message("Overdue commitments, longest overdue first")), "bold")])
    put(
        cells.header(
            [
                t(Message("Ref.")),
                t(Message("Commitment")),
                t(Message("Agency")),
                t(Message("Due")),
                t(Message("Days overdue")),
                t(Message("Last status note")),
            ],
            numbers=(5,),
        )
    )
    for c in b.overdue[:OVERDUE_CAP]:
        put(
            [
                cells.text(c.ref),
                cells.wrapped(c.title),
                cells.wrapped(c.agency),
                cells.date(c.due_date),
                b.days_overdue(c),
                cells.wrapped(c.last_note),
            ],
            (1, 2, 5),
        )
    if b.count("overdue") > OVERDUE_CAP:
        put([t(Message("… and %n more", n=b.count("overdue") - OVERDUE_CAP))])
    if b.since is not None:
        put([])
        put([cells.styled(t(Message("Changes since {0}", data.day(b.since))), "bold")])
        put([t(Message("New commitments")), b.counts["new"]])
        put([t(Message("Status moves")), b.counts["moves"]])
        put([t(Message("Newly overdue")), b.counts["newly_overdue"]])
        for m in b.moves[:CHANGES_CAP]:
            put(
                [
                    cells.text(m.ref),
                    cells.wrapped(m.title),
                    f"{label(m.from_status, data.language)} → {label(m.to_status, data.language)}",
                    cells.datetime(m.changed_at),
                    None,
                    cells.wrapped(m.note),
                ],
                (1, 5),
            )
    for heading, first, tallies in (
        (Message("By committee (sub-bodies rolled up)"), Message("Committee"), b.by_committee),
        (Message("By responsible agency"), Message("Agency"), b.by_agency),
        (Message("By responsible party"), Message("Party"), b.by_party),
    ):
        put([])
        put([cells.styled(t(heading), "bold")])
        put(
            cells.header(
                [
                    t(first),
                    "",
                    t(Message("Total")),
                    t(Message("On control")),
                    t(Message("Executed")),
                    t(Message("Overdue")),
                ],
                numbers=(3, 4, 5, 6),
            )
        )
        for r in [*tallies, total_row(t(Message("Total")), tallies)]:
            put([cells.wrapped(r.name), None, r.total, r.open, r.executed, r.overdue])
