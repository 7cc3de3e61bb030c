"""The chart model: plain immutable records, built by the loaders and read by everything else.

The records are NamedTuples: a frozen dataclass compiles six methods as its class is made,
which cost start-up about 0.7 ms per record; a NamedTuple is made several times as fast. Being
tuples, records of the same length compare equal if their values do, whatever their type,
and a record's line in its file (a drawing's bytes, too) is part of its value.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Literal, NamedTuple, NoReturn, get_args

from .geometry import Bounds, Outline, Point, near_pairs, spans
from .palette import assign_colours, assign_hatches

Side = Literal["left", "right"]
SIDES: tuple[Side, ...] = ("left", "right")
View = Literal["plantar", "dorsal", "medial", "lateral"]
VIEWS: tuple[View, ...] = ("plantar", "dorsal", "medial", "lateral")
"""The sole, the top of the foot, its inner (big-toe) side and its outer side."""
ZoneKind = Literal["reflex", "area"]
"""A reflex zone the tradition links with the body, or a massage area with no such claim."""
ZONE_KINDS: tuple[ZoneKind, ...] = ("reflex", "area")
BodySystem = Literal[
    "head-and-senses",
    "nervous-system",
    "endocrine",
    "circulation-and-breathing",
    "digestive",
    "urinary",
    "reproductive",
    "musculoskeletal",
    "lymphatic",
    "massage-area",
]
BODY_SYSTEMS: tuple[BodySystem, ...] = get_args(BodySystem)
"""The body systems a zone may be grouped under in a legend, in the legend's order."""


class ChartInfo(NamedTuple):
    """What a chart is called, where it comes from, and the disclaimer shown with it."""

    name: str
    source: str
    disclaimer: str
    note: str = ""


class Technique(NamedTuple):
    """A way of working the foot that the source describes, such as point pressing."""

    id: str
    name: str
    how: str


class Symptom(NamedTuple):
    """A symptom the tradition links with a zone, with the everyday words people use for it."""

    term: str
    synonyms: tuple[str, ...] = ()


class RedFlags(NamedTuple):
    """Warning signs that need a doctor, not a chart, and what to tell someone who has them."""

    notice: str
    signs: tuple[Symptom, ...]


class ZoneTechnique(NamedTuple):
    """How the source suggests working one zone."""

    movement: str
    pressure: str
    duration: str
    direction: str
    uses: tuple[str, ...]
    """Ids of the chart's techniques this zone's work draws on."""


class Zone(NamedTuple):
    """A reflex zone: where it is on the sole and what the tradition says about it."""

    id: str
    name: str
    sides: tuple[Side, ...]
    location: str
    claim: str
    """What the tradition claims about the zone, worded as a claim."""
    associations: tuple[str, ...]
    symptoms: tuple[Symptom, ...]
    technique: ZoneTechnique
    cautions: tuple[str, ...]
    source: str
    """The section of the source document the zone comes from."""
    views: tuple[View, ...] = ("plantar",)
    """The views the zone is drawn on."""
    kind: ZoneKind = "reflex"
    note: str = ""
    """Where charts vary or a fact is unsure."""
    system: BodySystem | None = None
    """The body system the legend groups the zone under, if the chart says."""
    line: int | None = None
    """Where the zone starts in its file, for messages."""

    def as_dict(self) -> dict[str, object]:
        """Its fields by name, its symptoms and technique as dicts too: as JSON shows it."""
        fields = self._asdict()
        fields["symptoms"] = [symptom._asdict() for symptom in self.symptoms]
        fields["technique"] = self.technique._asdict()
        return fields


class DrawingRef(NamedTuple):
    """A drawing a zones file names for one view, as written: relative to the zones file."""

    view: View
    path: str
    line: int | None = None


class ZoneData(NamedTuple):
    """Everything a zones file says."""

    info: ChartInfo
    techniques: tuple[Technique, ...]
    indications: tuple[Symptom, ...]
    """What the source offers foot massage for in general, without naming a zone."""
    red_flags: RedFlags
    contraindications: tuple[str, ...]
    zones: tuple[Zone, ...]
    drawings: tuple[DrawingRef, ...] = ()
    """The drawing of each view, when the zones file names them (else one is given)."""
    language: str = "en"
    """The language of the texts: "en", or the code of the translation they come from."""


