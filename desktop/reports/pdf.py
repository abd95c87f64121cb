"""The PDF status report: title block, summary with a chart, one section per body, annex of agreements.

A4 portrait, fonts embedded (DejaVu Sans + WenQuanYi for Chinese), "Page X of Y" and the
generation time on every page. Table cells are pre-wrapped plain text in one face each (no markup
at all); the few paragraphs escape every user string. Only imported when exporting.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer, Table

from desktop.domain import palette
from desktop.reports import pdf_fonts
from desktop.reports.dataset import STATUS_ORDER, CommitmentLine, ReportDataset, label
from desktop.reports.files import atomic_output
from desktop.reports.pdf_chart import status_chart
from desktop.reports.pdf_layout import Row, RowMaker, chunks, colour, numbered_canvas, styles, table_style
from desktop.reports.pdf_text import Wrapper, clean, face_for, markup
from desktop.services.progress import Progress, no_progress

MARGIN = 18 * mm
FIRST_CHUNK = 6  # rows kept with a section heading, so a heading never ends a page alone
# A date needs 19 mm at 8 pt; references break after "-" and "/".
COMMITMENT_WIDTHS = (28 * mm, 55 * mm, 37 * mm, 19 * mm, 20 * mm, 15 * mm)
COMMITMENT_ALIGNS = ("LEFT", "LEFT", "LEFT", "LEFT", "LEFT", "RIGHT")
# Layout tables: reportlab's default cell font is Helvetica, which is never embedded.
PLAIN = [("FONTNAME", (0, 0), (-1, -1), pdf_fonts.MAIN), ("VALIGN", (0, 0), (-1, -1), "TOP")]
COMMITMENT_HEADER = ("Ref.", "Commitment", "Responsible", "Due", "Status", "Progress")
ANNEX_HEADER = ("Reg. number", "Agreement", "Signed", "Status", "Parties, signatories", "In report")


class _Makers:
    """Row makers shared by every section, so each word's width is measured once per report."""

    def __init__(self) -> None:
        self.commitments = RowMaker(COMMITMENT_WIDTHS, COMMITMENT_ALIGNS)
        self.commitments_header = RowMaker(COMMITMENT_WIDTHS, COMMITMENT_ALIGNS, header=True).row(COMMITMENT_HEADER)[0]


def _long_date(day: date) -> str:
    return f"{day.day} {day.strftime('%B')} {day.year}"


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
            keywords="status report, commitments",
        )
        frame = Frame(
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

    def afterFlowable(self, flowable: Flowable) -> None:
        # Called after each flowable lands on a page: report progress, and let Cancel stop the build.
        count = getattr(flowable, "count", 0)
        if count:
            self._done += count
            self._progress(self._done, self._total, f"Commitments: {self._done:,} of {self._total:,}")


def write_pdf(dataset: ReportDataset, target: Path, progress: Progress = no_progress) -> Path:
    """Write the PDF report to ``target`` (atomically); returns the final path."""
    pdf_fonts.register()
    total = len(dataset.commitments)
    progress(0, total, "Preparing the report…")
    with atomic_output(target) as temporary:
        doc = _Doc(str(temporary), dataset, progress, total)
        story = _story(doc, dataset)
        progress(0, total, "Laying out pages…")
        doc.build(story, canvasmaker=numbered_canvas(_decorator(dataset)))
        progress(total, total, "Saving the report…")
    return Path(target)


def _decorator(dataset: ReportDataset) -> Callable[[Any, int, int], None]:
    generated = dataset.generated_at.astimezone().strftime("%Y-%m-%d %H:%M")
    width, _height = A4
    room = width - 2 * MARGIN - 60 * mm
    title = clean(dataset.title).replace("\n", " ")
    face = face_for(title)
    grey = colors.HexColor("#546E7A")
    para: Paragraph | None = None
    if face is None:  # the title needs two faces (Chinese beside ₸): a one-line paragraph does that
        para = Paragraph(markup(title if len(title) <= 90 else title[:89] + "…"), styles()["small"])
    else:  # one plain line, cut to the room left of "Page X of Y"
        lines = Wrapper(face, 7.5).lines(title, room)
        title = lines[0] + ("…" if len(lines) > 1 else "") if lines else ""

    def decorate(canv: Any, page: int, pages: int) -> None:
        canv.saveState()
        canv.setStrokeColor(colors.HexColor("#B0BEC5"))
        canv.setLineWidth(0.5)
        canv.line(MARGIN, MARGIN, width - MARGIN, MARGIN)
        canv.setFillColor(grey)
        if para is not None:
            para.wrapOn(canv, room, 12)
            para.drawOn(canv, MARGIN, MARGIN - 11)
        else:
            canv.setFont(face, 7.5)
            canv.drawString(MARGIN, MARGIN - 9, title)
        canv.setFont(pdf_fonts.MAIN, 7.5)
        canv.drawRightString(width - MARGIN, MARGIN - 9, f"Page {page} of {pages}")
        canv.drawString(MARGIN, MARGIN - 19, f"Kelisim status report · generated {generated}")
        canv.restoreState()

    return decorate


def _story(doc: _Doc, data: ReportDataset) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        Paragraph("KELISIM · STATUS OF COMMITMENTS", st["kicker"]),
        Paragraph(markup(data.title), st["title"]),
    ]
    meta = [
        ("Status as of", _long_date(data.today)),
        ("Generated", data.generated_at.astimezone().strftime("%Y-%m-%d %H:%M")),
        ("Selection", data.filter_text),
        ("Commitments", f"{data.total:,} in this report, {data.overdue:,} overdue"),
    ]
    story.append(
        Table(
            [[Paragraph(f"<b>{k}</b>", st["body"]), Paragraph(markup(v), st["body"])] for k, v in meta],
            colWidths=(32 * mm, doc.width - 32 * mm),
            style=[
                *PLAIN,
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, colour(palette.HEADER_FILL)),
            ],
        )
    )
    story.append(Paragraph("Summary", st["h1"]))
    story.append(
        Table(
            [[_status_table(data), status_chart(data, 90 * mm, 52 * mm)]],
            colWidths=(doc.width - 94 * mm, 94 * mm),
            style=[*PLAIN, ("LEFTPADDING", (0, 0), (-1, -1), 0)],
        )
    )
    story += _body_summary(doc, data, st)
    story += _sections(doc, data, st)
    story += _annex(doc, data, st)
    return story


