"""Commitments by status as a donut with a labelled legend, painted with QPainter.

No QtCharts: it is not in PySide6-Essentials and is deprecated. ``paint_chart`` draws into any
QPainter, so the same picture can go into a printout.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.ui import labels
from desktop.ui.style import MUTED_COLOUR, STATUS_COLOURS, STATUS_ORDER


class StatusChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: dict[str, int] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(360, 200)

    def set_counts(self, counts: dict[str, int]) -> None:
        self._counts = dict(counts)
        self.setToolTip("\n".join(f"{labels.commitment_status(s)}: {n}" for s, n in self.items()))
        self.update()

    def items(self) -> list[tuple[str, int]]:
        """(status, count) in the life order of a commitment, then any unknown status."""
        known = [(s, self._counts.get(s, 0)) for s in STATUS_ORDER]
        extra = [(s, n) for s, n in self._counts.items() if s not in STATUS_ORDER]
        return known + extra

    def sizeHint(self) -> QSize:
        return QSize(460, 220)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            paint_chart(
                painter,
                QRectF(self.rect()),
                self.items(),
                self.font(),
                self.tr("commitments"),
                self.tr("No commitments yet"),
            )
        finally:
            painter.end()


def paint_chart(
    painter: QPainter, area: QRectF, items: list[tuple[str, int]], font: QFont, total_caption: str, empty_text: str
) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    total = sum(n for _, n in items)
    side = min(area.height() - 16, area.width() * 0.45)
    ring = QRectF(area.left() + 8, area.top() + (area.height() - side) / 2, side, side)
    thickness = max(side * 0.2, 10.0)
    inner = ring.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2)
    if total == 0:
        painter.setPen(QPen(QColor("#cfd8dc"), thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.drawArc(inner, 0, 360 * 16)
    else:
        start = 90 * 16  # twelve o'clock, going clockwise
        for status, count in items:
            if not count:
                continue
            span = -round(count / total * 360 * 16)
            pen = QPen(
                QColor(STATUS_COLOURS.get(status, MUTED_COLOUR)),
                thickness,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.FlatCap,
            )
            painter.setPen(pen)
            painter.drawArc(inner, start, span)
            start += span
    # The total in the hole of the donut.
    big = QFont(font)
    big.setPointSizeF(max(font.pointSizeF() * 1.8, 12))
    big.setBold(True)
    painter.setPen(QColor("#263238"))
    painter.setFont(big)
    hole = inner.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2)
    number_height = painter.fontMetrics().height()
    painter.drawText(hole.adjusted(0, 0, 0, -number_height * 0.45), Qt.AlignmentFlag.AlignCenter, str(total))
    painter.setFont(font)
    painter.setPen(QColor(MUTED_COLOUR))
    caption_top = hole.center().y() + number_height * 0.35
    painter.drawText(
        QRectF(hole.left(), caption_top, hole.width(), painter.fontMetrics().height()),
        Qt.AlignmentFlag.AlignCenter,
        total_caption if total else empty_text,
    )
    # Legend: a swatch, the status, the count and its share.
    left = ring.right() + 24
    line = max(painter.fontMetrics().height() + 10, 22)
    top = area.top() + (area.height() - line * len(items)) / 2
    for i, (status, count) in enumerate(items):
        y = top + i * line
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(STATUS_COLOURS.get(status, MUTED_COLOUR)))
        painter.drawRoundedRect(QRectF(left, y + (line - 14) / 2, 14, 14), 3, 3)
        painter.setPen(QColor("#263238"))
        text_rect = QRectF(left + 22, y, area.right() - left - 22, line)
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, labels.commitment_status(status)
        )
        share = f"{count}  ({count * 100 / total:.0f} %)" if total else "0"
        painter.drawText(
            text_rect.adjusted(0, 0, -8, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, share
        )
