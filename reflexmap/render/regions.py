"""Regions and their numbers, drawn alike on the map and on the printed chart."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)

from ..app.names import FOOT_LABELS
from ..core.model import Chart, Region, Side, View

LABEL_COLOUR = QColor("#5a4034")
"""The drawings' own brown, for the labels under the feet."""
BADGE_SHARE = 0.8
"""A number's circle is at most this share of its region's narrower side on screen: larger,
it would hide the zone it names."""
MIN_BADGE_SCALE = 0.65
"""Shrunk further than this, a number is too small to read, and is left out."""
BADGE_GAP = 1.0
"""Pixels kept between two numbers' circles."""


@dataclass(frozen=True)
class Badge:
    """A zone number as placed on screen."""

    region: Region
    text: str
    centre: QPointF
    radius: float
    scale: float
    """Of the full-size number: below 1 where the region is small on screen."""

    @property
    def box(self) -> QRectF:
        r = self.radius
        return QRectF(self.centre.x() - r, self.centre.y() - r, 2 * r, 2 * r)


def place_badges(
    regions: Sequence[Region],
    number: Callable[[str], int],
    to_device: QTransform,
    full_radius: Callable[[str], float],
) -> list[Badge]:
    """Each region's number at its label point, shrunk to fit inside the region as shown (or
    left out if it would be too small to read), and never on another number: smaller regions
    are placed first, as they are the hardest to tell apart, then in the order given."""
    order = sorted(range(len(regions)), key=lambda i: regions[i].area)
    placed: list[Badge] = []
    cell = max((full_radius(str(number(r.zone_id))) for r in regions), default=1.0) * 2 + BADGE_GAP
    grid: dict[tuple[int, int], list[Badge]] = {}
    for index in order:
        region = regions[index]
        text = str(number(region.zone_id))
        full = full_radius(text)
        left, top, right, bottom = region.bounds
        shown = to_device.mapRect(QRectF(left, top, right - left, bottom - top))
        radius = min(full, BADGE_SHARE * min(shown.width(), shown.height()) / 2)
        if radius < MIN_BADGE_SCALE * full:
            continue
        centre = to_device.map(QPointF(*region.anchor))
        gx, gy = math.floor(centre.x() / cell), math.floor(centre.y() / cell)
        near = (
            b for dx in (-1, 0, 1) for dy in (-1, 0, 1) for b in grid.get((gx + dx, gy + dy), ())
        )
        if any(
            math.hypot(b.centre.x() - centre.x(), b.centre.y() - centre.y())
            < b.radius + radius + BADGE_GAP
            for b in near
        ):
            continue
        badge = Badge(region, text, centre, radius, radius / full)
        placed.append(badge)
        grid.setdefault((gx, gy), []).append(badge)
    return placed


def paint_badges(painter: QPainter, badges: Iterable[Badge], font: QFont, fill: QColor) -> None:
    """The numbers, each in ``font`` at its own scale."""
    painter.save()
    scaled = QFont(font)
    for badge in badges:
        if badge.scale < 1:
            scaled.setPointSizeF(font.pointSizeF() * badge.scale)
            painter.setFont(scaled)
        else:
            painter.setFont(font)
        paint_number_mark(painter, badge.box, badge.text, fill)
    painter.restore()


def region_path(region: Region) -> QPainterPath:
    """The region's exact shape, filled by its own rule (SVG's nonzero unless the drawing says
    evenodd), in drawing coordinates: what is lit is what a click hits."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill if region.evenodd else Qt.FillRule.WindingFill)
    # Point by point: a QPointF per point for a QPolygonF took three times as long.
    for outline in region.outlines:
        path.moveTo(*outline[0])
        for x, y in outline[1:]:
            path.lineTo(x, y)
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


MIN_LABEL_SCALE = 0.6
"""The feet's captions shrink to this share of the font's size before they are elided."""


@dataclass(frozen=True)
class FootLabel:
    """The caption under a foot: its text as it fits, its font and its box on the device."""

    text: str
    font: QFont
    box: QRectF


def foot_labels(
    font: QFont, chart: Chart, view: View, sides: Iterable[Side], to_device: QTransform
) -> list[FootLabel]:
    """Under each foot shown, which foot it is and the side it is seen from, centred at the
    foot's bottom and no wider than the foot: on a small map all captions shrink alike, and
    are elided only below MIN_LABEL_SCALE. ``to_device`` maps the drawing's coordinates to
    the device's."""
    drawing = chart.drawing(view)
    metrics = QFontMetricsF(font)
    placed = []
    for side in sides:
        left, _, right, bottom = chart.foot_box(side, view)
        text = QCoreApplication.translate("Views", FOOT_LABELS[side, view])
        room = to_device.map(QPointF(right, 0)).x() - to_device.map(QPointF(left, 0)).x()
        centre = to_device.map(QPointF((left + right) / 2, bottom - 0.02 * drawing.height))
        placed.append((text, room, centre))
    scale = min([room / metrics.horizontalAdvance(text) for text, room, _ in placed] + [1.0])
    fitted = QFont(font)
    if scale < 1:  # a little under: text does not narrow exactly with its size
        scale = max(MIN_LABEL_SCALE, 0.95 * scale)
        if font.pointSizeF() > 0:
            fitted.setPointSizeF(font.pointSizeF() * scale)
        else:
            fitted.setPixelSize(max(1, round(font.pixelSize() * scale)))
    metrics = QFontMetricsF(fitted)
    height = metrics.ascent() + metrics.descent()
    labels = []
    for text, room, centre in placed:
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        width = metrics.horizontalAdvance(shown)
        box = QRectF(centre.x() - width / 2, centre.y() - height, width, height)
        labels.append(FootLabel(shown, fitted, box))
    return labels


def paint_foot_labels(painter: QPainter, labels: Iterable[FootLabel]) -> None:
    painter.save()
    painter.setPen(LABEL_COLOUR)
    for label in labels:
        painter.setFont(label.font)
        painter.drawText(label.box, Qt.AlignmentFlag.AlignCenter, label.text)
    painter.restore()
