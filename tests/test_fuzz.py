"""Fuzzing the loaders: whatever the bytes, only ChartError may come out.

The number of inputs per test is REFLEXMAP_FUZZ_EXAMPLES (default 150); CI runs a longer
pass. Run with --hypothesis-show-statistics to see how many inputs were tried.
"""

import os
from collections.abc import Callable

from hypothesis import HealthCheck, example, given, settings
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
