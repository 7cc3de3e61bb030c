"""The details panel in a small window: the zone's details stay readable."""

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reflexmap.ui.main_window import MainWindow
from reflexmap.ui.zone_panel import DETAILS_LINES


def test_at_800x600_the_contraindications_leave_the_details_readable(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800)
    window.state.select("heel")
    panel = window.panel
    panel.contraindications_toggle.click()
    qtbot.waitUntil(panel.contraindications_area.isVisible)
    lines = panel.details.fontMetrics().lineSpacing()
    assert panel.details.height() >= DETAILS_LINES * lines
    area = panel.contraindications_area
    assert area.height() <= 0.4 * panel.height() + 1
    assert area.height() >= 4 * lines  # a few of them on show, the rest a scroll away
    # Every line a scroll away: what the area can show and scroll covers the whole text.
    whole = panel.contraindications.heightForWidth(area.viewport().width())
    assert area.verticalScrollBar().maximum() + area.viewport().height() >= whole


def test_clicking_a_link_in_the_details_follows_it(qtbot: QtBot, window: MainWindow) -> None:
    window.state.select("toe-tips")
    details = window.panel.details
    start, end, href = details.links()[0]
    cursor = details.textCursor()
    cursor.setPosition((start + end) // 2)
    point = details.cursorRect(cursor).center()
    assert details.anchorAt(point) == href
    with qtbot.waitSignal(details.anchorClicked) as followed:
        qtbot.mouseClick(details.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert followed.args[0].toString() == href
