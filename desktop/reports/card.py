"""The one-page agreement card: parties, signatories, dates, the bodies it created, its commitments with
their status, and the history of its own status. File → Print agreement card and ``export card REF``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table

from desktop.domain import palette
from desktop.domain.catalogue import render
from desktop.domain.errors import KelisimError
from desktop.domain.messages import Message
from desktop.domain.models import Agreement, Body, Commitment, StatusChange
from desktop.domain.rules import is_overdue
from desktop.domain.types import utc_now
from desktop.domain.words import history_author, local_name
from desktop.reports import dataset as report_dataset
from desktop.reports import pdf_fonts
from desktop.reports.dataset import ReportDataset, label
from desktop.reports.files import atomic_output
from desktop.reports.pdf import PLAIN, _decorator, _Doc
from desktop.reports.pdf_layout import RowMaker, chunks, colour, numbered_canvas, styles
from desktop.reports.pdf_tags import TableTags, as_heading
from desktop.reports.pdf_text import markup
from desktop.storage.database import Database

COMMITMENTS_CAP = 18  # commitments listed on the one page; the rest are counted
HISTORY_CAP = 6


@dataclass
class Card:
    data: ReportDataset  # for the language, dates and names
    agreement: report_dataset.AgreementLine
    bodies: list[tuple[int, str]]  # (id, name) of the bodies it established
    commitments: list[tuple[str, str, str, date | None, bool]]  # ref, title, status, due, overdue
    # when, from, to, by, note, imported by, imported at (both None for native history)
    history: list[tuple[datetime, str | None, str, str, str, str | None, datetime | None]]


def build_card(db: Database, reg_number: str, *, language: str = "en", today: date | None = None) -> Card:
    from sqlalchemy import select

    today = today or date.today()
    with db.read() as session:
        found = session.execute(select(Agreement.id).where(Agreement.reg_number == reg_number.strip())).first()
        if found is None:
            raise KelisimError(Message("No agreement has the registration number {0}.", reg_number))
        agreement_id = found[0]
        parties = report_dataset._parties(session)
        # Each party as the card's language names it where that form is stored («Китай», «Қытай»).
        labels = {p.id: local_name(language, p.label, ru=p.name_ru, kk=p.name_kk, zh=p.name_zh) for p in parties}
        lines = report_dataset.agreement_lines(session, labels)
        line = next(a for a in lines if a.id == agreement_id)
        bodies = [
            (r[0], r[1])
            for r in session.execute(
                select(Body.id, Body.name).where(Body.established_by_id == agreement_id).order_by(Body.name)
            )
        ]
        rows = session.execute(
            select(Commitment.ref, Commitment.title, Commitment.status, Commitment.due_date)
            .where(Commitment.agreement_id == agreement_id)
            .order_by(Commitment.due_date, Commitment.ref)
        ).all()
        history = session.execute(
            select(
                StatusChange.changed_at,
                StatusChange.from_status,
                StatusChange.to_status,
                StatusChange.changed_by,
                StatusChange.note,
                StatusChange.imported_by,
                StatusChange.imported_at,
            )
            .where(StatusChange.agreement_id == agreement_id)
            .order_by(StatusChange.changed_at.desc(), StatusChange.id.desc())
        ).all()
        names = report_dataset.local_names(session, language)
    data = ReportDataset(
        title=line.reg_number,
        generated_at=utc_now(),
        today=today,
        filter_text="",
        commitments=[],
        agreements=[line],
        bodies=[],
        history=[],
        language=language,
        names=names,
    )
    commitments = []
    for ref, title, status, due in rows:
        due_day = report_dataset._day(due)
        commitments.append(
            (ref, title, status, due_day, is_overdue(due_day.isoformat() if due_day else None, status, today))
        )
    return Card(data, line, bodies, commitments, [tuple(h) for h in history])


def write_card_pdf(card: Card, target: Path) -> Path:
    pdf_fonts.register()
    data, a = card.data, card.agreement
    with atomic_output(target) as temporary:
        for cap in (COMMITMENTS_CAP, 12, 8, 4):  # one page: long titles list fewer commitments, and say so
            doc = _Doc(str(temporary), data, lambda *args: None, 0)
            doc.title = f"{a.reg_number} — {a.title}"
            doc.build(_story(doc, card, cap), canvasmaker=numbered_canvas(_decorator(data)))
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
