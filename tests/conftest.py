import os

# Before anything imports Qt: tests never need a screen.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from reflexmap.core.loader import load_chart
from reflexmap.core.model import Chart
from reflexmap.resources import bundled_map_file, bundled_zones_file
from reflexmap.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def cache_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test (and each process it starts) caches charts in a folder of its own."""
    home = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home / "reflexmap"


@pytest.fixture(scope="session")
def chart() -> Chart:
    """The bundled chart, loaded once."""
    return load_chart(bundled_zones_file(), bundled_map_file())


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """A settings file of the test's own, with the first-run notice already seen."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("notice/shown", True)
    return settings


@pytest.fixture
def window(qtbot: QtBot, chart: Chart, settings: QSettings) -> MainWindow:
    """The main window on the bundled chart, shown at 1200x800."""
    window = MainWindow(chart, settings, (bundled_zones_file(), bundled_map_file()))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window
