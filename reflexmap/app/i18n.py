"""Translation without Qt: the layers below the widgets take a translate function."""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]
"""``translate(context, text)``: Qt's QCoreApplication.translate in the app, else English."""


def english(context: str, text: str) -> str:
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for Qt's lupdate, in ``context``; it is translated where it is shown."""
    return text
