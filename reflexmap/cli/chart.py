"""`reflexmap chart`: write the printable zone chart to a PDF, PNG or SVG file.

Loads QtGui and QtSvg to paint, never the widgets.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..app.i18n import problems_text, translate
from ..core.model import VIEWS
from .common import add_chart_choice, add_language, add_page, fail, load, painting_application

if TYPE_CHECKING:
    from ..app.chart_request import ChartRequest


def add_parser(commands: Any, chart_files: argparse.ArgumentParser) -> None:
    # Here --zones names zones; another chart's files go before the command:
    # reflexmap --zones FILE --map FILE chart -o chart.pdf --zones heel,arch
    parser = commands.add_parser(
        "chart",
        help=translate("CommandLine", "write the printable zone chart to a PDF, PNG or SVG file"),
        description=translate(
            "CommandLine",
            "Write the zone chart: the drawing, a numbered legend grouped by body system, the "
            "disclaimer and the contraindications. The format follows the file's extension "
            "(.pdf, .png, .svg); PNG and SVG hold the first page. To chart another zones file "
            "and drawing, give --zones FILE --map FILE before the command.",
        ),
    )
    add_chart_choice(parser)
    add_language(parser)
    add_page(
        parser,
        translate("CommandLine", "FILE"),
        translate("CommandLine", "the file to write: .pdf, .png or .svg"),
    )
    parser.add_argument(
        "--landscape", action="store_true", help=translate("CommandLine", "print in landscape")
    )
    parser.add_argument(
        "--view",
        choices=(*VIEWS, "all"),
        default=argparse.SUPPRESS,
        help=translate(
            "CommandLine",
            "the view of the feet drawn (default plantar, the sole), or all four: two pages "
            "on A4 or Letter, one on landscape A3",
        ),
    )
    parser.add_argument(
        "--zones",
        dest="zone_ids",
        metavar="ID,...",
        help=translate("CommandLine", "only these zones (comma-separated ids)"),
    )
    parser.add_argument(
        "--search",
        metavar=translate("CommandLine", "QUERY"),
        help=translate("CommandLine", "only the zones this search finds"),
    )
    parser.add_argument(
        "--grayscale",
        action="store_true",
        help=translate(
            "CommandLine", "for black-and-white printing: grey fills told apart by hatching"
        ),
    )
    parser.add_argument(
        "--for",
        dest="client",
        default="",
        metavar=translate("CommandLine", "NAME"),
        help=translate("CommandLine", "whom it is for: printed at the top, with the date"),
    )
    parser.add_argument(
        "--note",
        default="",
        metavar=translate("CommandLine", "TEXT"),
        help=translate("CommandLine", "notes printed under the name"),
    )
    parser.add_argument(
        "--disagreements",
        action="store_true",
        help=translate(
            "CommandLine",
            "write the one-page sheet of where the bundled charts disagree instead",
        ),
    )
    parser.add_argument(
        "--guide",
        action="store_true",
        help=translate(
            "CommandLine", "add pages with the technique guide and what research says (PDF)"
        ),
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
        no_view = translate("Commands", "this chart has no {0} view; it has {1}")
        return fail(no_view.format(request.view, ", ".join(chart.views)))

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
    from ..core.chart_layout import PageTooSmall
    from ..core.errors import ChartError
    from ..render.chart_painter import ExportError

    _app = painting_application()
    try:
        pages = export()
    except (ExportError, PageTooSmall) as error:
        return fail(str(error))
    except ChartError as error:
        print(problems_text(error), file=sys.stderr)
        return 1
    if pages > 1:
        print(translate("Commands", "{0}: {1} pages").format(path, pages))
    else:
        print(translate("Commands", "{0}: 1 page").format(path))
    return 0
