"""The bundled charts side by side: the Western chart's shape, where charts disagree, and the
commands that list and compare them."""

import json
import re

import pytest

from reflexmap.app.catalogue import BUNDLED, ChartSource, load, load_bundled, load_disagreements
from reflexmap.app.compare import compare
from reflexmap.cli import main
from reflexmap.core.model import Chart

WESTERN_LEFT_ONLY = {
    "heart",
    "spleen",
    "stomach",
    "splenic-flexure",
    "descending-colon",
    "sigmoid-colon",
    "rectum",
}
WESTERN_RIGHT_ONLY = {
    "liver",
    "gallbladder",
    "ileocaecal-valve",
    "ascending-colon",
    "hepatic-flexure",
}
CLAIM = re.compile(r"^Western reflexology charts\b")
MEDICAL_VERBS = re.compile(r"\b(treats|cures|heals|is responsible for|will help)\b", re.I)


@pytest.fixture(scope="module")
def western() -> Chart:
    return load(ChartSource.of_bundled("western"), None)


def test_the_western_chart_has_the_zones_of_its_school(western: Chart) -> None:
    per_view = {v: [z for z in western.zones if v in z.views] for v in western.views}
    assert len(per_view["plantar"]) >= 30
    assert {len(per_view[v]) for v in ("dorsal", "medial", "lateral")} >= {6, 8}
    assert {z.id for z in western.zones if z.sides == ("left",)} == WESTERN_LEFT_ONLY
    assert {z.id for z in western.zones if z.sides == ("right",)} == WESTERN_RIGHT_ONLY
    for zone in western.zones:
        regions = {(r.side, r.view) for r in western.regions_of(zone.id)}
        assert regions == {(s, v) for s in zone.sides for v in zone.views}, zone.id


def test_every_western_zone_is_a_framed_complete_claim(western: Chart) -> None:
    techniques = {t.id for t in western.zone_data.techniques}
    for zone in western.zones:
        assert CLAIM.match(zone.claim), zone.id
        assert not MEDICAL_VERBS.search(" ".join([zone.claim, zone.location])), zone.id
        assert len(zone.symptoms) >= 3, zone.id
        assert zone.technique.movement, zone.id
        assert set(zone.technique.uses) <= techniques, zone.id
        assert "Ingham" in zone.source or "Western" in zone.source, zone.id


@pytest.mark.parametrize(
    ("query", "zone"),
    [
        ("back pain", "lumbar-spine"),
        ("constipation", "descending-colon"),
        ("thyroid", "thyroid"),
        ("sciatica", "sciatic-nerve"),
        ("shoulder", "shoulder"),
        ("toothache", "teeth-jaw"),
    ],
)
def test_the_western_chart_answers_what_people_search_for(
    western: Chart, query: str, zone: str
) -> None:
    from reflexmap.core.search import SymptomIndex

    found = [m.zone for m in SymptomIndex(western.zone_data).search(query).results]
    assert zone in found


def test_warning_signs_come_first_in_every_chart() -> None:
    from reflexmap.core.search import SymptomIndex

    for chart in load_bundled(None).values():
        result = SymptomIndex(chart.zone_data).search("chest pain")
        assert result.notice is not None
        assert result.notice.startswith("Seek medical help now")


def test_every_disagreement_names_zones_each_chart_has() -> None:
    charts = load_bundled(None)
    table = load_disagreements()
    assert len(table.topics) >= 9
    assert "White et al." in table.note
    for topic in table.topics:
        assert {place.chart for place in topic.places} == set(charts), topic.id
        for place in topic.places:
            assert place.where, topic.id
            for zone_id in place.zones:
                charts[place.chart].zone(zone_id)  # KeyError if the chart has no such zone


def test_compare_shows_where_each_chart_puts_the_thyroid() -> None:
    comparison = compare("thyroid", load_bundled(None), load_disagreements())
    assert comparison.topic is not None
    answers = {answer.chart: answer for answer in comparison.answers}
    assert [z.id for z in answers["western"].zones] == ["thyroid"]
    assert answers["article"].zones == ()
    assert "ball under the big toe" in answers["article"].where


def test_compare_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", "heart", "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["topic"] == "heart"
    zones = {a["chart"]: [z["id"] for z in a["zones"]] for a in record["answers"]}
    assert zones == {"article": ["heart", "big-toe-ball"], "western": ["heart"]}
    assert main(["compare", "chest", "pain"]) == 0
    assert capsys.readouterr().out.startswith("!! Seek medical help now")


def test_charts_command_and_the_chart_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["charts", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in records] == [b.id for b in BUNDLED]
    assert [r["default"] for r in records] == [True, False]
    assert records[1]["views"] == ["plantar", "dorsal", "medial", "lateral"]
    assert records[1]["zones"] == 46
    assert main(["--chart", "western", "zones", "--json"]) == 0
    zones = json.loads(capsys.readouterr().out)
    assert {z["chart"] for z in zones} == {"western"}
    with pytest.raises(SystemExit) as exit_info:
        main(["--chart", "nonesuch", "zones"])
    assert exit_info.value.code == 2
