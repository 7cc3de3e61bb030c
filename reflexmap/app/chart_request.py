"""A printed chart, asked for the same way by the window and by `reflexmap chart`."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from .. import __version__
from ..core.chart_layout import (
    DEFAULT_MARGINS,
    ChartContent,
    LegendEntry,
    Margins,
    Panel,
    SheetCell,
    SheetContent,
    SheetRow,
)
from ..core.geometry import Bounds
from ..core.model import BODY_SYSTEMS, SIDES, Chart, View, Zone
from ..core.palette import LIT_COLOUR
from .help_pages import about_claims
from .i18n import QT_TRANSLATE_NOOP, Translate, english
from .names import FOOT_LABELS, OTHER_SYSTEM, SYSTEM_NAMES, VIEW_NAMES, ZONE_FEET

if TYPE_CHECKING:
    from ..core.disagreements import Disagreements

ALL_VIEWS = "all"
"""The view of a chart of every view the chart has, on one page or two."""
ChartView = View | Literal["all"]

FOCUS_MARGIN = 0.1
"""Room kept around a focused chart's zones, as a share of the foot's width."""
FOCUS_MIN = (1.0, 0.35)
"""A focused chart shows at least this share of a foot's width and height: the whole width,
so that the foot stays recognisable."""
SHORT_FEET = {
    "left": QT_TRANSLATE_NOOP("ChartRequest", "left"),
    "right": QT_TRANSLATE_NOOP("ChartRequest", "right"),
}


@dataclass(frozen=True)
class ChartRequest:
    """Which chart to print, on what page, with which options."""

    page_size: str = "A4"
    """A page size's everyday name: A4, Letter, A5..."""
    landscape: bool = False
    margins: Margins = DEFAULT_MARGINS
    zones: tuple[str, ...] = ()
    """Only these zones, in chart order, large and coloured (the others faint); every zone
    when empty."""
    guide: bool = False
    grayscale: bool = False
    view: ChartView = "plantar"
    """The view of the feet drawn, or "all"; the legend has the zones drawn."""
    query: str = ""
    """The search the zones were found by, for the title."""
    client: str = ""
    """Whom the chart is for, printed at its head."""
    note: str = ""
    """Notes for that person, printed under their name."""


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


def chart_views(chart: Chart, request: ChartRequest) -> tuple[View, ...]:
    """The views drawn: the one asked for, or every view the chart has (for a focused chart,
    those its zones are on)."""
    if request.view != "all":
        return (request.view,)
    if request.zones:
        views = tuple(
            v for v in chart.views if any(v in chart.zone(z).views for z in request.zones)
        )
        if views:
            return views
    return chart.views


def shown_zones(chart: Chart, request: ChartRequest) -> set[str]:
    """The zones the chart lists and colours: those chosen, or all of them, of those drawn
    on its views."""
    views = chart_views(chart, request)
    drawn = {zone.id for zone in chart.zones if any(v in zone.views for v in views)}
    return drawn & set(request.zones) if request.zones else drawn


