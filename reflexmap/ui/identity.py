"""What desktops know the app by: the name of its desktop entry, and its icon."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from ..resources import bundled_asset_file

DESKTOP_ID = "org.reflexmap.reflexmap"
"""The name of the desktop entry and the AppStream file (packaging/linux/) and of the
installed icon: desktops match the window to its entry, and so to its icon, by it."""


def app_icon() -> QIcon:
    return QIcon(str(bundled_asset_file("reflexmap.svg")))
