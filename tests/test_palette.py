"""Zone colours and hatches as a reader tells zones apart: neighbours differ, none repeats."""

from itertools import combinations

import pytest

from reflexmap.app.catalogue import ChartSource, load
from reflexmap.core.model import BODY_SYSTEMS, Chart
from reflexmap.core.palette import (
    HATCHES,
    ZONE_COLOURS,
    assign_colours,
    assign_hatches,
    colour_distance,
)
from reflexmap.core.zones_file import load_zones
from tests.test_zones_file import MINIMAL, problems

NEIGHBOUR_DIFFERENCE = 25.0
"""CIELAB distance between neighbours' colours: plainly different at a glance."""


@pytest.fixture(scope="module", params=["article", "western"])
def bundled(request: pytest.FixtureRequest) -> Chart:
    return load(ChartSource.of_bundled(request.param), None)


def neighbour_pairs(chart: Chart) -> set[tuple[str, str]]:
    near = chart.neighbours()
    return {(a, b) for a in near for b in near[a] if a < b}


def test_neighbouring_zones_differ_in_colour_and_hatch(bundled: Chart) -> None:
    pairs = neighbour_pairs(bundled)
    assert len(pairs) > len(bundled.zones) / 2  # the drawing's zones do touch
    for a, b in pairs:
        assert colour_distance(bundled.colour(a), bundled.colour(b)) >= NEIGHBOUR_DIFFERENCE
        assert bundled.hatch(a) != bundled.hatch(b), (a, b)


def test_no_colour_repeats_within_a_bundled_chart(bundled: Chart) -> None:
    colours = [bundled.colour(zone.id) for zone in bundled.zones]
    assert len(set(colours)) == len(colours)


def test_the_palette_has_48_distinct_colours() -> None:
    assert len(set(ZONE_COLOURS)) == len(ZONE_COLOURS) == 48
    assert min(colour_distance(a, b) for a, b in combinations(ZONE_COLOURS, 2)) > 15


def test_neighbours_are_mutual(bundled: Chart) -> None:
    near = bundled.neighbours()
    for zone, others in near.items():
        for other in others:
            assert zone in near[other]


def test_a_zone_with_many_neighbours_gets_colours_far_from_all_of_them() -> None:
    zones = [f"z{n}" for n in range(13)]
    star = {"z0": frozenset(zones[1:]), **{z: frozenset({"z0"}) for z in zones[1:]}}
    colours = assign_colours(zones, star)
    assert len(set(colours.values())) == 13
    assert min(colour_distance(colours["z0"], colours[z]) for z in zones[1:]) > 20
    hatches = assign_hatches(zones, star)
    assert all(hatches[z] != hatches["z0"] for z in zones[1:])
    assert set(hatches.values()) <= set(range(len(HATCHES)))


def test_every_bundled_zone_names_its_body_system(bundled: Chart) -> None:
    for zone in bundled.zones:
        assert zone.system in BODY_SYSTEMS, zone.id
        assert (zone.system == "massage-area") == (zone.kind == "area"), zone.id


def test_a_system_outside_the_vocabulary_is_reported_with_its_place() -> None:
    text = MINIMAL.replace("    name: Heel\n", "    name: Heel\n    system: bones\n", 1)
    assert any(
        p.startswith("z.yaml:") and "system 'bones' is not a known body system" in p
        for p in problems(text)
    )
    good = MINIMAL.replace("    name: Heel\n", "    name: Heel\n    system: urinary\n", 1)
    assert load_zones(good, "z.yaml").zones[0].system == "urinary"
    assert load_zones(MINIMAL, "z.yaml").zones[0].system is None
