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
    text = next(text for text in details.texts() if text.links())
    start, end, href = text.links()[0]
    cursor = text.textCursor()
    cursor.setPosition((start + end) // 2)
    point = text.cursorRect(cursor).center()
    assert text.anchorAt(point) == href
    column = details.widget()
    assert column is not None
    on_page = text.viewport().mapTo(column, point)
    details.ensureVisible(on_page.x(), on_page.y())  # scrolled to, as a reader would
    assert details.viewport().rect().contains(text.viewport().mapTo(details.viewport(), point))
    with qtbot.waitSignal(details.anchorClicked) as followed:
        qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert followed.args[0].toString() == href
