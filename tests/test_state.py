"""The application state, without Qt: intents, what they announce, and what they derive."""

import subprocess
import sys
import threading

import pytest

from reflexmap.app.catalogue import ChartSource
from reflexmap.app.settings import MemoryStore, Settings, read_settings, write_settings
from reflexmap.app.state import AppState, PrintOptions, Selection
from reflexmap.core.loader import load_chart
from reflexmap.core.model import Chart, ZoneData


@pytest.fixture
def state(chart: Chart) -> AppState:
    return AppState(chart, ChartSource.of_bundled("article"))


def record(state: AppState) -> list[tuple[str, object]]:
    """Every announcement the state makes, in order."""
    seen: list[tuple[str, object]] = []
    for name in (
        "chart_changed",
        "view_changed",
        "sides_changed",
        "selection_changed",
        "hover_changed",
        "search_changed",
        "labels_changed",
        "print_options_changed",
    ):
        getattr(state, name).connect(lambda value, n=name: seen.append((n, value)))
    return seen


def test_the_state_and_settings_need_no_qt() -> None:
    code = (
        "import sys, reflexmap.app.state, reflexmap.app.settings, reflexmap.app.actions, "
        "reflexmap.app.chart_request, reflexmap.app.search_text; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_warning_sign_clears_the_selection(state: AppState) -> None:
    # Regression: the old selection stayed painted beside the seek-help notice.
    state.select("arch")
    state.search("sudden severe headache")
    assert state.result is not None
    assert state.result.notice
    assert state.selection is None


def test_a_new_search_never_keeps_a_stale_zone(state: AppState) -> None:
    state.select("arch")
    state.search("headache")
    assert state.selection is None  # the arch is not among the results
    state.select("toe-tips")
    state.search("headache and sinus")
    assert state.selected == "toe-tips"  # still among them
    state.clear()  # Esc clears the search first, and keeps the selection
    assert (state.query, state.result, state.selected) == ("", None, "toe-tips")
    state.clear()
    assert state.selection is None


def test_the_other_zones_at_the_spot_follow_any_selection(state: AppState, chart: Chart) -> None:
    # Regression: choosing from the list or the results dropped "Also at this spot".
    deep = next(r for r in chart.regions_of("deep-arch") if r.side == "left")
    assert chart.zones_at(*deep.anchor) == ("deep-arch", "arch")  # it lies within the arch
    state.select("deep-arch")  # as from the list or the keyboard: no point given
    assert state.selection == Selection("deep-arch", ("arch",))
    state.select("arch")
    assert state.selection == Selection("arch", ())
    state.select("deep-arch", at=deep.anchor)  # as from a click
    assert state.selection == Selection("deep-arch", ("arch",))


def test_a_zone_on_a_foot_not_shown_says_where_it_is(state: AppState) -> None:
    state.show_sides("right")
    state.select("heart")
    assert state.hidden_sides("heart") == ("left",)
    assert state.hidden_sides("heel") == ()
    state.reveal("heart")
    assert state.sides == ("left", "right")
    assert state.hidden_sides("heart") == ()


def test_changes_are_announced_once_and_only_when_they_change(state: AppState) -> None:
    seen = record(state)
    state.hover("heel")
    state.hover("heel")
    state.show_sides("both")  # already both
    state.show_sides("left")
    state.set_labels_visible(True)  # already on
    state.set_labels_visible(False)
    state.set_print_option("guide", True)
    state.set_print_option("guide", True)
    assert seen == [
        ("hover_changed", "heel"),
        ("sides_changed", ("left",)),
        ("labels_changed", False),
        ("print_options_changed", PrintOptions(guide=True)),
    ]


def test_focus_zones_are_the_results_else_the_selection(state: AppState, chart: Chart) -> None:
    assert state.focus_zones() == ()
    state.select("heel")
    assert state.focus_zones() == ("heel",)
    state.search("cough and headache")
    order = [zone.id for zone in chart.zones]
    assert list(state.focus_zones()) == sorted(state.focus_zones(), key=order.index)
    assert set(state.focus_zones()) == {"lateral-edge", "toe-tips"}


def test_another_chart_keeps_the_search_and_a_selection_it_has(
    state: AppState, chart: Chart
) -> None:
    state.select("heel")
    state.search("period pain")
    renamed = chart.zones[0]._replace(name="Heel (mine)")
    other = Chart(chart.zone_data._replace(zones=(renamed, *chart.zones[1:])), chart.foot_map)
    seen = record(state)
    state.open_chart(other, ChartSource.of_bundled("article"))
    assert state.chart is other
    assert state.selected == "heel"
    assert state.result is not None
    assert state.result.results[0].name == "Heel (mine)"
    assert next(name for name, _ in seen) == "chart_changed"


def test_settings_round_trip_and_fall_back_to_defaults() -> None:
    store = MemoryStore()
    chosen = Settings(sides="left", labels=False, recent=("a\nb",), margins=(5, 6, 7, 8))
    assert write_settings(store, chosen)
    assert read_settings(store) == chosen
    damaged = MemoryStore(
        {"sides": 3, "labels": "maybe", "margins": ["1", "x", "2", "3"], "recent": 42}
    )
    assert read_settings(damaged) == Settings(sides=Settings().sides)
    # QSettings gives one-item lists back as a plain string, and booleans as text.
    assert read_settings(MemoryStore({"recent": "a\nb", "chart_guide": "true"})) == Settings(
        recent=("a\nb",), chart_guide=True
    )


def test_settings_are_stored_under_their_names_with_tuples_as_lists() -> None:
    """The keys are those users' settings files already have."""
    store = MemoryStore()
    assert write_settings(store, Settings(recent=("a\nb",)))
    assert list(store.values) == [
        *("window_geometry", "window_splitter", "window_side_splitter", "sides", "labels"),
        *("selection", "notice_shown", "chart", "recent", "export_folder", "page_size"),
        *("landscape", "margins", "chart_only_focus", "chart_guide", "chart_grayscale"),
        *("chart_all_views", "session_sound", "language"),
    ]
    assert store.values["recent"] == ["a\nb"]
    assert store.values["margins"] == [12.0, 12.0, 12.0, 12.0]
    assert store.values["labels"] is True


def test_views_switch_and_a_zone_on_another_view_says_so(state: AppState, chart: Chart) -> None:
    heel_regions = tuple(r._replace(view="medial") for r in chart.regions_of("heel"))
    medial = chart.foot_map._replace(regions=heel_regions)
    zones = tuple(
        z._replace(views=("plantar", "medial")) if z.id == "heel" else z for z in chart.zones
    )
    two_views = Chart(chart.zone_data._replace(zones=zones), chart.foot_map, {"medial": medial})
    assert two_views.views == ("plantar", "medial")
    state.open_chart(two_views, state.source)
    seen = record(state)
    state.select("arch")
    state.show_view("dorsal")  # a view the chart does not have: nothing happens
    state.show_view("medial")
    assert state.view == "medial"
    assert state.selected == "arch"
    assert state.other_views("arch") == ("plantar",)
    assert state.other_views("heel") == ()
    state.reveal("arch")  # back to the sole
    assert [value for name, value in seen if name == "view_changed"] == ["medial", "plantar"]


def test_the_search_index_is_built_ahead_on_another_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reflexmap.core import search

    threads: list[int] = []
    real = search.SymptomIndex

    class Recording(real):  # type: ignore[misc,valid-type]
        def __init__(self, data: ZoneData) -> None:
            threads.append(threading.get_ident())
            super().__init__(data)

    monkeypatch.setattr(search, "SymptomIndex", Recording)
    chart = load_chart(*ChartSource.of_bundled("article").files)
    western = load_chart(*ChartSource.of_bundled("western").files)
    state = AppState(chart, ChartSource.of_bundled("article"))
    state.other_charts = lambda: {"article": chart, "western": western}
    state.prepare_search_index()
    state.search("headache")
    assert state.result is not None
    assert state.result.results
    assert [found.chart for found in state.elsewhere] == ["western"]
    # This chart's index and each bundled chart's, all on another thread: none on this one.
    assert len(threads) == 3
    assert threading.get_ident() not in threads
    state.open_chart(western, ChartSource.of_bundled("western"))
    state.search("constipation")
    assert state.result is not None
    assert state.result.results
    assert len(threads) == 4
    assert threading.get_ident() not in threads
