"""The `reflexmap` command: the window by default, and a few terminal commands."""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .core.chart_cache import default_cache_dir
from .core.errors import ChartError
from .core.loader import load_chart
from .core.model import Chart, Zone

if TYPE_CHECKING:
    from .core.search import SearchResult
from .resources import bundled_map_file, bundled_zones_file


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command = getattr(args, "command", None)
    if command == "zones":
        return _run_zones(args)
    if command == "validate":
        return _run_validate(args)
    if command == "search":
        return _run_search(args)
    if command == "chart":
        return _run_chart(args)
    return _run_window(args)


def _parser() -> argparse.ArgumentParser:
    # --zones/--map are accepted before or after a command; SUPPRESS keeps a command's copy of
    # the option from overwriting a value given before the command.
    chart_files = argparse.ArgumentParser(add_help=False)
    chart_files.add_argument(
        "--zones",
        type=Path,
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="a zones file (YAML); the bundled chart by default",
    )
    chart_files.add_argument(
        "--map",
        type=Path,
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="the drawing (SVG) that goes with it; the bundled drawing by default",
    )
    parser = argparse.ArgumentParser(
        prog="reflexmap",
        parents=[chart_files],
        description="An interactive map of the foot's reflex zones. Everything it shows is a "
        "traditional claim, not medical advice. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"reflexmap {__version__}")
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE",
        help="render the window offscreen to a PNG and exit",
    )
    parser.add_argument("--select", metavar="ZONE_ID", help="with --screenshot: select this zone")
    parser.add_argument("--search", metavar="QUERY", help="with --screenshot: search for this")
    parser.add_argument(
        "--size",
        type=_window_size,
        metavar="WxH",
        default=(1200, 800),
        help="with --screenshot: window size in pixels (default 1200x800)",
    )
    commands = parser.add_subparsers(dest="command", title="commands")
    zones = commands.add_parser(
        "zones",
        parents=[chart_files],
        help="list the chart's zones",
        description="List the chart's zones as a table, or as JSON.",
    )
    zones.add_argument("--json", action="store_true", help="print a JSON list, one object per zone")
    search = commands.add_parser(
        "search",
        parents=[chart_files],
        help="find zones by symptom",
        description="Find the zones the chart links with one or more symptoms, in everyday "
        'words ("can\'t sleep", "headache and cold feet"). Warning signs that need a '
        "doctor are named first. Finding nothing is not an error.",
    )
    search.add_argument("query", nargs="+", help="the symptoms, in your own words")
    search.add_argument("--json", action="store_true", help="print one JSON object")
    # Here --zones names zones; another chart's files go before the command:
    # reflexmap --zones FILE --map FILE chart -o chart.pdf --zones heel,arch
    chart = commands.add_parser(
        "chart",
        help="write the printable zone chart to a PDF, PNG or SVG file",
        description="Write the zone chart: the drawing, a numbered legend, the disclaimer and "
        "the contraindications. The format follows the file's extension (.pdf, .png, .svg); "
        "PNG and SVG hold the first page. To chart another zones file and drawing, give "
        "--zones FILE --map FILE before the command.",
    )
    chart.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    chart.add_argument(
        "--page-size", default="A4", metavar="NAME", help="A4 (default), Letter, A5, Legal, A3..."
    )
    chart.add_argument("--landscape", action="store_true")
    chart.add_argument(
        "--zones", dest="zone_ids", metavar="ID,...", help="only these zones (comma-separated ids)"
    )
    chart.add_argument("--search", metavar="QUERY", help="only the zones this search finds")
    chart.add_argument("--grayscale", action="store_true", help="for black-and-white printing")
    chart.add_argument(
        "--guide",
        action="store_true",
        help="add pages with the technique guide and what research says (PDF)",
    )
    commands.add_parser(
        "validate",
        parents=[chart_files],
        help="check a chart and report every problem",
        description="Check a zones file and its drawing. Exits 0 with a summary, or 1 with "
        "one FILE:LINE:COL: message line per problem.",
    )
    return parser


def _window_size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    try:
        size = int(width), int(height)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not WIDTHxHEIGHT, e.g. 1200x800") from None
    if not all(200 <= side <= 8000 for side in size):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 8000 pixels")
    return size


def _chart_paths(args: argparse.Namespace) -> tuple[Path, Path]:
    return (
        getattr(args, "zones", None) or bundled_zones_file(),
        getattr(args, "map", None) or bundled_map_file(),
    )


def _load(args: argparse.Namespace) -> Chart | None:
    """The chart, or None after printing its problems to stderr."""
    try:
        return load_chart(*_chart_paths(args), default_cache_dir())
    except ChartError as error:
        print(error, file=sys.stderr)
        return None


def _run_zones(args: argparse.Namespace) -> int:
    chart = _load(args)
    if chart is None:
        return 1
    if args.json:
        print(json.dumps([_zone_json(zone) for zone in chart.zones], indent=2, ensure_ascii=False))
    else:
        print(_zone_table(chart))
    return 0


def _zone_json(zone: Zone) -> dict[str, object]:
    record = asdict(zone)
    del record["line"]
    return record


