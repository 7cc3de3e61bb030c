"""`reflexmap --screenshot`, run as a whole process the way docs and bug reports use it."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from reflexmap.core.journal import Journal
from reflexmap.core.palette import SELECTION_COLOUR
from reflexmap.ui import app
from reflexmap.ui.app import save_screenshot
from reflexmap.ui.main_window import MainWindow


def screenshot(path: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reflexmap", "--screenshot", str(path), *options],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def highlighted_pixels(image: QImage) -> list[tuple[int, int]]:
    """Pixels within a small distance of the selection colour drawn over the skin."""
    target = QColor(SELECTION_COLOUR)
    found = []
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - target.red())
                + abs(pixel.green() - target.green())
                + abs(pixel.blue() - target.blue())
            ) < 60:
                found.append((x, y))
    return found


def test_screenshot_of_a_selected_zone_carries_the_highlight(tmp_path: Path) -> None:
    selected, plain = tmp_path / "heel.png", tmp_path / "plain.png"
    assert screenshot(selected, "--select", "heel", "--size", "1000x700").returncode == 0
    assert screenshot(plain, "--size", "1000x700").returncode == 0
    image = QImage(str(selected))
    assert (image.width(), image.height()) == (1000, 700)
    highlight = highlighted_pixels(image)
    assert len(highlight) > 300
    assert len(highlighted_pixels(QImage(str(plain)))) < 10
    # The heel regions: low on the map, on both feet (the map fills the left 3/5).
    mean_y = sum(y for _, y in highlight) / len(highlight)
    assert mean_y > 0.6 * 700
    xs = sorted(x for x, _ in highlight)
    assert xs[0] < 300 < xs[-1]


def test_screenshot_shows_the_window_as_it_is_now(window: MainWindow, tmp_path: Path) -> None:
    # Changes made just before the shot (a search, a selection) are in it, pixel for pixel.
    window.search.set_query("headache")
    window.state.select("big-toe")
    shot = tmp_path / "now.png"
    assert save_screenshot(window, shot) == 0
    assert QImage(str(shot)) == window.grab().toImage()


def test_bad_zone_id_exits_1_listing_the_valid_ids(tmp_path: Path) -> None:
    result = screenshot(tmp_path / "x.png", "--select", "kidney")
    assert result.returncode == 1
    assert "no zone 'kidney'; the zones are: heel, arch, deep-arch" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_unwritable_screenshot_path_is_a_clear_error(tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "x.png"
    result = screenshot(target)
    assert result.returncode == 1
    assert result.stderr.startswith(f"{target}: cannot write the screenshot")
    assert "Traceback" not in result.stderr


def test_screenshot_with_a_search_shows_the_warning(tmp_path: Path) -> None:
    shot = tmp_path / "search.png"
    assert screenshot(shot, "--search", "chest pain", "--size", "1000x700").returncode == 0
    image = QImage(str(shot))
    warning = QColor("#b71c1c")
    red = [
        (x, y)
        for y in range(0, 300, 3)
        for x in range(0, 600, 3)
        if image.pixelColor(x, y) == warning
    ]
    assert len(red) > 200  # the notice banner above the map


def test_search_option_needs_screenshot() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reflexmap", "--search", "headache"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 2
    assert "go with --screenshot" in result.stderr


def test_qt_options_reach_qt(tmp_path: Path) -> None:
    # -reverse lays the window out right to left: the map moves to the right.
    shot = tmp_path / "reversed.png"
    result = screenshot(
        shot, "-reverse", "-style", "Fusion", "--select", "heel", "--size", "1000x700"
    )
    assert result.returncode == 0, result.stderr
    xs = sorted(x for x, _ in highlighted_pixels(QImage(str(shot))))
    assert xs[0] > 0.35 * 1000


def test_a_screenshot_caches_the_chart_once_the_picture_is_taken(
    tmp_path: Path, cache_dir: Path
) -> None:
    shot = tmp_path / "shot.png"
    assert screenshot(shot).returncode == 0
    (entry,) = cache_dir.iterdir()
    assert entry.stat().st_mtime_ns >= shot.stat().st_mtime_ns


def test_a_screenshot_shows_none_of_the_users_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, journal_path: Path
) -> None:
    # Screenshots go into bug reports and docs: a note the user keeps on a zone stays out.
    journal = Journal.open(journal_path)
    journal.set_zone_note("heel", "private: my own words")
    journal.set_favourite("heel", True)
    journal.close()
    shown: list[tuple[str, bool]] = []

    def record(window: MainWindow, path: Path, whole_screen: bool = False) -> int:
        note_box = window.panel.zone_note
        shown.append((note_box.note.toPlainText(), note_box.favourite.isChecked()))
        window.close()  # not left open under the pointer of the tests that follow
        return 0

    monkeypatch.setattr(app, "save_screenshot", record)
    assert app.run(app.WindowRequest(screenshot=tmp_path / "shot.png", select="heel")) == 0
    assert shown == [("", False)]
    assert Journal.open(journal_path).zone_notes()["heel"].note == "private: my own words"
