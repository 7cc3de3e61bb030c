"""Plain polygon geometry: the fast paths give exactly what the plain definitions give."""

from itertools import combinations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reflexmap.core.geometry import Bounds, Outline, label_point, near_pairs, spans

coordinate = st.floats(-50, 1000, allow_nan=False)
box = st.tuples(coordinate, coordinate, st.floats(0, 400), st.floats(0, 60)).map(
    lambda b: (b[0], b[1], b[0] + b[2], b[1] + b[3])
)


def every_near_pair(boxes: list[Bounds], gap: float) -> set[tuple[int, int]]:
    """Each pair compared: what near_pairs() must find without comparing them all."""
    return {
        (i, j)
        for (i, a), (j, b) in combinations(enumerate(boxes), 2)
        if b[0] - gap <= a[2] and a[0] - gap <= b[2] and b[1] - gap <= a[3] and a[1] - gap <= b[3]
    }


@given(st.lists(box, max_size=60), st.floats(0, 30))
def test_near_pairs_are_every_pair_within_the_gap(boxes: list[Bounds], gap: float) -> None:
    assert near_pairs(boxes, gap) == every_near_pair(boxes, gap)


def test_near_pairs_of_a_grid_of_small_boxes_and_a_few_large_ones() -> None:
    small = [(x * 10.0, y * 10.0, x * 10.0 + 8, y * 10.0 + 8) for x in range(30) for y in range(30)]
    large = [(0.0, 0.0, 300.0, 300.0), (140.0, -5.0, 160.0, 305.0)]
    boxes = small + large
    pairs = near_pairs(boxes, 2.0)
    assert pairs == every_near_pair(boxes, 2.0)
    assert (0, 1) in pairs  # within the gap
    assert (0, 31) in pairs  # diagonally
    assert (0, 2) not in pairs


def square(left: float, top: float, size: float, clockwise: bool = True) -> Outline:
    corners = ((left, top), (left + size, top), (left + size, top + size), (left, top + size))
    return corners if clockwise else corners[::-1]


def inside(outlines: list[Outline], point: tuple[float, float], evenodd: bool = False) -> bool:
    return any(a < point[0] < b for a, b in spans(outlines, point[1], evenodd))


@pytest.mark.parametrize("evenodd", [True, False])
def test_a_label_point_is_in_a_ring_not_in_its_hole(evenodd: bool) -> None:
    # Even-odd, the inner square is a hole either way round; nonzero, only wound back.
    ring = [square(0, 0, 100), square(20, 20, 60, clockwise=evenodd)]
    x, y = label_point(ring, evenodd=evenodd)
    assert inside(ring, (x, y), evenodd)
    assert not inside([ring[1]], (x, y))


def test_a_label_point_keeps_clear_of_the_shapes_over_it() -> None:
    field = [square(0, 0, 100)]
    over = [[square(0, -30, 100)], [square(40, 75, 20)]]  # all but a strip at the bottom
    x, y = label_point(field, over)
    assert inside(field, (x, y))
    assert not any(inside(shape, (x, y)) for shape in over)
    assert y > 70
