"""The PDF status report: title block, summary with a chart, one section per body, annex of agreements.

A4 portrait, fonts embedded (DejaVu Sans + WenQuanYi for Chinese), "Page X of Y" and the
generation time on every page. Table cells are pre-wrapped plain text (no markup at all; a cell that
needs both faces is drawn as runs of each); the few paragraphs escape every user string. A section's
rows are made only when the layout reaches it, so a 100,000-commitment report never holds all its
tables at once. Only imported when exporting.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, PageTemplate, Paragraph, Spacer, Table

from desktop.domain import palette
from desktop.domain.messages import Message
from desktop.domain.words import word
from desktop.reports import pdf_fonts
from desktop.reports.files import atomic_output
from desktop.reports.pdf_ahead import Ahead, second_core
from desktop.reports.pdf_chart import status_chart
from desktop.reports.pdf_layout import (
    Row,
    RowMaker,
    build_numbered,
    chunks,
    colour,
    deflate_page,
    fitting_size,
    pack_rows,
    styles,
    table_style,
    unpack_rows,
)
from desktop.reports.pdf_tags import TableTags, TaggedFrame, as_heading
from desktop.reports.pdf_text import Wrapper, clean, face_for, markup
from desktop.services.progress import Progress, no_progress
from desktop.services.reporting.dataset import STATUS_ORDER, CommitmentLine, ReportDataset, label

MARGIN = 18 * mm
FIRST_CHUNK = 6  # rows of a section's first table chunk
KEEP_ROWS = 2  # a section heading and its summary line start a page unless this many rows fit under them
# From this many commitments the tables' rows are made in a child process beside the layout (``pdf_ahead``): below
# it, forking and reading the rows back would cost about what they do.
AHEAD_FROM = 2_000
# A bold date needs 21 mm at 8 pt, a bold «Выполняется» 29 mm; references break after "-", never at "/".
COMMITMENT_WIDTHS = (28 * mm, 46 * mm, 33 * mm, 21 * mm, 29 * mm, 17 * mm)
WIDE_STATUS_WIDTHS = COMMITMENT_WIDTHS  # the bold overdue status needs the room in every language


def commitment_widths(language: str) -> tuple[float, ...]:
    return COMMITMENT_WIDTHS if language == "en" else WIDE_STATUS_WIDTHS


COMMITMENT_ALIGNS = ("LEFT", "LEFT", "LEFT", "LEFT", "LEFT", "RIGHT")
# Layout tables: reportlab's default cell font is Helvetica, which is never embedded.
PLAIN = [("FONTNAME", (0, 0), (-1, -1), pdf_fonts.MAIN), ("VALIGN", (0, 0), (-1, -1), "TOP")]
COMMITMENT_HEADER = (
    Message("Ref."),
    Message("Commitment"),
    Message("Responsible"),
    Message("Due"),
    Message("Status"),
    Message("Progress"),
)
ANNEX_HEADER = (
    Message("Reg. number"),
    Message("Agreement"),
    Message("Signed"),
    Message("Status"),
    Message("Parties, signatories"),
    Message("In report"),
)
# The /Lang of the PDF: screen readers and hyphenation follow it.
PDF_LANGUAGES = {"en": "en-GB", "ru": "ru-RU", "kk": "kk-KZ"}


class _Makers:
    """Row makers shared by every section, so each word's width is measured once per report."""

    def __init__(self, data: ReportDataset) -> None:
        self.widths = commitment_widths(data.language)
        self.commitments = RowMaker(self.widths, COMMITMENT_ALIGNS)
        header = tuple(data.t(m) for m in COMMITMENT_HEADER)
        self.commitments_header = RowMaker(self.widths, COMMITMENT_ALIGNS, header=True).row(header)[0]


