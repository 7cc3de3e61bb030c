"""`reflexmap chart`: write the printable zone chart to a PDF, PNG or SVG file.

Loads QtGui and QtSvg to paint, never the widgets.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.model import VIEWS
from .common import fail, load

if TYPE_CHECKING:
    from ..app.chart_request import ChartRequest


def add_parser(commands: Any, chart_files: argparse.ArgumentParser) -> None:
    # Here --zones names zones; another chart's files go before the command:
    # reflexmap --zones FILE --map FILE chart -o chart.pdf --zones heel,arch
    parser = commands.add_parser(
        "chart",
        help="write the printable zone chart to a PDF, PNG or SVG file",
        description="Write the zone chart: the drawing, a numbered legend grouped by body "
        "system, the disclaimer and the contraindications. The format follows the file's "
        "extension (.pdf, .png, .svg); PNG and SVG hold the first page. To chart another "
        "zones file and drawing, give --zones FILE --map FILE before the command.",
    )
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    parser.add_argument(
        "--page-size", default="A4", metavar="NAME", help="A4 (default), Letter, A5, Legal, A3..."
    )
    parser.add_argument("--landscape", action="store_true")
    parser.add_argument(
        "--view",
        choices=(*VIEWS, "all"),
        default=argparse.SUPPRESS,
        help="the view of the feet drawn (default plantar, the sole), or all four: two pages "
        "on A4 or Letter, one on landscape A3",
    )
    parser.add_argument(
        "--zones", dest="zone_ids", metavar="ID,...", help="only these zones (comma-separated ids)"
    )
    parser.add_argument("--search", metavar="QUERY", help="only the zones this search finds")
    parser.add_argument(
        "--grayscale",
        action="store_true",
        help="for black-and-white printing: grey fills told apart by hatching",
    )
    parser.add_argument("--for", dest="client", default="", metavar="NAME", help="whom it is for")
    parser.add_argument("--note", default="", metavar="TEXT", help="notes printed under the name")
    parser.add_argument(
        "--disagreements",
        action="store_true",
        help="write the one-page sheet of where the bundled charts disagree instead",
    )
    parser.add_argument(
        "--guide",
        action="store_true",
        help="add pages with the technique guide and what research says (PDF)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..app.chart_request import ChartRequest, RequestError, chosen_zones

    request = ChartRequest(
        page_size=args.page_size,
        landscape=args.landscape,
        guide=args.guide,
        grayscale=args.grayscale,
        view=getattr(args, "view", "plantar"),
        query=args.search or "",
        client=args.client,
        note=args.note,
    )
    if args.disagreements:
        return _write(args.output, lambda: _export_sheet(args.output, request))
    chart = load(args)
    if chart is None:
        return 1
    zone_ids = [z.strip() for z in (args.zone_ids or "").split(",") if z.strip()]
    try:
        request = replace(request, zones=chosen_zones(chart, zone_ids, args.search))
    except RequestError as error:
        return fail(str(error))
    if request.view != "all" and request.view not in chart.views:
        return fail(f"this chart has no {request.view} view; it has {', '.join(chart.views)}")

    def export() -> int:
        from ..render.chart_painter import export_chart

        return export_chart(chart, args.output, request)

    return _write(args.output, export)


def _export_sheet(path: Path, request: ChartRequest) -> int:
    from ..app.catalogue import load_bundled, load_disagreements
    from ..core.chart_cache import default_cache_dir
    from ..render.chart_painter import export_sheet

    return export_sheet(load_bundled(default_cache_dir()), load_disagreements(), path, request)


def _write(path: Path, export: Callable[[], int]) -> int:
    """Run ``export`` with the fonts it needs; report how many pages it wrote, or why not."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from ..core.chart_layout import PageTooSmall
    from ..core.errors import ChartError
    from ..render.chart_painter import ExportError

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # fonts need one
    try:
        pages = export()
    except (ExportError, PageTooSmall) as error:
        return fail(str(error))
    except ChartError as error:
        print(error, file=sys.stderr)
        return 1
    print(f"{path}: {pages} page{'s' if pages > 1 else ''}")
    return 0
