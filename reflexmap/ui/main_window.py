"""The main window: lays out the map, the lists and the details, and wires them to the state."""

from __future__ import annotations

from functools import cached_property
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..app import catalogue
from ..app.actions import ACTIONS, MAP_KEYS, MENUS, PLAYER_KEYS, STANDARD, ActionSpec
from ..app.catalogue import ChartSource
from ..app.help_pages import about_claims_html, contraindications_html, safety_notice_html
from ..app.settings import RECENT_CHARTS, MemoryStore, Settings, SettingsStore, write_settings
from ..app.state import AppState
from ..core.chart_cache import default_cache_dir
from ..core.errors import ChartError
from ..core.model import Chart, View
from . import fit
from .identity import app_icon
from .map_view import ZOOM_STEP, MapView
from .search_box import SearchBox
from .zone_lists import ResultList, ZoneList
from .zone_panel import ZonePanel

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QIcon, QShowEvent
    from PySide6.QtWidgets import QDialog, QMessageBox

    from .chart_exporter import ChartExporter
    from .session_controller import SessionController

ABOUT_CLAIMS_LINK = "about-claims"
DEFAULT_SIZE = (1200, 800)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class MainWindow(QMainWindow):
    """Lays out and wires; what is shown and chosen lives in ``state``, what is remembered in
    ``store`` (an in-memory store for screenshots and tests)."""

    def __init__(
        self,
        state: AppState,
        store: SettingsStore | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__()
        self.state = state
        self.store = store if store is not None else MemoryStore()
        self.settings = settings or Settings()
        """What was remembered at start; updated and written back on close."""
        self.setMinimumSize(640, 480)
        self._splitters_placed = False
        self._build()
        self.actions_by_id = self._make_actions()
        self._make_menus()
        state.chart_changed.connect(lambda _: self._show_chart())
        state.selection_changed.connect(lambda _: self._show_status())
        state.hover_changed.connect(lambda _: self._show_status())
        for event in (
            state.view_changed,
            state.sides_changed,
            state.labels_changed,
            state.print_options_changed,
        ):
            event.connect(lambda _: self._show_checks())
        self._show_chart()
        self._restore()

    def _build(self) -> None:
        state = self.state
        self.map_view = MapView(state, self)
        self.zone_list = ZoneList(state, self)
        self.results_list = ResultList(state, self)
        self.side_stack = QStackedWidget(self)
        self.side_stack.addWidget(self.zone_list)
        self.side_stack.addWidget(self.results_list)
        self.search = SearchBox(state, self)
        self.panel = ZonePanel(state, self)
        self.panel.compare_requested.connect(self.show_comparison)
        self.search.compare_button.clicked.connect(lambda: self.show_comparison())
        self.banner = QLabel(self)  # unnamed: its text is what it says
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
        self._name_handles()
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
        self.search.field.down_target = self.results_list
        state.other_charts = self._bundled_charts
        self.results_list.chart_requested.connect(self.show_in_chart)
        state.search_changed.connect(self._show_search)

    def _name_handles(self) -> None:
        self.splitter.handle(1).setAccessibleName(self.tr("Resize the map and the side panes"))
        self.side_splitter.handle(1).setAccessibleName(
            self.tr("Resize the zone list and the details")
        )

    def changeEvent(self, event: QEvent) -> None:
        # Sent when a translator comes or goes: every word of the window again, in the new
        # language; the widgets inside do the same for theirs.
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        for spec in ACTIONS:
            _word_action(self.actions_by_id[spec.id], spec)
        for menu in MENUS:
            self._menus[menu.id].setTitle(translate("Actions", menu.title))
        self._name_toolbar()
        self._name_handles()
        self._show_chart()

    def _show_chart(self) -> None:
        self._show_checks()
        info = self.state.chart.info
        self.setWindowTitle(self.tr("reflexmap: {0}").format(info.name))
        link = escape(self.tr("About these claims"))
        self.banner.setText(f"{escape(info.disclaimer)} <a href='{ABOUT_CLAIMS_LINK}'>{link}</a>")
        self._show_status()

    def _show_search(self, _result: object) -> None:
        found = bool(self.state.result and self.state.result.results) or bool(self.state.elsewhere)
        self.side_stack.setCurrentWidget(self.results_list if found else self.zone_list)

    def _show_status(self) -> None:
        """The zone under the pointer, else the selected zone, cut to the bar's width."""
        chart, hovered, selection = self.state.chart, self.state.hovered, self.state.selection
        if hovered is not None:
            zone = chart.zone(hovered)
            text = f"{zone.name}: {zone.claim}"
        elif selection is not None:
            text = self.tr("Selected: {0}").format(chart.zone(selection.zone).name)
        else:
            text = self.tr("Hover over the feet, or choose a zone.")
        bar = self.statusBar()
        # The window's width, not the bar's: before the window is shown the bar has none yet.
        width = max(self.width() - 24, 80)
        bar.showMessage(bar.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width))

    @cached_property
    def exporter(self) -> ChartExporter:
        """Made on first use, so that printing loads only when someone prints or exports."""
        from .chart_exporter import ChartExporter

        return ChartExporter(self.state, self, self.settings)

    @cached_property
    def sessions(self) -> SessionController:
        """Made on first use: sessions and the journal load when someone opens them."""
        from .session_controller import SessionController

        controller = SessionController(self, self.state)
        controller.sound = self.settings.session_sound
        return controller

    # Actions and menus, from the table in app.actions.

    def _make_actions(self) -> dict[str, QAction]:
        actions: dict[str, QAction] = {}
        groups: dict[str, QActionGroup] = {}
        for spec in ACTIONS:
            # Not QAction(text, self): telling that from QAction(icon, text) sets QIcon up.
            action = QAction(self)
            _word_action(action, spec)
            action.setShortcuts([_key_sequence(s) for s in spec.shortcuts])
            action.setCheckable(spec.checked is not None)
            if spec.group:
                groups.setdefault(spec.group, QActionGroup(self)).addAction(action)
            action.triggered.connect(lambda checked=False, s=spec: self._run(s, checked))
            self.addAction(action)
            actions[spec.id] = action
        return actions

    def _run(self, spec: ActionSpec, checked: bool) -> None:
        handler = getattr(self, spec.handler)
        if spec.checked is not None and spec.group is None:
            handler(*spec.args, checked)
        else:
            handler(*spec.args)

    def _show_checks(self) -> None:
        for spec in ACTIONS:
            action = self.actions_by_id[spec.id]
            if spec.checked is not None:
                action.setChecked(spec.checked(self.state))
            if spec.available is not None:
                action.setVisible(spec.available(self.state))

    def _make_menus(self) -> None:
        menus: dict[str, QMenu] = {}
        for menu in MENUS:
            title = translate("Actions", menu.title)
            parent = self.menuBar() if menu.parent is None else menus[menu.parent]
            menus[menu.id] = QMenu(title, self)
            if menu.parent is None:
                parent.addMenu(menus[menu.id])
        for menu in MENUS:
            sections = sorted({spec.section for spec in ACTIONS if spec.menu == menu.id})
            for section in sections:
                if section != sections[0]:
                    menus[menu.id].addSeparator()
                for spec in ACTIONS:
                    if spec.menu == menu.id and spec.section == section:
                        menus[menu.id].addAction(self.actions_by_id[spec.id])
                for submenu in MENUS:
                    if submenu.parent == menu.id and submenu.after_section == section:
                        menus[menu.id].addMenu(menus[submenu.id])
        self.recent_menu = menus["recent"]
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.charts_menu = menus["charts"]
        self.charts_menu.aboutToShow.connect(self._fill_charts_menu)
        self._menus = menus
        self._toolbar = toolbar = self.addToolBar("")
        self._name_toolbar()
        toolbar.setObjectName("views")
        toolbar.setMovable(False)
        for spec in ACTIONS:
            if spec.group in ("views", "sides"):
                if spec.group == "sides" and spec.id == "sides-both":
                    toolbar.addSeparator()
                toolbar.addAction(self.actions_by_id[spec.id])

    def _name_toolbar(self) -> None:
        self._toolbar.setWindowTitle(self.tr("Views"))
        self._toolbar.setAccessibleName(self.tr("Views of the feet"))

    def action(self, action_id: str) -> QAction:
        return self.actions_by_id[action_id]

    # Handlers named in the actions table; each forwards to the state or opens a dialog.

    def show_sides(self, key: str) -> None:
        self.state.show_sides(key)

    def show_view(self, view: View) -> None:
        self.state.show_view(view)

    def set_labels_visible(self, visible: bool) -> None:
        self.state.set_labels_visible(visible)

    def set_print_option(self, name: str, value: bool) -> None:
        self.state.set_print_option(name, value)

    def set_language(self, language: str) -> None:
        """Speak ``language`` from now on, and remember it."""
        from . import translation

        translation.activate(language)
        self.settings = self.settings._replace(language=language)
        self._show_checks()
        self.reload()  # the chart's own texts, where it has them in this language

    def clear(self) -> None:
        self.state.clear()

    def zoom_in(self) -> None:
        self.map_view.zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.map_view.zoom(1 / ZOOM_STEP)

    def fit(self) -> None:
        self.map_view.fit()

    def zoom_to_selection(self) -> None:
        if not self.map_view.zoom_to_selection():
            self.statusBar().showMessage(self.tr("Select a zone on this view to zoom to it."))

    def focus_search(self) -> None:
        self.search.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.field.selectAll()

    def preview(self) -> None:
        self.exporter.preview()

    def print_chart(self) -> None:
        self.exporter.print_chart()

    def page_setup(self) -> None:
        self.exporter.page_setup()

    def export(self, kind: str) -> None:
        self.exporter.export(kind)

    def show_sessions(self) -> None:
        self.sessions.show_sessions()

    def session_for_search(self) -> None:
        self.sessions.offer_for_search()

    def show_journal(self) -> None:
        self.sessions.show_journal()

    def print_session_card(self) -> None:
        self.sessions.choose_card()

    def edit_client_header(self) -> QDialog:
        return self.exporter.edit_client_header()

    def print_disagreements(self) -> None:
        self.exporter.preview(sheet=True)

    def export_disagreements(self) -> None:
        self.exporter.export("sheet")

    # Other charts.

    def choose_chart(self) -> None:
        """Ask for a zones file, and for its drawing only if it names none of its own."""
        from . import dialogs

        zones = dialogs.choose_zones_file(self, self.state.source.zones_file.parent)
        if zones is None:
            return
        try:
            catalogue.load(ChartSource.of_files(zones), default_cache_dir())
        except ChartError as error:
            if [problem.code for problem in error.problems] != ["chart.no-drawing"]:
                self.show_problems(error)
                return
            drawing = dialogs.choose_drawing(self, zones.parent)
            if drawing is not None:
                self.open_chart(ChartSource.of_files(zones, drawing))
            return
        self.open_chart(ChartSource.of_files(zones))  # from the cache, just filled

    def reload(self) -> bool:
        return self.open_chart(self.state.source)

    def open_chart(self, source: ChartSource) -> bool:
        """Show another chart; if it does not load, say why and keep the one shown."""
        try:
            chart = catalogue.load(source, default_cache_dir())
        except ChartError as error:
            self.show_problems(error)
            return False
        self.state.open_chart(chart, source)
        self._remember_recent(chart.info.name, source)
        self.statusBar().showMessage(self.tr("Opened {0}").format(chart.info.name))
        return True

    def _bundled_charts(self) -> dict[str, Chart]:
        """The bundled charts, searched beside the one shown; none if one does not load."""
        try:
            return catalogue.load_bundled(default_cache_dir())
        except ChartError:
            return {}

    def show_in_chart(self, chart_id: str, zone_id: str) -> None:
        """Show a bundled chart with one of its zones selected, on a view that has it."""
        if self.open_chart(ChartSource.of_bundled(chart_id)):
            self.state.select(zone_id)
            self.state.reveal(zone_id)

    def show_problems(self, error: ChartError) -> QMessageBox:
        from . import dialogs

        return dialogs.show_problems(self, error, self.state.chart.info.name)

    def recent_charts(self) -> list[tuple[str, ChartSource]]:
        """The user's own charts opened lately, newest first, each with its name."""
        charts = []
        for entry in self.settings.recent:
            name, _, key = entry.partition("\n")
            source = ChartSource.from_key(key)
            if source is not None and source.bundled is None:
                charts.append((name, source))
        return charts

    def _remember_recent(self, name: str, source: ChartSource) -> None:
        if source.bundled is not None:
            return
        entries = [f"{name}\n{source.key()}"] + [
            f"{n}\n{s.key()}" for n, s in self.recent_charts() if s != source
        ]
        self.settings = self.settings._replace(recent=tuple(entries[:RECENT_CHARTS]))

    def _fill_charts_menu(self) -> None:
        """The bundled charts and the user's own, the one shown checked; then Open Chart."""
        self._list_charts(self.charts_menu, mark_shown=True)
        self.charts_menu.addAction(self.actions_by_id["open"])

    def show_comparison(self, zone_id: str | None = None) -> QDialog | None:
        """Where every bundled chart places the zone (or the current search), side by side."""
        from ..app.compare import compare, compare_zone, comparison_text, table_text

        try:
            charts = catalogue.load_bundled(default_cache_dir())
            table = catalogue.load_disagreements()
        except ChartError as error:
            self.show_problems(error)
            return None
        if zone_id is not None:
            zone = self.state.chart.zone(zone_id)
            chart_id = self.state.source.bundled
            comparison = compare_zone(chart_id, zone_id, zone.associations, charts, table)
            text = comparison_text(comparison, translate)
        elif self.state.query.strip():
            text = comparison_text(compare(self.state.query, charts, table), translate)
        else:
            text = table_text(charts, table)
        html = "".join(f"<p>{escape(line)}</p>" for line in text.split("\n") if line)
        dialog = self._show_text(self.tr("Where the charts disagree"), html)
        buttons = dialog.findChild(QDialogButtonBox)
        if buttons is not None:  # the whole table, on one page, for the printer
            sheet = buttons.addButton(
                self.tr("Print the Sheet..."), QDialogButtonBox.ButtonRole.ActionRole
            )
            sheet.clicked.connect(self.print_disagreements)
        return dialog

    def _fill_recent_menu(self) -> None:
        if not self._list_charts(self.recent_menu, mark_shown=False):
            self.recent_menu.addAction(self.tr("(no charts of your own yet)")).setEnabled(False)

    def _list_charts(self, menu: QMenu, *, mark_shown: bool) -> bool:
        """Fill ``menu`` with the bundled charts, then the user's own (whether there are any
        is returned); each opens its chart."""
        menu.clear()
        charts = [
            (translate("Catalogue", b.title), ChartSource.of_bundled(b.id), True)
            for b in catalogue.BUNDLED
        ]
        own = self.recent_charts()
        charts += [(name, source, False) for name, source in own]
        for index, (name, source, bundled) in enumerate(charts):
            if index == len(catalogue.BUNDLED):
                menu.addSeparator()
            action = menu.addAction(name)
            action.setToolTip(
                self.tr("The chart that comes with reflexmap")
                if bundled
                else "\n".join(str(path) for path in source.files if path)
            )
            if mark_shown:
                action.setCheckable(True)
                action.setChecked(self.state.source == source)
            action.triggered.connect(lambda _=False, s=source: self.open_chart(s))
        if not own:
            menu.addSeparator()
        return bool(own)

    # Help.

    def _show_text(self, title: str, html: str, icon: QIcon | None = None) -> QDialog:
        from . import dialogs

        return dialogs.show_text(self, title, html, icon)

    def show_about_claims(self) -> QDialog:
        return self._show_text(self.tr("About these claims"), about_claims_html(translate))

    def show_contraindications(self) -> QDialog:
        html = contraindications_html(self.state.chart, translate)
        return self._show_text(self.tr("Contraindications"), html)

    def show_safety_notice(self) -> QDialog:
        html = safety_notice_html(self.state.chart, translate)
        return self._show_text(self.tr("Before you start"), html)

    def show_shortcuts(self) -> QDialog:
        rows = []
        for spec in ACTIONS:
            keys = ", ".join(
                key.toString(QKeySequence.SequenceFormat.NativeText)
                for key in self.actions_by_id[spec.id].shortcuts()
            )
            if keys:
                name = escape(translate("Actions", spec.text).replace("&", ""))
                rows.append(f"<li>{name}: <b>{escape(keys)}</b></li>")
        extra = "".join(
            f"<p>{escape(translate('Actions', keys))}</p>" for keys in (MAP_KEYS, PLAYER_KEYS)
        )
        # A list, not a table: a table's cells reach screen readers joined by U+FDD0.
        return self._show_text(self.tr("Keyboard shortcuts"), f"<ul>{''.join(rows)}</ul>{extra}")

    def show_about(self) -> QDialog:
        info = self.state.chart.info
        what = escape(self.tr("An interactive map of the foot reflex zones, as claims."))
        chart, source = escape(self.tr("Chart")), escape(self.tr("Source"))
        return self._show_text(
            self.tr("About reflexmap"),
            f"<h2>reflexmap {__version__}</h2><p>{what}</p>"
            f"<p><b>{chart}:</b> {escape(info.name)}</p>"
            f"<p><b>{source}:</b> {escape(info.source)}</p>",
            app_icon(),
        )

    # Remembered state.

    def _restore(self) -> None:
        s = self.settings
        # Qt keeps a restored window on its screen; a first one is made to fit the screen.
        self.setMinimumSize(self.minimumSize().boundedTo(fit.room(self)))
        if not (s.window_geometry and self.restoreGeometry(s.window_geometry)):
            fit.place(self, QSize(*DEFAULT_SIZE))
        for splitter, state in (
            (self.splitter, s.window_splitter),
            (self.side_splitter, s.window_side_splitter),
        ):
            if state:
                self._splitters_placed = splitter.restoreState(state)
        self._show_checks()
        if not s.notice_shown:
            QTimer.singleShot(0, self._first_run_notice)

    def _first_run_notice(self) -> None:
        self.show_safety_notice()
        self.settings = self.settings._replace(notice_shown=True)

    def remembered(self) -> Settings:
        """What to remember of this window now."""
        state = self.state
        settings = self.settings._replace(
            window_geometry=bytes(self.saveGeometry().data()),
            window_splitter=bytes(self.splitter.saveState().data()),
            window_side_splitter=bytes(self.side_splitter.saveState().data()),
            sides=state.sides_key,
            labels=state.labels_visible,
            selection=state.selected or "",
            chart=state.source.key(),
            chart_only_focus=state.print_options.only_focus,
            chart_guide=state.print_options.guide,
            chart_grayscale=state.print_options.grayscale,
            chart_all_views=state.print_options.all_views,
        )
        if "exporter" in self.__dict__:  # made, so its page and folder may have changed
            settings = self.exporter.remembered(settings)
        if "sessions" in self.__dict__:
            settings = settings._replace(session_sound=self.sessions.sound)
        return settings

    def save_state(self) -> bool:
        """Write what is remembered; False (after saying so once) if it cannot be written."""
        self.settings = self.remembered()
        saved = write_settings(self.store, self.settings)
        if not saved and not getattr(self, "_unsaved_reported", False):
            self._unsaved_reported = True
            from . import dialogs

            dialogs.show_warning(
                self,
                self.tr("Settings"),
                self.tr(
                    "The settings could not be saved: changes in this session will not be "
                    "remembered."
                ),
            )
        return saved

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
        if "sessions" in self.__dict__ and not self.sessions.close_requested():
            event.ignore()  # a session runs: its player asks first
            return
        # Saving syncs the settings file to disk twice: on a busy or slow disk that takes a
        # second or more (bench_quit.py --slow-disk), so the window goes first.
        self.hide()
        self.save_state()
        super().closeEvent(event)


def _word_action(action: QAction, spec: ActionSpec) -> None:
    """The action's text and tips in the current language."""
    text = translate("Actions", spec.text)
    tip = translate("Actions", spec.tip) if spec.tip else ""
    action.setText(text)
    action.setStatusTip(tip)
    action.setToolTip(tip or text.replace("&", ""))


def _key_sequence(text: str) -> QKeySequence:
    if text.startswith(STANDARD):
        return QKeySequence(getattr(QKeySequence.StandardKey, text.removeprefix(STANDARD)))
    return QKeySequence(text)
