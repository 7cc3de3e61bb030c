"""Where each bundled chart places a zone, an organ or a symptom, side by side."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..core.model import Chart, Side, View
from .i18n import Translate, english
from .names import VIEW_NAMES, ZONE_FEET

if TYPE_CHECKING:
    from ..core.disagreements import Disagreements, Topic
    from ..core.search import SearchResult, SymptomIndex

MAX_ZONES = 4
"""Zones shown per chart when no topic of the disagreements table matches."""


@dataclass(frozen=True)
class PlacedZone:
    id: str
    name: str
    sides: tuple[Side, ...]
    views: tuple[View, ...]
    location: str


@dataclass(frozen=True)
class ChartAnswer:
    """What one chart says: where (in its words), and its zones."""

    chart: str
    name: str
    where: str
    zones: tuple[PlacedZone, ...]


@dataclass(frozen=True)
class Comparison:
    term: str
    topic: Topic | None
    """The row of the disagreements table the term belongs to, if any."""
    answers: tuple[ChartAnswer, ...]
    note: str
    """That practitioners do not agree either."""
    notice: str | None = None
    """The seek-help notice, when the term is a warning sign: no chart answers it."""


@dataclass(frozen=True)
class ChartResult:
    """A search of one chart."""

    chart: str
    name: str
    result: SearchResult


def search_charts(
    query: str, charts: Mapping[str, Chart], indexes: dict[str, SymptomIndex] | None = None
) -> tuple[ChartResult, ...]:
    """The query searched in each chart, in the charts' order. ``indexes`` keeps each chart's
    index for the next search (a search as typed runs at every key)."""
    from ..core.search import SymptomIndex  # the stemmer loads only for a search

    kept = {} if indexes is None else indexes
    found = []
    for chart_id, chart in charts.items():
        if chart_id not in kept:
            kept[chart_id] = SymptomIndex(chart.zone_data)
        found.append(ChartResult(chart_id, chart.info.name, kept[chart_id].search(query)))
    return tuple(found)


def warning(results: Iterable[ChartResult]) -> tuple[str | None, tuple[str, ...]]:
    """The seek-help notice and the warning signs of the first chart that knows them: a
    warning sign applies whatever the chart shown."""
    for found in results:
        if found.result.notice:
            return found.result.notice, found.result.red_flags
    return None, ()


def search_elsewhere(
    result: SearchResult,
    others: Mapping[str, Chart],
    indexes: dict[str, SymptomIndex] | None = None,
) -> tuple[SearchResult, tuple[ChartResult, ...]]:
    """The shown chart's ``result``, with the notice of a warning sign another chart knows;
    and the other charts that have zones for the query (none after a warning sign)."""
    found = search_charts(result.query, others, indexes)
    if result.notice is None:
        notice, signs = warning(found)
        if notice is not None:
            result = replace(result, notice=notice, red_flags=signs)
    if result.notice is not None:
        return result, ()
    return result, tuple(f for f in found if f.result.results)


def compare(term: str, charts: Mapping[str, Chart], disagreements: Disagreements) -> Comparison:
    """Where each chart places ``term``: its row of the disagreements table if there is one,
    else the zones a search of each chart finds."""
    topic = _topic(term, disagreements)
    searched = search_charts(term, charts)
    results = {found.chart: found.result for found in searched}
    notice, _ = warning(searched)
    if notice:
        return Comparison(term, None, (), disagreements.note, notice)
    answers = []
    for chart_id, chart in charts.items():
        if topic is not None:
            place = next((p for p in topic.places if p.chart == chart_id), None)
            zone_ids: tuple[str, ...] = place.zones if place else ()
            where = place.where if place else ""
        else:
            zone_ids = _found(term, chart, results[chart_id])
            where = ""
        zones = tuple(_placed(chart, zone_id) for zone_id in zone_ids)
        answers.append(ChartAnswer(chart_id, chart.info.name, where, zones))
    return Comparison(term, topic, tuple(answers), disagreements.note)


def compare_zone(
    chart_id: str | None,
    zone_id: str,
    zone_words: tuple[str, ...],
    charts: Mapping[str, Chart],
    disagreements: Disagreements,
) -> Comparison:
    """Where every chart places what one zone stands for: the table's row that names the
    zone, else what the zone's own words (its associations) find."""
    for topic in disagreements.topics:
        if any(p.chart == chart_id and zone_id in p.zones for p in topic.places):
            return compare(topic.name, charts, disagreements)
    return compare(zone_words[0] if zone_words else zone_id, charts, disagreements)


def _topic(term: str, disagreements: Disagreements) -> Topic | None:
    wanted = " ".join(term.casefold().split())
    for topic in disagreements.topics:
        words = {topic.id.replace("-", " "), topic.name.casefold(), *map(str.casefold, topic.terms)}
        if wanted in words:
            return topic
    return None


def _found(term: str, chart: Chart, result: SearchResult) -> tuple[str, ...]:
    """The zones named by ``term``, then those its search found in the chart."""
    wanted = term.casefold().strip()
    named = [
        z.id
        for z in chart.zones
        if wanted in (z.id, z.name.casefold(), *map(str.casefold, z.associations))
    ]
    found = [*named, *(m.zone for m in result.results)]
    return tuple(dict.fromkeys(found))[:MAX_ZONES]


def _placed(chart: Chart, zone_id: str) -> PlacedZone:
    zone = chart.zone(zone_id)
    return PlacedZone(zone.id, zone.name, zone.sides, zone.views, zone.location)


def comparison_text(comparison: Comparison, translate: Translate = english) -> str:
    """The comparison as plain text: the terminal prints it, the window shows it."""

    if comparison.notice:
        return f"!! {comparison.notice}"
    title = comparison.topic.name if comparison.topic else comparison.term
    lines = [translate("Compare", "Where the charts place {0}:").format(title), ""]
    for answer in comparison.answers:
        lines.append(f"{answer.name} ({answer.chart}):")
        if answer.where:
            lines.append(f"  {answer.where}")
        for zone in answer.zones:
            feet = translate("Views", ZONE_FEET[zone.sides])
            views = ", ".join(translate("Views", VIEW_NAMES[v]) for v in zone.views)
            lines.append(f"  - {zone.name} ({feet}; {views}): {zone.location}")
        if not (answer.where or answer.zones):
            lines.append("  " + translate("Compare", "No zone in this chart."))
        lines.append("")
    lines.append(comparison.note)
    return "\n".join(lines)


def table_text(charts: Mapping[str, Chart], disagreements: Disagreements) -> str:
    """The whole table of disagreements as plain text, topic by topic."""
    lines = []
    for topic in disagreements.topics:
        lines.append(f"{topic.name}:")
        for place in topic.places:
            name = charts[place.chart].info.name if place.chart in charts else place.chart
            lines.append(f"  {name}: {place.where}")
        lines.append("")
    lines.append(disagreements.note)
    return "\n".join(lines)
