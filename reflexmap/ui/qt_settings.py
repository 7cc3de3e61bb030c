"""Settings kept by QSettings, behind the app's typed schema."""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

from ..app.settings import MemoryStore, SettingsStore


class QSettingsStore:
    """The platform's settings file: values go in and come out as the schema's types."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def value(self, key: str) -> object:
        value = self.settings.value(key)
        return value.data() if isinstance(value, QByteArray) else value

    def set_value(self, key: str, value: object) -> None:
        self.settings.setValue(key, QByteArray(value) if isinstance(value, bytes) else value)

    def sync(self) -> bool:
        self.settings.sync()
        return self.settings.status() == QSettings.Status.NoError


def open_settings(settings: QSettings) -> tuple[SettingsStore, str | None]:
    """The store to use, and what to tell the user about it if something is wrong.

    A damaged file is not used (the window starts with defaults, kept in memory) and so never
    overwritten with a partial one. A file that cannot be written (it, or its folder, where
    Qt writes a new copy before replacing it, is read-only) is read into memory, and the
    user is told once that this session's changes will not be remembered.
    """
    path = settings.fileName()
    if settings.status() != QSettings.Status.NoError:
        return MemoryStore(), QCoreApplication.translate(
            "Settings",
            "The settings file {0} could not be read. reflexmap starts with its "
            "defaults and leaves the file as it is.",
        ).format(path)
    store = QSettingsStore(settings)
    folder = os.path.dirname(path) or "."
    if _existing_read_only(path) or _existing_read_only(folder):
        values = {key: store.value(key) for key in settings.allKeys()}
        return MemoryStore(values), QCoreApplication.translate(
            "Settings",
            "The settings file {0} cannot be written: changes in this session will not be "
            "remembered.",
        ).format(path)
    return store, None


def _existing_read_only(path: str) -> bool:
    return os.path.exists(path) and not os.access(path, os.W_OK)
