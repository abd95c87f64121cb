"""Page furniture and table machinery for the PDF report.

* ``NumberedCanvas`` keeps each page's drawing (compressed, in a temporary file) until the end so the footer
  can say "page X of Y", and writes the structure tree packed in the same pass (``pdf_tags.pack_structure``).
* ``RowMaker`` turns a row of user texts into a ``Row``: each cell pre-wrapped into plain lines
  in the one face that prints it (``pdf_text``; text that needs two faces as ``MixedText`` runs),
  a shared ``CellStyle`` per look, and the row's height computed here, so reportlab never
  measures a cell again.
* ``ChunkTable`` holds up to ~100 rows of one long table. One big table costs quadratic time
  when reportlab splits it page after page; chunks keep it linear. A chunk prints the column
  header when it starts a section or a page, and not in the middle of a page, so a
  5,000-row section reads as one table with its header repeated on every page. It splits
  itself at a page end from the known row heights (reportlab's own split re-measures and
  re-styles every cell).
"""

from __future__ import annotations

import errno
import functools
import os
import pickle
import re
import struct
import zlib
from array import array
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, NamedTuple

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfgen import canvas
from reportlab.pdfgen.canvas import PATH_OPS
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from desktop.domain import palette
from desktop.reports import pdf_fonts
from desktop.reports.pdf_ahead import Ahead
from desktop.reports.pdf_tags import (
    ARTIFACT,
    END,
    FOOTER,
    REPEATED,
    Element,
    TableTags,
    Tagger,
    open_spool,
    pack_structure,
    tagger_of,
)
from desktop.reports.pdf_text import MixedWrapper, Wrapper, clean, face_for, runs

CHUNK_ROWS = 100
Decorate = Callable[[canvas.Canvas, int, int], None]
PAD_X, PAD_Y = 3.0, 2.5  # cell padding, points
FONT_SIZE, LEADING = 8.0, 10.0
HEADER_SIZE = 7.5
# A row taller than this is cut into continuation rows, so every row fits on an empty page
# (the frame is ~720 pt high; a 1,000-character Chinese title in a narrow column is ~600 pt).
MAX_ROW = 560.0
RULE = colors.HexColor("#B0BEC5")
LINE_CACHE_LIMIT = 100_000  # distinct cell lines whose PDF strings a document keeps
# Distinct cells whose drawn text a document keeps (``_CellText.cell``): parties, agencies, dates and statuses
# repeat; titles rarely do, so a full cache starts again rather than growing with the report.
CELL_CACHE_LIMIT = 20_000
CACHED_CELL_TEXT = 160  # characters: longer cells are drawn from their text each time, not kept


def colour(hex_colour: str) -> colors.Color:
    return _colour(hex_colour)


@functools.cache
def _colour(hex_colour: str) -> colors.Color:
    made = colors.HexColor(hex_colour)
    _COLOUR_NAMES[id(made)] = hex_colour  # kept alive by the cache: its id stays its own
    return made


_COLOUR_NAMES: dict[int, str] = {}  # id of a colour ``colour`` made → what it was made from


def styles() -> dict[str, ParagraphStyle]:
    pdf_fonts.register()
    base = ParagraphStyle("body", fontName=pdf_fonts.MAIN, fontSize=9, leading=11.5, alignment=TA_LEFT)
    navy = colour(palette.HEADER_FILL)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#37474F")),
        "cell": ParagraphStyle("cell", parent=base, fontSize=FONT_SIZE, leading=LEADING),
        "header": ParagraphStyle(
            "header", parent=base, fontName=pdf_fonts.BOLD, fontSize=8, leading=10, textColor=colors.white
        ),
        "kicker": ParagraphStyle(
            "kicker",
            parent=base,
            fontName=pdf_fonts.BOLD,
            fontSize=8.5,
            leading=11,
            textColor=colour(palette.MUTED_TEXT),
        ),
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=pdf_fonts.BOLD,
            fontSize=18,
            leading=23,
            textColor=navy,
            spaceBefore=4,
            spaceAfter=8,
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=pdf_fonts.BOLD,
            fontSize=13,
            leading=17,
            textColor=navy,
            spaceBefore=12,
            spaceAfter=5,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=pdf_fonts.BOLD,
            fontSize=11,
            leading=14,
            textColor=navy,
            spaceBefore=10,
            spaceAfter=3,
        ),
    }


def table_style(header: bool, extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    """The look of the small tables (summary, per body), whose cells reportlab styles itself."""
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), pdf_fonts.MAIN),
        ("FONTSIZE", (0, 0), (-1, -1), FONT_SIZE),
        ("LEADING", (0, 0), (-1, -1), LEADING),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_Y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), colour(palette.HEADER_FILL)),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("FONTNAME", (0, 0), (-1, 0), pdf_fonts.BOLD),
            ("FONTSIZE", (0, 0), (-1, 0), HEADER_SIZE),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ]
    return TableStyle(commands + list(extra))


@functools.cache
def cell_style(font: str, size: float, text_colour: str, align: str, valign: str) -> CellStyle:
    """One shared, never modified ``CellStyle`` per look: tables get them ready-made instead of
    running a style command over every cell."""
    style = CellStyle(f"{font}/{size}/{text_colour}/{align}/{valign}")
    style.fontname, style.fontsize, style.leading = font, size, LEADING
    style.color = colour(text_colour)
    style.alignment, style.valign = align, valign
    style.leftPadding = style.rightPadding = PAD_X
    style.topPadding = style.bottomPadding = PAD_Y
    _STYLE_LOOKS[id(style)] = (font, size, text_colour, align, valign)  # kept alive by the cache
    return style


_STYLE_LOOKS: dict[int, tuple[str, float, str, str, str]] = {}  # id of a style ``cell_style`` made → its look


class MixedText:
    """A table cell whose text needs two faces: its wrapped lines as (face, text) runs, drawn in the table's
    text object like a plain cell (a paragraph did this at several times the cost)."""

    __slots__ = ("height", "lines")

    def __init__(self, lines: list[str]) -> None:
        self.lines = [runs(line) for line in lines]
        self.height = len(lines) * LEADING


class Row(NamedTuple):
    values: list[Any]  # plain strings ("\n" between lines) or, rarely, a Paragraph
    styles: list[CellStyle]
    height: float
    marks: tuple[tuple[Any, ...], ...]  # (command, first column, last column, *arguments) for this row
    completes: int  # commitments the row completes, for progress


class _ColourName(NamedTuple):
    """A colour ``colour`` made, in packed rows: what it was made from."""

    name: str


def pack_rows(rows: list[Row]) -> bytes:
    """``rows`` as bytes for another process (``pdf_ahead``): each distinct list of styles and of marks once, by
    the looks ``cell_style`` and the colours ``colour`` made them from. ``TypeError`` for a row holding anything
    else (a paragraph, a style or colour made another way): such rows are made where they are drawn."""
    style_lists: dict[tuple[int, ...], int] = {}
    mark_lists: dict[tuple[int, ...], int] = {}
    looks: list[tuple[tuple[str, float, str, str, str], ...]] = []
    marks: list[tuple[tuple[Any, ...], ...]] = []
    packed = []
    for row in rows:
        for value in row.values:
            if type(value) is not str and type(value) is not MixedText:
                raise TypeError(f"a cell of {type(value).__name__} is not packed")
        key = tuple(map(id, row.styles))
        styles = style_lists.get(key)
        if styles is None:
            styles = style_lists[key] = len(looks)
            looks.append(tuple(_STYLE_LOOKS[id(style)] for style in row.styles))
        key = tuple(map(id, row.marks))
        kept = mark_lists.get(key)
        if kept is None:
            kept = mark_lists[key] = len(marks)
            marks.append(tuple(tuple(map(_portable, mark)) for mark in row.marks))
        packed.append((row.values, styles, row.height, kept, row.completes))
    return pickle.dumps((looks, marks, packed), protocol=pickle.HIGHEST_PROTOCOL)


