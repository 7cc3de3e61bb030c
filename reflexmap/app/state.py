"""The application state: what is shown and chosen, changed only through its intents.

Widgets render it and forward what the user does; none of them keeps a copy. It needs no Qt,
so its behaviour is tested without a window.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from ..core.model import SIDES, Chart, Side, View
from .catalogue import ChartSource
from .events import Event

if TYPE_CHECKING:
    from ..core.search import SearchResult, SymptomIndex
    from ..core.sessions import Step
    from .compare import ChartResult

SIDE_CHOICES: dict[str, tuple[Side, ...]] = {
    "both": SIDES,
    "left": ("left",),
    "right": ("right",),
}


class _Prepared:
    """What a thread prepares for searching: the chart's index, the other bundled charts
    and theirs."""

    __slots__ = ("index", "other_indexes", "others")

    def __init__(self) -> None:
        self.index: SymptomIndex | None = None
        self.others: Mapping[str, Chart] | None = None
        self.other_indexes: dict[str, SymptomIndex] = {}


class Selection(NamedTuple):
    """The chosen zone, and the other zones at the same spot of the foot."""

    zone: str
    also: tuple[str, ...] = ()


class PrintOptions(NamedTuple):
    """The Chart Options a user picks for printing and export."""

    only_focus: bool = False
    """Only the zones of the current search, or else the selected zone."""
    guide: bool = False
    grayscale: bool = False
    all_views: bool = False
    """Every view of the feet, not only the one shown."""
    client: str = ""
    """Whom the chart is for, printed at its head; kept for this run only."""
    note: str = ""
    """Notes printed under the client's name; kept for this run only."""


_DEFAULT_PRINT_OPTIONS = PrintOptions()


