"""The window's colours and display orders; the words for stored values are in ``ui/labels.py``."""

from __future__ import annotations

from desktop.domain.enums import COMMITMENT_STATUS_ORDER
from desktop.domain.palette import AGREEMENT_STATUS_MARK_COLOURS, OVERDUE_ROW_TINT, STATUS_MARK_COLOURS
from desktop.domain.palette import OVERDUE_COLOUR as OVERDUE_COLOUR

# One palette for the window and the reports (desktop/domain/palette.py): the window marks a
# status with the strong colour, the workbook and the PDF fill cells with its light tint.
STATUS_COLOURS: dict[str, str] = STATUS_MARK_COLOURS
AGREEMENT_STATUS_COLOURS: dict[str, str] = AGREEMENT_STATUS_MARK_COLOURS

OVERDUE_BACKGROUND = OVERDUE_ROW_TINT
DUE_SOON_COLOUR = "#ef8f00"
MUTED_COLOUR = "#607d8b"  # secondary text: counts, hints
ACCENT_COLOUR = "#1565c0"
SIDEBAR_BACKGROUND = "#263238"
SIDEBAR_TEXT = "#eceff1"
SIDEBAR_SELECTED = "#1565c0"

# Order in which statuses appear in charts and legends: the domain's (the life of a commitment).
STATUS_ORDER: tuple[str, ...] = COMMITMENT_STATUS_ORDER


PRIORITY_RANK: dict[str, int] = {"low": 0, "normal": 1, "high": 2, "critical": 3}