def _portable(value: Any) -> Any:
    if isinstance(value, colors.Color):
        name = _COLOUR_NAMES.get(id(value))
        if name is None or _colour(name) is not value:
            raise TypeError("a colour made elsewhere is not packed")
        return _ColourName(name)
    if not isinstance(value, (str, int, float)):
        raise TypeError(f"a mark's {type(value).__name__} is not packed")
    return value


def unpack_rows(packed: bytes) -> list[Row]:
    """The rows ``pack_rows`` packed, with the very styles and colours this process's ``cell_style`` and
    ``colour`` give for their looks."""
    looks, marks, rows = pickle.loads(packed)
    styles = [[cell_style(*look) for look in row_looks] for row_looks in looks]
    row_marks = [
        tuple(tuple(_colour(v.name) if type(v) is _ColourName else v for v in mark) for mark in kept) for kept in marks
    ]
    return [
        Row(values, styles[look].copy(), height, row_marks[kept], completes)
        for values, look, height, kept, completes in rows
    ]


MIN_HEADER_SIZE = 5.5  # a column heading smaller than this is not read; below it a word may break


def fitting_size(label: str, font: str, size: float, avail: float) -> float:
    """The size at which every word of a heading fits ``avail`` points, so "Басталмаған" shrinks a little
    instead of breaking as "Басталмағ / ан"; never below MIN_HEADER_SIZE, never above ``size``."""
    widest = max((pdfmetrics.stringWidth(w, font, size) for w in label.split()), default=0.0)
    if widest <= avail:
        return size
    return max(MIN_HEADER_SIZE, size * avail / widest)


class RowMaker:
    """Rows of one table layout: column widths and alignments, body or header look."""

    CACHE_LIMIT = 50_000

    def __init__(self, widths: Sequence[float], aligns: Sequence[str] = (), *, header: bool = False) -> None:
        pdf_fonts.register()
        # Header labels are fixed words ("Progress"): they may use the padding rather than break.
        self.inner = [w - (1 if header else 2 * PAD_X) for w in widths]
        self.aligns = list(aligns) + ["LEFT"] * (len(widths) - len(aligns))
        self.header = header
        self.size = HEADER_SIZE if header else FONT_SIZE
        self.valign = "MIDDLE" if header else "TOP"
        self.text_colour = "#FFFFFF" if header else "#000000"
        faces = (pdf_fonts.BOLD,) if header else (pdf_fonts.MAIN, pdf_fonts.CJK, pdf_fonts.BOLD)
        self.wrappers = {face: Wrapper(face, self.size) for face in faces}
        self.mixed = MixedWrapper(self.size)
        # (column, colour, bold, text) → cell: parties, agencies, dates, statuses repeat on thousands of rows.
        self._cells: dict[tuple[int, str | None, bool, object], tuple[Any, CellStyle, float]] = {}

    def row(
        self,
        texts: Sequence[object],
        *,
        colours: Sequence[str | None] = (),
        bold: Sequence[bool] = (),
        marks: tuple[tuple[Any, ...], ...] = (),
        count: int = 0,
    ) -> list[Row]:
        """The row (or, for a row taller than a page, its continuation rows); ``bold`` columns print in the
        bold face where it has every character (Chinese has no bold)."""
        values: list[Any] = []
        cell_styles: list[CellStyle] = []
        tallest = 0.0
        cells = self._cells
        for column, text in enumerate(texts):
            ink = colours[column] if column < len(colours) else None
            heavy = bold[column] if column < len(bold) else False
            key = (column, ink, heavy, text)
            found = cells.get(key)
            if found is None:
                found = self._cell(column, ink or self.text_colour, text, heavy)
                if not isinstance(found[0], Flowable):  # a paragraph is a flowable with state: one per cell
                    if len(cells) >= self.CACHE_LIMIT:
                        cells.clear()
                    cells[key] = found
            values.append(found[0])
            cell_styles.append(found[1])
            if found[2] > tallest:
                tallest = found[2]
        if tallest <= MAX_ROW:
            return [Row(values, cell_styles, max(tallest, LEADING) + 2 * PAD_Y, marks, count)]
        return _continued(values, cell_styles, marks, count)

    def _cell(self, column: int, ink: str, text: object, heavy: bool = False) -> tuple[Any, CellStyle, float]:
        """(the cell's value, its style, the height of its text)."""
        value = clean(text)
        face = pdf_fonts.BOLD if self.header else face_for(value)
        if heavy and face == pdf_fonts.MAIN:
            face = pdf_fonts.BOLD
        if face is None:  # Latin beside Chinese, Chinese beside ₸: two faces in one cell
            mixed = MixedText(self.mixed.lines(value, self.inner[column]))
            if mixed.height <= MAX_ROW:
                return mixed, cell_style(pdf_fonts.MAIN, self.size, ink, self.aligns[column], self.valign), mixed.height
            face = pdf_fonts.CJK  # absurdly long: one face (₸ shows as a box) beats losing text
        size = fitting_size(value, face, self.size, self.inner[column]) if self.header else self.size
        wrapper = self.wrappers[face] if size == self.size else Wrapper(face, size)
        lines = wrapper.lines(value, self.inner[column]) if value else []
        return (
            "\n".join(lines),
            cell_style(face, size, ink, self.aligns[column], self.valign),
            len(lines) * LEADING,
        )


def _continued(
    values: list[Any], cell_styles: list[CellStyle], marks: tuple[tuple[Any, ...], ...], count: int
) -> list[Row]:
    """A row taller than a page as rows of at most ``MAX_ROW``: its cells' lines dealt out in turn
    (a paragraph, never taller than that, stays in the first)."""
    per_row = int(MAX_ROW // LEADING)
    split = [v.split("\n") if isinstance(v, str) else [v] for v in values]
    pieces = (max(len(lines) for lines in split) + per_row - 1) // per_row
    rows = []
    for piece in range(pieces):
        cells: list[Any] = []
        tallest = 0.0
        for lines in split:
            part = lines[piece * per_row : (piece + 1) * per_row]
            if part and not isinstance(part[0], str):
                cells.append(part[0])
                tallest = max(tallest, part[0].height)  # wrapped when the cell was made
            else:
                cells.append("\n".join(part))
                tallest = max(tallest, len(part) * LEADING)
        rows.append(Row(cells, cell_styles, tallest + 2 * PAD_Y, marks, count if piece == 0 else 0))
    return rows


BODY_COMMANDS: tuple[tuple[Any, ...], ...] = (("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),)


class ChunkTable(Flowable):
    """Rows of one long table; prints the header row only where a reader needs it."""

    tags_itself = True  # its rows and cells are tagged by PlainTable

    def __init__(
        self,
        doc: Any,
        header: Row,
        rows: list[Row],
        widths: Sequence[float],
        *,
        with_header: bool | None,
        tags: TableTags | None = None,
    ) -> None:
        super().__init__()
        self.doc = doc  # its current frame tells whether the chunk starts a page
        self.header = header
        self.rows = rows
        self.widths = list(widths)
        self.with_header = with_header  # None: only when the chunk starts a page
        self.tags = tags or TableTags()  # shared by every chunk of one table: one Table element
        self.count = sum(r.completes for r in rows)  # commitments in this chunk, for progress
        self._header_now = True

    def lead(self, rows: int) -> float:
        """The height of the header and the first ``rows`` rows: what must fit under a heading."""
        return self.header.height + sum(r.height for r in self.rows[:rows])

    def _decide(self) -> bool:
        if self.with_header is not None:
            return self.with_header
        frame = getattr(self.doc, "frame", None)
        return frame is None or bool(getattr(frame, "_atTop", 1))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._header_now = self._decide()
        self.width = sum(self.widths)
        self.height = sum(r.height for r in self.rows) + (self.header.height if self._header_now else 0)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        with_header = self._decide()
        room = avail_height - (self.header.height if with_header else 0) + 1e-6
        used, fits = 0.0, 0
        for row in self.rows:
            if used + row.height > room:
                break
            used += row.height
            fits += 1
        if fits == len(self.rows):  # only a rounding difference from wrap(): leave the last row for the next page
            fits -= 1
        if fits == 0:
            return []  # the frame moves on to a new page and tries again
        return [self._part(self.rows[:fits], with_header), self._part(self.rows[fits:], True)]

    def _part(self, rows: list[Row], with_header: bool) -> ChunkTable:
        return ChunkTable(self.doc, self.header, rows, self.widths, with_header=with_header, tags=self.tags)

    def draw(self) -> None:
        rows = [self.header, *self.rows] if self._header_now else self.rows
        if _drawn_directly(self.canv, rows):
            _draw_bands(self.canv, rows, self.widths, self.tags, self._header_now)
            return
        table = self.table(self._header_now)
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)

    def table(self, with_header: bool) -> Table:
        rows = [self.header, *self.rows] if with_header else self.rows
        commands = list(BODY_COMMANDS)
        if with_header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), colour(palette.HEADER_FILL)))
        for index, row in enumerate(self.rows, 1 if with_header else 0):
            for command, first, last, *args in row.marks:
                commands.append((command, (first, index), (last, index), *args))
        table = PlainTable(
            [r.values for r in rows],
            colWidths=self.widths,
            rowHeights=[r.height for r in rows],
            cellStyles=[r.styles for r in rows],
            normalizedData=1,
            style=commands,
            hAlign="LEFT",
        )
        table.tags, table.headed = self.tags, with_header
        return table


