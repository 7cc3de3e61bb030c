"""What the terminal commands share: loading the chart, reporting its problems."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Container, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..app import catalogue
from ..app.catalogue import DEFAULT_CHART, ChartSource
from ..app.i18n import (
    ENGLISH,
    LANGUAGES,
    active_language,
    environment_languages,
    language_of,
    problems_text,
    set_active_language,
    translate,
)
from ..core.chart_cache import default_cache_dir
from ..core.errors import ChartError
from ..core.model import Chart

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication


def speak(asked: str | None) -> None:
    """Print in the language asked for (--lang), else in the environment's."""
    language = asked or language_of(environment_languages(os.environ))
    if language != ENGLISH:
        try:
            from ..ui import translation  # QtCore loads only for another language
        except ImportError:  # Qt cannot load: English, and the window says what is missing
            pass
        else:
            translation.activate(language)
            return
    set_active_language(ENGLISH)


def add_language(parser: argparse.ArgumentParser) -> None:
    """--lang, which every command takes before or after it."""
    parser.add_argument(
        "--lang",
        choices=list(LANGUAGES),
        metavar=translate("CommandLine", "CODE"),
        default=argparse.SUPPRESS,
        help=translate(
            "CommandLine",
            "the language of the interface, the messages and the charts' texts ({0}); by "
            "default the system's",
        ).format(", ".join(LANGUAGES)),
    )


def add_chart_choice(parser: argparse.ArgumentParser) -> None:
    """--chart, which the commands that draw on a chart take before or after them."""
    parser.add_argument(
        "--chart",
        metavar="ID",
        choices=[bundled.id for bundled in catalogue.BUNDLED],
        default=argparse.SUPPRESS,
        help=translate(
            "CommandLine",
            "a bundled chart ({0}; `reflexmap charts` lists them); {1} by default",
        ).format(", ".join(b.id for b in catalogue.BUNDLED), DEFAULT_CHART),
    )


def add_output(parser: argparse.ArgumentParser) -> None:
    """-o FILE, for a command that writes to standard output otherwise."""
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar=translate("CommandLine", "FILE"),
        help=translate("CommandLine", "a file, not stdout"),
    )


def add_page(parser: argparse.ArgumentParser, file: str, file_help: str) -> None:
    """-o FILE, which must be given, and --page-size: for a command that prints to a file."""
    parser.add_argument("-o", "--output", type=Path, required=True, metavar=file, help=file_help)
    parser.add_argument(
        "--page-size",
        default="A4",
        metavar=translate("CommandLine", "SIZE"),
        help=translate("CommandLine", "A4 (default), Letter, A5, Legal, A3..."),
    )


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


def columns(rows: Sequence[Sequence[str]], right: Container[int] = ()) -> str:
    """Rows of cells as columns two spaces apart, those in ``right`` aligned to the right;
    the last column is not padded."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)] + [0]
    return "\n".join(
        "  ".join(
            cell.rjust(width) if i in right else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in rows
    )


def painting_application() -> QCoreApplication:
    """The application that painting a file needs (its fonts, and the translations the
    painters ask it for), without a window; keep it while painting. QtGui loads here."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from ..ui import translation

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    translation.activate(active_language())  # into the application
    return app


def fail(message: str) -> int:
    print(f"reflexmap: {message}", file=sys.stderr)
    return 1
