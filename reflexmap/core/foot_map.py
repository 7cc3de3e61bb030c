"""Read the drawing (SVG) into Regions: outlines with every transform applied."""

from __future__ import annotations

import bisect
import io
import math
import re
import xml.parsers.expat
from collections import defaultdict
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass
from itertools import groupby
from typing import TYPE_CHECKING, cast

from .errors import ChartError, Problem
from .geometry import Bounds, Outline, bounds, edge_list, label_point, overlap, signed_area
from .loader import MAP_MAX_BYTES, MAX_POINTS, MAX_REGIONS
from .model import FootMap, Region, Side, View

if TYPE_CHECKING:
    import svgelements as se

MAX_BYTES = MAP_MAX_BYTES
"""Larger files are refused (the loader reads no more than one byte past it)."""

MAX_DEPTH = 100
"""Elements nested deeper are refused: the bundled drawing nests four deep."""
REGION_CLASS = "region"
ARTWORK_CLASS = "artwork"
"""The drawing of the feet; its shapes named "left-..." or "right-..." (other than those of
DETAIL_CLASS, creases and such) outline each foot, and regions must lie within them."""
DETAIL_CLASS = "detail"
_SHAPES = frozenset(["path", "rect", "circle", "ellipse", "polygon"])
OUTLINE_SLACK = 0.01
"""Of the drawing's larger side: how far a region may reach past its foot's outline (a
zone along the edge is drawn on the outline's stroke)."""
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
MAX_ELEMENTS = 50_000
"""Elements after every <use> is expanded (the bundled drawing has about 50): a 1.5 kB file of
nested <use> elements could otherwise make millions."""
MAX_SIZE = 100_000_000
"""Width or height, in drawing units: numbers near the float limit overflow the geometry."""
MAX_COORDINATE = 10 * MAX_SIZE
"""Region coordinates beyond it are refused before any area is computed (then reported as
outside the drawing, if they are not this large)."""
_XLINK_HREF = "http://www.w3.org/1999/xlink href"
_NOT_DRAWN_AS_IS = frozenset(
    ["defs", "symbol", "mask", "marker", "clipPath", "pattern", "switch", "svg", "title", "desc"]
)
"""Elements whose inside is not drawn where it stands (or drawn only as a condition picks it)."""
_SIZES = {"rect": ("width", "height"), "circle": ("r",), "ellipse": ("rx", "ry")}
_STYLE_OPACITY = re.compile(r"(?:^|;)\s*opacity\s*:([^;]*)")
_EMBEDDED_IMAGE = re.compile(r"data:image/(?:png|jpeg|gif);", re.IGNORECASE)
_EXTERNAL_CSS = re.compile(r"@import|url\(\s*['\"]?(?!#)[^)]*\)", re.IGNORECASE)
MAX_OVERLAP_WORK = 2_000_000
"""Pairs of regions compared, plus _POINT_WORK for each outline point of a smaller region
lying on a larger one: about a second. The bundled drawing needs some 60,000."""
_POINT_WORK = 50
"""A label point tests each point of a covering shape on about 60 lines."""
_MAX_CELLS = 64
_CURVE_TOLERANCE = 3.0
"""Drawing units per straight piece of a flattened curve: finer than the drawing's lines."""
_MAX_CURVE_STEPS = 32


@dataclass(frozen=True)
class _Declared:
    """A region element as written in the file, before svgelements interprets it."""

    line: int
    column: int
    tag: str


def load_foot_map(data: bytes, source_name: str, view: View = "plantar") -> FootMap:
    """Parse a drawing's clickable regions; raise ChartError listing every problem found."""
    return check_foot_map(data, source_name, view).foot_map()


