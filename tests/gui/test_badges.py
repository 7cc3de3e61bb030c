"""Zone numbers on the map: each fits inside its region as shown, and none lies on another,
on both bundled charts, in every view, at a small and a large window and at 2x scale."""

import math

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reflexmap.app.catalogue import ChartSource
from reflexmap.app.settings import Settings
from reflexmap.app.state import AppState
from reflexmap.core.loader import load_chart
from reflexmap.core.model import VIEWS
from reflexmap.render.regions import BADGE_SHARE, Badge
from reflexmap.ui.main_window import MainWindow

SIZES = [(1200, 800), (800, 600), (400, 300)]
"""The last is an 800x600 screen at 2x scale: numbers keep their size in pixels, the map
halves."""


def _shown_box(window: MainWindow, badge: Badge) -> QRectF:
    left, top, right, bottom = badge.region.bounds
    view = window.map_view
    return view.mapFromScene(QRectF(left, top, right - left, bottom - top)).boundingRect().toRectF()


@pytest.mark.parametrize("chart_id", ["article", "western"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_numbers_never_overlap_nor_cover_their_zone(
    qtbot: QtBot, chart_id: str, size: tuple[int, int]
) -> None:
    source = ChartSource.of_bundled(chart_id)
    chart = load_chart(*source.files)
    state = AppState(chart, source)
    window = MainWindow(state, settings=Settings(notice_shown=True))  # no first-run notice
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    for view in VIEWS:
        if view not in chart.views:
            continue
        state.show_view(view)
        QApplication.processEvents()
        badges = window.map_view.badges()
        assert badges, view
        for i, a in enumerate(badges):
            shown = _shown_box(window, a)
            assert 2 * a.radius <= BADGE_SHARE * min(shown.width(), shown.height()) + 1e-6
            # The number sits on its own region, where a click selects the zone.
            scene_point = window.map_view.mapToScene(a.centre.toPoint())
            assert a.region.contains(scene_point.x(), scene_point.y()), (view, a.region.id)
            for b in badges[i + 1 :]:
                gap = math.dist((a.centre.x(), a.centre.y()), (b.centre.x(), b.centre.y())) - (
                    a.radius + b.radius
                )
                assert gap >= 0, (view, a.region.id, b.region.id)


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


def test_a_number_shrinks_before_it_is_left_out(qtbot: QtBot, window: MainWindow) -> None:
    """At a small size some numbers shrink (rather than cover their zone) or go."""
    big = {b.region.id: b.radius for b in window.map_view.badges()}
    window.resize(500, 400)
    QApplication.processEvents()
    small = {b.region.id: b.radius for b in window.map_view.badges()}
    assert any(small[r] < big[r] for r in small) or len(small) < len(big)


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
