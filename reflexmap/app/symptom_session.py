"""A session for my symptoms: the zones a search found, worked with the chart's techniques,
opened and closed with light strokes, on each foot in turn. Warning signs get no session."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.model import SIDES, Chart, Side, View, Zone
from ..core.search import SearchResult
from ..core.sessions import Pressure, Session, Step, Toward

SESSION_ID = "for-symptoms"
MAX_ZONES = 4
"""More zones make a long session that repeats itself."""
SHORTEST, LONGEST, USUAL = 30, 180, 60
"""Seconds a zone gets: the chart's own time within these bounds, else the usual minute."""
STROKE_SECONDS = 30
STROKE_AREAS = ("top-of-foot", "central-sole")
"""Where the opening and closing strokes light the map: the first of these the chart has."""

_MINUTES = re.compile(r"\b(\d+|an?|one)\s*(?:(?:to|-|\u2013)\s*\d+\s*)?minutes?\b")
_PRESSURES: tuple[tuple[str, Pressure], ...] = (
    *((word, "light") for word in ("light", "gentle", "soft")),
    *((word, "medium") for word in ("moderate", "medium", "steady")),
    *((word, "firm") for word in ("firm", "deep", "strong", "hard")),
)
_TOWARD: tuple[tuple[re.Pattern[str], Toward], ...] = (
    (re.compile(r"toward(?:s)? the heel"), "heel"),
    (re.compile(r"toward(?:s)? the (?:shin|ankle)"), "ankle"),
    (re.compile(r"toward(?:s)? the toes|to (?:its|their|the) tips?\b"), "toes"),
    (re.compile(r"to (?:the )?little toe"), "little-toe"),
)


@dataclass(frozen=True)
class Offer:
    """A session built for a search, or why there is none."""

    session: Session | None
    reason: str = ""
    """The seek-help notice for a warning sign, or what was missing."""


def session_for(result: SearchResult, chart: Chart, max_zones: int = MAX_ZONES) -> Offer:
    """The session for a search's zones, best matches first, on the left foot then the right."""
    if result.notice:
        return Offer(None, result.notice)
    zones = [chart.zone(match.zone) for match in result.results[:max_zones]]
    if not zones:
        return Offer(None, "No zone of this chart is linked with what you searched for.")
    techniques = {t.id for t in chart.zone_data.techniques}
    steps: list[Step] = []
    for side in SIDES:
        on_foot = [zone for zone in zones if side in zone.sides]
        if not on_foot:
            continue
        stroke = _stroke(chart, on_foot[0], side, techniques)
        steps.append(stroke)
        steps.extend(zone_step(chart, zone, side) for zone in on_foot)
        steps.append(stroke)
    names = ", ".join(zone.name.lower() for zone in zones)
    query = " ".join(result.query.split())
    return Offer(
        Session(
            id=SESSION_ID,
            name=f"For: {query[:80]}",
            claim=f"Traditional charts link these zones with what you searched for: {names}. "
            "Massaging them may be relaxing; it does not treat the symptoms.",
            source="Built from your search, with the chart's technique for each zone",
            steps=tuple(steps),
            note="Each zone gets the chart's time for it, from 30 seconds to 3 minutes.",
        )
    )


def zone_step(chart: Chart, zone: Zone, side: Side) -> Step:
    """A step on a zone with the chart's technique and time for it, in its first view."""
    technique = zone.technique
    return Step(
        zone=zone.id,
        view=_view(chart, zone),
        side=side,
        technique=technique.uses[0],
        movement=technique.movement,
        pressure=pressure_of(technique.pressure),
        seconds=seconds_of(technique.duration),
        toward=toward_of(technique.direction),
    )


def _stroke(chart: Chart, fallback: Zone, side: Side, techniques: set[str]) -> Step:
    known = {zone.id: zone for zone in chart.zones}
    zone = next((known[a] for a in STROKE_AREAS if a in known), fallback)
    return Step(
        zone=zone.id,
        view=_view(chart, zone),
        side=side,
        technique="stroking" if "stroking" in techniques else fallback.technique.uses[0],
        movement="Light strokes over the whole foot, as the source begins and ends.",
        pressure="light",
        seconds=STROKE_SECONDS,
        toward="ankle" if zone.id == "top-of-foot" else None,
    )


def _view(chart: Chart, zone: Zone) -> View:
    return next((v for v in zone.views if v in chart.views), "plantar")


def seconds_of(duration: str) -> int:
    """The chart's time for a zone ("about 2 to 3 minutes"), its lower bound, kept sensible."""
    found = _MINUTES.search(duration.lower())
    if found is None:
        return USUAL
    count = found.group(1)
    minutes = int(count) if count.isdigit() else 1
    return max(SHORTEST, min(LONGEST, minutes * 60))


def pressure_of(words: str) -> Pressure:
    """The first pressure word of the chart's text; light when it names none."""
    text = words.lower()
    found = [(text.find(word), pressure) for word, pressure in _PRESSURES if word in text]
    return min(found)[1] if found else "light"


def toward_of(direction: str) -> Toward | None:
    """The direction of the strokes, when the chart's text names one an arrow can show."""
    text = direction.lower()
    found = [(m.start(), toward) for pattern, toward in _TOWARD if (m := pattern.search(text))]
    return min(found)[1] if found else None