def _status_table(data: ReportDataset) -> Table:
    rows: list[list[Any]] = [["Status", "Commitments", "Share"]]
    extra: list[tuple[Any, ...]] = []
    for index, status in enumerate(STATUS_ORDER, 1):
        count = data.by_status.get(status, 0)
        rows.append([label(status), f"{count:,}", f"{count * 100 / data.total:.0f} %" if data.total else "–"])
        extra.append(("BACKGROUND", (0, index), (0, index), colour(palette.status_colour(status))))
    rows.append(["Total", f"{data.total:,}", "100 %" if data.total else "–"])
    rows.append(
        [
            "Overdue (open, past due)",
            f"{data.overdue:,}",
            f"{data.overdue * 100 / data.total:.0f} %" if data.total else "–",
        ]
    )
    last = len(rows) - 1
    extra += [
        ("FONTNAME", (0, last - 1), (-1, last - 1), pdf_fonts.BOLD),
        ("TEXTCOLOR", (0, last), (-1, last), colour(palette.OVERDUE_COLOUR)),
        ("FONTNAME", (0, last), (-1, last), pdf_fonts.BOLD),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ]
    return Table(rows, colWidths=(40 * mm, 22 * mm, 14 * mm), style=table_style(True, extra))


def _body_summary(doc: _Doc, data: ReportDataset, st: dict[str, Any]) -> list[Flowable]:
    per_body = data.per_body()
    if not per_body:
        return [Paragraph("No commitment matches this selection.", st["body"])]
    head = st["header"].clone("narrow_header", fontSize=6.5, leading=8)  # "Completed" fits 18 mm
    names = [*(label(s).replace(" ", "<br/>") for s in STATUS_ORDER), "Overdue", "Total", "Average<br/>progress"]
    header: list[Any] = ["Body", *(Paragraph(f"<b>{n}</b>", head) for n in names)]
    rows: list[list[Any]] = [header]
    for body in per_body:
        name = Paragraph(markup(body.name), st["cell"])
        if body.depth:
            name.style = st["cell"].clone("indented", leftIndent=8 * body.depth)
        rows.append(
            [
                name,
                *(f"{body.by_status[s]:,}" for s in STATUS_ORDER),
                f"{body.overdue:,}",
                f"{body.total:,}",
                f"{body.average_progress:.0f} %",
            ]
        )
    widths = (18 * mm, 18 * mm, 18 * mm, 18 * mm, 18 * mm, 15 * mm, 12 * mm, 16 * mm)
    extra = [
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("TEXTCOLOR", (6, 1), (6, -1), colour(palette.OVERDUE_COLOUR)),
        ("LEFTPADDING", (1, 0), (-1, -1), 1.5 * mm),
        ("RIGHTPADDING", (1, 0), (-1, -1), 1.5 * mm),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
    ]
    return [
        Paragraph("Commitments by body", st["h2"]),
        Table(rows, colWidths=(doc.width - sum(widths), *widths), repeatRows=1, style=table_style(True, extra)),
    ]


