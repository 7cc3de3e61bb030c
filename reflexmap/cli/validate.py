"""`reflexmap validate`: check a chart and report every problem."""

from __future__ import annotations

import argparse
from typing import Any

from ..core.errors import ChartError
from ..core.loader import drawing_paths, load_chart
from .common import problems_text, source_of


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
    print(
        f"{source.zones_file} + {', '.join(map(str, drawings))}: OK, {len(chart.zones)} zones, "
        f"{len(chart.regions)} regions on {len(chart.views)} view(s)"
    )
    return 0
