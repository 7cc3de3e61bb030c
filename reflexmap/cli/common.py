"""What the terminal commands share: loading the chart, reporting its problems."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable

from ..app import catalogue
from ..app.catalogue import DEFAULT_CHART, ChartSource
from ..app.i18n import (
    ENGLISH,
    environment_languages,
    language_of,
    problems_text,
    set_active_language,
)
from ..core.chart_cache import default_cache_dir
from ..core.errors import ChartError
from ..core.model import Chart


def speak(args: argparse.Namespace) -> None:
    """Print in the language of --lang, else of the environment."""
    language = getattr(args, "lang", None) or language_of(environment_languages(os.environ))
    if language == ENGLISH:
        set_active_language(ENGLISH)
    else:
        from ..ui import translation  # QtCore loads only for another language

        translation.activate(language)


def given_source(args: argparse.Namespace) -> ChartSource | None:
    """The chart given on the command line (a bundled one, or files), or None for the
    default chart."""
    zones_file, map_file = getattr(args, "zones", None), getattr(args, "map", None)
    chart_id = getattr(args, "chart", None)
    if zones_file is None and map_file is None:
        return ChartSource.of_bundled(chart_id) if chart_id else None
    default = ChartSource.of_bundled(chart_id or DEFAULT_CHART)
    return ChartSource.of_files(zones_file or default.zones_file, map_file)


def source_of(args: argparse.Namespace) -> ChartSource:
    return given_source(args) or ChartSource.of_bundled(DEFAULT_CHART)


def load(args: argparse.Namespace) -> Chart | None:
    """The chart, or None after printing its problems to stderr."""
    try:
        return catalogue.load(source_of(args), default_cache_dir())
    except ChartError as error:
        print(problems_text(error), file=sys.stderr)
        return None


def lazy(module: str, name: str) -> Callable[[argparse.Namespace], int]:
    """A command's function, imported when the command runs: building the parser for the
    window's start stays free of what the commands need (SQLite, YAML)."""

    def run(args: argparse.Namespace) -> int:
        command: Callable[[argparse.Namespace], int] = getattr(
            importlib.import_module(f"reflexmap.cli.{module}"), name
        )
        return command(args)

    return run


def fail(message: str) -> int:
    print(f"reflexmap: {message}", file=sys.stderr)
    return 1