class PlainTable(Table):
    """A table that writes all its plain-text cells in one PDF text object.

    reportlab draws every line of every cell with ``drawString``: a new text object, a font
    look-up and a subset split each time, two thirds of the report's time. Here one text object
    serves the table, a cell's next line is a "T*", and each distinct line's PDF string is made
    once per document (``_CellText``). Paragraph cells are drawn by reportlab as usual.

    With ``tags`` (and a tagging canvas) each row is a TR of the table's element and each cell a TH/TD
    whose text is marked content; fills and rules are artifacts, and so is a header row the table
    already printed on an earlier page (``headed``: the first row is the header).
    """

    tags: TableTags | None = None
    headed = False

    def draw(self) -> None:
        if self._spanCmds:  # not used by the report; reportlab's general drawing handles spans
            super().draw()
            return
        canv = self.canv
        tagger = tagger_of(canv) if self.tags is not None else None
        canv.saveState()
        self._curweight = self._curcolor = self._curcellstyle = None
        self._makeShadow()
        self._makeRoundedCornersClip()
        if tagger is not None:
            canv._code.append(ARTIFACT)
        self._drawBkgrnd()
        if tagger is not None:
            canv._code.append(END)
        text = _CellText(canv)
        others = _draw_cells(
            text,
            tagger,
            self.tags,
            self.headed,
            self._cellvalues,
            self._cellStyles,
            self._rowpositions[1:],
            self._rowHeights,
            self._colpositions[:-1],
            self._colWidths,
        )
        canv.drawText(text)
        if self.tags is not None:
            self.tags.drawn = True
        for value, style, position, size, opening in others:
            if opening is not None:
                canv._code.append(opening)
            self._drawCell(value, style, position, size)
            if opening is not None:
                canv._code.append(END)
        if tagger is not None:
            canv._code.append(ARTIFACT)
        self._drawLines()
        if tagger is not None:
            canv._code.append(END)
        canv.restoreState()
        if self._roundingRectDef:
            self._restoreRoundingObscuredLines()


def _draw_cells(
    text: _CellText,
    tagger: Tagger | None,
    tags: TableTags | None,
    headed: bool,
    values: Sequence[Sequence[Any]],
    cell_styles: Sequence[Sequence[CellStyle]],
    row_ys: Sequence[float],
    heights: Sequence[float],
    col_xs: Sequence[float],
    widths: Sequence[float],
) -> list[tuple[Any, CellStyle, tuple[float, float], tuple[float, float], str | None]]:
    """Every plain and two-face cell of a table into ``text``, each tagged as a cell of its row when ``tagger``
    is given (``headed``: the first row is the header). Returns the other cells (flowables), to be drawn by
    reportlab: (value, style, position, size, the marked-content operator to open before it)."""
    others = []
    current: CellStyle | None = None
    code = text._code
    row_element: Element | None = None
    if tags is None:
        tagger = None
    columns = range(len(widths))
    kinds: tuple[list[int], list[int]] = ([], [])  # each column's kind of cell in a header row, in a body row
    if tags is not None:
        kinds = ([tags.cell_kind(0, c) for c in columns], [tags.cell_kind(1, c) for c in columns])
    for index, (row, row_styles, row_y, height) in enumerate(zip(values, cell_styles, row_ys, heights, strict=False)):
        header = headed and index == 0
        if tagger is not None and tags is not None:
            row_element = tags.row(tagger, 0 if header else 1, header and tags.drawn)
        row_kinds = kinds[0 if header else 1]
        for column, (value, style, col_x, width) in enumerate(zip(row, row_styles, col_xs, widths, strict=False)):
            opening: str | None = None
            if tagger is not None:
                if row_element is None:
                    opening = REPEATED
                elif value != "":
                    opening = tagger.begin_cell(row_element, row_kinds[column])
                else:  # an empty cell is still a cell: the columns stay in step
                    tagger.empty_cell(row_element, row_kinds[column])
            mixed = type(value) is MixedText
            if not mixed and not isinstance(value, str):
                others.append((value, style, (col_x, row_y), (width, height), opening))
                continue
            if not value:
                continue
            if style is not current:
                if current is None or (style.color is not current.color and style.color != current.color):
                    text.fill(style.color)
                if current is None or (style.fontname, style.fontsize, style.leading) != (
                    current.fontname,
                    current.fontsize,
                    current.leading,
                ):
                    text.setFont(style.fontname, style.fontsize, style.leading)
                current = style
            if mixed:
                if opening is not None:
                    code.append(opening)
                text.mixed(value, style, col_x, row_y, width, height)
                if opening is not None:
                    code.append(END)
            else:
                text.cell(value, style, col_x, row_y, width, height, opening)
    return others


# The marks a chunk's rows carry that ``_draw_bands`` draws itself; a row with any other falls back to reportlab.
_BAND_MARKS = frozenset({"BACKGROUND", "LINEBEFORE"})


def _drawn_directly(canv: Any, rows: Sequence[Row]) -> bool:
    """Whether ``_draw_bands`` draws these rows as reportlab's table would: plain and two-face cells only, the
    marks it knows in opaque RGB colours, on a canvas that forces no colour space and has no transparency set."""
    if canv._enforceColorSpace is not None or canv._extgstate._d:
        return False
    for row in rows:
        for value in row.values:
            if type(value) is not str and type(value) is not MixedText:
                return False
        for mark in row.marks:
            if mark[0] not in _BAND_MARKS or not _opaque_rgb(mark[-1]):
                return False
    return True


def _opaque_rgb(ink: object) -> bool:
    """An RGB colour without transparency: setting it writes its "rg"/"RG" operator alone."""
    return isinstance(ink, colors.Color) and type(ink) is colors.Color and ink.alpha == 1


