"""Numbers in circles kept apart inside a rectangle: the printed chart's numbers on its
drawings, and the map's numbers in a line beside a foot.

The map's window imports this at every start, so it holds no more than they share.
"""

from __future__ import annotations

import math
from heapq import heappop, heappush
from typing import NamedTuple

SPACING = 0.4
"""Kept between two circles, in the units of their places (millimetres on the chart)."""


class Rect(NamedTuple):
    # A NamedTuple: a frozen dataclass costs the window's start about 0.4 ms more to define.
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def overlaps(self, other: Rect) -> bool:
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )

    def within(self, other: Rect) -> bool:
        eps = 1e-6
        return (
            self.x >= other.x - eps
            and self.y >= other.y - eps
            and self.right <= other.right + eps
            and self.bottom <= other.bottom + eps
        )


_AROUND = [(dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
"""A grid cell and its neighbours, as steps from it."""


def _inside(point: tuple[float, float], half: float, box: Rect) -> tuple[float, float]:
    """The centre nearest ``point`` of a circle of radius ``half`` inside ``box``."""
    x, y = point
    return min(max(x, box.x + half), box.right - half), min(max(y, box.y + half), box.bottom - half)


def spread(points: list[tuple[float, float]], size: float, box: Rect) -> list[tuple[float, float]]:
    """Circles of ``size`` at ``points``, pushed apart until none overlaps another (or a few
    hundred rounds have passed), each kept inside ``box``: the printed chart's numbers, and
    the map's numbers in a line beside a foot."""
    centres = [list(point) for point in points]
    reach = size + SPACING
    half = size / 2

    def clamp(centre: list[float]) -> None:
        centre[:] = _inside((centre[0], centre[1]), half, box)

    for centre in centres:
        clamp(centre)
    # Each pair in turn, as if every pair were tried, but only those in neighbouring cells
    # of a grid as wide as ``reach`` are: 5,000 numbers make 12.5 million pairs a round.
    cells = [(math.floor(x / reach), math.floor(y / reach)) for x, y in centres]
    grid: dict[tuple[int, int], set[int]] = {}
    for index, key in enumerate(cells):
        grid.setdefault(key, set()).add(index)

    def move(index: int) -> None:
        centre = centres[index]
        key = (math.floor(centre[0] / reach), math.floor(centre[1] / reach))
        if key != cells[index]:
            grid[cells[index]].discard(index)
            grid.setdefault(key, set()).add(index)
            cells[index] = key

    def after(index: int, last: int) -> list[int]:
        """The circles after ``last`` that may be within reach of circle ``index``."""
        gx, gy = cells[index]
        return [j for dx, dy in _AROUND for j in grid.get((gx + dx, gy + dy), ()) if j > last]

    for _ in range(400):
        moved = False
        for i, a in enumerate(centres):
            waiting = set(after(i, i))
            queue = sorted(waiting)
            while queue:
                j = heappop(queue)
                b = centres[j]
                dx, dy = b[0] - a[0], b[1] - a[1]
                distance = (dx * dx + dy * dy) ** 0.5
                if distance >= reach:
                    continue
                moved = True
                if distance < 1e-6:  # on the same spot: part them each pair its own way
                    angle = (i * 7 + j * 13) * 2.39996  # the golden angle, in radians
                    dx, dy, distance = math.cos(angle), math.sin(angle), 1.0
                push = (reach - distance) / 2 + 0.01
                a[0] -= dx / distance * push
                a[1] -= dy / distance * push
                b[0] += dx / distance * push
                b[1] += dy / distance * push
                clamp(a)
                clamp(b)
                move(i)
                move(j)
                for k in after(i, j):  # circle ``i`` moved: others may be in reach now
                    if k not in waiting:
                        waiting.add(k)
                        heappush(queue, k)
        if not moved:
            break
    return [(x, y) for x, y in centres]


def most_apart(width: float, height: float, distance: float) -> float:
    """The most points a ``width`` by ``height`` rectangle holds ``distance`` apart, or a little
    more (Oler's bound: 2/sqrt(3) of the area, half the perimeter, plus one, in
    ``distance`` units)."""
    width, height = max(width, 0.0) / distance, max(height, 0.0) / distance
    return 2 / math.sqrt(3) * width * height + width + height + 1


def uncovered(
    points: list[tuple[float, float]], size: float, box: Rect
) -> list[tuple[float, float] | None]:
    """Circles of ``size`` at ``points`` (kept inside ``box``), in turn, each left out (None)
    where it would overlap one kept before it."""
    reach = size + SPACING
    half = size / 2
    grid: dict[tuple[int, int], list[tuple[float, float]]] = {}
    kept: list[tuple[float, float] | None] = []
    floor, dist = math.floor, math.dist
    for point in points:
        centre = _inside(point, half, box)
        x, y = centre
        gx, gy = floor(x / reach), floor(y / reach)
        for dx, dy in _AROUND:
            near = grid.get((gx + dx, gy + dy))
            if near and any(dist(other, centre) < reach for other in near):
                kept.append(None)
                break
        else:
            grid.setdefault((gx, gy), []).append(centre)
            kept.append(centre)
    return kept
