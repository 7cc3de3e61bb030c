"""The map under the mouse and the touchpad: drag to pan, pinch to zoom, zoom to the selected
zone, and small regions that are still easy to hit."""

from collections.abc import Iterable

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QNativeGestureEvent, QPainter, QPointingDevice
from PySide6.QtWidgets import QApplication, QGestureEvent, QPinchGesture
from pytestqt.qtbot import QtBot

from reflexmap.app.actions import action
from reflexmap.app.catalogue import ChartSource
from reflexmap.core.model import View
from reflexmap.ui import map_view
from reflexmap.ui.main_window import MainWindow
from reflexmap.ui.map_view import HIT_SLOP, MapRegion, MapView, RegionLayer


def centre_of(view: MapView, zone_id: str, side: str = "left") -> QPoint:
    item = next(
        i for i in view.region_items() if i.region.zone_id == zone_id and i.region.side == side
    )
    return view.mapFromScene(QPointF(*item.region.anchor))


def drag(qtbot: QtBot, view: MapView, start: QPoint, end: QPoint) -> None:
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    steps = 8
    for step in range(1, steps + 1):
        qtbot.mouseMove(viewport, start + (end - start) * step / steps)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def scroll_position(view: MapView) -> tuple[int, int]:
    return view.horizontalScrollBar().value(), view.verticalScrollBar().value()


def test_dragging_a_zoomed_map_pans_and_keeps_the_selection(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.map_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre_of(view, "heel"))
    assert window.state.selected == "heel"
    for _ in range(3):
        window.action("zoom-in").trigger()
    before = scroll_position(view)
    start = centre_of(view, "heel")
    drag(qtbot, view, start, start + QPoint(-120, -90))
    assert window.state.selected == "heel"  # a drag is no click on empty space
    after = scroll_position(view)
    assert after[0] > before[0]
    assert after[1] > before[1]  # dragged up and left: the drawing moved with the pointer


def test_a_click_without_moving_still_selects_on_a_zoomed_map(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.map_view
    for _ in range(2):
        window.action("zoom-in").trigger()
    window.state.select("heel")
    view.centerOn(
        next(i for i in view.region_items() if i.region.zone_id == "arch").scene_box().center()
    )
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre_of(view, "arch"))
    assert window.state.selected == "arch"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert window.state.selected is None  # empty space still clears


def test_a_touchpad_pinch_zooms(window: MainWindow) -> None:
    view = window.map_view
    fitted = view.transform().m11()
    centre = QPointF(view.viewport().rect().center())
    event = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        centre,
        centre,
        QPointF(view.viewport().mapToGlobal(centre)),
        0.5,
        QPointF(),
    )
    QApplication.sendEvent(view.viewport(), event)
    assert view.transform().m11() == pytest.approx(fitted * 1.5)


def test_a_touchscreen_pinch_zooms(window: MainWindow) -> None:
    view = window.map_view
    fitted = view.transform().m11()
    pinch = QPinchGesture()
    pinch.setScaleFactor(2.0)
    QApplication.sendEvent(view.viewport(), QGestureEvent([pinch]))
    assert view.transform().m11() == pytest.approx(fitted * 2.0)


def test_zoom_to_selection_shows_the_zone_large(qtbot: QtBot, window: MainWindow) -> None:
    spec = action("zoom-selection")
    assert spec.menu == "view"
    assert spec.shortcuts
    view = window.map_view
    fitted = view.transform().m11()
    window.state.select("toe-tips")
    window.action("zoom-selection").trigger()
    assert view.transform().m11() > 1.5 * fitted
    item = next(i for i in view.region_items() if i.region.zone_id == "toe-tips")
    box = view.mapFromScene(item.scene_box()).boundingRect()
    viewport = view.viewport().rect()
    assert viewport.contains(box)
    assert box.width() > 0.4 * viewport.width() or box.height() > 0.4 * viewport.height()
    window.action("fit").trigger()
    assert view.transform().m11() == pytest.approx(fitted)


def test_zoom_to_selection_without_one_says_so(window: MainWindow) -> None:
    fitted = window.map_view.transform().m11()
    window.action("zoom-selection").trigger()
    assert window.map_view.transform().m11() == pytest.approx(fitted)
    assert window.statusBar().currentMessage()


def small_regions(view: MapView) -> list[MapRegion]:
    scale = view.transform().m11()
    return [i for i in view.region_items() if i.shown and i.thickness * scale < 12]


