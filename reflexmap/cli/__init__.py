"""The `reflexmap` command: the window by default, and a few terminal commands.

Each command is a module with ``add_parser`` (its options, and ``func`` to run it); chart
files and the window's options are shared here.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .. import __version__
from ..app.catalogue import BUNDLED, DEFAULT_CHART
from ..app.i18n import LANGUAGES
from ..core.model import VIEWS
from . import chart, charts, compare, journal, search, session, validate, window, zones
from .common import speak


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command is not None:  # the window chooses its own, from its settings too
        speak(args)
    try:
        return int(args.func(args))
    except BrokenPipeError:
        # The reader went away (`reflexmap zones | head`): stop quietly, as other tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def parser() -> argparse.ArgumentParser:
    # --zones/--map are accepted before or after a command; SUPPRESS keeps a command's copy of
    # the option from overwriting a value given before the command.
    chart_files = argparse.ArgumentParser(add_help=False)
    chart_files.add_argument(
        "--zones",
        type=Path,
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="a zones file (YAML); the bundled chart by default",
    )
    chart_files.add_argument(
        "--map",
        type=Path,
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="the drawing of the sole (SVG), for a zones file that names no drawings",
    )
    chart_files.add_argument(
        "--view",
        choices=VIEWS,
        default=argparse.SUPPRESS,
        help="the view of the feet for --screenshot and chart (default plantar, the sole)",
    )
    chart_files.add_argument(
        "--chart",
        metavar="ID",
        choices=[bundled.id for bundled in BUNDLED],
        default=argparse.SUPPRESS,
        help=f"a bundled chart ({', '.join(b.id for b in BUNDLED)}; `reflexmap charts` lists "
        f"them); {DEFAULT_CHART} by default",
    )
    main_parser = argparse.ArgumentParser(
        prog="reflexmap",
        parents=[chart_files],
        description="An interactive map of the foot's reflex zones. Everything it shows is a "
        "traditional claim, not medical advice. With no command, opens the window.",
    )
    main_parser.add_argument("--version", action="version", version=f"reflexmap {__version__}")
    main_parser.add_argument(
        "--lang",
        choices=list(LANGUAGES),
        metavar="CODE",
        help=f"the language of the interface and the messages ({', '.join(LANGUAGES)}); "
        "by default the system's",
    )
    window.add_options(main_parser)
    commands = main_parser.add_subparsers(dest="command", title="commands")
    for command in (zones, search, chart, charts, compare, validate, session, journal):
        command.add_parser(commands, chart_files)
    return main_parser