class _Doc(BaseDocTemplate):
    def __init__(self, filename: str, dataset: ReportDataset, progress: Progress, total: int) -> None:
        super().__init__(
            filename,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 4 * mm,
            bottomMargin=MARGIN + 2 * mm,
            title=dataset.title,
            author="Kelisim",
            subject=dataset.filter_text,
            creator="Kelisim",
            keywords=dataset.t(Message("status report, commitments")),
            lang=PDF_LANGUAGES.get(dataset.language, "en-GB"),
        )
        self._dataset = dataset
        frame = TaggedFrame(  # tags what each flowable draws: a screen reader reads the PDF (pdf_tags)
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._progress = progress
        self._total = total
        self._done = 0

    def beforeDocument(self) -> None:
        # For a screen reader, beside the structure tree (pdf_tags): the language (/Lang, set above), title,
        # author and subject, the reader's window titled by the document's title rather than its file name,
        # and the bookmarks shown when there are any.
        self.canv.setViewerPreference("DisplayDocTitle", "true")

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        first = flowables[0]
        if isinstance(first, _Later):  # made now, laid out next
            flowables[0:1] = first.make()
            return
        super().handle_flowable(flowables)

    def afterFlowable(self, flowable: Flowable) -> None:
        # Called after each flowable lands on a page: report progress, and let Cancel stop the build.
        outline = getattr(flowable, "outline", None)
        if outline is not None:  # a bookmark per section: the reader jumps to it and prints just it
            text, level = outline
            key = f"section-{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
            self.canv.showOutline()
        count = getattr(flowable, "count", 0)
        if count:
            self._done += count
            self._progress(
                self._done, self._total, self._dataset.t(Message("Commitments: {0} of {1}", self._done, self._total))
            )


def write_pdf(dataset: ReportDataset, target: Path, progress: Progress = no_progress) -> Path:
    """Write the PDF report to ``target`` (atomically); returns the final path."""
    pdf_fonts.register()
    total = len(dataset.commitments)
    progress(0, total, dataset.t(Message("Preparing the report…")))
    with atomic_output(target) as temporary:
        with collector_paused():
            _build(str(temporary), dataset, progress, total)
        progress(total, total, dataset.t(Message("Saving the report…")))
    return Path(target)


def _build(path: str, dataset: ReportDataset, progress: Progress, total: int) -> None:
    """Lay out and write the report. Its document, pages and caches are freed (by reference counting) when this
    returns, before the collector runs again: kept alive beyond, the collector's first pass walks them all."""
    doc = _Doc(path, dataset, progress, total)
    # The child that makes the rows deflates the pages' drawings once they are made (``numbered_canvas``).
    rows: Ahead[list[Row]] = Ahead(pack_rows, unpack_rows, deflate_page)
    story = _story(doc, dataset, rows)
    try:
        if total >= AHEAD_FROM and second_core():  # the tables' rows made beside the layout
            rows.start(os.path.dirname(os.path.abspath(path)))
        progress(0, total, dataset.t(Message("Laying out pages…")))
        build_numbered(doc, story, _decorator(dataset), rows)
    finally:
        rows.close()
    # reportlab's canvas, its document and the template point at one another: what they hold (the pages, the
    # structure tree, the text caches) is let go of here, by reference counting, not left to the collector.
    canv: Any = doc.canv
    vars(canv._doc).clear()
    vars(canv).clear()


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while the pages are laid out and written.

    The build makes no cyclic garbage page by page (what it keeps — pages, structure elements, text
    caches — lives until the file is written), but each full collection walks every object the report
    holds, the dataset's included: at 10,000 commitments about a sixth of the report's time. Objects are still
    freed by reference counting; the collector runs again afterwards, as it was."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _decorator(dataset: ReportDataset) -> Callable[[Any, int, int], None]:
    generated = dataset.moment(dataset.generated_at)
    width, _height = A4
    room = width - 2 * MARGIN - 60 * mm
    title = clean(dataset.title).replace("\n", " ")
    face = face_for(title)
    grey = colors.HexColor(palette.MUTED_TEXT)
    para: Paragraph | None = None
    if face is None:  # the title needs two faces (Chinese beside ₸): a one-line paragraph does that
        para = Paragraph(markup(title if len(title) <= 90 else title[:89] + "…"), styles()["small"])
    else:  # one plain line, cut to the room left of "Page X of Y"
        lines = Wrapper(face, 7.5).lines(title, room)
        title = lines[0] + ("…" if len(lines) > 1 else "") if lines else ""

    rule = colors.HexColor("#B0BEC5")
    marking = clean(dataset.classification).upper()[:80] if dataset.classification else ""
    footer = dataset.t(Message("Kelisim status report · generated {0}", generated))
    said: dict[tuple[Any, ...], str] = {}  # the same words at the same place in the same face: drawn once

    def text(canv: Any, draw: Callable[[float, float, str], None], x: float, y: float, words: str) -> None:
        """``draw(x, y, words)``, the operators it writes (one text object) remembered for the next pages."""
        key = (draw.__name__, canv._fontname, canv._fontsize, canv._leading, x, y, words)
        found = said.get(key)
        if found is not None:
            canv._code.append(found)
            return
        code = canv._code
        before = len(code)
        draw(x, y, words)
        if len(code) == before + 1:
            said[key] = code[-1]

    def decorate(canv: Any, page: int, pages: int) -> None:
        canv.saveState()
        canv.setStrokeColor(rule)
        canv.setLineWidth(0.5)
        canv.line(MARGIN, MARGIN, width - MARGIN, MARGIN)
        canv.setFillColor(grey)
        if para is not None:
            para.wrapOn(canv, room, 12)
            para.drawOn(canv, MARGIN, MARGIN - 11)
        else:
            canv.setFont(face, 7.5)
            text(canv, canv.drawString, MARGIN, MARGIN - 9, title)
        if marking:  # on every page, as a marking must be
            canv.setFont(pdf_fonts.BOLD, 8)
            text(canv, canv.drawCentredString, width / 2, MARGIN - 19, marking)
        canv.setFont(pdf_fonts.MAIN, 7.5)
        canv.drawRightString(width - MARGIN, MARGIN - 9, dataset.t(Message("Page {0} of {1}", page, pages)))
        text(canv, canv.drawString, MARGIN, MARGIN - 19, footer)
        canv.restoreState()

    return decorate


def _story(doc: _Doc, data: ReportDataset, rows: Ahead[list[Row]]) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = []
    if data.classification:
        story.append(_classification(doc, data, st))
    story += [
        Paragraph(markup(data.t(Message("KELISIM · STATUS OF COMMITMENTS"))), st["kicker"]),
        as_heading(Paragraph(markup(data.title), st["title"]), 1),
    ]
    in_report = Message("%n in this report", n=data.total)
    meta = [
        (Message("Status as of"), data.day(data.today) + (f" — {data.as_of_note()}" if data.rebuilt else "")),
        (Message("Generated"), data.moment(data.generated_at)),
        (Message("Selection"), data.filter_text),
        (Message("Commitments"), data.t(Message("{0}, {1}", in_report, Message("%n overdue", n=data.overdue)))),
    ]
    story.append(
        Table(
            [[Paragraph(f"<b>{markup(data.t(k))}</b>", st["body"]), Paragraph(markup(v), st["body"])] for k, v in meta],
            colWidths=(32 * mm, doc.width - 32 * mm),
            style=[
                *PLAIN,
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, colour(palette.HEADER_FILL)),
            ],
            renderCB=TableTags(header_rows=(), header_cols=(0,)),
        )
    )
    if data.prepared_by or data.approved_by:
        story.append(_signatures(doc, data, st))
    story.append(
        _section(
            Paragraph(markup(data.t(Message("Summary", context="Report"))), st["h1"]),
            data.t(Message("Summary", context="Report")),
            0,
        )
    )
    story.append(
        Table(
            [[_status_table(data), status_chart(data, 90 * mm, 52 * mm)]],
            colWidths=(doc.width - 94 * mm, 94 * mm),
            style=[*PLAIN, ("LEFTPADDING", (0, 0), (-1, -1), 0)],
            renderCB=TableTags(layout=True),
        )
    )
    story += _body_summary(doc, data, st)
    story += _sections(doc, data, st, rows)
    story += _annex(doc, data, st, rows)
    return story


