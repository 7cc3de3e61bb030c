"""Start the window, or render it to a PNG for `--screenshot`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QIODevice, QSaveFile, QSettings
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from ..core.model import Chart
from .main_window import MainWindow

SERIAL_FILLS = "QT_NO_GUI_THREADPOOL"
"""Set, Qt paints on the calling thread only (read when the first fill is made)."""
ORGANISATION = "reflexmap"
APPLICATION = "reflexmap"
SCREENSHOT_QUALITY = 80
"""Light compression (zlib level 1): half the time of Qt's default, for a file 3% larger."""


def run(
    chart: Chart,
    *,
    screenshot: Path | None = None,
    select: str | None = None,
    search: str | None = None,
    size: tuple[int, int] = (1200, 800),
    files: tuple[Path, Path] | None = None,
) -> int:
    # Qt's raster engine hands each translucent fill of 96 or more spans to a thread pool
    # and waits; for shapes the size of foot zones the hand-off costs more than the fill.
    # Filling on this thread, a repaint of the map takes half the time or less
    # (benchmarks/bench_repaint.py).
    os.environ.setdefault(SERIAL_FILLS, "1")
    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    # Before any QSettings: these name where settings are kept.
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    if screenshot is not None:
        window = MainWindow(chart)
        window.resize(*size)
        window.show()
        if search is not None:
            window.search.set_query(search)
        if select is not None:
            window.select_zone(select)
        return save_screenshot(window, screenshot)
    settings, trouble = check_settings(QSettings())
    window = MainWindow(chart, settings, files)
    window.show()
    if trouble:
        from .dialogs import show_warning

        print(f"reflexmap: {trouble}", file=sys.stderr)
        show_warning(window, window.tr("Settings"), trouble)
    return app.exec()


def check_settings(settings: QSettings) -> tuple[QSettings | None, str | None]:
    """The settings to use, and what to tell the user about them if something is wrong.

    A damaged file is not used (the window starts with defaults) and so never overwritten
    with a partial one; a read-only file is read, and nothing is saved.
    """
    path = settings.fileName()
    if settings.status() != QSettings.Status.NoError:
        return None, QCoreApplication.translate(
            "Settings",
            "The settings file {0} could not be read. reflexmap starts with its "
            "defaults and leaves the file as it is.",
        ).format(path)
    if os.path.exists(path) and not os.access(path, os.W_OK):
        return settings, QCoreApplication.translate(
            "Settings",
            "The settings file {0} is read-only: changes in this session will not be remembered.",
        ).format(path)
    return settings, None


def save_screenshot(window: QWidget, path: Path) -> int:
    """Render the window to a PNG, written whole or not at all; 0 on success, else 1."""
    QApplication.processEvents()
    image = _painted_window(window)
    file = QSaveFile(str(path))
    if not (
        file.open(QIODevice.OpenModeFlag.WriteOnly)
        and image.save(file, "PNG", SCREENSHOT_QUALITY)
        and file.commit()
    ):
        print(f"{path}: cannot write the screenshot: {file.errorString()}", file=sys.stderr)
        return 1
    return 0


def _painted_window(window: QWidget) -> QPixmap:
    # The offscreen platform keeps the painted window as an image: copying it takes a quarter
    # of the time of painting the window again, and gives the same pixels.
    if QApplication.platformName() == "offscreen":
        shot = window.screen().grabWindow(window.winId())
        if not shot.isNull():
            return shot
    return window.grab()