class Region(NamedTuple):
    """One clickable area of the drawing, in the drawing's coordinates."""

    id: str
    side: Side
    zone_id: str
    outlines: tuple[Outline, ...]
    """Closed polygons (one per subpath), filled as ``evenodd`` says."""
    bounds: Bounds
    area: float
    anchor: Point
    """A point well inside the shape, for labels and for clicking."""
    view: View = "plantar"
    line: int | None = None
    """Where the region is declared in its file, for messages."""
    evenodd: bool = False
    """Filled by the even-odd rule (SVG's fill-rule="evenodd"), else by the nonzero rule, as
    SVG and Qt fill it: a compound path's inner subpath is a hole only if it winds back."""

    def contains(self, x: float, y: float) -> bool:
        left, top, right, bottom = self.bounds
        if not (left <= x <= right and top <= y <= bottom):
            return False
        return any(a <= x <= b for a, b in spans(self.outlines, y, self.evenodd))


class FootMap(NamedTuple):
    """The regions of a drawing, and the drawing's size."""

    width: float
    height: float
    regions: tuple[Region, ...]
    svg: bytes = b""
    """The drawing as loaded, so that what is shown is exactly what was checked."""


ZoneStyles = tuple[dict[str, str], dict[str, int]]
"""Each zone's colour and hatch (an index into palette.HATCHES)."""


_NO_VIEWS: Mapping[View, FootMap] = MappingProxyType({})


