"""With no command: the window, or a screenshot of it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..app.i18n import translate
from ..startup import long_lived
from .common import given_source, speak


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE",
        help="render the window offscreen to a PNG and exit",
    )
    parser.add_argument("--select", metavar="ZONE_ID", help="with --screenshot: select this zone")
    parser.add_argument("--search", metavar="QUERY", help="with --screenshot: search for this")
    parser.add_argument(
        "--size",
        type=_window_size,
        metavar="WxH",
        default=(1200, 800),
        help="with --screenshot: window size in pixels (default 1200x800)",
    )
    parser.set_defaults(func=run)


def _window_size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    try:
        size = int(width), int(height)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not WIDTHxHEIGHT, e.g. 1200x800") from None
    if not all(200 <= side <= 8000 for side in size):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 8000 pixels")
    return size


def run(args: argparse.Namespace) -> int:
    if args.screenshot is None and (args.select is not None or args.search is not None):
        speak(args)
        wrong = translate("Commands", "--select and --search go with --screenshot")
        print(f"reflexmap: {wrong}", file=sys.stderr)
        return 2
    with long_lived():
        from ..ui.app import WindowRequest, run  # Qt loads only when a window is wanted

    return run(
        WindowRequest(
            given_source(args),
            screenshot=args.screenshot,
            select=args.select,
            search=args.search,
            size=args.size,
            view=getattr(args, "view", None),
            language=args.lang,
        )
    )