class AppState:
    """One window's state. Every change goes through a method here, which announces it."""

    def __init__(
        self,
        chart: Chart,
        source: ChartSource,
        *,
        sides: tuple[Side, ...] = SIDES,
        labels_visible: bool = True,
        print_options: PrintOptions = _DEFAULT_PRINT_OPTIONS,
    ) -> None:
        self.chart = chart
        self.source = source
        self.view: View = "plantar"
        self.sides = sides
        self.labels_visible = labels_visible
        self.print_options = print_options
        self.selection: Selection | None = None
        self.hovered: str | None = None
        self.query = ""
        self.result: SearchResult | None = None
        self._index: SymptomIndex | None = None
        self._building: tuple[Chart, threading.Thread, _Prepared] | None = None
        """The chart whose index a thread is building, the thread, and where it puts it."""
        self._ahead = False
        """Whether each chart's index is built ahead, as the window asks."""
        self.other_charts: Callable[[], Mapping[str, Chart]] | None = None
        """The bundled charts by id, searched beside the one shown; called at the first
        search (the window sets it)."""
        self.elsewhere: tuple[ChartResult, ...] = ()
        """The search's zones in the other bundled charts, after the chart shown."""
        self._others: Mapping[str, Chart] | None = None
        self._other_indexes: dict[str, SymptomIndex] = {}
        self.step: Step | None = None
        """The step of the running session, lit on the map."""

        self.chart_changed: Event[Chart] = Event()
        self.view_changed: Event[View] = Event()
        self.sides_changed: Event[tuple[Side, ...]] = Event()
        self.selection_changed: Event[Selection | None] = Event()
        self.hover_changed: Event[str | None] = Event()
        self.search_changed: Event[SearchResult | None] = Event()
        self.labels_changed: Event[bool] = Event()
        self.print_options_changed: Event[PrintOptions] = Event()
        self.step_changed: Event[Step | None] = Event()

    # Derived facts.

    @property
    def sides_key(self) -> str:
        return next(key for key, sides in SIDE_CHOICES.items() if sides == self.sides)

    @property
    def selected(self) -> str | None:
        return self.selection.zone if self.selection else None

    def matched_zones(self) -> set[str] | None:
        """The zones the current search found, or None without a search."""
        return {m.zone for m in self.result.results} if self.result else None

    def focus_zones(self) -> tuple[str, ...]:
        """The zones a chart of "only the selected or found zones" shows, in chart order."""
        matches = self.matched_zones()
        if matches:
            return tuple(z.id for z in self.chart.zones if z.id in matches)
        return (self.selected,) if self.selected else ()

    def hidden_sides(self, zone_id: str) -> tuple[Side, ...]:
        """The feet the zone is on when none of them is shown (else empty)."""
        sides = self.chart.zone(zone_id).sides
        return () if any(s in self.sides for s in sides) else sides

    def other_views(self, zone_id: str) -> tuple[View, ...]:
        """The views the zone is drawn on when the view shown is not one of them (else empty)."""
        views = tuple(v for v in self.chart.zone(zone_id).views if v in self.chart.views)
        return () if self.view in views else views

    def search_index(self) -> SymptomIndex:
        """Built on first use, so that starting the window does not pay for it, or taken
        from the thread that prepare_search_index() started."""
        if self._index is None and self._building is not None:
            chart, thread, built = self._building
            thread.join()
            if chart is self.chart and built.index is not None:
                self._index = built.index
            if self._others is None and built.others is not None:
                self._others = built.others
                self._other_indexes.update(built.other_indexes)
        if self._index is None:
            from ..core.search import SymptomIndex  # the stemmer loads only for a search

            self._index = SymptomIndex(self.chart.zone_data)
        self._building = None
        return self._index

    def prepare_search_index(self) -> None:
        """Build the chart's search index on a thread of its own, so that the first search
        does not wait for it on the thread that paints (at 10,000 zones it takes seconds);
        so too for each chart opened after, and for the other bundled charts searched beside
        it."""
        self._ahead = True
        if self._index is not None or self._building is not None:
            return
        from ..core.search import SymptomIndex

        chart, built = self.chart, _Prepared()
        others = self.other_charts if self._others is None else None

        def build() -> None:
            built.index = SymptomIndex(chart.zone_data)
            if others is not None:  # each, the one shown too: another may be shown next
                built.others = others()
                built.other_indexes = {
                    cid: SymptomIndex(c.zone_data) for cid, c in built.others.items()
                }

        thread = threading.Thread(target=build, name="search index", daemon=True)
        self._building = (chart, thread, built)
        thread.start()

    # Intents.

    def select(self, zone_id: str, at: tuple[float, float] | None = None) -> None:
        """Choose a zone; ``at`` is the point of the drawing clicked, if it was clicked.

        The other zones at that spot (or at the zone's own spot) follow the selection however
        it was made.
        """
        self.chart.zone(zone_id)  # an unknown id is a programming error: KeyError
        if at is None:
            also = self.chart.spot_of(zone_id, self.sides, self.view)[1:]
        else:
            found = self.chart.zones_at(*at, self.sides, self.view)
            also = tuple(z for z in found if z != zone_id)
        self._set_selection(Selection(zone_id, also))

    def clear_selection(self) -> None:
        self._set_selection(None)

    def hover(self, zone_id: str | None) -> None:
        if zone_id != self.hovered:
            self.hovered = zone_id
            self.hover_changed.emit(zone_id)

    def search(self, query: str) -> None:
        """Search as typed. A warning sign, or results without the selected zone, clear the
        selection: a new search never shows a stale zone."""
        if query == self.query:
            return
        self.query = query
        self.result = self.search_index().search(query) if query.strip() else None
        self.elsewhere = ()
        if self.result is not None:
            self.result, self.elsewhere = self._search_elsewhere(self.result)
        if self.result is not None and self.selected is not None:
            found = self.matched_zones() or set()
            if self.result.notice or self.selected not in found:
                self._set_selection(None)
        self.search_changed.emit(self.result)

    def _search_elsewhere(
        self, result: SearchResult
    ) -> tuple[SearchResult, tuple[ChartResult, ...]]:
        from .compare import search_elsewhere

        if self._others is None:
            self._others = self.other_charts() if self.other_charts is not None else {}
        others = {cid: c for cid, c in self._others.items() if cid != self.source.bundled}
        return search_elsewhere(result, others, self._other_indexes)

    def clear(self) -> None:
        """Esc: the search if there is one, else the selection."""
        if self.query:
            self.search("")
        else:
            self.clear_selection()

    def show_sides(self, key: str) -> None:
        sides = SIDE_CHOICES[key]
        if sides != self.sides:
            self.sides = sides
            self.sides_changed.emit(sides)

    def show_view(self, view: View) -> None:
        """Show another view of the feet; the selection stays, with the zones at its spot
        there."""
        if view != self.view and view in self.chart.views:
            self.view = view
            self.hover(None)
            self.view_changed.emit(view)
            if self.selected is not None:
                self.select(self.selected)

    def reveal(self, zone_id: str) -> None:
        """Show the view and the feet the zone is drawn on, if it is hidden."""
        views = self.other_views(zone_id)
        if views:
            self.show_view(views[0])
        if self.hidden_sides(zone_id):
            self.show_sides("both")

    def show_step(self, step: Step | None) -> None:
        """Light a session's step, on its foot in its view; None when the session ends."""
        if step is not None:
            self.show_view(step.view)
            self.show_sides(step.side)
        if step != self.step:
            self.step = step
            self.step_changed.emit(step)

    def set_labels_visible(self, visible: bool) -> None:
        if visible != self.labels_visible:
            self.labels_visible = visible
            self.labels_changed.emit(visible)

    def set_print_option(self, name: str, value: bool) -> None:
        """Turn one of the checkable Chart Options (a boolean field, by name) on or off."""
        change: dict[str, Any] = {name: value}
        self._set_print_options(self.print_options._replace(**change))

    def set_client(self, client: str, note: str) -> None:
        """Whom the printed chart is for, and notes for them (both may be empty)."""
        self._set_print_options(self.print_options._replace(client=client, note=note))

    def _set_print_options(self, options: PrintOptions) -> None:
        if options != self.print_options:
            self.print_options = options
            self.print_options_changed.emit(options)

    def open_chart(self, chart: Chart, source: ChartSource) -> None:
        """Show another chart (or the same one reloaded), keeping the selection and the search
        where the new chart has them."""
        selected = self.selected
        self.chart = chart
        self.source = source
        self._index = None
        self._building = None
        if self._ahead:
            self.prepare_search_index()
        self.hovered = None
        # Until it is found again in the new chart: what shows the new chart must not look
        # for the old chart's zone in it.
        self.selection = None
        if self.view not in chart.views:
            self.view = "plantar"
        self.chart_changed.emit(chart)
        query, self.query, self.result = self.query, "", None
        if query:
            self.search(query)
        else:
            self.search_changed.emit(None)
        if selected is not None and selected in {zone.id for zone in chart.zones}:
            self.select(selected)
        elif selected is not None:
            self.selection_changed.emit(None)

    def _set_selection(self, selection: Selection | None) -> None:
        if selection != self.selection:
            self.selection = selection
            self.selection_changed.emit(selection)
