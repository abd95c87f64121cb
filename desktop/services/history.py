"""The status history: every change records who, when, from, to and why."""

from __future__ import annotations

from sqlalchemy import select
from sqlmodel import Session

from desktop.domain.enums import HistoryEntity
from desktop.domain.models import StatusChange
from desktop.domain.rules import history_row
from desktop.domain.types import utc_now
from desktop.services.common import current_user
from desktop.services.records import HistoryEntry
from desktop.storage.database import Database


def record(
    session: Session, entity: HistoryEntity, record_id: int, from_status: str | None, to_status: str, note: str
) -> None:
    row = history_row(
        entity, record_id, from_status, to_status, note, changed_at=utc_now(), changed_by=current_user(session)
    )
    session.add(StatusChange.model_validate(row))


def for_record(db: Database, entity: HistoryEntity, record_id: int) -> list[HistoryEntry]:
    column = StatusChange.commitment_id if entity is HistoryEntity.COMMITMENT else StatusChange.agreement_id
    with db.read() as session:
        rows = (
            session.execute(
                select(StatusChange)
                .where(column == record_id)
                .order_by(StatusChange.changed_at.desc(), StatusChange.id.desc())
            )
            .scalars()
            .all()
        )
        return [
            HistoryEntry(
                r.id,
                r.entity,
                record_id,
                r.from_status,
                r.to_status,
                r.changed_at,
                r.changed_by,
                r.note,
                r.imported_by,
                r.imported_at,
            )
            for r in rows
        ]
