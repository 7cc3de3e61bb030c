import os

# Before anything imports Qt: tests never need a screen.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from reflexmap.app.catalogue import ChartSource
from reflexmap.app.settings import read_settings
from reflexmap.core.model import Chart
from reflexmap.ui.app import remembered_state
from reflexmap.ui.main_window import MainWindow
from reflexmap.ui.qt_settings import QSettingsStore
from reflexmap.ui.session_controller import SessionController


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


@pytest.fixture
def journal_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The journal lives in a data folder of the test's own."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data" / "reflexmap" / "journal.sqlite3"


@pytest.fixture
def controller(window: MainWindow, journal_path: Path) -> Iterator[SessionController]:
    """The window's sessions and journal, on the test's own journal."""
    controller = window.sessions
    yield controller
    # pytest-qt has asked the window to close, which a running session refuses: stop it, close
    # the dialogs (closing the window leaves them open, over the next test's window), then
    # the window.
    if controller.player is not None:
        controller.player.stop()
    controller.access.close()
    for dialog in window.findChildren(QDialog):
        dialog.close()
    window.close()
    # The dialogs' wrappers go now, not in the middle of a later test that counts references.
    gc.collect()
    window.panel.zone_note.access.close()
