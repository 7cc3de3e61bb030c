"""Plain polygon geometry: the fast paths give exactly what the plain definitions give."""

from itertools import combinations

from hypothesis import given
from hypothesis import strategies as st

from reflexmap.core.geometry import Bounds, near_pairs

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