def _draw_bands(canv: Any, rows: Sequence[Row], widths: Sequence[float], tags: TableTags, headed: bool) -> None:
    """Draw ``rows`` as ``ChunkTable.table`` would have reportlab draw them, operator for operator, without
    building the table: each row is a band of known height, its fills and rules written straight into the page
    (reportlab's ``Table`` was made, measured and styled anew for every piece of every chunk, and drew each line
    and fill through the canvas's state). ``headed``: the first row is the header, on the header fill."""
    code = canv._code
    tagger = tagger_of(canv)
    heights = [row.height for row in rows]
    ys = _row_positions(heights)
    xs = [0.0]
    for width in widths:  # as reportlab adds them up (``Table._calc_width``)
        xs.append(xs[-1] + width)
    right = xs[-1]
    columns = len(widths)
    # ``table.drawOn(canv, 0, 0)``: its state saved and the origin moved by nothing; then ``Table.draw`` saves it.
    code += ("q", _NO_MOVE, "q")
    if tagger is not None:
        code.append(ARTIFACT)
    area = PATH_OPS[0, 1, canv._fillMode]
    if headed:
        code.append(_fill(colour(palette.HEADER_FILL)))
        code.append(f"n {fp_str(0, ys[0], right, ys[1] - ys[0])} re {area}")
    first_row = 1 if headed else 0  # the header's look is the table's, not marks of its own
    for index in range(first_row, len(rows)):
        for command, first, last, *args in rows[index].marks:
            if command == "BACKGROUND":
                left, top = xs[first], ys[index]
                code.append(_fill(args[0]))
                code.append(f"n {fp_str(left, top, xs[min(last + 1, columns)] - left, ys[index + 1] - top)} re {area}")
    if tagger is not None:
        code.append(END)
    text = _CellText(canv)
    values, cell_styles = [row.values for row in rows], [row.styles for row in rows]
    _draw_cells(text, tagger, tags, headed, values, cell_styles, ys[1:], heights, xs[:-1], widths)
    canv.drawText(text)
    tags.drawn = True
    if tagger is not None:
        code.append(ARTIFACT)
    # The rules, as ``Table._drawLines``: the line below every row (``BODY_COMMANDS``), then each row's own.
    code += ("q", "1 J", "1 j", _stroke(RULE), _RULE_WIDTH)
    ink: colors.Color = RULE
    weight = 0.25
    ends = f" m {fp_str(right)} "  # fp_str(x, y) is fp_str(x) + " " + fp_str(y): each row's height made once
    for y in ys[1:]:
        at = fp_str(y)
        code.append(f"n 0 {at}{ends}{at} l S")
    for index in range(first_row, len(rows)):
        for command, first, last, *args in rows[index].marks:
            if command == "LINEBEFORE":
                line_weight, line_ink = args[0], args[1]
                if line_ink and line_ink != ink:
                    code.append(_stroke(line_ink))
                    ink = line_ink
                if line_weight and line_weight != weight:
                    code.append(f"{fp_str(line_weight)} w")
                    weight = line_weight
                bottom, top = fp_str(ys[index + 1]), fp_str(ys[index])
                for x in xs[first : last + 1]:
                    code.append(f"n {fp_str(x)} {bottom} m {fp_str(x)} {top} l S")
    code.append("Q")
    if tagger is not None:
        code.append(END)
    code += ("Q", "Q")
    canv._doc.ensureMinPdfVersion("transparency")  # as setting a colour with its alpha does


_NO_MOVE = "1 0 0 1 0 0 cm"
_RULE_WIDTH = f"{fp_str(0.25)} w"


def _row_positions(heights: Sequence[float]) -> list[float]:
    """The rows' top edges, then the table's bottom (0), from the top: reportlab's sums (``Table._calc_height``,
    compensated), so every band lands where the table put it."""
    positions = []
    height = carry = 0.0
    for row_height in reversed(heights):
        positions.append(height)
        y = row_height - carry
        total = height + y
        carry = (total - height) - y
        height = total
    positions.append(height)
    positions.reverse()
    return positions


def _fill(ink: colors.Color) -> str:
    """The operator setting ``ink`` as the fill colour (``setFillColor``), made once per colour."""
    op = _FILLS.get(ink)
    if op is None:
        op = _FILLS[ink] = f"{fp_str(ink.red, ink.green, ink.blue)} rg"
    return op


def _stroke(ink: colors.Color) -> str:
    """The operator setting ``ink`` as the stroke colour (``setStrokeColor``)."""
    return f"{fp_str(ink.red, ink.green, ink.blue)} RG"


class _Prepared(NamedTuple):
    """A plain cell's text made once per document: what follows its first line's position."""

    line_count: int
    head: str  # "T*" of the empty lines before the first string ("" when the first line has text)
    first: int  # the font subset of its first string (-1: no string at all)
    body: str  # its strings from the first, the line moves and subset switches between them
    last: int  # the subset in force after it
    widths: tuple[float, ...] | None  # each line's printed width, once a right or centred cell asks


