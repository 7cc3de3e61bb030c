"""`reflexmap search`: zones for symptoms, in everyday words."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any

from ..app.i18n import translate
from .common import load, source_of


def add_parser(commands: Any, chart_files: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "search",
        parents=[chart_files],
        help=translate("CommandLine", "find zones by symptom"),
        description=translate(
            "CommandLine",
            "Find the zones the chart links with one or more symptoms, in everyday words "
            '("can\'t sleep", "headache and cold feet"), then those the other bundled charts '
            "link with them. Warning signs that need a doctor are named first. Finding nothing "
            "is not an error.",
        ),
    )
    parser.add_argument(
        "query",
        nargs="+",
        metavar=translate("CommandLine", "query"),
        help=translate("CommandLine", "the symptoms, in your own words"),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("CommandLine", "print one JSON object")
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    chart = load(args)
    if chart is None:
        return 1
    from ..app import catalogue
    from ..app.compare import search_elsewhere
    from ..app.i18n import problems_text
    from ..app.search_text import search_text
    from ..core.chart_cache import default_cache_dir
    from ..core.errors import ChartError
    from ..core.search import SymptomIndex  # the stemmer loads only for a search

    source = source_of(args)
    try:
        bundled = catalogue.load_bundled(default_cache_dir())
    except ChartError as error:  # the chart asked for loaded: search it alone
        print(problems_text(error), file=sys.stderr)
        bundled = {}
    others = {cid: other for cid, other in bundled.items() if cid != source.bundled}
    result = SymptomIndex(chart.zone_data).search(" ".join(args.query))
    result, elsewhere = search_elsewhere(result, others)
    chart_id = source.bundled or str(source.zones_file)
    if args.json:
        record = asdict(result)
        record["results"] = [{**match, "chart": chart_id} for match in record["results"]] + [
            {**asdict(match), "chart": found.chart}
            for found in elsewhere
            for match in found.result.results
        ]
        print(json.dumps(record, indent=2, ensure_ascii=False))
    else:
        shown = f"{chart.info.name} ({chart_id}):"
        print(search_text(result, translate, chart=shown, elsewhere=elsewhere))
    return 0
