"""Translation without Qt: the layers below the widgets take a translate function, and ask
here which language the interface speaks."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..core.errors import ChartError, Problem
from ..core.problems import QT_TRANSLATE_NOOP, Translate

__all__ = [
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "Translate",
    "active_language",
    "decimal",
    "english",
    "environment_languages",
    "language_of",
    "located",
    "problems_text",
    "set_active_language",
    "translate",
    "worded",
]

ENGLISH = "en"
LANGUAGES: Mapping[str, str] = {"en": "English", "ru": "Русский", "de": "Deutsch"}
"""The interface's languages: code -> the language's own name, as the menu shows it."""


def english(context: str, text: str) -> str:
    """The translate function when there is no translator: the English text as written."""
    return text


_active = ENGLISH
_translate: Translate = english
_decimal_point = "."
_group_separator = ","


def active_language() -> str:
    """The code of the language the interface speaks now ("en", "ru", "de"): what the window
    and the commands show their own words in, and what a chart's translation is chosen by."""
    return _active


def translate(context: str, text: str) -> str:
    """``text`` in the active language, as the terminal commands print it."""
    return _translate(context, text)


def decimal(value: float, places: int) -> str:
    """``value`` with ``places`` decimals, written with the active language's decimal point."""
    return f"{value:.{places}f}".replace(".", _decimal_point)


def set_active_language(
    code: str, translator: Translate = english, decimal_point: str = ".", group_separator: str = ","
) -> None:
    """Called by whoever loads the translations: ``translator`` words text in ``code``, whose
    numbers are written with ``decimal_point`` and thousands grouped with ``group_separator``."""
    global _active, _translate, _decimal_point, _group_separator
    if code not in LANGUAGES:
        raise ValueError(f"no interface language {code!r}")
    _active, _translate = code, translator
    _decimal_point, _group_separator = decimal_point, group_separator


def worded(problem: Problem) -> str:
    """A problem's message in the active language, its numbers written as the language writes
    them."""
    return problem.message(_translate, _group_separator)


def located(problem: Problem) -> str:
    """FILE:LINE:COL: message, in the active language."""
    return problem.located(_translate, _group_separator)


def problems_text(error: ChartError) -> str:
    """FILE:LINE:COL: message, a line per problem, in the active language."""
    return "\n".join(located(problem) for problem in error.problems)


def language_of(preferences: Iterable[str]) -> str:
    """The first of the user's languages (locale names such as "de_AT.UTF-8", "ru-RU") that
    the interface speaks, else English."""
    for name in preferences:
        code = name.replace("-", "_").partition("_")[0].partition(".")[0].lower()
        if code in LANGUAGES:
            return code
        if code in ("c", "posix"):  # the plain locale chosen on purpose: no translation
            break
    return ENGLISH


def environment_languages(environ: Mapping[str, str]) -> list[str]:
    """The user's languages as the POSIX environment gives them, for the terminal commands
    (which load no Qt to ask QLocale): LANGUAGE's list, then LC_ALL, LC_MESSAGES, LANG."""
    names = [name for name in environ.get("LANGUAGE", "").split(":") if name]
    names += [environ[key] for key in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(key)]
    return names
