"""The map clicks exactly what Qt draws: each region rendered by QSvgRenderer, pixel by pixel,
against Region.contains at the pixel's centre."""

import math

import pytest
from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from reflexmap.core.foot_map import load_foot_map
from reflexmap.core.geometry import edges
from reflexmap.core.model import Region

SCALE = 2
"""Pixels per drawing unit."""
RING = "M10,10 h60 v60 h-60 Z M25,25 h30 v30 h-30 Z"
"""Two squares drawn the same way round: nonzero fills the inner one, even-odd leaves a hole."""
RING_BACK = "M10,10 h60 v60 h-60 Z M25,25 v30 h30 v-30 Z"


def svg(shape: str, attributes: str = 'width="80" height="80"') -> bytes:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" {attributes}>'
        f'<g transform="translate(0,0)" fill="black" stroke="none">{shape}</g></svg>'
    ).encode()


DRAWINGS = {
    "compound path, nonzero": svg(f'<path id="left-a" class="region" d="{RING}"/>'),
    "compound path, even-odd": svg(
        f'<path id="left-a" class="region" fill-rule="evenodd" d="{RING}"/>'
    ),
    "even-odd from a group": svg(
        f'<g style="fill-rule:evenodd"><path id="left-a" class="region" d="{RING}"/></g>'
    ),
    "hole wound back": svg(f'<path id="left-a" class="region" d="{RING_BACK}"/>'),
    "self-crossing star": svg(
        '<path id="left-a" class="region" d="M40,5 L60,75 L5,30 L75,30 L20,75 Z"/>'
    ),
    "viewBox scaled": svg(
        '<circle id="left-a" class="region" cx="100" cy="80" r="60"/>',
        'width="80" height="80" viewBox="0 0 200 200"',
    ),
    "viewBox offset": svg(
        '<ellipse id="left-a" class="region" cx="70" cy="45" rx="30" ry="15"/>',
        'width="80" height="40" viewBox="20 20 100 50"',
    ),
    "transforms and arcs": svg(
        '<g transform="rotate(20 40 40) scale(0.9)">'
        '<path id="left-a" class="region" d="M20,40 a20,15 0 1 1 40,0 q0,30 -20,30 Z"/></g>'
    ),
}


def distance_to_outline(region: Region, x: float, y: float) -> float:
    def to_edge(a: tuple[float, float], b: tuple[float, float]) -> float:
        (x1, y1), (x2, y2) = a, b
        length = (x2 - x1) ** 2 + (y2 - y1) ** 2
        t = 0.0 if length == 0 else ((x - x1) * (x2 - x1) + (y - y1) * (y2 - y1)) / length
        t = min(1.0, max(0.0, t))
        return math.dist((x, y), (x1 + t * (x2 - x1), y1 + t * (y2 - y1)))

    return min(to_edge(a, b) for outline in region.outlines for a, b in edges(outline))


@pytest.mark.parametrize("name", sorted(DRAWINGS))
def test_the_hit_test_matches_the_rendered_pixels(name: str, qapp: QApplication) -> None:
    data = DRAWINGS[name]
    foot_map = load_foot_map(data, "m.svg")
    (region,) = foot_map.regions
    width, height = round(foot_map.width * SCALE), round(foot_map.height * SCALE)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    # As the window draws it: the whole drawing into the rectangle the loader measured.
    QSvgRenderer(QByteArray(data)).render(painter, QRectF(0, 0, width, height))
    painter.end()
    wrong = []
    for row in range(height):
        for column in range(width):
            x, y = (column + 0.5) / SCALE, (row + 0.5) / SCALE
            drawn = image.pixelColor(column, row).lightness() < 128
            if drawn != region.contains(x, y) and distance_to_outline(region, x, y) > 1.5:
                wrong.append((x, y, drawn))
    assert wrong == [], f"{len(wrong)} points disagree, such as {wrong[:5]}"
    assert region.contains(*region.anchor)