class _CellText(PDFTextObject):
    """The text object of a ``PlainTable``; each distinct cell's PDF text is made once per document
    (cached on the canvas), so drawing a cell is a position and one string."""

    _curSubset: int  # reportlab's: the font subset the text object is set to
    _code: list[str]  # reportlab's: the operators so far

    def __init__(self, canv: Any) -> None:
        super().__init__(canv)
        cache = getattr(canv, "text_cache", None)
        # Per face: each line's strings (``_pieces``); per face, size and leading: each cell's text (``cell``).
        self._lines: dict[str, dict[str, list[tuple[int, str]]]] = {} if cache is None else cache
        cells = getattr(canv, "cell_cache", None)
        self._cells: dict[tuple[str, float, float], dict[str, _Prepared]] = {} if cells is None else cells
        self._face_lines: dict[str, list[tuple[int, str]]] = {}  # the current face's
        # Per face: the string of each line wholly in the face's first subset (nearly all of them), for ``_prepare``.
        first = getattr(canv, "first_subset_cache", None)
        self._first_lines: dict[str, dict[str, str]] = {} if first is None else first
        self._face_first: dict[str, str] = {}  # the current face's
        codes = getattr(canv, "subset_codes", None)  # per face: its first subset's codes (``_FirstSubset``)
        self._codes: dict[str, _FirstSubset] = {} if codes is None else codes
        self._style_cells: dict[CellStyle, dict[str, _Prepared]] = {}  # a style's cells, found by the style
        self._font: Any = None
        self._tf = ""

    def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None:
        super().setFont(psfontname, size, leading)
        self._font = pdfmetrics.getFont(psfontname)
        self._face_lines = self._lines.setdefault(psfontname, {})
        self._face_first = self._first_lines.setdefault(psfontname, {})
        self._tf = f"{fp_str(size)} Tf {fp_str(self._leading)} TL"

    def fill(self, ink: colors.Color) -> None:
        """``setFillColor`` with the operator made once per colour (a text object sets no alpha)."""
        op = _FILLS.get(ink) if type(ink) is colors.Color and not self._enforceColorSpace else None
        if op is None:
            self.setFillColor(ink)
            if type(ink) is colors.Color and not self._enforceColorSpace:
                _FILLS[ink] = self._code[-1]
            return
        self._fillColorObj = ink
        self._code.append(op)

    def _line_moves(
        self, style: CellStyle, x: float, y: float, width: float, height: float, count: int, line_width: Any
    ) -> Iterator[None]:
        """Move to each of ``count`` lines of a cell in turn, as the style aligns them (``line_width(i)``: the
        i-th line's width, asked only when the line is not left-aligned); yields once per line, at its start."""
        y = _first_baseline(style, y, height, count)
        align = style.alignment
        code = self._code
        leading = style.leading
        for index in range(count):
            if align == "LEFT":
                code.append(f"1 0 0 1 {fp_str(x + style.leftPadding, y)} Tm" if index == 0 else "T*")
            else:
                shift = width - style.leftPadding - style.rightPadding - line_width(index)
                left = x + style.leftPadding + (shift if align == "RIGHT" else shift / 2)
                code.append(f"1 0 0 1 {fp_str(left, y - index * leading)} Tm")
            yield

    def cell(
        self, value: str, style: CellStyle, x: float, y: float, width: float, height: float, opening: str | None
    ) -> None:
        """A plain cell (``opening``: the marked-content operator its text is wrapped in, if tagged)."""
        font = self._font
        if not font._dynamicFont:  # a built-in Type 1 face (never used by the report): line by line
            self._plain(value, style, x, y, width, height, opening)
            return
        cells = self._style_cells.get(style)
        if cells is None:
            face = (style.fontname, style.fontsize, style.leading)
            cells = self._style_cells[style] = self._cells.setdefault(face, {})
        made = cells.get(value)
        if made is None:
            made = self._prepare(value, style)
            if len(value) <= CACHED_CELL_TEXT:  # a long text (a title and its notes) is rarely drawn twice
                if len(cells) >= CELL_CACHE_LIMIT:
                    cells.clear()
                cells[value] = made
        if made.widths is None and style.alignment != "LEFT":
            widths = tuple(
                float(pdfmetrics.stringWidth(line, style.fontname, style.fontsize)) for line in value.split("\n")
            )
            made = made._replace(widths=widths)
            if value in cells:
                cells[value] = made
        code = self._code
        if opening is not None:
            code.append(opening)
        if style.alignment == "LEFT" or made.line_count == 1:
            if style.valign == "TOP":  # every body cell: ``_first_baseline`` without the call
                baseline = y + height - style.topPadding - style.fontsize
            else:
                baseline = _first_baseline(style, y, height, made.line_count)
            if style.alignment == "LEFT" or made.widths is None:
                left = x + style.leftPadding
            else:
                shift = width - style.leftPadding - style.rightPadding - made.widths[0]
                left = x + style.leftPadding + (shift if style.alignment == "RIGHT" else shift / 2)
            place = _PLACES.get((left, baseline))
            if place is None:
                if len(_PLACES) >= PLACE_CACHE_LIMIT:
                    _PLACES.clear()
                place = _PLACES[left, baseline] = f"1 0 0 1 {fp_str(left, baseline)} Tm"
            code.append(place)
            if made.head:
                code.append(made.head)
            if made.first >= 0:
                if made.first != self._curSubset:
                    code.append(f"{font.getSubsetInternalName(made.first, self._canvas._doc)} {self._tf}")
                code.append(made.body)
                self._curSubset = made.last
        else:  # right or centred, several lines: each line placed on its own
            lines = value.split("\n")
            for line, _moved in zip(
                lines,
                self._line_moves(style, x, y, width, height, len(lines), (made.widths or ()).__getitem__),
                strict=True,
            ):
                if line:
                    self._show(line)
        if opening is not None:
            code.append(END)

    def _prepare(self, value: str, style: CellStyle) -> _Prepared:
        """The cell's text as it is drawn after its first position, with the subsets it names (``_show`` line by
        line, written out here: this runs for every long cell)."""
        lines = value.split("\n")
        made = self._face_lines
        if "" not in lines:  # most cells: every line one string in the first subset, the lines joined by "T*"
            first_string = self._face_first.get
            strings = [first_string(line) for line in lines]
            if None in strings:  # lines new to the document get their codes, in order
                for line in lines:
                    if line not in made:
                        self._pieces(line)
                strings = [first_string(line) for line in lines]
            if None not in strings:
                return _Prepared(len(lines), "", 0, " T* ".join(strings), 0, None)  # type: ignore[arg-type]
        font = self._font
        doc = self._canvas._doc
        head: list[str] = []  # the line moves before the first string
        out: list[str] = []
        first = current = -1
        for index, line in enumerate(lines):
            if index:
                out.append("T*")
            if not line:
                continue
            pieces = made.get(line)
            if pieces is None:
                pieces = self._pieces(line)
            if first < 0:
                head, out = out, []
                first = current = pieces[0][0]  # the caller switches to it
            for subset, shown in pieces:
                if subset != current:
                    out.append(f"{font.getSubsetInternalName(subset, doc)} {self._tf}")
                    current = subset
                out.append(shown)
        if first < 0:
            head, out = out, []
        return _Prepared(len(lines), " ".join(head), first, " ".join(out), current, None)

    def _plain(
        self, value: str, style: CellStyle, x: float, y: float, width: float, height: float, opening: str | None
    ) -> None:
        lines = value.split("\n")

        def line_width(index: int) -> float:
            return float(pdfmetrics.stringWidth(lines[index], style.fontname, style.fontsize))

        if opening is not None:
            self._code.append(opening)
        for line, _moved in zip(
            lines, self._line_moves(style, x, y, width, height, len(lines), line_width), strict=True
        ):
            if line:
                self._show(line)
        if opening is not None:
            self._code.append(END)

    def mixed(self, value: MixedText, style: CellStyle, x: float, y: float, width: float, height: float) -> None:
        """A two-face cell: as ``cell``, the face switched between runs, then back to the style's."""
        lines = value.lines
        if style.alignment == "LEFT" and self._font._dynamicFont:
            self._mixed_left(lines, style, x, y, height)
            return

        def line_width(index: int) -> float:
            return float(sum(pdfmetrics.stringWidth(run, face, style.fontsize) for face, run in lines[index]))

        for line, _moved in zip(
            lines, self._line_moves(style, x, y, width, height, len(lines), line_width), strict=True
        ):
            for face, run in line:
                self._face(face)
                self._show(run)
        self._face(style.fontname)

    def _mixed_left(
        self, lines: list[list[tuple[str, str]]], style: CellStyle, x: float, y: float, height: float
    ) -> None:
        """A left-aligned two-face cell (every one of the report's), written as ``mixed`` writes it line by line
        through ``_face`` and ``_show``, in one loop: nearly every such cell is drawn once (the names beside the
        Chinese ones differ from row to row), so its text is written out rather than prepared and kept."""
        code = self._code
        left, baseline = x + style.leftPadding, _first_baseline(style, y, height, len(lines))
        place = _PLACES.get((left, baseline))
        code.append(place if place is not None else f"1 0 0 1 {fp_str(left, baseline)} Tm")
        font, face_lines, subset_now = self._font, self._face_lines, self._curSubset
        name: str = font.fontName
        doc, tf = self._canvas._doc, self._tf
        for index, line in enumerate(lines):
            if index:
                code.append("T*")
            for face, run in line:
                if face != name:  # ``_face``: the next string names its subset
                    self._face(face)
                    font, face_lines, subset_now, name = self._font, self._face_lines, -1, face
                pieces = face_lines.get(run)
                if pieces is None:
                    pieces = self._pieces(run)
                for subset, shown in pieces:
                    if subset != subset_now:
                        code.append(f"{font.getSubsetInternalName(subset, doc)} {tf}")
                        subset_now = subset
                    code.append(shown)
        self._curSubset = subset_now
        self._face(style.fontname)

    def _face(self, face: str) -> None:
        """Switch the face at the current size and leading (the next string names its subset)."""
        if self._font.fontName != face:
            self._font = pdfmetrics.getFont(face)
            self._face_lines = self._lines.setdefault(face, {})
            self._face_first = self._first_lines.setdefault(face, {})
            self._fontname = face
            self._curSubset = -1

    def _pieces(self, line: str) -> list[tuple[int, str]]:
        """``line``'s strings in the current face, one per font subset, made once per document (this assigns
        the characters their codes in the document's font subsets, as reportlab does)."""
        made = self._face_lines
        pieces = made.get(line)
        if pieces is None:
            if len(made) >= LINE_CACHE_LIMIT:
                made.clear()
                self._face_first.clear()
            escape = self._canvas._escape
            doc = self._canvas._doc
            codes = self._codes.get(self._font.fontName)
            if codes is None:
                codes = self._codes[self._font.fontName] = _FirstSubset(self._font, doc)
            encoded = codes.encode(line)
            if encoded is not None:
                pieces = made[line] = [(0, f"({escape(encoded)}) Tj")]
            else:
                pieces = made[line] = [
                    (subset, f"({escape(chunk)}) Tj") for subset, chunk in self._font.splitString(line, doc)
                ]
                codes.learn(line)
            if len(pieces) == 1 and pieces[0][0] == 0:
                self._face_first[line] = pieces[0][1]
        return pieces

    def _show(self, line: str) -> None:
        font = self._font
        if not font._dynamicFont:  # a built-in Type 1 face (never used by the report): reportlab's way
            self._code.append(self._formatText(line))
            return
        for subset, shown in self._pieces(line):
            if subset != self._curSubset:
                self._code.append(f"{font.getSubsetInternalName(subset, self._canvas._doc)} {self._tf}")
                self._curSubset = subset
            self._code.append(shown)


