"""Start the window, or render it to a PNG for `--screenshot`."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QIODevice, QSaveFile, QSettings, QTimer
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from ..app import catalogue
from ..app.catalogue import DEFAULT_CHART, ChartSource
from ..app.i18n import LANGUAGES, problems_text
from ..app.settings import Settings, read_settings
from ..app.state import SIDE_CHOICES, AppState, PrintOptions
from ..core.chart_cache import default_cache_dir
from ..core.errors import ChartError
from ..core.model import Chart, View
from ..startup import forget_module_sources, long_lived
from . import translation
from .identity import DESKTOP_ID, app_icon
from .main_window import DEFAULT_SIZE, MainWindow
from .qt_settings import open_settings

ORGANISATION = "reflexmap"
APPLICATION = "reflexmap"
SCREENSHOT_QUALITY = 80
"""Light compression (zlib level 1): half the time of Qt's default, for a file 3% larger."""


class WindowRequest(NamedTuple):
    """What the command line asks of the window."""

    source: ChartSource | None = None
    """The chart given on the command line; else the one last shown, else the default."""
    screenshot: Path | None = None
    select: str | None = None
    search: str | None = None
    size: tuple[int, int] | None = None
    """The window's size for a screenshot: 1200x800 by default, or as on a first start on
    ``screen``."""
    screen: tuple[int, int] | None = None
    """For a screenshot: the size of the (offscreen) screen, all of which is pictured."""
    dialog: str | None = None
    """For a screenshot: the help dialog open over the window (`notice`, `about`...)."""
    view: View | None = None
    qt_options: tuple[str, ...] = ()
    """Qt's own options from the command line (`-style Fusion`)."""
    language: str | None = None
    """The interface's language given on the command line; else the one chosen in the window,
    else the system's."""


def run(request: WindowRequest) -> int:
    forget_module_sources()  # the window's modules are imported by now
    if request.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Before any QSettings: these name where settings are kept.
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or _application(request)
    QGuiApplication.setDesktopFileName(DESKTOP_ID)
    QApplication.setWindowIcon(app_icon())
    # Caching a chart that had to be parsed: done once the window shows, not before.
    pending: list[Callable[[], None]] = []
    with long_lived():
        if request.screenshot is not None:
            translation.activate(start_language(request, Settings()))
            window = _screenshot_window(request, pending)
            if window is None:
                return 1
            saved = save_screenshot(window, request.screenshot, whole_screen=bool(request.screen))
            _do(pending)
            return saved
        store, trouble = open_settings(QSettings())
        settings = read_settings(store)
        translation.activate(start_language(request, settings))
        state, problem = _initial_state(request, settings, pending)
        if state is None:
            return 1
        window = MainWindow(state, store, settings)
        window.show()
        # Once the loop runs: the window paints first, then the index builds beside it.
        QTimer.singleShot(0, state.prepare_search_index)
        QTimer.singleShot(0, lambda: _do(pending))
    if trouble:
        trouble = open_settings(QSettings())[1] or trouble  # worded again, in the language now
        from .dialogs import show_warning

        print(f"reflexmap: {trouble}", file=sys.stderr)
        show_warning(window, QCoreApplication.translate("MainWindow", "Settings"), trouble)
    if problem is not None:
        window.show_problems(problem)
    return app.exec()


def start_language(request: WindowRequest, settings: Settings) -> str:
    """The command line's language, else the one chosen in the window, else the system's."""
    chosen = settings.language if settings.language in LANGUAGES else None
    return request.language or chosen or translation.system_language()


def _application(request: WindowRequest) -> QApplication:
    argv = [*sys.argv[:1], *request.qt_options]
    if request.screenshot is None or request.screen is None:
        return QApplication(argv)
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        os.environ["QT_QPA_PLATFORM"] = _offscreen_screen(request.screen, Path(folder))
        return QApplication(argv)


