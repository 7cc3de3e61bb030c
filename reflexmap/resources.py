"""Where the bundled chart lives, in a source checkout and in an installed wheel alike."""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent


def _bundled(relative: str) -> Path:
    # A wheel packs the file inside the package; a checkout (or editable install) keeps it at
    # the top of the repository.
    packed = files("reflexmap").joinpath(relative)
    if packed.is_file():
        with as_file(packed) as path:
            return path
    return _CHECKOUT / relative


def bundled_zones_file() -> Path:
    return _bundled("data/zones.yaml")


def bundled_map_file() -> Path:
    return _bundled("assets/foot.svg")
