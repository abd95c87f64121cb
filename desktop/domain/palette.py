"""Status colours shared by the window, the Excel workbook and the PDF report.

Hex strings, so every layer can use them without Qt: the window, openpyxl fills and reportlab
colours all read the same palette, and a status looks the same on screen and on paper.
The colours are light enough for black text on top and differ in lightness as well as hue,
so they stay apart when printed in grey; reports also print the status in words.
"""

from __future__ import annotations

STATUS_COLOURS: dict[str, str] = {
    "not_started": "#CFD8DC",  # blue-grey: nothing has happened yet
    "in_progress": "#90CAF9",  # blue: work under way
    "completed": "#A5D6A7",  # green: done
    "on_hold": "#FFCC80",  # amber: waiting on something
    "cancelled": "#CE93D8",  # purple: closed without being done
}

# The same hues at full strength: the window's status dots and chart segments, and the
# reports' chart bars. A fill above is the light tint of the mark colour below.
STATUS_MARK_COLOURS: dict[str, str] = {
    "not_started": "#78909C",
    "in_progress": "#1565C0",
    "completed": "#2E7D32",
    "on_hold": "#EF8F00",
    "cancelled": "#6A1B9A",
}

AGREEMENT_STATUS_COLOURS: dict[str, str] = {
    "draft": "#ECEFF1",
    "signed": "#90CAF9",
    "in_force": "#A5D6A7",
    "suspended": "#FFCC80",
    "expired": "#BCAAA4",
    "terminated": "#CE93D8",
}

AGREEMENT_STATUS_MARK_COLOURS: dict[str, str] = {
    "draft": "#78909C",
    "signed": "#1565C0",
    "in_force": "#2E7D32",
    "suspended": "#EF8F00",
    "expired": "#8D6E63",
    "terminated": "#6A1B9A",
}

OVERDUE_COLOUR = "#C62828"  # text and marks for overdue commitments, on screen and on paper
OVERDUE_FILL = "#FFCDD2"  # background of an overdue mark
OVERDUE_ROW_TINT = "#FDECEA"  # the lighter tint behind an overdue row of the window's list
HEADER_FILL = "#1F3A5F"  # table header rows: dark ministry blue with white text
HEADER_TEXT = "#FFFFFF"
BAND_FILL = "#F5F7FA"  # every other row of long tables


def status_colour(status: str) -> str:
    """The colour of a commitment status; an unknown status gets neutral grey rather than an error."""
    return STATUS_COLOURS.get(status, "#E0E0E0")
