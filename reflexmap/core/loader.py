"""Load a chart: a zones file and its drawing, each checked, then checked against each other."""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable
from functools import cache, partial
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from ..startup import collector_paused
from . import chart_cache
from .errors import ChartError, Problem
from .model import SIDES, Chart, FootMap, View, ZoneData

if TYPE_CHECKING:
    from .foot_map import CheckedDrawing

T = TypeVar("T")

ZONES_MAX_BYTES = 2_000_000
"""Larger zones files are refused before parsing: a chart is a few dozen kilobytes."""
MAP_MAX_BYTES = 5_000_000
"""Larger drawings are refused before parsing: the bundled drawing is about 25 kB."""
MAX_REGIONS = 5_000
MAX_POINTS = 100_000
"""Outline points over all regions, after curves are flattened (the bundled drawing has
about 2,600): loading stays within a few seconds."""
ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
SHORT_TEXT = 100
"""Characters in a name, an id or a symptom's words: they go in lists, menus and legends."""
LONG_TEXT = 1_000
"""Characters in any other text of a chart: the disclaimer, for one, goes on every page."""

# Characters that are not text: controls (an escape sequence prints in a terminal) and lone
# surrogates (UTF-8 cannot hold them).
_NOT_TEXT_CHARACTERS = "\x00-\x1f\x7f-\x9f\ud800-\udfff"
_NOT_TEXT = re.compile(f"[{_NOT_TEXT_CHARACTERS}]")
# Invisible characters that reorder the text around them: what is shown would not be what
# the file says.
_DIRECTION_CHARACTERS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_DIRECTION_CONTROLS = re.compile(f"[{_DIRECTION_CHARACTERS}]")
_INVISIBLE_CHARACTERS = "\\s\u00ad\u034f\u180e\u200b-\u200f\u2060-\u2064\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARACTERS}]*")

_NUMBERS = frozenset([int, float])
Fault = tuple[str, dict[str, str | int]]
"""A problem code with its arguments, before it is placed in a file."""


def load_chart(
    zones_file: Path,
    map_file: Path | None = None,
    cache_dir: Path | None = None,
    language: str | None = None,
    later: list[Callable[[], None]] | None = None,
    installed: Path | None = None,
) -> Chart:
    """Read, parse and cross-check the zones file and its drawings; raise ChartError with
    every problem in any of them.

    The drawings are those the zones file names for its views; ``map_file``, if given, is the
    plantar drawing (a zones file that names no views needs one). With ``cache_dir``, a chart
    already checked in exactly this form comes from the cache; a chart that had to be parsed
    is stored there, or with ``later``, the storing is added to it, for the caller to do once
    the window shows. With ``language`` ("ru", "de"), the texts are those of the translation
    beside the zones file, if it has one; a text it lacks is the English one, marked (see
    chart_translation). Drawings in the folder ``installed`` are the program's own, trusted
    as its code is: from the cache, they are not checked again.
    """
    with collector_paused():
        return _load_chart(zones_file, map_file, cache_dir, language, later, installed)


def check_chart(zones_file: Path, map_file: Path | None = None) -> CheckedChart:
    """Read, parse and cross-check the zones file and its drawings, as load_chart does
    without a cache, but place no label points: what checking a chart needs. Raises
    ChartError with every problem in any of them."""
    with collector_paused():
        problems: list[Problem] = []
        zones_bytes = _attempt(lambda: read_file(zones_file, ZONES_MAX_BYTES), problems)
        return _check(zones_file, map_file, zones_bytes or b"", problems)


class CheckedChart(NamedTuple):
    """A zones file and its drawings that passed every check, before any layout."""

    zone_data: ZoneData
    drawings: dict[View, CheckedDrawing]
    paths: dict[View, Path]
    """Where each drawing was read from."""


