"""`reflexmap charts`: the charts reflexmap knows."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..app.catalogue import BUNDLED, DEFAULT_CHART, ChartSource, load
from ..core.chart_cache import default_cache_dir
from ..core.errors import ChartError


def add_parser(commands: Any, chart_files: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "charts",
        help="list the bundled charts",
        description="List the charts reflexmap comes with; give one to any command with "
        "--chart ID.",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON list")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    records = []
    for bundled in BUNDLED:
        try:
            chart = load(ChartSource.of_bundled(bundled.id), default_cache_dir())
        except ChartError as error:
            print(error, file=sys.stderr)
            return 1
        records.append(
            {
                "id": bundled.id,
                "name": chart.info.name,
                "source": chart.info.source,
                "views": list(chart.views),
                "zones": len(chart.zones),
                "default": bundled.id == DEFAULT_CHART,
            }
        )
    if args.json:
        print(json.dumps(records, indent=2, ensure_ascii=False))
        return 0
    for record in records:
        default = "  (default)" if record["default"] else ""
        print(f"{record['id']:8}  {record['name']}{default}")
        print(f"{'':8}  {record['zones']} zones on {', '.join(record['views'])}")
    return 0
