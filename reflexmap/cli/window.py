"""With no command: the window, or a screenshot of it."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..app.i18n import QT_TRANSLATE_NOOP, translate
from ..startup import long_lived, missing_libraries, missing_libraries_message, qt_platform
from .common import given_source

DIALOGS = ("notice", "about", "shortcuts", "claims", "contraindications")


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar=translate("CommandLine", "FILE"),
        help=translate("CommandLine", "render the window offscreen to a PNG and exit"),
    )
    parser.add_argument(
        "--select",
        metavar="ZONE_ID",
        help=translate("CommandLine", "with --screenshot: select this zone"),
    )
    parser.add_argument(
        "--search",
        metavar=translate("CommandLine", "QUERY"),
        help=translate("CommandLine", "with --screenshot: search for this"),
    )
    parser.add_argument(
        "--size",
        type=_window_size,
        metavar="WxH",
        help=translate(
            "CommandLine", "with --screenshot: window size in pixels (default 1200x800)"
        ),
    )
    parser.add_argument(
        "--screen",
        type=_window_size,
        metavar="WxH",
        help=translate(
            "CommandLine",
            "with --screenshot: a screen of this size; the window opens on it as on a first "
            "start, and the picture is the whole screen",
        ),
    )
    parser.add_argument(
        "--dialog",
        choices=DIALOGS,
        help=translate(
            "CommandLine", "with --screenshot and --screen: this dialog open over the window"
        ),
    )
    parser.set_defaults(func=run)


def _window_size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    try:
        size = int(width), int(height)
    except ValueError:
        not_size = translate("CommandLine", "'{0}' is not WIDTHxHEIGHT, e.g. 1200x800")
        raise argparse.ArgumentTypeError(not_size.format(text)) from None
    if not all(200 <= side <= 8000 for side in size):
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "width and height must be between 200 and 8000 pixels")
        )
    return size


def run(args: argparse.Namespace) -> int:
    shot_only = (args.select, args.search, args.size, args.screen, args.dialog)
    if args.screenshot is None and any(option is not None for option in shot_only):
        return _mistake(
            QT_TRANSLATE_NOOP(
                "Commands",
                "--select, --search, --size, --screen and --dialog go with --screenshot",
            ),
            2,
        )
    if args.dialog is not None and args.screen is None:
        return _mistake(QT_TRANSLATE_NOOP("Commands", "--dialog goes with --screen"), 2)
    qt_options = getattr(args, "qt_options", [])
    # A screenshot is taken offscreen unless a platform is asked for.
    environ = {"QT_QPA_PLATFORM": "offscreen", **os.environ} if args.screenshot else os.environ
    platform = qt_platform(qt_options, environ)
    missing = missing_libraries(platform)
    if missing:
        # Before Qt, which would abort with a message that names no package.
        print(missing_libraries_message(missing), end="", file=sys.stderr)
        return 1
    if platform == "xcb" and not environ.get("DISPLAY") and "-display" not in qt_options:
        # Qt would abort too (a terminal without a desktop, such as ssh).
        no_display = QT_TRANSLATE_NOOP(
            "Commands",
            "no display to open the window on (DISPLAY is not set); "
            "--screenshot FILE and the commands (reflexmap --help) work without one",
        )
        return _mistake(no_display, 1)
    with long_lived():
        try:
            from ..ui.app import WindowRequest, run  # Qt loads only when a window is wanted
        except ImportError:
            missing = missing_libraries(platform, import_failed=True)
            if not missing:
                raise
            print(missing_libraries_message(missing), end="", file=sys.stderr)
            return 1

    return run(
        WindowRequest(
            given_source(args),
            screenshot=args.screenshot,
            select=args.select,
            search=args.search,
            size=args.size,
            screen=args.screen,
            dialog=args.dialog,
            view=getattr(args, "view", None),
            qt_options=tuple(qt_options),
            language=getattr(args, "lang", None),
        )
    )


def _mistake(message: str, status: int) -> int:
    """Say what is wrong (the window, which would choose its own language, does not start)."""
    print(f"reflexmap: {translate('Commands', message)}", file=sys.stderr)
    return status
