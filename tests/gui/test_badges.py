"""Zone numbers on the map: each fits inside its region as shown, or sits beside the foot
with a leader line to it; none lies on another, on a zone or a caption, or outside the map;
on both bundled charts, in every view, at a small and a large window and at 2x scale."""

import math

import pytest
from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QPainterPath, QTransform
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reflexmap.app.catalogue import ChartSource
from reflexmap.app.settings import Settings
from reflexmap.app.state import AppState
from reflexmap.core.loader import load_chart
from reflexmap.core.model import Region
from reflexmap.render.regions import BADGE_SHARE, MIN_BADGE_SCALE, Badge, place_badges
from reflexmap.ui import fit
from reflexmap.ui.main_window import MainWindow

SIZES = [(1200, 800), (800, 600), (640, 480)]
"""Windows on a screen at 1x; 640x480 is the smallest the window lets itself be made."""
SCREENS = {"1366x768 at 2x": QRect(0, 0, 683, 370), "800x600 at 2x": QRect(0, 0, 400, 286)}
"""Screens at QT_SCALE_FACTOR=2 (less a panel), in Qt's logical pixels: the window opens on
them as on a first start, as large as they allow."""
NUMBERED_EVERYWHERE = ["800x600", "1366x768 at 2x"]
"""Where every region of every view has its number (on the smallest screen at 2x the map is
about 200x100 pixels: there the numbers that fit are shown, and no more)."""


def _shown_box(window: MainWindow, badge: Badge) -> QRectF:
    left, top, right, bottom = badge.region.bounds
    view = window.map_view
    return view.mapFromScene(QRectF(left, top, right - left, bottom - top)).boundingRect().toRectF()


def _open(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, chart_id: str, where: str
) -> tuple[MainWindow, AppState]:
    """A window on a bundled chart, ``where`` a window size ("800x600") or a screen of
    SCREENS that the window opens on as on a first start."""
    if where in SCREENS:
        monkeypatch.setattr(fit, "_available", lambda widget: SCREENS[where])
    source = ChartSource.of_bundled(chart_id)
    chart = load_chart(*source.files)
    state = AppState(chart, source)
    window = MainWindow(state, settings=Settings(notice_shown=True))  # no first-run notice
    qtbot.addWidget(window)
    if where not in SCREENS:
        window.resize(*(int(n) for n in where.split("x")))
    window.show()
    qtbot.waitExposed(window)
    return window, state


