"""The sentences that explain a search: never "in general" for what a zone matched."""

import pytest

from reflexmap.app.search_text import search_text, summarise
from reflexmap.core.loader import load_chart
from reflexmap.core.search import SymptomIndex
from reflexmap.resources import bundled_map_file, bundled_zones_file


@pytest.fixture(scope="module")
def index() -> SymptomIndex:
    return SymptomIndex(load_chart(bundled_zones_file(), bundled_map_file()).zone_data)


@pytest.mark.parametrize("query", ["headache", "can't sleep", "insomnia", "indigestion"])
def test_a_term_a_zone_matched_is_not_said_to_be_general(index: SymptomIndex, query: str) -> None:
    result = index.search(query)
    # The chart names it both ways: in a zone and among the general indications.
    assert result.results
    assert result.general
    summary = summarise(result)
    assert summary.general == ""
    assert summary.found
    assert "in general" not in search_text(result)


def test_only_the_terms_no_zone_matched_are_general(index: SymptomIndex) -> None:
    result = index.search("headache and low mood")
    assert [m.zone for m in result.results] == ["toe-tips"]
    summary = summarise(result)
    assert summary.general == (
        "The source suggests foot massage in general for low mood, without naming a zone."
    )
    text = search_text(result)
    assert "  - low mood (matched: low mood)" in text
    assert "  - headache" not in text


def test_a_general_term_alone_is_said_to_be_general(index: SymptomIndex) -> None:
    summary = summarise(index.search("low mood"))
    assert "in general for low mood" in summary.general
    assert summary.no_match == ""
