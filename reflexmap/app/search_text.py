"""Search results in words: the same sentences in the terminal and in the window."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .i18n import QT_TRANSLATE_NOOP, Translate, decimal, english

if TYPE_CHECKING:
    from ..core.search import GeneralMatch, SearchResult
    from .compare import ChartResult


FOUND = QT_TRANSLATE_NOOP(
    "SearchText", "Zones the tradition links with this are listed, best match first."
)
"""The usual summary, which the window keeps room for while a search is on."""


@dataclass(frozen=True)
class SearchSummary:
    """The sentences that explain a search result, plain text."""

    notice: str
    """The seek-help notice with the warning signs matched, or empty."""
    found: str
    """That zones were found (they are listed separately), or empty."""
    general: str
    """Symptoms the source names only in general and no zone matched, or empty."""
    no_match: str
    """That nothing matched, or empty."""
    suggestions: tuple[str, ...]
    """Known symptoms close to a query that matched nothing."""


def zoneless_general(result: SearchResult) -> tuple[GeneralMatch, ...]:
    """The general indications matched by words no zone matched too: "headache" finds the
    toe tips, so it is not said to be named only in general."""
    zone_words = {word.casefold() for match in result.results for word in match.matched}
    return tuple(
        general
        for general in result.general
        if not any(word.casefold() in zone_words for word in general.matched)
    )


def summarise(result: SearchResult, translate: Translate = english) -> SearchSummary:
    nothing = not (result.results or result.general or result.notice)
    general = zoneless_general(result)
    return SearchSummary(
        notice=f"{result.notice} ({', '.join(result.red_flags)})" if result.notice else "",
        found=translate("SearchText", FOUND) if result.results else "",
        general=translate(
            "SearchText",
            "The source suggests foot massage in general for {0}, without naming a zone.",
        ).format(", ".join(g.indication for g in general))
        if general
        else "",
        no_match=translate("SearchText", 'No zone in this chart is linked with "{0}".').format(
            result.query.strip()
        )
        if nothing
        else "",
        suggestions=result.suggestions if nothing else (),
    )


def search_text(
    result: SearchResult,
    translate: Translate = english,
    *,
    chart: str = "",
    elsewhere: Sequence[ChartResult] = (),
) -> str:
    """The whole result as terminal text: the notice first, then the zones, then the rest,
    then the zones of the other charts ``elsewhere``, each under the chart's name (and the
    chart shown under ``chart``)."""

    summary = summarise(result, translate)
    lines = []
    if summary.notice:
        lines += [f"!! {summary.notice}", ""]
    if elsewhere and chart and result.results:
        lines.append(chart)
    lines += _zone_lines(result, translate)
    if summary.general:
        if result.results:
            lines.append("")
        lines.append(summary.general)
        matched = translate("SearchText", "{0} (matched: {1})")
        for general in zoneless_general(result):
            lines.append("  - " + matched.format(general.indication, ", ".join(general.matched)))
    if summary.no_match:
        lines.append(summary.no_match)
    if summary.suggestions:
        lines.append(
            translate("SearchText", "Did you mean: {0}?").format(", ".join(summary.suggestions))
        )
    for found in elsewhere:
        lines += ["", f"{found.name} ({found.chart}):", *_zone_lines(found.result, translate)]
    return "\n".join(lines)


def _zone_lines(result: SearchResult, translate: Translate) -> list[str]:
    line = translate("SearchText", "{0}. {1} ({2})  score {3}  matched: {4}")
    return [
        line.format(rank, match.name, match.zone, decimal(match.score, 2), ", ".join(match.matched))
        for rank, match in enumerate(result.results, 1)
    ]
