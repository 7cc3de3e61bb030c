"""`reflexmap charts`: the charts reflexmap knows."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..app.catalogue import BUNDLED, DEFAULT_CHART, ChartSource, load
from ..app.i18n import problems_text, translate
from ..core.chart_cache import default_cache_dir
from ..core.errors import ChartError
from .common import add_language


def add_parser(commands: Any, chart_files: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "charts",
        help=translate("CommandLine", "list the bundled charts"),
        description=translate(
            "CommandLine",
            "List the charts reflexmap comes with; give one to any command with --chart ID.",
        ),
    )
    add_language(parser)
    parser.add_argument(
        "--json", action="store_true", help=translate("CommandLine", "print a JSON list")
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        charts = {b.id: load(ChartSource.of_bundled(b.id), default_cache_dir()) for b in BUNDLED}
    except ChartError as error:
        print(problems_text(error), file=sys.stderr)
        return 1
    if args.json:
        records = [
            {
                "id": chart_id,
                "name": chart.info.name,
                "source": chart.info.source,
                "views": list(chart.views),
                "zones": len(chart.zones),
                "default": chart_id == DEFAULT_CHART,
            }
            for chart_id, chart in charts.items()
        ]
        print(json.dumps(records, indent=2, ensure_ascii=False))
        return 0
    for chart_id, chart in charts.items():
        default = "  " + translate("Commands", "(default)") if chart_id == DEFAULT_CHART else ""
        print(f"{chart_id:8}  {chart.info.name}{default}")
        zones = translate("Commands", "{0} zones on {1}")
        print(f"{'':8}  {zones.format(len(chart.zones), ', '.join(chart.views))}")
    return 0
