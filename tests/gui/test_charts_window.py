"""Both bundled charts in the window: the Charts menu, the views, where the charts disagree."""

from PySide6.QtCore import QPointF, Qt, QUrl
from PySide6.QtWidgets import QDialog, QToolBar
from pytestqt.qtbot import QtBot

from reflexmap.ui.main_window import MainWindow
from reflexmap.ui.reading_page import ReadingPage


def text_of(dialog: QDialog | None) -> str:
    assert dialog is not None
    browser = dialog.findChild(ReadingPage)
    assert browser is not None
    text = browser.toPlainText()
    dialog.close()
    return text


def test_the_charts_menu_switches_to_the_western_chart(qtbot: QtBot, window: MainWindow) -> None:
    window.charts_menu.aboutToShow.emit()
    names = [a.text() for a in window.charts_menu.actions() if not a.isSeparator()]
    assert names[:2] == ["Home foot-massage chart (bundled)", "Common Western chart (bundled)"]
    assert window.charts_menu.actions()[0].isChecked()
    window.charts_menu.actions()[1].trigger()
    assert window.state.source.bundled == "western"
    assert "common Western chart" in window.windowTitle()
    assert window.zone_list.count() == 46


def test_each_view_is_a_toolbar_button_and_its_regions_click(
    qtbot: QtBot, window: MainWindow
) -> None:
    (toolbar,) = window.findChildren(QToolBar)
    assert window.action("view-medial") in toolbar.actions()
    window.action("view-medial").trigger()
    assert window.state.view == "medial"
    ankle = next(r for r in window.state.chart.regions_of("ankle", "medial") if r.side == "left")
    point = window.map_view.mapFromScene(QPointF(*ankle.anchor))
    qtbot.mouseClick(window.map_view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.state.selected == "ankle"
    assert {item.region.view for item in window.map_view.region_items()} == {"medial"}


def test_a_zone_on_another_view_switches_there_on_request(window: MainWindow) -> None:
    window.state.select("achilles")  # on the inner and outer sides, not the sole
    assert "This zone is drawn on another view" in window.panel.details.toPlainText()
    window.panel.details.anchorClicked.emit(QUrl("reveal:achilles"))
    assert window.state.view == "medial"
    assert window.action("view-medial").isChecked()


def test_where_other_charts_put_a_zone(window: MainWindow) -> None:
    window.state.select("big-toe-ball")
    assert "Where other charts put this" in window.panel.details.toPlainText()
    text = text_of(window.show_comparison("big-toe-ball"))
    assert "common Western chart" in text
    assert "home foot-massage chart" in text
    assert "White et al." in text
    window.search.set_query("thyroid")
    text = text_of(window.show_comparison())
    assert "neck of the big toe" in text
    window.search.set_query("")
    table = text_of(window.show_comparison())
    assert "Solar plexus" in table
    assert "Pancreas" in table
