"""What the one-page agreement card prints: the agreement as the Agreements sheet shows it, the bodies it created,
its commitments with their status and the history of its own status (read in one snapshot).
``reports.card`` lays it out as a PDF."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from desktop.domain.errors import KelisimError
from desktop.domain.messages import Message
from desktop.domain.models import Agreement, Body, Commitment, StatusChange
from desktop.domain.rules import is_overdue
from desktop.domain.types import utc_now
from desktop.domain.words import local_name
from desktop.services.lookups import local_names
from desktop.services.reporting import dataset as report_dataset
from desktop.services.reporting.dataset import ReportDataset
from desktop.storage.database import Database


@dataclass
class Card:
    data: ReportDataset  # for the language, dates and names
    agreement: report_dataset.AgreementLine
    bodies: list[tuple[int, str]]  # (id, name) of the bodies it established
    commitments: list[tuple[str, str, str, date | None, bool]]  # ref, title, status, due, overdue
    # when, from, to, by, note, imported by, imported at (both None for native history)
    history: list[tuple[datetime, str | None, str, str, str, str | None, datetime | None]]


def build_card(db: Database, reg_number: str, *, language: str = "en", today: date | None = None) -> Card:
    """The card of the agreement registered as ``reg_number``, in ``language``."""
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
        names = local_names(session, language)
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
