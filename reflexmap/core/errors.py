"""One error type for every way a chart can fail to load."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import NamedTuple

from .problems import CONTEXT, MESSAGES, Phrase, Translate

MAX_SHOWN = 100
"""Characters of a value from a file shown in a message: a 10,000-character name is cut."""


class Problem(NamedTuple):
    """One thing wrong with a chart file, located as precisely as the format allows.

    ``code`` names the template in problems.MESSAGES, ``args`` fill its places; the text is
    made by message(), in English or through a translate function.
    """

    file: str
    code: str
    args: Mapping[str, str | int] = MappingProxyType({})
    line: int | None = None
    column: int | None = None

    def __hash__(self) -> int:
        # Not of the arguments, a dict, which cannot be hashed; equality still compares them.
        return hash((self.file, self.code, self.line, self.column))

    def message(self, translate: Translate | None = None, separator: str = ",") -> str:
        """The message without its place, in English or as ``translate`` words it; a number
        grouped in thousands (``{limit:,}``) is grouped with ``separator``, the language's."""
        template = MESSAGES[self.code]
        args = {key: _shown(key, value, separator) for key, value in self.args.items()}
        if translate is None:
            return template.format_map(args)
        for key, value in args.items():
            if isinstance(value, Phrase):
                args[key] = translate(CONTEXT, value)
        return translate(CONTEXT, template).format_map(args)

    def located(self, translate: Translate | None = None, separator: str = ",") -> str:
        """FILE:LINE:COL: message (as much of the place as is known)."""
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message(translate, separator)}"

    def __str__(self) -> str:
        return self.located()


class _Number:
    """A whole number in a message, its thousands grouped with the language's separator where
    the template groups them: 5,000 in English, 5 000 in Russian, 5.000 in German."""

    def __init__(self, value: int, separator: str) -> None:
        self.value = value
        self.separator = separator

    def __format__(self, spec: str) -> str:
        return format(self.value, spec).replace(",", self.separator)


def _shown(key: str, value: str | int, separator: str) -> str | _Number:
    """A value as a message may show it: no control characters, and not too long (a file
    name, the user's own, is shown whole)."""
    if isinstance(value, Phrase):
        return value
    if isinstance(value, int):
        return _Number(value, separator)
    if not value.isprintable():
        value = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in value)
    return value if key == "file" or len(value) <= MAX_SHOWN else value[:MAX_SHOWN] + "..."


class ChartError(Exception):
    """A chart could not be loaded; carries every problem found, so a user sees all at once."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        if not self.problems:
            raise ValueError("ChartError needs at least one problem")
        super().__init__("\n".join(str(p) for p in self.problems))
