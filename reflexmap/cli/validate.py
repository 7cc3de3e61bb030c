"""`reflexmap validate`: check a chart and its translations, and report every problem."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..app.catalogue import TranslationFile, translation_files
from ..app.i18n import problems_text, translate
from ..core.errors import ChartError, Problem
from ..core.loader import check_chart
from ..core.model import ZoneData
from .common import source_of


def add_parser(commands: Any, chart_files: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "validate",
        parents=[chart_files],
        help=translate(
            "CommandLine", "check a chart and its translations and report every problem"
        ),
        description=translate(
            "CommandLine",
            "Check a zones file, its drawings and the translations beside it (for a "
            "bundled chart, the bundled sessions' and disagreements' too). Exits 0 with a "
            "summary, or 1 with one FILE:LINE:COL: message line per problem.",
        ),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    source = source_of(args)
    try:
        chart = check_chart(*source.files)  # never from the cache: validate always parses
        translations = check_translations(chart.zone_data, translation_files(source))
    except ChartError as error:
        print(problems_text(error))
        return 1
    if translations:
        checked = translate("Commands", "{0}: translations OK")
        print(checked.format(", ".join(map(str, translations))))
    summary = translate("Commands", "{0} + {1}: OK, {2} zones, {3} regions on {4} view(s)")
    files = ", ".join(map(str, chart.paths.values()))
    regions = sum(len(drawing.shapes) for drawing in chart.drawings.values())
    zones = len(chart.zone_data.zones)
    print(summary.format(source.zones_file, files, zones, regions, len(chart.drawings)))
    return 0


def check_translations(zone_data: ZoneData, files: list[TranslationFile]) -> list[Path]:
    """The translations checked; raises ChartError with every problem in them (or in the
    English sessions or disagreements file one translates)."""
    if not files:
        return []  # nor are the readers of translations imported
    from ..core import chart_translation as translation
    from ..core.disagreements import read_disagreements_file
    from ..core.sessions_file import read_sessions_file

    problems: list[Problem] = []
    for file in files:
        try:
            if file.kind == "zones":
                found = translation.translate_zone_data(zone_data, file.path, file.language)[1]
            elif file.kind == "sessions":
                sessions = read_sessions_file(file.english)
                found = translation.translate_sessions(sessions, file.path, file.language)[1]
            else:
                table = read_disagreements_file(file.english)
                found = translation.translate_disagreements(table, file.path, file.language)[1]
        except ChartError as error:  # the English file itself
            found = list(error.problems)
        problems += found
    if problems:
        raise ChartError(dict.fromkeys(problems))
    return [file.path for file in files]