class _FirstSubset:
    """A face's codes in a document's first font subset, as one translation table: a line whose characters all
    have their code there already (nearly every line, once the document's first pages are written) is encoded by
    ``str.translate`` instead of reportlab's ``splitString`` walking it character by character. Any other line —
    a character without a code yet, or in a later subset (most Chinese) — goes to ``splitString``, which gives
    its characters their codes (``learn`` then copies those of the first subset here)."""

    _NOT_HERE = "\uffff"  # no code in the first subset (yet): not a byte, so the line is not encoded here

    def __init__(self, font: Any, doc: Any) -> None:
        self.state = font._assignState(doc)  # the document's codes of this face, made as splitString makes them
        self.table: dict[int, str] = dict.fromkeys(range(256), self._NOT_HERE)
        self.learn("".join(map(chr, self.state.assignments)))

    def learn(self, text: str) -> None:
        """Copy the first-subset codes of ``text``'s characters (given by ``splitString``) into the table."""
        assignments, table = self.state.assignments, self.table
        for code in map(ord, text):
            n = assignments.get(code)
            if n is not None and n < 256:
                table[code] = chr(n)
        space = assignments.get(32)
        if space is not None and space < 256:  # splitString prints a no-break space as a space
            table[0xA0] = chr(space)

    def encode(self, line: str) -> bytes | None:
        """``line`` in the first subset's codes, as ``splitString`` gives it; None when it is not all there."""
        encoded = line.translate(self.table)
        if not encoded or max(encoded) > "\xff":
            return None
        return encoded.encode("latin-1")


_FILLS: dict[colors.Color, str] = {}  # fill colour → its operator ("0 0 0 rg")
# A cell's first line placed at (x, y) → its operator: rows land at the same heights on many pages.
_PLACES: dict[tuple[float, float], str] = {}
PLACE_CACHE_LIMIT = 50_000


def _first_baseline(style: CellStyle, y: float, height: float, count: int) -> float:
    """The baseline of the first of ``count`` lines in a cell at ``y`` ``height`` high, as the style aligns it."""
    if style.valign == "TOP":
        return y + height - style.topPadding - style.fontsize
    if style.valign == "MIDDLE":
        return y + (style.bottomPadding + height - style.topPadding + count * style.leading) / 2 - style.fontsize
    return y + style.bottomPadding + count * style.leading - style.fontsize


def chunks(
    doc: Any, header: Row, rows: list[Row], widths: Sequence[float], first: int = CHUNK_ROWS
) -> list[ChunkTable]:
    """``rows`` as chunk tables: the first (``first`` rows) with the header, the others with it only atop a page."""
    tables: list[ChunkTable] = []
    tags = TableTags()  # one table for a screen reader, whatever pages and chunks it spans
    start = 0
    while start < len(rows):
        size = first if start == 0 else CHUNK_ROWS
        tables.append(
            ChunkTable(
                doc, header, rows[start : start + size], widths, with_header=True if start == 0 else None, tags=tags
            )
        )
        start += size
    return tables


def numbered_canvas(decorate: Decorate, helper: Ahead[Any] | None = None) -> type[canvas.Canvas]:
    """A canvas class that draws ``decorate(canvas, page, pages)`` on every page once the total is known,
    as a footer artifact, and writes the structure tree the flowables recorded (``pdf_tags``).

    A page leaves memory when it is finished: its drawing goes deflated to a temporary file beside the output
    (``_FinishedPages``) and of its canvas state only what ``_startPage`` would not make again is kept. When the
    total is known each page gets its footer, and the file copies the drawings back as it is written. ``helper``:
    the child that makes the report's rows ahead (``pdf_ahead``), which deflates the drawings once its rows are made
    (its ``after`` is ``deflate_page``), else a thread here does."""

    class NumberedCanvas(canvas.Canvas):
        # Let go of by ``build_numbered``: a class lives until the collector runs, and so would what it holds (the
        # helper's jobs hold the report's data and row makers, which reference counting frees when the build ends).
        lent_helper = helper

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Otherwise every page names Helvetica, which is never embedded.
            if not kwargs.get("initialFontName"):
                kwargs["initialFontName"] = pdf_fonts.MAIN
            super().__init__(*args, **kwargs)
            self._finished = _FinishedPages(self._filename, self.lent_helper)
            self._marks: list[tuple[str, dict[str, Any]]] = []  # bookmarks of the page being drawn
            self.text_cache: dict[str, dict[str, list[tuple[int, str]]]] = {}  # see _CellText
            self.first_subset_cache: dict[str, dict[str, str]] = {}
            self.cell_cache: dict[tuple[str, float, float], dict[str, Any]] = {}
            self.subset_codes: dict[str, Any] = {}  # see _CellText._pieces
            self.tagger = Tagger()
            self._started: dict[str, Any] = {}  # the canvas state the page being drawn started from
            self._laying_out = True  # False once the footers are drawn (``save``)

        def _page_start(self) -> str:
            """What reportlab puts before a page's drawing in its content stream (``Canvas.showPage``)."""
            return "\n".join([*self._psCommandsBeforePage, self._preamble]) + "\n"

        def _state(self) -> dict[str, Any]:
            return {key: value for key, value in self.__dict__.items() if key not in _NOT_STATE}

        def _startPage(self) -> None:
            super()._startPage()
            if self._laying_out:
                self._started = self._state()

        def _changes(self) -> dict[str, Any] | None:
            """What the page changed in the canvas state ``_startPage`` gave it: the attributes now another object
            (``_ABSENT``: gone), and the page's own accumulators if it filled them. ``save`` draws each footer on
            the state ``_startPage`` makes after the page before with these changes, as the page left it; nearly
            every page changes nothing (its flowables restore what they change). None: nothing changed."""
            started = self._started
            changes: dict[str, Any] = {}
            kept = 0
            for key, value in self.__dict__.items():
                if key in _NOT_STATE:
                    continue
                before = started.get(key, _ABSENT)
                if before is not _ABSENT:
                    kept += 1
                if before is not value:
                    changes[key] = value
            if kept != len(started):
                changes.update((key, _ABSENT) for key in started if key not in self.__dict__)
            for key in _ACCUMULATORS:  # made anew, empty, for each page: filled in place by the page's drawing
                if key not in changes and getattr(self, key):
                    changes[key] = getattr(self, key)
            graphics = self._extgstate
            if "_extgstate" not in changes and (graphics._d or graphics._c):  # an alpha or a blend set in place
                changes["_extgstate"] = graphics
            return changes or None

        def bookmarkPage(self, key: str, **kwargs: Any) -> None:
            # The page is written only in save(): a bookmark made now would point at the first page.
            self._marks.append((key, kwargs))

        def showPage(self) -> None:
            # The footer ("page X of Y") waits for the total; the page's drawing does not wait in memory (a
            # 100,000-commitment report is 24,000 pages): deflated once, as the file holds it, into the temporary
            # file, with the footer's few bytes added to the stream when the total is known.
            state = self._state() if not len(self._finished) else self._changes()  # the first page: all of it
            self._finished.add(self._page_start(), "\n".join(self._code), self._pageCompression, state, self._marks)
            self._marks = []
            self.tagger.next_page()
            self._startPage()

        def save(self) -> None:
            finished = self._finished
            try:
                # Drawing is over: the cells' prepared text is not needed by the footers.
                self.text_cache.clear()
                self.first_subset_cache.clear()
                self.cell_cache.clear()
                finished.drain()
                finished.stop_deflating()
                self._laying_out = False
                total = len(finished)
                pages = []
                for index in range(total):
                    # The state is what ``_startPage`` made after the page before, as when the page was drawn, with
                    # what the page changed (the first page: its whole state).
                    for key, value in finished.state(index).items():
                        if value is _ABSENT:
                            self.__dict__.pop(key, None)
                        else:
                            self.__dict__[key] = value
                    start = self._page_start()
                    self._code = [FOOTER]
                    decorate(self, self._pageNumber, total)
                    self._code.append(END)
                    for key, kwargs in finished.marks(index):
                        canvas.Canvas.bookmarkPage(self, key, **kwargs)
                    super().showPage()  # the page with the footer alone; its drawing goes in front of the footer
                    page = _lean(self._doc.Pages.pages[-1])
                    finished.complete(index, page, start)
                    pages.append(page)
                self.tagger.write(self._doc, pages)
                pack_structure(self._doc)  # the structure tree in compressed object streams, written in this pass
                super().save()
            finally:
                finished.close()

        def close_pages(self) -> None:
            """Let go of the deflating thread and the temporary file, whether the document was saved or not (a
            build that stops midway, e.g. cancelled, never reaches ``save``)."""
            self._finished.close()

    return NumberedCanvas


