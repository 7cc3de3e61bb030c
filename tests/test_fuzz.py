"""Fuzzing the loaders: whatever the bytes, only ChartError may come out.

The number of inputs per test is REFLEXMAP_FUZZ_EXAMPLES (default 150); CI runs a longer
pass. Run with --hypothesis-show-statistics to see how many inputs were tried.
"""

import math
import os
from collections.abc import Callable

from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from reflexmap.core.errors import ChartError
from reflexmap.core.foot_map import load_foot_map
from reflexmap.core.zones_file import load_zones
from reflexmap.resources import bundled_map_file, bundled_zones_file

EXAMPLES = int(os.environ.get("REFLEXMAP_FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
ZONES = bundled_zones_file().read_bytes()
MAP = bundled_map_file().read_bytes()

# Each edit: where (any position), what byte, and whether to replace, cut or insert.
edits = st.lists(
    st.tuples(st.integers(0, 10**6), st.integers(0, 255), st.sampled_from("rci")), max_size=10
)


def mutate(data: bytes, changes: list[tuple[int, int, str]]) -> bytes:
    mutable = bytearray(data)
    for position, value, kind in changes:
        at = position % (len(mutable) or 1)
        if kind == "r" and mutable:
            mutable[at] = value
        elif kind == "c":
            del mutable[at : at + value % 64]
        else:
            mutable[at:at] = bytes([value]) * (value % 5 + 1)
    return bytes(mutable)


def only_chart_errors(load: Callable[..., object], data: str | bytes) -> None:
    """Loading either works or raises ChartError with at least one problem; nothing else."""
    try:
        load(data, "fuzzed")
    except ChartError as error:
        problems = error.problems
    else:
        return
    assert problems


@FUZZ
@given(edits)
@example([(0, 0, "i")])  # a NUL at the start: PyYAML's reader raised outside the parser
def test_zones_loader_on_mutated_files(changes: list[tuple[int, int, str]]) -> None:
    only_chart_errors(load_zones, mutate(ZONES, changes))


@FUZZ
@given(edits)
@example([(31, 45, "r")])  # encoding="U-F-8": expat raised LookupError
def test_map_loader_on_mutated_files(changes: list[tuple[int, int, str]]) -> None:
    only_chart_errors(load_foot_map, mutate(MAP, changes))


@FUZZ
@given(st.binary(max_size=2000))
def test_zones_loader_on_any_bytes(data: bytes) -> None:
    only_chart_errors(load_zones, data)


@FUZZ
@given(st.binary(max_size=2000))
def test_map_loader_on_any_bytes(data: bytes) -> None:
    only_chart_errors(load_foot_map, data)


@FUZZ
@given(st.text(max_size=500))
def test_zones_loader_on_any_text(text: str) -> None:
    only_chart_errors(load_zones, text)


# Structure-aware drawings: real SVG elements and attributes, with numbers at the float
# limits, transforms, <use> references and region ids, so that inputs reach the geometry.
ORDINARY = st.integers(1, 100).map(str)
EXTREMES = st.sampled_from(
    ["0", "-0", "1e308", "-1e308", "1.7e308", "1e-308", "1e300", "4.9e-324", "1e999", "-1", "1e9"]
)
# Mostly ordinary, so that many inputs load and reach the geometry.
NUMBERS = st.one_of(
    *[ORDINARY] * 6,
    EXTREMES,
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.integers(-1000, 1000).map(str),
)
VALUES = NUMBERS | st.sampled_from(["nan", "inf", "100%", "10mm", ".5e-3", "evenodd", "hidden"])
REGION_IDS = [f"{side}-{zone}" for side in ("left", "right") for zone in ("heel", "toe", "arch")]
IDS = st.sampled_from([*REGION_IDS, "a", "b", "heel", ""])
ARGUMENT_COUNTS = {"matrix": 6, "translate": 2, "scale": 1, "rotate": 3, "skewX": 1, "skewY": 1}
TRANSFORMS = st.one_of(
    st.just(""),
    st.lists(
        st.sampled_from(sorted(ARGUMENT_COUNTS)).flatmap(
            lambda name: st.lists(
                NUMBERS, min_size=ARGUMENT_COUNTS[name], max_size=ARGUMENT_COUNTS[name]
            ).map(lambda numbers: f"{name}({' '.join(numbers)})")
        ),
        max_size=3,
    ).map(" ".join),
)
PATH_DATA = st.lists(
    st.tuples(st.sampled_from("MLHVCSQTAZmlhvcsqtaz"), st.lists(NUMBERS, max_size=7)).map(
        lambda t: t[0] + ",".join(t[1])
    ),
    max_size=8,
).map(" ".join)
ATTRIBUTES = st.dictionaries(
    st.sampled_from(
        [
            *("x", "y", "width", "height", "r", "rx", "ry", "cx", "cy", "points", "opacity"),
            *("viewBox", "fill-rule", "visibility", "display", "style"),
        ]
    ),
    VALUES,
    max_size=4,
)
SHAPES = ["path", "rect", "circle", "ellipse", "polygon", "polyline", "line", "g", "use"]
TAGS = SHAPES * 4 + ["svg", "symbol", "defs", "mask", "switch", "image", "text", "marker"]


# Mostly references that load (none, or to an element), so that inputs get past the scan.
# (Weights by repetition in one list: one_of drops repeated strategies.)
HREFS = st.sampled_from(
    ["", *[""] * 50, *["#a", "#b", "#left-heel"] * 3, "data:image/png;base64,", "f.png"]
)
PLAIN_SIZE = st.builds(lambda w, h: {"width": w, "height": h}, ORDINARY, ORDINARY)
VIEW_BOX = st.builds(
    lambda w, h, k: {"width": w, "height": h, "viewBox": f"0 0 {int(w) * k} {int(h) * k}"},
    ORDINARY,
    ORDINARY,
    st.integers(1, 5),
)
ANY_SIZE = st.fixed_dictionaries(
    {"width": VALUES, "height": VALUES},
    optional={"viewBox": st.lists(VALUES, min_size=4, max_size=4).map(" ".join)},
)
# Mostly a plain size, or a viewBox in its proportions; sometimes anything.
ROOTS = st.integers(0, 5).flatmap(
    lambda n: PLAIN_SIZE if n < 3 else VIEW_BOX if n < 5 else ANY_SIZE
)


def element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    def build(
        tag: str,
        attributes: dict[str, str],
        element_id: str,
        region: bool,
        d: str,
        transform: str,
        href: str,
        inside: list[str],
    ) -> str:
        written = {**attributes, "id": element_id, "d": d, "transform": transform}
        if region:
            written["class"] = "region"
        if href:
            written["xlink:href"] = href
        text = " ".join(f'{k}="{v}"' for k, v in written.items() if v)
        return f"<{tag} {text}>{''.join(inside)}</{tag}>"

    return st.builds(
        build,
        st.sampled_from(TAGS),
        ATTRIBUTES,
        IDS,
        st.booleans(),
        PATH_DATA,
        TRANSFORMS,
        HREFS,
        st.lists(children, max_size=3),
    )


DRAWINGS = st.builds(
    lambda attributes, body: (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        + " ".join(f'{k}="{v}"' for k, v in attributes.items())
        + f">{''.join(body)}</svg>"
    ).encode(),
    ROOTS,
    st.lists(st.recursive(st.just("<g/>"), element, max_leaves=12), min_size=1, max_size=4),
)


@FUZZ
@given(DRAWINGS)
@example(  # path data on a <rect>: svgelements read it and failed on "v" without a number
    b'<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1">'
    b'<rect id="left-heel" d="v" class="region"></rect></svg>'
)
@example(  # a curve before any move: svgelements gives it no start point
    b'<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1">'
    b'<path id="left-heel" class="region" d="C1,1,1,1,1,1"/></svg>'
)
def test_map_loader_on_structured_drawings(data: bytes) -> None:
    try:
        foot_map = load_foot_map(data, "fuzzed")
    except ChartError as error:  # the only way to fail, with at least one problem
        event(error.problems[0].code)  # the statistics show what the inputs reached
        return
    event("loaded")
    for region in foot_map.regions:
        numbers = [*region.bounds, *region.anchor, region.area]
        numbers += [v for outline in region.outlines for point in outline for v in point]
        assert all(math.isfinite(v) for v in numbers), region.id
