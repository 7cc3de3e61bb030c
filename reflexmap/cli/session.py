"""`reflexmap session`: the guided sessions. Its commands load only when one runs."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..app.i18n import translate
from .common import add_language, add_output, add_page, lazy


def add_parser(commands: Any, chart_files: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "session",
        help=translate("CommandLine", "list, show, print, export or import guided sessions"),
        description=translate(
            "CommandLine",
            "The guided massage sessions: the ones the source describes and your own. Each "
            "states what the tradition claims for it; none is a treatment.",
        ),
    )
    add_language(parser)
    actions = parser.add_subparsers(
        dest="action", title=translate("CommandLine", "actions"), required=True
    )
    listing = actions.add_parser("list", help=translate("CommandLine", "list the sessions"))
    add_language(listing)
    listing.add_argument(
        "--json", action="store_true", help=translate("CommandLine", "print a JSON list")
    )
    listing.set_defaults(func=lazy("session_commands", "run_list"))
    show = actions.add_parser(
        "show", parents=[chart_files], help=translate("CommandLine", "show a session's steps")
    )
    _session_id(show)
    show.add_argument(
        "--json", action="store_true", help=translate("CommandLine", "print one JSON object")
    )
    show.set_defaults(func=lazy("session_commands", "run_show"))
    export = actions.add_parser("export", help=translate("CommandLine", "write sessions as YAML"))
    add_language(export)
    export.add_argument(
        "ids",
        nargs="+",
        metavar="ID",
        help=translate("CommandLine", "the sessions to write"),
    )
    add_output(export)
    export.set_defaults(func=lazy("session_commands", "run_export"))
    card = actions.add_parser(
        "print",
        parents=[chart_files],
        help=translate(
            "CommandLine",
            "write a session card (PDF): the steps, a small map of each, the safety notes",
        ),
    )
    _session_id(card)
    add_page(
        card, translate("CommandLine", "FILE.pdf"), translate("CommandLine", "the card's file")
    )
    card.set_defaults(func=lazy("session_commands", "run_print"))
    imported = actions.add_parser(
        "import",
        parents=[chart_files],
        help=translate("CommandLine", "keep the sessions of a YAML file as your own"),
    )
    imported.add_argument(
        "file",
        type=Path,
        metavar=translate("CommandLine", "file"),
        help=translate("CommandLine", "a sessions file, as `session export` writes"),
    )
    imported.set_defaults(func=lazy("session_commands", "run_import"))


def _session_id(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "id",
        metavar=translate("CommandLine", "id"),
        help=translate("CommandLine", "the session's id, as `session list` shows it"),
    )
