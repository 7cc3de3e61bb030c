"""`reflexmap search`: zones for symptoms, in everyday words."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from typing import Any

from .common import load


def add_parser(commands: Any, chart_files: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "search",
        parents=[chart_files],
        help="find zones by symptom",
        description="Find the zones the chart links with one or more symptoms, in everyday "
        'words ("can\'t sleep", "headache and cold feet"). Warning signs that need a '
        "doctor are named first. Finding nothing is not an error.",
    )
    parser.add_argument("query", nargs="+", help="the symptoms, in your own words")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    chart = load(args)
    if chart is None:
        return 1
    from ..app.i18n import translate
    from ..app.search_text import search_text
    from ..core.search import SymptomIndex  # the stemmer loads only for a search

    result = SymptomIndex(chart.zone_data).search(" ".join(args.query))
    if args.json:
        print(json.dumps(asdict(result), indent=2, ensure_ascii=False))
    else:
        print(search_text(result, translate))
    return 0
