"""The chart cache: a hit gives exactly what parsing gives, and anything doubtful is parsed."""

import base64
import json
import math
import os
import shutil
import sys
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reflexmap.cli import main
from reflexmap.core import chart_cache, foot_map, loader, model, zones_file
from reflexmap.core.errors import ChartError
from reflexmap.core.foot_map import CheckedDrawing
from reflexmap.core.loader import load_chart
from reflexmap.core.model import Chart, View
from tests.conftest import copy_bundled_chart


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the bundled chart, free to edit."""
    return copy_bundled_chart(tmp_path)


def refuse_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Makes any parse fail loudly, to show that a chart came from the cache."""

    def refuse(*_: object) -> None:
        raise AssertionError("parsed instead of read from the cache")

    monkeypatch.setattr(zones_file, "load_zones", refuse)
    monkeypatch.setattr(foot_map, "check_foot_map", refuse)


def test_a_cached_chart_equals_the_parsed_one(
    files: tuple[Path, Path], tmp_path: Path, chart: Chart, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = load_chart(*files, tmp_path / "cache")
    assert parsed == chart
    refuse_parsing(monkeypatch)
    cached = load_chart(*files, tmp_path / "cache")
    assert cached == parsed
    assert cached.foot_map.svg == parsed.foot_map.svg == files[1].read_bytes()
    # Fields left out of equality, and types JSON does not keep, come back too.
    assert [z.line for z in cached.zones] == [z.line for z in parsed.zones]
    assert [r.line for r in cached.regions] == [r.line for r in parsed.regions]
    assert type(cached.zones[0].sides) is tuple
    assert type(cached.regions[0].outlines[0][0]) is tuple
    # The zones' colours too, not worked out again.
    assert cached.zone_styles() == parsed.zone_styles()


def test_an_entry_keeps_each_record_as_an_object_of_its_fields(
    files: tuple[Path, Path], tmp_path: Path
) -> None:
    """The entry's format: records by field name (JSON would write a tuple as a list)."""
    load_chart(*files, tmp_path / "cache")
    (entry,) = (tmp_path / "cache").iterdir()
    data = json.loads(entry.read_text())
    zone_data = data["zone_data"]
    assert list(zone_data) == [
        *("info", "techniques", "indications", "red_flags", "contraindications", "zones"),
        *("drawings", "language"),
    ]
    assert list(zone_data["info"]) == ["name", "source", "disclaimer", "note"]
    assert list(zone_data["techniques"][0]) == ["id", "name", "how"]
    assert list(zone_data["red_flags"]) == ["notice", "signs"]
    assert list(zone_data["red_flags"]["signs"][0]) == ["term", "synonyms"]
    assert list(zone_data["drawings"][0]) == ["view", "path", "line"]
    zone = zone_data["zones"][0]
    assert list(zone) == [
        *("id", "name", "sides", "location", "claim", "associations", "symptoms", "technique"),
        *("cautions", "source", "views", "kind", "note", "system", "line"),
    ]
    assert list(zone["symptoms"][0]) == ["term", "synonyms"]
    assert list(zone["technique"]) == ["movement", "pressure", "duration", "direction", "uses"]
    assert list(data["views"]["plantar"]["regions"][0]) == [
        *("id", "side", "zone_id", "outlines", "bounds", "area", "anchor", "view", "line"),
        "evenodd",
    ]


def test_a_cached_chart_keeps_its_colours(
    files: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = load_chart(*files, tmp_path / "cache")
    colours = {zone.id: parsed.colour(zone.id) for zone in parsed.zones}

    def refuse(*_: object) -> None:
        raise AssertionError("colours worked out again")

    monkeypatch.setattr(model, "assign_colours", refuse)
    cached = load_chart(*files, tmp_path / "cache")
    assert {zone.id: cached.colour(zone.id) for zone in cached.zones} == colours


def test_an_edited_file_is_parsed_again(files: tuple[Path, Path], tmp_path: Path) -> None:
    zones, drawing = files
    load_chart(zones, drawing, tmp_path / "cache")
    zones.write_text(zones.read_text().replace("name: Heel centre", "name: The heel"))
    assert load_chart(zones, drawing, tmp_path / "cache").zone("heel").name == "The heel"


def test_an_edit_that_breaks_the_chart_is_reported_not_served_from_the_cache(
    files: tuple[Path, Path], tmp_path: Path
) -> None:
    zones, drawing = files
    load_chart(zones, drawing, tmp_path / "cache")
    zones.write_text(zones.read_text().replace("zones:", "zones: [", 1))
    for _ in range(2):  # nor is the broken chart cached
        with pytest.raises(ChartError, match=str(zones)):
            load_chart(zones, drawing, tmp_path / "cache")


@pytest.mark.parametrize("damage", [b"", b"{not json", b"[]", b'{"key": 1}', b"\xff\xfe"])
def test_a_damaged_cache_entry_is_ignored_and_replaced(
    files: tuple[Path, Path], tmp_path: Path, chart: Chart, damage: bytes
) -> None:
    load_chart(*files, tmp_path / "cache")
    (entry,) = (tmp_path / "cache").iterdir()
    entry.write_bytes(damage)
    assert load_chart(*files, tmp_path / "cache") == chart
    assert entry.read_bytes() != damage


def test_an_entry_with_the_right_key_but_a_wrong_shape_is_parsed_again(
    files: tuple[Path, Path], tmp_path: Path, chart: Chart
) -> None:
    load_chart(*files, tmp_path / "cache")
    (entry,) = (tmp_path / "cache").iterdir()
    entry.write_text(entry.read_text().replace('"zones":', '"zonez":'))
    assert load_chart(*files, tmp_path / "cache") == chart


def test_a_cache_that_cannot_be_written_only_costs_time(
    files: tuple[Path, Path], tmp_path: Path, chart: Chart
) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder would go")
    assert load_chart(*files, blocker) == chart
    assert load_chart(*files, blocker) == chart
    assert sorted(p.name for p in tmp_path.iterdir()) == ["assets", "cache", "data"]


def test_terminal_commands_use_the_cache_but_validate_always_parses(
    files: tuple[Path, Path], cache_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    chart_files = ["--zones", str(files[0]), "--map", str(files[1])]
    assert main([*chart_files, "zones"]) == 0
    # An entry that lies about the chart shows which commands read it.
    (entry,) = cache_dir.iterdir()
    data = json.loads(entry.read_text())
    data["zone_data"]["zones"][0]["name"] = "Cached heel"
    data["views"]["plantar"]["regions"].pop()
    entry.write_text(json.dumps(data))
    capsys.readouterr()
    assert main([*chart_files, "zones"]) == 0
    assert "Cached heel" in capsys.readouterr().out
    assert main([*chart_files, "validate"]) == 0
    assert capsys.readouterr().out.strip().endswith("OK, 18 zones, 47 regions on 4 view(s)")


def test_editing_the_code_that_makes_charts_retires_entries(
    files: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = tmp_path / "foot_map.py"
    code.write_text("# the parser")
    monkeypatch.setattr(chart_cache, "CHART_CODE", (code,))
    parse = foot_map.check_foot_map
    parsed: list[str] = []

    def counting_parse(data: bytes, name: str, view: View = "plantar") -> CheckedDrawing:
        parsed.append(name)
        return parse(data, name, view)

    monkeypatch.setattr(foot_map, "check_foot_map", counting_parse)
    load_chart(*files, tmp_path / "cache")
    load_chart(*files, tmp_path / "cache")
    assert len(parsed) == 4  # each of the four views' drawings, once
    os.utime(code, ns=(0, code.stat().st_mtime_ns + 1))
    load_chart(*files, tmp_path / "cache")
    assert len(parsed) == 8


def test_entries_are_per_pair_of_files(files: tuple[Path, Path], tmp_path: Path) -> None:
    zones, drawing = files
    other = zones.with_name("other.yaml")
    shutil.copy(zones, other)
    load_chart(zones, drawing, tmp_path / "cache")
    load_chart(other, drawing, tmp_path / "cache")
    load_chart(zones, drawing, tmp_path / "cache")
    assert len(list((tmp_path / "cache").iterdir())) == 2


def test_the_default_cache_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert chart_cache.default_cache_dir() == tmp_path / "reflexmap"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert chart_cache.default_cache_dir() == Path.home() / ".cache" / "reflexmap"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_special_files_are_refused_before_reading(tmp_path: Path, files: tuple[Path, Path]) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for special in (fifo, Path("/dev/zero"), tmp_path):
        with pytest.raises(ChartError, match="cannot read: "):
            load_chart(special, files[1])


def test_a_huge_sparse_file_is_refused_reading_no_more_than_the_limit(
    tmp_path: Path, files: tuple[Path, Path]
) -> None:
    sparse = tmp_path / "huge.svg"
    with sparse.open("wb") as file:
        file.truncate(3_000_000_000)
    with pytest.raises(ChartError, match="file is larger than 5 MB"):
        load_chart(files[0], sparse)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_a_cache_entry_that_is_a_fifo_is_ignored(tmp_path: Path, files: tuple[Path, Path]) -> None:
    cache = tmp_path / "cache"
    load_chart(*files, cache)
    (entry,) = cache.iterdir()
    entry.unlink()
    os.mkfifo(tmp_path / "fifo")
    entry.symlink_to(tmp_path / "fifo")
    assert load_chart(*files, cache).zones


def outlines(entry: Any) -> list[Any]:
    """The first region's outlines in an entry: each its points' doubles, in Base64."""
    found: list[Any] = entry["views"]["plantar"]["regions"][0]["outlines"]
    return found


def packed(*numbers: float) -> str:
    return base64.b64encode(array("d", numbers)).decode()


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d["zone_data"]["zones"][0].update(name="x" * 10_000_000),
        lambda d: d["zone_data"]["zones"][0].update(name="\x1b[31mred"),
        lambda d: d["zone_data"]["zones"][0].update(name=["a list"]),
        lambda d: d["zone_data"]["zones"][0]["technique"].update(uses=["unknown"]),
        lambda d: d["zone_data"]["zones"][0].update(sides=["middle"]),
        lambda d: d["views"]["plantar"]["regions"][0].update(zone_id="nowhere", id="left-nowhere"),
        lambda d: outlines(d).append(packed(1e308, 1e308, 1, 1, 2, 2)),
        lambda d: outlines(d).append(packed(math.nan, 1, 1, 1, 2, 2)),
        lambda d: outlines(d).__setitem__(0, packed(1, 2, 3)),
        lambda d: outlines(d).__setitem__(0, "not Base64!"),
        lambda d: outlines(d).__setitem__(0, [1, 2, 3, 4, 5, 6]),
        lambda d: d["views"]["plantar"]["regions"][0].update(anchor=[0]),
        lambda d: d["views"]["plantar"].update(width=-1),
        lambda d: d["views"]["plantar"]["regions"][0].update(outlines=[packed(*[1, 2] * 200_000)]),
        lambda d: d["styles"]["colours"].__setitem__(0, "#000000"),
        lambda d: d["styles"]["hatches"].__setitem__(0, 99),
        lambda d: d["styles"]["hatches"].__setitem__(0, True),
        lambda d: d["styles"]["colours"].pop(),
    ],
)
def test_an_edited_entry_is_not_trusted(
    files: tuple[Path, Path], cache_dir: Path, chart: Chart, edit: Callable[[Any], None]
) -> None:
    load_chart(*files, cache_dir)
    (entry,) = cache_dir.iterdir()
    data = json.loads(entry.read_text())
    edit(data)
    entry.write_text(json.dumps(data))
    assert load_chart(*files, cache_dir) == chart


def test_an_entry_vouching_for_a_drawing_that_links_to_a_file_is_not_trusted(
    files: tuple[Path, Path], cache_dir: Path
) -> None:
    zones, drawing = files
    load_chart(zones, drawing, cache_dir)
    (entry,) = cache_dir.iterdir()
    linked = drawing.read_text().replace("</svg>", '<image href="/dev/zero"/></svg>')
    drawing.write_text(linked)
    data = json.loads(entry.read_text())
    data["key"] = chart_cache._key((zones.read_bytes(), drawing.read_bytes()))
    entry.write_text(json.dumps(data))
    with pytest.raises(ChartError, match="refers to '/dev/zero' outside the drawing"):
        load_chart(zones, drawing, cache_dir)


def test_only_the_programs_own_drawings_go_unchecked_from_the_cache(
    files: tuple[Path, Path], cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    zones, drawing = files
    chart = load_chart(zones, drawing, cache_dir)
    checked: list[bytes] = []

    def passes(svg: bytes) -> bool:
        checked.append(svg)
        return True

    monkeypatch.setattr(loader, "_drawing_passes", passes)
    assert load_chart(zones, drawing, cache_dir, installed=tmp_path / "elsewhere") == chart
    assert len(checked) == len(chart.views)
    assert drawing.read_bytes() in checked
    checked.clear()
    # The copy's folder of drawings as the program's own: none is checked again.
    assert load_chart(zones, drawing, cache_dir, installed=drawing.parent) == chart
    assert checked == []


def test_a_chart_is_cached_when_the_caller_says(
    files: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    later: list[Callable[[], None]] = []
    parsed = load_chart(*files, tmp_path / "cache", later=later)
    assert not (tmp_path / "cache").exists()  # not before the window shows
    (store,) = later
    store()
    refuse_parsing(monkeypatch)
    again: list[Callable[[], None]] = []
    assert load_chart(*files, tmp_path / "cache", later=again) == parsed
    assert again == []  # a chart from the cache has nothing to store