def _zone_table(chart: Chart) -> str:
    rows = [("ID", "SIDES", "NAME", "TRADITIONALLY LINKED WITH")] + [
        (zone.id, ", ".join(zone.sides), zone.name, ", ".join(zone.associations))
        for zone in chart.zones
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(3)] + [0]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    return "\n".join([*lines, "", chart.info.disclaimer])


def _run_search(args: argparse.Namespace) -> int:
    chart = _load(args)
    if chart is None:
        return 1
    from .core.search import SymptomIndex  # the stemmer loads only for a search

    result = SymptomIndex(chart.zone_data).search(" ".join(args.query))
    if args.json:
        print(json.dumps(asdict(result), indent=2, ensure_ascii=False))
    else:
        print(_search_text(result))
    return 0


def _search_text(result: SearchResult) -> str:
    lines = []
    if result.notice:
        lines += [f"!! {result.notice}", f"   (matched: {', '.join(result.red_flags)})", ""]
    for rank, match in enumerate(result.results, 1):
        lines.append(
            f"{rank}. {match.name} ({match.zone})  score {match.score:.2f}  "
            f"matched: {', '.join(match.matched)}"
        )
    if result.general:
        if result.results:
            lines.append("")
        lines.append("The source suggests foot massage in general, without naming a zone, for:")
        lines += [f"  - {g.indication} (matched: {', '.join(g.matched)})" for g in result.general]
    if not (result.results or result.general or result.notice):
        lines.append(f'No zone in this chart is linked with "{result.query}".')
        if result.suggestions:
            lines.append(f"Did you mean: {', '.join(result.suggestions)}?")
    return "\n".join(lines)


def _run_chart(args: argparse.Namespace) -> int:
    chart = _load(args)
    if chart is None:
        return 1
    zone_ids: list[str] = []
    if args.zone_ids:
        zone_ids = [z.strip() for z in args.zone_ids.split(",") if z.strip()]
        if not _known_zones(chart, zone_ids):
            return 1
    if args.search:
        from .core.search import SymptomIndex

        found = [m.zone for m in SymptomIndex(chart.zone_data).search(args.search).results]
        if not found:
            print(f"reflexmap: no zone matches '{args.search}'", file=sys.stderr)
            return 1
        zone_ids += [z for z in found if z not in zone_ids]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from .core.chart_layout import PageTooSmall
    from .ui.printing import ChartOptions, ExportError, export_chart, page_size_by_name

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # fonts need one
    page_size = page_size_by_name(args.page_size)
    if page_size is None:
        print(
            f"reflexmap: unknown page size '{args.page_size}' (try A4, Letter, A5, Legal, A3)",
            file=sys.stderr,
        )
        return 1
    order = [zone.id for zone in chart.zones]
    options = ChartOptions(
        page_size=page_size,
        landscape=args.landscape,
        zones=tuple(sorted(zone_ids, key=order.index)),
        guide=args.guide,
        grayscale=args.grayscale,
    )
    try:
        pages = export_chart(chart, args.output, options)
    except (ExportError, PageTooSmall) as error:
        print(f"reflexmap: {error}", file=sys.stderr)
        return 1
    print(f"{args.output}: {pages} page{'s' if pages > 1 else ''}")
    return 0


def _known_zones(chart: Chart, zone_ids: Sequence[str]) -> bool:
    """Whether the chart has all these zones; if not, says which it lacks and what it has."""
    known = [zone.id for zone in chart.zones]
    unknown = [z for z in zone_ids if z not in known]
    if unknown:
        print(
            f"reflexmap: no zone {', '.join(map(repr, unknown))}; the zones are: "
            f"{', '.join(known)}",
            file=sys.stderr,
        )
    return not unknown


def _run_validate(args: argparse.Namespace) -> int:
    zones_file, map_file = _chart_paths(args)
    try:
        chart = load_chart(zones_file, map_file)
    except ChartError as error:
        print(error)
        return 1
    print(f"{zones_file} + {map_file}: OK, {len(chart.zones)} zones, {len(chart.regions)} regions")
    return 0


@contextmanager
def _long_lived() -> Iterator[None]:
    """Around starting the window, which makes some 30,000 objects that live until it closes:
    modules, classes, Qt's enum types, the chart.

    Collecting garbage while they are made finds next to none (44 objects), so the collector
    waits, and afterwards leaves them out of its passes for good: start-up saves some 4 ms, a
    full collection in the running window takes 0.1 ms instead of 5, and exit is shorter.
    """
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def _run_window(args: argparse.Namespace) -> int:
    if args.screenshot is None and (args.select is not None or args.search is not None):
        print("reflexmap: --select and --search go with --screenshot", file=sys.stderr)
        return 2
    with _long_lived():
        chart = _load(args)
        if chart is None:
            return 1
        if args.select is not None and not _known_zones(chart, [args.select]):
            return 1
        from .ui.app import run  # Qt loads only when a window is wanted

    return run(
        chart,
        screenshot=args.screenshot,
        select=args.select,
        search=args.search,
        size=args.size,
        files=_chart_paths(args),
    )
