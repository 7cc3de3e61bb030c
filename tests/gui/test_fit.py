"""The window and its dialogs fit the screen: a small one, or one at twice the scale."""

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from reflexmap.core.errors import ChartError, Problem
from reflexmap.core.model import Chart
from reflexmap.ui import fit
from reflexmap.ui.main_window import MainWindow
from reflexmap.ui.reading_page import ReadingPage

OpenWindow = Callable[[Chart, QSettings], MainWindow]

LAPTOP = QRect(0, 0, 1366, 740)
"""A 1366x768 screen less a 28-pixel panel."""
DOUBLED = QRect(0, 0, 683, 370)
"""The same at QT_SCALE_FACTOR=2, in Qt's logical pixels."""


def with_screen(monkeypatch: pytest.MonkeyPatch, available: QRect) -> None:
    monkeypatch.setattr(fit, "_available", lambda widget: available)


def frame_fits(widget: QWidget, available: QRect) -> bool:
    """The widget with room for a window manager's frame lies on the screen."""
    return available.contains(widget.geometry().marginsAdded(fit.FRAME))


@pytest.mark.parametrize("available", [LAPTOP, DOUBLED, QRect(0, 0, 800, 572)])
def test_a_first_window_fits_the_screen(
    monkeypatch: pytest.MonkeyPatch,
    chart: Chart,
    settings: QSettings,
    open_window: OpenWindow,
    available: QRect,
) -> None:
    with_screen(monkeypatch, available)
    window = open_window(chart, settings)
    assert frame_fits(window, available), window.geometry()
    assert window.geometry().center().x() == pytest.approx(available.center().x(), abs=1)
    # As large as the screen allows, up to 1200x800.
    room = available.marginsRemoved(fit.FRAME)
    assert (window.width(), window.height()) == (min(1200, room.width()), min(800, room.height()))


def test_the_status_bar_and_map_show_on_a_laptop_screen(
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    chart: Chart,
    settings: QSettings,
    open_window: OpenWindow,
) -> None:
    with_screen(monkeypatch, LAPTOP)
    window = open_window(chart, settings)
    window.show()
    qtbot.waitExposed(window)
    bar = window.statusBar()
    assert bar.isVisible()
    assert bar.geometry().bottom() < window.height()
    assert window.map_view.height() > 400


def test_a_restored_window_stays_on_screen(
    qtbot: QtBot, chart: Chart, tmp_path: Path, open_window: OpenWindow
) -> None:
    # Left on a large monitor, opened again on the (800x800) offscreen screen.
    settings = QSettings(str(tmp_path / "big.ini"), QSettings.Format.IniFormat)
    settings.setValue("notice_shown", True)
    first = open_window(chart, settings)
    first.setGeometry(1200, 900, 1500, 1000)
    first.close()
    second = open_window(chart, settings)
    second.show()
    qtbot.waitExposed(second)
    available = second.screen().availableGeometry()
    assert available.contains(second.geometry()), second.geometry()


def close_button(dialog: QDialog) -> QWidget:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    return buttons.button(QDialogButtonBox.StandardButton.Close)


@pytest.mark.parametrize("available", [QRect(0, 0, 800, 572), DOUBLED])
@pytest.mark.parametrize(
    "show", ["show_safety_notice", "show_about", "show_about_claims", "show_shortcuts"]
)
def test_every_help_dialog_fits_with_its_close_button(
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    chart: Chart,
    settings: QSettings,
    open_window: OpenWindow,
    available: QRect,
    show: str,
) -> None:
    with_screen(monkeypatch, available)
    window = open_window(chart, settings)
    dialog = getattr(window, show)()
    qtbot.waitExposed(dialog)
    room = available.marginsRemoved(fit.FRAME)
    assert dialog.width() <= room.width()
    assert dialog.height() <= room.height()
    close = close_button(dialog)
    assert close.isVisible()
    assert dialog.rect().contains(QRect(close.mapTo(dialog, QPoint()), close.size()))


def test_a_short_help_page_makes_a_small_dialog(qtbot: QtBot, window: MainWindow) -> None:
    about = window.show_about()
    notice = window.show_safety_notice()
    for dialog in (about, notice):
        qtbot.waitExposed(dialog)
        text = dialog.findChild(ReadingPage)
        assert text is not None
        # The whole text shows, with no scroll bar, and little room to spare.
        assert not text.verticalScrollBar().isVisible()
        spare = text.viewport().height() - text.content_height(text.viewport().width())
        assert 0 <= spare < 40
    assert about.height() < notice.height() < 560


def test_the_about_box_shows_the_icon(window: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel

    about = window.show_about()
    pictures = [label for label in about.findChildren(QLabel) if not label.pixmap().isNull()]
    assert [picture.pixmap().width() for picture in pictures] == [64]


def test_a_screenshot_on_a_given_screen_pictures_the_whole_screen(tmp_path: Path) -> None:
    shot = tmp_path / "laptop.png"
    result = subprocess.run(
        [sys.executable, "-m", "reflexmap", "--screenshot", str(shot), "--screen", "1366x768"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1366, 768)
    # The window, 1200 wide, in the middle; the screen shows at either side.
    middle = image.height() // 2
    sides = [image.pixelColor(x, middle).name() for x in (20, 1346)]
    assert sides == ["#000000", "#000000"]
    assert image.pixelColor(683, 60).name() != "#000000"


def test_a_long_list_of_problems_fits_with_its_button(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, window: MainWindow
) -> None:
    with_screen(monkeypatch, DOUBLED)
    problems = [
        Problem("/home/someone/charts/my-chart/zones.yaml", "file.unreadable", {"reason": "x"}, n)
        for n in range(1, 45)
    ]
    box = window.show_problems(ChartError(problems))
    qtbot.waitExposed(box)
    room = DOUBLED.marginsRemoved(fit.FRAME)
    assert box.height() <= room.height()
    assert box.button(QMessageBox.StandardButton.Ok).isVisible()
    # The first problems are listed, and the others counted.
    text = box.informativeText()
    assert text.startswith("/home/someone/charts/my-chart/zones.yaml:1: cannot read: x\n")
    shown = text.count("cannot read")
    assert 1 <= shown < 30
    assert text.endswith(f"...and {44 - shown} more")
