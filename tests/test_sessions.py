"""Sessions: the records, their editing rules, the strict file format, and the bundled set."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from reflexmap.core.errors import ChartError
from reflexmap.core.model import SIDES, Chart
from reflexmap.core.sessions import (
    Place,
    Session,
    Step,
    added,
    checklist_needed,
    checklist_verdict,
    moved,
    named,
    own_session_id,
    places_of,
    removed,
    stroke_direction,
    with_seconds,
)
from reflexmap.core.sessions_file import (
    check_sessions,
    dump_sessions,
    load_sessions,
    read_sessions_file,
)
from reflexmap.resources import bundled_sessions_file

BOTH = SIDES
AREAS = {
    "top-of-foot": Place(BOTH, ("dorsal",)),
    "toes-top": Place(BOTH, ("dorsal",)),
    "big-toe-joint": Place(BOTH, ("dorsal", "medial")),
    "inner-side": Place(BOTH, ("medial",)),
    "lateral-edge": Place(BOTH, ("plantar", "lateral")),
    "ankle": Place(BOTH, ("dorsal", "medial", "lateral")),
    "achilles": Place(BOTH, ("medial", "lateral")),
    "heel-back": Place(BOTH, ("medial", "lateral")),
}
"""The article chart's massage areas and their views, as agreed for the drawings; they join
the chart on another branch."""


def bundled() -> dict[str, Session]:
    return {session.id: session for session in read_sessions_file(bundled_sessions_file())}


def per_foot_seconds(session: Session, side: str = "left") -> int:
    return sum(step.seconds for step in session.steps if step.side == side)


# The bundled sessions.


def test_the_bundled_sessions_are_the_ones_the_source_describes() -> None:
    assert set(bundled()) >= {
        "short-sequence",
        "classic",
        "relaxing",
        "ten-minute",
        "toe-work",
        "ankle-achilles",
    }


def test_bundled_steps_name_zones_and_areas_on_their_views_and_feet(chart: Chart) -> None:
    """Against the chart's zones plus the agreed areas, whether or not the areas have landed."""
    places = {**places_of(chart), **AREAS}
    techniques = frozenset(t.id for t in chart.zone_data.techniques)
    assert check_sessions(bundled().values(), places, techniques, "sessions.yaml") == []


def test_bundled_steps_fit_the_real_chart(chart: Chart) -> None:
    used = {step.zone for session in bundled().values() for step in session.steps}
    missing = sorted(used - {zone.id for zone in chart.zones})
    if missing:
        pytest.skip(f"the bundled chart has no areas {', '.join(missing)} yet")
    techniques = frozenset(t.id for t in chart.zone_data.techniques)
    problems = check_sessions(bundled().values(), places_of(chart), techniques, "sessions.yaml")
    assert problems == []


def test_both_feet_in_turn_means_the_left_foot_then_the_same_on_the_right() -> None:
    for session in bundled().values():
        half = len(session.steps) // 2
        left, right = session.steps[:half], session.steps[half:]
        assert {s.side for s in left} == {"left"}
        assert [replace(s, side="right") for s in left] == list(right)


def test_durations_add_up_to_what_the_source_says() -> None:
    sessions = bundled()
    assert 8 * 60 <= per_foot_seconds(sessions["classic"]) <= 9 * 60
    classic_toes = [s for s in sessions["classic"].steps[:3] if s.zone in ("toes-top", "toe-pads")]
    assert 3 * 60 <= sum(s.seconds for s in classic_toes) <= 4 * 60
    assert sessions["ten-minute"].seconds == 10 * 60
    heel = [s for s in sessions["short-sequence"].steps if s.zone == "heel" and s.side == "left"]
    assert [s.technique for s in heel] == ["pats"]
    assert 2 * 60 <= heel[0].seconds <= 3 * 60
    kneading = sum(s.seconds for s in sessions["relaxing"].steps if s.technique == "kneading")
    assert 15 * 60 <= kneading <= 20 * 60


