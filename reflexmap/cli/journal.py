"""`reflexmap journal`: the sessions run. Its commands load only when one runs."""

from __future__ import annotations

import argparse
from typing import Any

from ..app.i18n import translate
from .common import add_language, add_output, lazy


def add_parser(commands: Any, chart_files: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "journal",
        help=translate("CommandLine", "the sessions you ran"),
        description=translate(
            "CommandLine",
            "The journal of sessions run: what was done, for how long, and your notes. It is "
            "kept in your data folder: $XDG_DATA_HOME/reflexmap or ~/.local/share/reflexmap on "
            "Linux, ~/Library/Application Support/reflexmap on macOS, %APPDATA%\\reflexmap on "
            "Windows.",
        ),
    )
    add_language(parser)
    parser.set_defaults(func=lazy("journal_commands", "run_show"))
    actions = parser.add_subparsers(dest="action", title=translate("CommandLine", "actions"))
    export = actions.add_parser(
        "export", help=translate("CommandLine", "write the journal as JSON or CSV")
    )
    add_language(export)
    kind = export.add_mutually_exclusive_group()
    for kind_of_file, described in (
        ("json", translate("CommandLine", "JSON: the runs with their steps, and the zone notes")),
        ("csv", translate("CommandLine", "CSV: one row per step of every run")),
    ):
        kind.add_argument(
            f"--{kind_of_file}",
            action="store_const",
            dest="format",
            const=kind_of_file,
            help=described,
        )
    add_output(export)
    export.set_defaults(func=lazy("journal_commands", "run_export"), format="json")
    delete = actions.add_parser(
        "delete", help=translate("CommandLine", "delete one entry, or everything")
    )
    add_language(delete)
    which = delete.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "id",
        nargs="?",
        type=int,
        metavar=translate("CommandLine", "id"),
        help=translate("CommandLine", "the entry, as `reflexmap journal` shows it"),
    )
    which.add_argument(
        "--all",
        action="store_true",
        help=translate("CommandLine", "every entry, note and own session"),
    )
    delete.set_defaults(func=lazy("journal_commands", "run_delete"))
