"""Settings that cannot be saved are said so once, and the file is left as it is."""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from reflexmap.app.settings import MemoryStore, read_settings
from reflexmap.ui.qt_settings import QSettingsStore, open_settings


def test_a_read_only_settings_folder_is_said_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.ini"
    path.write_text("[General]\nsides=left\n")
    folder = str(tmp_path)
    real_access = os.access
    # Tests run as root, whom permissions do not stop: the folder answers as it would a user.
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if str(p) == folder else real_access(p, mode)
    )
    store, message = open_settings(QSettings(str(path), QSettings.Format.IniFormat))
    assert message is not None
    assert "changes in this session will not be remembered" in message
    assert isinstance(store, MemoryStore)
    assert read_settings(store).sides == "left"  # what the file says is still used
    store.set_value("sides", "right")
    assert store.sync()
    assert path.read_text() == "[General]\nsides=left\n"


def test_a_writable_settings_file_is_used_as_it_is(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store, message = open_settings(settings)
    assert message is None
    assert isinstance(store, QSettingsStore)
    store.set_value("window_geometry", b"\x01\x02")
    assert store.sync()
    assert (
        QSettingsStore(QSettings(settings.fileName(), QSettings.Format.IniFormat)).value(
            "window_geometry"
        )
        == b"\x01\x02"
    )
