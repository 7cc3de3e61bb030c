"""Regions and their numbers, drawn alike on the map and on the printed chart."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from heapq import nsmallest
from itertools import chain
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)

from ..app.names import FOOT_LABELS
from ..core.model import Chart, Region, Side, View
from ..core.spreading import Rect, spread

LABEL_COLOUR = QColor("#5a4034")
"""The drawings' own brown, for the labels under the feet."""
LEADER_COLOUR = QColor("#333333")
BADGE_SHARE = 0.8
"""A number's circle is at most this share of its region's narrower side on screen: larger,
it would hide the zone it names."""
MIN_BADGE_SCALE = 0.65
"""Shrunk further than this, a number is too small to read: it goes beside the foot."""
BADGE_GAP = 1.0
"""Pixels kept between two numbers' circles, and between a number beside the foot and any
zone or caption."""
EDGE = 2.0
"""Pixels kept between a number beside the foot and the edge of the map."""
CANDIDATES = 40
"""The free places nearest a region tried for its number beside it, for a leader line that
passes under no number and crosses no other line."""
NEAT_LEADER = 10
"""A zone numbered already gets a number on its other foot only with a leader line at most
this many radii long."""
MAX_BESIDE = 64
"""Numbers beside the feet, at most: with more zones left without a number, none goes beside
them, as their leader lines would be a tangle (and placing them would slow every zoom)."""
_FREE_RUN = re.compile(b"\\x00+")
"""Free cells in a row of the free-space grid (its rows end in a taken cell)."""


class Badge(NamedTuple):
    """A zone number as placed on screen."""

    region: Region
    text: str
    centre: QPointF
    radius: float
    scale: float
    """Of the full-size number: below 1 where the region is small on screen."""
    anchor: QPointF | None = None
    """For a number that did not fit in its region: the point of the region that its leader
    line starts from. None for a number inside its region."""

    @property
    def box(self) -> QRectF:
        r = self.radius
        return QRectF(self.centre.x() - r, self.centre.y() - r, 2 * r, 2 * r)


def place_badges(
    regions: Sequence[Region],
    number: Callable[[str], int],
    to_device: QTransform,
    full_radius: Callable[[str], float],
    room: QRectF | None = None,
    keep_clear: Sequence[QRectF] = (),
) -> list[Badge]:
    """Each region's number at its label point, shrunk to fit inside the region as shown,
    and never on another number: smaller regions are placed first, as they are the hardest
    to tell apart, then in the order given. A number that cannot sit inside its region goes
    beside it, full size, with a leader line: in the nearest free space of ``room`` (the map
    on the device), on no region, no other number and none of ``keep_clear`` (the captions).
    Without ``room``, where it is full, or with more than MAX_BESIDE zones to number there,
    such a number is left out."""
    # Each zone's number once, not once for each of its regions.
    texts = {zone_id: str(number(zone_id)) for zone_id in {r.zone_id for r in regions}}
    # A map only scales and moves the drawing: a region's size on it is its size scaled, with
    # no rectangle made and mapped by Qt for each region.
    scaled = to_device.type().value <= QTransform.TransformationType.TxScale.value
    sx, sy = abs(to_device.m11()), abs(to_device.m22())
    if scaled and (room is None or len(texts) > MAX_BESIDE):
        # None would fit inside its region (not even the shortest number), and too many
        # would go beside the feet: none at all, known without measuring every number and
        # placing each (which took 14 ms at 5,000 regions).
        boxes = (region.bounds for region in regions)
        widest = max((min((x1 - x0) * sx, (y1 - y0) * sy) for x0, y0, x1, y1 in boxes), default=0)
        shortest = min(map(len, texts.values()), default=0)
        smallest = min(
            (full_radius(text) for text in set(texts.values()) if len(text) == shortest),
            default=0,
        )
        if BADGE_SHARE * widest / 2 < MIN_BADGE_SCALE * smallest:
            return []
    radii = {text: full_radius(text) for text in set(texts.values())}
    order = sorted(regions, key=lambda region: region.area)
    placed: list[Badge] = []
    waiting: list[Region] = []
    cell = max(radii.values(), default=1.0) * 2 + BADGE_GAP
    grid: dict[tuple[int, int], list[Badge]] = {}
    starts: dict[tuple[int, int], list[QPointF]] = {}
    for region in order:
        text = texts[region.zone_id]
        full = radii[text]
        left, top, right, bottom = region.bounds
        if scaled:
            width, height = (right - left) * sx, (bottom - top) * sy
        else:
            shown = to_device.mapRect(QRectF(left, top, right - left, bottom - top))
            width, height = shown.width(), shown.height()
        radius = min(full, BADGE_SHARE * min(width, height) / 2)
        small = radius < MIN_BADGE_SCALE * full
        if small and len(waiting) >= 2 * MAX_BESIDE:
            # Likely more zones than go beside the feet: their points are not kept free
            # (which took about 30 ms at 5,000 regions).
            waiting.append(region)
            continue
        centre = to_device.map(QPointF(*region.anchor))
        key = (math.floor(centre.x() / cell), math.floor(centre.y() / cell))
        if small or not _clear_at(centre, radius, grid, starts, cell):
            waiting.append(region)
            if room is not None:
                starts.setdefault(key, []).append(centre)
            continue
        badge = Badge(region, text, centre, radius, radius / full)
        placed.append(badge)
        grid.setdefault(key, []).append(badge)
    unnumbered = {r.zone_id for r in waiting} - {badge.region.zone_id for badge in placed}
    if room is not None and waiting and len(unnumbered) <= MAX_BESIDE:
        placed += _beside(
            regions, waiting, placed, number, to_device, full_radius, room, keep_clear
        )
    return placed


