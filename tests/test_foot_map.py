"""The drawing loader: regions with transforms applied, and clear errors for bad drawings."""

import pytest

from reflexmap.core.errors import ChartError
from reflexmap.core.foot_map import load_foot_map

SQUARE = "M0,0 L10,0 L10,10 L0,10 Z"


def svg(body: str, attributes: str = 'width="100" height="100"') -> bytes:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" {attributes}>\n{body}\n</svg>\n').encode()


def problems(data: bytes) -> list[str]:
    with pytest.raises(ChartError) as caught:
        load_foot_map(data, "m.svg")
    return [str(p) for p in caught.value.problems]


def test_regions_get_side_zone_area_and_transformed_outline() -> None:
    data = svg(
        f'<path id="left-heel" class="region" d="{SQUARE}"/>\n'
        f'<g transform="translate(100,0) scale(-1,1)">'
        f'<path id="right-heel" class="region other" d="{SQUARE}"/></g>\n'
        f'<path id="left-outline" d="{SQUARE}"/>',
        'width="200" height="100"',
    )
    foot_map = load_foot_map(data, "m.svg")
    left, right = foot_map.regions
    assert (left.id, left.side, left.zone_id, left.line) == ("left-heel", "left", "heel", 2)
    assert (right.side, right.zone_id) == ("right", "heel")
    assert left.area == pytest.approx(100)
    assert right.bounds == pytest.approx((90, 0, 100, 10))
    assert right.contains(95, 5)
    assert not right.contains(5, 5)
    assert (foot_map.width, foot_map.height) == (200, 100)


def test_viewbox_scaling_is_applied() -> None:
    data = svg(
        f'<path id="left-heel" class="region" d="{SQUARE}"/>',
        'width="50" height="50" viewBox="0 0 100 100"',
    )
    region = load_foot_map(data, "m.svg").regions[0]
    assert region.bounds == pytest.approx((0, 0, 5, 5))


def test_curves_and_ellipses_become_outlines() -> None:
    data = svg('<ellipse id="left-heel" class="region" cx="50" cy="50" rx="20" ry="10"/>')
    region = load_foot_map(data, "m.svg").regions[0]
    assert region.area == pytest.approx(3.14159 * 200, rel=0.01)
    assert region.contains(*region.anchor)


def test_anchor_avoids_a_smaller_region_on_top() -> None:
    data = svg(
        '<path id="left-arch" class="region" d="M0,0 L60,0 L60,60 L0,60 Z"/>'
        '<path id="left-deep-arch" class="region" d="M20,20 L40,20 L40,40 L20,40 Z"/>'
    )
    arch, deep = load_foot_map(data, "m.svg").regions
    assert arch.contains(*arch.anchor)
    assert not deep.contains(*arch.anchor)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "m.svg:1:1: not well-formed XML: no element found"),
        (b"\x00\x01garbage", "m.svg:1:1: not well-formed XML"),
        (b'<?xml version="1.0" encoding="U-F-8"?><svg/>', "m.svg:1:1: cannot read the XML"),
        (
            b"<html><body/></html>",
            "m.svg:1:1: the root element is <html>, not an SVG <svg> element",
        ),
        (
            svg('<path id="left-heel" class="region" d="M0,0">'),
            "m.svg:3:3: not well-formed XML: mismatched tag",
        ),
        (
            b'<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY a "aaaa">]>\n<svg/>',
            "m.svg:2:15: DOCTYPE and entity declarations are not allowed",
        ),
        (svg(f'<path class="region" d="{SQUARE}"/>'), "m.svg:2:1: a region has no id"),
        (
            svg(f'<path id="left-heel" class="region" d="{SQUARE}"/>' * 2),
            "m.svg:2:68: duplicate region id 'left-heel'",
        ),
        (
            svg(f'<path id="heel" class="region" d="{SQUARE}"/>'),
            "m.svg:2:1: region id 'heel' must be 'left-' or 'right-' followed by a zone id",
        ),
        (
            svg('<path id="left-heel" class="region" d="M0,0 L10,0 L20,0 Z"/>'),
            "m.svg:2:1: region 'left-heel' is empty (its area is zero)",
        ),
        (
            svg('<path id="left-heel" class="region" d=""/>'),
            "m.svg:2:1: region 'left-heel' is empty",
        ),
        (
            svg('<path id="left-heel" class="region" d="M0,0 L1e999,0 L10,10 Z"/>'),
            "m.svg:2:1: region 'left-heel' has coordinates that are not finite numbers",
        ),
        (
            svg(f'<path id="left-heel" class="region" style="display:none" d="{SQUARE}"/>'),
            "m.svg:2:1: region 'left-heel' is not drawn",
        ),
        (
            svg(f'<path id="left-heel" class="region" visibility="hidden" d="{SQUARE}"/>'),
            "m.svg:2:1: region 'left-heel' is hidden",
        ),
        (
            svg('<g id="left-heel" class="region"/>'),
            "m.svg:2:1: region 'left-heel' is a <g>, not a shape",
        ),
        (
            svg(f'<path id="left-heel" d="{SQUARE}"/>'),
            'm.svg: no regions: mark clickable shapes with class="region"',
        ),
    ],
)
def test_bad_drawings_are_reported_with_their_place(data: bytes, expected: str) -> None:
    found = problems(data)
    assert any(p.startswith(expected) for p in found), found


