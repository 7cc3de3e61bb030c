"""Translation without Qt: the layers below the widgets take a translate function."""

from __future__ import annotations

from ..core.problems import QT_TRANSLATE_NOOP, Translate

__all__ = ["QT_TRANSLATE_NOOP", "Translate", "english"]


def english(context: str, text: str) -> str:
    """The translate function when there is no translator: the English text as written."""
    return text