def _beside(
    regions: Sequence[Region],
    waiting: Sequence[Region],
    placed: Sequence[Badge],
    number: Callable[[str], int],
    to_device: QTransform,
    full_radius: Callable[[str], float],
    room: QRectF,
    keep_clear: Sequence[QRectF],
) -> list[Badge]:
    """The numbers of the ``waiting`` regions that go beside their feet, where they fit
    (see place_badges); ``placed`` are the numbers inside their regions."""
    radius = max(full_radius(str(number(r.zone_id))) for r in waiting)
    way_out = _ways_out(regions, to_device, room, radius)
    # Each zone with no number yet once, on the foot with fewer numbers beside it so
    # far; then the zones' other regions, only where their numbers fit as neatly. Along
    # each foot's side in order, so that the leader lines run side by side.
    inside = {badge.region.zone_id for badge in placed}
    by_zone: dict[str, list[Region]] = {}
    for region in waiting:
        if region.zone_id not in inside:
            by_zone.setdefault(region.zone_id, []).append(region)
    beside: dict[Side, int] = {}
    firsts: set[int] = set()
    for choices in sorted(by_zone.values(), key=lambda rs: min(r.anchor[1] for r in rs)):
        region = min(choices, key=lambda r: beside.get(r.side, 0))
        beside[region.side] = beside.get(region.side, 0) + 1
        firsts.add(id(region))

    line = 2 * radius + BADGE_GAP  # the width of a line of numbers beside a foot

    def along(region: Region) -> float:
        """Where the region lies along its foot's side."""
        x, y = region.anchor
        return y if way_out(region).dx else x

    def deep(region: Region) -> bool:
        """Whether the region lies more than a number's width inside its foot, with room
        for two lines beside it: its number goes to the outer line, placed before the
        others, whose numbers then fit between its leader lines."""
        way = way_out(region)
        depth = way.beyond - way.reach(to_device.map(QPointF(*region.anchor)))
        return bool(way.dx or way.dy) and depth > line and way.limit - way.beyond >= line

    def turn(region: Region) -> tuple[bool, str, float, float, bool, float]:
        way = way_out(region)
        first = id(region) in firsts
        return (not first, region.side, way.dx, way.dy, not deep(region), along(region))

    free = _FreeSpace(regions, to_device, room, keep_clear, placed, radius)
    numbered = set(inside)
    moved: list[Badge] = []
    # First lines beside each foot, as on the printed chart: the numbers in the order
    # of their zones along the foot, spread apart, each leader line out across the foot.
    columns: dict[tuple[str, float, float], list[Region]] = {}
    for region in sorted(waiting, key=along):
        way = way_out(region)
        if id(region) in firsts and (way.dx or way.dy):
            columns.setdefault((region.side, way.dx, way.dy), []).append(region)
    for members in columns.values():
        texts = [str(number(region.zone_id)) for region in members]
        for badge in free.in_lines(members, texts, full_radius, way_out(members[0])):
            moved.append(badge)
            numbered.add(badge.region.zone_id)
    done = {id(badge.region) for badge in moved}
    for region in sorted(waiting, key=turn):
        if id(region) in done:
            continue
        text = str(number(region.zone_id))
        way = way_out(region)
        if deep(region):
            way = way._replace(beyond=way.beyond + line)
        # A zone with a number already gets another only where it fits neatly.
        neat = region.zone_id in numbered
        aside = free.place(region, text, full_radius(text), way, neat)
        if aside is not None:
            moved.append(aside)
            numbered.add(region.zone_id)
            if len(moved) >= MAX_BESIDE:
                break
    free.close()
    return moved


