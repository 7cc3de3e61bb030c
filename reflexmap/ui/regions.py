"""Regions as Qt paths, for the map and the printed chart alike."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPath, QPolygonF

from ..core.model import Region


def region_path(region: Region) -> QPainterPath:
    """The region's exact shape, holes and all (even-odd), in drawing coordinates."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for outline in region.outlines:
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in outline]))
        path.closeSubpath()
    return path