def _load_chart(
    zones_file: Path,
    map_file: Path | None,
    cache_dir: Path | None,
    language: str | None,
    later: list[Callable[[], None]] | None,
    installed: Path | None,
) -> Chart:
    problems: list[Problem] = []
    zones_bytes = _attempt(lambda: read_file(zones_file, ZONES_MAX_BYTES), problems)
    if zones_bytes is None:
        zones_bytes = b""  # unreadable, already reported; the drawing is still checked
        cache_dir = None
    translation_path = find_translation(zones_file, language)
    translation: tuple[Path, bytes] | None = None
    if translation_path is not None:
        try:
            translation = (translation_path, read_file(translation_path, ZONES_MAX_BYTES))
        except ChartError:
            cache_dir = None  # the translation reports it; every text is the English one
    # An entry that fails the checks is someone's edit: the chart is parsed and it replaced.
    cached = (
        chart_cache.read(cache_dir, zones_file, map_file, zones_bytes, MAP_MAX_BYTES, translation)
        if cache_dir
        else None
    )
    if cached and _sound(cached[0]):
        # The entry names its drawings, so it could name any file: each is checked again,
        # but for the program's own, installed with its code.
        named = cached[1].items()
        if all(_drawing_passes(svg) for path, svg in named if not _in(path, installed)):
            return cached[0]
    checked = _check(zones_file, map_file, zones_bytes, problems)
    zone_data = checked.zone_data
    if translation_path is not None and language:
        from .chart_translation import translate_zone_data

        content = translation[1] if translation else None
        zone_data, _ = translate_zone_data(zone_data, translation_path, language, content)
    drawings = {view: drawing.foot_map() for view, drawing in checked.drawings.items()}
    plantar = drawings.pop("plantar")
    chart = Chart(zone_data, plantar, drawings)
    if cache_dir:
        store = partial(
            chart_cache.write,
            cache_dir,
            zones_file,
            map_file,
            zones_bytes,
            checked.paths,
            chart,
            translation,
        )
        if later is None:
            store()
        else:
            later.append(store)
    return chart


def _check(
    zones_file: Path, map_file: Path | None, zones_bytes: bytes, problems: list[Problem]
) -> CheckedChart:
    """The files checked, each and against each other; ``problems`` are those found in
    reading them."""
    # The parsers (and YAML and svgelements) load only when a chart has to be parsed.
    from .zones_file import load_zones

    zone_data = _parse(load_zones, zones_bytes, zones_file, problems) if not problems else None
    if zone_data is None:
        # Problems of the drawing given are shown with the zones file's, all at once.
        if map_file is not None:
            _load_drawing(map_file, "plantar", problems)
        raise ChartError(problems)
    paths = drawing_paths(zone_data, zones_file, map_file)
    drawings: dict[View, CheckedDrawing] = {}
    for view, path in paths.items():
        drawing = _load_drawing(path, view, problems)
        if drawing is not None:
            drawings[view] = drawing
    if problems:
        raise ChartError(problems)
    names = {view: str(path) for view, path in paths.items()}
    problems = cross_check(zone_data, drawings, str(zones_file), names)
    if problems:
        raise ChartError(problems)
    return CheckedChart(zone_data, drawings, paths)


def translation_file(english_file: Path, language: str) -> Path:
    """Where the translation of a file lives: ``<stem>.<language>.yaml`` beside it."""
    return english_file.with_name(f"{english_file.stem}.{language}{english_file.suffix}")


def find_translation(english_file: Path, language: str | None) -> Path | None:
    """The translation of a file into ``language`` (a code such as "ru"), if there is one
    (English has none)."""
    if not language or language == "en" or not language.isascii() or not language.isalpha():
        return None
    path = translation_file(english_file, language)
    return path if path.exists() else None


def _load_drawing(path: Path, view: View, problems: list[Problem]) -> CheckedDrawing | None:
    from .foot_map import check_foot_map

    content = _attempt(lambda: read_file(path, MAP_MAX_BYTES), problems)
    return _parse(lambda data, name: check_foot_map(data, name, view), content, path, problems)


def drawing_paths(zone_data: ZoneData, zones_file: Path, map_file: Path | None) -> dict[View, Path]:
    """The drawing of each view: as the zones file names them (relative to it), the plantar
    one replaced by ``map_file`` if given; raises ChartError if there is no plantar drawing."""
    paths = {
        ref.view: Path(os.path.normpath(zones_file.parent / ref.path)) for ref in zone_data.drawings
    }
    if map_file is not None:
        paths["plantar"] = map_file
    if "plantar" not in paths:
        raise ChartError([Problem(str(zones_file), "chart.no-drawing")])
    return paths