def _status_table(data: ReportDataset) -> Table:
    t = data.t
    rows: list[list[Any]] = [[t(Message("Status")), t(Message("Commitments")), t(Message("Share"))]]
    extra: list[tuple[Any, ...]] = []
    for index, status in enumerate(STATUS_ORDER, 1):
        count = data.by_status.get(status, 0)
        share = data.percent(count * 100 / data.total) if data.total else "–"
        rows.append([label(status, data.language), data.number(count), share])
        extra.append(("BACKGROUND", (0, index), (0, index), colour(palette.status_colour(status))))
    rows.append([t(Message("Total")), data.number(data.total), data.percent(100) if data.total else "–"])
    rows.append(
        [
            "▲\u00a0" + t(Message("Overdue (open, past due)")),
            data.number(data.overdue),
            data.percent(data.overdue * 100 / data.total) if data.total else "–",
        ]
    )
    last = len(rows) - 1
    # Control of execution, against each commitment's original deadline (rules.executed_on_time).
    rows.append([t(Message("Executed on time")), data.number(data.executed_on_time), ""])
    # Marked as the overdue row is (bold and ▲), not by its colour alone: it must survive greyscale printing.
    rows.append(["▲\u00a0" + t(Message("Executed late")), data.number(data.executed_late), ""])
    rows.append([t(Message("Deadlines moved")), data.number(data.moved_deadlines), ""])
    # As the dashboard counts them: open commitments with a controller, and those whose report waits.
    rows.append([t(Message("On control")), data.number(data.on_control), ""])
    rows.append([t(Message("Waiting for acceptance")), data.number(data.waiting), ""])
    extra += [
        ("FONTNAME", (0, last - 1), (-1, last - 1), pdf_fonts.BOLD),
        ("TEXTCOLOR", (0, last), (-1, last), colour(palette.OVERDUE_COLOUR)),
        ("FONTNAME", (0, last), (-1, last), pdf_fonts.BOLD),
        ("TEXTCOLOR", (0, last + 2), (-1, last + 2), colour(palette.OVERDUE_COLOUR)),
        ("FONTNAME", (0, last + 2), (-1, last + 2), pdf_fonts.BOLD),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ]
    return Table(rows, colWidths=(40 * mm, 22 * mm, 14 * mm), style=table_style(True, extra), renderCB=TableTags())