def check_foot_map(data: bytes, source_name: str, view: View = "plantar") -> CheckedDrawing:
    """Parse and check a drawing, as load_foot_map does, without placing label points (a
    third of the work): raise ChartError listing every problem found."""
    # svgelements loads only to parse: a chart from the cache is checked by _scan alone.
    import svgelements as se

    problems: list[Problem] = []

    def report(code: str, where: _Declared, **args: str | int) -> None:
        problems.append(Problem(source_name, code, args, where.line, where.column))

    def fail(code: str, **args: str | int) -> ChartError:
        return ChartError([Problem(source_name, code, args)])

    if len(data) > MAX_BYTES:
        raise fail("svg.too-large", megabytes=MAX_BYTES // 1_000_000)
    scan = _scan(data, source_name)
    declared = scan.declared

    try:
        svg = se.SVG.parse(io.BytesIO(data), reify=True)
    except RecursionError:
        raise fail("svg.use-cycle") from None
    except Exception as error:  # svgelements raises many types; all mean "unreadable SVG"
        raise fail("svg.unreadable", detail=str(error)) from None
    width, height = float(svg.width), float(svg.height)
    if not (math.isfinite(width) and math.isfinite(height) and width > 0 and height > 0):
        raise fail("svg.no-size")
    if width > MAX_SIZE or height > MAX_SIZE:
        raise fail("svg.too-big", limit=MAX_SIZE)
    _check_stretch(scan.root, width, height, source_name)
    if len(declared) > MAX_REGIONS:
        raise fail("svg.too-many-regions", limit=MAX_REGIONS)
    points = 0

    shapes: list[_Shape] = []
    drawn: set[str] = set()
    feet: dict[str, list[Outline]] = defaultdict(list)
    for element in svg.elements():
        element_id = element.id if isinstance(element, se.SVGElement) else None
        if element_id in scan.outlines and isinstance(element, se.Shape):
            with suppress(ArithmeticError, ValueError):  # an unreadable outline checks nothing
                feet[scan.outlines[element_id]].extend(shape_outlines(element))
            continue
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
        if _transparent(str(element.values.get("opacity", ""))):  # set by a style sheet too
            report("svg.invisible", where, region=element_id)
            continue
        try:
            outlines = shape_outlines(element)
        except (ArithmeticError, ValueError):  # svgelements on numbers near the float limit
            report("svg.not-finite", where, region=element_id)
            continue
        points += sum(len(outline) for outline in outlines)
        if points > MAX_POINTS:
            args = {"limit": MAX_POINTS}
            raise ChartError(
                [Problem(source_name, "svg.too-detailed", args, where.line, where.column)]
            )
        if any(not (math.isfinite(x) and math.isfinite(y)) for o in outlines for x, y in o):
            report("svg.not-finite", where, region=element_id)
            continue
        if any(abs(v) > MAX_COORDINATE for o in outlines for p in o for v in p):
            report("svg.huge-coordinates", where, region=element_id, limit=MAX_COORDINATE)
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
        evenodd = element.values.get("fill-rule") == "evenodd"
        shapes.append(
            _Shape(element_id, match.group(1), match.group(2), outlines, area, where.line, evenodd)
        )
    slack = OUTLINE_SLACK * max(width, height)
    inside = {side: _Silhouette(outlines, slack) for side, outlines in feet.items() if outlines}
    for shape in shapes:
        foot = inside.get(shape.side)
        if foot is not None and not foot.holds(shape.outlines):
            report("svg.outside-foot", declared[shape.id], region=shape.id, side=shape.side)
    for region_id, where in declared.items():
        if region_id not in drawn:
            report("svg.not-drawn", where, region=region_id)
    if not declared:
        problems.append(Problem(source_name, "svg.no-regions", {"class_name": REGION_CLASS}))
    if problems:
        raise ChartError(problems)
    shapes.sort(key=lambda shape: shape.line)
    boxes = [bounds(shape.outlines) for shape in shapes]
    covering = _covering(shapes, boxes, source_name)
    return CheckedDrawing(width, height, tuple(shapes), boxes, covering, view, data)


@dataclass(frozen=True)
class _Shape:
    """A region's shape as measured, before its label point is placed."""

    id: str
    side: str
    zone_id: str
    outlines: tuple[Outline, ...]
    area: float
    line: int
    evenodd: bool


class _Silhouette:
    """A foot's outline as the stretches inside it on rows ``slack`` apart, so that testing
    every outline point of 5,000 regions takes a bisection each."""

    def __init__(self, outlines: list[Outline], slack: float) -> None:
        self._step = max(slack, 1e-9)
        stretches: dict[int, list[tuple[float, float]]] = defaultdict(list)
        for outline in outlines:  # each on its own: two shapes may wind opposite ways
            crossings: dict[int, list[tuple[float, int]]] = defaultdict(list)
            for x1, y1, x2, y2 in edge_list([outline]):
                low, high = min(y1, y2), max(y1, y2)
                for row in range(math.ceil(low / self._step), math.floor(high / self._step) + 1):
                    y = row * self._step
                    if (y1 > y) != (y2 > y):
                        x = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
                        crossings[row].append((x, 1 if y2 > y1 else -1))
            for row, found in crossings.items():
                winding, start = 0, 0.0
                for x, direction in sorted(found):
                    if winding == 0:
                        start = x
                    winding += direction
                    if winding == 0:
                        stretches[row].append((start - slack, x + slack))
        self._rows: dict[int, tuple[list[float], list[float]]] = {}
        for row, pieces in stretches.items():
            starts: list[float] = []
            ends: list[float] = []
            for a, b in sorted(pieces):  # merged where they meet
                if ends and a <= ends[-1]:
                    ends[-1] = max(ends[-1], b)
                else:
                    starts.append(a)
                    ends.append(b)
            self._rows[row] = (starts, ends)

    def holds(self, outlines: tuple[Outline, ...]) -> bool:
        """Whether every point of the outlines is inside, or within the slack of the edge."""
        step, rows = self._step, self._rows
        for outline in outlines:
            for x, y in outline:
                row = y / step
                # The rows around the point, and one more each way: the slack, vertically.
                if not any(
                    _in_stretches(rows.get(r), x)
                    for r in range(math.floor(row) - 1, math.ceil(row) + 2)
                ):
                    return False
        return True


def _in_stretches(row: tuple[list[float], list[float]] | None, x: float) -> bool:
    if row is None:
        return False
    starts, ends = row
    i = bisect.bisect_right(starts, x) - 1
    return i >= 0 and x <= ends[i]


@dataclass(frozen=True)
class CheckedDrawing:
    """A drawing that passed every check, its regions in file order, before their label
    points are placed."""

    width: float
    height: float
    shapes: tuple[_Shape, ...]
    boxes: list[Bounds]
    covering: list[list[tuple[Outline, ...]]]
    """For each shape, the smaller shapes whose bounds meet its own."""
    view: View
    svg: bytes

    def foot_map(self) -> FootMap:
        return FootMap(self.width, self.height, _regions(self), self.svg)


def _regions(drawing: CheckedDrawing) -> tuple[Region, ...]:
    """Regions with their label points kept clear of smaller regions lying on top of them, so
    a label or a click at the anchor always means this region."""
    covering = drawing.covering
    return tuple(
        Region(
            id=shape.id,
            side=cast(Side, shape.side),
            zone_id=shape.zone_id,
            outlines=shape.outlines,
            bounds=box,
            area=shape.area,
            anchor=label_point(shape.outlines, covering[index], shape.evenodd),
            view=drawing.view,
            line=shape.line,
            evenodd=shape.evenodd,
        )
        for index, (shape, box) in enumerate(zip(drawing.shapes, drawing.boxes, strict=True))
    )


def _covering(
    shapes: list[_Shape], boxes: list[Bounds], source_name: str
) -> list[list[tuple[Outline, ...]]]:
    """For each shape, the smaller shapes whose bounds meet its own.

    Shapes are taken smallest first and only then put in a grid (of cells the size of a
    typical shape), so the grid holds only smaller ones; a shape spanning many cells is kept
    in a short list instead. The work (pairs looked at, and outline points each label point
    must keep clear of) is limited: a thousand nested squares took a minute.
    """
    sizes = sorted(max(b[2] - b[0], b[3] - b[1]) for b in boxes)
    cell = max(sizes[len(sizes) // 2] if sizes else 1.0, 1e-9)
    grid: dict[tuple[int, int], list[int]] = defaultdict(list)
    large: list[int] = []
    covering: list[list[tuple[Outline, ...]]] = [[] for _ in shapes]
    work = 0
    order = sorted(range(len(shapes)), key=lambda index: shapes[index].area)
    for _area, same in groupby(order, key=lambda index: shapes[index].area):
        group = list(same)
        for index in group:
            box = boxes[index]
            left, top, right, bottom = _cell_range(box, cell)
            if (right - left + 1) * (bottom - top + 1) <= len(grid):
                keys: Iterable[tuple[int, int]] = _cells(box, cell)
            else:  # a large shape: the occupied cells are fewer than the ones it spans
                keys = [k for k in grid if left <= k[0] <= right and top <= k[1] <= bottom]
            near = {other for key in keys for other in grid.get(key, ())}
            near.update(large)
            work += len(near)
            for other in sorted(near):
                if overlap(box, boxes[other]):
                    covering[index].append(shapes[other].outlines)
                    work += _POINT_WORK * sum(map(len, shapes[other].outlines))
            if work > MAX_OVERLAP_WORK:
                shape = shapes[index]
                args = {"region": shape.id}
                raise ChartError([Problem(source_name, "svg.too-much-overlap", args, shape.line)])
        for index in group:
            left, top, right, bottom = _cell_range(boxes[index], cell)
            if (right - left + 1) * (bottom - top + 1) > _MAX_CELLS:
                large.append(index)
            else:
                for key in _cells(boxes[index], cell):
                    grid[key].append(index)
    return covering


def _cell_range(box: Bounds, size: float) -> tuple[int, int, int, int]:
    left, top, right, bottom = (math.floor(v / size) for v in box)
    return left, top, right, bottom


def _cells(box: Bounds, size: float) -> list[tuple[int, int]]:
    left, top, right, bottom = _cell_range(box, size)
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


@dataclass
class _Element:
    """An open element while scanning: what it is, and what it does to regions inside it."""

    tag: str
    index: int
    """Its place among all elements, in document order."""
    hides: str | None
    """Why regions inside are not drawn as they stand: the tag that hides them, or 'opacity'."""
    region: str | None = None
    """The first region inside it, if any."""
    artwork: bool = False
    """Whether it is, or lies inside, an element of class "artwork": the drawing of the feet."""


@dataclass(frozen=True)
class _Use:
    """A <use> element: where it is, and the id it draws again."""

    index: int
    target: str
    line: int
    column: int


@dataclass
class _Scan:
    """What scanning found: the regions as declared, and the root's attributes."""

    declared: dict[str, _Declared]
    root: dict[str, str]
    """The attributes of the <svg> element."""
    outlines: dict[str, str]
    """The shapes that draw each foot (the artwork's "left-..." and "right-..." elements,
    not its details), by id, with their side."""


def check_drawing(data: bytes, source_name: str) -> None:
    """The checks that need no geometry (XML, references, <use> expansion, hidden regions),
    for a drawing whose regions come from the cache; raises ChartError."""
    _scan(data, source_name)


def _scan(data: bytes, source_name: str) -> _Scan:
    """Check the XML with expat and find where each region is declared.

    svgelements reports neither lines nor syntax errors, and it silently skips hidden elements,
    so this pass is what lets every problem name its line. DOCTYPEs are refused: entity
    declarations are how XML bombs and external-file reads work, and an SVG needs none. So are
    references to anything outside the file, which Qt would open (and block on, for a FIFO),
    and <use> elements expanding to more than MAX_ELEMENTS.
    """
    parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
    declared: dict[str, _Declared] = {}
    problems: list[Problem] = []
    stack: list[_Element] = []
    ranges: dict[str, tuple[int, int]] = {}
    """Each id with the indexes of its element and of the first element after it."""
    open_ids: list[tuple[str, _Element]] = []
    region_in: dict[str, str] = {}
    """Each id whose element holds a region, with the first such region."""
    uses: list[_Use] = []
    root: dict[str, str] = {}
    outlines: dict[str, str] = {}
    count = 0

    def here() -> tuple[int, int]:
        return parser.CurrentLineNumber, parser.CurrentColumnNumber + 1

    def report(code: str, **args: str | int) -> None:
        problems.append(Problem(source_name, code, args, *here()))

    def refuse_doctype(*_args: object) -> None:
        raise _Refused("svg.doctype", {}, *here())

    def start(name: str, attributes: dict[str, str]) -> None:
        nonlocal count
        namespace, _, tag = name.rpartition(" ")
        parent = stack[-1] if stack else None
        if parent is None:
            if tag != "svg" or namespace != _SVG_NAMESPACE:
                raise _Refused("svg.root-not-svg", {"tag": tag}, *here())
            root.update(attributes)
        if len(stack) >= MAX_DEPTH:
            raise _Refused("svg.too-deep", {"limit": MAX_DEPTH}, *here())
        hides = parent.hides if parent else None
        if hides is None and parent is not None and tag in _NOT_DRAWN_AS_IS:
            hides = tag
        if hides is None and _invisible(attributes):
            hides = "opacity"
        classes = attributes.get("class", "").split()
        artwork = (parent is not None and parent.artwork) or ARTWORK_CLASS in classes
        element = _Element(tag, count, hides, artwork=artwork)
        stack.append(element)
        count += 1
        if count > MAX_ELEMENTS:  # before svgelements, which takes 1.7 GB for a million
            raise _Refused("svg.too-many-elements", {"limit": MAX_ELEMENTS}, *here())
        transform = attributes.get("transform")
        if transform is not None and not _valid_transform(transform):
            report("svg.bad-transform", transform=transform[:60])
        for key, value in attributes.items():
            if _external(tag, key.rpartition(" ")[2], value):
                report("svg.external", tag=tag, target=value)
        href = attributes.get(_XLINK_HREF, attributes.get("href"))
        if tag == "use" and href is not None and href.startswith("#"):
            uses.append(_Use(element.index, href[1:], *here()))
        element_id = attributes.get("id", "")
        if element_id and element_id not in ranges:
            ranges[element_id] = (element.index, element.index)
            open_ids.append((element_id, element))
        if REGION_CLASS not in classes:
            side = REGION_ID.fullmatch(element_id)
            if artwork and side and tag in _SHAPES and DETAIL_CLASS not in classes:
                outlines[element_id] = side.group(1)
            return
        line, column = here()
        if not element_id:
            report("svg.region-without-id")
        elif element_id in declared:
            report("svg.duplicate-region", region=element_id)
        else:
            declared[element_id] = _Declared(line, column, tag)
            for above in stack:
                above.region = above.region or element_id
            if hides == "opacity":
                report("svg.invisible", region=element_id)
            elif hides is not None:
                report("svg.region-inside", region=element_id, tag=hides)
            elif tag in _SIZES:
                for attribute in _SIZES[tag]:
                    size = re.match(_NUMBER, attributes.get(attribute, "").strip())
                    if size and float(size.group()) < 0:
                        report("svg.negative-size", region=element_id, attribute=attribute)

    def end(_name: str) -> None:
        element = stack.pop()
        if open_ids and open_ids[-1][1] is element:
            element_id = open_ids.pop()[0]
            ranges[element_id] = (element.index, count)
            if element.region:
                region_in[element_id] = element.region

    def style_text(text: str) -> None:
        found = _EXTERNAL_CSS.search(text) if stack and stack[-1].tag == "style" else None
        if found:
            report("svg.external", tag="style", target=found.group())

    def instruction(target: str, _data: str) -> None:
        # Qt reads the file an <?xml-stylesheet?> names, whatever it is; an SVG needs none.
        report("svg.instruction", target=target)

    parser.StartDoctypeDeclHandler = refuse_doctype
    parser.EntityDeclHandler = refuse_doctype
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = style_text
    parser.ProcessingInstructionHandler = instruction
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
    for use in uses:
        if use.target in region_in:
            args = {"region": region_in[use.target]}
            problems.append(Problem(source_name, "svg.use-region", args, use.line, use.column))
    if problems:
        raise ChartError(problems)
    _check_expansion(count, ranges, uses, source_name)
    return _Scan(declared, root, outlines)


def _check_expansion(
    count: int, ranges: dict[str, tuple[int, int]], uses: list[_Use], source_name: str
) -> None:
    """Refuses a drawing whose <use> elements, expanded, make more than MAX_ELEMENTS.

    Each expansion is counted once (memoized) and the count stops at the limit, so a small
    file cannot make this slow; a cycle is refused as svgelements would fail on it.
    """
    use_indexes = [use.index for use in uses]
    expanded: dict[str, int] = {}
    busy: set[str] = set()

    def size(first: int, after: int) -> int:
        total = after - first
        for use in uses[
            bisect.bisect_left(use_indexes, first) : bisect.bisect_left(use_indexes, after)
        ]:
            if use.target in ranges:
                total += of(use.target)
            if total > MAX_ELEMENTS:
                raise ChartError(
                    [
                        Problem(
                            source_name,
                            "svg.use-bomb",
                            {"limit": MAX_ELEMENTS},
                            use.line,
                            use.column,
                        )
                    ]
                )
        return total

    def of(target: str) -> int:
        if target not in expanded:
            if target in busy:
                raise ChartError([Problem(source_name, "svg.use-cycle")])
            busy.add(target)
            expanded[target] = size(*ranges[target])
        return expanded[target]

    size(0, count)


def _check_stretch(root: dict[str, str], width: float, height: float, source_name: str) -> None:
    """Refuses a size that Qt and svgelements read differently: Qt stretches a viewBox to the
    size where svgelements keeps its proportions, and without a viewBox they convert units
    (mm, %) differently. Regions are only where Qt draws them if both agree."""
    view_box = [float(n) for n in re.findall(_NUMBER, root.get("viewBox", ""))]
    if len(view_box) == 4 and view_box[2] > 0 and view_box[3] > 0:
        if abs(view_box[2] / view_box[3] * height / width - 1) > 1e-3:
            args = {
                "view_box": f"{view_box[2]:g} by {view_box[3]:g}",
                "size": f"{width:g} by {height:g}",
            }
            raise ChartError([Problem(source_name, "svg.stretched", args)])
        return
    for attribute in ("width", "height"):
        value = root.get(attribute, "").strip()
        if not re.fullmatch(f"{_NUMBER}(?:px)?", value):
            args = {"attribute": attribute, "value": value}
            raise ChartError([Problem(source_name, "svg.size-units", args)])


def _invisible(attributes: dict[str, str]) -> bool:
    """Whether opacity="0" (or its style property) makes the element and its inside unseen."""
    style = _STYLE_OPACITY.search(attributes.get("style", ""))
    return _transparent(attributes.get("opacity", "")) or _transparent(style[1] if style else "")


def _transparent(opacity: str) -> bool:
    number = re.match(_NUMBER, opacity.strip())
    return number is not None and float(number.group()) <= 0


def _external(tag: str, attribute: str, value: str) -> bool:
    """Whether an attribute refers to something outside the file: only embedded images and
    the file's own elements (#id) may be referred to."""
    if attribute == "href":
        value = value.strip()
        return not (value.startswith("#") or (tag == "image" and _EMBEDDED_IMAGE.match(value)))
    return "url(" in value and _EXTERNAL_CSS.search(value) is not None


class _Refused(Exception):
    pass


def shape_outlines(shape: se.Shape) -> tuple[Outline, ...]:
    """The shape as closed polygons, one per subpath; curves become short straight pieces."""
    import svgelements as se

    outlines: list[Outline] = []
    points: list[tuple[float, float]] = []

    # The shape's own segments: se.Path(shape) would also add a "d" attribute of any shape
    # (a <rect d="...">), untransformed, which nothing draws.
    for segment in shape.segments():
        if isinstance(segment, se.Move):
            if len(points) > 2:
                outlines.append(tuple(points))
            points = [(segment.end.x, segment.end.y)]
        elif segment.start is None:
            continue  # path data must start with a move; SVG draws nothing before one
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
    import svgelements as se

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
    # A hull of infinite or NaN length (numbers near the float limit) gives points that are
    # reported as not finite.
    pieces = hull / _CURVE_TOLERANCE if math.isfinite(hull) else 0
    steps = min(_MAX_CURVE_STEPS, max(2, math.ceil(pieces)))
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
