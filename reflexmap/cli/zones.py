"""`reflexmap zones`: the chart's zones as a table or as JSON."""

from __future__ import annotations

import argparse
import json
from typing import Any

from ..app.i18n import translate
from ..core.model import Chart, Zone
from .common import columns, load, source_of


def add_parser(commands: Any, chart_files: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "zones",
        parents=[chart_files],
        help=translate("CommandLine", "list the chart's zones"),
        description=translate("CommandLine", "List the chart's zones as a table, or as JSON."),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate("CommandLine", "print a JSON list, one object per zone"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    chart = load(args)
    if chart is None:
        return 1
    if args.json:
        source = source_of(args)
        chart_id = source.bundled or str(source.zones_file)
        records = [{**_zone_json(zone), "chart": chart_id} for zone in chart.zones]
        print(json.dumps(records, indent=2, ensure_ascii=False))
    else:
        print(_zone_table(chart))
    return 0


def _zone_json(zone: Zone) -> dict[str, object]:
    record = zone.as_dict()
    del record["line"]
    return record


def _zone_table(chart: Chart) -> str:
    headings = (
        translate("Commands", "ID"),
        translate("Commands", "SIDES"),
        translate("Commands", "NAME"),
        translate("Commands", "TRADITIONALLY LINKED WITH"),
    )
    rows = [headings] + [
        (zone.id, ", ".join(zone.sides), zone.name, ", ".join(zone.associations))
        for zone in chart.zones
    ]
    return "\n".join([columns(rows), "", chart.info.disclaimer])
