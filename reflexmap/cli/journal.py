"""`reflexmap journal`: the sessions run. Its commands load only when one runs."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .common import lazy


def add_parser(commands: Any, chart_files: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "journal",
        help="the sessions you ran",
        description="The journal of sessions run: what was done, for how long, and your notes. "
        "It is kept in your data folder: $XDG_DATA_HOME/reflexmap or ~/.local/share/reflexmap "
        "on Linux, ~/Library/Application Support/reflexmap on macOS, %%APPDATA%%\\reflexmap on "
        "Windows.",
    )
    parser.set_defaults(func=lazy("journal_commands", "run_show"))
    actions = parser.add_subparsers(dest="action", title="actions")
    export = actions.add_parser("export", help="write the journal as JSON or CSV")
    kind = export.add_mutually_exclusive_group()
    kind.add_argument("--json", action="store_const", dest="format", const="json")
    kind.add_argument("--csv", action="store_const", dest="format", const="csv")
    export.add_argument("-o", "--output", type=Path, metavar="FILE", help="a file, not stdout")
    export.set_defaults(func=lazy("journal_commands", "run_export"), format="json")
    delete = actions.add_parser("delete", help="delete one entry, or everything")
    which = delete.add_mutually_exclusive_group(required=True)
    which.add_argument("id", nargs="?", type=int, help="the entry, as `reflexmap journal` shows")
    which.add_argument("--all", action="store_true", help="every entry, note and own session")
    delete.set_defaults(func=lazy("journal_commands", "run_delete"))