def test_every_session_opens_and_closes_each_foot_with_light_strokes() -> None:
    for session in bundled().values():
        for side in BOTH:
            steps = [s for s in session.steps if s.side == side]
            assert (steps[0].technique, steps[0].pressure) == ("stroking", "light"), session.id
            assert (steps[-1].technique, steps[-1].pressure) == ("stroking", "light"), session.id


def test_claims_are_worded_as_claims() -> None:
    for session in bundled().values():
        words = session.claim.lower()
        assert not any(w in words for w in ("cures", "heals", "improves", "will treat")), session.id


# The file format.

STEP = """\
        zone: heel
        view: plantar
        technique: pats
        movement: Tap the heel.
        pressure: firm
        seconds: {seconds}
"""


def one_session(step: str) -> str:
    return (
        "sessions:\n  - id: mine\n    name: Mine\n    claim: A claim.\n    source: Me\n"
        "    steps:\n      - side: left\n" + step
    )


def problems_of(text: str) -> list[str]:
    with pytest.raises(ChartError) as caught:
        load_sessions(text, "s.yaml")
    return [str(p) for p in caught.value.problems]


def test_a_step_of_zero_seconds_is_refused_with_its_place() -> None:
    text = one_session(STEP.format(seconds=0))
    assert problems_of(text) == [
        "s.yaml:13:18: seconds must be a whole number from 1 to 3600, not '0'"
    ]


@pytest.mark.parametrize("seconds", ['"60"', "1.5", "-5", "3601", "0x3c", "[60]"])
def test_seconds_must_be_a_plain_whole_number_in_range(seconds: str) -> None:
    [problem] = problems_of(one_session(STEP.format(seconds=seconds)))
    assert "seconds must be a whole number from 1 to 3600" in problem


def test_other_mistakes_are_all_reported_with_their_places() -> None:
    text = (
        "sessions:\n"
        "  - id: a\n    name: A\n    claim: C\n    source: S\n    steps:\n"
        "      - zone: heel\n        view: top\n        technique: pats\n"
        "        movement: M\n        pressure: hard\n        seconds: 10\n        colour: red\n"
        "      - each_foot:\n          - zone: heel\n            view: plantar\n"
        "            side: left\n            technique: pats\n            movement: M\n"
        "            pressure: firm\n            seconds: 10\n"
        "  - id: a\n    name: B\n    claim: C\n    source: S\n    steps: []\n"
    )
    assert problems_of(text) == [
        "s.yaml:13:9: unknown key 'colour' in a step (expected: zone, view, technique, movement,"
        " pressure, seconds, side, toward)",
        "s.yaml:7:9: a step needs a side (left or right), or must be under each_foot",
        "s.yaml:8:15: view 'top' must be one of: plantar, dorsal, medial, lateral",
        "s.yaml:11:19: pressure 'hard' must be one of: light, medium, firm",
        "s.yaml:17:19: a step under each_foot takes no side: it is done on the left foot, "
        "then the right",
        "s.yaml:26:12: steps needs at least 1 item(s)",
        "s.yaml:22:9: duplicate session id 'a'",
    ]


def test_an_empty_file_says_what_it_expected() -> None:
    assert problems_of("# nothing\n") == [
        "s.yaml: file is empty; expected the key sessions with a list of sessions"
    ]


def test_yaml_tricks_are_refused_as_in_a_zones_file() -> None:
    text = one_session(STEP.format(seconds=10)).replace("name: Mine", "name: &n Mine")
    assert problems_of(text) == ["s.yaml:3:11: anchors (&name) are not allowed; write values out"]


def test_written_sessions_read_back_the_same() -> None:
    sessions = tuple(bundled().values())
    assert load_sessions(dump_sessions(sessions), "again.yaml") == sessions
    odd = replace(sessions[0], name="no", note="12:30", before="yes: really")
    assert load_sessions(dump_sessions([odd]), "odd.yaml") == (odd,)


