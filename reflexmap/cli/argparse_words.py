"""argparse's own words ("usage:", "options", "show this help message and exit", its error
messages) in the interface's language.

argparse words them through the standard library's gettext, which has no Russian or German
catalogue for it. argparse looks its ``_`` up each time it words one, so while the command
line is built and read, ``speaking()`` puts reflexmap's translation there (context
"argparse"), and gives gettext back afterwards. WORDS are argparse's texts that a user of
reflexmap can meet, as Python 3.11 to 3.13 write them; any other stays English.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from ..app.i18n import QT_TRANSLATE_NOOP, translate

WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
)


@contextmanager
def speaking() -> Iterator[None]:
    """argparse speaks the interface's language within."""
    gettext = argparse._  # type: ignore[attr-defined]
    argparse._ = _word  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = gettext  # type: ignore[attr-defined]


def _word(text: str) -> str:
    return translate("argparse", text)
