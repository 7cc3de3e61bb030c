"""Regions and their numbers, drawn alike on the map and on the printed chart."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)

from ..app.names import FOOT_LABELS
from ..core.model import Chart, Region, Side, View

LABEL_COLOUR = QColor("#5a4034")
"""The drawings' own brown, for the labels under the feet."""


def region_path(region: Region) -> QPainterPath:
    """The region's exact shape, filled by its own rule (SVG's nonzero unless the drawing says
    evenodd), in drawing coordinates: what is lit is what a click hits."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill if region.evenodd else Qt.FillRule.WindingFill)
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


def paint_foot_labels(
    painter: QPainter, chart: Chart, view: View, sides: Iterable[Side], to_device: QTransform
) -> None:
    """Under each foot shown, which foot it is and the side it is seen from, centred at the
    foot's bottom; ``to_device`` maps the drawing's coordinates to the painter's."""
    drawing = chart.drawing(view)
    metrics = QFontMetricsF(painter.font())
    painter.save()
    painter.setPen(LABEL_COLOUR)
    for side in sides:
        left, _, right, bottom = chart.foot_box(side, view)
        text = QCoreApplication.translate("Views", FOOT_LABELS[side, view])
        centre = to_device.map(QPointF((left + right) / 2, bottom - 0.02 * drawing.height))
        width = metrics.horizontalAdvance(text)
        painter.drawText(QPointF(centre.x() - width / 2, centre.y() - metrics.descent()), text)
    painter.restore()