class _WayOut(NamedTuple):
    """The way a number beside its region goes: ``(dx, dy)`` out across the foot's narrow
    side, to where the distance along it reaches ``beyond`` (past the foot); (0, 0) where
    the foot has no room beside it."""

    dx: float
    dy: float
    beyond: float
    limit: float = math.inf
    """How far along it a number's centre may go before the edge of the room."""

    def reach(self, point: QPointF) -> float:
        return point.x() * self.dx + point.y() * self.dy


def _ways_out(
    regions: Sequence[Region], to_device: QTransform, room: QRectF, radius: float
) -> Callable[[Region], _WayOut]:
    """For each region, the way out of its foot that its number takes: across the foot, to
    whichever side has room for a number (if both have, the nearer or the roomier)."""
    boxes: dict[Side, QRectF] = {}
    for region in regions:
        left, top, right, bottom = region.bounds
        shown = to_device.mapRect(QRectF(left, top, right - left, bottom - top))
        boxes[region.side] = boxes.get(region.side, shown).united(shown)
    ways: dict[Side, list[_WayOut]] = {}
    for side, box in boxes.items():
        # Out across the foot's narrow side, one way or the other: just past the foot.
        sides = [
            _WayOut(dx, dy, _WayOut(dx, dy, 0).reach(box.center()) + extent / 2 + radius)
            for dx, dy, extent in (
                (-1.0, 0.0, box.width()),
                (1.0, 0.0, box.width()),
                (0.0, -1.0, box.height()),
                (0.0, 1.0, box.height()),
            )
            if (box.height() >= box.width()) == (dx != 0)
        ]
        others = [other for key, other in boxes.items() if key != side]
        open_ways = []
        for way in sides:
            # As far as the edge of the room, or the other foot.
            edge = way.reach(room.center()) + (room.width() if way.dx else room.height()) / 2
            for other in others:
                ahead = (
                    way.reach(other.center()) - (other.width() if way.dx else other.height()) / 2
                )
                if ahead > way.reach(box.center()) and (
                    (way.dx and other.top() < box.bottom() and box.top() < other.bottom())
                    or (way.dy and other.left() < box.right() and box.left() < other.right())
                ):
                    edge = min(edge, ahead)
            if edge - radius - EDGE >= way.beyond:
                open_ways.append(_WayOut(way.dx, way.dy, way.beyond, edge - radius - EDGE))
        ways[side] = open_ways
    nowhere = _WayOut(0.0, 0.0, 0.0)

    def way_out(region: Region) -> _WayOut:
        open_ways = ways[region.side]
        if len(open_ways) < 2:
            return open_ways[0] if open_ways else nowhere
        anchor = to_device.map(QPointF(*region.anchor))

        def cost(way: _WayOut) -> float:
            # The way out nearer the region, unless the other has more room (a narrow gap
            # between the feet holds few numbers): up to two lines' worth.
            return way.beyond - way.reach(anchor) - min(way.limit - way.beyond, 4 * radius)

        return min(open_ways, key=cost)

    return way_out