def build_numbered(doc: Any, story: list[Flowable], decorate: Decorate, helper: Ahead[Any] | None = None) -> None:
    """``doc.build(story)`` on a ``numbered_canvas`` (``helper``: see there): however the build ends, no deflating
    thread and no temporary file of its pages outlive it."""
    maker = numbered_canvas(decorate, helper)
    try:
        doc.build(story, canvasmaker=maker)
    finally:
        maker.lent_helper = None
        close = getattr(getattr(doc, "canv", None), "close_pages", None)
        if close is not None:
            close()


# A numbered canvas's own attributes, kept by the canvas rather than per page.
_NOT_STATE = frozenset(
    {
        "_code",
        "_marks",
        "_finished",
        "text_cache",
        "first_subset_cache",
        "cell_cache",
        "subset_codes",
        "tagger",
        "_started",
        "_laying_out",
    }
)
_ABSENT = object()
# The canvas's per-page accumulators (``Canvas._restartAccumulators``): made anew, empty, for each page.
_ACCUMULATORS = (
    "_psCommandsBeforePage",
    "_psCommandsAfterPage",
    "_formsinuse",
    "_annotationrefs",
    "_formData",
    "_colorsUsed",
    "_shadingUsed",
    "state_stack",
)
DEFLATING_PAGES = 16  # pages waiting for the deflating thread, at most
_NO_CHANGES: dict[str, Any] = {}


class _FinishedPages:
    """The pages a numbered canvas has finished, waiting for their footers, in a few numbers each.

    A page's content stream is ``start`` (the canvas's preamble), its drawing, then the footer, which is known
    only when the document ends. The drawing is deflated at once, on a thread, and flushed to a byte boundary with
    the stream left open, then appended to a temporary file in the output's folder; the page keeps its place
    there and its Adler-32. The footer, deflated on its own when the total is known, follows it: together one zlib
    stream (its Adler-32 run on from the drawing's) holding byte for byte the text reportlab would compress,
    compressed once (``_SpooledStream`` copies the drawing from the file when the page is written). Of the canvas
    state, only a page that changed it keeps it (``state``); a document that is not compressed keeps its pages'
    text, as reportlab does.

    With a ``helper`` (``numbered_canvas``) the drawings are handed to it instead, as long as it takes them: the
    thread ran only when the layout let go of Python's lock, and the layout waited for it (a sixth of the report's
    time); the helper's process deflates them beside the layout, byte for byte as the thread does (``deflate_page``).
    """

    def __init__(self, filename: object, helper: Ahead[Any] | None = None) -> None:
        self._folder = os.path.dirname(os.path.abspath(filename)) if isinstance(filename, str) else None
        self._starts: list[str] = []
        self._states: dict[int, dict[str, Any]] = {}
        self._marks: dict[int, list[tuple[str, dict[str, Any]]]] = {}
        self._texts: dict[int, str] = {}  # pages not compressed: their text
        self._offsets, self._lengths, self._adlers = array("Q"), array("Q"), array("L")
        self._spool: Any = None  # the temporary file, made with the first compressed page
        self._deflater: ThreadPoolExecutor | None = None
        self._deflating: deque[tuple[int, Future[tuple[int, int, int]]]] = deque()  # given to it, not known done
        self._closed = False
        self._helper = helper  # while it takes the drawings
        self._helper_taken = helper  # what it took is read back from it
        self._handed: dict[int, int] = {}  # page → its drawing's number with the helper

    def __len__(self) -> int:
        return len(self._starts)

    def add(self, start: str, drawing: str, compress: object, state: dict[str, Any] | None, marks: list[Any]) -> None:
        if self._closed:
            raise ValueError("the document's pages were let go of")
        index = len(self._starts)
        if self._starts and self._starts[-1] == start:
            start = self._starts[-1]  # the same preamble on every page: kept once
        self._starts.append(start)
        if state is not None:
            self._states[index] = state
        if marks:
            self._marks[index] = marks
        text = start + drawing + "\n"
        if not compress:  # reportlab writes the text as it is
            self._texts[index] = text
            return
        if self._helper is not None:
            handed = self._helper.hand(text.encode("utf-8"))
            if handed is not None:
                self._handed[index] = handed
                return
            self._helper = None  # it takes no more: this page and every later one deflated here
        if self._spool is None:
            self._spool = open_spool(self._folder)
            self._deflater = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kelisim-pdf-deflate")
        assert self._deflater is not None
        self._deflating.append((index, self._deflater.submit(_spool_page, self._spool, text.encode("utf-8"))))
        # The thread runs only when the layout lets go of the GIL: left alone it fell thousands of pages behind,
        # each held as its whole text. Past a few pages, the layout waits for the oldest.
        while len(self._deflating) > DEFLATING_PAGES:
            self._spooled()

    def _spooled(self) -> None:
        """Wait for the oldest page given to the thread, and note where its drawing is in the file."""
        index, future = self._deflating.popleft()
        offset, length, adler = future.result()
        while len(self._offsets) < index:  # pages not compressed have no place in the file
            self._offsets.append(0)
            self._lengths.append(0)
            self._adlers.append(0)
        self._offsets.append(offset)
        self._lengths.append(length)
        self._adlers.append(adler)

    def drain(self) -> None:
        """Every drawing in the file, the file ready to be read back; the helper told there are no more."""
        if self._helper is not None:
            self._helper.stop_handing()
        while self._deflating:
            self._spooled()
        if self._spool is not None:
            self._spool.flush()

    def stop_deflating(self) -> None:
        if self._deflater is not None:
            self._deflater.shutdown(wait=True, cancel_futures=True)
            self._deflater = None

    def state(self, index: int) -> dict[str, Any]:
        """What page ``index`` changed in the canvas state (``NumberedCanvas._changes``)."""
        return self._states.pop(index, _NO_CHANGES)

    def marks(self, index: int) -> list[tuple[str, dict[str, Any]]]:
        return self._marks.pop(index, [])

    def complete(self, index: int, page: Any, start: str) -> None:
        """Put the drawing in front of the footer in ``page``, the page reportlab made with the footer alone
        (``start``: the preamble the canvas puts in front of it now)."""
        if start != self._starts[index]:
            raise ValueError("the page's preamble changed between its drawing and its footer")
        stream: str = page.stream
        if not stream.startswith(start):
            raise ValueError("the page's preamble changed between its drawing and its footer")
        tail = stream[len(start) :]
        text = self._texts.pop(index, None)
        if text is not None:
            page.stream = text + tail
            return
        data = tail.encode("utf-8")
        deflate = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -zlib.MAX_WBITS)
        footer = deflate.compress(data) + deflate.flush()
        handed = self._handed.get(index)
        if handed is None:
            footer += struct.pack(">I", zlib.adler32(data, self._adlers[index]))
            page.Contents = _SpooledStream(self, self._offsets[index], self._lengths[index], footer)
        else:  # the drawing's Adler-32 comes with it from the helper: the footer's is run on from it when written
            page.Contents = _SpooledStream(self, handed, -1, footer, (zlib.adler32(data), len(data)))
        page.stream = None

    def handed(self, number: int) -> tuple[bytes, int]:
        """A drawing deflated by the helper (its number with it): the deflated bytes and their Adler-32."""
        assert self._helper_taken is not None
        made = self._helper_taken.take(number)
        return made[: -_ADLER.size], _ADLER.unpack_from(made, len(made) - _ADLER.size)[0]

    def read(self, offset: int, length: int) -> bytes:
        """A page's deflated drawing, from the temporary file."""
        spool = self._spool
        spool.seek(offset)
        data: bytes = spool.read(length)
        if len(data) != length:
            raise OSError(errno.EIO, "a page's drawing is missing from the temporary file")
        return data

    def close(self) -> None:
        """Stop the thread (what it has not started is dropped) and close the temporary file, which removes it."""
        self._closed = True
        self._deflating.clear()
        try:
            self.stop_deflating()
        finally:
            spool, self._spool = self._spool, None
            if spool is not None:
                spool.close()


