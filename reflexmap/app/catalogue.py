"""The charts reflexmap knows: the bundled ones and the user's own files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple

from ..core.loader import find_translation, load_chart
from ..core.model import Chart
from ..resources import (
    bundled_asset_file,
    bundled_assets_folder,
    bundled_data_file,
    bundled_map_file,
    bundled_sessions_file,
    bundled_zones_file,
)
from .i18n import ENGLISH, QT_TRANSLATE_NOOP, active_language

if TYPE_CHECKING:
    from ..core.disagreements import Disagreements
    from ..core.sessions import Session

LANGUAGES = ("ru", "de")
"""The languages the bundled charts, sessions and disagreements are translated into."""


class BundledChart(NamedTuple):
    """A chart that ships with reflexmap."""

    id: str
    title: str
    """What menus call it, marked for translation (context "Catalogue")."""
    zones_file: Path
    plantar_file: Path
    """The drawing of the sole its zones file names (given with it, it is the same chart)."""


BUNDLED: tuple[BundledChart, ...] = (
    BundledChart(
        "article",
        QT_TRANSLATE_NOOP("Catalogue", "Home foot-massage chart (bundled)"),
        bundled_zones_file(),
        bundled_map_file(),
    ),
    BundledChart(
        "western",
        QT_TRANSLATE_NOOP("Catalogue", "Common Western chart (bundled)"),
        bundled_data_file("western.yaml"),
        bundled_asset_file("western-plantar.svg"),
    ),
)
DEFAULT_CHART = BUNDLED[0].id


class ChartSource(NamedTuple):
    """Where a chart comes from: a bundled chart, or a zones file (and its drawing, if the
    zones file does not name its drawings itself)."""

    zones_file: Path
    map_file: Path | None = None
    bundled: str | None = None
    """The id of the bundled chart these files are, if they are one."""

    @classmethod
    def of_bundled(cls, chart_id: str) -> ChartSource:
        chart = next(c for c in BUNDLED if c.id == chart_id)
        return cls(chart.zones_file, None, chart.id)

    @classmethod
    def of_files(cls, zones_file: Path, map_file: Path | None = None) -> ChartSource:
        """The user's files; the bundled chart's own files count as the bundled chart."""
        for chart in BUNDLED:
            if zones_file == chart.zones_file and map_file in (None, chart.plantar_file):
                return cls.of_bundled(chart.id)
        return cls(zones_file, map_file)

    @property
    def files(self) -> tuple[Path, Path | None]:
        return self.zones_file, self.map_file

    def key(self) -> str:
        """A form for remembering it: ``bundled:ID``, or the paths on two lines."""
        if self.bundled:
            return f"bundled:{self.bundled}"
        return f"{self.zones_file}\n{self.map_file or ''}"

    @classmethod
    def from_key(cls, key: str) -> ChartSource | None:
        """The source a key names, or None if the key is damaged or names no bundled chart."""
        if key.startswith("bundled:"):
            chart_id = key.removeprefix("bundled:")
            return cls.of_bundled(chart_id) if any(c.id == chart_id for c in BUNDLED) else None
        zones, _, drawing = key.partition("\n")
        return cls.of_files(Path(zones), Path(drawing) if drawing else None) if zones else None


def _texts_in(language: str | None) -> str | None:
    """The translation to read: ``language``, by default the interface's; None for English,
    the language the files are written in."""
    code = language or active_language()
    return None if code == ENGLISH else code


def load(
    source: ChartSource,
    cache_dir: Path | None,
    language: str | None = None,
    later: list[Callable[[], None]] | None = None,
) -> Chart:
    """The chart from its source, in ``language`` ("ru", "de"; by default the interface's)
    where it has a translation; raises ChartError with every problem. With ``later``, a
    chart that had to be parsed is cached by the calls it adds there (see load_chart)."""
    texts = _texts_in(language)
    return load_chart(
        source.zones_file, source.map_file, cache_dir, texts, later, bundled_assets_folder()
    )


def load_bundled(cache_dir: Path | None, language: str | None = None) -> dict[str, Chart]:
    """Every bundled chart, by id, in ``language`` (by default the interface's); raises
    ChartError if one does not load."""
    return {
        chart.id: load(ChartSource.of_bundled(chart.id), cache_dir, language) for chart in BUNDLED
    }


def load_disagreements(language: str | None = None) -> Disagreements:
    """Where the bundled charts disagree, in ``language`` (by default the interface's);
    raises ChartError if the file does not load."""
    from ..core.disagreements import read_disagreements_file

    return read_disagreements_file(bundled_data_file("disagreements.yaml"), _texts_in(language))


def load_sessions(language: str | None = None) -> tuple[Session, ...]:
    """The bundled sessions (for the article chart), in ``language`` (by default the
    interface's); raises ChartError if the file does not load."""
    from ..core.sessions_file import read_sessions_file

    return read_sessions_file(bundled_sessions_file(), _texts_in(language))


class TranslationFile(NamedTuple):
    """A translation of a chart's zones file, of the sessions or of the disagreements."""

    kind: Literal["zones", "sessions", "disagreements"]
    language: str
    english: Path
    path: Path


def translation_files(source: ChartSource) -> list[TranslationFile]:
    """The translations ``validate`` checks: the chart's, beside its zones file, and for a
    bundled chart the bundled sessions' and disagreements' too."""
    english: list[tuple[Literal["zones", "sessions", "disagreements"], Path]] = [
        ("zones", source.zones_file)
    ]
    if source.bundled:
        english += [
            ("sessions", bundled_sessions_file()),
            ("disagreements", bundled_data_file("disagreements.yaml")),
        ]
    return [
        TranslationFile(kind, language, path, translation)
        for kind, path in english
        for language in LANGUAGES
        if (translation := find_translation(path, language)) is not None
    ]