def _disc(centre: QPointF, radius: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(centre, radius, radius)
    return path


def _past(a: Badge, b: Badge) -> float:
    """How far ``b``'s leader line passes from ``a``'s centre, less ``a``'s radius."""
    assert b.anchor is not None
    p, q, c = b.anchor, b.centre, a.centre
    dx, dy = q.x() - p.x(), q.y() - p.y()
    t = ((c.x() - p.x()) * dx + (c.y() - p.y()) * dy) / max(dx * dx + dy * dy, 1e-9)
    t = min(max(t, 0.0), 1.0)
    return math.dist((p.x() + t * dx, p.y() + t * dy), (c.x(), c.y())) - a.radius


@pytest.mark.parametrize("chart_id", ["article", "western"])
@pytest.mark.parametrize("where", NUMBERED_EVERYWHERE)
def test_every_zone_on_every_view_has_a_number(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, chart_id: str, where: str
) -> None:
    # At 800x600 and at 2x on a laptop, tiny zones (the pituitary, the eyes, the little
    # toes' sinuses) had no number: theirs could neither fit in them nor go elsewhere.
    # (Where room is short, a zone is numbered on one foot.)
    window, state = _open(qtbot, monkeypatch, chart_id, where)
    for view in state.chart.views:
        state.show_view(view)
        QApplication.processEvents()
        shown = {i.region.zone_id for i in window.map_view.region_items() if i.shown}
        numbered = {badge.region.zone_id for badge in window.map_view.badges()}
        assert numbered == shown, (view, shown - numbered)


@pytest.mark.parametrize("chart_id", ["article", "western"])
@pytest.mark.parametrize("where", [*NUMBERED_EVERYWHERE, "1200x800", "640x480", "800x600 at 2x"])
def test_numbers_never_overlap_and_stay_in_the_map(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, chart_id: str, where: str
) -> None:
    window, state = _open(qtbot, monkeypatch, chart_id, where)
    map_view = window.map_view
    viewport = QRectF(map_view.viewport().rect())
    for view in state.chart.views:
        state.show_view(view)
        QApplication.processEvents()
        badges = map_view.badges()
        assert badges, view
        regions = [item for item in map_view.region_items() if item.shown]
        captions = [label.box for label in map_view.foot_labels()]
        for i, a in enumerate(badges):
            assert viewport.contains(a.box), (view, a.region.id, a.box)
            assert a.scale >= MIN_BADGE_SCALE, (view, a.region.id)
            for b in badges[i + 1 :]:
                gap = math.dist((a.centre.x(), a.centre.y()), (b.centre.x(), b.centre.y())) - (
                    a.radius + b.radius
                )
                assert gap >= 0, (view, a.region.id, b.region.id)
            if a.anchor is None:
                # Inside its zone: small enough not to cover it, where a click selects it.
                shown = _shown_box(window, a)
                assert 2 * a.radius <= BADGE_SHARE * min(shown.width(), shown.height()) + 1e-6
                scene_point = map_view.mapToScene(a.centre.toPoint())
                assert a.region.contains(scene_point.x(), scene_point.y()), (view, a.region.id)
                continue
            # Beside the foot: full size, on no zone and no caption, its leader from its zone
            # passing under no other number.
            assert a.scale == 1, (view, a.region.id)
            anchor = map_view.mapToScene(a.anchor.toPoint())
            assert a.region.contains(anchor.x(), anchor.y()), (view, a.region.id)
            disc = map_view.mapToScene(_disc(a.centre, a.radius))
            for item in regions:
                assert not item.shape().intersects(disc), (view, a.region.id, item.region.id)
            for caption in captions:
                assert not caption.intersects(a.box), (view, a.region.id, caption)
            for b in badges:
                if b is not a:
                    assert _past(b, a) >= 0, (view, a.region.id, b.region.id)


def test_a_roomy_map_numbers_every_zone_at_full_size(window: MainWindow) -> None:
    badges = window.map_view.badges()
    numbered = {badge.region.zone_id for badge in badges}
    assert numbered == {region.zone_id for region in window.state.chart.foot_map.regions}
    assert sum(badge.scale == 1 for badge in badges) >= len(badges) * 0.8


def test_numbers_follow_the_labels_switch(window: MainWindow) -> None:
    window.state.set_labels_visible(False)
    assert window.map_view.badges() == []
    window.state.set_labels_visible(True)
    assert window.map_view.badges()


def test_a_number_shrinks_before_it_goes_beside_the_foot(qtbot: QtBot, window: MainWindow) -> None:
    """At a small size some numbers shrink in their zones (rather than cover them), and
    those that would be too small to read go beside the foot, full size."""
    big = {b.region.id: b for b in window.map_view.badges()}
    assert all(b.anchor is None for b in big.values())
    window.resize(500, 400)
    QApplication.processEvents()
    small = {b.region.id: b for b in window.map_view.badges()}
    assert any(b.anchor is None and b.radius < big[r].radius for r, b in small.items())
    beside = [b for b in small.values() if b.anchor is not None]
    assert beside
    assert all(b.scale == 1 and b.radius >= big[b.region.id].radius for b in beside)


@pytest.mark.parametrize("chart_id", ["article", "western"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_foot_captions_fit_under_their_feet(
    qtbot: QtBot, chart_id: str, size: tuple[int, int]
) -> None:
    # At 1366x768 with 2x scale "Left foot, sole" ran into "Right foot, sole": text twice
    # as large beside the map does the same here.
    source = ChartSource.of_bundled(chart_id)
    chart = load_chart(*source.files)
    state = AppState(chart, source)
    window = MainWindow(state, settings=Settings(notice_shown=True))
    qtbot.addWidget(window)
    font = window.map_view.font()
    font.setPointSizeF(2 * font.pointSizeF())
    window.map_view.setFont(font)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    viewport = QRectF(window.map_view.viewport().rect())
    for view in chart.views:
        state.show_view(view)
        QApplication.processEvents()
        left, right = window.map_view.foot_labels()
        assert not left.box.intersects(right.box), (view, left.box, right.box)
        assert viewport.contains(left.box), view
        assert viewport.contains(right.box), view
        if size[0] >= 800:  # smaller, not cut short
            assert "\N{HORIZONTAL ELLIPSIS}" not in left.text + right.text, view


@pytest.mark.parametrize("chart_id", ["article", "western"])
def test_pointing_at_a_number_beside_the_foot_is_pointing_at_its_zone(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, chart_id: str
) -> None:
    window, state = _open(qtbot, monkeypatch, chart_id, "1366x768 at 2x")
    viewport = window.map_view.viewport()
    beside = [badge for badge in window.map_view.badges() if badge.anchor is not None]
    assert beside
    for badge in beside:
        point = badge.centre.toPoint()
        # What the pointer hovers (not moved there: Qt would keep the cursor there for the
        # tests after this one, and zooming anchors under it).
        hovered = window.map_view.region_at(point)
        assert hovered is not None
        assert hovered.region.id == badge.region.id
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
        assert state.selected == badge.region.zone_id, badge.region.id


def test_a_leader_line_is_drawn_from_the_zone_to_its_number(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _ = _open(qtbot, monkeypatch, "western", "1366x768 at 2x")
    view = window.map_view
    image = view.viewport().grab().toImage()
    scale = image.devicePixelRatio()
    beside = [badge for badge in view.badges() if badge.anchor is not None]
    assert beside
    for badge in beside:
        assert badge.anchor is not None
        # Halfway from the zone to the number's circle, a dark line on its light casing.
        edge = QLineF(badge.centre, badge.anchor)
        edge.setLength(badge.radius)
        middle = (badge.anchor + edge.p2()) / 2
        darkest = min(
            image.pixelColor(
                round(middle.x() * scale) + dx, round(middle.y() * scale) + dy
            ).lightness()
            for dx in (-1, 0, 1)
            for dy in (-1, 0, 1)
        )
        assert darkest < 128, (badge.region.id, darkest)


def test_numbers_too_small_for_every_region_and_too_many_to_go_beside_are_all_left_out() -> None:
    # Known at once from the largest region, as placing each one finds.
    squares = [
        Region(
            id=f"left-z{i}",
            side="left",
            zone_id=f"z{i}",
            outlines=(((i, 0.0), (i + 1.0, 0.0), (i + 1.0, 1.0), (i, 1.0)),),
            bounds=(i, 0.0, i + 1.0, 1.0),
            area=1.0,
            anchor=(i + 0.5, 0.5),
        )
        for i in range(100)
    ]
    room = QRectF(0, 0, 4000, 400)
    numbers = {region.zone_id: n for n, region in enumerate(squares, 1)}

    def placed(transform: QTransform) -> list[Badge]:
        return place_badges(squares, numbers.__getitem__, transform, lambda _: 8.0, room)

    # Scaled alone, the regions' sizes are worked out at once; with a hair of shear, by Qt.
    assert placed(QTransform.fromScale(2, 2)) == placed(QTransform(2, 1e-9, 1e-9, 2, 0, 0)) == []
    assert len(placed(QTransform.fromScale(30, 30))) == 100
