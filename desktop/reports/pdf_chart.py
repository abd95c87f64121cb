"""The chart of commitments by status for the PDF (reportlab.graphics, vector, same colours as the window)."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from desktop.domain import palette
from desktop.domain.messages import Message
from desktop.reports import pdf_fonts
from desktop.services.reporting.dataset import STATUS_ORDER, ReportDataset, label


def status_chart(data: ReportDataset, width: float, height: float) -> Drawing:
    pdf_fonts.register()
    drawing = Drawing(width, height)
    drawing.initialFontName = pdf_fonts.MAIN  # else the renderer selects Helvetica, which is never embedded
    drawing.add(
        String(
            8,
            height - 10,
            data.t(Message("Commitments by status")),
            fontName=pdf_fonts.BOLD,
            fontSize=9,
            fillColor=colors.HexColor(palette.HEADER_FILL),
        )
    )
    counts = [data.by_status.get(s, 0) for s in STATUS_ORDER]
    chart = HorizontalBarChart()
    chart.x, chart.y = 62, 14
    chart.width, chart.height = width - 62 - 24, height - 32
    # The first status at the top, in the table's order.
    chart.data = [list(reversed(counts))]
    chart.categoryAxis.categoryNames = [label(s, data.language) for s in reversed(STATUS_ORDER)]
    chart.categoryAxis.labels.fontName = pdf_fonts.MAIN
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeColor = colors.HexColor("#90A4AE")
    top = max(counts) if any(counts) else 1
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top * 1.15 if top > 4 else 5
    chart.valueAxis.labels.fontName = pdf_fonts.MAIN
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = colors.HexColor("#90A4AE")
    chart.valueAxis.labelTextFormat = lambda value: data.number(value)
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#ECEFF1")
    chart.bars.strokeColor = colors.HexColor("#607D8B")
    chart.bars.strokeWidth = 0.4
    chart.barLabelFormat = lambda value: data.number(value)
    chart.barLabels.fontName = pdf_fonts.MAIN
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    for index, status in enumerate(reversed(STATUS_ORDER)):
        chart.bars[(0, index)].fillColor = colors.HexColor(palette.status_colour(status))
    drawing.add(chart)
    # What a screen reader says for the chart (a Figure in the tagged PDF): its title and its figures. A drawing
    # accepts only its own attributes through setattr.
    drawing.__dict__["alt"] = data.t(
        Message(
            "{0}: {1}",
            Message("Commitments by status"),
            ", ".join(f"{label(s, data.language)} {data.number(c)}" for s, c in zip(STATUS_ORDER, counts, strict=True)),
        )
    )
    return drawing
