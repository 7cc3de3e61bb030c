"""Fixtures for every test. No Qt here: the tests of the model, the files and the state run
without it (tests/gui/ has the rest)."""

import shutil
from pathlib import Path

import pytest

from reflexmap.core.loader import load_chart
from reflexmap.core.model import Chart
from reflexmap.resources import bundled_map_file, bundled_zones_file


@pytest.fixture(autouse=True)
def cache_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test (and each process it starts) caches charts in a folder of its own."""
    home = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home / "reflexmap"


@pytest.fixture(autouse=True)
def _speak_english(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests (and the processes they start) speak English, whatever the machine's language."""
    monkeypatch.setenv("LANGUAGE", "en")


@pytest.fixture(scope="session")
def chart() -> Chart:
    """The bundled chart, loaded once."""
    return load_chart(bundled_zones_file(), bundled_map_file())


def copy_bundled_chart(folder: Path, zones_name: str = "zones.yaml") -> tuple[Path, Path]:
    """A copy of the bundled chart laid out as it is bundled (its zones file in data/, the
    drawings it names in assets/), free to edit: the zones file and the drawing of the sole."""
    (folder / "data").mkdir(parents=True, exist_ok=True)
    shutil.copytree(bundled_map_file().parent, folder / "assets", dirs_exist_ok=True)
    zones = folder / "data" / zones_name
    shutil.copy(bundled_zones_file(), zones)
    return zones, folder / "assets" / "foot.svg"


def copy_as_one_view_chart(folder: Path) -> tuple[Path, Path]:
    """The bundled chart's sole as a chart written before charts had views: a zones file that
    names no drawings, and the drawing of the sole beside it."""
    import yaml

    data = yaml.safe_load(bundled_zones_file().read_text())
    del data["views"]
    data["zones"] = [z for z in data["zones"] if "plantar" in z.get("views", ["plantar"])]
    for zone in data["zones"]:
        zone.pop("views", None)
    folder.mkdir(parents=True, exist_ok=True)
    zones, drawing = folder / "old-zones.yaml", folder / "old-foot.svg"
    zones.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    shutil.copy(bundled_map_file(), drawing)
    return zones, drawing