def _body_summary(doc: _Doc, data: ReportDataset, st: dict[str, Any]) -> list[Flowable]:
    per_body = data.per_body()
    if not per_body:
        return [Paragraph(markup(data.t(Message("No commitment matches this selection."))), st["body"])]
    head = st["header"].clone("narrow_header", fontSize=6.5, leading=8)  # "Completed" fits 18 mm
    words = [
        *(label(s, data.language) for s in STATUS_ORDER),
        data.t(Message("Overdue")),
        data.t(Message("Total")),
        data.t(Message("Average progress")),
    ]
    widths = (18 * mm, 18 * mm, 18 * mm, 18 * mm, 18 * mm, 17 * mm, 14 * mm, 18 * mm)
    header: list[Any] = [data.t(Message("Body"))]
    for heading, width in zip(words, widths, strict=True):
        # One word per line, each shrunk to fit its column rather than broken inside.
        size = fitting_size(heading, head.fontName, head.fontSize, width - 3 * mm)
        style = head if size == head.fontSize else head.clone(f"narrow_header_{size:.2f}", fontSize=size)
        header.append(Paragraph("<b>{}</b>".format(markup(heading).replace(" ", "<br/>")), style))
    rows: list[list[Any]] = [header]
    for body in per_body:
        name = Paragraph(markup(data.body_name(body.body_id, body.name)), st["cell"])
        if body.depth:
            name.style = st["cell"].clone("indented", leftIndent=8 * body.depth)
        rows.append(
            [
                name,
                *(data.number(body.by_status[s]) for s in STATUS_ORDER),
                data.number(body.overdue),
                data.number(body.total),
                data.percent(body.average_progress),
            ]
        )
    extra = [
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("TEXTCOLOR", (6, 1), (6, -1), colour(palette.OVERDUE_COLOUR)),
        ("FONTNAME", (6, 1), (6, -1), pdf_fonts.BOLD),  # the overdue column in bold too, not by colour alone
        ("LEFTPADDING", (1, 0), (-1, -1), 1.5 * mm),
        ("RIGHTPADDING", (1, 0), (-1, -1), 1.5 * mm),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
    ]
    return [
        as_heading(Paragraph(markup(data.t(Message("Commitments by body"))), st["h2"]), 3),
        Table(
            rows,
            colWidths=(doc.width - sum(widths), *widths),
            repeatRows=1,
            style=table_style(True, extra),
            renderCB=TableTags(),
        ),
    ]


