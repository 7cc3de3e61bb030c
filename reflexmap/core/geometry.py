"""Plain polygon geometry for regions: areas, bounds, horizontal spans, label points."""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

Point = tuple[float, float]
Outline = tuple[Point, ...]
Bounds = tuple[float, float, float, float]
"""Left, top, right, bottom."""
Span = tuple[float, float]

_ANCHOR_SCANLINES = 16
_CANDIDATES_PER_SCANLINE = 3
"""The widest free stretches only: a ragged outline can have hundreds per line."""
_MAX_CELLS = 64
"""Cells a box may take in near_pairs()' grid; a larger box is compared with every other."""


def edges(outline: Outline) -> Iterator[tuple[Point, Point]]:
    return zip(outline, outline[1:] + outline[:1], strict=True)


def signed_area(outline: Outline) -> float:
    return 0.5 * sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in edges(outline))


def bounds(outlines: Iterable[Outline]) -> Bounds:
    points = [p for outline in outlines for p in outline]
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    return min(xs), min(ys), max(xs), max(ys)


def overlap(a: Bounds, b: Bounds) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def near_pairs(boxes: Sequence[Bounds], gap: float) -> set[tuple[int, int]]:
    """The index pairs (i < j) of the boxes that come within ``gap`` of each other.

    Boxes are put in a grid of cells the size of a typical box (with the gap), and each is
    compared only with those in the cells within ``gap`` of it: comparing every pair took
    seconds at 5,000 regions. A box over many cells is compared with every box instead.
    """
    sizes = sorted(max(b[2] - b[0], b[3] - b[1]) for b in boxes)
    cell = max(sizes[len(sizes) // 2] + gap if sizes else 1.0, 1e-9)
    reach = gap + cell / 1000  # rounding must not lose a pair the test below keeps

    def cells(left: float, top: float, right: float, bottom: float) -> list[tuple[int, int]]:
        x0, y0 = math.floor(left / cell), math.floor(top / cell)
        x1, y1 = math.floor(right / cell), math.floor(bottom / cell)
        if (x1 - x0 + 1) * (y1 - y0 + 1) > _MAX_CELLS:
            return []
        return [(x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)]

    grid: dict[tuple[int, int], list[int]] = defaultdict(list)
    large: list[int] = []
    for index, box in enumerate(boxes):
        keys = cells(*box)
        if not keys:
            large.append(index)
        for key in keys:
            grid[key].append(index)
    everything = range(len(boxes))
    pairs = set()
    for first, (left, top, right, bottom) in enumerate(boxes):
        keys = cells(left - reach, top - reach, right + reach, bottom + reach)
        candidates: Iterable[int] = (
            {other for key in keys for other in grid.get(key, ())}.union(large)
            if keys
            else everything
        )
        for second in candidates:
            if second > first:
                x0, y0, x1, y1 = boxes[second]
                if (
                    x0 - gap <= right
                    and left - gap <= x1
                    and y0 - gap <= bottom
                    and top - gap <= y1
                ):
                    pairs.add((first, second))
    return pairs


Edge = tuple[float, float, float, float]
"""x1, y1, x2, y2."""


def edge_list(outlines: Iterable[Outline]) -> list[Edge]:
    """Every edge of the outlines, for many spans() of one shape: listed once, not per line."""
    return [(x1, y1, x2, y2) for o in outlines for (x1, y1), (x2, y2) in edges(o)]


def spans(outlines: Iterable[Outline], y: float, evenodd: bool = False) -> list[Span]:
    """The stretches of the horizontal line at ``y`` inside the outlines, filled as SVG fills
    them: by the nonzero rule (where the outlines wind around a point), or even-odd."""
    return edge_spans(edge_list(outlines), y, evenodd)


def edge_spans(edges: list[Edge], y: float, evenodd: bool = False) -> list[Span]:
    """spans() of a shape's edge_list()."""
    crossings = [
        (x1 + (y - y1) * (x2 - x1) / (y2 - y1), 1 if y2 > y1 else -1)
        for x1, y1, x2, y2 in edges
        if (y1 > y) != (y2 > y)
    ]
    return _stretches(crossings, evenodd)


def _stretches(crossings: list[tuple[float, int]], evenodd: bool) -> list[Span]:
    """The stretches inside, from where a line crosses the edges and which way each goes."""
    crossings.sort()
    if evenodd:
        xs = [x for x, _ in crossings]
        return list(zip(xs[::2], xs[1::2], strict=False))
    stretches: list[Span] = []
    winding = 0
    start = 0.0
    for x, direction in crossings:
        if winding == 0:
            start = x
        winding += direction
        if winding == 0:
            stretches.append((start, x))
    return stretches


def _lines(edges: list[Edge], heights: Sequence[float], evenodd: bool = False) -> list[list[Span]]:
    """edge_spans() at each of the ascending ``heights``, in one pass over the edges: each
    edge is met only by the lines between its ends."""
    found: list[list[tuple[float, int]]] = [[] for _ in heights]
    for x1, y1, x2, y2 in edges:
        if y1 < y2:
            first, last, direction = bisect_left(heights, y1), bisect_left(heights, y2), 1
        else:
            first, last, direction = bisect_left(heights, y2), bisect_left(heights, y1), -1
        for i in range(first, last):
            y = heights[i]
            found[i].append((x1 + (y - y1) * (x2 - x1) / (y2 - y1), direction))
    return [_stretches(crossings, evenodd) for crossings in found]


def subtract(stretches: list[Span], holes: Iterable[Span]) -> list[Span]:
    for hole_left, hole_right in holes:
        stretches = [
            piece
            for left, right in stretches
            for piece in (
                [(left, right)]
                if hole_right <= left or hole_left >= right
                else [(left, hole_left)] * (hole_left > left)
                + [(hole_right, right)] * (hole_right < right)
            )
        ]
    return stretches


def label_point(
    outlines: Sequence[Outline],
    covered_by: Sequence[Sequence[Outline]] = (),
    evenodd: bool = False,
) -> Point:
    """A point well inside ``outlines`` (filled by ``evenodd`` or the nonzero rule) and outside
    every shape in ``covered_by`` (taken as nonzero, which covers at least what even-odd does).

    Candidates are the middles of the free stretches on a few horizontal lines; the winner has
    the most room around it, horizontally and vertically, so a label there stays clear of
    the edges. Falls back to the centre of the bounds for a shape with no free inside.
    """
    left, top, right, bottom = bounds(outlines)
    own = edge_list(outlines)
    covers = [edge_list(shape) for shape in covered_by]
    heights = [top + (bottom - top) * i / _ANCHOR_SCANLINES for i in range(1, _ANCHOR_SCANLINES)]
    across = _lines(own, heights, evenodd)
    holes_across = [_lines(edges, heights) for edges in covers]
    candidates: list[tuple[float, float, float]] = []
    """Each stretch's middle, its height and half its width."""
    for row, y in enumerate(heights):
        free = across[row]
        if covers:
            free = subtract(free, [span for shape in holes_across for span in shape[row]])
        if len(free) > 1:
            free = sorted(free, key=lambda ab: ab[0] - ab[1])[:_CANDIDATES_PER_SCANLINE]
        candidates += [((a + b) / 2, y, (b - a) / 2) for a, b in free]
    # Vertical lines through the candidates: horizontal ones of the shapes mirrored across
    # the diagonal.
    xs = sorted({x for x, _, _ in candidates})
    down = _lines(_transposed(own), xs, evenodd)
    holes_down = [_lines(_transposed(edges), xs) for edges in covers]
    column = {x: i for i, x in enumerate(xs)}
    best: tuple[float, Point] | None = None
    for x, y, half_width in candidates:
        i = column[x]
        vertical = down[i]
        if covers:
            vertical = subtract(vertical, [span for shape in holes_down for span in shape[i]])
        room_above_below = max((min(y - c, d - y) for c, d in vertical if c <= y <= d), default=0.0)
        room = min(half_width, room_above_below)
        if best is None or room > best[0]:
            best = (room, (x, y))
    return best[1] if best else ((left + right) / 2, (top + bottom) / 2)


def _transposed(edges: list[Edge]) -> list[Edge]:
    """The edges mirrored across the diagonal, so horizontal spans become vertical ones."""
    return [(y1, x1, y2, x2) for x1, y1, x2, y2 in edges]