def _clear_at(
    centre: QPointF,
    radius: float,
    badges: dict[tuple[int, int], list[Badge]],
    starts: dict[tuple[int, int], list[QPointF]],
    cell: float,
) -> bool:
    """Whether a number inside its region at ``centre`` lies on no other number, nor on the
    point of a smaller region whose number goes beside it, where its leader line starts
    (both kept in cells of ``cell`` pixels)."""
    x, y = centre.x(), centre.y()
    gx, gy = math.floor(x / cell), math.floor(y / cell)
    around = [(gx + dx, gy + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
    return not any(
        math.hypot(b.centre.x() - x, b.centre.y() - y) < b.radius + radius + BADGE_GAP
        for key in around
        for b in badges.get(key, ())
    ) and not any(
        math.hypot(p.x() - x, p.y() - y) < radius + 2 * BADGE_GAP
        for key in around
        for p in starts.get(key, ())
    )


class _FreeSpace:
    """Where a number may go beside its region: a grid over ``room`` of the centres a number
    of ``radius`` may have, painted by Qt as the room less the regions, numbers, leader
    lines and captions, each grown by that radius. A centre is free where its cell is 0."""

    def __init__(
        self,
        regions: Sequence[Region],
        to_device: QTransform,
        room: QRectF,
        keep_clear: Sequence[QRectF],
        placed: Sequence[Badge],
        radius: float,
    ) -> None:
        self.to_device = to_device
        self.room = room
        self.radius = radius
        self.badges: list[Badge] = []
        self.bucket = 4 * radius
        self.buckets: dict[tuple[int, int], list[Badge]] = {}
        self.widest = radius
        """The largest radius of a number placed."""
        margin = radius + EDGE
        centres = room.adjusted(margin, margin, -margin, -margin)
        self.cell = cell = max(radius / 3, 1.0)
        self.columns = max(math.floor(centres.width() / cell) + 1, 0)
        self.rows = max(math.floor(centres.height() / cell) + 1, 0)
        # Rows of whole 32-bit words, with at least one taken cell at the end: a run of free
        # cells never goes on into the next row, and no padding byte reads as free.
        width = (self.columns // 4 + 1) * 4
        self.grid = QImage(width, max(self.rows, 1), QImage.Format.Format_Grayscale8)
        self.grid.fill(0)
        self.painter = painter = QPainter(self.grid)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("white"))
        taken = QRectF(0 if self.rows == 0 else self.columns, 0, width, self.grid.height())
        painter.drawRect(taken)
        # Cell (i, j) stands for the device point ``centres.topLeft() + (i, j) * cell``.
        x0, y0 = centres.x(), centres.y()
        self.to_grid = QTransform(1 / cell, 0, 0, 1 / cell, 0.5 - x0 / cell, 0.5 - y0 / cell)
        self.origin = (x0, y0)
        reach = radius + BADGE_GAP
        pen = QPen(QColor("white"), 2 * reach / (math.sqrt(abs(to_device.determinant())) or 1))
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setTransform(to_device * self.to_grid)
        reached = room.adjusted(-reach, -reach, reach, reach)
        for region in regions:
            left, top, right, bottom = region.bounds
            if to_device.mapRect(QRectF(left, top, right - left, bottom - top)).intersects(reached):
                painter.drawPath(region_path(region))
        painter.setTransform(self.to_grid)
        painter.setPen(Qt.PenStyle.NoPen)
        for box in keep_clear:
            painter.drawRect(box.adjusted(-reach, -reach, reach, reach))
        for badge in placed:
            self._take(badge)
        self.free = bytes(self.grid.constBits())

    def _near(self, left: float, top: float, right: float, bottom: float) -> Iterator[Badge]:
        """The numbers placed that may lie within a box, grown by the widest's radius."""
        size, grow = self.bucket, self.widest + BADGE_GAP
        columns = range(math.floor((left - grow) / size), math.floor((right + grow) / size) + 1)
        rows = range(math.floor((top - grow) / size), math.floor((bottom + grow) / size) + 1)
        buckets = self.buckets
        for i in columns:
            for j in rows:
                yield from buckets.get((i, j), ())

    def close(self) -> None:
        self.painter.end()

    def _take(self, badge: Badge) -> None:
        """No other number's centre within reach of this one, nor of its leader line."""
        self.badges.append(badge)
        key = (
            math.floor(badge.centre.x() / self.bucket),
            math.floor(badge.centre.y() / self.bucket),
        )
        self.buckets.setdefault(key, []).append(badge)
        self.widest = max(self.widest, badge.radius)
        reach = badge.radius + self.radius + BADGE_GAP
        self.painter.setPen(Qt.PenStyle.NoPen)
        self.painter.drawEllipse(badge.centre, reach, reach)
        if badge.anchor is not None:
            pen = QPen(QColor("white"), 2 * (self.radius + BADGE_GAP))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            self.painter.setPen(pen)
            self.painter.drawLine(badge.anchor, badge.centre)

    def in_lines(
        self,
        regions: Sequence[Region],
        texts: Sequence[str],
        full_radius: Callable[[str], float],
        way: _WayOut,
    ) -> list[Badge]:
        """The regions' numbers in lines just past the foot on ``way``, as few lines as hold
        them (dealt in turn, in the order given), each number as near its region as the
        others allow: spread as the printed chart spreads its numbers. Those whose place is
        not free, or whose leader line would pass under a number or cross another, are
        left for ``place``."""
        size = 2 * self.radius + BADGE_GAP + self.cell  # a cell more: snapped to the grid
        margin = self.radius + EDGE
        room = self.room
        lo, hi = (room.top(), room.bottom()) if way.dx else (room.left(), room.right())
        lo, hi = lo + margin, hi - margin
        if hi < lo:
            return []
        holds = math.floor((hi - lo) / (size + 0.4)) + 1  # spread() keeps 0.4 more apart
        lines = -(-len(regions) // holds)
        if way.beyond + (lines - 1) * size > way.limit:
            return []  # more than the room beside the foot holds
        starts = [(r, t, self._start(r)) for r, t in zip(regions, texts, strict=True)]
        placed = []
        for line in range(lines):
            dealt = [(r, t, s) for r, t, s in starts[line::lines] if s is not None]
            across = (way.beyond + line * size) * (way.dx or way.dy)
            points = [(across, s.y()) if way.dx else (s.x(), across) for _, _, s in dealt]
            if way.dx:
                box = Rect(across - size / 2, lo - size / 2, size, hi - lo + size)
            else:
                box = Rect(lo - size / 2, across - size / 2, hi - lo + size, size)
            for (region, text, start), (x, y) in zip(dealt, spread(points, size, box), strict=True):
                badge = self._put(region, text, full_radius(text), start, x, y)
                if badge is not None:
                    placed.append(badge)
        return placed

    def _put(
        self, region: Region, text: str, radius: float, start: QPointF, x: float, y: float
    ) -> Badge | None:
        """The number at the grid's centre nearest ``(x, y)``, if that is free and its leader
        line passes under no number and crosses no other."""
        i, j = round((x - self.origin[0]) / self.cell), round((y - self.origin[1]) / self.cell)
        if not (0 <= i < self.columns and 0 <= j < self.rows):
            return None
        x, y = self.origin[0] + i * self.cell, self.origin[1] + j * self.cell
        if (
            self.free[j * self.grid.bytesPerLine() + i]
            or not self._clear_of_numbers(start.x(), start.y(), x, y)
            or self._crossing(start, QPointF(x, y))
        ):
            return None
        badge = Badge(region, text, QPointF(x, y), radius, 1.0, start)
        self._take(badge)
        self.free = bytes(self.grid.constBits())
        return badge

    def place(
        self, region: Region, text: str, radius: float, way: _WayOut, neat: bool = False
    ) -> Badge | None:
        """The number at the free centre nearest its region whose leader line passes under
        no other number and crosses no other leader line (failing that, one that passes
        under no number): past the foot on its way out if there is room there, else on that
        side of the region, else anywhere. If ``neat``, only the first, with a leader line
        of at most NEAT_LEADER radii. None if none is free or the region is out of sight."""
        if 0 not in self.free:
            return None  # the room is full
        anchor = self._start(region)
        if anchor is None:
            return None
        ax, ay = anchor.x(), anchor.y()
        # Leaders across the foot rather than along it: they then run side by side.
        across, along = (1.0, 4.0) if way.dx else (4.0, 1.0) if way.dy else (1.0, 1.0)
        candidates = self._candidates(ax, ay, across, along)
        start = ax * way.dx + ay * way.dy
        beyond, limit = way.beyond, way.limit
        tiers = (
            (c for c in candidates if beyond <= c[1] * way.dx + c[2] * way.dy <= limit),
            (c for c in candidates if start < c[1] * way.dx + c[2] * way.dy < beyond),
            (c for c in candidates if not start < c[1] * way.dx + c[2] * way.dy <= limit),
        )
        chosen = None
        reach = (NEAT_LEADER * radius) ** 2 if neat else math.inf
        for tier in tiers[:1] if neat else tiers:
            for _, x, y in nsmallest(CANDIDATES, tier):
                if (x - ax) ** 2 + (y - ay) ** 2 > reach or not self._clear_of_numbers(
                    ax, ay, x, y
                ):
                    continue
                if not self._crossing(anchor, QPointF(x, y)):
                    chosen = QPointF(x, y)
                    break
                if chosen is None and not neat:
                    chosen = QPointF(x, y)
            if chosen is not None:
                break
        else:
            return None
        badge = Badge(region, text, chosen, radius, 1.0, anchor)
        self._take(badge)
        self.free = bytes(self.grid.constBits())
        return badge

    def _start(self, region: Region) -> QPointF | None:
        """Where the region's leader line starts: its anchor, or if a number covers that,
        the middle of one of its outlines not covered; None if all are covered or out of
        sight."""
        for point in chain([region.anchor], self._middles(region)):
            start = self.to_device.map(QPointF(*point))
            if self.room.contains(start) and not any(
                math.hypot(b.centre.x() - start.x(), b.centre.y() - start.y())
                < b.radius + BADGE_GAP
                for b in self._near(start.x(), start.y(), start.x(), start.y())
            ):
                return start
        return None

    @staticmethod
    def _middles(region: Region) -> Iterator[tuple[float, float]]:
        for outline in region.outlines:
            xs, ys = [x for x, _ in outline], [y for _, y in outline]
            middle = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
            if region.contains(*middle):
                yield middle

    def _candidates(
        self, ax: float, ay: float, across: float, along: float
    ) -> list[tuple[float, float, float]]:
        """Of each run of free cells in a row, the cell nearest the anchor: its squared
        distance (``across`` and ``along`` weighing x and y) and its centre. A regular
        expression finds the runs."""
        stride, cell = self.grid.bytesPerLine(), self.cell
        x0, y0 = self.origin
        column = round((ax - x0) / cell)
        found = []
        for run in _FREE_RUN.finditer(self.free):
            row, first = divmod(run.start(), stride)
            nearest = min(max(column, first), first + run.end() - run.start() - 1)
            x, y = x0 + nearest * cell, y0 + row * cell
            found.append((across * (x - ax) ** 2 + along * (y - ay) ** 2, x, y))
        return found

    def _clear_of_numbers(self, ax: float, ay: float, cx: float, cy: float) -> bool:
        """Whether a leader line from ``(ax, ay)`` to ``(cx, cy)`` passes under no number."""
        dx, dy = cx - ax, cy - ay
        length = dx * dx + dy * dy or 1e-9
        for badge in self._near(min(ax, cx), min(ay, cy), max(ax, cx), max(ay, cy)):
            bx, by = badge.centre.x(), badge.centre.y()
            t = min(max(((bx - ax) * dx + (by - ay) * dy) / length, 0.0), 1.0)
            if math.hypot(ax + t * dx - bx, ay + t * dy - by) < badge.radius + BADGE_GAP:
                return False
        return True

    def _crossing(self, anchor: QPointF, centre: QPointF) -> bool:
        """Whether a leader line from ``anchor`` to ``centre`` crosses another."""
        line = QLineF(anchor, centre)
        bounded = QLineF.IntersectionType.BoundedIntersection
        return any(
            line.intersects(QLineF(badge.anchor, badge.centre))[0] == bounded
            for badge in self.badges
            if badge.anchor is not None
        )


def paint_badges(painter: QPainter, badges: Iterable[Badge], font: QFont, fill: QColor) -> None:
    """The numbers, each in ``font`` at its own scale, over the leader lines of those beside
    their regions: each line on a light casing in ``fill``, which keeps it plain over dark
    zones and a dark window."""
    painter.save()
    badges = list(badges)
    leaders = [(badge.anchor, badge.box) for badge in badges if badge.anchor is not None]
    casing = QPen(fill, 3.0)
    casing.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(casing)
    for anchor, box in leaders:
        painter.drawLine(anchor, box.center())
    for anchor, box in leaders:
        paint_leader(painter, anchor, box)
    scaled = QFont(font)
    for badge in badges:
        if badge.scale < 1:
            scaled.setPointSizeF(font.pointSizeF() * badge.scale)
            painter.setFont(scaled)
        else:
            painter.setFont(font)
        paint_number_mark(painter, badge.box, badge.text, fill)
    painter.restore()


def paint_leader(painter: QPainter, anchor: QPointF, box: QRectF) -> None:
    """A thin line from the place a moved number names to the number's circle, with a dot
    on that place: on the printed chart and on the map."""
    centre = box.center()
    dx, dy = centre.x() - anchor.x(), centre.y() - anchor.y()
    length = math.hypot(dx, dy)
    if length <= box.width() / 2:
        return
    end = centre - QPointF(dx, dy) * (box.width() / 2 / length)
    painter.save()
    painter.setPen(QPen(LEADER_COLOUR, max(box.width() / 30, 1.0)))
    painter.drawLine(anchor, end)
    painter.setBrush(LEADER_COLOUR)
    radius = max(box.width() / 14, 1.5)
    painter.drawEllipse(anchor, radius, radius)
    painter.restore()


_EVEN_ODD, _NONZERO = Qt.FillRule.OddEvenFill, Qt.FillRule.WindingFill
"""Looked up once: a PySide6 enum member costs microseconds to reach (a fifth of making
5,000 regions' paths)."""


def region_path(region: Region) -> QPainterPath:
    """The region's exact shape, filled by its own rule (SVG's nonzero unless the drawing says
    evenodd), in drawing coordinates: what is lit is what a click hits."""
    path = QPainterPath()
    path.setFillRule(_EVEN_ODD if region.evenodd else _NONZERO)
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


class FootLabel(NamedTuple):
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
