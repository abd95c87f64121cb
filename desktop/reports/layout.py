"""Kept for code written against the old place: the sheet layout lives in ``desktop.domain.sheet_layout``.

The layout is shared by the export (reports) and the import (services), so it sits below both.
"""

from desktop.domain.sheet_layout import (
    AGREEMENT_SHEET,
    AGREEMENTS,
    BODIES,
    BODY_SHEET,
    BY_ENTITY,
    COMMITMENT_SHEET,
    COMMITMENTS,
    HISTORY,
    HISTORY_SHEET,
    LIST_SEPARATOR,
    PARTIES,
    PARTY_SHEET,
    PERSON_DASH,
    RECORD_SHEETS,
    STATUS_COLUMNS,
    SUMMARY_SHEET,
    Column,
    SheetLayout,
    check_order,
    format_person,
)

__all__ = [
    "AGREEMENTS",
    "AGREEMENT_SHEET",
    "BODIES",
    "BODY_SHEET",
    "BY_ENTITY",
    "COMMITMENTS",
    "COMMITMENT_SHEET",
    "HISTORY",
    "HISTORY_SHEET",
    "LIST_SEPARATOR",
    "PARTIES",
    "PARTY_SHEET",
    "PERSON_DASH",
    "RECORD_SHEETS",
    "STATUS_COLUMNS",
    "SUMMARY_SHEET",
    "Column",
    "SheetLayout",
    "check_order",
    "format_person",
]
