"""The charts reflexmap knows: the bundled ones and the user's own files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..core.loader import load_chart
from ..core.model import Chart
from ..resources import bundled_map_file, bundled_zones_file
from .i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class BundledChart:
    """A chart that ships with reflexmap."""

    id: str
    title: str
    """What menus call it, marked for translation (context "Catalogue")."""
    zones_file: Path
    map_file: Path


BUNDLED: tuple[BundledChart, ...] = (
    BundledChart(
        "article",
        QT_TRANSLATE_NOOP("Catalogue", "Home foot-massage chart (bundled)"),
        bundled_zones_file(),
        bundled_map_file(),
    ),
)
DEFAULT_CHART = BUNDLED[0].id


@dataclass(frozen=True)
class ChartSource:
    """Where a chart comes from: a bundled chart, or a zones file and its drawing."""

    zones_file: Path
    map_file: Path
    bundled: str | None = None
    """The id of the bundled chart these files are, if they are one."""

    @classmethod
    def of_bundled(cls, chart_id: str) -> ChartSource:
        chart = next(c for c in BUNDLED if c.id == chart_id)
        return cls(chart.zones_file, chart.map_file, chart.id)

    @classmethod
    def of_files(cls, zones_file: Path, map_file: Path) -> ChartSource:
        """The user's files; the bundled chart's own files count as the bundled chart."""
        for chart in BUNDLED:
            if (zones_file, map_file) == (chart.zones_file, chart.map_file):
                return cls.of_bundled(chart.id)
        return cls(zones_file, map_file)

    @property
    def files(self) -> tuple[Path, Path]:
        return self.zones_file, self.map_file

    def key(self) -> str:
        """A one-line form for remembering it: ``bundled:ID`` or the two paths."""
        if self.bundled:
            return f"bundled:{self.bundled}"
        return f"{self.zones_file}\n{self.map_file}"

    @classmethod
    def from_key(cls, key: str) -> ChartSource | None:
        """The source a key names, or None if the key is damaged or names no bundled chart."""
        if key.startswith("bundled:"):
            chart_id = key.removeprefix("bundled:")
            return cls.of_bundled(chart_id) if any(c.id == chart_id for c in BUNDLED) else None
        zones, _, drawing = key.partition("\n")
        return cls.of_files(Path(zones), Path(drawing)) if zones and drawing else None


def load(source: ChartSource, cache_dir: Path | None) -> Chart:
    """The chart from its source; raises ChartError with every problem."""
    return load_chart(source.zones_file, source.map_file, cache_dir)
