"""`reflexmap session`: the guided sessions. Its commands load only when one runs."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .common import lazy


def add_parser(commands: Any, chart_files: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "session",
        help="list, show, print, export or import guided sessions",
        description="The guided massage sessions: the ones the source describes and your own. "
        "Each states what the tradition claims for it; none is a treatment.",
    )
    actions = parser.add_subparsers(dest="action", title="actions", required=True)
    listing = actions.add_parser("list", help="list the sessions")
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    listing.set_defaults(func=lazy("session_commands", "run_list"))
    show = actions.add_parser("show", help="show a session's steps")
    show.add_argument("id", help="the session's id, as `session list` shows it")
    show.add_argument("--json", action="store_true", help="print one JSON object")
    show.set_defaults(func=lazy("session_commands", "run_show"))
    export = actions.add_parser("export", help="write sessions as YAML")
    export.add_argument("ids", nargs="+", metavar="ID", help="the sessions to write")
    export.add_argument("-o", "--output", type=Path, metavar="FILE", help="a file, not stdout")
    export.set_defaults(func=lazy("session_commands", "run_export"))
    card = actions.add_parser(
        "print",
        parents=[chart_files],
        help="write a session card (PDF): the steps, a small map of each, the safety notes",
    )
    card.add_argument("id", help="the session's id, as `session list` shows it")
    card.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    card.add_argument(
        "--page-size", default="A4", metavar="NAME", help="A4 (default), Letter, A5..."
    )
    card.set_defaults(func=lazy("session_commands", "run_print"))
    imported = actions.add_parser(
        "import", parents=[chart_files], help="keep the sessions of a YAML file as your own"
    )
    imported.add_argument("file", type=Path, help="a sessions file, as `session export` writes")
    imported.set_defaults(func=lazy("session_commands", "run_import"))
