"""The deadlines the iCalendar export lists: every open commitment with a deadline that the filter selects, with
its executor and controller. ``reports.calendar`` writes them as events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.filters import CommitmentFilter
from desktop.domain.rules import is_open
from desktop.services import commitment_list, people
from desktop.services.commitment_list import Col
from desktop.storage.database import Database


@dataclass(frozen=True)
class Deadline:
    id: int
    ref: str
    title: str
    due: date
    status: str
    moves: int  # how many times the deadline was moved on record
    executor: str | None  # the lead executor's label, None without one
    controller: str | None


def open_deadlines(db: Database, flt: CommitmentFilter | None = None) -> list[Deadline]:
    """The open commitments of ``flt`` that have a deadline, in the list's order."""
    rows = [r for r in commitment_list.list_rows(db, flt) if r[Col.DUE_DATE] and is_open(r[Col.STATUS])]
    with db.read() as session:
        teams = people.names_of(session, [r[Col.ID] for r in rows])
    found = []
    for row in rows:
        team = teams.get(row[Col.ID])
        found.append(
            Deadline(
                row[Col.ID],
                row[Col.REF],
                row[Col.TITLE],
                date.fromisoformat(row[Col.DUE_DATE]),
                row[Col.STATUS],
                row[Col.MOVES],
                team.lead.label if team is not None and team.lead is not None else None,
                team.controller.label if team is not None and team.controller is not None else None,
            )
        )
    return found
