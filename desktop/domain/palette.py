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

OVERDUE_COLOUR = "#B71C1C"  # overdue text and marks, on screen and on paper: ≥ 4.5 : 1 on white and on OVERDUE_FILL
OVERDUE_FILL = "#FFCDD2"  # background of an overdue mark
OVERDUE_ROW_TINT = "#FDECEA"  # the lighter tint behind an overdue row of the window's list
HEADER_FILL = "#1F3A5F"  # table header rows: dark ministry blue with white text
HEADER_TEXT = "#FFFFFF"
BAND_FILL = "#F5F7FA"  # every other row of long tables


def status_colour(status: str) -> str:
    """The colour of a commitment status; an unknown status gets neutral grey rather than an error."""
    return STATUS_COLOURS.get(status, "#E0E0E0")


def _luminance(hex_colour: str) -> float:
    value = hex_colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    """The WCAG contrast ratio of two colours (1 to 21); printed text needs at least 4.5."""
    light, dark = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


MUTED_TEXT = "#546E7A"  # footers, kickers, notes: 5.4 : 1 on white
# Every text colour the reports print on every background it is printed on (checked by the tests).
REPORT_TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    *(("#000000", fill) for fill in (*STATUS_COLOURS.values(), *AGREEMENT_STATUS_COLOURS.values())),
    (OVERDUE_COLOUR, "#FFFFFF"),
    (OVERDUE_COLOUR, OVERDUE_FILL),
    (HEADER_TEXT, HEADER_FILL),
    (HEADER_FILL, "#FFFFFF"),
    (MUTED_TEXT, "#FFFFFF"),
    ("#37474F", "#FFFFFF"),
)
