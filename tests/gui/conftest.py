import os

# Before anything imports Qt: tests never need a screen.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reflexmap.app.catalogue import ChartSource
from reflexmap.app.settings import read_settings
from reflexmap.core.model import Chart
from reflexmap.ui.app import remembered_state
from reflexmap.ui.main_window import MainWindow
from reflexmap.ui.qt_settings import QSettingsStore


@pytest.fixture(autouse=True, scope="session")
def _application_first(qapp: QApplication) -> None:
    """`reflexmap chart` makes a QGuiApplication if there is none; widgets need a
    QApplication, so it is made before any test here runs."""


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """A settings file of the test's own, with the first-run notice already seen."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("notice_shown", True)
    return settings


OpenWindow = Callable[[Chart, QSettings], MainWindow]


@pytest.fixture
def open_window(qtbot: QtBot) -> OpenWindow:
    """Opens a window on a chart as the app does: with what the settings remember."""

    def open_window(chart: Chart, settings: QSettings) -> MainWindow:
        store = QSettingsStore(settings)
        remembered = read_settings(store)
        source = ChartSource.of_bundled("article")
        window = MainWindow(remembered_state(chart, source, remembered), store, remembered)
        qtbot.addWidget(window)
        return window

    return open_window


@pytest.fixture
def window(qtbot: QtBot, chart: Chart, settings: QSettings, open_window: OpenWindow) -> MainWindow:
    """The main window on the bundled chart, shown at 1200x800."""
    window = open_window(chart, settings)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window
