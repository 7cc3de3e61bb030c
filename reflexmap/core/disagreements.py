"""Where the bundled charts disagree: topics, each with the place every chart gives it.

Read as strictly as a zones file, with the same helpers.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from yaml.nodes import Node

from .errors import ChartError
from .loader import read_file
from .zones_file import MAX_BYTES, Reader, compose


@dataclass(frozen=True)
class ChartPlace:
    """Where one chart places a topic: its zones (none if it does not place it) and how it
    says so in words."""

    chart: str
    zones: tuple[str, ...]
    where: str


@dataclass(frozen=True)
class Topic:
    """An organ or a complaint that the charts place differently."""

    id: str
    name: str
    terms: tuple[str, ...]
    """Words that bring the topic up in a search or a comparison."""
    places: tuple[ChartPlace, ...]
    line: int | None = None


@dataclass(frozen=True)
class Disagreements:
    note: str
    """What this means: practitioners do not agree either."""
    topics: tuple[Topic, ...]


def load_disagreements(text: str | bytes, source_name: str) -> Disagreements:
    """Parse a disagreements file; raise ChartError listing every problem found."""
    reader = _DisagreementsReader(source_name)
    data = reader.disagreements(compose(text, source_name))
    if reader.problems:
        raise ChartError(reader.problems)
    return data


def read_disagreements_file(path: Path, language: str | None = None) -> Disagreements:
    """Read and parse a disagreements file; an unreadable file is a ChartError too. With
    ``language``, the texts of its translation beside it, if it has one; a text the
    translation lacks is the English one, marked."""
    table = load_disagreements(read_file(path, MAX_BYTES), str(path))
    from .chart_translation import in_language, translate_disagreements

    return in_language(table, path, language, translate_disagreements)


class _DisagreementsReader(Reader):
    def disagreements(self, root: Node) -> Disagreements:
        top = self.mapping(root, "the disagreements file", required=("note", "topics"))
        seen: set[str] = set()
        return Disagreements(
            note=self.text(top.get("note"), "note"),
            topics=tuple(self.topic(n, seen) for n in self.sequence(top.get("topics"), "topics")),
        )

    def topic(self, node: Node, seen: set[str]) -> Topic:
        fields = self.mapping(node, "a topic", required=("id", "name", "terms", "places"))
        charts: set[str] = set()
        return Topic(
            id=self.identifier(fields.get("id"), "topic id", seen),
            name=self.text(fields.get("name"), "topic name"),
            terms=self.texts(fields.get("terms"), "a term"),
            places=tuple(
                self.place(n, charts) for n in self.sequence(fields.get("places"), "places", 2)
            ),
            line=node.start_mark.line + 1,
        )

    def place(self, node: Node, charts: set[str]) -> ChartPlace:
        fields = self.mapping(node, "a place", required=("chart", "zones", "where"))
        return ChartPlace(
            chart=self.identifier(fields.get("chart"), "chart id", charts),
            zones=tuple(
                self.text(n, "zone id") for n in self.sequence(fields.get("zones"), "zones", 0)
            ),
            where=self.text(fields.get("where"), "where"),
        )