def _spool_page(spool: Any, text: bytes) -> tuple[int, int, int]:
    """On the deflating thread: ``text`` deflated and appended to ``spool``; (its offset, its length, its Adler-32)."""
    compressed, adler = _deflate_open(text)
    offset = spool.tell()
    spool.write(compressed)
    return offset, len(compressed), adler


def _deflate_open(data: bytes) -> tuple[bytes, int]:
    """``data`` deflated (raw, reportlab's level) up to a byte boundary, the stream left open; its Adler-32."""
    deflate = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -zlib.MAX_WBITS)
    return deflate.compress(data) + deflate.flush(zlib.Z_SYNC_FLUSH), zlib.adler32(data)


_ADLER = struct.Struct(">I")


def deflate_page(text: bytes) -> bytes:
    """A page's drawing as the helper makes it (``_FinishedPages``): ``_deflate_open``, its Adler-32 after it."""
    compressed, adler = _deflate_open(text)
    return compressed + _ADLER.pack(adler)


def adler32_combine(first: int, second: int, second_length: int) -> int:
    """The Adler-32 of two pieces of data one after the other, from each one's and the second's length (zlib's
    ``adler32_combine``): a footer's checksum run on from a drawing's that is known only when it is written."""
    base = 65521
    remainder = second_length % base
    low = first & 0xFFFF
    high = (remainder * low) % base
    low += (second & 0xFFFF) + base - 1
    high += ((first >> 16) & 0xFFFF) + ((second >> 16) & 0xFFFF) + base - remainder
    low %= base
    high %= base
    return low | (high << 16)


class _Page(pdfdoc.PDFPage):
    """A page dictionary waiting to be written, kept small: the attributes reportlab sets to None are left to the
    class, and what formatting makes (the resources, the media box) is let go of once the page is written —
    thousands of pages wait at once, and each held ~6 KB of objects until the whole file was written."""

    def format(self, document: Any) -> bytes:
        shape = self._shape()
        pages: dict[tuple[Any, ...], _PageTemplate | None] = document.__dict__.setdefault("kelisim_page_shapes", {})
        template = pages.get(shape) if shape is not None else None
        if template is not None and template.checked:
            return template.fill(self, document)
        try:
            formatted: bytes = super().format(document)
        finally:
            for name in _MADE_BY_FORMAT:  # check_format makes them again, should the page be written again
                self.__dict__.pop(name, None)
        if shape is None:
            return formatted
        if shape not in pages:  # the first page of its shape: what the others' will be
            pages[shape] = _PageTemplate.of(formatted, self, document)
        elif template is not None:  # the second: filled in, it must be what reportlab wrote, or never used
            template.checked = template.fill(self, document) == formatted
            if not template.checked:
                pages[shape] = None
        return formatted

    def _shape(self) -> tuple[Any, ...] | None:
        """What a page's dictionary depends on besides its content stream's number and its place in the structure
        tree's parent tree, when it is a page as the report makes them (a content stream, no annotations, images,
        transparency, shadings, colour spaces or transition); None for any other page."""
        attributes = self.__dict__
        if (
            not _PLAIN_PAGE_KEYS.issuperset(attributes)
            or attributes.get("Annots")
            or attributes.get("_colorsUsed")
            or attributes.get("_shadingUsed")
            or attributes.get("Trans", _NO_TRANSITION) is not _NO_TRANSITION
            or type(attributes.get("Contents")) is not _SpooledStream
            or type(attributes.get("StructParents")) is not int
        ):
            return None
        return (
            self.pagewidth,
            self.pageheight,
            self.Rotate,
            self.hasImages,
            str(attributes.get("Tabs")),
            tuple(attributes.get("__NoDefault__", ())),
        )


class _PageTemplate:
    """A page dictionary as reportlab formats it, with its two numbers left out: its content stream's object number
    and its key in the parent tree (``/StructParents``). Made from the first page of a shape; used once the second
    page, filled in, came out byte for byte as reportlab wrote it (reportlab's general dictionary writer made each of
    thousands of pages the same way)."""

    _PARTS = re.compile(rb"(<<\n/Contents )(\d+ 0 R)( .*/StructParents )(\d+)( .*)", re.S)

    def __init__(self, head: bytes, middle: bytes, tail: bytes) -> None:
        self.head, self.middle, self.tail = head, middle, tail
        self.checked = False

    @classmethod
    def of(cls, formatted: bytes, page: _Page, document: Any) -> _PageTemplate | None:
        found = cls._PARTS.fullmatch(formatted)
        if found is None or found[4] != b"%d" % page.StructParents or found[2] != _reference(document, page.Contents):
            return None
        return cls(found[1], found[3], found[5])

    def fill(self, page: _Page, document: Any) -> bytes:
        return b"".join(
            (self.head, _reference(document, page.Contents), self.middle, b"%d" % page.StructParents, self.tail)
        )


def _reference(document: Any, obj: Any) -> bytes:
    """``obj``'s "N 0 R", numbering it when it is not numbered yet (as formatting a page numbers its contents)."""
    formatted: bytes = document.Reference(obj).format(document)
    return formatted


for _name in (*pdfdoc.PDFPage.__NoDefault__, "ExtGState"):
    if not hasattr(_Page, _name):
        setattr(_Page, _name, None)
_MADE_BY_FORMAT = ("MediaBox", "Resources", "Parent")
# What a report's page holds when it is written (``_lean`` left the rest to the class).
_PLAIN_PAGE_KEYS = frozenset(
    {
        "Rotate",
        "Annots",
        "Trans",
        "pagewidth",
        "pageheight",
        "hasImages",
        "compression",
        "stream",
        "_colorsUsed",
        "_shadingUsed",
        "__InternalName__",
        "Contents",
        "__NoDefault__",
        "StructParents",
        "Tabs",
    }
)
_NO_TRANSITION = pdfdoc.PDFDictionary()  # what a page without a transition effect has: one for all of them


def _lean(page: Any) -> Any:
    """``page`` (a ``pdfdoc.PDFPage`` reportlab just made) as a ``_Page``, without its attributes that are None and
    with the empty transition shared."""
    if type(page) is not pdfdoc.PDFPage:
        return page
    page.__class__ = _Page
    attributes = {
        key: value
        for key, value in page.__dict__.items()
        if value is not None or getattr(_Page, key, _ABSENT) is not None  # None: the class says so
    }
    transition = attributes.get("Trans")
    if isinstance(transition, pdfdoc.PDFDictionary) and type(transition) is pdfdoc.PDFDictionary:
        if not transition.dict:
            attributes["Trans"] = _NO_TRANSITION
    page.__dict__ = attributes  # a new, smaller dictionary (one with keys deleted keeps its size)
    return page


class _SpooledStream(pdfdoc.PDFStream):
    """A page's content stream: the zlib header, its drawing deflated (read from the temporary file only when the
    page is written), the footer's deflated bytes and the Adler-32. Written as reportlab writes such a stream (its
    dictionary formatted here, not through reportlab's general dictionary writer on each of thousands of pages)."""

    def __init__(
        self, pages: _FinishedPages, offset: int, length: int, footer: bytes, tail: tuple[int, int] | None = None
    ) -> None:
        super().__init__(_DEFLATED, b"")  # the dictionary is written by ``format``: one for all pages
        self.pages, self.offset, self.length, self.footer = pages, offset, length, footer
        self.tail = tail  # a drawing the helper deflated (``offset``: its number there): the footer's Adler-32, length

    def format(self, document: Any) -> bytes:
        if self.tail is None:
            drawing, footer = self.pages.read(self.offset, self.length), self.footer
        else:
            drawing, adler = self.pages.handed(self.offset)
            footer = self.footer + _ADLER.pack(adler32_combine(adler, *self.tail))
        content = document.encrypt.encode(b"".join((_ZLIB_HEADER, drawing, footer)))
        return b"<<\n/Filter [ /FlateDecode ] /Length %d\n>>\nstream\n%sendstream\n" % (len(content), content)


_DEFLATED = pdfdoc.PDFDictionary({"Filter": pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])})
_ZLIB_HEADER = b"\x78\x9c"  # deflate, 32 KB window, default level: what zlib.compress writes
