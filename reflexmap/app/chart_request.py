"""A printed chart, asked for the same way by the window and by `reflexmap chart`."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .. import __version__
from ..core.chart_layout import DEFAULT_MARGINS, ChartContent, LegendEntry, Margins
from ..core.model import Chart, View
from .help_pages import about_claims
from .i18n import Translate, english
from .names import VIEW_NAMES


@dataclass(frozen=True)
class ChartRequest:
    """Which chart to print, on what page, with which options."""

    page_size: str = "A4"
    """A page size's everyday name: A4, Letter, A5..."""
    landscape: bool = False
    margins: Margins = DEFAULT_MARGINS
    zones: tuple[str, ...] = ()
    """Only these zones, in chart order; every zone when empty."""
    guide: bool = False
    grayscale: bool = False
    view: View = "plantar"
    """The view of the feet drawn; the legend has the zones drawn on it."""


class RequestError(ValueError):
    """A chart that cannot be made as asked; the message says why, for the user."""


def chosen_zones(
    chart: Chart,
    zone_ids: Sequence[str] = (),
    query: str | None = None,
    translate: Translate = english,
) -> tuple[str, ...]:
    """The zones named, plus those a search finds, in chart order; raises RequestError for an
    unknown zone or a search that finds nothing."""
    known = [zone.id for zone in chart.zones]
    unknown = [z for z in zone_ids if z not in known]
    if unknown:
        raise RequestError(
            translate("ChartRequest", "no zone {0}; the zones are: {1}").format(
                ", ".join(map(repr, unknown)), ", ".join(known)
            )
        )
    chosen = set(zone_ids)
    if query:
        from ..core.search import SymptomIndex  # the stemmer loads only for a search

        found = {m.zone for m in SymptomIndex(chart.zone_data).search(query).results}
        if not found:
            raise RequestError(translate("ChartRequest", "no zone matches '{0}'").format(query))
        chosen |= found
    return tuple(z for z in known if z in chosen)


def shown_zones(chart: Chart, request: ChartRequest) -> set[str]:
    """The zones the chart shows: those chosen, or all of them, of those drawn on its view."""
    drawn = {zone.id for zone in chart.zones if request.view in zone.views}
    return drawn & set(request.zones) if request.zones else drawn


def chart_content(
    chart: Chart,
    request: ChartRequest,
    translate: Translate = english,
    today: datetime.date | None = None,
    date_text: Callable[[datetime.date], str] = datetime.date.isoformat,
) -> ChartContent:
    """The chart's words, for the layout: the legend, the footer, the guide; ``date_text``
    writes the date as the reader's language does."""

    shown = shown_zones(chart, request)
    drawing = chart.drawing(request.view)
    feet = {
        ("left", "right"): translate("ChartRequest", "both feet"),
        ("left",): translate("ChartRequest", "left foot"),
        ("right",): translate("ChartRequest", "right foot"),
    }
    legend = tuple(
        LegendEntry(
            number=chart.number(zone.id),
            colour=chart.colour(zone.id),
            name=f"{zone.name} ({feet[zone.sides]})",
            text=(
                translate("ChartRequest", "Traditionally linked with {0}. Technique: {1}").format(
                    ", ".join(zone.associations), zone.technique.movement
                )
                if zone.kind == "reflex"
                else translate(
                    "ChartRequest",
                    "A massage area: the source makes no reflex claim for it. Technique: {0}",
                ).format(zone.technique.movement)
            ),
        )
        for zone in chart.zones
        if zone.id in shown
    )
    contraindications = translate(
        "ChartRequest",
        "Do not massage the feet with: {0}. Even without them, ask a doctor before you start.",
    ).format("; ".join(chart.zone_data.contraindications))
    made = translate("ChartRequest", "{0}. Made {1} with reflexmap {2}.").format(
        chart.info.name, date_text(today or datetime.date.today()), __version__
    )
    guide: tuple[tuple[str, tuple[str, ...]], ...] = ()
    if request.guide:
        guide = (
            (
                translate("ChartRequest", "Techniques"),
                tuple(f"{t.name}: {t.how}" for t in chart.zone_data.techniques),
            ),
            (
                translate("ChartRequest", "About these claims"),
                tuple(f"{lead} {text}".strip() for lead, text in about_claims(translate)),
            ),
        )
    view_name = translate("Views", VIEW_NAMES[request.view])
    return ChartContent(
        title=translate("ChartRequest", "{0}: {1}").format(chart.info.name, view_name),
        subtitle=translate("ChartRequest", "Source: {0}").format(chart.info.source),
        drawing_aspect=drawing.width / drawing.height,
        legend=legend,
        footer=(chart.info.disclaimer, contraindications, made),
        guide=guide,
        continued=translate("ChartRequest", "(continued)"),
    )
