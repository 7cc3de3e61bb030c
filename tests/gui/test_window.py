"""The window, driven as a person would: clicks where regions really are, keys, menus."""

import gc
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QAccessible, QHelpEvent
from PySide6.QtWidgets import QApplication, QDialog, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from reflexmap.core.model import Chart, Region
from reflexmap.ui.main_window import MainWindow
from reflexmap.ui.reading_page import ReadingPage

OpenWindow = Callable[[Chart, QSettings], MainWindow]
"""The open_window fixture (tests/gui/conftest.py)."""


def point_of(window: MainWindow, region: Region) -> QPoint:
    """Where the region's anchor is, in the map's viewport."""
    return window.map_view.mapFromScene(QPointF(*region.anchor))


def click(qtbot: QtBot, window: MainWindow, point: QPoint) -> None:
    qtbot.mouseClick(window.map_view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def details(window: MainWindow) -> str:
    return window.panel.details.toPlainText()


def text_of(dialog: QDialog) -> str:
    browser = dialog.findChild(ReadingPage)
    assert browser is not None
    return browser.toPlainText()


def test_the_map_has_the_first_focus(window: MainWindow) -> None:
    # Arrow keys work at once; the search index is not built until the search is used.
    assert window.focusWidget() is window.map_view


def test_clicking_each_region_selects_its_zone(
    qtbot: QtBot, window: MainWindow, chart: Chart
) -> None:
    for view in chart.views:
        window.action(f"view-{view}").trigger()
        for region in chart.drawing(view).regions:
            click(qtbot, window, point_of(window, region))
            zone = chart.zone(region.zone_id)
            assert window.state.selected == zone.id, region.id
            text = details(window)
            assert zone.name in text
            heading = "Traditional claim" if zone.kind == "reflex" else "Massage area"
            assert f"{heading}\n{zone.claim}" in text
            assert zone.technique.movement in text
            assert zone.source in text
            assert window.zone_list.currentItem().data(Qt.ItemDataRole.UserRole) == zone.id


def test_selected_regions_are_highlighted_and_others_not(
    qtbot: QtBot, window: MainWindow, chart: Chart
) -> None:
    heel = next(chart.regions_of("heel"))
    click(qtbot, window, point_of(window, heel))
    for item in window.map_view.region_items():
        selected = item.region.zone_id == "heel"
        assert (item.brush().color().alpha() == 230) is selected, item.region.id


def test_hover_shows_tooltip_and_changes_only_with_the_region(
    qtbot: QtBot, window: MainWindow, chart: Chart
) -> None:
    seen: list[object] = []
    window.state.hover_changed.connect(seen.append)
    arch = next(r for r in chart.regions_of("arch") if r.side == "left")
    at = point_of(window, arch)
    qtbot.mouseMove(window.map_view.viewport(), at)
    qtbot.mouseMove(window.map_view.viewport(), at + QPoint(1, 0))
    assert seen == ["arch"]
    viewport = window.map_view.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, at, viewport.mapToGlobal(at)))
    assert "Arch" in QToolTip.text()
    assert "sleep" in QToolTip.text()
    QToolTip.hideText()  # an open tip would take the next tests' mouse
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    assert window.statusBar().currentMessage().startswith("Arch: Traditional charts link")
    qtbot.mouseMove(window.map_view.viewport(), QPoint(3, 3))
    assert seen == ["arch", None]


def test_hit_testing_uses_the_shape_not_the_bounding_box(window: MainWindow, chart: Chart) -> None:
    heel = next(chart.regions_of("heel"))
    left, top, _, _ = heel.bounds
    corner = QPointF(left + 2, top + 2)  # inside the box, outside the ellipse
    assert not heel.contains(corner.x(), corner.y())
    hit = window.map_view.region_at(window.map_view.mapFromScene(corner))
    assert hit is None or hit.region.zone_id != "heel"


def test_overlap_selects_the_most_specific_and_lists_the_others(
    qtbot: QtBot, window: MainWindow, chart: Chart
) -> None:
    tip = next(r for r in chart.regions_of("toe-tips") if r.side == "right")
    big_toe = next(r for r in chart.regions_of("big-toe") if r.side == "right")
    centres = [
        QPointF(sum(x for x, _ in o) / len(o), sum(y for _, y in o) / len(o)) for o in tip.outlines
    ]
    on_big_toe = next(c for c in centres if big_toe.contains(c.x(), c.y()))
    click(qtbot, window, window.map_view.mapFromScene(on_big_toe))
    assert window.state.selected == "toe-tips"
    assert "Also at this spot: Big toe" in details(window)
    window.panel.details.anchorClicked.emit(QUrl("zone:big-toe"))  # the link's click
    assert window.state.selected == "big-toe"


def test_clicking_empty_space_clears_the_selection(
    qtbot: QtBot, window: MainWindow, chart: Chart
) -> None:
    click(qtbot, window, point_of(window, chart.regions[0]))
    assert window.state.selected is not None
    click(qtbot, window, QPoint(3, 3))
    assert window.state.selected is None
    assert "Click a region of the foot" in details(window)


def test_keyboard_only_route(qtbot: QtBot, window: MainWindow, chart: Chart) -> None:
    view = window.map_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    start = window.state.hovered
    qtbot.keyClick(view, Qt.Key.Key_Down)
    moved = window.state.hovered
    assert moved not in (None, start)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.state.selected == moved
    window.action("clear").trigger()
    assert window.state.selected is None
    assert window.action("clear").shortcut().toString() == "Esc"