def _screenshot_window(
    request: WindowRequest, later: list[Callable[[], None]]
) -> MainWindow | None:
    source = request.source or ChartSource.of_bundled(DEFAULT_CHART)
    chart = _load(source, later)
    if chart is None:
        return None
    if request.select is not None and request.select not in {z.id for z in chart.zones}:
        known = ", ".join(zone.id for zone in chart.zones)
        no_zone = QCoreApplication.translate("Commands", "no zone '{0}'; the zones are: {1}")
        print(f"reflexmap: {no_zone.format(request.select, known)}", file=sys.stderr)
        return None
    if request.view is not None and request.view not in chart.views:
        views = ", ".join(chart.views)
        no_view = QCoreApplication.translate("Commands", "this chart has no {0} view; it has {1}")
        print(f"reflexmap: {no_view.format(request.view, views)}", file=sys.stderr)
        return None
    state = AppState(chart, source)
    state.show_view(request.view or "plantar")
    window = MainWindow(state, settings=Settings(notice_shown=True))
    # Screenshots go into bug reports and docs: the user's notes on zones stay out.
    window.panel.zone_note.access.closed_to_view = True
    if request.size is not None or request.screen is None:
        window.resize(*(request.size or DEFAULT_SIZE))
    window.show()
    if request.search is not None:
        state.search(request.search)
    if request.select is not None:
        state.select(request.select)
    if request.dialog is not None:
        {
            "notice": window.show_safety_notice,
            "about": window.show_about,
            "shortcuts": window.show_shortcuts,
            "claims": window.show_about_claims,
            "contraindications": window.show_contraindications,
        }[request.dialog]()
    return window


def _offscreen_screen(size: tuple[int, int], folder: Path) -> str:
    """The offscreen platform with one screen of ``size``, set up by a file in ``folder``."""
    width, height = size
    screen = {"name": "screen", "width": width, "height": height}
    config = folder / "offscreen.json"
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


def _initial_state(
    request: WindowRequest, settings: Settings, later: list[Callable[[], None]]
) -> tuple[AppState | None, ChartError | None]:
    """The state to start with, from the command line and what was remembered; and the
    problems of a remembered chart that no longer loads (the default chart is shown)."""
    problem = None
    source = request.source or ChartSource.from_key(settings.chart)
    chart = None
    if source is not None:
        try:
            chart = catalogue.load(source, default_cache_dir(), later=later)
        except ChartError as error:
            if request.source is not None:
                print(problems_text(error), file=sys.stderr)
                return None, None
            problem = error
    if chart is None or source is None:
        source = ChartSource.of_bundled(DEFAULT_CHART)
        chart = _load(source, later)
        if chart is None:
            return None, None
    return remembered_state(chart, source, settings), problem


def remembered_state(chart: Chart, source: ChartSource, settings: Settings) -> AppState:
    """The state for ``chart`` as it was left: feet, numbers, Chart Options, selection."""
    state = AppState(
        chart,
        source,
        sides=SIDE_CHOICES.get(settings.sides, SIDE_CHOICES["both"]),
        labels_visible=settings.labels,
        print_options=PrintOptions(
            settings.chart_only_focus,
            settings.chart_guide,
            settings.chart_grayscale,
            settings.chart_all_views,
        ),
    )
    if settings.selection in {zone.id for zone in chart.zones}:
        state.select(settings.selection)
    return state


def _load(source: ChartSource, later: list[Callable[[], None]]) -> Chart | None:
    """The chart, or None after printing its problems to stderr."""
    try:
        return catalogue.load(source, default_cache_dir(), later=later)
    except ChartError as error:
        print(problems_text(error), file=sys.stderr)
        return None


def _do(calls: list[Callable[[], None]]) -> None:
    for call in calls:
        call()
    calls.clear()


def save_screenshot(window: QWidget, path: Path, whole_screen: bool = False) -> int:
    """Render the window (or its whole screen, with every window on it) to a PNG, written
    whole or not at all; 0 on success, else 1."""
    QApplication.processEvents()
    image = window.screen().grabWindow(0) if whole_screen else _painted_window(window)
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