def chart_content(
    chart: Chart,
    request: ChartRequest,
    translate: Translate = english,
    today: datetime.date | None = None,
    digit_height: float = 0.73,
    date_text: Callable[[datetime.date], str] = datetime.date.isoformat,
) -> ChartContent:
    """The chart's words and drawings, for the layout: the panels, the legend grouped by body
    system, the client's header, the footer, the guide; ``date_text`` writes a date as the
    reader's language does."""

    today = today or datetime.date.today()
    shown = shown_zones(chart, request)
    views = chart_views(chart, request)
    focused = bool(request.zones)
    all_views = request.view == ALL_VIEWS

    def text(zone: Zone) -> str:
        technique = zone.technique
        lead = (
            translate("ChartRequest", "Traditionally linked with {0}.").format(
                ", ".join(zone.associations)
            )
            if zone.kind == "reflex"
            else translate(
                "ChartRequest", "A massage area: the source makes no reflex claim for it."
            )
        )
        if focused:
            return translate(
                "ChartRequest", "{0} Where: {1} Technique: {2} Pressure: {3} Time: {4}"
            ).format(
                lead, zone.location, technique.movement, technique.pressure, technique.duration
            )
        if all_views:  # four drawings leave room for the links alone
            return lead
        return translate("ChartRequest", "{0} Technique: {1}").format(lead, technique.movement)

    grouped = any(zone.system for zone in chart.zones)

    def group_of(zone: Zone) -> tuple[int, str]:
        if not grouped:
            return 0, ""
        if zone.system is None:
            return len(BODY_SYSTEMS), translate("Systems", OTHER_SYSTEM)
        return BODY_SYSTEMS.index(zone.system), translate("Systems", SYSTEM_NAMES[zone.system])

    listed = sorted(
        (zone for zone in chart.zones if zone.id in shown),
        key=lambda zone: (group_of(zone)[0], chart.number(zone.id)),
    )
    legend = tuple(
        LegendEntry(
            number=chart.number(zone.id),
            colour=chart.colour(zone.id),
            name=f"{zone.name} ({translate('Views', ZONE_FEET[zone.sides])})",
            text=text(zone),
            group=group_of(zone)[1],
            hatch=chart.hatch(zone.id) if request.grayscale else None,
        )
        for zone in listed
    )
    contraindications = translate(
        "ChartRequest",
        "Do not massage the feet with: {0}. Even without them, ask a doctor before you start.",
    ).format("; ".join(chart.zone_data.contraindications))
    made = translate("ChartRequest", "{0}. Made {1} with reflexmap {2}.").format(
        chart.info.name, date_text(today), __version__
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
    view_name = (
        translate("ChartRequest", "all four views")
        if all_views
        else translate("Views", VIEW_NAMES[views[0]])
    )
    names = translate("ChartRequest", "{0}: {1}").format(chart.info.name, view_name)
    source = translate("ChartRequest", "Source: {0}").format(chart.info.source)
    if focused:
        chosen = [chart.zone(z).name for z in request.zones]
        title = (
            translate("ChartRequest", "Zones for {0}").format(request.query)
            if request.query
            else translate("ChartRequest", "Zones: {0}").format(", ".join(chosen))
        )
        subtitle = f"{names}. {source}"
    else:
        title, subtitle = names, source
    return ChartContent(
        title=title,
        subtitle=subtitle,
        panels=tuple(p for view in views for p in _panels(chart, view, shown, focused, translate)),
        legend=legend,
        footer=(chart.info.disclaimer, contraindications, made),
        header=client_header(request, today, translate, date_text),
        guide=guide,
        continued=translate("ChartRequest", "(continued)"),
        digit_height=digit_height,
        drawings_first=all_views and not focused,
    )


def client_header(
    request: ChartRequest,
    today: datetime.date,
    translate: Translate = english,
    date_text: Callable[[datetime.date], str] = datetime.date.isoformat,
) -> tuple[str, ...]:
    """The lines for the person a chart is for: their name and the date, then the notes."""

    client, note = " ".join(request.client.split()), request.note.strip()
    if not (client or note):
        return ()
    lines = [
        translate("ChartRequest", "For {0}, {1}").format(client, date_text(today))
        if client
        else translate("ChartRequest", "Date: {0}").format(date_text(today))
    ]
    if note:
        lines.append(translate("ChartRequest", "Notes: {0}").format(" ".join(note.split())))
    return tuple(lines)


def _panels(
    chart: Chart, view: View, shown: set[str], focused: bool, translate: Translate
) -> list[Panel]:
    """The view's drawing; for a focused chart, each foot's part around its lit zones, so
    that the layout can stack them and draw the zones larger."""
    lit = frozenset(z for z in shown if view in chart.zone(z).views)
    if not (focused and lit):
        return [_panel(chart, view, lit, translate)]
    panels = []
    for side in SIDES:
        regions = [r for r in chart.drawing(view).regions if r.zone_id in lit and r.side == side]
        if regions:
            crop = _focus(chart.foot_box(side, view), [r.bounds for r in regions])
            panels.append(_panel(chart, view, lit, translate, crop))
    return panels


def _panel(
    chart: Chart,
    view: View,
    lit: frozenset[str],
    translate: Translate,
    crop: Bounds | None = None,
    short_labels: bool = False,
    colour: str | None = None,
    chart_id: str = "",
) -> Panel:
    drawing = chart.drawing(view)
    crop = crop or (0.0, 0.0, drawing.width, drawing.height)
    left, _, right, _ = crop
    feet = []
    for side in SIDES:
        x0, _, x1, _ = chart.foot_box(side, view)
        if min(x1, right) - max(x0, left) > (x1 - x0) * 0.25:  # enough of the foot to name
            label = (
                translate("ChartRequest", SHORT_FEET[side])
                if short_labels
                else translate("Views", FOOT_LABELS[side, view])
            )
            feet.append((label, (max(x0, left) + min(x1, right)) / 2))
    marks = tuple(
        (chart.number(region.zone_id), *region.anchor)
        for region in drawing.regions
        if region.zone_id in lit and colour is None
    )
    return Panel(view, crop, lit, marks, tuple(feet), chart_id, colour)


def _focus(foot: Bounds, boxes: Sequence[Bounds]) -> Bounds:
    """The part of a foot's drawing around the lit zones, with some room, never too thin."""
    x0, y0, x1, y1 = foot
    margin = (x1 - x0) * FOCUS_MARGIN
    left = min(b[0] for b in boxes) - margin
    top = min(b[1] for b in boxes) - margin
    right = max(b[2] for b in boxes) + margin
    bottom = max(b[3] for b in boxes) + margin

    def widen(
        low: float, high: float, least: float, start: float, end: float
    ) -> tuple[float, float]:
        grow = max(0.0, least - (high - low)) / 2
        low, high = low - grow, high + grow
        shift = max(0.0, start - low) - max(0.0, high - end)
        return max(start, low + shift), min(end, high + shift)

    left, right = widen(left, right, (x1 - x0) * FOCUS_MIN[0], x0, x1)
    top, bottom = widen(top, bottom, (y1 - y0) * FOCUS_MIN[1], y0, y1)
    return left, top, right, bottom


def disagreement_sheet(
    charts: Mapping[str, Chart],
    disagreements: Disagreements,
    request: ChartRequest,
    translate: Translate = english,
    today: datetime.date | None = None,
    date_text: Callable[[datetime.date], str] = datetime.date.isoformat,
) -> SheetContent:
    """The "charts disagree" sheet: each topic of the table, where each bundled chart places
    it in words and on a small map of that chart with the places lit."""

    today = today or datetime.date.today()
    rows = []
    for topic in disagreements.topics:
        cells = []
        for chart_id, chart in charts.items():
            place = next((p for p in topic.places if p.chart == chart_id), None)
            zones = set(place.zones) if place else set()
            view: View = next(
                (v for v in chart.views if any(v in chart.zone(z).views for z in zones)),
                "plantar",
            )
            lit = frozenset(zones)
            panel = _panel(chart, view, lit, translate, None, True, LIT_COLOUR, chart_id)
            words = (
                place.where if place else translate("ChartRequest", "This chart does not place it.")
            )
            cells.append(SheetCell(panel, words))
        rows.append(SheetRow(topic.name, tuple(cells)))
    first = next(iter(charts.values()))
    made = translate("ChartRequest", "Made {0} with reflexmap {1}.").format(
        date_text(today), __version__
    )
    return SheetContent(
        title=translate("ChartRequest", "Where the charts disagree"),
        subtitle=disagreements.note,
        columns=tuple(chart.info.name for chart in charts.values()),
        rows=tuple(rows),
        footer=(first.info.disclaimer, made),
        header=client_header(request, today, translate, date_text),
        continued=translate("ChartRequest", "(continued)"),
    )