def _sections(doc: _Doc, data: ReportDataset, st: dict[str, Any], rows: Ahead[list[Row]]) -> list[Flowable]:
    groups = data.commitments_by_body()
    local: dict[int | None, str] = {b.id: b.local_names for b in data.bodies}
    summaries = {s.body_id: s for s in data.per_body()}
    story: list[Flowable] = []
    numbers: dict[int | None, str] = {}
    top = 0
    children: dict[int | None, int] = {}
    parents = {b.id: b.parent_id for b in data.bodies}
    makers = _Makers(data)
    shown: set[int | None] = set()  # bodies with commitments, and the bodies above them
    pending: list[Flowable] = []  # headings of bodies without commitments of their own, kept with the next
    for body_id in groups:  # a body's ancestors climb to the root; "No body" only for its own commitments
        current: int | None = body_id
        while current not in shown:
            shown.add(current)
            if current is None:
                break
            current = parents.get(current)
            if current is None:
                break
    for body_id, name, depth in data.section_order():
        if body_id not in shown:
            continue
        parent = parents.get(body_id) if body_id is not None else None
        if depth == 0 or parent not in numbers:
            top += 1
            numbers[body_id] = f"{top}."
        else:
            children[parent] = children.get(parent, 0) + 1
            numbers[body_id] = f"{numbers[parent].rstrip('.')}.{children[parent]}"
        heading = _section(
            Paragraph(f"{numbers[body_id]} {markup(data.body_name(body_id, name))}", st["h1" if depth == 0 else "h2"]),
            f"{numbers[body_id]} {data.body_name(body_id, name)}",
            min(depth, _level(numbers[body_id])),
        )
        block: list[Flowable] = [*pending, heading]
        if local.get(body_id):
            block.append(Paragraph(markup(local[body_id]), st["small"]))
        lines = groups.get(body_id, [])
        if not lines:
            # Kept with the next section: a heading with nothing under it never ends a page.
            block.append(
                Paragraph(markup(data.t(Message("No commitments of its own in this selection."))), st["small"])
            )
            pending = block
            continue
        pending = []
        s = summaries[body_id]
        counts = ", ".join(
            data.t(Message("{0}: {1}", word(k), data.number(s.by_status[k]))) for k in STATUS_ORDER if s.by_status[k]
        )
        total = data.t(Message("%n commitment(s)", n=s.total))
        overdue = data.t(Message("%n overdue", n=s.overdue))
        average = data.t(Message("Average progress {0}.", data.percent(s.average_progress)))
        block += [
            Paragraph(
                f"{markup(total)}: {markup(counts)}. <font color='{palette.OVERDUE_COLOUR}'><b>"
                f"{markup(overdue)}</b></font>. {markup(average)}",
                st["small"],
            ),
            Spacer(1, 3),
        ]
        job = rows.add(functools.partial(_commitment_rows, data, lines, makers))
        story.append(_Later(functools.partial(_section_body, doc, block, rows, job, makers)))
    story += pending
    return story


class _Later(Flowable):
    """Stands in the story for flowables made only when the layout reaches it (``_Doc.handle_flowable``):
    a section's commitment rows exist while its pages are laid out, not for the whole report at once."""

    def __init__(self, make: Callable[[], list[Flowable]]) -> None:
        super().__init__()
        self.make = make

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:  # never drawn: replaced by what it makes
        pass


def _section_body(
    doc: _Doc, block: list[Flowable], rows: Ahead[list[Row]], job: int, makers: _Makers
) -> list[Flowable]:
    """A section's heading block and its commitment tables, kept together when the heading would end a page."""
    tables = chunks(doc, makers.commitments_header, rows.get(job), makers.widths, FIRST_CHUNK)
    return [CondPageBreak(_height(block, doc.width) + tables[0].lead(KEEP_ROWS)), *block, *tables]


def _section(title: Paragraph, text: str, level: int) -> Paragraph:
    """A heading that gets a bookmark (PDF outline entry) at ``level``, tagged H2 (level 0), H3…"""
    title.outline = (clean(text).replace("\n", " "), level)
    return as_heading(title, level + 2)


def _level(number: str) -> int:
    return number.rstrip(".").count(".")


def _classification(doc: _Doc, data: ReportDataset, st: dict[str, Any]) -> Table:
    """The classification marking, boxed in bold capitals at the top of the first page."""
    mark = st["title"].clone("classification", fontSize=11, leading=14, spaceBefore=0, spaceAfter=0, alignment=1)
    return Table(
        [[Paragraph(markup(data.classification.upper()), mark)]],
        colWidths=(doc.width,),
        style=[
            *PLAIN,
            ("BOX", (0, 0), (-1, -1), 1.2, colour(palette.HEADER_FILL)),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ],
        spaceAfter=6,
        renderCB=TableTags(layout=True),
    )


