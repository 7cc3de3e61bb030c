"""Closing the window: it goes at once, and what it remembers is written after."""

import pytest
from PySide6.QtCore import QSettings

from reflexmap.app.settings import Settings, SettingsStore, write_settings
from reflexmap.ui import main_window
from reflexmap.ui.main_window import MainWindow


def test_the_window_is_gone_before_the_settings_reach_the_disk(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, settings: QSettings
) -> None:
    # Writing syncs the file to disk, which a busy disk makes slow: the user should not
    # watch the window wait for it.
    seen: list[bool] = []

    def watching(store: SettingsStore, remembered: Settings) -> bool:
        seen.append(window.isVisible())
        return write_settings(store, remembered)

    monkeypatch.setattr(main_window, "write_settings", watching)
    window.state.select("heel")
    window.close()
    assert seen == [False]
    settings.sync()
    assert settings.value("selection") == "heel"
