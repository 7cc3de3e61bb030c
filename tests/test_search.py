"""Symptom search on the shipped chart, with the words people really type."""

import json
from itertools import combinations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reflexmap.app.catalogue import ChartSource
from reflexmap.cli import main
from reflexmap.core.loader import load_chart
from reflexmap.core.search import SymptomIndex, _deletions
from reflexmap.resources import bundled_map_file, bundled_zones_file


@pytest.fixture(scope="module")
def index() -> SymptomIndex:
    return SymptomIndex(load_chart(bundled_zones_file(), bundled_map_file()).zone_data)


@pytest.mark.parametrize(
    ("query", "first_zone"),
    [
        ("headache", "toe-tips"),
        ("Headaches", "toe-tips"),  # case and plural
        ("hedache", "toe-tips"),  # one typo
        ("migrains", "toe-tips"),  # typo and plural
        ("can't sleep", "arch"),
        ("cant sleep", "arch"),
        ("insomnia", "arch"),
        ("sleeping", "arch"),  # word form
        ("stuffy nose", "toe-pads"),
        ("blocked sinuses", "toe-pads"),  # words from two of the zone's phrases
        ("sinusitus", "toe-pads"),  # typo the stemmer does not know
        ("sinus", "toe-pads"),
        ("tummy ache", "deep-arch"),
        ("upset stomach", "deep-arch"),
        ("sore throat", "lateral-edge"),
        ("earache", "lateral-edge"),
        ("eye strain", "toe-crease-2-3"),
        ("asthma", "central-sole"),
        ("short of breath", "central-sole"),
        ("period pain", "heel"),
        ("brain fog", "big-toe"),
        ("palpitations", "heart"),
        ("I have a really bad cough", "lateral-edge"),
    ],
)
def test_everyday_queries_find_the_zone(index: SymptomIndex, query: str, first_zone: str) -> None:
    result = index.search(query)
    assert result.results, query
    assert result.results[0].zone == first_zone
    assert result.notice is None


def test_typo_scores_below_the_exact_word(index: SymptomIndex) -> None:
    assert index.search("hedache").results[0].score < index.search("headache").results[0].score


def test_matched_words_are_the_charts_own(index: SymptomIndex) -> None:
    assert index.search("sore throat, cough").results[0].matched == ("sore throat", "cough")
    assert index.search("hedache").results[0].matched == ("headache",)


def test_several_symptoms_rank_zones_matching_more_first(index: SymptomIndex) -> None:
    result = index.search("cough and sore throat and headache")
    assert result.results[0].zone == "lateral-edge"  # two of the three
    assert result.results[0].score == pytest.approx(2 / 3, abs=1e-3)
    assert result.results[1].zone == "toe-tips"


def test_symptom_with_only_a_general_indication_gets_no_zone(index: SymptomIndex) -> None:
    for query, indication in [
        ("low mood", "low mood"),
        ("not hungry", "lack of appetite"),
        ("feeling down", "low mood"),
        ("backache", "back pain"),
    ]:
        result = index.search(query)
        assert result.results == (), query
        assert [g.indication for g in result.general] == [indication]


def test_mixed_query_gives_zone_and_general(index: SymptomIndex) -> None:
    result = index.search("headache and cold feet")
    assert [m.zone for m in result.results] == ["toe-tips"]
    assert result.results[0].score == pytest.approx(0.5)
    assert "poor circulation" in [g.indication for g in result.general]


@pytest.mark.parametrize(
    ("query", "sign"),
    [
        ("chest pain", "chest pain"),
        ("Chest pains since this morning", "chest pain"),
        ("sudden severe headache", "sudden severe headache"),
        ("I fainted", "fainting"),
        ("numb arm", "numbness"),
        ("my calf is hot and swollen", "hot swollen calf"),
        ("high fever and headache", "high fever"),
        ("chest pian", "chest pain"),  # a typo must not hide a warning sign
    ],
)
def test_warning_signs_bring_the_seek_help_notice(
    index: SymptomIndex, query: str, sign: str
) -> None:
    result = index.search(query)
    assert result.notice is not None
    assert result.notice.startswith("Seek medical help now")
    assert sign in result.red_flags


def test_plain_headache_is_not_a_warning_sign(index: SymptomIndex) -> None:
    assert index.search("headache").notice is None


@pytest.mark.parametrize("query", ["sore knee", "toothache", "xyzzy", "", "   ", "and"])
def test_no_match_is_said_plainly(index: SymptomIndex, query: str) -> None:
    result = index.search(query)
    assert (result.results, result.general, result.notice) == ((), (), None)


def test_no_match_suggests_close_known_symptoms(index: SymptomIndex) -> None:
    assert "sore eyes" in index.search("sore knee").suggestions


def test_known_terms_include_synonyms(index: SymptomIndex) -> None:
    terms = index.known_terms()
    assert "insomnia" in terms
    assert "headache" in terms
    assert "chest pain" not in terms  # warning signs are not offered as completions


def test_cli_search_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "--json", "headache", "and", "cold", "feet"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["query"] == "headache and cold feet"
    assert record["results"][0] == {
        "zone": "toe-tips",
        "name": "Toe tips",
        "score": 0.5,
        "matched": ["headache"],
        "chart": "article",
    }
    assert record["notice"] is None
    assert {"indication": "poor circulation", "matched": ["cold feet"]} in record["general"]


def test_cli_search_text_puts_the_notice_first(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "chest pain and cough"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("!! Seek medical help now")
    assert any("Outer edge (lateral-edge)" in line for line in out[1:])


def test_cli_no_match_exits_0_with_suggestions(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "sore", "knee"]) == 0
    out = capsys.readouterr().out
    assert 'No zone in this chart is linked with "sore knee".' in out
    assert "Did you mean: " in out
    assert "sore eyes" in out.split("Did you mean: ")[1]


@pytest.mark.parametrize("query", ["a" * 1200, "headache " + "b" * 800, "headache, " * 5000])
def test_long_words_and_queries_take_bounded_time(index: SymptomIndex, query: str) -> None:
    import time

    start = time.perf_counter()
    index.search(query)
    assert time.perf_counter() - start < 0.5


def test_suggestions_share_a_word_with_the_query(index: SymptomIndex) -> None:
    suggestions = index.search("sore knee").suggestions
    assert suggestions
    assert all("sore" in s.split() for s in suggestions)


def test_suggestions_forgive_a_typo_in_the_shared_word(index: SymptomIndex) -> None:
    assert any("stomach" in s for s in index.search("stomac flu").suggestions)


def test_letters_alone_suggest_nothing(index: SymptomIndex) -> None:
    # Regression: "constipation" suggested "congestion", which shares letters, not meaning.
    result = index.search("constipation")
    assert result.results == ()
    assert result.suggestions == ()


def test_the_western_chart_finds_constipation_in_the_intestines() -> None:
    western = load_chart(*ChartSource.of_bundled("western").files).zone_data
    zones = [match.zone for match in SymptomIndex(western).search("constipation").results]
    assert {"ascending-colon", "transverse-colon", "descending-colon", "sigmoid-colon"} <= set(
        zones
    )


@given(st.text("abcdeé", max_size=11), st.integers(0, 2))
def test_a_words_deletions_are_it_with_up_to_the_letters_it_can_spare_left_out(
    word: str, most: int
) -> None:
    spare = min(most, 0 if len(word) < 4 else 1 if len(word) < 8 else 2)
    expected = [
        "".join(c for i, c in enumerate(word) if i not in left_out)
        for count in range(spare + 1)
        for left_out in combinations(range(len(word)), count)
    ]
    assert sorted(_deletions(word, most)) == sorted(expected)
