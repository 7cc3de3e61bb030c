"""Where the bundled chart and sessions live, in a checkout and an installed wheel alike."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _bundled(relative: str) -> Path:
    # A wheel packs the file inside the package; a checkout (or editable install) keeps it at
    # the top of the repository. Plain paths rather than importlib.resources, which costs the
    # window 10 ms to start: reflexmap is always installed as files (PySide6 cannot run zipped).
    packed = _PACKAGE / relative
    return packed if packed.is_file() else _PACKAGE.parent / relative


def bundled_zones_file() -> Path:
    """The article chart's zones file; it names its drawings, in assets/."""
    return _bundled("data/zones.yaml")


def bundled_sessions_file() -> Path:
    return _bundled("data/sessions.yaml")


def bundled_map_file() -> Path:
    """The article chart's drawing of the soles."""
    return _bundled("assets/foot.svg")


def bundled_assets_folder() -> Path:
    """Where the bundled drawings are installed."""
    return bundled_map_file().parent


def bundled_asset_file(name: str) -> Path:
    """Another drawing of assets/."""
    return _bundled(f"assets/{name}")


def bundled_data_file(name: str) -> Path:
    """Another file of data/: the Western chart, where the charts disagree."""
    return _bundled(f"data/{name}")


def translation_file(language: str) -> Path:
    """The interface's compiled translation (Qt's .qm) into ``language``, in the package."""
    return _PACKAGE / "translations" / f"reflexmap_{language}.qm"