class Chart:
    """A zones file and its drawings, one per view, checked against each other.

    Read-only as the records are, but a class: it keeps what it works out on first use.
    ``styles`` are the zones' styles, if worked out before (the chart cache keeps them: they
    take a fifth of a second at 5,000 regions).
    """

    __slots__ = (
        "_by_zone",
        "_numbers",
        "_styles",
        "_zones_by_id",
        "foot_map",
        "other_views",
        "zone_data",
    )
    zone_data: ZoneData
    foot_map: FootMap
    """The plantar drawing: every chart has the sole."""
    other_views: Mapping[View, FootMap]
    """The dorsal, medial and lateral drawings the chart has."""
    _zones_by_id: dict[str, Zone]
    _numbers: dict[str, int]
    _styles: ZoneStyles | None
    _by_zone: dict[View, dict[str, tuple[Region, ...]]]
    """Each view's regions grouped by zone, in drawing order, made on first use."""

    def __init__(
        self,
        zone_data: ZoneData,
        foot_map: FootMap,
        other_views: Mapping[View, FootMap] = _NO_VIEWS,
        styles: ZoneStyles | None = None,
    ) -> None:
        init = object.__setattr__
        init(self, "zone_data", zone_data)
        init(self, "foot_map", foot_map)
        init(self, "other_views", other_views)
        init(self, "_styles", styles)
        init(self, "_zones_by_id", {z.id: z for z in zone_data.zones})
        init(self, "_numbers", {zone.id: number for number, zone in enumerate(zone_data.zones, 1)})
        init(self, "_by_zone", {})

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError(f"cannot assign to '{name}': a chart is read-only")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Chart):
            return NotImplemented
        mine = (self.zone_data, self.foot_map, self.other_views)
        return mine == (other.zone_data, other.foot_map, other.other_views)

    def __repr__(self) -> str:
        return f"Chart({self.zone_data!r}, {self.foot_map!r}, {self.other_views!r})"

    @property
    def info(self) -> ChartInfo:
        return self.zone_data.info

    @property
    def zones(self) -> tuple[Zone, ...]:
        return self.zone_data.zones

    @property
    def views(self) -> tuple[View, ...]:
        """The views the chart draws, in the usual order: the sole first."""
        return tuple(v for v in VIEWS if v == "plantar" or v in self.other_views)

    def drawing(self, view: View) -> FootMap:
        return self.foot_map if view == "plantar" else self.other_views[view]

    @property
    def regions(self) -> tuple[Region, ...]:
        """Every region of every view."""
        return tuple(r for view in self.views for r in self.drawing(view).regions)

    def zone(self, zone_id: str) -> Zone:
        return self._zones_by_id[zone_id]

    def regions_of(self, zone_id: str, view: View | None = None) -> Iterator[Region]:
        """The zone's regions on one view, or on every view."""
        for shown in self.views if view is None else (view,):
            yield from self._regions_by_zone(shown).get(zone_id, ())

    def _regions_by_zone(self, view: View) -> dict[str, tuple[Region, ...]]:
        # Grouped once: looking each zone up among all regions made building the map
        # quadratic (458 ms at 5,000 regions).
        grouped = self._by_zone.get(view)
        if grouped is None:
            lists: dict[str, list[Region]] = {}
            for region in self.drawing(view).regions:
                lists.setdefault(region.zone_id, []).append(region)
            grouped = self._by_zone[view] = {k: tuple(v) for k, v in lists.items()}
        return grouped

    def number(self, zone_id: str) -> int:
        """The zone's number on the map, in the list and on the printed chart: chart order."""
        return self._numbers[zone_id]

    def colour(self, zone_id: str) -> str:
        """The zone's colour everywhere it is drawn: unlike its neighbours' and, up to 48
        zones, unlike every other zone's."""
        return self.zone_styles()[0][zone_id]

    def hatch(self, zone_id: str) -> int:
        """The zone's hatch pattern in black and white (an index into palette.HATCHES),
        unlike its neighbours' where the patterns allow."""
        return self.zone_styles()[1][zone_id]

    def neighbours(self) -> dict[str, frozenset[str]]:
        """For each zone, the zones drawn next to it (on the same foot of a view): regions
        whose bounds come within 2% of the drawing's width of each other."""
        found: dict[str, set[str]] = {zone.id: set() for zone in self.zones}
        for view in self.views:
            drawing = self.drawing(view)
            gap = drawing.width * 0.02
            for side in SIDES:
                on_foot = [r for r in drawing.regions if r.side == side]
                zones = [r.zone_id for r in on_foot]
                for i, j in near_pairs([r.bounds for r in on_foot], gap):
                    if zones[i] != zones[j]:
                        found[zones[i]].add(zones[j])
                        found[zones[j]].add(zones[i])
        return {zone: frozenset(near) for zone, near in found.items()}

    def zone_styles(self) -> ZoneStyles:
        """Each zone's colour and hatch; worked out on first use from every view's regions."""
        if self._styles is None:
            ids = [zone.id for zone in self.zones]
            near = self.neighbours()
            styles = (assign_colours(ids, near), assign_hatches(ids, near))
            object.__setattr__(self, "_styles", styles)
            return styles
        return self._styles

    def foot_box(self, side: Side, view: View = "plantar") -> Bounds:
        """The part of a view's drawing that shows one foot: its left or right half."""
        drawing = self.drawing(view)
        half = drawing.width / 2
        left = 0.0 if side == "left" else half
        return (left, 0.0, left + half, drawing.height)

    def zones_at(
        self, x: float, y: float, sides: tuple[Side, ...] = SIDES, view: View = "plantar"
    ) -> tuple[str, ...]:
        """The zones at a point of a view's drawing, most specific (smallest region) first."""
        hits = sorted(
            (r for r in self.drawing(view).regions if r.side in sides and r.contains(x, y)),
            key=lambda region: region.area,
        )
        return tuple(dict.fromkeys(region.zone_id for region in hits))

    def spot_of(
        self, zone_id: str, sides: tuple[Side, ...] = SIDES, view: View = "plantar"
    ) -> tuple[str, ...]:
        """The zones at the zone's own spot (its label point on the first foot shown), the zone
        itself first: what a click there would find."""
        region = next((r for r in self.regions_of(zone_id, view) if r.side in sides), None)
        if region is None:
            return (zone_id,)
        found = self.zones_at(*region.anchor, sides, view)
        return (zone_id, *(z for z in found if z != zone_id))

    def technique(self, technique_id: str) -> Technique:
        return next(t for t in self.zone_data.techniques if t.id == technique_id)
