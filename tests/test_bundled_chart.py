"""The shipped chart: its wording, its completeness and its drawing."""

import io
import re

import pytest
import svgelements as se

from reflexmap.core.foot_map import shape_outlines
from reflexmap.core.geometry import spans
from reflexmap.core.model import Chart, View

SOURCE_ZONES = {
    "heel",
    "arch",
    "deep-arch",
    "central-sole",
    "lateral-edge",
    "toe-pads",
    "toe-tips",
    "big-toe",
    "big-toe-ball",
    "toe-crease-2-3",
    "heart",
}
CLAIM_FRAMING = re.compile(r"^(Traditional charts|The source)\b")
MEDICAL_VERBS = re.compile(r"\b(treats|cures|heals|is responsible for|will help)\b", re.I)


MASSAGE_AREAS = {
    "top-of-foot",
    "toes-top",
    "big-toe-joint",
    "inner-side",
    "ankle",
    "achilles",
    "heel-back",
}
"""Areas the source's sessions work on, where it makes no reflex claim."""


def test_it_has_every_zone_of_the_source_and_the_areas_its_sessions_work(chart: Chart) -> None:
    assert {zone.id for zone in chart.zones if zone.kind == "reflex"} == SOURCE_ZONES
    areas = [zone for zone in chart.zones if zone.kind == "area"]
    assert {zone.id for zone in areas} == MASSAGE_AREAS
    for area in areas:
        assert area.claim.startswith("The source makes no reflex claim"), area.id
    assert chart.views == ("plantar", "dorsal", "medial", "lateral")
    assert chart.zone("lateral-edge").views == ("plantar", "lateral")


def test_heart_is_on_the_left_foot_only(chart: Chart) -> None:
    assert chart.zone("heart").sides == ("left",)
    assert {r.id for r in chart.regions_of("heart")} == {"left-heart"}


def test_every_claim_is_framed_as_a_traditional_claim(chart: Chart) -> None:
    for zone in chart.zones:
        assert CLAIM_FRAMING.match(zone.claim), zone.id
        assert not MEDICAL_VERBS.search(zone.claim), zone.id


def test_no_zone_text_states_tradition_as_fact(chart: Chart) -> None:
    for zone in chart.zones:
        texts = [zone.location, zone.technique.movement, *zone.cautions]
        assert not any(MEDICAL_VERBS.search(text) for text in texts), zone.id


def test_every_zone_is_complete(chart: Chart) -> None:
    known_techniques = {t.id for t in chart.zone_data.techniques}
    for zone in chart.zones:
        assert len(zone.symptoms) >= 3, zone.id
        assert zone.associations, zone.id
        technique = zone.technique
        assert all(
            (technique.movement, technique.pressure, technique.duration, technique.direction)
        ), zone.id
        assert set(zone.technique.uses) <= known_techniques, zone.id
        assert zone.source, zone.id


def test_chart_names_its_source_and_disclaims(chart: Chart) -> None:
    assert "Active points of the foot" in chart.info.source
    assert "not medical advice" in chart.info.disclaimer
    assert "thyroid" in chart.info.note  # says where other charts differ


def test_it_names_the_techniques_and_contraindications_of_the_source(chart: Chart) -> None:
    technique_ids = {t.id for t in chart.zone_data.techniques}
    assert {
        "stroking",
        "rubbing",
        "kneading",
        "vibration",
        "pressing",
        "spiral-rubbing",
        "pats",
    } <= technique_ids
    text = " ".join(chart.zone_data.contraindications)
    for word in (
        "acute",
        "fungal",
        "cancer",
        "varicose",
        "pregnancy",
        "diabetes",
        "arthritis",
        "temperature",
        "heart",
        "thrombophlebitis",
        "infectious",
        "wounds",
        "eczema",
    ):
        assert word in text, word


def test_every_zone_has_a_region_on_each_of_its_sides_and_views(chart: Chart) -> None:
    drawn = {(r.zone_id, r.side, r.view) for r in chart.regions}
    assert drawn == {
        (z.id, side, view) for z in chart.zones for side in z.sides for view in z.views
    }


@pytest.mark.parametrize("view", ["plantar", "dorsal", "medial", "lateral"])
def test_regions_lie_inside_their_foot(chart: Chart, view: View) -> None:
    drawing = se.SVG.parse(io.BytesIO(chart.drawing(view).svg), reify=True)
    artwork: dict[str, list[tuple[tuple[float, float], ...]]] = {"left": [], "right": []}
    for element in drawing.elements():
        element_id = getattr(element, "id", None) or ""
        # The foot's filled shapes: the sole and each toe, or the outline seen from a side.
        if re.fullmatch(r"(left|right)-(sole|toe-\d|outline|toes)", element_id):
            artwork[element_id.split("-")[0]].extend(shape_outlines(element))
    assert artwork["left"]
    assert artwork["right"]
    for region in chart.drawing(view).regions:
        foot = artwork[region.side]
        for outline in region.outlines:
            for x, y in outline:
                # inside any one piece of the foot (sole or a toe)
                assert any(any(a <= x <= b for a, b in spans([piece], y)) for piece in foot), (
                    region.id,
                    x,
                    y,
                )


def test_each_drawing_has_the_left_foot_on_the_left_big_toes_inward(chart: Chart) -> None:
    for view in chart.views:
        middle = chart.drawing(view).width / 2
        for region in chart.drawing(view).regions:
            left, _, right, _ = region.bounds
            assert (right < middle) if region.side == "left" else (left > middle), region.id
    left_big_toe = next(chart.regions_of("big-toe"))
    left_edge = next(r for r in chart.regions_of("lateral-edge") if r.side == "left")
    assert left_big_toe.side == "left"
    assert left_big_toe.anchor[0] > left_edge.anchor[0]  # big toe toward the middle


def test_the_anchor_of_each_region_selects_that_region(chart: Chart) -> None:
    for view in chart.views:
        regions = chart.drawing(view).regions
        for region in regions:
            hits = [r for r in regions if r.contains(*region.anchor)]
            assert min(hits, key=lambda r: r.area) == region


def test_a_chart_is_read_only_and_equal_to_one_of_the_same_records(chart: Chart) -> None:
    with pytest.raises(AttributeError, match="read-only"):
        chart.foot_map = chart.foot_map
    same = Chart(chart.zone_data, chart.foot_map, dict(chart.other_views))
    assert same == chart
    assert Chart(chart.zone_data, chart.foot_map) != chart  # without the other views
