"""Names for pickers and filters, and finding records by what a clerk types."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute

from desktop.domain.errors import NotFoundError
from desktop.domain.filters import CommitmentFilter
from desktop.domain.models import Agreement, Body, Party
from desktop.domain.rules import fold
from desktop.services.records import Choice
from desktop.storage.database import Database


def party_choices(db: Database) -> list[Choice]:
    with db.read() as session:
        rows = session.execute(select(Party.id, Party.name, Party.search_text).order_by(Party.name)).all()
    return [Choice(r[0], r[1], r[2]) for r in rows]


def agreement_choices(db: Database) -> list[Choice]:
    with db.read() as session:
        rows = session.execute(
            select(
                Agreement.id,
                Agreement.reg_number,
                Agreement.title,
                Agreement.title_ru,
                Agreement.title_kk,
                Agreement.title_zh,
            ).order_by(Agreement.reg_number)
        ).all()
    return [Choice(r[0], f"{r[1]} — {r[2]}", fold(*r[1:])) for r in rows]


def body_choices(db: Database) -> list[Choice]:
    """Bodies as a tree: sub-bodies indented under their parent."""
    from desktop.services.bodies import list_rows

    rows = list_rows(db)
    depth: dict[int, int] = {}
    choices = []
    for row in rows:
        depth[row.id] = depth.get(row.parent_id, -1) + 1 if row.parent_id is not None else 0
        choices.append(Choice(row.id, "    " * depth[row.id] + row.name, row.search_text))
    return choices


def _by_name(
    db: Database,
    id_col: InstrumentedAttribute[int | None],
    columns: tuple[InstrumentedAttribute[str], ...],
    text: str,
    what: str,
    label_col: InstrumentedAttribute[str],
) -> int:
    wanted = text.strip().casefold()
    with db.read() as session:
        rows = session.execute(select(id_col, label_col, *columns)).all()
    for row in rows:
        if any(value and str(value).casefold() == wanted for value in row[1:]):
            found: int = row[0]
            return found
    valid = "; ".join(sorted(str(r[1]) for r in rows)) or "none yet"
    raise NotFoundError(f"unknown {what} '{text}'; valid: {valid}")


def party_id_by_name(db: Database, text: str) -> int:
    return _by_name(
        db,
        Party.id,
        (Party.short_name, Party.country_code, Party.name_ru, Party.name_kk, Party.name_zh),
        text,
        "party",
        Party.name,
    )


def body_id_by_name(db: Database, text: str) -> int:
    return _by_name(db, Body.id, (Body.name_ru, Body.name_kk, Body.name_zh), text, "body", Body.name)


def agreement_id_by_reg(db: Database, text: str) -> int:
    return _by_name(db, Agreement.id, (), text, "agreement", Agreement.reg_number)


def describe_filter(db: Database, flt: CommitmentFilter) -> str:
    """The filter in words, for report headers: 'Status: in progress; Body: … (with sub-bodies)'."""
    parts: list[str] = []
    with db.read() as session:
        if flt.statuses:
            parts.append("Status: " + ", ".join(s.replace("_", " ") for s in sorted(flt.statuses)))
        if flt.overdue:
            parts.append("Overdue only")
        if flt.body_id is not None:
            name = session.scalar(select(Body.name).where(Body.id == flt.body_id)) or f"#{flt.body_id}"
            parts.append(f"Body: {name} (with sub-bodies)")
        if flt.party_id is not None:
            name = session.scalar(select(Party.name).where(Party.id == flt.party_id)) or f"#{flt.party_id}"
            parts.append(f"Responsible party: {name}")
        if flt.sector:
            parts.append(f"Sector: {flt.sector}")
        if flt.agreement_id is not None:
            reg = session.scalar(select(Agreement.reg_number).where(Agreement.id == flt.agreement_id))
            parts.append(f"Agreement: {reg or flt.agreement_id}")
    if flt.due_after:
        parts.append(f"Due on or after {flt.due_after.isoformat()}")
    if flt.due_before:
        parts.append(f"Due on or before {flt.due_before.isoformat()}")
    if flt.text.strip():
        parts.append(f"Text: “{flt.text.strip()}”")
    return "; ".join(parts) if parts else "All commitments"
