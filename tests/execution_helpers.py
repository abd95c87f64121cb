"""Completing a commitment the only way there is: an execution report with its letter, then accepted."""

from __future__ import annotations

from datetime import date

from desktop.services import reports
from desktop.storage.database import Database


def complete(db: Database, commitment_id: int, note: str = "done", on: date | None = None) -> None:
    """Submit the execution (executed ``on``, today by default, with an outgoing letter) and accept it."""
    day = on or date.today()
    reports.submit(
        db, commitment_id, text=note or "done", executed_on=day, letter_number=f"01-1/{commitment_id}", letter_date=day
    )
    reports.accept(db, commitment_id)
