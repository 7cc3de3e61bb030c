"""Read the drawing (SVG) into Regions: outlines with every transform applied."""

from __future__ import annotations

import io
import math
import re
import xml.parsers.expat
from collections import defaultdict
from dataclasses import dataclass
from typing import cast

import svgelements as se

from .errors import ChartError, Problem
from .geometry import Outline, bounds, label_point, overlap, signed_area
from .loader import MAP_MAX_BYTES
from .model import FootMap, Region, Side

MAX_BYTES = MAP_MAX_BYTES
"""Larger files are refused (the loader reads no more than one byte past it)."""

MAX_DEPTH = 100
"""Elements nested deeper are refused: the bundled drawing nests four deep."""
MAX_REGIONS = 5_000
MAX_POINTS = 100_000
"""Outline points over all regions, after curves are flattened (the bundled drawing has
about 2,600): loading stays within a few seconds."""
REGION_CLASS = "region"
REGION_ID = re.compile(r"(left|right)-([a-z0-9]+(?:-[a-z0-9]+)*)")
_SVG_NAMESPACE = "http://www.w3.org/2000/svg"
_NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
_TRANSFORM = re.compile(r"\s*([a-zA-Z]+)\s*\(([^)]*)\)\s*,?")
_TRANSFORM_ARGUMENTS = {
    "matrix": {6},
    "translate": {1, 2},
    "scale": {1, 2},
    "rotate": {1, 3},
    "skewX": {1},
    "skewY": {1},
}
_CURVE_TOLERANCE = 3.0
"""Drawing units per straight piece of a flattened curve: finer than the drawing's lines."""
_MAX_CURVE_STEPS = 32


@dataclass(frozen=True)
class _Declared:
    """A region element as written in the file, before svgelements interprets it."""

    line: int
    column: int
    tag: str