def _signatures(doc: _Doc, data: ReportDataset, st: dict[str, Any]) -> Table:
    """Prepared by / approved by, each with a line to sign on."""
    cells = []
    for key, value in ((Message("Prepared by"), data.prepared_by), (Message("Approved by"), data.approved_by)):
        if value:
            cells.append(
                Paragraph(
                    f"<b>{markup(data.t(key))}</b><br/>{markup(value)}<br/><br/>______________________", st["body"]
                )
            )
    while len(cells) < 2:
        cells.append(Paragraph("", st["body"]))
    return Table(
        [cells],
        colWidths=(doc.width / 2, doc.width / 2),
        style=[*PLAIN, ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 8)],
        renderCB=TableTags(layout=True),
    )


def _height(flowables: list[Flowable], width: float) -> float:
    """The height ``flowables`` take stacked in a frame ``width`` wide, their spacing included."""
    total = 0.0
    for index, flowable in enumerate(flowables):
        total += flowable.wrap(width, 1e6)[1] + flowable.getSpaceAfter()
        if index:
            total += flowable.getSpaceBefore()
    return total


def _commitment_rows(data: ReportDataset, lines: list[CommitmentLine], makers: _Makers) -> list[Row]:
    # Overdue survives a black-and-white printer: bold due date and status, a ▲ and the word, a thick rule
    # down the left edge; red only on white (the status cell stays black on its fill, ≥ 4.5 : 1).
    overdue_ink = (None, None, None, palette.OVERDUE_COLOUR, None)
    overdue_bold = (False, False, False, True, True)  # a bold reference would break in its column
    overdue_rule = ("LINEBEFORE", 0, 0, 3, colour(palette.OVERDUE_COLOUR))
    rows: list[Row] = []
    row = makers.commitments.row
    overdue_mark = "\n▲\u00a0" + data.t(Message("OVERDUE"))
    statuses = {s: label(s, data.language) for s in STATUS_ORDER}
    priorities = {p: data.t(Message("{0} priority", word(p))) for p in ("low", "normal", "high", "critical")}
    note_word = data.t(Message("Last note:"))
    interim_word = data.t(Message("Interim report:"))
    # Executors, controllers, moves and days overdue repeat on thousands of rows: each phrase made once per value.
    executor = _Phrase(data.t, lambda v: Message("Executor: {0}", v))
    controller = _Phrase(data.t, lambda v: Message("Controller: {0}", v))
    superseded = _Phrase(data.t, lambda v: Message("superseded by {0}", v))
    moved = _Phrase(data.t, lambda v: Message("moved ×{0}", v))
    late_by = _Phrase(data.t, lambda v: Message("%n day(s) overdue", n=v))
    day = _Memo(data.day)
    percent = _Memo(data.percent)
    interims: dict[tuple[Any, ...], str] = {}  # (date, text, progress, its type) → "12.05.2026: text (40 %)"
    fills: dict[str, tuple[Any, ...]] = {}  # status → its cell's fill
    for c in lines:
        status = statuses.get(c.status, c.status) + (overdue_mark if c.overdue else "")
        if c.superseded_by:
            status += "\n" + superseded(c.superseded_by)
        party = data.party_name(c.party)
        who = f"{party}\n{c.agency}" if party and c.agency else party or c.agency
        if c.executor:
            who = "\n".join(filter(None, (who, executor(c.executor))))
        if c.controller:
            who = "\n".join(filter(None, (who, controller(c.controller))))
        ref = f"{c.ref}\n{priorities.get(c.priority, c.priority)}"
        # The clerk's remarks, then why it stands where it stands (the last status note), under the title.
        title = data.t(Message("{0}\nNotes: {1}", c.title, c.notes)) if c.notes else c.title
        if c.last_note:
            title = f"{title}\n{note_word} {c.last_note}"
        if c.interim_on is not None:
            key = (c.interim_on, c.interim, c.interim_progress, type(c.interim_progress))
            interim = interims.get(key)
            if interim is None:
                interim = data.interim(c)
                if len(interims) < _Memo.LIMIT:
                    interims[key] = interim
            title = f"{title}\n{interim_word} {interim}"
        due = day(c.due_date)
        if c.moves:
            due += "\n" + moved(c.moves)
        if c.overdue and c.due_date is not None:
            due += "\n" + late_by((data.today - c.due_date).days)
        cells = (ref, title, who, due, status, percent(c.progress))
        fill = fills.get(c.status)
        if fill is None:
            fill = fills[c.status] = ("BACKGROUND", 4, 4, colour(palette.status_colour(c.status)))
        if c.overdue:
            rows += row(cells, colours=overdue_ink, bold=overdue_bold, marks=(fill, overdue_rule), count=1)
        else:
            rows += row(cells, marks=(fill,), count=1)
    return rows


