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
from ..app.i18n import LANGUAGES, translate
from ..core.model import VIEWS
from . import (
    argparse_words,
    chart,
    charts,
    compare,
    journal,
    search,
    session,
    validate,
    window,
    zones,
)
from .common import add_chart_choice, add_language, speak

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
    words = sys.argv[1:] if argv is None else list(argv)
    speak(asked_language(words))  # before the parser, whose help and errors are worded in it
    with argparse_words.speaking():
        command_line = parser()
        qt_options, rest = split_qt_options(words, command_line)
        args = command_line.parse_args(rest)
        if qt_options and args.command is not None:
            qt_only = translate("CommandLine", "{0} is an option of Qt, for the window")
            command_line.error(qt_only.format(qt_options[0]))
    args.qt_options = qt_options
    try:
        return int(args.func(args))
    except BrokenPipeError:
        # The reader went away (`reflexmap zones | head`): stop quietly, as other tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def asked_language(argv: Sequence[str]) -> str | None:
    """The language of ``--lang CODE`` or ``--lang=CODE`` (or argparse's abbreviations of it,
    such as ``--lan``), before or after a command: the last one, as argparse takes it. None
    if there is none, or it is no language of the interface (the parser then says so)."""
    asked = None
    for word, following in zip(argv, [*argv[1:], None], strict=False):
        if word == "--":  # what follows is no option
            break
        name, equals, value = word.partition("=")
        if len(name) > 2 and "--lang".startswith(name):
            asked = value if equals else following
    return asked if asked in LANGUAGES else None


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
                needs_value = translate("CommandLine", "Qt's option {0} needs a value")
                command_line.error(needs_value.format(name))
            qt += [name, given]
    return qt, rest


def parser() -> argparse.ArgumentParser:
    # --zones, --map, --lang and the like are accepted before or after a command; SUPPRESS
    # keeps a command's copy of an option from overwriting a value given before the command.
    chart_files = argparse.ArgumentParser(add_help=False)
    chart_files.add_argument(
        "--zones",
        type=Path,
        metavar=translate("CommandLine", "FILE"),
        default=argparse.SUPPRESS,
        help=translate("CommandLine", "a zones file (YAML); the bundled chart by default"),
    )
    chart_files.add_argument(
        "--map",
        type=Path,
        metavar=translate("CommandLine", "FILE"),
        default=argparse.SUPPRESS,
        help=translate(
            "CommandLine",
            "the drawing of the sole (SVG), for a zones file that names no drawings",
        ),
    )
    chart_files.add_argument(
        "--view",
        choices=VIEWS,
        default=argparse.SUPPRESS,
        help=translate(
            "CommandLine",
            "the view of the feet for --screenshot and chart (default plantar, the sole)",
        ),
    )
    add_chart_choice(chart_files)
    add_language(chart_files)
    main_parser = argparse.ArgumentParser(
        prog="reflexmap",
        parents=[chart_files],
        description=translate(
            "CommandLine",
            "An interactive map of the foot's reflex zones. Everything it shows is a "
            "traditional claim, not medical advice. With no command, opens the window.",
        ),
        epilog=translate(
            "CommandLine",
            "The window also takes Qt's standard options: -style NAME, -platform NAME, "
            "-reverse, -stylesheet FILE, -platformtheme NAME, -qwindowgeometry WxH+X+Y, "
            "-qwindowtitle TITLE, -display DISPLAY and the like.",
        ),
    )
    main_parser.add_argument(
        "--version",
        action="version",
        version=f"reflexmap {__version__}",
        help=translate("CommandLine", "show the version and exit"),
    )
    window.add_options(main_parser)
    commands = main_parser.add_subparsers(
        dest="command", title=translate("CommandLine", "commands")
    )
    for command in (zones, search, chart, charts, compare, validate, session, journal):
        command.add_parser(commands, chart_files)
    return main_parser