def cross_check(
    zone_data: ZoneData,
    drawings: dict[View, CheckedDrawing],
    zones_name: str,
    names: dict[View, str],
) -> list[Problem]:
    """Every region names a zone that claims its side and view; every zone has a region on
    each side of each view it claims, and every view it claims has a drawing."""
    problems: list[Problem] = []
    zones = {zone.id: zone for zone in zone_data.zones}
    for view, drawing in drawings.items():
        for region in drawing.shapes:
            zone = zones.get(region.zone_id)
            if zone is None:
                problems.append(
                    Problem(
                        names[view],
                        "chart.region-without-zone",
                        {"region": region.id, "zone": region.zone_id, "file": zones_name},
                        region.line,
                    )
                )
            elif region.side not in zone.sides:
                problems.append(
                    Problem(
                        names[view],
                        "chart.wrong-side",
                        {
                            "region": region.id,
                            "side": region.side,
                            "zone": zone.id,
                            "sides": ", ".join(zone.sides),
                        },
                        region.line,
                    )
                )
            elif view not in zone.views:
                problems.append(
                    Problem(
                        names[view],
                        "chart.wrong-view",
                        {
                            "region": region.id,
                            "view": view,
                            "zone": zone.id,
                            "views": ", ".join(zone.views),
                        },
                        region.line,
                    )
                )
    drawn = {
        (region.zone_id, region.side, view)
        for view, drawing in drawings.items()
        for region in drawing.shapes
    }
    for zone in zone_data.zones:
        for view in zone.views:
            if view not in drawings:
                problems.append(
                    Problem(
                        zones_name,
                        "chart.zone-not-drawn",
                        {"zone": zone.id, "view": view},
                        zone.line,
                    )
                )
                continue
            for side in zone.sides:
                if (zone.id, side, view) not in drawn:
                    problems.append(
                        Problem(
                            zones_name,
                            "chart.zone-without-region",
                            {"zone": zone.id, "region": f"{side}-{zone.id}", "file": names[view]},
                            zone.line,
                        )
                    )
    return problems


def _sound(chart: Chart) -> bool:
    """Whether a chart from the cache is one the parsers could have made: an entry is a file
    anyone may edit, so it is checked as strictly as it can be without the source files."""
    data = chart.zone_data
    texts, others = _leaves(data)
    techniques = {technique.id for technique in data.techniques}
    zone_ids = [zone.id for zone in data.zones]
    if not (
        _sound_leaves(texts, others)
        and all(ID_PATTERN.fullmatch(i) for i in [*techniques, *zone_ids])
        and len(set(zone_ids)) == len(zone_ids)
        and all(
            set(zone.technique.uses) <= techniques
            and zone.sides
            and set(zone.sides) <= set(SIDES)
            and len(set(zone.sides)) == len(zone.sides)
            for zone in data.zones
        )
    ):
        return False
    return all(_sound_drawing(data, chart.drawing(view), view) for view in chart.views)


def _sound_drawing(data: ZoneData, drawing: FootMap, view: View) -> bool:
    width, height = drawing.width, drawing.height
    if not all(type(v) in (int, float) and 0 < v <= 1e8 for v in (width, height)):
        return False
    if not 0 < len(drawing.regions) <= MAX_REGIONS:
        return False
    slack = 0.01 * max(width, height)
    regions = drawing.regions
    # Every number of every region checked at once, not in a list made per region: 25 ms
    # instead of 35 at 5,000 regions.
    outlines = list(chain.from_iterable(region.outlines for region in regions))
    if sum(map(len, outlines)) > MAX_POINTS:
        return False
    coordinates = list(chain.from_iterable(chain.from_iterable(outlines)))
    coordinates += chain.from_iterable(region.bounds for region in regions)
    coordinates += chain.from_iterable(region.anchor for region in regions)
    if not (
        set(map(type, coordinates)) <= _NUMBERS
        and all(map(math.isfinite, coordinates))
        and -slack <= min(coordinates)
        and max(coordinates) <= max(width, height) + slack
    ):
        return False
    for region in regions:
        if not (
            region.id == f"{region.side}-{region.zone_id}"
            and region.view == view
            and type(region.evenodd) is bool
            and region.side in SIDES
            and len(region.bounds) == 4
            and len(region.anchor) == 2
        ):
            return False
    # Every region must name a zone that has its side (the window looks them up); a zone
    # without its region only goes unshown.
    sides = {zone.id: zone.sides for zone in data.zones}
    return all(region.side in sides.get(region.zone_id, ()) for region in drawing.regions)


