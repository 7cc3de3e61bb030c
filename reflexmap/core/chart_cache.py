"""A cache of checked charts, so that the window opens without parsing YAML and SVG again.

An entry is JSON (never pickle: a cache file is only data) and holds the chart parsed from
exactly these bytes by this version of reflexmap; anything else is a miss. Only charts that
passed every check are stored, so a hit means the same answer a fresh load would give.
"""

from __future__ import annotations

import binascii
import json
import os
import stat
import sys
from array import array
from contextlib import suppress
from importlib.util import source_hash
from itertools import chain
from pathlib import Path
from typing import Any

from .. import __version__
from .geometry import Outline
from .model import (
    Chart,
    ChartInfo,
    DrawingRef,
    FootMap,
    RedFlags,
    Region,
    Symptom,
    Technique,
    View,
    Zone,
    ZoneData,
    ZoneStyles,
    ZoneTechnique,
)
from .palette import HATCHES, ZONE_COLOURS

MAX_ENTRY_BYTES = 20_000_000
"""Larger entries are not read: a chart within the loader's limits makes a smaller one."""
FORMAT = 7
"""Bumped whenever the model or its encoding changes."""
CHART_CODE = tuple(
    Path(__file__).with_name(f"{module}.py")
    for module in (
        *("chart_cache", "chart_translation", "foot_map", "geometry", "loader", "model"),
        *("palette", "zones_file"),
    )
)
"""The code that makes a chart: editing it in a checkout retires the entries it made."""


def default_cache_dir() -> Path:
    """The platform's per-user cache folder for reflexmap."""
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local") / "reflexmap"
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / "reflexmap"
    return Path(os.environ.get("XDG_CACHE_HOME") or home / ".cache") / "reflexmap"


def read_at_most(path: Path, limit: int) -> bytes:
    """A regular file's first ``limit`` + 1 bytes (enough to tell it is too large).

    Anything else (a FIFO, a device, a folder) raises OSError before a byte is read: a FIFO
    would block and /dev/zero never ends. The loader reads charts this way too.
    """
    # Non-blocking, so that opening a FIFO does not wait for a writer.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as file:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(0, "not a regular file")
        return file.read(limit + 1)


def read(
    cache_dir: Path,
    zones_file: Path,
    map_file: Path | None,
    zones_bytes: bytes,
    drawing_limit: int,
    translation: tuple[Path, bytes] | None = None,
) -> tuple[Chart, dict[Path, bytes]] | None:
    """The cached chart for this zones file (and drawing, if one was given, and translation
    file with its bytes) when the zones file and every drawing the entry names still have
    exactly the bytes it was made from, with those drawings' bytes by file; else None."""
    try:
        entry = json.loads(
            read_at_most(_entry_path(cache_dir, zones_file, map_file, translation), MAX_ENTRY_BYTES)
        )
        paths = {view: Path(path) for view, path in entry["drawings"].items()}
        svgs = {view: read_at_most(path, drawing_limit) for view, path in paths.items()}
        if entry.get("key") != _key((*_sources(zones_bytes, translation), *svgs.values())):
            return None
        maps = {view: _foot_map(entry["views"][view], svgs[view]) for view in svgs}
        plantar = maps.pop("plantar")
        zone_data = _zone_data(entry["zone_data"])
        styles = _styles(entry["styles"], zone_data.zones)
        return Chart(zone_data, plantar, maps, styles), {paths[v]: svgs[v] for v in svgs}
    except (OSError, ValueError, LookupError, TypeError, AttributeError):
        return None  # missing, unreadable or damaged: parse again


def write(
    cache_dir: Path,
    zones_file: Path,
    map_file: Path | None,
    zones_bytes: bytes,
    drawings: dict[View, Path],
    chart: Chart,
    translation: tuple[Path, bytes] | None = None,
) -> None:
    """Store the chart, atomically; a cache that cannot be written is simply not used."""
    views = {}
    for view in chart.views:
        drawing = chart.drawing(view)
        # Not the drawing itself: its file is read on every load anyway.
        regions = [_region_entry(region) for region in drawing.regions]
        views[view] = {"width": drawing.width, "height": drawing.height, "regions": regions}
    svgs = (chart.drawing(view).svg for view in chart.views)
    colours, hatches = chart.zone_styles()
    entry = {
        "key": _key((*_sources(zones_bytes, translation), *svgs)),
        "drawings": {view: str(drawings[view].resolve()) for view in chart.views},
        "zone_data": _zone_data_entry(chart.zone_data),
        "views": views,
        "styles": {
            "colours": [colours[zone.id] for zone in chart.zones],
            "hatches": [hatches[zone.id] for zone in chart.zones],
        },
    }
    path = _entry_path(cache_dir, zones_file, map_file, translation)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # dumps(), not dump(): only the one-shot encoder is C.
        text = json.dumps(entry, ensure_ascii=False, separators=(",", ":"))
        with temporary.open("x", encoding="utf-8") as file:
            file.write(text)
        os.replace(temporary, path)
    except (OSError, ValueError):  # ValueError: text UTF-8 cannot hold, if one got through
        with suppress(OSError):  # there may be no file, or no folder, to remove
            temporary.unlink()


