"""The briefing edition as a PDF: headline figures, the overdue list with the why, changes since a date,
and the roll-ups by committee, agency and party — one to three A4 pages for any register size."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from desktop.domain import palette
from desktop.domain.messages import Message
from desktop.reports import pdf_fonts
from desktop.reports.files import atomic_output
from desktop.reports.pdf import PLAIN, _decorator, _Doc
from desktop.reports.pdf_layout import (
    Row,
    RowMaker,
    build_numbered,
    chunks,
    colour,
    fitting_size,
    styles,
    table_style,
)
from desktop.reports.pdf_tags import TableTags, as_heading
from desktop.reports.pdf_text import markup
from desktop.services.progress import Progress, no_progress
from desktop.services.reporting.briefing import CHANGES_CAP, OVERDUE_CAP, Briefing, total_row
from desktop.services.reporting.dataset import CommitmentLine, label

MAX_PAGES = 3
KEEP = 60.0  # points a sub-heading needs below it (itself, a header row and two rows), else a new page
TITLE_ROOM = 140  # characters of a title or note a briefing line shows


def _short(text: str, room: int = TITLE_ROOM) -> str:
    text = " ".join(text.split())
    return text if len(text) <= room else text[: room - 1] + "…"


def write_briefing_pdf(briefing: Briefing, target: Path, progress: Progress = no_progress) -> Path:
    pdf_fonts.register()
    data = briefing.data
    progress(0, None, data.t(Message("Laying out pages…")))
    with atomic_output(target) as temporary:
        # Long titles and notes can push the lists over three pages: then they list fewer, and say so.
        for overdue_cap, changes_cap in ((OVERDUE_CAP, CHANGES_CAP), (10, 6), (6, 4), (3, 2)):
            doc = _Doc(str(temporary), data, progress, 0)
            build_numbered(doc, _story(doc, briefing, overdue_cap, changes_cap), _decorator(data))
            if doc.page <= MAX_PAGES:
                break
    return Path(target)


def _story(doc: _Doc, b: Briefing, overdue_cap: int, changes_cap: int) -> list[Flowable]:
    data, st, t = b.data, styles(), b.data.t
    h = b.headline
    story: list[Flowable] = [
        Paragraph(markup(t(Message("KELISIM · BRIEFING"))), st["kicker"]),
        as_heading(Paragraph(markup(data.title), st["title"]), 1),
    ]
    since = data.day(b.since) if b.since else t(Message("not compared"))
    meta = [
        (Message("Status as of"), data.day(data.today) + (f" — {data.as_of_note()}" if data.rebuilt else "")),
        (Message("Selection"), data.filter_text),
        (Message("Changes since"), since),
    ]
    story.append(
        Table(
            [[Paragraph(f"<b>{markup(t(k))}</b>", st["body"]), Paragraph(markup(v), st["body"])] for k, v in meta],
            colWidths=(32 * mm, doc.width - 32 * mm),
            style=[*PLAIN, ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1)],
            renderCB=TableTags(header_rows=(), header_cols=(0,)),
        )
    )
    figures = [
        (Message("On control"), data.number(h.open)),
        (Message("Executed"), data.number(h.executed)),
        (Message("Completion (without cancelled)"), data.percent(h.completion)),
        (Message("Overdue"), data.number(h.overdue)),
        (Message("Due in 30 days"), data.number(h.due_30)),
        (Message("Due in 90 days"), data.number(h.due_90)),
        (Message("Total"), data.number(h.total)),
    ]
    # One size for every figure, the largest at which the widest fits its column on one line ("100,000" at 100k).
    room = doc.width / len(figures) - 14  # the cell pads 6 points each side
    size = 16.0
    while size > 8 and max(stringWidth(v, st["title"].fontName, size) for _k, v in figures) > room:
        size -= 0.5
    big = st["title"].clone("figure", fontSize=size, leading=size * 1.2, spaceBefore=0, spaceAfter=0)
    small = st["small"].clone("caption", leading=9)
    cells = [[Paragraph(markup(v), big) for _k, v in figures], [Paragraph(markup(t(k)), small) for k, _v in figures]]
    story += [
        Spacer(1, 6),
        Table(
            cells,
            colWidths=[doc.width / len(figures)] * len(figures),
            style=[
                *PLAIN,
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, colour(palette.HEADER_FILL)),
                ("LINEBELOW", (0, 1), (-1, 1), 0.25, colour("#B0BEC5")),
                ("TEXTCOLOR", (3, 0), (3, 0), colour(palette.OVERDUE_COLOUR)),
            ],
            renderCB=TableTags(header_rows=(1,)),  # the captions under the figures head their columns
        ),
    ]
    story += _overdue(doc, b, st, overdue_cap)
    story += _changes(doc, b, st, changes_cap)
    story += _tallies(doc, b, st)
    return story


def _more(b: Briefing, count: int, st: dict[str, Any]) -> list[Flowable]:
    if count <= 0:
        return []
    return [Paragraph(markup(b.data.t(Message("… and %n more", n=count))), st["small"])]


def _table(doc: _Doc, header: tuple[str, ...], rows: list[Row], widths: tuple[float, ...]) -> list[Flowable]:
    head = RowMaker(widths, header=True).row(header)[0]
    return list(chunks(doc, head, rows, widths))


def _overdue(doc: _Doc, b: Briefing, st: dict[str, Any], cap: int) -> list[Flowable]:
    data, t = b.data, b.data.t
    title = _h2(t(Message("Overdue commitments, longest overdue first")), st)
    title.keepWithNext = True
    if not b.overdue:
        return [title, Paragraph(markup(t(Message("No commitment is overdue."))), st["body"])]
    widths: tuple[Any, ...] = (
        31 * mm,
        45 * mm,
        32 * mm,
        21 * mm,
        12 * mm,
        doc.width - 141 * mm,
    )  # a bold date needs 21 mm
    make = RowMaker(widths, ("LEFT", "LEFT", "LEFT", "LEFT", "RIGHT", "LEFT")).row
    rows: list[Row] = []
    for c in b.overdue[:cap]:
        cells = (
            "▲\u00a0" + c.ref,
            _short(c.title),
            c.agency or data.party_name(c.party),
            data.day(c.due_date),
            data.number(b.days_overdue(c)),
            _short(c.last_note) or "—",
        )
        rows += make(
            cells,
            bold=(False, False, False, True, True),
            marks=(("LINEBEFORE", 0, 0, 3, colour(palette.OVERDUE_COLOUR)),),
        )
    header = tuple(
        t(m)
        for m in (
            Message("Ref."),
            Message("Commitment"),
            Message("Agency"),
            Message("Due"),
            Message("Days"),
            Message("Last status note"),
        )
    )
    return [title, *_table(doc, header, rows, widths), *_more(b, b.count("overdue") - cap, st)]


def _changes(doc: _Doc, b: Briefing, st: dict[str, Any], cap: int) -> list[Flowable]:
    data, t = b.data, b.data.t
    if b.since is None:
        return []
    story: list[Flowable] = [
        CondPageBreak(2 * KEEP),  # the heading, its counts and the first table together
        _h2(t(Message("Changes since {0}", data.day(b.since))), st),
    ]
    counts = t(
        Message(
            "{0}, {1}, {2}.",
            Message("%n new commitment(s)", n=b.counts["new"]),
            Message("%n status move(s)", n=b.counts["moves"]),
            Message("%n newly overdue", n=b.counts["newly_overdue"]),
        )
    )
    story.append(Paragraph(markup(counts), st["body"]))
    if b.moves:
        widths: tuple[Any, ...] = (27 * mm, 53 * mm, 38 * mm, 21 * mm, doc.width - 139 * mm)
        make = RowMaker(widths).row
        rows: list[Row] = []
        for m in b.moves[:cap]:
            move = f"{label(m.from_status, data.language)} → {label(m.to_status, data.language)}"
            rows += make((m.ref, _short(m.title, 90), move, data.day(m.changed_at.date()), _short(m.note, 90) or "—"))
        header = tuple(
            t(x)
            for x in (Message("Ref."), Message("Commitment"), Message("Status move"), Message("When"), Message("Note"))
        )
        story += [
            CondPageBreak(KEEP),
            Spacer(1, 4),
            Paragraph(f"<b>{markup(t(Message('Status moves')))}</b>", st["body"]),
            *_table(doc, header, rows, widths),
        ]
        story += _more(b, b.count("moves") - cap, st)
    for heading, name in ((Message("New commitments"), "new"), (Message("Newly overdue"), "newly_overdue")):
        every: list[CommitmentLine] = getattr(b, name)
        lines, more = every[:cap], b.count(name) - cap
        if not lines:
            continue
        widths = (27 * mm, 80 * mm, 30 * mm, doc.width - 137 * mm)
        make = RowMaker(widths).row
        rows = []
        for c in lines:
            rows += make((c.ref, _short(c.title, 110), label(c.status, data.language), data.day(c.due_date)))
        header = tuple(t(x) for x in (Message("Ref."), Message("Commitment"), Message("Status"), Message("Due")))
        story += [CondPageBreak(KEEP), Spacer(1, 4), Paragraph(f"<b>{markup(t(heading))}</b>", st["body"])]
        story += _table(doc, header, rows, widths)
        story += _more(b, more, st)
    return story


def _tallies(doc: _Doc, b: Briefing, st: dict[str, Any]) -> list[Flowable]:
    data, t = b.data, b.data.t
    story: list[Flowable] = []
    for heading, first, rows in (
        (Message("By committee (sub-bodies rolled up)"), Message("Committee"), b.by_committee),
        (Message("By responsible agency"), Message("Agency"), b.by_agency),
        (Message("By responsible party"), Message("Party"), b.by_party),
    ):
        if not rows:
            continue
        every = [*rows, total_row(t(Message("Total")), rows)]
        widths = (doc.width - 80 * mm, 20 * mm, 20 * mm, 20 * mm, 20 * mm)
        # Headings wrap word by word inside their column ("Орындалды" / "Мерзімі өткен" never run into each other).
        body: list[list[Any]] = [
            [
                _heading(t(m), width, st, index > 0)
                for index, (m, width) in enumerate(
                    zip(
                        (first, Message("Total"), Message("On control"), Message("Executed"), Message("Overdue")),
                        widths,
                        strict=True,
                    )
                )
            ]
        ]
        for r in every:
            body.append(
                [
                    Paragraph(markup(r.name), st["cell"]),
                    data.number(r.total),
                    data.number(r.open),
                    data.number(r.executed),
                    data.number(r.overdue),
                ]
            )
        last = len(body) - 1
        extra = [
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("FONTNAME", (0, last), (-1, last), pdf_fonts.BOLD),
            ("LINEABOVE", (0, last), (-1, last), 0.8, colour(palette.HEADER_FILL)),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ]
        story += [
            CondPageBreak(KEEP),
            _h2(t(heading), st),
            Table(body, colWidths=widths, repeatRows=1, style=table_style(True, extra), renderCB=TableTags()),
        ]
    return story


def _heading(text: str, width: float, st: dict[str, Any], number: bool) -> Paragraph:
    """A column heading that wraps between words, each word shrunk to fit rather than broken inside."""
    head = st["header"]
    size = fitting_size(text, head.fontName, head.fontSize, width - 3 * mm)
    style = head.clone(
        f"briefing_header_{size:.2f}_{number}", fontSize=size, leading=size * 1.2, alignment=2 if number else 0
    )
    return Paragraph(markup(text), style)


def _h2(text: str, st: dict[str, Any]) -> Paragraph:
    """A section heading with its bookmark (the PDF outline a reader, or a screen reader, navigates by)."""
    title = Paragraph(markup(text), st["h2"])
    title.outline = (" ".join(text.split()), 0)
    return as_heading(title, 2)
