"""A commitment list row's shape and the order its first screenful is taken in — without SQLAlchemy.

``services.commitment_list`` reads the rows; the window's start-up reads its first screenful straight from the
register file before SQLAlchemy is imported (``services.first_screen``). Both take the rows' positions and the
first screenful's order from here, so there is one of each.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

CommitmentRow = tuple[Any, ...]


class Col:
    ID = 0
    REF = 1
    TITLE = 2
    AGREEMENT_ID = 3
    AGREEMENT = 4
    BODY_ID = 5
    BODY = 6
    PARTY_ID = 7
    PARTY = 8
    AGENCY = 9
    SECTOR = 10
    DUE_DATE = 11  # ISO text or None
    PRIORITY = 12
    STATUS = 13
    PROGRESS = 14
    COMPLETED_ON = 15  # ISO text or None
    SEARCH_TEXT = 16
    VERSION = 17
    NOTES = 18
    MOVES = 19  # how many times the deadline was moved (extensions on record)
    EXECUTOR = 20  # the lead executor's name, or None
    PEOPLE = 21  # who executes and controls it: tokens "lead3 co5 controller7" (team_columns.people_key_column)


# Columns whose stored values sort in SQL exactly as the list sorts them with its default key (ISO dates, whole
# numbers): their first screenful is sorted by SQLite (the due date's from its index), not from every row in Python.
SQL_ORDERED = (Col.DUE_DATE, Col.COMPLETED_ON, Col.PROGRESS)


def first_in_order(
    rows: Iterable[Sequence[Any]], position: int | None, descending: bool, limit: int
) -> list[CommitmentRow]:
    """The first ``limit`` of ``rows`` as the whole list orders them once loaded: by id (``position`` None), or by
    the SQL-ordered column ``position`` with blanks after the values ascending and before them descending, ties
    in id order (Python's stable sort over rows in id order)."""
    by_id = sorted((tuple(row) for row in rows), key=lambda row: row[Col.ID])
    if position is None:
        return by_id[:limit]
    values = [row for row in by_id if row[position] is not None]
    blanks = [row for row in by_id if row[position] is None]
    values.sort(key=lambda row: row[position], reverse=descending)
    return (blanks + values if descending else values + blanks)[:limit]
