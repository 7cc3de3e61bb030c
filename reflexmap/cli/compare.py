"""`reflexmap compare`: where each bundled chart places a zone, an organ or a symptom."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any

from ..app.i18n import problems_text, translate
from ..core.chart_cache import default_cache_dir
from ..core.errors import ChartError
from .common import add_language


def add_parser(commands: Any, chart_files: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "compare",
        help=translate("CommandLine", "where each chart places a zone, an organ or a symptom"),
        description=translate(
            "CommandLine",
            'Show where each bundled chart places something ("thyroid", "heart", "back '
            'pain"), side by side: the charts disagree, and so do practitioners.',
        ),
    )
    add_language(parser)
    parser.add_argument(
        "term",
        nargs="+",
        metavar=translate("CommandLine", "term"),
        help=translate("CommandLine", "a zone, an organ or a symptom"),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("CommandLine", "print one JSON object")
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..app.catalogue import load_bundled, load_disagreements
    from ..app.compare import compare, comparison_text

    try:
        comparison = compare(
            " ".join(args.term), load_bundled(default_cache_dir()), load_disagreements()
        )
    except ChartError as error:
        print(problems_text(error), file=sys.stderr)
        return 1
    if args.json:
        record = asdict(comparison)
        record["topic"] = comparison.topic.id if comparison.topic else None
        print(json.dumps(record, indent=2, ensure_ascii=False))
    else:
        print(comparison_text(comparison, translate))
    return 0
