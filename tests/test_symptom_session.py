"""A session for my symptoms, built from a search of the bundled chart."""

import pytest

from reflexmap.app.symptom_session import (
    Offer,
    pressure_of,
    seconds_of,
    session_for,
    toward_of,
)
from reflexmap.core.model import Chart
from reflexmap.core.search import SymptomIndex
from reflexmap.core.sessions import places_of
from reflexmap.core.sessions_file import check_sessions


def offer(chart: Chart, query: str) -> Offer:
    return session_for(SymptomIndex(chart.zone_data).search(query), chart)


def test_a_search_gives_the_matched_zones_between_light_strokes_on_each_foot(
    chart: Chart,
) -> None:
    session = offer(chart, "headache and can't sleep").session
    assert session is not None
    for side in ("left", "right"):
        steps = [s for s in session.steps if s.side == side]
        assert [s.zone for s in steps[1:-1]] == ["arch", "toe-tips"]
        for stroke in (steps[0], steps[-1]):
            assert (stroke.technique, stroke.pressure) == ("stroking", "light")
    arch = session.steps[1]
    assert (arch.technique, arch.pressure, arch.seconds, arch.toward) == (
        "pressing",
        "medium",
        60,
        "heel",
    )
    assert session.seconds == 2 * (30 + 60 + 60 + 30)
    assert "does not treat" in session.claim
    techniques = frozenset(t.id for t in chart.zone_data.techniques)
    assert check_sessions([session], places_of(chart), techniques, "built") == []


def test_a_zone_on_one_foot_is_worked_on_that_foot_only(chart: Chart) -> None:
    session = offer(chart, "palpitations").session
    assert session is not None
    assert {s.side for s in session.steps if s.zone == "heart"} == {"left"}


@pytest.mark.parametrize("query", ["chest pain", "headache and chest pain", "fainting"])
def test_warning_signs_never_get_a_session(chart: Chart, query: str) -> None:
    result = offer(chart, query)
    assert result.session is None
    assert result.reason.startswith("Seek medical help")


def test_nothing_found_says_so(chart: Chart) -> None:
    assert offer(chart, "xyzzy") == Offer(
        None, "No zone of this chart is linked with what you searched for."
    )


def test_at_most_four_zones(chart: Chart) -> None:
    session = offer(chart, "headache, sinusitis, insomnia, asthma, ear ache, eyes").session
    assert session is not None
    assert len({s.zone for s in session.steps}) <= 4 + 1  # and the strokes' area


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("About 2 to 3 minutes of tapping.", 120),
        ("About a minute a foot.", 60),
        ("About 3 to 4 minutes for all toes.", 180),
        ("10 minutes", 180),
        ("A few seconds a toe, repeated several times.", 60),
    ],
)
def test_the_charts_time_is_read_and_kept_sensible(text: str, seconds: int) -> None:
    assert seconds_of(text) == seconds


def test_pressure_and_direction_words() -> None:
    assert pressure_of("Light to moderate; softer than on the heel.") == "light"
    assert pressure_of("Firmer than anywhere else on the foot.") == "firm"
    assert pressure_of("Moderate and steady.") == "medium"
    assert pressure_of("As it feels right.") == "light"
    assert toward_of("From the toes toward the heel.") == "heel"
    assert toward_of("From the toes toward the shin.") == "ankle"
    assert toward_of("From the base of the toe to its tip.") == "toes"
    assert toward_of("Small circles in place.") is None
