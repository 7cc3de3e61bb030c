"""A search looks in the other bundled chart too, after the chart shown; warning signs apply
whatever the chart."""

import json
from pathlib import Path

import pytest

from reflexmap.app.catalogue import ChartSource, load_bundled
from reflexmap.app.state import AppState
from reflexmap.cli import main
from reflexmap.core.model import Chart, RedFlags


@pytest.fixture(scope="module")
def charts() -> dict[str, Chart]:
    return load_bundled(None)


def state_on(charts: dict[str, Chart], chart_id: str) -> AppState:
    state = AppState(charts[chart_id], ChartSource.of_bundled(chart_id))
    state.other_charts = lambda: charts
    return state


def test_the_other_charts_results_follow_the_chart_shown(charts: dict[str, Chart]) -> None:
    state = state_on(charts, "article")
    state.search("headache")
    assert state.result is not None
    assert [m.zone for m in state.result.results] == ["toe-tips"]
    assert [found.chart for found in state.elsewhere] == ["western"]
    western = state.elsewhere[0].result.results
    assert western
    assert all(charts["western"].zone(m.zone) for m in western)


def test_from_the_western_chart_the_article_is_elsewhere(charts: dict[str, Chart]) -> None:
    state = state_on(charts, "western")
    state.search("can't sleep")
    assert [found.chart for found in state.elsewhere] == ["article"]
    assert "arch" in [m.zone for m in state.elsewhere[0].result.results]


def test_a_chart_with_no_match_is_left_out(charts: dict[str, Chart]) -> None:
    state = state_on(charts, "article")
    state.search("xyzzy")
    assert state.elsewhere == ()
    state.search("")
    assert state.elsewhere == ()


def test_a_warning_sign_applies_whatever_the_chart(charts: dict[str, Chart]) -> None:
    article = charts["article"]
    silent = article.zone_data._replace(red_flags=RedFlags("", ()))
    own = Chart(silent, article.foot_map, article.other_views)
    state = AppState(own, ChartSource.of_files(Path("my-zones.yaml")))
    state.other_charts = lambda: charts
    state.search("chest pain and headache")
    assert state.result is not None
    assert state.result.notice is not None
    assert state.result.notice.startswith("Seek medical help now")
    assert "chest pain" in state.result.red_flags
    assert state.elsewhere == ()  # the notice, not zones from elsewhere


def test_without_other_charts_only_the_chart_shown_is_searched(
    charts: dict[str, Chart],
) -> None:
    state = AppState(charts["article"], ChartSource.of_bundled("article"))
    state.search("headache")
    assert state.elsewhere == ()


def test_cli_search_lists_the_other_chart_after_this_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["search", "headache"]) == 0
    out = capsys.readouterr().out
    assert out.index("Toe tips (toe-tips)") < out.index("common Western chart (western):")
    assert main(["--chart", "western", "search", "--json", "headache"]) == 0
    record = json.loads(capsys.readouterr().out)
    charts = [r["chart"] for r in record["results"]]
    assert charts[0] == "western"
    assert "article" in charts
    assert charts == sorted(charts, key=lambda c: c != "western")  # this chart's first
    assert {"zone": "toe-tips", "chart": "article"}.items() <= next(
        r for r in record["results"] if r["zone"] == "toe-tips"
    ).items()


def test_switching_chart_never_shows_the_old_charts_zone_in_the_new(
    charts: dict[str, Chart],
) -> None:
    state = state_on(charts, "article")
    state.select("toe-tips")
    assert "toe-tips" not in {zone.id for zone in charts["western"].zones}
    seen: list[object] = []
    state.chart_changed.connect(lambda _: seen.append(state.selection))
    cleared: list[object] = []
    state.selection_changed.connect(cleared.append)
    state.open_chart(charts["western"], ChartSource.of_bundled("western"))
    assert seen == [None]
    assert cleared == [None]
    assert state.selection is None