def test_a_shape_is_its_geometry_not_a_stray_d_attribute() -> None:
    data = svg(
        '<rect id="left-heel" class="region" x="10" y="10" width="5" height="5" '
        'd="M50,50 h20 v20 z" transform="translate(1,1)"/>'
    )
    region = load_foot_map(data, "m.svg").regions[0]
    assert region.bounds == pytest.approx((11, 11, 16, 16))


FEET = (
    '<g class="artwork"><path id="left-sole" d="M10,10 H45 V90 H10 Z"/>'
    '<path id="left-toe" d="M10,2 H20 V12 H10 Z"/>'
    '<path id="left-crease" class="detail" d="M0,0 H100 V100 H0 Z"/></g>'
    '<g transform="translate(100,0) scale(-1,1)" class="artwork">'
    '<path id="right-sole" d="M10,10 H45 V90 H10 Z"/></g>'
)


@pytest.mark.parametrize(
    ("region", "shape"),
    [
        ("left-heel", "M15,60 H40 V85 H15 Z"),  # inside the sole
        ("left-toe-tip", "M11,3 H19 V9 H11 Z"),  # in a toe: the outline is the shapes' union
        ("left-edge", "M10.5,20 H20 V90.5 H10.5 Z"),  # on the outline's stroke
        ("right-heel", "M60,60 H85 V85 H60 Z"),  # the right foot, mirrored
    ],
)
def test_a_region_inside_its_foot_outline_passes(region: str, shape: str) -> None:
    data = svg(f'{FEET}\n<path id="{region}" class="region" d="{shape}"/>')
    assert [r.id for r in load_foot_map(data, "m.svg").regions] == [region]


@pytest.mark.parametrize(
    ("region", "shape"),
    [
        ("left-heel", "M15,60 H40 V99 H15 Z"),  # below the sole
        ("left-heel", "M40,60 H70 V70 H40 Z"),  # between the feet
        ("left-heel", "M60,60 H85 V85 H60 Z"),  # on the other foot
        ("right-heel", "M15,60 H40 V85 H15 Z"),
    ],
)
def test_a_region_outside_its_foot_outline_is_reported(region: str, shape: str) -> None:
    data = svg(f'{FEET}\n<path id="{region}" class="region" d="{shape}"/>')
    side = region.split("-")[0]
    assert problems(data) == [
        f"m.svg:3:1: region '{region}' reaches outside the outline of the {side} foot"
    ]


def test_a_drawing_without_artwork_has_no_outline_to_check() -> None:
    data = svg('<path id="left-heel" class="region" d="M60,60 H95 V95 H60 Z"/>')
    assert len(load_foot_map(data, "m.svg").regions) == 1