def _in(path: Path, folder: Path | None) -> bool:
    return folder is not None and path.resolve().is_relative_to(folder.resolve())


def _drawing_passes(svg: bytes) -> bool:
    """Whether the drawing itself passes the checks that keep Qt safe (links to files, <use>
    bombs): the entry's word for it is not enough."""
    from .foot_map import check_drawing

    try:
        check_drawing(svg, "")
    except ChartError:
        return False
    return True


def _leaves(value: object) -> tuple[list[str], list[object]]:
    """Every value in the records and tuples under ``value`` that is neither: the texts, and
    the others."""
    texts: list[str] = []
    others: list[object] = []
    stack = [value]
    while stack:
        value = stack.pop()
        if type(value) is str:  # most are: asked first
            texts.append(value)
        elif isinstance(value, tuple):  # a record is one too
            stack += value
        else:
            others.append(value)
    return texts, others


def _sound_leaves(texts: list[str], others: list[object]) -> bool:
    """Texts within the limits, free of characters the parser refuses (an empty text is
    refused only where a text is required, which the entry no longer says), and line numbers.

    The texts are searched as one, joined by a space, which neither pattern matches: one
    search instead of four per text (tens of thousands in a large chart)."""
    if not all(leaf is None or type(leaf) is int for leaf in others):
        return False
    joined = " ".join(texts)
    return (
        max(map(len, texts), default=0) <= LONG_TEXT
        and not _DIRECTION_CONTROLS.search(joined)
        and not _NOT_TEXT.search(joined)
    )


@cache
def _faultless() -> re.Pattern[str]:
    """A text none of the faults below can be in, told in one match: a chart has tens of
    thousands. Compiled when a chart is parsed: one from the cache does not need it, and
    compiling it costs start-up about a millisecond."""
    return re.compile(
        f"[^{_INVISIBLE_CHARACTERS}{_NOT_TEXT_CHARACTERS}{_DIRECTION_CHARACTERS}]"
        f"[^{_NOT_TEXT_CHARACTERS}{_DIRECTION_CHARACTERS}]*"
    )


def text_faults(value: str, limit: int) -> list[Fault]:
    """What is wrong with a text of a chart, its white space already collapsed to spaces."""
    if len(value) <= limit and _faultless().fullmatch(value):
        return []
    faults: list[Fault] = []
    if _INVISIBLE.fullmatch(value):
        faults.append(("yaml.empty-text", {}))
    if len(value) > limit:
        faults.append(("yaml.too-long", {"limit": limit}))
    hidden = _DIRECTION_CONTROLS.search(value)
    if hidden:
        faults.append(("yaml.direction-mark", {"character": f"{ord(hidden.group()):04X}"}))
    wrong = _NOT_TEXT.search(value)
    if wrong:
        code = "yaml.surrogate" if wrong.group() >= "\ud800" else "yaml.control-character"
        faults.append((code, {"character": f"{ord(wrong.group()):04X}"}))
    return faults


def read_file(path: Path, limit: int) -> bytes:
    """The file's bytes, but no more than one past the limit: the parser then refuses it."""
    try:
        return chart_cache.read_at_most(path, limit)
    except OSError as error:
        reason = error.strerror or str(error)
        raise ChartError([Problem(str(path), "file.unreadable", {"reason": reason})]) from None


def _parse(
    parse: Callable[[bytes, str], T], content: bytes | None, path: Path, problems: list[Problem]
) -> T | None:
    if content is None:
        return None  # unreadable, already reported
    return _attempt(lambda: parse(content, str(path)), problems)


def _attempt(load: Callable[[], T], problems: list[Problem]) -> T | None:
    try:
        return load()
    except ChartError as error:
        problems.extend(error.problems)
        return None
