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
from datetime import date, datetime, timedelta
from math import isfinite
from typing import Any

from lxml import etree
from openpyxl import LXML
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.compat import safe_string
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel, to_ISO8601
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.xml.constants import SHEET_MAIN_NS

from desktop.domain import palette
from desktop.domain.messages import Message
from desktop.domain.text import clean_text

ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Excel treats text typed with these first characters as a formula when the cell is edited.
FORMULA_STARTS = frozenset("=+-@\t\r")
MAX_TEXT = 32_767
REPEATED = 10_000  # distinct shared values a sheet keeps a ready cell for (SheetCells.repeated)
FONT_NAME = "Calibri"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
# Dates as the report's language writes them: 31.12.2026 in Russian and Kazakh, 31 Dec 2026 in English.
DATE_FORMATS = {"en": ("d mmm yyyy", "d mmm yyyy hh:mm"), "ru": ("dd.mm.yyyy", "dd.mm.yyyy hh:mm")}
DATE_FORMATS["kk"] = DATE_FORMATS["ru"]
PERCENT_FORMAT = "0%"


_WIDE = re.compile("[\u2e80-\U0010ffff]")  # characters as wide as two Latin ones (Chinese and beyond)
_LOOKS_ESCAPED = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
# What XML cannot carry beyond the control characters: surrogates and the two non-characters U+FFFE and U+FFFF.
# The rows are written as text (no XML library checks them): these become the replacement character.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """Text Excel accepts, at most 32,767 characters: a control character a cell cannot hold becomes a
    space and a line break stays one (``desktop.domain.text.clean_text``, never deleted: words would run
    together), a character XML cannot carry at all (a lone surrogate, U+FFFE, U+FFFF) becomes U+FFFD, and text
    that merely looks like Excel's ``_xHHHH_`` escape is itself escaped so Excel and our import read it back
    as written."""
    if not text.isprintable():
        text = _NOT_XML.sub("\ufffd", clean_text(text))
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
    longest = max((len(part) for part in text.split("\n")), default=0) if "\n" in text else len(text)
    if text.isascii():
        return longest
    # Chinese characters are twice as wide as Latin ones.
    return longest + len(_WIDE.findall(text))


class StyledCell(Cell):
    """A cell built with a shared style whose index is known: no per-cell style lookup or value check.

    openpyxl hashes a cell's style array to find its index each time it writes a styled cell;
    the index of a shared style never changes, so it is looked up once per sheet.
    """

    __slots__ = ("_sid",)

    @property
    def style_id(self) -> int:
        return self._sid

    @property
    def has_style(self) -> bool:
        return True


def _cell(cls: type[Cell], ws: Any, value: Any, data_type: str) -> Any:
    """A cell of ``cls`` holding ``value`` as is: openpyxl's constructor and value checks skipped.

    Only for values already made safe (``clean`` text, numbers, dates); the writer reads
    nothing else of the cell than what is set here.
    """
    cell = object.__new__(cls)
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


_XML_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
ROWS_PER_WRITE = 200  # rows serialised, then written to the sheet's file at once


def _xml_text(text: str) -> str:
    """``text`` escaped as XML character data, as lxml writes it (a carriage return as a reference)."""
    return text.translate(_XML_TEXT) if ("&" in text or "<" in text or ">" in text or "\r" in text) else text


def _cell_xml(ws: Any, ref: str, cell: Any) -> str:
    """One ``<c>`` element exactly as openpyxl's cell writer makes it (``openpyxl.cell._writer``)."""
    data_type = cell.data_type
    value = cell._value
    if type(cell) is StyledCell:
        style = f' s="{cell._sid}"'
    elif cell.has_style:
        style = f' s="{cell.style_id}"'
    else:
        style = ""
    if data_type == "s":
        if value is None or value == "":
            return f'<c r="{ref}"{style} t="inlineStr"/>'
        if not isinstance(value, str):  # rich text: never made by Kelisim; openpyxl would write its runs
            raise TypeError(f"cell {ref}: rich text is not written by the fast row writer")
        space = ' xml:space="preserve"' if value != value.strip() else ""
        return f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{_xml_text(value)}</t></is></c>'
    if data_type == "f":
        return f'<c r="{ref}"{style}><f>{_xml_text(str(value)[1:])}</f><v/></c>'
    if data_type == "d":
        if getattr(value, "tzinfo", None) is not None:
            raise TypeError("Excel does not support timezones in datetimes.")
        if ws.parent.iso_dates and not isinstance(value, timedelta):
            text = to_ISO8601(value)
        else:
            data_type, text = "n", safe_string(to_excel(value, ws.parent.epoch))
    else:
        text = "" if value is None else safe_string(value)
    if text == "":
        return f'<c r="{ref}"{style} t="{data_type}"/>'
    return f'<c r="{ref}"{style} t="{data_type}"><v>{_xml_text(text)}</v></c>'


