"""The foot drawing with its clickable regions."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from functools import lru_cache
from html import escape
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QLineF,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAccessible,
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QRegion,
    QTransform,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QToolTip,
    QWidget,
)

from ..app.names import FEET, VIEW_NAMES
from ..app.state import AppState
from ..core.model import Chart, Region, Side, Zone
from ..core.palette import SELECTION_COLOUR
from ..render.regions import (
    Badge,
    FootLabel,
    foot_labels,
    paint_badges,
    paint_foot_labels,
    place_badges,
    region_path,
)
from . import accessibility

if TYPE_CHECKING:
    # Only in annotations: PySide6 sets a Qt class up on first use, at a cost to start-up.
    from PySide6.QtGui import (
        QFocusEvent,
        QHelpEvent,
        QKeyEvent,
        QMouseEvent,
        QNativeGestureEvent,
        QPaintEvent,
        QResizeEvent,
        QWheelEvent,
    )
    from PySide6.QtWidgets import QGestureEvent, QPinchGesture, QStyleOptionGraphicsItem

ARROWS: dict[int, tuple[int, int]] = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}
ZOOM_STEP = 1.25
PAPER_COLOUR = QColor("#fffdfa")
LABEL_FILL = QColor(255, 255, 255, 230)
MAX_ZOOM = 12.0
HIT_SLOP = 6
"""Pixels around a small region that still reach it (and around any region, when the point
is on none): every region, however thin, is a target of about 12 pixels or more."""
SMALL_REGION = 12.0
"""On-screen thickness (twice the area over the outline's length: a disc's radius, a strip's
width) under which a region is small: it takes HIT_SLOP pixels from a larger region under it."""
SELECTION_MARGIN = 0.6
"""Room around a zone zoomed to, as a share of its size."""
MANY_RESTYLED = 64
"""Regions restyled at once from which the whole map is repainted on screen rather than the
box around them (whatever part of the regions' picture is painted again)."""


class MapRegion:
    """One region as the map shows it: its exact shape (made when first needed), its look,
    and whether its foot is on show. Regions are painted by the view's one RegionLayer, not
    as a graphics item each: at 5,000 regions the items took 140 ms to make, and every region
    was painted again at each repaint."""

    __slots__ = ("_path", "_thickness", "colour", "look", "order", "region", "shown", "zone")

    def __init__(self, region: Region, zone: Zone, colour: QColor) -> None:
        self.region = region
        self.zone = zone
        self.colour = colour
        self.order = 0
        """Its place in painting order: larger regions first, so that the topmost region at
        a spot is the most specific."""
        self.shown = True
        self.look: tuple[bool, bool, bool | None] = (False, False, None)
        self._path: QPainterPath | None = None
        self._thickness: float | None = None

    def shape(self) -> QPainterPath:
        """The region itself, in drawing coordinates: what is lit is what a click hits."""
        if self._path is None:
            self._path = region_path(self.region)
        return self._path

    @property
    def thickness(self) -> float:
        """In drawing units: how thick the region is, whatever its length."""
        if self._thickness is None:
            self._thickness = 2 * self.region.area / max(self.shape().length(), 1e-9)
        return self._thickness

    @property
    def tip(self) -> str:
        return f"<b>{escape(self.zone.name)}</b><br>{escape(self.zone.claim)}"

    def scene_box(self) -> QRectF:
        left, top, right, bottom = self.region.bounds
        return QRectF(left, top, right - left, bottom - top)

    def set_look(self, *, hovered: bool, selected: bool, matched: bool | None = None) -> bool:
        """``matched`` is None without a search; with one, matches light up, others fade.
        True if the look changed, and the region is to be painted again."""
        look = (hovered, selected, matched)
        if look == self.look:
            return False
        self.look = look
        return True

    def pen(self) -> QPen:
        return _pen_and_brush(self.colour.rgba(), self.look)[0]

    def brush(self) -> QBrush:
        return _pen_and_brush(self.colour.rgba(), self.look)[1]


@lru_cache(maxsize=1024)  # a chart has at most a few dozen colours, in twelve looks
def _pen_and_brush(rgba: int, look: tuple[bool, bool, bool | None]) -> tuple[QPen, QBrush]:
    """A region's outline and fill for a look, made once: a search restyles thousands of
    regions of a large chart at a key."""
    hovered, selected, matched = look
    fill = QColor(SELECTION_COLOUR) if selected else QColor.fromRgba(rgba)
    strong = selected or hovered or bool(matched)
    fill.setAlpha(230 if selected else 150 if strong else 25 if matched is False else 80)
    pen = QPen(fill.darker(170 if strong else 130))
    pen.setCosmetic(True)
    pen.setWidthF(2.5 if strong else 1.0)
    return pen, QBrush(fill)


INK_REACH = 3
"""Device pixels a region's paint may reach beyond its outline: half the widest pen, and a
pixel of antialiasing."""
BOXES_PER_PICTURE = 16
"""A changed region's box costs about as much to paint again as this many regions, with the
regions around it (at 5,000 regions: 25 us a box where they lie together, 75 us where they
are spread over the map, as a search's are; the whole picture 22 ms)."""
FRESH_PICTURE = 128
"""Clearing and showing a whole new picture costs about as much as painting this many
regions: a view with no more regions keeps no picture (they are painted straight onto the
map, where it is exposed), and with more, a few boxes are still cheaper than a new one."""
GRID_CELLS = 4096
"""About how many cells the regions' index has, at most."""


class RegionLayer(QGraphicsItem):
    """Every region of the view shown, as one item. Many regions are painted into a picture
    of the viewport kept while the view stays put; a region whose look changes is painted
    again there, with the regions around it, within its own box. A grid over the drawing
    finds the regions at a point or in a box, for painting and for hit-testing alike."""

    def __init__(self, regions: list[MapRegion], size: QRectF) -> None:
        super().__init__()
        self.regions = regions
        self._size = size
        count = max(len(regions), 1)
        self._cell = max(math.sqrt(size.width() * size.height() / min(count, GRID_CELLS)), 1e-6)
        self._grid: dict[tuple[int, int], list[MapRegion]] = {}
        cell, grid = self._cell, self._grid
        for item in regions:
            left, top, right, bottom = item.region.bounds
            rows = range(math.floor(top / cell), math.floor(bottom / cell) + 1)
            for i in range(math.floor(left / cell), math.floor(right / cell) + 1):
                for j in rows:
                    grid.setdefault((i, j), []).append(item)
        self._picture: QImage | None = None
        self._key: tuple[object, ...] = ()
        self._dirty: list[MapRegion] = []
        self.exposed: QRegion | None = None
        """The part of the view being painted, in its coordinates, while it is."""
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self._reach = 0.0
        """INK_REACH in drawing units, at the scale last painted."""

    def boundingRect(self) -> QRectF:
        return self._size

    def in_box(self, box: QRectF) -> list[MapRegion]:
        """The regions on show whose bounds meet ``box`` (drawing coordinates), in painting
        order."""
        found: dict[int, MapRegion] = {}
        left, top, right, bottom = box.left(), box.top(), box.right(), box.bottom()
        grid, cell = self._grid, self._cell
        rows = range(math.floor(top / cell), math.floor(bottom / cell) + 1)
        for i in range(math.floor(left / cell), math.floor(right / cell) + 1):
            for j in rows:
                for item in grid.get((i, j), ()):
                    x0, y0, x1, y1 = item.region.bounds
                    if item.shown and x0 <= right and left <= x1 and y0 <= bottom and top <= y1:
                        found[item.order] = item
        return [found[order] for order in sorted(found)]

    def at(self, point: QPointF) -> list[MapRegion]:
        """The regions on show whose shape holds ``point``, topmost (most specific) first."""
        x, y, cell = point.x(), point.y(), self._cell
        # One cell holds every region whose bounds hold the point.
        hits = [
            item
            for item in self._grid.get((math.floor(x / cell), math.floor(y / cell)), ())
            if item.shown
            and item.region.bounds[0] <= x <= item.region.bounds[2]
            and item.region.bounds[1] <= y <= item.region.bounds[3]
            and item.shape().contains(point)
        ]
        return sorted(hits, key=lambda item: -item.order)

    def meeting(self, box: QRectF) -> list[MapRegion]:
        """The regions on show whose shape meets ``box``, topmost first."""
        return [item for item in reversed(self.in_box(box)) if item.shape().intersects(box)]

    def restyled(self, items: Sequence[MapRegion]) -> None:
        """Paint these regions again, at the next paint."""
        if not items:
            return
        self._dirty += items
        if len(items) >= MANY_RESTYLED:
            self.update()
            return
        reach, scene = self._reach, self.scene()
        assert scene is not None  # the map's scene holds the layer from the start
        # Each on its own, through the scene: the regions of a zone lie on both feet, and an
        # item keeps one box around all it is asked to update.
        for item in items:
            scene.update(item.scene_box().adjusted(-reach, -reach, reach, reach))

    def forget(self) -> None:
        """Paint every region again, at the next paint."""
        self._picture = None
        self._dirty = []
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        device = painter.device()
        transform = painter.worldTransform()
        self._reach = INK_REACH / max(abs(transform.m11()), abs(transform.m12()), 1e-9)
        if widget is None or device is None or len(self.regions) <= FRESH_PICTURE:
            # Few regions, or not onto the view: painted straight, those in the exposed area.
            self._paint_regions(painter, self._exposed(option.exposedRect, transform))
            self._dirty = []
            return
        ratio = device.devicePixelRatioF()
        size = QSize(device.width(), device.height())
        key = (
            transform.m11(),
            transform.m12(),
            transform.m21(),
            transform.m22(),
            transform.dx(),
            transform.dy(),
            size,
            ratio,
        )
        if self._dirty:
            self._dirty = list({id(item): item for item in self._dirty if item.shown}.values())
        many = len(self._dirty) * BOXES_PER_PICTURE > len(self.regions) + FRESH_PICTURE
        if self._picture is None or key != self._key or many:
            self._key = key
            self._picture = self._painted(transform, size, ratio)
            self._dirty = []
        elif self._dirty:
            self._repaint_dirty(transform)
        painter.save()
        painter.resetTransform()
        painter.drawImage(0, 0, self._picture)
        painter.restore()

    def _exposed(self, bounds: QRectF, transform: QTransform) -> list[MapRegion]:
        """The regions within reach of each part of the map being painted, in order: of
        each rectangle of the area, as Qt found its own items (the box around them all, for
        a zone on both feet, holds most of the other regions)."""
        if self.exposed is None:
            boxes = [bounds]
        else:
            inverse = transform.inverted()[0]
            rects = cast("Iterable[QRect]", self.exposed)  # a QRegion is its rectangles
            boxes = [inverse.mapRect(QRectF(rect)) for rect in rects]
        reach = self._reach
        found: dict[int, MapRegion] = {}
        for box in boxes:
            found.update(
                (item.order, item)
                for item in self.in_box(box.adjusted(-reach, -reach, reach, reach))
            )
        return [found[order] for order in sorted(found)]

    def _painted(self, transform: QTransform, size: QSize, ratio: float) -> QImage:
        picture = self._picture
        if picture is None or picture.size() != size * ratio:  # else kept: new memory costs
            picture = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
        picture.setDevicePixelRatio(ratio)
        picture.fill(Qt.GlobalColor.transparent)
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(transform)
        # On a zoomed map, only the regions in sight (and those within reach of its edge).
        reach = self._reach
        sight = transform.inverted()[0].mapRect(QRectF(0, 0, size.width(), size.height()))
        sight.adjust(-reach, -reach, reach, reach)
        if sight.contains(self._size):
            self._paint_regions(painter, [item for item in self.regions if item.shown])
        else:
            self._paint_regions(painter, self.in_box(sight))
        painter.end()
        return picture

    def _repaint_dirty(self, transform: QTransform) -> None:
        """The changed regions' boxes on the picture cleared and painted again, at once: the
        regions meeting any of them, each once, in order (box by box, a large region under
        several boxes was painted for each)."""
        assert self._picture is not None
        inverse = transform.inverted()[0]
        reach = self._reach
        clip = QRegion()
        boxes = []
        found: dict[int, MapRegion] = {}
        for item in self._dirty:
            box = transform.mapRect(item.scene_box()).toAlignedRect()
            box.adjust(-INK_REACH, -INK_REACH, INK_REACH, INK_REACH)
            clip += box
            boxes.append(box)
            area = inverse.mapRect(QRectF(box)).adjusted(-reach, -reach, reach, reach)
            # Bounds meeting the box are not enough: a large region's bounds meet many.
            shapes = (near for near in self.in_box(area) if near.shape().intersects(area))
            found.update((near.order, near) for near in shapes)
        self._dirty = []
        painter = QPainter(self._picture)
        painter.setClipRegion(clip)
        # Cleared by the clip alone: on a screen scaled by 1.25 an antialiased edge of the
        # box left a hair of the old pixels.
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
        for box in boxes:
            painter.fillRect(box, Qt.GlobalColor.transparent)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(transform)
        self._paint_regions(painter, [found[order] for order in sorted(found)])
        painter.end()

    @staticmethod
    def _paint_regions(painter: QPainter, items: Iterable[MapRegion]) -> None:
        for item in items:
            pen, brush = _pen_and_brush(item.colour.rgba(), item.look)
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.drawPath(item.shape())


class _Artwork(QGraphicsItem):
    """The drawing, rendered as vectors at every zoom, clipped to the feet on show."""

    def __init__(self, renderer: QSvgRenderer, size: QRectF) -> None:
        super().__init__()
        self._renderer = renderer
        self._size = size
        self.clip = size
        self.setZValue(-1e12)
        # Rendered once per zoom, at the screen's resolution: hovering repaints the regions
        # over it many times a second, and SVG rendering is the slowest part of a repaint.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        return self._size

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setClipRect(self.clip)
        self._renderer.render(painter, self._size)


class MapView(QGraphicsView):
    """Shows the feet of the state's chart; what the user points at and clicks goes to the
    state, and the map shows what the state then holds."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A viewport of our own, the same plain widget Qt would make: asking Qt for its own
        # makes PySide6 load every widget class to find the type, which slows start-up.
        viewport = QWidget()
        viewport.setAccessibleName(self.tr("Foot map drawing"))
        self.setViewport(viewport)
        self.setAccessibleName(self.tr("Foot map"))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.state = state
        self._fit = True
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self._label_font = QFont(self.font())
        self._label_font.setPointSizeF(max(7.0, self._label_font.pointSizeF() * 0.85))
        self._label_font.setBold(True)
        self._regions: list[MapRegion] = []
        self._by_zone: dict[str, list[MapRegion]] = {}
        self._by_id: dict[str, MapRegion] = {}
        self._labels: tuple[tuple[object, ...], Chart, list[FootLabel]] | None = None
        """The captions under the feet, as last placed, with what they were placed for."""
        self._language = 0
        """Counts the changes of language, which word the captions anew."""
        self._reading: tuple[tuple[str, ...], dict[str, int]] | None = None
        """The regions on show in reading order, and each one's place in it."""
        self._styled: tuple[str | None, str | None, set[str] | None] = (None, None, None)
        """The hovered and the selected zone, and the zones found, as last shown."""
        self._badges: tuple[tuple[object, ...], list[Badge], QPixmap] | None = None
        """The numbers as placed for a view of the map, and painted once onto a layer."""
        self._layouts = 0
        """Counts the changes of the regions on show, which place the numbers anew."""
        self._focus: MapRegion | None = None
        """The region the keyboard is on; it lights up as hovered while the map has focus."""
        self._ring = False
        """Whether the focus ring shows: once the keyboard has moved on the map."""
        self._pressed_at: QPoint | None = None
        """Where the left button went down: a release there is a click, else a drag pans."""
        viewport.grabGesture(Qt.GestureType.PinchGesture)
        self._show_chart()
        state.chart_changed.connect(lambda _: self._show_chart())
        state.view_changed.connect(lambda _: self._show_chart())
        state.sides_changed.connect(lambda _: self._show_sides())
        state.labels_changed.connect(lambda _: self.viewport().update())
        state.selection_changed.connect(lambda _: self._show_selection())
        state.hover_changed.connect(lambda _: self._restyle())
        state.search_changed.connect(lambda _: self._restyle())
        state.step_changed.connect(lambda _: self._show_step())

    def _show_chart(self) -> None:
        """Draw the view of the chart that the state shows."""
        chart, view = self.state.chart, self.state.view
        self._describe()
        drawing = chart.drawing(view)
        self._scene.clear()
        self._renderer = QSvgRenderer(QByteArray(drawing.svg), self)
        self._artwork = _Artwork(self._renderer, QRectF(0, 0, drawing.width, drawing.height))
        self._scene.addItem(self._artwork)
        self._regions = []
        self._by_zone = {}
        for zone in chart.zones:
            colour = QColor(chart.colour(zone.id))
            items = [MapRegion(region, zone, colour) for region in chart.regions_of(zone.id, view)]
            self._by_zone[zone.id] = items
            self._regions += items
        self._by_id = {item.region.id: item for item in self._regions}
        # Larger regions first (the sort keeps chart order among equals): the topmost region
        # at a spot is the most specific.
        painted = sorted(self._regions, key=lambda item: -item.region.area)
        for order, item in enumerate(painted):
            item.order = order
        self._layer = RegionLayer(painted, QRectF(0, 0, drawing.width, drawing.height))
        self._scene.addItem(self._layer)
        self._thinnest: float | None = None
        self._focus = None
        self._show_sides()

    def _describe(self) -> None:
        self.setAccessibleDescription(
            self.tr(
                "Both feet: {0}. Arrow keys move between the zones of a foot, "
                "Tab goes to the other foot, Enter selects."
            ).format(QCoreApplication.translate("Views", VIEW_NAMES[self.state.view]))
        )

    def changeEvent(self, event: QEvent) -> None:
        # The foot labels are painted in the current language; the regions' names are
        # asked for when a screen reader reads them.
        if event.type() == QEvent.Type.LanguageChange:
            self._language += 1
            self.viewport().setAccessibleName(self.tr("Foot map drawing"))
            self.setAccessibleName(self.tr("Foot map"))
            self._describe()
            self.viewport().update()
        super().changeEvent(event)

    # What is shown.

    def region_items(self) -> Sequence[MapRegion]:
        return self._regions

    def region_layer(self) -> RegionLayer:
        return self._layer

    def _show_sides(self) -> None:
        self._layouts += 1
        shown = self.state.sides
        for item in self._regions:
            item.shown = item.region.side in shown
        self._layer.forget()
        self._reading = None
        boxes = [self.state.chart.foot_box(side, self.state.view) for side in shown]
        left, top = min(b[0] for b in boxes), min(b[1] for b in boxes)
        right, bottom = max(b[2] for b in boxes), max(b[3] for b in boxes)
        self._artwork.clip = QRectF(left, top, right - left, bottom - top)
        self._artwork.update()
        self._scene.setSceneRect(self._artwork.clip)
        if self._focus is not None and not self._focus.shown:
            self._focus = None
        self._restyle(everything=True)
        self.fit()
        accessibility.map_event(self, QAccessible.Event.ObjectReorder, None)

    def visible_sides(self) -> tuple[Side, ...]:
        return self.state.sides

    def labels_visible(self) -> bool:
        return self.state.labels_visible

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        # The drawing is artwork in fixed colours: it sits on a light card of its own, so
        # that it stays legible in a dark palette too.
        super().drawBackground(painter, rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().color(self.palette().ColorRole.Mid), 0))
        painter.setBrush(PAPER_COLOUR)
        painter.drawRoundedRect(self.sceneRect().adjusted(4, 4, -4, -4), 12, 12)
        painter.restore()

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        # Zone numbers are painted over the scene rather than kept as scene items: at a fixed
        # screen size they could only be items that ignore transformations, which Qt's index
        # cannot sort, and every hit-test would have to check each of them.
        self._paint_focus_ring(painter)
        self._paint_step_arrow(painter)
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        paint_foot_labels(painter, self.foot_labels())
        if self.state.labels_visible:
            # One layer, painted when the map moves or changes: a repaint only copies the
            # part it needs (at 5,000 regions the numbers took 176 of a repaint's 213 ms).
            painter.drawPixmap(0, 0, self._badge_layer()[1])
        painter.restore()

    def foot_labels(self) -> list[FootLabel]:
        """The captions under the feet shown, in viewport coordinates."""
        state, t = self.state, self.viewportTransform()
        # Kept while the map stays put: every mouse move asks for them (for the numbers
        # beside the feet), and measuring their words took most of a hit-test.
        key: tuple[object, ...] = (t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy())
        key += (self.font().key(), id(state.chart), state.view, state.sides, self._language)
        if self._labels is None or self._labels[0] != key:
            labels = foot_labels(self.font(), state.chart, state.view, state.sides, t)
            self._labels = (key, state.chart, labels)  # the chart kept, so that its id is its own
        return self._labels[2]

    def badges(self) -> list[Badge]:
        """The zone numbers on show, in viewport coordinates: each fits inside its region
        as shown or sits beside it with a leader line, and none lies on another."""
        return self._badge_layer()[0] if self.state.labels_visible else []

    def _badge_layer(self) -> tuple[list[Badge], QPixmap]:
        t = self.viewportTransform()
        size = self.viewport().size()
        ratio = self.viewport().devicePixelRatioF()
        captions = [label.box for label in self.foot_labels()]
        view = (t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy(), size, ratio, self._layouts)
        key = (*view, *(box.getRect() for box in captions))  # numbers beside keep off these
        if self._badges is None or self._badges[0] != key:
            chart = self.state.chart
            shown = [item.region for item in self._regions if item.shown]
            metrics = QFontMetricsF(self._label_font)
            radii: dict[str, float] = {}

            def full_radius(text: str) -> float:
                if text not in radii:
                    radii[text] = max(metrics.horizontalAdvance(text), metrics.height()) / 2 + 2
                return radii[text]

            room = QRectF(self.viewport().rect())
            badges = place_badges(shown, chart.number, t, full_radius, room, captions)
            layer = QPixmap(size * ratio)
            layer.setDevicePixelRatio(ratio)
            layer.fill(Qt.GlobalColor.transparent)
            painter = QPainter(layer)
            painter.setRenderHints(
                QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
            )
            paint_badges(painter, badges, self._label_font, LABEL_FILL)
            painter.end()
            self._badges = (key, badges, layer)
        return self._badges[1], self._badges[2]

    def _paint_focus_ring(self, painter: QPainter) -> None:
        """Two rings, dark inside light, so that the focus shows on any fill."""
        if self._focus is None or not self.hasFocus() or not self._ring:
            return
        box = QRectF(self.mapFromScene(self._focus.scene_box()).boundingRect())
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for colour, width, grow in ((QColor("white"), 5.0, 4), (QColor("black"), 2.0, 4)):
            painter.setPen(QPen(colour, width))
            painter.drawRoundedRect(box.adjusted(-grow, -grow, grow, grow), 6, 6)
        painter.restore()

    def step_items(self) -> list[MapRegion]:
        """The regions of the running session's step: its zone, on its foot."""
        step = self.state.step
        if step is None:
            return []
        return [
            item
            for item in self._regions
            if item.region.zone_id == step.zone and item.region.side == step.side
        ]

    def _show_step(self) -> None:
        self._restyle(everything=True)  # once a step: the old step's regions and the new
        items = self.step_items()
        if items and not self._fit:
            self.ensureVisible(items[0].scene_box(), 40, 40)
        self.viewport().update()

    def _paint_step_arrow(self, painter: QPainter) -> None:
        """Where the step's strokes go, over the lit area."""
        step = self.state.step
        items = self.step_items()
        if step is None or not items:
            return
        # Loaded with the first session: the card's module brings the printing code.
        from ..render.session_card import paint_step_arrow

        box = QRectF()
        for item in items:
            box = box.united(self.mapFromScene(item.scene_box()).boundingRect())
        left, top, right, bottom = self.state.chart.foot_box(step.side, step.view)
        foot = self.mapFromScene(QRectF(left, top, right - left, bottom - top)).boundingRect()
        painter.save()
        painter.resetTransform()
        paint_step_arrow(painter, box, step, QRectF(foot).center())
        painter.restore()

    # Zoom.

    def fit(self) -> None:
        self._set_fit(True)
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def _set_fit(self, fit: bool) -> None:
        """A zoomed map pans when dragged (Qt's hand drag); a fitted one has nowhere to go."""
        self._fit = fit
        mode = QGraphicsView.DragMode.NoDrag if fit else QGraphicsView.DragMode.ScrollHandDrag
        if self.dragMode() != mode:
            self.setDragMode(mode)

    def _fitted_scale(self, box: QRectF) -> float:
        return min(
            self.viewport().width() / max(box.width(), 1e-9),
            self.viewport().height() / max(box.height(), 1e-9),
        )

    def zoom(self, factor: float) -> None:
        fitted = self._fitted_scale(self.sceneRect())
        scale = self.transform().m11() * factor
        if scale <= fitted:
            self.fit()
        elif scale <= fitted * MAX_ZOOM:
            self._set_fit(False)
            self.scale(factor, factor)

    def zoom_to_selection(self) -> bool:
        """Zoom in on the selected zone: the region the keyboard or a click is on, else its
        first region on show. False if the selected zone is not on show."""
        selected = self.state.selected
        items = [i for i in self._regions if i.region.zone_id == selected and i.shown]
        if not items:
            return False
        item = self._focus if self._focus in items else items[0]
        box = item.scene_box()
        grow = max(box.width(), box.height()) * SELECTION_MARGIN
        box = box.adjusted(-grow, -grow, grow, grow)
        fitted = self._fitted_scale(self.sceneRect())
        scale = min(max(self._fitted_scale(box), fitted), fitted * MAX_ZOOM)
        if scale <= fitted:
            self.fit()
            return True
        self._set_fit(False)
        self.resetTransform()
        self.scale(scale, scale)
        self.centerOn(box.center())
        return True

    def viewportEvent(self, event: QEvent) -> bool:
        # Touchpad pinches arrive as native gestures (macOS, Wayland, X11 with XInput 2.4),
        # touchscreen pinches as Qt's pinch gesture.
        kind = event.type()
        if kind == QEvent.Type.Paint:
            self._layer.exposed = cast("QPaintEvent", event).region()
            try:
                return super().viewportEvent(event)
            finally:
                self._layer.exposed = None
        if kind == QEvent.Type.ToolTip:
            # The regions are no items of their own: their tips are shown from here.
            help_event = cast("QHelpEvent", event)
            item = self.region_at(help_event.pos())
            if item is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(help_event.globalPos(), item.tip, self.viewport())
            return True
        if kind == QEvent.Type.NativeGesture:
            gesture = cast("QNativeGestureEvent", event)
            if gesture.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.zoom(1.0 + gesture.value())
                return True
        elif kind == QEvent.Type.Gesture:
            pinch = cast("QGestureEvent", event).gesture(Qt.GestureType.PinchGesture)
            if pinch is not None:
                self.zoom(cast("QPinchGesture", pinch).scaleFactor())
                event.accept()
                return True
        return super().viewportEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
        else:
            super().wheelEvent(event)

    # Hit-testing, hover and selection.

    def regions_at(self, viewport_pos: QPoint) -> list[MapRegion]:
        """Visible regions under a viewport point, most specific first, after the small ones
        within HIT_SLOP pixels of it; on no region, those within HIT_SLOP pixels, nearest
        first. A number beside the foot stands for its region."""
        for badge in self.badges():
            if badge.anchor is not None and (
                QLineF(badge.centre, QPointF(viewport_pos)).length() <= badge.radius
            ):
                return [self._item(badge.region.id)]
        hits = self._layer.at(self.mapToScene(viewport_pos))
        if hits and (
            self._small(hits[0]) or self._thinnest_shown() * self.transform().m11() >= SMALL_REGION
        ):
            return hits  # no small region to give way to (zoomed in, none is small)
        near = [item for item in self._near(viewport_pos) if item not in hits]
        if hits:
            near = [i for i in near if self._small(i) and i.region.area < hits[0].region.area]
        return near + hits

    def _small(self, item: MapRegion) -> bool:
        return item.thickness * self.transform().m11() < SMALL_REGION

    def _thinnest_shown(self) -> float:
        """The thickness of the thinnest region of the view: measured on the first hit-test,
        not at start (measuring every region's outline takes 4 ms at 5,000 regions)."""
        if self._thinnest is None:
            self._thinnest = min((item.thickness for item in self._regions), default=0.0)
        return self._thinnest

    def _near(self, viewport_pos: QPoint) -> list[MapRegion]:
        def square(pixels: int) -> QRectF:
            corner = viewport_pos - QPoint(pixels, pixels)
            box = QRect(corner, QSize(2 * pixels + 1, 2 * pixels + 1))
            return self.mapToScene(box).boundingRect()

        near = self._layer.meeting(square(HIT_SLOP))
        if len(near) < 2:
            return near
        rings = [square(pixels) for pixels in range(1, HIT_SLOP + 1)]
        return sorted(
            near,
            key=lambda item: next(
                (n for n, ring in enumerate(rings) if item.shape().intersects(ring)), HIT_SLOP
            ),
        )

    def region_at(self, viewport_pos: QPoint) -> MapRegion | None:
        hits = self.regions_at(viewport_pos)
        return hits[0] if hits else None

    def _show_selection(self) -> None:
        self._restyle()
        selected = self.state.selected
        if selected is not None and not self._fit:
            items = [i for i in self._regions if i.region.zone_id == selected and i.shown]
            if items:
                self.ensureVisible(items[0].scene_box(), 40, 40)

    def _restyle(self, everything: bool = False) -> None:
        """Give the regions the look the state asks for: those of the zones whose hover,
        selection or match changed since the last time, or ``everything`` (restyling every
        region at each hover took 119 ms at 5,000 regions)."""
        state = self.state
        matches = state.matched_zones()
        step = state.step
        hovered, selected, matched = self._styled
        self._styled = (state.hovered, state.selected, matches)
        by_zone = self._by_zone
        if everything or (matches is None) != (matched is None):
            zones: Iterable[str | None] = by_zone
        else:
            zones = {hovered, selected, state.hovered, state.selected}
            if matches is not None and matched is not None:
                zones |= matches ^ matched
        changed = []
        for zone_id in zones:
            # The zone's look once, then each region's (a session's step is on one foot).
            hover = zone_id == state.hovered
            chosen = step is None and zone_id == state.selected
            match = None if matches is None else zone_id in matches
            for item in by_zone.get(zone_id, ()) if zone_id else ():
                in_step = step is not None and (zone_id, item.region.side) == (step.zone, step.side)
                if item.set_look(hovered=hover, selected=in_step or chosen, matched=match):
                    changed.append(item)
        self._layer.restyled(changed)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        item = self.region_at(event.position().toPoint())
        self.state.hover(item.region.zone_id if item else None)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: object) -> None:
        self.state.hover(None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed_at = event.position().toPoint()
        super().mousePressEvent(event)  # on a zoomed map, starts Qt's hand drag

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        pressed, self._pressed_at = self._pressed_at, None
        if event.button() != Qt.MouseButton.LeftButton or pressed is None:
            return
        moved = (event.position().toPoint() - pressed).manhattanLength()
        if moved >= QApplication.startDragDistance():
            return  # a drag, which panned the map
        item = self.region_at(pressed)
        if item is None:
            self.state.clear_selection()
            return
        point = self.mapToScene(pressed)
        self.state.select(item.region.zone_id, at=(point.x(), point.y()))
        self._set_focus(item, light=False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in ARROWS and self._focus is not None:
            self._set_focus(self._neighbour(self._focus, *ARROWS[key]))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._focus:
            region = self._focus.region
            self.state.select(region.zone_id, at=region.anchor)
            name = self.state.chart.zone(region.zone_id).name
            accessibility.announce(self, self.tr("{0} selected").format(name))
        else:
            super().keyPressEvent(event)

    # Keyboard focus: a region of one foot; Tab goes on to the other foot, then out.

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        reason = event.reason()
        if self._focus is None:
            feet = self.state.sides
            backwards = reason == Qt.FocusReason.BacktabFocusReason
            self._focus = self._entry_region(feet[-1] if backwards else feet[0])
        # A click chooses its own region; only coming by keyboard lights one up (not the
        # window's first focus, nor its coming to the front).
        if reason != Qt.FocusReason.MouseFocusReason:
            keyboard = reason in (
                Qt.FocusReason.TabFocusReason,
                Qt.FocusReason.BacktabFocusReason,
                Qt.FocusReason.ShortcutFocusReason,
            )
            self._set_focus(self._focus, light=keyboard)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.state.hover(None)
        self.viewport().update()

    def focusNextPrevChild(self, next: bool) -> bool:
        if self.hasFocus() and self._focus is not None:
            feet = self.state.sides
            index = feet.index(self._focus.region.side) + (1 if next else -1)
            if 0 <= index < len(feet):
                self._set_focus(self._entry_region(feet[index]))
                return True
        return super().focusNextPrevChild(next)

    def _entry_region(self, side: Side) -> MapRegion | None:
        """The selected zone's region on that foot, else the foot's topmost region."""
        on_foot = [i for i in self._regions if i.shown and i.region.side == side]
        selected = [i for i in on_foot if i.region.zone_id == self.state.selected]
        if selected:
            return selected[0]
        return min(on_foot, key=lambda i: i.region.anchor[::-1], default=None)

    def _neighbour(self, item: MapRegion, dx: int, dy: int) -> MapRegion:
        """The nearest region of the same foot in a direction, favouring those in line."""
        x, y = item.region.anchor
        best, best_cost = item, float("inf")
        for other in self._regions:
            if other is item or not other.shown or other.region.side != item.region.side:
                continue
            ox, oy = other.region.anchor
            ahead = (ox - x) * dx + (oy - y) * dy
            aside = abs((ox - x) * dy) + abs((oy - y) * dx)
            if ahead > 0 and ahead + 2 * aside < best_cost:
                best, best_cost = other, ahead + 2 * aside
        return best

    def _set_focus(self, item: MapRegion | None, *, light: bool = True) -> None:
        self._focus = item
        self._ring = light
        if item is None or not self.hasFocus():
            return
        if light:
            self.state.hover(item.region.zone_id)
        if not self._fit:
            self.ensureVisible(item.scene_box(), 40, 40)
        self.viewport().update()
        accessibility.map_event(self, QAccessible.Event.Focus, item.region.id)

    # What assistive technology reads (accessibility.RegionMap).

    def accessible_regions(self) -> Sequence[str]:
        """One foot after the other, each in chart order."""
        return self._reading_order()[0]

    def accessible_index(self, region_id: str) -> int:
        return self._reading_order()[1].get(region_id, -1)

    def _reading_order(self) -> tuple[tuple[str, ...], dict[str, int]]:
        # Kept while the regions on show stay: a screen reader asks for it at every region
        # it reads (made each time, reading 5,000 regions took two minutes).
        if self._reading is None:
            feet = self.state.sides
            shown = sorted(
                (item for item in self._regions if item.shown),
                key=lambda item: feet.index(item.region.side),
            )
            order = tuple(item.region.id for item in shown)
            self._reading = (order, {region_id: i for i, region_id in enumerate(order)})
        return self._reading

    def _item(self, region_id: str) -> MapRegion:
        return self._by_id[region_id]

    def region_id_at(self, viewport_pos: QPoint) -> str | None:
        item = self.region_at(viewport_pos)
        return item.region.id if item else None

    def region_screen_rect(self, region_id: str) -> QRect:
        box = self.mapFromScene(self._item(region_id).scene_box()).boundingRect()
        return box.translated(self.viewport().mapToGlobal(QPoint(0, 0)))

    def region_texts(self, region_id: str) -> tuple[str, str]:
        region = self._item(region_id).region
        chart = self.state.chart
        zone = chart.zone(region.zone_id)
        foot = QCoreApplication.translate("Views", FEET[region.side])
        view = QCoreApplication.translate("Views", VIEW_NAMES[region.view])
        name = self.tr("{0}, zone {1}").format(zone.name, chart.number(zone.id))
        return name, self.tr("{0}, {1}. {2}").format(foot, view, zone.claim)

    def region_selected(self, region_id: str) -> bool:
        return self._item(region_id).region.zone_id == self.state.selected

    def focused_region(self) -> str | None:
        return self._focus.region.id if self._focus is not None and self.hasFocus() else None


accessibility.register(MapView, accessibility.MapInterface)