def load_foot_map(data: bytes, source_name: str) -> FootMap:
    """Parse a drawing's clickable regions; raise ChartError listing every problem found."""
    problems: list[Problem] = []

    def report(code: str, where: _Declared, **args: str | int) -> None:
        problems.append(Problem(source_name, code, args, where.line, where.column))

    def fail(code: str, **args: str | int) -> ChartError:
        return ChartError([Problem(source_name, code, args)])

    if len(data) > MAX_BYTES:
        raise fail("svg.too-large", megabytes=MAX_BYTES // 1_000_000)
    declared = _scan(data, source_name)
    try:
        svg = se.SVG.parse(io.BytesIO(data), reify=True)
    except RecursionError:
        raise fail("svg.use-cycle") from None
    except Exception as error:  # svgelements raises many types; all mean "unreadable SVG"
        raise fail("svg.unreadable", detail=str(error)) from None
    width, height = float(svg.width), float(svg.height)
    if not (math.isfinite(width) and math.isfinite(height) and width > 0 and height > 0):
        raise fail("svg.no-size")
    if len(declared) > MAX_REGIONS:
        raise fail("svg.too-many-regions", limit=MAX_REGIONS)
    points = 0

    shapes: list[_Shape] = []
    drawn: set[str] = set()
    for element in svg.elements():
        element_id = element.id if isinstance(element, se.SVGElement) else None
        if element_id not in declared or element_id in drawn:
            continue
        drawn.add(element_id)
        where = declared[element_id]
        if not isinstance(element, se.Shape):
            report("svg.not-a-shape", where, region=element_id, tag=where.tag)
            continue
        match = REGION_ID.fullmatch(element_id)
        if match is None:
            report("svg.bad-region-id", where, region=element_id)
            continue
        if element.values.get("visibility") in ("hidden", "collapse"):
            report("svg.hidden", where, region=element_id)
            continue
        outlines = shape_outlines(element)
        points += sum(len(outline) for outline in outlines)
        if points > MAX_POINTS:
            args = {"limit": MAX_POINTS}
            raise ChartError(
                [Problem(source_name, "svg.too-detailed", args, where.line, where.column)]
            )
        if any(not (math.isfinite(x) and math.isfinite(y)) for o in outlines for x, y in o):
            report("svg.not-finite", where, region=element_id)
            continue
        area = sum(abs(signed_area(o)) for o in outlines)
        if not area > 0:
            report("svg.empty-region", where, region=element_id)
            continue
        left, top, right, bottom = bounds(outlines)
        slack = 0.01 * max(width, height)
        if left < -slack or top < -slack or right > width + slack or bottom > height + slack:
            report(
                "svg.outside", where, region=element_id, width=f"{width:g}", height=f"{height:g}"
            )
            continue
        shapes.append(
            _Shape(element_id, match.group(1), match.group(2), outlines, area, where.line)
        )
    for region_id, where in declared.items():
        if region_id not in drawn:
            report("svg.not-drawn", where, region=region_id)
    if not declared:
        problems.append(Problem(source_name, "svg.no-regions", {"class_name": REGION_CLASS}))
    if problems:
        raise ChartError(problems)
    shapes.sort(key=lambda shape: shape.line)
    return FootMap(width, height, _regions(shapes), data)


@dataclass(frozen=True)
class _Shape:
    id: str
    side: str
    zone_id: str
    outlines: tuple[Outline, ...]
    area: float
    line: int


def _regions(shapes: list[_Shape]) -> tuple[Region, ...]:
    """Regions with their label points kept clear of smaller regions lying on top of them, so
    a label or a click at the anchor always means this region."""
    boxes = [bounds(shape.outlines) for shape in shapes]
    # Smaller regions that may lie on top of each one, found through a coarse grid rather
    # than by comparing every pair.
    cell = max(max(b[2] - b[0], b[3] - b[1]) for b in boxes) if boxes else 1.0
    cell = max(cell / 4, 1e-9)
    grid: dict[tuple[int, int], list[int]] = defaultdict(list)
    for index, box in enumerate(boxes):
        for key in _cells(box, cell):
            grid[key].append(index)

    def covering(index: int) -> list[tuple[Outline, ...]]:
        near = {other for key in _cells(boxes[index], cell) for other in grid[key]}
        return [
            shapes[other].outlines
            for other in sorted(near)
            if shapes[other].area < shapes[index].area and overlap(boxes[index], boxes[other])
        ]

    return tuple(
        Region(
            id=shape.id,
            side=cast(Side, shape.side),
            zone_id=shape.zone_id,
            outlines=shape.outlines,
            bounds=box,
            area=shape.area,
            anchor=label_point(shape.outlines, covering(index)),
            line=shape.line,
        )
        for index, (shape, box) in enumerate(zip(shapes, boxes, strict=True))
    )


def _cells(box: tuple[float, float, float, float], size: float) -> list[tuple[int, int]]:
    left, top, right, bottom = (math.floor(v / size) for v in box)
    return [(x, y) for x in range(left, right + 1) for y in range(top, bottom + 1)]


def _valid_transform(text: str) -> bool:
    """Whether a transform attribute is a list of known transforms with the right numbers of
    arguments: svgelements ignores or misreads what is not."""
    position = 0
    text = text.strip()
    while position < len(text):
        match = _TRANSFORM.match(text, position)
        if match is None or match.end() == position:
            return False
        arguments = re.findall(_NUMBER, match.group(2))
        leftover = re.sub(_NUMBER, "", match.group(2)).replace(",", "").strip()
        if leftover or len(arguments) not in _TRANSFORM_ARGUMENTS.get(match.group(1), set()):
            return False
        position = match.end()
    return True


def _scan(data: bytes, source_name: str) -> dict[str, _Declared]:
    """Check the XML with expat and find where each region is declared.

    svgelements reports neither lines nor syntax errors, and it silently skips hidden elements,
    so this pass is what lets every problem name its line. DOCTYPEs are refused: entity
    declarations are how XML bombs and external-file reads work, and an SVG needs none.
    """
    parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
    declared: dict[str, _Declared] = {}
    problems: list[Problem] = []
    depth = 0

    def here() -> tuple[int, int]:
        return parser.CurrentLineNumber, parser.CurrentColumnNumber + 1

    def refuse_doctype(*_args: object) -> None:
        raise _Refused("svg.doctype", {}, *here())

    def start(name: str, attributes: dict[str, str]) -> None:
        nonlocal depth
        depth += 1
        namespace, _, tag = name.rpartition(" ")
        if depth == 1 and (tag != "svg" or namespace != _SVG_NAMESPACE):
            raise _Refused("svg.root-not-svg", {"tag": tag}, *here())
        if depth > MAX_DEPTH:
            raise _Refused("svg.too-deep", {"limit": MAX_DEPTH}, *here())
        transform = attributes.get("transform")
        if transform is not None and not _valid_transform(transform):
            args = {"transform": transform[:60]}
            problems.append(Problem(source_name, "svg.bad-transform", args, *here()))
        if REGION_CLASS not in attributes.get("class", "").split():
            return
        line, column = here()
        element_id = attributes.get("id", "")
        if not element_id:
            problems.append(Problem(source_name, "svg.region-without-id", {}, line, column))
        elif element_id in declared:
            args = {"region": element_id}
            problems.append(Problem(source_name, "svg.duplicate-region", args, line, column))
        else:
            declared[element_id] = _Declared(line, column, tag)

    def end(_name: str) -> None:
        nonlocal depth
        depth -= 1

    parser.StartDoctypeDeclHandler = refuse_doctype
    parser.EntityDeclHandler = refuse_doctype
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.Parse(data, True)
    except _Refused as error:
        raise ChartError([Problem(source_name, *error.args)]) from None
    except LookupError as error:  # an XML declaration naming an unknown encoding
        args = {"detail": str(error)}
        raise ChartError([Problem(source_name, "svg.bad-encoding", args, 1, 1)]) from None
    except xml.parsers.expat.ExpatError as error:
        args = {"detail": xml.parsers.expat.ErrorString(error.code)}
        raise ChartError(
            [Problem(source_name, "svg.not-xml", args, error.lineno, error.offset + 1)]
        ) from None
    if problems:
        raise ChartError(problems)
    return declared


class _Refused(Exception):
    pass


def shape_outlines(shape: se.Shape) -> tuple[Outline, ...]:
    """The shape as closed polygons, one per subpath; curves become short straight pieces."""
    outlines: list[Outline] = []
    points: list[tuple[float, float]] = []
    for segment in se.Path(shape).segments():
        if isinstance(segment, se.Move):
            if len(points) > 2:
                outlines.append(tuple(points))
            points = [(segment.end.x, segment.end.y)]
        elif isinstance(segment, se.Arc):
            for cubic in segment.as_cubic_curves():
                points.extend(_flatten(cubic))
        elif isinstance(segment, se.CubicBezier | se.QuadraticBezier):
            points.extend(_flatten(segment))
        elif segment.end is not None:
            points.append((segment.end.x, segment.end.y))
    if len(points) > 2:
        outlines.append(tuple(points))
    return tuple(outlines)


def _flatten(curve: se.CubicBezier | se.QuadraticBezier) -> list[tuple[float, float]]:
    # Evaluated here rather than with curve.point(), which is two orders of magnitude slower;
    # the number of pieces follows the curve's length.
    if isinstance(curve, se.QuadraticBezier):
        p0, p1, p3 = curve.start, curve.control, curve.end
        c1 = (p0.x + 2 * (p1.x - p0.x) / 3, p0.y + 2 * (p1.y - p0.y) / 3)
        c2 = (p3.x + 2 * (p1.x - p3.x) / 3, p3.y + 2 * (p1.y - p3.y) / 3)
    else:
        p0, p3 = curve.start, curve.end
        c1 = (curve.control1.x, curve.control1.y)
        c2 = (curve.control2.x, curve.control2.y)
    hull = math.dist((p0.x, p0.y), c1) + math.dist(c1, c2) + math.dist(c2, (p3.x, p3.y))
    steps = min(_MAX_CURVE_STEPS, max(2, math.ceil(hull / _CURVE_TOLERANCE)))
    points = []
    for i in range(1, steps + 1):
        t = i / steps
        u = 1 - t
        a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
        points.append(
            (
                a * p0.x + b * c1[0] + c * c2[0] + d * p3.x,
                a * p0.y + b * c1[1] + c * c2[1] + d * p3.y,
            )
        )
    return points