def test_zone_list_and_map_stay_in_sync(qtbot: QtBot, window: MainWindow, chart: Chart) -> None:
    window.zone_list.setFocus()
    window.zone_list.setCurrentRow(2)
    assert window.state.selected == chart.zones[2].id
    qtbot.keyClick(window.zone_list, Qt.Key.Key_Down)
    assert window.state.selected == chart.zones[3].id
    region = next(chart.regions_of(chart.zones[7].id))
    click(qtbot, window, point_of(window, region))
    assert window.zone_list.currentRow() == 7


def test_show_one_foot_hides_the_other(qtbot: QtBot, window: MainWindow, chart: Chart) -> None:
    right_heel = next(r for r in chart.regions_of("heel") if r.side == "right")
    window.action("sides-left").trigger()
    assert window.map_view.visible_sides() == ("left",)
    assert window.map_view.region_at(point_of(window, right_heel)) is None
    window.action("sides-right").trigger()
    click(qtbot, window, point_of(window, right_heel))
    assert window.state.selected == "heel"


def test_switching_feet_redraws_the_cached_drawing(
    qtbot: QtBot,
    window: MainWindow,
    chart: Chart,
    settings: QSettings,
    open_window: OpenWindow,
) -> None:
    window.action("sides-left").trigger()
    window.map_view.viewport().grab()  # the drawing is now cached, left foot only
    window.action("sides-right").trigger()  # same zoom, so only the clip can refresh it
    fresh = open_window(chart, settings)
    fresh.resize(window.size())
    fresh.show()
    qtbot.waitExposed(fresh)
    fresh.action("sides-right").trigger()
    assert window.map_view.viewport().grab().toImage() == fresh.map_view.viewport().grab().toImage()


def test_zoom_in_out_and_fit(window: MainWindow) -> None:
    view = window.map_view
    fitted = view.transform().m11()
    window.action("zoom-in").trigger()
    assert view.transform().m11() == pytest.approx(fitted * 1.25)
    window.action("zoom-out").trigger()
    window.action("zoom-out").trigger()  # never smaller than the fit
    assert view.transform().m11() == pytest.approx(fitted)
    window.action("zoom-in").trigger()
    window.action("fit").trigger()
    assert view.transform().m11() == pytest.approx(fitted)
    shortcuts = {s.toString() for s in window.action("zoom-in").shortcuts()}
    assert "Ctrl+=" in shortcuts
    assert window.action("fit").shortcut().toString() == "Ctrl+0"


def test_labels_toggle(window: MainWindow) -> None:
    window.action("labels").trigger()
    assert not window.map_view.labels_visible()
    window.action("labels").trigger()
    assert window.map_view.labels_visible()


def test_settings_round_trip(
    qtbot: QtBot, chart: Chart, settings: QSettings, open_window: OpenWindow
) -> None:
    first = open_window(chart, settings)
    first.show()
    first.resize(760, 560)  # within the offscreen screen, which restoreGeometry clamps to
    first.state.select("deep-arch")
    first.action("sides-right").trigger()
    first.action("labels").trigger()
    first.close()

    second = open_window(chart, settings)
    second.show()
    assert (second.width(), second.height()) == (760, 560)
    assert second.state.selected == "deep-arch"
    assert second.map_view.visible_sides() == ("right",)
    assert not second.map_view.labels_visible()
    assert second.splitter.sizes() == first.splitter.sizes()


def test_first_run_notice_shows_once(
    qtbot: QtBot, chart: Chart, tmp_path: Path, open_window: OpenWindow
) -> None:
    settings = QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat)
    window = open_window(chart, settings)
    window.show()
    qtbot.waitUntil(lambda: bool(window.findChildren(QDialog)))
    notice = window.findChildren(QDialog)[0]
    text = text_of(notice)
    assert "not medical advice" in text
    assert "varicose veins" in text
    window.close()
    assert settings.value("notice_shown", type=bool)


def test_help_pages(window: MainWindow, chart: Chart) -> None:
    about = text_of(window.show_about_claims())
    for fact in ("18 randomised trials", "3 of 34", "CD009290", "Cancer Research UK"):
        assert fact in about
    contra = text_of(window.show_contraindications())
    assert all(c in contra for c in chart.zone_data.contraindications)
    keys = text_of(window.show_shortcuts())
    assert "Zoom In" in keys
    assert "Ctrl+0" in keys
    assert "reflexmap" in text_of(window.show_about())


def test_restyling_regions_keeps_none_alive(window: MainWindow) -> None:
    # Regression: PySide6 6.12.0 on Python 3.11 released a reference to None on every
    # setPen/setBrush, and the process aborted after a few thousand hovers. Garbage left by
    # loading the chart goes first: collected in the loop, it would release references too.
    gc.collect()
    before = sys.getrefcount(None)
    for zone in ["heel", "arch"] * 200:
        window.state.select(zone)
    assert sys.getrefcount(None) >= before - 100


def test_every_focusable_control_has_an_accessible_name(window: MainWindow) -> None:
    # The name a screen reader gets: a label's own text, else the name set on the widget.
    unnamed = [
        type(w).__name__
        for w in window.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isVisibleTo(window)
        and not QAccessible.queryAccessibleInterface(w).text(QAccessible.Text.Name).strip()
    ]
    assert unnamed == []


def test_the_map_drawing_is_named_for_screen_readers(window: MainWindow) -> None:
    view = window.map_view
    assert view.accessibleName() == "Foot map"
    assert view.viewport().accessibleName() == "Foot map drawing"
    assert view.viewport().parent() is view
