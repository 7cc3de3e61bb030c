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

QT_OPTIONS = {
    "-platform": True,
    "-platformpluginpath": True,
    "-platformtheme": True,
    "-plugin": True,
    "-style": True,
    "-stylesheet": True,
    "-reverse": False,
    "-session": True,
    "-widgetcount": False,
    "-qwindowgeometry": True,
    "-qwindowicon": True,
    "-qwindowtitle": True,
    "-display": True,
    "-geometry": True,
    "-name": True,
    "-title": True,
    "-visual": True,
    "-sync": False,
    "-nograb": False,
    "-dograb": False,
}
"""Qt's own options (QGuiApplication's, QApplication's and X11's) and whether each takes a
value: passed to Qt for the window, as every Qt program accepts them."""


def main(argv: Sequence[str] | None = None) -> int:
    command_line = parser()
    qt_options, rest = split_qt_options(sys.argv[1:] if argv is None else argv, command_line)
    args = command_line.parse_args(rest)
    args.qt_options = qt_options
    if qt_options and args.command is not None:
        command_line.error(f"{qt_options[0]} is an option of Qt, for the window")
    if args.command is not None:  # the window chooses its own, from its settings too
        speak(args)
    try:
        return int(args.func(args))
    except BrokenPipeError:
        # The reader went away (`reflexmap zones | head`): stop quietly, as other tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def split_qt_options(
    argv: Sequence[str], command_line: argparse.ArgumentParser
) -> tuple[list[str], list[str]]:
    """Qt's options (``-style Fusion`` or ``-style=Fusion``, ``-reverse``), each with its
    value, and the rest of the command line in order. Nothing after ``--`` is Qt's."""
    qt: list[str] = []
    rest: list[str] = []
    words = iter(argv)
    for word in words:
        if word == "--":
            rest += [word, *words]
            break
        name, equals, value = word.partition("=")
        if name not in QT_OPTIONS:
            rest.append(word)
        elif not QT_OPTIONS[name]:
            qt.append(word)
        elif equals:
            qt += [name, value]
        else:
            given = next(words, None)
            if given is None:
                command_line.error(f"Qt's option {name} needs a value")
            qt += [name, given]
    return qt, rest


def parser() -> argparse.ArgumentParser:
    # --zones, --map, --lang and the like are accepted before or after a command; SUPPRESS
    # keeps a command's copy of an option from overwriting a value given before the command.
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
    chart_files.add_argument(
        "--lang",
        choices=list(LANGUAGES),
        metavar="CODE",
        default=argparse.SUPPRESS,
        help=f"the language of the interface, the messages and the charts' texts "
        f"({', '.join(LANGUAGES)}); by default the system's",
    )
    main_parser = argparse.ArgumentParser(
        prog="reflexmap",
        parents=[chart_files],
        description="An interactive map of the foot's reflex zones. Everything it shows is a "
        "traditional claim, not medical advice. With no command, opens the window.",
        epilog="The window also takes Qt's standard options: -style NAME, -platform NAME, "
        "-reverse, -stylesheet FILE, -platformtheme NAME, -qwindowgeometry WxH+X+Y, "
        "-qwindowtitle TITLE, -display DISPLAY and the like.",
    )
    main_parser.add_argument("--version", action="version", version=f"reflexmap {__version__}")
    window.add_options(main_parser)
    commands = main_parser.add_subparsers(dest="command", title="commands")
    for command in (zones, search, chart, charts, compare, validate, session, journal):
        command.add_parser(commands, chart_files)
    return main_parser