class _Phrase:
    """``make(message(value))`` remembered by the value and its type, up to ``_Memo.LIMIT`` of them: a repeated
    executor's or controller's line is one dictionary look-up, not a message made and rendered again (``message``
    names its text in a ``Message(…)`` of its own, where the catalogue's extraction finds it)."""

    def __init__(self, make: Callable[[Message], str], message: Callable[[Any], Message]) -> None:
        self.make, self.message = make, message
        self.made: dict[tuple[type, Any], str] = {}

    def __call__(self, value: Any) -> str:
        key = (type(value), value)  # 1, 1.0 and True are equal keys but print differently
        found = self.made.get(key)
        if found is None:
            found = self.make(self.message(value))
            if len(self.made) < _Memo.LIMIT:
                self.made[key] = found
        return found


class _Memo:
    """``make(key)`` remembered for keys that repeat (a message by its text, arguments and count; a date; a
    number), up to LIMIT of them: the same words in the same language, made once."""

    LIMIT = 50_000

    def __init__(self, make: Callable[[Any], str]) -> None:
        self.make = make
        self.made: dict[Any, str] = {}

    def __call__(self, value: Any) -> str:
        if isinstance(value, Message):  # by type too: 1, 1.0 and True are equal keys but print differently
            key: Any = (value.text, value.args, tuple(map(type, value.args)), value.n, value.context)
        else:
            key = (type(value), value)
        found = self.made.get(key)
        if found is None:
            found = self.make(value)
            if len(self.made) < self.LIMIT:
                self.made[key] = found
        return found


def _annex(doc: _Doc, data: ReportDataset, st: dict[str, Any], ahead: Ahead[list[Row]]) -> list[Flowable]:
    from reportlab.platypus import PageBreak

    annex = data.t(Message("Annex. Agreements"))
    story: list[Flowable] = [PageBreak(), _section(Paragraph(markup(annex), st["h1"]), annex, 0)]
    if not data.agreements:
        return [
            *story,
            Paragraph(markup(data.t(Message("No agreement is referred to by this selection."))), st["body"]),
        ]
    # "Memorandum" needs 22 mm at 8 pt; the date 19 mm.
    widths = (34 * mm, 46 * mm, 19 * mm, 22 * mm, 36 * mm, doc.width - 157 * mm)  # "KZ-CN-2024-05-20/1" whole
    aligns = ("LEFT",) * 5 + ("RIGHT",)
    header = RowMaker(widths, aligns, header=True).row(tuple(data.t(m) for m in ANNEX_HEADER))[0]
    job = ahead.add(functools.partial(_annex_rows, data, RowMaker(widths, aligns)))
    return [*story, _Later(lambda: chunks(doc, header, ahead.get(job), widths))]


def _annex_rows(data: ReportDataset, maker: RowMaker) -> list[Row]:
    make = maker.row
    rows: list[Row] = []
    for a in data.agreements:
        signed = data.day(a.signed_on) + ("\n" + a.place if a.place else "")
        people = f"{a.parties}\n{a.signatories}" if a.parties and a.signatories else a.parties or a.signatories
        # The title in the report's language when stored; every form is in the workbook's Agreements sheet.
        rows += make(
            (
                a.reg_number,
                data.agreement_title(a.id, a.title),
                signed,
                f"{label(a.status, data.language)}\n{label(a.kind, data.language)}",
                people,
                data.t(Message("{0} of {1}", data.number(a.in_report), data.number(a.total))),
            )
        )
    return rows