def _sections(doc: _Doc, data: ReportDataset, st: dict[str, Any]) -> list[Flowable]:
    groups = data.commitments_by_body()
    local = {b.id: b.local_names for b in data.bodies}
    summaries = {s.body_id: s for s in data.per_body()}
    story: list[Flowable] = []
    numbers: dict[int | None, str] = {}
    top = 0
    children: dict[int | None, int] = {}
    parents = {b.id: b.parent_id for b in data.bodies}
    makers = _Makers()
    shown: set[int | None] = set()  # bodies with commitments, and the bodies above them
    for body_id in groups:
        while body_id not in shown:
            shown.add(body_id)
            body_id = parents.get(body_id) if body_id is not None else None
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
        heading = Paragraph(f"{numbers[body_id]} {markup(name)}", st["h1" if depth == 0 else "h2"])
        heading.keepWithNext = True
        story.append(heading)
        if local.get(body_id):
            note = Paragraph(markup(local[body_id]), st["small"])
            note.keepWithNext = True
            story.append(note)
        lines = groups.get(body_id, [])
        if not lines:
            story.append(Paragraph("No commitments of its own in this selection.", st["small"]))
            continue
        s = summaries[body_id]
        counts = ", ".join(f"{s.by_status[k]:,} {label(k).lower()}" for k in STATUS_ORDER if s.by_status[k])
        noun = "commitment" if s.total == 1 else "commitments"
        line = Paragraph(
            f"{s.total:,} {noun}: {counts}. <font color='{palette.OVERDUE_COLOUR}'><b>"
            f"{s.overdue:,} overdue</b></font>. Average progress {s.average_progress:.0f} %.",
            st["small"],
        )
        line.keepWithNext = True
        story += [line, Spacer(1, 3)]
        story += _commitment_tables(doc, lines, makers)
    return story


def _commitment_tables(doc: _Doc, lines: list[CommitmentLine], makers: _Makers) -> list[Flowable]:
    overdue_ink = (None, None, None, palette.OVERDUE_COLOUR, palette.OVERDUE_COLOUR)
    overdue_rule = ("LINEBEFORE", 0, 0, 2.5, colour(palette.OVERDUE_COLOUR))
    rows: list[Row] = []
    row = makers.commitments.row
    for c in lines:
        status = label(c.status) + ("\n▲ OVERDUE" if c.overdue else "")
        who = f"{c.party}\n{c.agency}" if c.party and c.agency else c.party or c.agency
        title = f"{c.title}\nNotes: {c.notes}" if c.notes else c.title  # the clerk's remarks under the title
        cells = (c.ref, title, who, c.due_date.isoformat() if c.due_date else "—", status, f"{c.progress} %")
        fill = ("BACKGROUND", 4, 4, colour(palette.status_colour(c.status)))
        if c.overdue:
            rows += row(cells, colours=overdue_ink, marks=(fill, overdue_rule), count=1)
        else:
            rows += row(cells, marks=(fill,), count=1)
    return list(chunks(doc, makers.commitments_header, rows, COMMITMENT_WIDTHS, FIRST_CHUNK))


def _annex(doc: _Doc, data: ReportDataset, st: dict[str, Any]) -> list[Flowable]:
    from reportlab.platypus import PageBreak

    story: list[Flowable] = [PageBreak(), Paragraph("Annex. Agreements", st["h1"])]
    if not data.agreements:
        return [*story, Paragraph("No agreement is referred to by this selection.", st["body"])]
    # "Memorandum" needs 22 mm at 8 pt; the date 19 mm.
    widths = (30 * mm, 50 * mm, 19 * mm, 22 * mm, 36 * mm, doc.width - 157 * mm)
    aligns = ("LEFT",) * 5 + ("RIGHT",)
    header = RowMaker(widths, aligns, header=True).row(ANNEX_HEADER)[0]
    make = RowMaker(widths, aligns).row
    rows: list[Row] = []
    for a in data.agreements:
        signed = (a.signed_on.isoformat() if a.signed_on else "—") + ("\n" + a.place if a.place else "")
        people = f"{a.parties}\n{a.signatories}" if a.parties and a.signatories else a.parties or a.signatories
        # The title in English; the Kazakh, Russian and Chinese titles are in the workbook's Agreements sheet.
        rows += make(
            (
                a.reg_number,
                a.title,
                signed,
                f"{label(a.status)}\n{label(a.kind)}",
                people,
                f"{a.in_report:,} of {a.total:,}",
            )
        )
    return [*story, *chunks(doc, header, rows, widths)]
