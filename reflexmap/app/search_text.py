"""Search results in words: the same sentences in the terminal and in the window."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .i18n import Translate, decimal, english

if TYPE_CHECKING:
    from ..core.search import SearchResult


@dataclass(frozen=True)
class SearchSummary:
    """The sentences that explain a search result, plain text."""

    notice: str
    """The seek-help notice with the warning signs matched, or empty."""
    found: str
    """That zones were found (they are listed separately), or empty."""
    general: str
    """Symptoms the source names only in general, without a zone, or empty."""
    no_match: str
    """That nothing matched, or empty."""
    suggestions: tuple[str, ...]
    """Known symptoms close to a query that matched nothing."""


def summarise(result: SearchResult, translate: Translate = english) -> SearchSummary:
    nothing = not (result.results or result.general or result.notice)
    return SearchSummary(
        notice=f"{result.notice} ({', '.join(result.red_flags)})" if result.notice else "",
        found=translate(
            "SearchText", "Zones the tradition links with this are listed, best match first."
        )
        if result.results
        else "",
        general=translate(
            "SearchText",
            "The source suggests foot massage in general for {0}, without naming a zone.",
        ).format(", ".join(g.indication for g in result.general))
        if result.general
        else "",
        no_match=translate("SearchText", 'No zone in this chart is linked with "{0}".').format(
            result.query.strip()
        )
        if nothing
        else "",
        suggestions=result.suggestions if nothing else (),
    )


def search_text(result: SearchResult, translate: Translate = english) -> str:
    """The whole result as terminal text: the notice first, then the zones, then the rest."""

    summary = summarise(result, translate)
    lines = []
    if summary.notice:
        lines += [f"!! {summary.notice}", ""]
    for rank, match in enumerate(result.results, 1):
        lines.append(
            translate("SearchText", "{0}. {1} ({2})  score {3}  matched: {4}").format(
                rank, match.name, match.zone, decimal(match.score, 2), ", ".join(match.matched)
            )
        )
    if summary.general:
        if result.results:
            lines.append("")
        lines.append(summary.general)
        matched = translate("SearchText", "{0} (matched: {1})")
        for general in result.general:
            lines.append("  - " + matched.format(general.indication, ", ".join(general.matched)))
    if summary.no_match:
        lines.append(summary.no_match)
    if summary.suggestions:
        lines.append(
            translate("SearchText", "Did you mean: {0}?").format(", ".join(summary.suggestions))
        )
    return "\n".join(lines)
