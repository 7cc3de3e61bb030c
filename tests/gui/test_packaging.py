"""The desktop entry and AppStream file name the app as it names itself to the desktop."""

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reflexmap.ui.identity import DESKTOP_ID, app_icon

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP_FILE = LINUX / f"{DESKTOP_ID}.desktop"
METAINFO_FILE = LINUX / f"{DESKTOP_ID}.metainfo.xml"


def test_the_desktop_entry_starts_the_command_with_the_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP_FILE, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert desktop["Exec"] in scripts
    assert desktop["Icon"] == DESKTOP_ID
    assert desktop["StartupWMClass"] == "reflexmap"  # Qt's WM_CLASS: the application name


def test_the_metainfo_launches_the_desktop_entry() -> None:
    component = ET.parse(METAINFO_FILE).getroot()
    assert component.findtext("id") == DESKTOP_ID
    assert component.findtext("launchable") == DESKTOP_FILE.name
    assert component.findtext("provides/binary") == "reflexmap"


def test_the_icon_draws_at_every_size() -> None:
    icon = app_icon()
    for size in (16, 32, 64, 256):
        image = icon.pixmap(size, size).toImage()
        assert (image.width(), image.height()) == (size, size)
        # Opaque in the middle (the sole), transparent in the corner (rounded).
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
        assert image.pixelColor(0, 0).alpha() == 0


@pytest.mark.parametrize(
    "command",
    [
        ["desktop-file-validate", str(DESKTOP_FILE)],
        ["appstreamcli", "validate", "--no-net", str(METAINFO_FILE)],
    ],
)
def test_freedesktop_tools_accept_the_files(command: list[str]) -> None:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (.ci/run installs it)")
    result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
