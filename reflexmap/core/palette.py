"""Zone colours and black-and-white hatches, chosen so that neighbouring zones differ.

The colours start with Paul Tol's colour-blind-safe "muted" scheme and Okabe-Ito extras;
the rest were picked one at a time as the colour (of moderate lightness and chroma) farthest
in CIELAB from all before it, so a chart of up to 48 zones repeats none. Which zone gets
which colour is worked out from the drawing: each zone in turn takes the colour that differs
most from its neighbours' colours.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from itertools import combinations

ZONE_COLOURS = (
    *("#CC6677", "#88CCEE", "#DDCC77", "#117733", "#AA4499", "#44AA99", "#999933"),
    *("#882255", "#E69F00", "#332288", "#0072B2", "#FFBBFF", "#775533", "#99DD77"),
    *("#9999FF", "#FFBBBB", "#BB5533", "#FF77BB", "#DD9955", "#33BB77", "#775599"),
    *("#00DDBB", "#0099FF", "#99BBFF", "#779955", "#0099BB", "#99DDBB", "#00BBFF"),
    *("#775500", "#DD99FF", "#337755", "#557700", "#FF7777", "#DD99BB", "#55DDDD"),
    *("#BBDD99", "#007777", "#FF9977", "#BB77BB", "#BB7755", "#993333", "#995577"),
    *("#BB3355", "#00DDFF", "#995555", "#777733", "#FFBB99", "#BB3377"),
)
SELECTION_COLOUR = "#1565C0"
LIT_COLOUR = "#D55E00"
"""The one colour of the places lit on the "charts disagree" sheet's small maps."""

HATCHES: tuple[tuple[float, ...], ...] = (
    (45.0,),
    (135.0,),
    (0.0,),
    (90.0,),
    (45.0, 135.0),
    (0.0, 90.0),
    (22.5,),
    (157.5,),
    (67.5,),
    (112.5,),
)
"""Hatch patterns for black-and-white charts: the angles of their lines, in degrees."""

Neighbours = Mapping[str, frozenset[str]]


def zone_colour(index: int) -> str:
    """The colour at ``index`` of the palette (colours repeat past its length)."""
    return ZONE_COLOURS[index % len(ZONE_COLOURS)]


def assign_colours(zones: Sequence[str], neighbours: Neighbours) -> dict[str, str]:
    """A colour for each zone (in chart order), no two alike while the palette lasts, each
    as far as the palette allows from its neighbours' colours."""
    count = min(len(zones), len(ZONE_COLOURS))
    distance = _distances(count)
    taken: dict[str, int] = {}
    free = list(range(count))
    for zone in _most_neighbours_first(zones, neighbours):
        near = [distance[taken[n]] for n in neighbours.get(zone, ()) if n in taken]
        # Each colour's distance to the nearest neighbour's, column by column of the
        # symmetric table: a generator per colour took 0.2 s at 2,500 zones.
        nearest = list(map(min, zip(*near, strict=True))) if near else [0.0] * count
        choice = max(free or range(count), key=lambda i: (nearest[i], -i))
        taken[zone] = choice
        if choice in free:
            free.remove(choice)
    return {zone: ZONE_COLOURS[taken[zone]] for zone in zones}


def assign_hatches(zones: Sequence[str], neighbours: Neighbours) -> dict[str, int]:
    """An index into HATCHES for each zone: the pattern fewest of its neighbours have, then
    the one least used, so that neighbours print differently in black and white."""
    taken: dict[str, int] = {}
    used = [0] * len(HATCHES)
    for zone in _most_neighbours_first(zones, neighbours):
        near = [taken[n] for n in neighbours.get(zone, ()) if n in taken]
        choice = min(range(len(HATCHES)), key=lambda i: (near.count(i), used[i], i))
        taken[zone] = choice
        used[choice] += 1
    return {zone: taken[zone] for zone in zones}


def colour_distance(first: str, second: str) -> float:
    """How different two colours look: the distance between them in CIELAB (CIE76)."""
    return float(sum((a - b) ** 2 for a, b in zip(_lab(first), _lab(second), strict=True)) ** 0.5)


def _most_neighbours_first(zones: Sequence[str], neighbours: Neighbours) -> list[str]:
    # The zones with most neighbours have least choice: they choose first.
    return sorted(zones, key=lambda zone: -len(neighbours.get(zone, ())))


@cache
def _distances(size: int) -> tuple[tuple[float, ...], ...]:
    """The distances between the palette's first ``size`` colours (all a chart uses)."""
    table = [[0.0] * size for _ in range(size)]
    for i, j in combinations(range(size), 2):
        table[i][j] = table[j][i] = colour_distance(ZONE_COLOURS[i], ZONE_COLOURS[j])
    return tuple(map(tuple, table))


@cache
def _lab(colour: str) -> tuple[float, float, float]:
    """An sRGB colour ("#RRGGBB") in CIELAB, under the D65 white point."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(int(colour[i : i + 2], 16) / 255) for i in (1, 3, 5))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)