def _entry_path(
    cache_dir: Path,
    zones_file: Path,
    map_file: Path | None,
    translation: tuple[Path, bytes] | None,
) -> Path:
    # One entry per zones file (and drawing and translation given with it), so that editing
    # a chart replaces its entry.
    files = (zones_file, map_file, translation[0] if translation else None)
    names = "\0".join(str(path.resolve()) for path in files if path)
    return cache_dir / f"chart-{source_hash(names.encode()).hex()}.json"


def _sources(zones_bytes: bytes, translation: tuple[Path, bytes] | None) -> tuple[bytes, ...]:
    return (zones_bytes,) if translation is None else (zones_bytes, translation[1])


def _key(contents: tuple[bytes, ...]) -> str:
    # The hash Python checks its own bytecode caches with; hashlib would add 4 ms to start-up.
    digests = ":".join(source_hash(content).hex() for content in contents)
    # The byte order too: outlines are stored as this machine's doubles.
    return f"{FORMAT}:{sys.byteorder}:{__version__}:{_code_stamp()}:{digests}"


def _code_stamp() -> str:
    try:
        return ",".join(str(path.stat().st_mtime_ns) for path in CHART_CODE)
    except OSError:
        return "unknown"  # installed without sources: the version alone tells


def _zone_data_entry(data: ZoneData) -> dict[str, Any]:
    """Each record as an object of its fields (JSON would write a NamedTuple as a list). Only
    the records are copied, not what is in them: asdict() took 763 ms at 5,000 regions."""
    return {
        **data._asdict(),
        "info": data.info._asdict(),
        "techniques": [technique._asdict() for technique in data.techniques],
        "indications": _symptoms_entry(data.indications),
        "red_flags": {**data.red_flags._asdict(), "signs": _symptoms_entry(data.red_flags.signs)},
        "zones": [zone.as_dict() for zone in data.zones],
        "drawings": [drawing._asdict() for drawing in data.drawings],
    }


def _symptoms_entry(symptoms: tuple[Symptom, ...]) -> list[dict[str, Any]]:
    return [symptom._asdict() for symptom in symptoms]


def _symptom(data: dict[str, Any]) -> Symptom:
    return Symptom(data["term"], tuple(data["synonyms"]))


def _zone_data(data: dict[str, Any]) -> ZoneData:
    red_flags = data["red_flags"]
    return ZoneData(
        info=ChartInfo(**data["info"]),
        techniques=tuple(Technique(**technique) for technique in data["techniques"]),
        indications=tuple(map(_symptom, data["indications"])),
        red_flags=RedFlags(red_flags["notice"], tuple(map(_symptom, red_flags["signs"]))),
        contraindications=tuple(data["contraindications"]),
        zones=tuple(map(_zone, data["zones"])),
        drawings=tuple(DrawingRef(**drawing) for drawing in data["drawings"]),
        language=data["language"],
    )


def _zone(data: dict[str, Any]) -> Zone:
    technique = data["technique"]
    return Zone(
        id=data["id"],
        name=data["name"],
        sides=tuple(data["sides"]),
        location=data["location"],
        claim=data["claim"],
        associations=tuple(data["associations"]),
        symptoms=tuple(map(_symptom, data["symptoms"])),
        technique=ZoneTechnique(**{**technique, "uses": tuple(technique["uses"])}),
        cautions=tuple(data["cautions"]),
        source=data["source"],
        views=tuple(data["views"]),
        kind=data["kind"],
        note=data["note"],
        system=data["system"],
        line=data["line"],
    )


def _foot_map(data: dict[str, Any], svg: bytes) -> FootMap:
    return FootMap(data["width"], data["height"], tuple(map(_region, data["regions"])), svg)


def _region_entry(region: Region) -> dict[str, Any]:
    # Each outline as its points' doubles, in Base64: reading 5,000 regions' 100,000 points
    # written as decimal numbers took 40 ms.
    entry = region._asdict()
    entry["outlines"] = [_packed(outline) for outline in region.outlines]
    return entry


def _packed(outline: Outline) -> str:
    return binascii.b2a_base64(array("d", chain.from_iterable(outline)), newline=False).decode()


def _unpacked(text: str) -> Outline:
    numbers = array("d", binascii.a2b_base64(text, strict_mode=True))
    return tuple(zip(numbers[::2], numbers[1::2], strict=True))


def _region(data: dict[str, Any]) -> Region:
    return Region(
        id=data["id"],
        side=data["side"],
        zone_id=data["zone_id"],
        outlines=tuple(map(_unpacked, data["outlines"])),
        bounds=tuple(data["bounds"]),
        area=data["area"],
        anchor=tuple(data["anchor"]),
        view=data["view"],
        line=data["line"],
        evenodd=data["evenodd"],
    )


_COLOURS = frozenset(ZONE_COLOURS)


def _styles(data: dict[str, Any], zones: tuple[Zone, ...]) -> ZoneStyles:
    """The zones' colours and hatches, each one the palette has; ValueError if not."""
    colours, hatches = data["colours"], data["hatches"]
    if not (
        len(colours) == len(hatches) == len(zones)
        and set(colours) <= _COLOURS
        and all(type(hatch) is int and 0 <= hatch < len(HATCHES) for hatch in hatches)
    ):
        raise ValueError("styles not from the palette")
    ids = [zone.id for zone in zones]
    return dict(zip(ids, colours, strict=True)), dict(zip(ids, hatches, strict=True))