def point_just_outside(view: MapView, item: MapRegion) -> QPoint:
    """A point a few pixels outside the region's outline, on no other small region."""
    centre = view.mapFromScene(QPointF(*item.region.anchor))
    shape = item.shape()
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (-1, -1), (1, -1), (-1, 1)):
        point = QPoint(centre)
        while shape.contains(view.mapToScene(point)):
            point += QPoint(dx, dy)
        point += QPoint(dx, dy) * (HIT_SLOP // 2)
        under = view.regions_at(point)
        exact = [i for i in under if i.shape().contains(view.mapToScene(point))]
        if item not in exact and not any(i in small_regions(view) for i in exact):
            return point
    raise AssertionError(f"no point just outside {item.region.id}")


@pytest.mark.parametrize("chart_id", ["article", "western"])
def test_clicking_just_outside_a_small_region_selects_it(
    qtbot: QtBot, window: MainWindow, chart_id: str
) -> None:
    assert window.open_chart(ChartSource.of_bundled(chart_id))
    tried = 0
    for view_id in window.state.chart.views:
        view: View = view_id
        window.state.show_view(view)
        for item in small_regions(window.map_view):
            point = point_just_outside(window.map_view, item)
            window.state.clear_selection()
            qtbot.mouseClick(window.map_view.viewport(), Qt.MouseButton.LeftButton, pos=point)
            assert window.state.selected == item.region.zone_id, (view, item.region.id)
            tried += 1
    if chart_id == "western":
        assert tried >= 4  # the adrenals and the ureters of both feet, at least


def test_no_focus_ring_until_the_keyboard_moves_on_the_map(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.map_view
    assert window.focusWidget() is view
    at_start = view.viewport().grab().toImage()
    window.zone_list.setFocus()
    assert view.viewport().grab().toImage() == at_start  # no ring was drawn
    view.setFocus(Qt.FocusReason.TabFocusReason)
    assert view.viewport().grab().toImage() != at_start


@pytest.fixture
def painted(monkeypatch: pytest.MonkeyPatch) -> list[MapRegion]:
    """The regions the map paints, as often as it paints them."""
    regions: list[MapRegion] = []
    paint = RegionLayer._paint_regions

    def counted(painter: QPainter, items: Iterable[MapRegion]) -> None:
        items = list(items)
        regions.extend(items)
        paint(painter, items)

    monkeypatch.setattr(RegionLayer, "_paint_regions", staticmethod(counted))
    return regions


def test_a_hover_paints_again_only_the_regions_around_the_zone(
    window: MainWindow, painted: list[MapRegion], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every region painted again at each hover took most of a frame at 5,000 regions.
    monkeypatch.setattr(map_view, "FRESH_PICTURE", 0)  # a picture kept, as a large chart's
    assert window.open_chart(ChartSource.of_bundled("western"))
    view = window.map_view
    view.viewport().repaint()
    painted.clear()
    zone = window.state.chart.zones[0].id
    window.state.hover(zone)
    view.viewport().repaint()
    shown = [item for item in view.region_items() if item.shown]
    assert {item.region.zone_id for item in painted} >= {zone}
    assert len(painted) < len(shown) / 4


def test_a_zoomed_map_paints_the_regions_in_sight(
    window: MainWindow, painted: list[MapRegion], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(map_view, "FRESH_PICTURE", 0)
    assert window.open_chart(ChartSource.of_bundled("western"))
    view = window.map_view
    for _ in range(4):
        window.action("zoom-in").trigger()
    view.centerOn(view.region_items()[0].scene_box().center())
    view.region_layer().forget()
    painted.clear()
    view.viewport().repaint()
    sight = view.viewport().rect()
    in_sight = {
        item.region.id
        for item in view.region_items()
        if item.shown and view.mapFromScene(item.scene_box()).boundingRect().intersects(sight)
    }
    assert in_sight <= {item.region.id for item in painted}
    assert len(painted) < len([item for item in view.region_items() if item.shown])


@pytest.mark.parametrize("chart_id", ["article", "western"])
def test_each_region_is_painted_in_its_look(
    qtbot: QtBot, window: MainWindow, chart_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Painted straight (few regions) or from a kept picture, every region shows its look.
    assert window.open_chart(ChartSource.of_bundled(chart_id))
    state, view = window.state, window.map_view
    state.set_labels_visible(False)  # the numbers sit on the regions' label points

    def colours() -> dict[str, int]:
        image = view.viewport().grab().toImage()
        ratio = image.devicePixelRatio()
        points = {
            item.region.id: view.mapFromScene(QPointF(*item.region.anchor))
            for item in view.region_items()
            if item.shown
        }
        return {
            region_id: image.pixel(round(p.x() * ratio), round(p.y() * ratio))
            for region_id, p in points.items()
        }

    for picture in (False, True):
        monkeypatch.setattr(map_view, "FRESH_PICTURE", 0 if picture else 10**6)
        view.region_layer().forget()
        state.clear_selection()
        plain = colours()
        for zone in state.chart.zones:
            state.select(zone.id)
            lit = colours()
            view.region_layer().forget()
            assert colours() == lit, zone.id  # as every region painted afresh
            ids = [i.region.id for i in view.region_items() if i.region.zone_id == zone.id]
            changed = [region_id for region_id in ids if lit.get(region_id) != plain.get(region_id)]
            assert changed == [region_id for region_id in ids if region_id in plain], zone.id
