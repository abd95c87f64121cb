"""Pieces every page uses: status swatches, the progress-bar cell."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.ui.style import ACCENT_COLOUR, AGREEMENT_STATUS_COLOURS, MUTED_COLOUR, STATUS_COLOURS

log = logging.getLogger(__name__)


@cache
def swatch(colour: str) -> QIcon:
    """A round coloured dot shown beside a status name (the name is always shown too)."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


def status_icon(status: str) -> QIcon:
    return swatch(STATUS_COLOURS.get(status, MUTED_COLOUR))


def agreement_status_icon(status: str) -> QIcon:
    return swatch(AGREEMENT_STATUS_COLOURS.get(status, MUTED_COLOUR))


class ProgressDelegate(QStyledItemDelegate):
    """Draws a percentage (0–100, the cell's display text) as a thin bar with the number."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        try:
            value = float(text.rstrip(" %").replace(",", "."))
        except ValueError:
            super().paint(painter, option, index)
            return
        # Background and selection as the style paints them, then our bar over it.
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = option.rect.adjusted(6, 0, -6, 0)
        bar_height = 6
        bar = QRect(rect.left(), rect.center().y() - bar_height // 2, max(rect.width() - 48, 8), bar_height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e0e6ea"))
        painter.drawRoundedRect(bar, 3, 3)
        filled = QRect(bar.left(), bar.top(), round(bar.width() * max(0.0, min(value, 100.0)) / 100), bar_height)
        painter.setBrush(QColor(STATUS_COLOURS["completed"] if value >= 100 else ACCENT_COLOUR))
        if filled.width() > 0:
            painter.drawRoundedRect(filled, 3, 3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(option.palette.highlightedText().color() if selected else option.palette.text().color())
        painter.drawText(
            QRect(bar.right() + 4, rect.top(), rect.right() - bar.right() - 4, rect.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
        painter.restore()
