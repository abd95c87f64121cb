"""The one-page agreement card: parties, signatories, dates, the bodies it created, its commitments with
their status, and the history of its own status. File → Print agreement card and ``export card REF``.

Laid out from the ``Card`` that ``services.reporting.card.build_card`` reads."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table

from desktop.domain import palette
from desktop.domain.catalogue import render
from desktop.domain.messages import Message
from desktop.domain.words import history_author
from desktop.reports import pdf_fonts
from desktop.reports.files import atomic_output
from desktop.reports.pdf import PLAIN, _decorator, _Doc
from desktop.reports.pdf_layout import RowMaker, build_numbered, chunks, colour, styles
from desktop.reports.pdf_tags import TableTags, as_heading
from desktop.reports.pdf_text import markup
from desktop.services.reporting.card import Card
from desktop.services.reporting.dataset import label

COMMITMENTS_CAP = 18  # commitments listed on the one page; the rest are counted
HISTORY_CAP = 6


def write_card_pdf(card: Card, target: Path) -> Path:
    pdf_fonts.register()
    data, a = card.data, card.agreement
    with atomic_output(target) as temporary:
        for cap in (COMMITMENTS_CAP, 12, 8, 4):  # one page: long titles list fewer commitments, and say so
            doc = _Doc(str(temporary), data, lambda *args: None, 0)
            doc.title = f"{a.reg_number} — {a.title}"
            build_numbered(doc, _story(doc, card, cap), _decorator(data))
            if doc.page <= 1:
                break
    return Path(target)


def _story(doc: _Doc, card: Card, cap: int) -> list[Any]:
    data, a, st, t = card.data, card.agreement, styles(), card.data.t
    small_h = st["h2"].clone("card_h", fontSize=10, leading=12, spaceBefore=6, spaceAfter=2)
    story: list[Any] = [
        Paragraph(markup(t(Message("KELISIM · AGREEMENT CARD"))), st["kicker"]),
        as_heading(
            Paragraph(
                markup(data.agreement_title(a.id, a.title)), st["title"].clone("card_title", fontSize=14, leading=18)
            ),
            1,
        ),
    ]
    facts = [
        (Message("Registration number"), a.reg_number),
        (Message("Kind"), label(a.kind, data.language)),
        (Message("Status"), label(a.status, data.language)),
        (Message("Signed on"), data.day(a.signed_on) + (f", {a.place}" if a.place else "")),
        (Message("In force from"), data.day(a.entry_into_force)),
        (Message("Expires"), data.day(a.expiry)),
        (Message("Parties"), ", ".join(a.party_list.splitlines()) or a.parties or "—"),  # in the card's language
        (Message("Signatories"), a.people.replace("\n", "; ") or "—"),
        (Message("Bodies it created"), "; ".join(data.body_name(i, n) for i, n in card.bodies) or "—"),
    ]
    story.append(
        Table(
            [[Paragraph(f"<b>{markup(t(k))}</b>", st["cell"]), Paragraph(markup(v), st["cell"])] for k, v in facts],
            colWidths=(38 * mm, doc.width - 38 * mm),
            style=[
                *PLAIN,
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, colour(palette.HEADER_FILL)),
            ],
            renderCB=TableTags(header_rows=(), header_cols=(0,)),
        )
    )
    total = len(card.commitments)
    overdue = sum(1 for c in card.commitments if c[4])
    story.append(
        as_heading(
            Paragraph(
                markup(t(Message("{0}, {1}", Message("%n commitment(s)", n=total), Message("%n overdue", n=overdue)))),
                small_h,
            ),
            2,
        )
    )
    if card.commitments:
        widths = (30 * mm, doc.width - 83 * mm, 28 * mm, 25 * mm)
        make = RowMaker(widths).row
        rows = []
        for ref, title, status, due, late in card.commitments[:cap]:
            words = label(status, data.language) + ("\n▲\u00a0" + t(Message("OVERDUE")) if late else "")
            short = title if len(title) <= 120 else title[:119] + "…"
            marks: tuple[tuple[Any, ...], ...] = (("BACKGROUND", 2, 2, colour(palette.status_colour(status))),)
            if late:
                marks += (("LINEBEFORE", 0, 0, 3, colour(palette.OVERDUE_COLOUR)),)
            rows += make((ref, short, words, data.day(due)), bold=(False, False, late, late), marks=marks)
        header = RowMaker(widths, header=True).row(
            tuple(t(m) for m in (Message("Ref."), Message("Commitment"), Message("Status"), Message("Due")))
        )[0]
        story += chunks(doc, header, rows, widths)
        if total > cap:
            story.append(Paragraph(markup(t(Message("… and %n more", n=total - cap))), st["small"]))
    story.append(as_heading(Paragraph(markup(t(Message("Status history of the agreement"))), small_h), 2))
    if not card.history:
        story.append(Paragraph(markup(t(Message("No status change recorded."))), st["small"]))
    for when, old, new, by, note, imported_by, imported_at in card.history[:HISTORY_CAP]:
        moment = data.moment(when if when.tzinfo else when.replace(tzinfo=UTC))
        move = f"{label(old, data.language)} → {label(new, data.language)}" if old else label(new, data.language)
        author = t(history_author(by, imported_by, imported_at))
        text = f"{moment} · {move} · {author}" + (f" — {note}" if note else "")
        story.append(Paragraph(markup(text), st["small"]))
    if len(card.history) > HISTORY_CAP:
        story.append(Paragraph(markup(t(Message("… and %n more", n=len(card.history) - HISTORY_CAP))), st["small"]))
    return story


def card_title(card: Card) -> str:
    return render(Message("Agreement card {0}", card.agreement.reg_number), card.data.language)
