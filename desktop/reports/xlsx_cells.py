"""Cell helpers for the streaming (write-only) workbook: safe user text, shared styles, column widths.

openpyxl turns a string starting with "=" into a live formula and "#N/A" into an error cell;
control characters raise. Every user string goes through ``SheetCells.text`` so a title such
as ``=HYPERLINK("http://x","y")`` is stored, shown and re-edited as text. Styles are built
once and their style arrays shared, because assigning a Font or Fill per cell costs more
than writing the cell (100,000 rows).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from desktop.domain import palette

ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Excel treats text typed with these first characters as a formula when the cell is edited.
FORMULA_STARTS = frozenset("=+-@\t\r")
MAX_TEXT = 32_767
FONT_NAME = "Calibri"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
PERCENT_FORMAT = "0%"


def clean(text: str) -> str:
    """Text Excel accepts: no control characters (except tab and newlines), at most 32,767 characters."""
    if not text.isprintable():
        text = ILLEGAL.sub("", text)
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


def is_risky(text: str) -> bool:
    return bool(text) and (text[0] in FORMULA_STARTS or text in ERROR_CODES)


def local_naive(moment: datetime | None) -> datetime | None:
    """openpyxl refuses aware datetimes: show the clerk's local wall-clock time."""
    if moment is None:
        return None
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


def _hex(colour: str) -> str:
    return "FF" + colour.lstrip("#").upper()


def display_width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16
    text = value if isinstance(value, str) else str(value)
    longest = max((len(part) for part in text.split("\n")), default=0)
    # Chinese characters are twice as wide as Latin ones.
    return longest + sum(1 for ch in text if ch >= "\u2e80")


class SheetCells:
    """Builds cells for one write-only sheet with shared, precomputed styles."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        thin = Side(style="thin", color="FFB0BEC5")
        self._styles: dict[str, Any] = {}
        self._define("header", font=Font(name=FONT_NAME, bold=True, color=_hex(palette.HEADER_TEXT)),
                     fill=PatternFill("solid", fgColor=_hex(palette.HEADER_FILL)),
                     alignment=Alignment(wrap_text=True, vertical="center"), border=Border(bottom=thin))
        self._define("wrap", alignment=Alignment(wrap_text=True, vertical="top"))
        self._define("wrap_literal", alignment=Alignment(wrap_text=True, vertical="top"), quote_prefix=True)
        self._define("literal", quote_prefix=True)
        self._define("date", number_format=DATE_FORMAT)
        self._define("datetime", number_format=DATETIME_FORMAT)
        self._define("percent", number_format=PERCENT_FORMAT)
        self._define("bold", font=Font(name=FONT_NAME, bold=True))
        self._define("title", font=Font(name=FONT_NAME, bold=True, size=16, color=_hex(palette.HEADER_FILL)))
        self._define("overdue", font=Font(name=FONT_NAME, bold=True, color=_hex(palette.OVERDUE_COLOUR)),
                     fill=PatternFill("solid", fgColor=_hex(palette.OVERDUE_FILL)))
        for status, colour in {**palette.AGREEMENT_STATUS_COLOURS, **palette.STATUS_COLOURS}.items():
            self._define("status:" + status, fill=PatternFill("solid", fgColor=_hex(colour)))

    def _define(self, name: str, *, quote_prefix: bool = False, **attributes: Any) -> None:
        cell = WriteOnlyCell(self.ws)
        for key, value in attributes.items():
            setattr(cell, key, value)
        if quote_prefix:
            cell.quotePrefix = True
        self._styles[name] = cell._style

    def styled(self, value: Any, style: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws)
        cell._style = self._styles[style]  # shared and never changed afterwards
        cell.value = value
        return cell

    def text(self, value: str | None, wrap: bool = False) -> Any:
        """User text stored as text, never as a formula or an error."""
        if not value:
            return None
        value = clean(value)
        if is_risky(value):
            cell = self.styled(value, "wrap_literal" if wrap else "literal")
            cell.data_type = "s"
            return cell
        return self.styled(value, "wrap") if wrap else value

    def status(self, status: str, label: str) -> WriteOnlyCell:
        return self.styled(label, "status:" + status if "status:" + status in self._styles else "wrap")

    def date(self, value: Any) -> Any:
        return self.styled(value, "date") if value is not None else None

    def datetime(self, value: datetime | None) -> Any:
        return self.styled(local_naive(value), "datetime") if value is not None else None

    def percent(self, fraction: float) -> WriteOnlyCell:
        return self.styled(fraction, "percent")

    def header(self, names: Sequence[str]) -> list[WriteOnlyCell]:
        return [self.styled(name, "header") for name in names]


def set_widths(ws: Any, headers: Sequence[str], sample: Iterable[Sequence[Any]], caps: Sequence[int]) -> None:
    """Column widths that fit the header and the longest value of a sample, up to each column's cap."""
    widths = [max(len(h) for h in header.split("\n")) + 2 for header in headers]
    for row in sample:
        for index, value in enumerate(row):
            width = display_width(value) + 2
            if width > widths[index]:
                widths[index] = width
    for index, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(index + 1)].width = min(width, caps[index])


def print_setup(ws: Any, title: str, columns: int, rows: int, *, landscape: bool = True) -> None:
    """A4, fit to one page wide, header row repeated, 'Page X of Y' in the footer; frozen header and autofilter."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.oddHeader.left.text = clean(title).replace("&", "&&")[:200]
    ws.oddFooter.center.text = "Page &P of &N"
    ws.oddFooter.right.text = "&D &T"
    if rows >= 1:
        ws.print_title_rows = "1:1"
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(columns)}{max(rows, 2)}"
