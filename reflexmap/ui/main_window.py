"""The main window: the map, the zone list and the details, with menus and remembered state."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core.chart_cache import default_cache_dir
from ..core.errors import ChartError
from ..core.loader import load_chart
from ..core.model import Chart, Side
from .help_texts import about_claims_html, contraindications_html, safety_notice_html
from .map_view import ZOOM_STEP, MapView
from .rich_text import escape
from .search_box import SearchBox
from .zone_panel import ZonePanel

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QShowEvent
    from PySide6.QtWidgets import QDialog, QMessageBox

    from ..core.search import SearchResult
    from .chart_exporter import ChartExporter

ABOUT_CLAIMS_LINK = "about-claims"
RECENT_CHARTS = 6
SIDE_CHOICES: dict[str, tuple[Side, ...]] = {
    "both": ("left", "right"),
    "left": ("left",),
    "right": ("right",),
}


class MainWindow(QMainWindow):
    """Without ``settings`` (as for screenshots) nothing is restored or saved."""

    def __init__(
        self,
        chart: Chart,
        settings: QSettings | None = None,
        files: tuple[Path, Path] | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.files = files
        """The zones file and drawing the chart came from, for Reload."""
        self.setMinimumSize(640, 480)
        self._splitters_placed = False
        self._build(chart)
        self._make_actions()
        self._make_menus()
        self.statusBar().showMessage(self.tr("Hover over the feet, or choose a zone."))
        self._restore()

    def _build(self, chart: Chart) -> None:
        """Make every widget that shows the chart; called again for another chart."""
        self.chart = chart
        self.setWindowTitle(self.tr("reflexmap: {0}").format(chart.info.name))
        self.map_view = MapView(chart, self)
        self.zone_list = QListWidget(self)
        self.zone_list.setAccessibleName(self.tr("Zones"))
        for number, zone in enumerate(chart.zones, 1):
            item = QListWidgetItem(f"{number}  {zone.name}")
            item.setData(Qt.ItemDataRole.UserRole, zone.id)
            item.setToolTip(zone.claim)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, zone.name)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, zone.claim)
            self.zone_list.addItem(item)
        self.results_list = QListWidget(self)
        self.results_list.setAccessibleName(self.tr("Search results"))
        self.side_stack = QStackedWidget(self)
        self.side_stack.addWidget(self.zone_list)
        self.side_stack.addWidget(self.results_list)
        self.search = SearchBox(chart.zone_data, self)
        self.panel = ZonePanel(chart, self)
        self.banner = QLabel(
            f"{escape(chart.info.disclaimer)} "
            f"<a href='{ABOUT_CLAIMS_LINK}'>{self.tr('About these claims')}</a>",
            self,
        )
        self.banner.setAccessibleName(self.tr("Disclaimer"))
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.banner.setContentsMargins(8, 4, 8, 4)
        self.banner.linkActivated.connect(self.show_about_claims)

        self.side_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.side_splitter.addWidget(self.side_stack)
        self.side_splitter.addWidget(self.panel)
        map_column = QWidget(self)
        map_layout = QVBoxLayout(map_column)
        map_layout.setContentsMargins(0, 0, 0, 0)
        map_layout.addWidget(self.search)
        map_layout.addWidget(self.map_view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(map_column)
        self.splitter.addWidget(self.side_splitter)
        self.splitter.setChildrenCollapsible(False)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        # The map takes the first focus: arrow keys work at once, and the search index is
        # built only when someone goes to the search field.
        self.map_view.setFocus()
        self.setTabOrder(self.search.field, self.map_view)
        self.setTabOrder(self.map_view, self.zone_list)
        self.setTabOrder(self.zone_list, self.results_list)
        self.setTabOrder(self.results_list, self.panel.details)
        self.map_view.hovered.connect(self._show_hover)
        self.map_view.clicked.connect(self.select_zone)
        self.map_view.cleared.connect(self.clear_selection)
        self.zone_list.currentItemChanged.connect(self._list_changed)
        self.results_list.currentItemChanged.connect(self._list_changed)
        self.search.result_changed.connect(self._show_search)
        self.panel.zone_link_clicked.connect(self.select_zone)

    @cached_property
    def exporter(self) -> ChartExporter:
        """Made on first use, so that printing loads only when someone prints or exports."""
        from .chart_exporter import ChartExporter

        return ChartExporter(lambda: self.chart, self, self.settings, self.focus_zones)

    # Actions and menus.

    def _action(
        self,
        text: str,
        slot: object,
        shortcuts: Sequence[QKeySequence | QKeySequence.StandardKey | str] = (),
        tip: str = "",
    ) -> QAction:
        # Not QAction(text, self): telling that from QAction(icon, text) sets QIcon up, ~1 ms.
        action = QAction(self, text=text, statusTip=tip, toolTip=tip or text.replace("&", ""))
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        tr = self.tr
        self.quit_action = self._action(tr("&Quit"), self.close, [QKeySequence.StandardKey.Quit])
        self.open_action = self._action(
            tr("&Open Chart..."),
            self.choose_chart,
            [QKeySequence.StandardKey.Open],
            tr("Open your own zones file and drawing"),
        )
        self.reload_action = self._action(
            tr("&Reload"),
            self.reload,
            [QKeySequence.StandardKey.Refresh, "Ctrl+R"],
            tr("Read the chart's files again, after editing them"),
        )
        self.reload_action.setEnabled(self.files is not None)
        self.preview_action = self._action(
            tr("Print Pre&view..."),
            lambda: self.exporter.preview(),
            ["Ctrl+Shift+P"],
            tr("See the printed chart before printing"),
        )
        self.print_action = self._action(
            tr("&Print..."),
            lambda: self.exporter.print_chart(),
            [QKeySequence.StandardKey.Print],
            tr("Print the zone chart"),
        )
        self.page_setup_action = self._action(
            tr("Page Set&up..."),
            lambda: self.exporter.page_setup(),
            tip=tr("Page size and orientation"),
        )
        self.export_pdf_action = self._action(
            tr("&Export as PDF..."),
            lambda: self.exporter.export("pdf"),
            ["Ctrl+E"],
            tr("Save the zone chart as a PDF"),
        )
        self.export_image_action = self._action(
            tr("Export as &Image (PNG, SVG)..."),
            lambda: self.exporter.export("image"),
            tip=tr("Save the chart's first page as a PNG or SVG image"),
        )
        self.chart_option_actions: dict[str, QAction] = {}
        for key, text, tip in (
            (
                "only_focus",
                tr("Only the &Selected or Found Zones"),
                tr("Chart only the zones of the current search, or the selected zone"),
            ),
            (
                "guide",
                tr("Add the Technique &Guide"),
                tr("Add pages with the techniques and what research says (PDF and print)"),
            ),
            ("grayscale", tr("&Black and White"), tr("For black-and-white printers")),
        ):
            action = self._action(
                text, lambda checked, k=key: setattr(self.exporter, k, checked), tip=tip
            )
            action.setCheckable(True)
            self.chart_option_actions[key] = action
        self.zoom_in_action = self._action(
            tr("Zoom &In"),
            lambda: self.map_view.zoom(ZOOM_STEP),
            ["Ctrl+=", QKeySequence.StandardKey.ZoomIn],
            tr("Enlarge the drawing"),
        )
        self.zoom_out_action = self._action(
            tr("Zoom &Out"),
            lambda: self.map_view.zoom(1 / ZOOM_STEP),
            ["Ctrl+-", QKeySequence.StandardKey.ZoomOut],
            tr("Shrink the drawing"),
        )
        self.fit_action = self._action(
            tr("&Fit to Window"),
            lambda: self.map_view.fit(),
            ["Ctrl+0"],
            tr("Show the whole drawing"),
        )
        self.side_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for key, text in (
            ("both", tr("&Both Feet")),
            ("left", tr("&Left Foot")),
            ("right", tr("&Right Foot")),
        ):
            action = self._action(text, lambda _=False, k=key: self.show_sides(k))
            action.setCheckable(True)
            group.addAction(action)
            self.side_actions[key] = action
        self.side_actions["both"].setChecked(True)
        self.labels_action = self._action(
            tr("Zone &Numbers"),
            lambda checked: self.map_view.set_labels_visible(checked),
            ["Ctrl+Shift+L"],
            tr("Show or hide the zone numbers on the drawing"),
        )
        self.labels_action.setCheckable(True)
        self.labels_action.setChecked(True)
        self.find_action = self._action(
            tr("&Find Symptom"),
            self.focus_search,
            [QKeySequence.StandardKey.Find],
            tr("Search zones by symptom"),
        )
        self.clear_action = self._action(
            tr("&Clear"),
            self.clear,
            [QKeySequence.StandardKey.Cancel],
            tr("Clear the search, or else the selection"),
        )
        self.about_claims_action = self._action(
            tr("About These &Claims"),
            self.show_about_claims,
            [QKeySequence.StandardKey.HelpContents],
            tr("What research says about reflexology"),
        )
        self.contraindications_action = self._action(
            tr("&Contraindications"),
            self.show_contraindications,
            tip=tr("When not to massage the feet"),
        )
        self.safety_notice_action = self._action(tr("&Safety Notice"), self.show_safety_notice)
        self.shortcuts_action = self._action(tr("&Keyboard Shortcuts"), self.show_shortcuts)
        self.about_action = self._action(tr("&About reflexmap"), self.show_about)

    def _make_menus(self) -> None:
        tr = self.tr
        file_menu = self.menuBar().addMenu(tr("&File"))
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addAction(self.reload_action)
        file_menu.addSeparator()
        file_menu.addActions([self.preview_action, self.print_action, self.page_setup_action])
        file_menu.addSeparator()
        file_menu.addActions([self.export_pdf_action, self.export_image_action])
        options_menu = file_menu.addMenu(tr("Chart &Options"))
        options_menu.addActions(list(self.chart_option_actions.values()))
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(tr("&Edit"))
        edit_menu.addActions([self.find_action, self.clear_action])
        view_menu = self.menuBar().addMenu(tr("&View"))
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.fit_action])
        view_menu.addSeparator()
        view_menu.addActions(list(self.side_actions.values()))
        view_menu.addSeparator()
        view_menu.addAction(self.labels_action)
        help_menu = self.menuBar().addMenu(tr("&Help"))
        help_menu.addActions(
            [
                self.about_claims_action,
                self.contraindications_action,
                self.safety_notice_action,
                self.shortcuts_action,
            ]
        )
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    # Selection, kept in step across the map, the list and the panel.

    def select_zone(self, zone_id: str, also: Sequence[str] = ()) -> None:
        zone = self.chart.zone(zone_id)
        self.map_view.select_zone(zone_id)
        with QSignalBlocker(self.zone_list):
            self.zone_list.setCurrentRow(self.chart.zones.index(zone))
        with QSignalBlocker(self.results_list):
            rows = [self.results_list.item(i) for i in range(self.results_list.count())]
            row = next(
                (i for i, r in enumerate(rows) if r.data(Qt.ItemDataRole.UserRole) == zone_id), -1
            )
            self.results_list.setCurrentRow(row)
        self.panel.show_zone(zone, [self.chart.zone(z) for z in also])
        self.statusBar().showMessage(self.tr("Selected: {0}").format(zone.name))

    def clear_selection(self) -> None:
        self.map_view.select_zone(None)
        with QSignalBlocker(self.zone_list):
            self.zone_list.setCurrentRow(-1)
        self.panel.show_zone(None)
        self.statusBar().clearMessage()

    def selected_zone(self) -> str | None:
        return self.map_view.selected_zone()

    def focus_zones(self) -> tuple[str, ...]:
        """The zones a chart of "only the selected or found zones" shows."""
        matches = self.map_view.matched_zones()
        if matches:
            return tuple(z.id for z in self.chart.zones if z.id in matches)
        selected = self.selected_zone()
        return (selected,) if selected else ()

    def clear(self) -> None:
        if self.search.query():
            self.search.set_query("")
        else:
            self.clear_selection()

    def focus_search(self) -> None:
        self.search.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.field.selectAll()

    def _show_search(self, result: SearchResult | None) -> None:
        with QSignalBlocker(self.results_list):
            self.results_list.clear()
            for match in result.results if result else ():
                item = QListWidgetItem(f"{match.name}: {', '.join(match.matched)}")
                item.setData(Qt.ItemDataRole.UserRole, match.zone)
                item.setToolTip(self.tr("Match {0:.0%}").format(match.score))
                self.results_list.addItem(item)
        found = bool(result and result.results)
        self.side_stack.setCurrentWidget(self.results_list if found else self.zone_list)
        self.map_view.set_matches({m.zone for m in result.results} if result else None)

    def _list_changed(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.clear_selection()
        else:
            self.select_zone(item.data(Qt.ItemDataRole.UserRole))

    def _show_hover(self, zone_id: str | None) -> None:
        if zone_id is None:
            self.statusBar().clearMessage()
            return
        zone = self.chart.zone(zone_id)
        self.statusBar().showMessage(f"{zone.name}: {zone.claim}")

    def show_sides(self, key: str) -> None:
        self.side_actions[key].setChecked(True)
        self.map_view.show_sides(SIDE_CHOICES[key])

    # Other charts.

    def choose_chart(self) -> None:
        from . import dialogs

        start = self.files[0].parent if self.files else Path.home()
        files = dialogs.choose_chart_files(self, start)
        if files:
            self.open_chart(*files)

    def reload(self) -> bool:
        return self.files is not None and self.open_chart(*self.files)

    def open_chart(self, zones: Path, drawing: Path) -> bool:
        """Show another chart; if it does not load, say why and keep the one shown."""
        try:
            chart = load_chart(zones, drawing, default_cache_dir())
        except ChartError as error:
            self._show_problems(error)
            return False
        selected = self.selected_zone()
        sides = next(key for key, action in self.side_actions.items() if action.isChecked())
        sizes = self.splitter.sizes(), self.side_splitter.sizes()
        self._build(chart)
        self.splitter.setSizes(sizes[0])
        self.side_splitter.setSizes(sizes[1])
        self.show_sides(sides)
        self.map_view.set_labels_visible(self.labels_action.isChecked())
        if selected in {zone.id for zone in chart.zones}:
            self.select_zone(selected)
        self.files = (zones, drawing)
        self.reload_action.setEnabled(True)
        self._remember_recent(zones, drawing)
        self.statusBar().showMessage(self.tr("Opened {0}").format(chart.info.name))
        return True

    def _show_problems(self, error: ChartError) -> QMessageBox:
        from . import dialogs

        return dialogs.show_problems(self, error, self.chart.info.name)

    def recent_charts(self) -> list[tuple[Path, Path]]:
        stored = self.settings.value("charts/recent", []) if self.settings else []
        pairs = []
        for entry in stored if isinstance(stored, list) else []:
            zones, _, drawing = str(entry).partition("\n")
            if zones and drawing:
                pairs.append((Path(zones), Path(drawing)))
        return pairs

    def _remember_recent(self, zones: Path, drawing: Path) -> None:
        if self.settings is None:
            return
        pairs = [(zones, drawing)] + [p for p in self.recent_charts() if p != (zones, drawing)]
        self.settings.setValue("charts/recent", [f"{z}\n{d}" for z, d in pairs[:RECENT_CHARTS]])

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for zones, drawing in self.recent_charts():
            action = self.recent_menu.addAction(f"{zones.name} + {drawing.name}")
            action.setToolTip(f"{zones}\n{drawing}")
            action.triggered.connect(lambda _=False, z=zones, d=drawing: self.open_chart(z, d))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    # Help.

    def _show_text(self, title: str, html: str) -> QDialog:
        from . import dialogs

        return dialogs.show_text(self, title, html)

    def show_about_claims(self) -> QDialog:
        return self._show_text(self.tr("About these claims"), about_claims_html())

    def show_contraindications(self) -> QDialog:
        return self._show_text(self.tr("Contraindications"), contraindications_html(self.chart))

    def show_safety_notice(self) -> QDialog:
        return self._show_text(self.tr("Before you start"), safety_notice_html(self.chart))

    def show_shortcuts(self) -> QDialog:
        rows = []
        for action in self.actions():
            keys = ", ".join(
                key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
            )
            if keys:
                name = escape(action.text().replace("&", ""))
                rows.append(f"<tr><td>{name}</td><td><b>{escape(keys)}</b></td></tr>")
        extra = self.tr(
            "<p>On the map: arrow keys move between zones, Enter selects, Ctrl+wheel zooms. "
            "Tab moves between the map, the zone list and the details.</p>"
        )
        return self._show_text(
            self.tr("Keyboard shortcuts"), f"<table cellspacing='6'>{''.join(rows)}</table>{extra}"
        )

    def show_about(self) -> QDialog:
        info = self.chart.info
        return self._show_text(
            self.tr("About reflexmap"),
            f"<h2>reflexmap {__version__}</h2>"
            f"<p>{self.tr('An interactive map of the foot reflex zones, as claims.')}</p>"
            f"<p><b>{self.tr('Chart')}:</b> {escape(info.name)}</p>"
            f"<p><b>{self.tr('Source')}:</b> {escape(info.source)}</p>",
        )

    # Remembered state.

    def _restore(self) -> None:
        if self.settings is None:
            return
        s = self.settings
        # Values of the wrong type (a hand-edited or damaged file) are passed over.
        geometry = s.value("window/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(1200, 800)
        for splitter, key in (
            (self.splitter, "window/splitter"),
            (self.side_splitter, "window/side_splitter"),
        ):
            state = s.value(key)
            if isinstance(state, QByteArray):
                self._splitters_placed = splitter.restoreState(state)
        side = str(s.value("map/sides", "both"))
        self.show_sides(side if side in SIDE_CHOICES else "both")
        labels = str(s.value("map/labels", "true")).lower() != "false"
        self.labels_action.setChecked(labels)
        self.map_view.set_labels_visible(labels)
        zone_id = s.value("selection/zone", "")
        if zone_id and any(z.id == zone_id for z in self.chart.zones):
            self.select_zone(str(zone_id))
        if str(s.value("notice/shown", "false")).lower() != "true":
            QTimer.singleShot(0, self._first_run_notice)

    def _first_run_notice(self) -> None:
        self.show_safety_notice()
        if self.settings is not None:
            self.settings.setValue("notice/shown", True)

    def save_state(self) -> None:
        if self.settings is None:
            return
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("window/side_splitter", self.side_splitter.saveState())
        side = next(key for key, action in self.side_actions.items() if action.isChecked())
        s.setValue("map/sides", side)
        s.setValue("map/labels", self.labels_action.isChecked())
        s.setValue("selection/zone", self.selected_zone() or "")
        s.sync()

    def showEvent(self, event: QShowEvent) -> None:
        # Splitters share space by their contents' size hints, which would give the long
        # details text most of the window; start with the map at three fifths instead.
        if not self._splitters_placed:
            self._splitters_placed = True
            width, height = self.splitter.width(), self.side_splitter.height()
            self.splitter.setSizes([width * 3 // 5, width * 2 // 5])
            self.side_splitter.setSizes([height * 2 // 7, height * 5 // 7])
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
