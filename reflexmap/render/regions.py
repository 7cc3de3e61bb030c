"""Regions and their numbers, drawn alike on the map and on the printed chart."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from ..core.model import Region


def region_path(region: Region) -> QPainterPath:
    """The region's exact shape, holes and all (even-odd), in drawing coordinates."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for outline in region.outlines:
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in outline]))
        path.closeSubpath()
    return path


def paint_number_mark(painter: QPainter, box: QRectF, text: str, fill: QColor) -> None:
    """A zone number centred in a circle, in the painter's current font."""
    painter.save()
    painter.setPen(QPen(QColor("#333333"), max(box.width() / 20, 1.0)))
    painter.setBrush(fill)
    painter.drawEllipse(box)
    painter.setPen(QColor("black") if fill.lightness() > 110 else QColor("white"))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()
