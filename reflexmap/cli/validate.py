"""`reflexmap validate`: check a chart and report every problem."""

from __future__ import annotations

import argparse
from typing import Any

from ..app.i18n import problems_text, translate
from ..core.errors import ChartError
from ..core.loader import drawing_paths, load_chart
from .common import source_of


def add_parser(commands: Any, chart_files: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "validate",
        parents=[chart_files],
        help="check a chart and report every problem",
        description="Check a zones file and its drawing. Exits 0 with a summary, or 1 with "
        "one FILE:LINE:COL: message line per problem.",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    source = source_of(args)
    try:
        chart = load_chart(*source.files)  # never from the cache: validate always parses
    except ChartError as error:
        print(problems_text(error))
        return 1
    drawings = drawing_paths(chart.zone_data, *source.files).values()
    summary = translate("Commands", "{0} + {1}: OK, {2} zones, {3} regions on {4} view(s)")
    files = ", ".join(map(str, drawings))
    print(
        summary.format(
            source.zones_file, files, len(chart.zones), len(chart.regions), len(chart.views)
        )
    )
    return 0
