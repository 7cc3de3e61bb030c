"""What reflexmap remembers between runs: one typed schema, read from any key-value store.

A value missing or of the wrong type (a hand-edited or damaged file) gives its default.
"""

from __future__ import annotations

from typing import NamedTuple, Protocol

RECENT_CHARTS = 6


class SettingsStore(Protocol):
    """Where settings live: QSettings in the window, a dict in tests and screenshots."""

    def value(self, key: str) -> object: ...

    def set_value(self, key: str, value: object) -> None: ...

    def sync(self) -> bool:
        """Write pending changes; False if they could not be written."""
        ...


class MemoryStore:
    """Settings kept for this run only."""

    def __init__(self, values: dict[str, object] | None = None) -> None:
        self.values: dict[str, object] = dict(values or {})

    def value(self, key: str) -> object:
        return self.values.get(key)

    def set_value(self, key: str, value: object) -> None:
        self.values[key] = value

    def sync(self) -> bool:
        return True


class Settings(NamedTuple):
    """Everything remembered, with its default. Field names are the stored keys."""

    window_geometry: bytes = b""
    window_splitter: bytes = b""
    window_side_splitter: bytes = b""
    sides: str = "both"
    labels: bool = True
    selection: str = ""
    notice_shown: bool = False
    chart: str = ""
    """The chart last shown, as ChartSource.key(); empty for the default chart."""
    recent: tuple[str, ...] = ()
    """Recently opened charts, newest first: each "name" + newline + ChartSource.key()."""
    export_folder: str = ""
    page_size: str = "A4"
    landscape: bool = False
    margins: tuple[float, ...] = (12.0, 12.0, 12.0, 12.0)
    """Page margins in millimetres: left, top, right, bottom."""
    chart_only_focus: bool = False
    chart_guide: bool = False
    chart_grayscale: bool = False
    chart_all_views: bool = False
    session_sound: bool = True
    """A short sound at each change of a session's step."""
    language: str = ""
    """The interface's language chosen in View > Language; empty to follow the system."""


def read_settings(store: SettingsStore) -> Settings:
    """The settings in ``store``; each value that is missing or unusable gives its default."""
    values: dict[str, object] = {}
    for name, default in Settings._field_defaults.items():
        value = _typed(store.value(name), default)
        if value is not None:
            values[name] = value
    return Settings(**values)  # type: ignore[arg-type]  # each value has its default's type


def write_settings(store: SettingsStore, settings: Settings) -> bool:
    """Store every value; False if the store could not write them."""
    for name, value in settings._asdict().items():
        store.set_value(name, list(value) if isinstance(value, tuple) else value)
    return store.sync()


def _typed(value: object, default: object) -> object | None:
    """``value`` in the type of ``default``, or None if it cannot be."""
    if value is None:
        return None
    if isinstance(default, bool):
        # INI files give "true"/"false" back as text.
        text = str(value).lower()
        return True if text == "true" else False if text == "false" else None
    if isinstance(default, bytes):
        return value if isinstance(value, bytes) else None
    if isinstance(default, str):
        return value if isinstance(value, str) else None
    if isinstance(default, tuple):
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list):
            return None
        kind = type(default[0]) if default else str
        try:
            converted = tuple(kind(item) for item in items)
        except (TypeError, ValueError):
            return None
        return converted if len(converted) == len(default) or not default else None
    return None
