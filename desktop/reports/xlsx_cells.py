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
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from desktop.domain import palette
from desktop.domain.text import clean_text

ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Excel treats text typed with these first characters as a formula when the cell is edited.
FORMULA_STARTS = frozenset("=+-@\t\r")
MAX_TEXT = 32_767
FONT_NAME = "Calibri"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
PERCENT_FORMAT = "0%"


_LOOKS_ESCAPED = re.compile(r"_(x[0-9A-Fa-f]{4}_)")


def clean(text: str) -> str:
    """Text Excel accepts, at most 32,767 characters: a control character a cell cannot hold becomes a
    space and a line break stays one (``desktop.domain.text.clean_text``, never deleted: words would run
    together), and text that merely looks like Excel's ``_xHHHH_`` escape is itself escaped so Excel and
    our import read it back as written."""
    if not text.isprintable():
        text = clean_text(text)
    if "_x" in text:
        text = _LOOKS_ESCAPED.sub(r"_x005F_\1", text)
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


class StyledCell(Cell):
    """A cell built with a shared style whose index is known: no per-cell style lookup or value check.

    openpyxl hashes a cell's style array to find its index each time it writes a styled cell;
    the index of a shared style never changes, so it is looked up once per sheet.
    """

    __slots__ = ("_sid",)

    @property
    def style_id(self) -> int:  # type: ignore[override]
        return self._sid

    @property
    def has_style(self) -> bool:  # type: ignore[override]
        return True


def _cell(cls: type[Cell], ws: Any, value: Any, data_type: str) -> Any:
    """A cell of ``cls`` holding ``value`` as is: openpyxl's constructor and value checks skipped.

    Only for values already made safe (``clean`` text, numbers, dates); the writer reads
    nothing else of the cell than what is set here.
    """
    cell = cls.__new__(cls)
    cell.parent = ws
    cell._style = None
    cell._value = value
    cell.data_type = data_type
    cell._hyperlink = None
    cell._comment = None
    return cell


def _data_type(value: Any) -> str:
    if isinstance(value, str):
        return "s"
    if isinstance(value, bool):
        return "b"
    if isinstance(value, int | float):
        return "n"
    return "d"  # date or datetime: our styles give them their number format


def _values_to_row(ws: Any, values: Sequence[Any], row_idx: int) -> Any:
    """openpyxl's write-only row builder without its slow path for cells.

    openpyxl tries ``cell.value = value`` first and only takes a ready cell after that raises
    (formatting the cell's repr for the message): a third of the export's time. Cells come first here.
    """
    cell = WriteOnlyCell(ws)
    for col_idx, value in enumerate(values, 1):
        if value is None:
            continue
        if isinstance(value, Cell):
            value.column, value.row = col_idx, row_idx
            yield value
            continue
        cell.value = value
        cell.column, cell.row = col_idx, row_idx
        yield cell
        if cell.has_style:  # a date got its default number format: the next value needs a clean cell
            cell = WriteOnlyCell(ws)


def fast_rows(ws: Any) -> Any:
    """Install the faster row builder on one write-only sheet (each appended row is written at once)."""
    ws._values_to_row = _values_to_row.__get__(ws)
    return ws


class SheetCells:
    """Builds cells for one write-only sheet with shared, precomputed styles."""

    def __init__(self, ws: Any) -> None:
        self.ws = fast_rows(ws)
        self._ids: dict[str, int] = {}
        thin = Side(style="thin", color="FFB0BEC5")
        self._styles: dict[str, Any] = {}
        self._status_cells: dict[str, WriteOnlyCell] = {}
        self._define(
            "header",
            font=Font(name=FONT_NAME, bold=True, color=_hex(palette.HEADER_TEXT)),
            fill=PatternFill("solid", fgColor=_hex(palette.HEADER_FILL)),
            alignment=Alignment(wrap_text=True, vertical="center"),
            border=Border(bottom=thin),
        )
        self._define("wrap", alignment=Alignment(wrap_text=True, vertical="top"))
        self._define("wrap_literal", alignment=Alignment(wrap_text=True, vertical="top"), quote_prefix=True)
        self._define("literal", quote_prefix=True)
        self._define("date", number_format=DATE_FORMAT)
        self._define("datetime", number_format=DATETIME_FORMAT)
        self._define("percent", number_format=PERCENT_FORMAT)
        self._define("bold", font=Font(name=FONT_NAME, bold=True))
        self._define("title", font=Font(name=FONT_NAME, bold=True, size=16, color=_hex(palette.HEADER_FILL)))
        self._define(
            "overdue",
            font=Font(name=FONT_NAME, bold=True, color=_hex(palette.OVERDUE_COLOUR)),
            fill=PatternFill("solid", fgColor=_hex(palette.OVERDUE_FILL)),
        )
        for status, colour in {**palette.AGREEMENT_STATUS_COLOURS, **palette.STATUS_COLOURS}.items():
            self._define("status:" + status, fill=PatternFill("solid", fgColor=_hex(colour)))

    def _define(self, name: str, *, quote_prefix: bool = False, **attributes: Any) -> None:
        cell = WriteOnlyCell(self.ws)
        for key, value in attributes.items():
            setattr(cell, key, value)
        if quote_prefix:
            cell.quotePrefix = True
        self._styles[name] = cell._style
        self._ids[name] = cell.style_id  # registers the style with the workbook once

    def styled(self, value: Any, style: str) -> StyledCell:
        """``value`` (already clean text, a number or a date) with a shared style."""
        cell = _cell(StyledCell, self.ws, value, _data_type(value))
        cell._style = self._styles[style]  # shared and never changed afterwards
        cell._sid = self._ids[style]
        return cell

    def text(self, value: str | None, wrap: bool = False) -> Any:
        """User text stored as text, never as a formula or an error."""
        if not value:
            return None
        value = clean(value)
        if is_risky(value):  # styled cells are always stored as text: never a formula or an error
            return self.styled(value, "wrap_literal" if wrap else "literal")
        # A ready text cell is cheaper than openpyxl checking the string a second time.
        return self.styled(value, "wrap") if wrap else _cell(Cell, self.ws, value, "s")

    def wrapped(self, value: str | None) -> Any:
        """Long user text, wrapped in its cell."""
        return self.text(value, True)

    def status(self, status: str, label: str | None = None) -> WriteOnlyCell:
        """A status in words on its colour. One cell per status is shared: write-only sheets write
        each appended row at once, so a cell is never read after the next row is appended."""
        cell = self._status_cells.get(status)
        if cell is None or label is not None:
            from desktop.reports.dataset import label as words

            cell = self.styled(
                label or words(status), "status:" + status if "status:" + status in self._styles else "wrap"
            )
            if label is None:
                self._status_cells[status] = cell
        return cell

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


def print_setup(
    ws: Any, title: str, columns: int, rows: int, *, landscape: bool = True, printed: int | None = None
) -> None:
    """A4, fit to one page wide, header row repeated, 'Page X of Y' in the footer; frozen header and autofilter.

    ``printed``: print only that many leading columns (the filter still spans all ``columns``).
    """
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
    if printed is not None and printed < columns:
        ws.print_area = f"A1:{get_column_letter(printed)}{max(rows, 1)}"