def test_the_chart_check_names_the_zone_view_and_foot() -> None:
    places = {"heart": Place(("left",), ("plantar",))}
    step = Step("heart", "dorsal", "right", "kneading", "M", "light", 10, line=4)
    ghost = Step("ghost", "plantar", "left", "stroking", "M", "light", 10, line=9)
    session = Session("s", "S", "C", "S", (step, ghost))
    problems = check_sessions([session], places, frozenset({"stroking"}), "s.yaml")
    assert [str(p) for p in problems] == [
        "s.yaml:4: 'heart' is not drawn on the dorsal view (it is on: plantar)",
        "s.yaml:4: 'heart' is not on the right foot in the chart",
        "s.yaml:4: unknown technique 'kneading' (not among the chart's techniques)",
        "s.yaml:9: the chart has no zone or area 'ghost'",
    ]


# Editing one's own sessions.


def test_editing_reorders_adds_removes_and_retimes_steps() -> None:
    session = bundled()["toe-work"]
    first, second = session.steps[0], session.steps[1]
    swapped = moved(session, 0, 1)
    assert swapped.steps[:2] == (second, first)
    longer = with_seconds(session, 1, 200)
    assert longer.seconds == session.seconds - second.seconds + 200
    assert removed(added(session, first, 0), 0) == session
    assert named(session, "my-toes", "  My   toes ").name == "My toes"


def test_editing_refuses_an_empty_step_or_session() -> None:
    session = Session("s", "S", "C", "S", (bundled()["classic"].steps[0],))
    with pytest.raises(ValueError, match="1 to 3600 seconds, not 0"):
        with_seconds(session, 0, 0)
    with pytest.raises(ValueError, match="at least one step"):
        removed(session, 0)
    with pytest.raises(ValueError, match="no step 5"):
        moved(session, 4, 0)
    with pytest.raises(ValueError, match="needs a name"):
        named(session, "x", " ")


# The contraindications checklist.


def test_the_checklist_is_remembered_for_a_day_and_never_skipped_for_a_new_user() -> None:
    now = datetime(2025, 3, 1, 20, 0, tzinfo=UTC)
    assert checklist_needed(None, now)
    assert not checklist_needed(now - timedelta(hours=23), now)
    assert checklist_needed(now - timedelta(hours=24), now)
    assert checklist_needed(now + timedelta(hours=1), now)  # the clock went back


def test_a_ticked_contraindication_stops_the_session_and_says_why() -> None:
    items = ("pregnancy", "varicose veins", "diabetes")
    assert checklist_verdict(items, frozenset()).may_start
    verdict = checklist_verdict(items, frozenset({"varicose veins"}))
    assert not verdict.may_start
    assert verdict.reasons == (
        "You ticked: varicose veins. The source advises against foot massage with it; "
        "ask a doctor first.",
    )
    with pytest.raises(ValueError, match="not on the checklist"):
        checklist_verdict(items, frozenset({"a cold"}))


def test_own_session_ids_come_from_the_name_and_are_unique() -> None:
    assert own_session_id("Evening toes", set()) == "my-evening-toes"
    assert own_session_id("My evening toes", set()) == "my-evening-toes"
    assert own_session_id("Évening toes!", set()) == "my-evening-toes"
    assert own_session_id("睡眠", set()) == "my-session"
    assert own_session_id("Evening toes", {"my-evening-toes"}) == "my-evening-toes-2"
    taken = {"my-evening-toes", "my-evening-toes-2"}
    assert own_session_id("evening  TOES", taken) == "my-evening-toes-3"
    long_id = own_session_id("word " * 40, set())
    assert len(long_id) <= 60
    assert not long_id.endswith("-")


@pytest.mark.parametrize("view", ["plantar", "dorsal", "medial", "lateral"])
def test_the_right_foot_mirrors_the_left(view: str) -> None:
    for toward in ("toes", "heel", "ankle", "knee", "little-toe", "big-toe"):
        left = Step("heel", view, "left", "stroking", "Stroke.", "light", 30, toward)  # type: ignore[arg-type]
        right = replace(left, side="right")
        lx, ly = stroke_direction(left) or (0.0, 0.0)
        assert stroke_direction(right) == (-lx, ly)
        assert abs(lx) + abs(ly) == 1.0
    assert stroke_direction(replace(left, toward=None)) is None