def _row_xml(ws: Any, values: Sequence[Any], row_idx: int, letters: list[str]) -> str:
    """One ``<row>`` of appended values: ready cells as they are, other values bound by openpyxl first."""
    attrs = f'r="{row_idx}"'
    height = ws._heights.pop(row_idx, None)
    if height is not None:  # as a row dimension with only a height writes it
        attrs += f' ht="{height:.16g}" customHeight="1"'
    else:
        dims = ws.row_dimensions.get(row_idx)
        if dims is not None:
            attrs += "".join(f' {key}="{_xml_text(value)}"' for key, value in dims)
    parts = [f"<row {attrs}>"]
    serials = None if ws.parent.iso_dates else ws._serials
    for col_idx, value in enumerate(values):
        if value is None:
            continue
        while col_idx >= len(letters):
            letters.append(get_column_letter(len(letters) + 1))
        kind = type(value)
        if kind is StyledCell or kind is Cell:  # the common cells, as _cell_xml writes them
            text = value._value
            if value.data_type == "s" and type(text) is str and text and (kind is StyledCell or value._style is None):
                style = f' s="{value._sid}"' if kind is StyledCell else ""
                space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
                ref = f"{letters[col_idx]}{row_idx}"
                parts.append(f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{_xml_text(text)}</t></is></c>')
                continue
            if kind is StyledCell:
                number = type(text)
                if number is date and serials is not None:  # a day (due, completed): its serial made once a sheet
                    serial = serials.get(text)
                    if serial is None:
                        serial = serials[text] = safe_string(to_excel(text, ws.parent.epoch))
                    parts.append(f'<c r="{letters[col_idx]}{row_idx}" s="{value._sid}" t="n"><v>{serial}</v></c>')
                    continue
                if (number is float or number is int) and isfinite(text):  # a share: as safe_string formats it
                    parts.append(f'<c r="{letters[col_idx]}{row_idx}" s="{value._sid}" t="n"><v>{text:.16g}</v></c>')
                    continue
        elif kind is int:  # as openpyxl formats a number
            parts.append(f'<c r="{letters[col_idx]}{row_idx}" t="n"><v>{value:.16g}</v></c>')
            continue
        if not isinstance(value, Cell):
            cell = WriteOnlyCell(ws)
            cell.value = value  # openpyxl's own checks: formulas, error codes, illegal characters, dates
            value = cell
        elif value._comment is not None or value.hyperlink is not None:
            raise TypeError("comments and hyperlinks are not written by the fast row writer")
        parts.append(_cell_xml(ws, f"{letters[col_idx]}{row_idx}", value))
    parts.append("</row>")
    return "".join(parts)


class TextSheetWriter(WorksheetWriter):
    """openpyxl's write-only sheet writer, its part a plain UTF-8 file the rows are written into as text.

    openpyxl streams a sheet through lxml's incremental writer: every cell an element, and every character
    outside ASCII a character reference (``&#1179;``, seven bytes where UTF-8 takes two). The rows here are
    already XML text (``_row_xml``), so they go into the file as they are; the elements before and after them
    (properties, views, columns, filter, print setup, drawing…) are openpyxl's own, serialised by lxml exactly
    as its writer does. The sheet's values, styles and layout are the same; a Russian or Kazakh register's part is
    some 40% smaller (less to deflate).
    """

    def get_stream(self) -> Any:
        # The same protocol as openpyxl's: elements are sent in; True asks for the stream the rows go to.
        with open(self.out, "wb") as out:  # rows come in batches of hundreds of kilobytes: written as they come
            out.write(SHEET_START)
            try:
                while True:
                    element = yield
                    if element is True:
                        yield out
                    elif element is not None:
                        out.write(etree.tostring(element))
            except GeneratorExit:
                pass
            out.write(SHEET_END)

    def write_rows(self) -> None:
        """A sheet closed before any row was appended: its empty ``sheetData``."""
        out = self.xf.send(True)
        out.write(b"<sheetData></sheetData>")
        self.xf.send(None)


SHEET_START = f'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="{SHEET_MAIN_NS}">'.encode()
SHEET_END = b"</worksheet>"


def _get_writer(ws: Any) -> None:
    """openpyxl's ``WriteOnlyWorksheet._get_writer`` with the text writer: made at the first row, the sheet's
    top (columns, views, frozen panes) written then, as openpyxl does."""
    if ws._writer is None:
        ws._writer = TextSheetWriter(ws)
        ws._writer.write_top()


def _write_rows(ws: Any) -> Any:
    """openpyxl's write-only row loop, each appended row serialised straight to XML text.

    openpyxl writes every cell through lxml's incremental writer, one element and attribute dictionary
    at a time: most of a big export's time. Here a row becomes one string as soon as it is appended
    (its stored height read then), and every ``ROWS_PER_WRITE`` rows the strings go into the sheet's
    file, encoded as UTF-8, as one write.
    """
    try:
        out = ws._writer.xf.send(True)
    except StopIteration:
        ws._already_saved()
    letters: list[str] = []
    pending: list[str] = ["<sheetData>"]
    row_idx = 1
    try:
        while True:
            row = yield
            pending.append(_row_xml(ws, row, row_idx, letters))
            row_idx += 1
            if len(pending) >= ROWS_PER_WRITE:
                out.write("".join(pending).encode())
                pending.clear()
    except GeneratorExit:
        pending.append("</sheetData>")
        out.write("".join(pending).encode())
    ws._writer.xf.send(None)


def fast_rows(ws: Any) -> Any:
    """Install the faster row builder on one write-only sheet (each appended row is serialised at once)."""
    ws._values_to_row = _values_to_row.__get__(ws)
    if LXML:  # the elements around the rows are openpyxl's lxml elements
        ws._get_writer = _get_writer.__get__(ws)
        ws._write_rows = _write_rows.__get__(ws)
        ws._heights = {}  # row → height, for rows not yet written (set_row_height)
        ws._serials = {}  # day → its Excel serial as written
    return ws


class SheetCells:
    """Builds cells for one write-only sheet with shared, precomputed styles."""

    def __init__(self, ws: Any, language: str = "") -> None:
        self.ws = fast_rows(ws)
        self.language = language or "en"
        date_format, datetime_format = DATE_FORMATS.get(language, (DATE_FORMAT, DATETIME_FORMAT))
        self._ids: dict[str, int] = {}
        thin = Side(style="thin", color="FFB0BEC5")
        self._styles: dict[str, Any] = {}
        self._status_cells: dict[str, WriteOnlyCell] = {}
        self._repeated: tuple[dict[str, Any], dict[str, Any]] = ({}, {})  # plain, wrapped
        self._define(
            "header",
            font=Font(name=FONT_NAME, bold=True, color=_hex(palette.HEADER_TEXT)),
            fill=PatternFill("solid", fgColor=_hex(palette.HEADER_FILL)),
            alignment=Alignment(wrap_text=True, vertical="center"),
            border=Border(bottom=thin),
        )
        self._define(
            "header_number",
            font=Font(name=FONT_NAME, bold=True, color=_hex(palette.HEADER_TEXT)),
            fill=PatternFill("solid", fgColor=_hex(palette.HEADER_FILL)),
            alignment=Alignment(wrap_text=True, vertical="center", horizontal="right"),
            border=Border(bottom=thin),
        )
        self._define("wrap", alignment=Alignment(wrap_text=True, vertical="top"))
        self._define("wrap_literal", alignment=Alignment(wrap_text=True, vertical="top"), quote_prefix=True)
        self._define("literal", quote_prefix=True)
        self._define("date", number_format=date_format)
        self._define("datetime", number_format=datetime_format)
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

    def repeated(self, value: str | None, wrap: bool = False) -> Any:
        """``text`` of a value many rows share (an agreement's number, a body, a party, an agency, a sector): its
        cell is made once a sheet and shared, as the status cells are (a write-only sheet writes each row as it is
        appended). At most ``REPEATED`` values are kept; a value past them gets its own cell each time."""
        if not value:
            return None
        kept = self._repeated[wrap]
        cell = kept.get(value)
        if cell is None:
            cell = self.text(value, wrap)
            if len(kept) < REPEATED:
                kept[value] = cell
        return cell

    def empty(self) -> Any:
        """An empty text cell (what an appended "" becomes): shared, as it never changes."""
        return _cell(Cell, self.ws, "", "s")

    def wrapped(self, value: str | None) -> Any:
        """Long user text, wrapped in its cell."""
        return self.text(value, True)

    def status(self, status: str, label: str | None = None) -> WriteOnlyCell:
        """A status in words on its colour. One cell per status is shared: write-only sheets write
        each appended row at once, so a cell is never read after the next row is appended."""
        cell = self._status_cells.get(status)
        if cell is None or label is not None:
            from desktop.services.reporting.dataset import label as words

            cell = self.styled(
                label or words(status, self.language),
                "status:" + status if "status:" + status in self._styles else "wrap",
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

    def header(self, names: Sequence[str], numbers: Iterable[int] = ()) -> list[WriteOnlyCell]:
        """Header cells; those of the (1-based) ``numbers`` columns right-aligned over their numbers."""
        right = set(numbers)
        return [self.styled(name, "header_number" if i in right else "header") for i, name in enumerate(names, 1)]


def set_widths(ws: Any, headers: Sequence[str], sample: Iterable[Sequence[Any]], caps: Sequence[int]) -> list[float]:
    """Column widths that fit the header and the longest value of a sample, up to each column's cap;
    the header row (the next row appended) is made tall enough for its wrapped headers. Returns the widths."""
    widths = [max(len(h) for h in header.split("\n")) + 2 for header in headers]
    for row in sample:
        for index, value in enumerate(row):
            width = display_width(value) + 2
            if width > widths[index]:
                widths[index] = width
    final = [float(min(width, caps[index])) for index, width in enumerate(widths)]
    for index, final_width in enumerate(final):
        ws.column_dimensions[get_column_letter(index + 1)].width = final_width
    lines = max((text_lines(h, w) for h, w in zip(headers, final, strict=True)), default=1)
    ws.row_dimensions[1].height = LINE_HEIGHT * max(lines, 1) + 2
    return final


def print_setup(
    ws: Any, dataset: Any, columns: int, rows: int, *, landscape: bool = True, printed: int | None = None
) -> None:
    """A4, fit to one page wide, header row repeated, 'Page X of Y' in the footer; frozen header and autofilter.

    ``printed``: print only that many leading columns (the filter still spans all ``columns``).
    """
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = 9  # A4
    ws.print_options.horizontalCentered = False
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.oddHeader.left.text = clean(dataset.title).replace("&", "&&")[:200]
    # Excel's own page fields inside the report language's words ("Страница &P из &N").
    ws.oddFooter.center.text = dataset.t(Message("Page {0} of {1}", "&P", "&N"))
    ws.oddFooter.right.text = "&D &T"
    if rows >= 1:
        ws.print_title_rows = "1:1"
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(columns)}{max(rows, 2)}"
    if printed is not None and printed < columns:
        ws.print_area = f"A1:{get_column_letter(printed)}{max(rows, 1)}"


LINE_HEIGHT = 15.0  # points per line of Calibri 11
HEADER_LINES = 2  # header rows are two lines high, so wrapped headers are never clipped


def text_lines(value: Any, width: float) -> int:
    """How many lines ``value`` takes wrapped in a column ``width`` characters wide."""
    if value is None or value == "":
        return 1
    text = value if isinstance(value, str) else str(value)
    room = int(max(width - 1, 1))
    if "\n" not in text:
        return max(1, -(-display_width(text) // room))
    return sum(max(1, -(-display_width(part) // room)) for part in text.split("\n"))


def row_height(values: Sequence[Any], widths: Sequence[float], wrapped: Iterable[int]) -> float | None:
    """The height of a row whose ``wrapped`` (0-based) columns wrap, or None for one line.

    Excel and LibreOffice print a row at its stored height: without one, wrapped text overprints
    the next row on paper.
    """
    lines = 1
    for index in wrapped:
        value = values[index]
        if value is not None:
            text = getattr(value, "_value", value)
            lines = max(lines, text_lines(text, widths[index]))
    return LINE_HEIGHT * lines if lines > 1 else None


def set_row_height(ws: Any, row: int, height: float | None) -> None:
    """Store a row's height before it is appended (write-only sheets write each row at once).

    With the fast row writer the height waits in a plain dictionary until its row is written (an
    openpyxl row dimension costs more to make than the row's cells); otherwise ``forget_row_height``
    drops the dimension once the row is written."""
    if height is None:
        return
    heights = getattr(ws, "_heights", None)
    if heights is not None:
        heights[row] = height
    else:
        ws.row_dimensions[row].height = height


def forget_row_height(ws: Any, row: int) -> None:
    """Drop a written row's stored height (openpyxl's writer keeps a dimension per row otherwise)."""
    if getattr(ws, "_heights", None) is None and row in ws.row_dimensions:
        del ws.row_dimensions[row]
