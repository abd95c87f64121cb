"""Page furniture and table machinery for the PDF report.

* ``NumberedCanvas`` keeps each page's drawing until the end so the footer can say "page X of Y".
* ``ChunkTable`` holds up to ~100 rows of one long table. One big table costs quadratic time
  when reportlab splits it page after page; chunks keep it linear. A chunk prints the column
  header when it starts a section or a page, and not in the middle of a page, so a
  5,000-row section reads as one table with its header repeated on every page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Table, TableStyle

from desktop.domain import palette
from desktop.reports import pdf_fonts

CHUNK_ROWS = 100
Decorate = Callable[[canvas.Canvas, int, int], None]


def colour(hex_colour: str) -> colors.Color:
    return colors.HexColor(hex_colour)


def styles() -> dict[str, ParagraphStyle]:
    pdf_fonts.register()
    base = ParagraphStyle("body", fontName=pdf_fonts.MAIN, fontSize=9, leading=11.5, alignment=TA_LEFT)
    navy = colour(palette.HEADER_FILL)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#37474F")),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
        "header": ParagraphStyle("header", parent=base, fontName=pdf_fonts.BOLD, fontSize=8, leading=10,
                                 textColor=colors.white),
        "kicker": ParagraphStyle("kicker", parent=base, fontName=pdf_fonts.BOLD, fontSize=8.5, leading=11,
                                 textColor=colors.HexColor("#607D8B")),
        "title": ParagraphStyle("title", parent=base, fontName=pdf_fonts.BOLD, fontSize=18, leading=23,
                                textColor=navy, spaceBefore=4, spaceAfter=8),
        "h1": ParagraphStyle("h1", parent=base, fontName=pdf_fonts.BOLD, fontSize=13, leading=17, textColor=navy,
                             spaceBefore=12, spaceAfter=5),
        "h2": ParagraphStyle("h2", parent=base, fontName=pdf_fonts.BOLD, fontSize=11, leading=14, textColor=navy,
                             spaceBefore=10, spaceAfter=3),
    }


def table_style(header: bool, extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), pdf_fonts.MAIN),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("LEADING", (0, 0), (-1, -1), 10),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#B0BEC5")),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), colour(palette.HEADER_FILL)),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("FONTNAME", (0, 0), (-1, 0), pdf_fonts.BOLD),
            ("FONTSIZE", (0, 0), (-1, 0), 7.5),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ]
    return TableStyle(commands + list(extra))


class ChunkTable(Flowable):
    """Rows of one long table; prints the header row only where a reader needs it."""

    def __init__(self, doc: Any, header: list[Any], rows: list[list[Any]], widths: Sequence[float],
                 row_styles: Callable[[int, int], list[tuple[Any, ...]]], *, force_header: bool, count: int) -> None:
        super().__init__()
        self.doc = doc
        self.header = header
        self.rows = rows
        self.widths = list(widths)
        self.row_styles = row_styles  # (first row index in table, data row offset) → style commands
        self.force_header = force_header
        self.count = count  # commitments in this chunk, for progress
        self._table: Table | None = None
        self._with_header = True

    def _choose(self) -> Table:
        frame = getattr(self.doc, "frame", None)
        with_header = self.force_header or frame is None or bool(getattr(frame, "_atTop", 1))
        if self._table is None or with_header != self._with_header:
            self._with_header = with_header
            data = ([self.header] if with_header else []) + self.rows
            first = 1 if with_header else 0
            self._table = Table(data, colWidths=self.widths, repeatRows=first,
                                style=table_style(with_header, self.row_styles(first, 0)))
        return self._table

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width, height = self._choose().wrap(avail_width, avail_height)
        self.width, self.height = width, height
        return width, height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        table = self._choose()
        if self._with_header:
            return table.split(avail_width, avail_height)  # reportlab repeats the header itself
        parts = table.split(avail_width, avail_height)
        if not parts:
            return []
        shown = len(parts[0]._cellvalues)
        rest = ChunkTable(self.doc, self.header, self.rows[shown:], self.widths, _shifted(self.row_styles, shown),
                          force_header=True, count=0)
        return [parts[0], rest]

    def drawOn(self, canv: canvas.Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803  reportlab's name
        self._choose().drawOn(canv, x, y, _sW)


def _shifted(row_styles: Callable[[int, int], list[tuple[Any, ...]]], by: int
             ) -> Callable[[int, int], list[tuple[Any, ...]]]:
    return lambda first, offset: row_styles(first, offset + by)


def numbered_canvas(decorate: Decorate) -> type[canvas.Canvas]:
    """A canvas class that draws ``decorate(canvas, page, pages)`` on every page once the total is known."""

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Otherwise every page names Helvetica, which is never embedded.
            if not kwargs.get("initialFontName"):
                kwargs["initialFontName"] = pdf_fonts.MAIN
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                decorate(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas
