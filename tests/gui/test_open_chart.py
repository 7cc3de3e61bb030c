"""Your own chart in the window: open, reload, recent charts; bad charts and bad settings."""

from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from reflexmap.app.catalogue import ChartSource
from reflexmap.app.settings import MemoryStore
from reflexmap.cli import main
from reflexmap.core.loader import load_chart
from reflexmap.core.model import Chart
from reflexmap.resources import bundled_map_file, bundled_zones_file
from reflexmap.ui.main_window import MainWindow
from reflexmap.ui.qt_settings import open_settings
from tests.conftest import copy_as_one_view_chart, copy_bundled_chart

OpenWindow = Callable[[Chart, QSettings], MainWindow]
"""The open_window fixture (tests/gui/conftest.py)."""


@pytest.fixture
def own_chart(tmp_path: Path) -> tuple[Path, Path]:
    """A practitioner's copy of the bundled chart, with the heel renamed."""
    zones, drawing = copy_bundled_chart(tmp_path, "my-zones.yaml")
    zones.write_text(
        zones.read_text().replace("    name: Heel centre\n", "    name: Heel (my chart)\n")
    )
    return zones, drawing


def problems_dialog(window: MainWindow) -> QMessageBox:
    boxes = window.findChildren(QMessageBox)
    assert len(boxes) == 1
    return boxes[0]


def click_zone(qtbot: QtBot, window: MainWindow, zone_id: str) -> None:
    region = next(window.state.chart.regions_of(zone_id))
    point = window.map_view.mapFromScene(QPointF(*region.anchor))
    qtbot.mouseClick(window.map_view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_open_your_own_chart(
    qtbot: QtBot, window: MainWindow, own_chart: tuple[Path, Path]
) -> None:
    assert window.open_chart(ChartSource.of_files(*own_chart))
    assert window.zone_list.item(0).text() == "1  Heel (my chart)"
    click_zone(qtbot, window, "heel")
    assert "Heel (my chart)" in window.panel.details.toPlainText()
    assert window.recent_charts()[0] == (
        "Foot reflex zones, home foot-massage chart",
        ChartSource.of_files(*own_chart),
    )
    assert window.action("reload").isEnabled()


@pytest.mark.parametrize("cancel_at", [None, 0, 1])
def test_open_chart_asks_for_the_drawing_of_a_zones_file_that_names_none(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cancel_at: int | None
) -> None:
    old = copy_as_one_view_chart(tmp_path)
    asked: list[tuple[str, str]] = []

    def answer(parent: QWidget, title: str, folder: str, filters: str) -> tuple[str, str]:
        asked.append((folder, filters))
        chosen = "" if len(asked) - 1 == cancel_at else str(old[len(asked) - 1])
        return chosen, filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    window.choose_chart()
    assert (window.state.source.files == old) == (cancel_at is None)
    assert "*.yaml" in asked[0][1]
    if cancel_at != 0:
        assert asked[1] == (str(old[0].parent), "Drawing (*.svg)")
    if cancel_at is None:  # a chart written before views: the sole only
        assert window.state.chart.views == ("plantar",)
        assert window.zone_list.count() == 11


def test_open_chart_takes_the_drawings_a_zones_file_names(
    window: MainWindow, own_chart: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(parent: QWidget, title: str, folder: str, filters: str) -> tuple[str, str]:
        asked.append(filters)
        return str(own_chart[0]), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    window.choose_chart()
    assert len(asked) == 1  # no question about a drawing
    assert window.zone_list.item(0).text() == "1  Heel (my chart)"
    assert window.state.chart.views == ("plantar", "dorsal", "medial", "lateral")


@pytest.mark.parametrize("exported_before", [False, True])
def test_exports_follow_the_chart_shown(
    window: MainWindow, own_chart: tuple[Path, Path], tmp_path: Path, exported_before: bool
) -> None:
    if exported_before:
        assert window.exporter.export_to(tmp_path / "before.pdf")
    assert window.open_chart(ChartSource.of_files(*own_chart))
    out = tmp_path / "after.pdf"
    assert window.exporter.export_to(out)
    words = pypdf.PdfReader(out).pages[0].extract_text().split()
    assert "Heel (my chart)" in " ".join(words)


def test_a_broken_chart_is_explained_and_the_shown_one_kept(
    window: MainWindow, own_chart: tuple[Path, Path]
) -> None:
    zones, drawing = own_chart
    zones.write_text(
        zones.read_text().replace("    sides: [left, right]\n", "    sides: [left, middle]\n", 1)
    )
    assert not window.open_chart(ChartSource.of_files(zones, drawing))
    dialog = problems_dialog(window)
    assert "keeps showing" in dialog.text()
    assert f"{zones}:" in dialog.informativeText()
    assert "side 'middle' must be 'left' or 'right'" in dialog.informativeText()
    assert window.zone_list.item(0).text() == "1  Heel centre"
    assert window.recent_charts() == []


def test_reload_picks_up_edits_and_survives_a_bad_one(
    window: MainWindow, own_chart: tuple[Path, Path]
) -> None:
    zones, drawing = own_chart
    assert window.open_chart(ChartSource.of_files(zones, drawing))
    window.state.select("arch")
    zones.write_text(zones.read_text().replace("    name: Arch\n", "    name: Arch (edited)\n"))
    window.action("reload").trigger()
    assert window.zone_list.item(1).text() == "2  Arch (edited)"
    assert window.state.selected == "arch"  # the selection survives a reload
    drawing.write_text(drawing.read_text().replace('id="left-heel"', 'id="left-hell"'))
    assert not window.reload()
    assert "region 'left-hell' has no zone 'hell'" in problems_dialog(window).informativeText()
    assert window.zone_list.item(1).text() == "2  Arch (edited)"


def test_recent_charts_are_offered_in_a_new_window(
    qtbot: QtBot,
    window: MainWindow,
    own_chart: tuple[Path, Path],
    settings: QSettings,
    open_window: OpenWindow,
) -> None:
    assert window.open_chart(ChartSource.of_files(*own_chart))
    window.close()  # remembers the chart and the recent ones
    later = open_window(window.state.chart, settings)
    later.recent_menu.aboutToShow.emit()
    names = [a.text() for a in later.recent_menu.actions() if not a.isSeparator()]
    assert names == [
        "Home foot-massage chart (bundled)",
        "Common Western chart (bundled)",
        "Foot reflex zones, home foot-massage chart",
    ]
    later.recent_menu.actions()[0].trigger()  # back to the bundled chart
    assert later.state.source.bundled == "article"
    later.recent_menu.actions()[-1].trigger()
    assert later.state.source.files == own_chart


def test_a_damaged_settings_file_is_not_used_nor_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "damaged.ini"
    damaged = b"[window\ngeometry=@ByteArray(\x00\x01\nfoo"
    path.write_bytes(damaged)
    store, message = open_settings(QSettings(str(path), QSettings.Format.IniFormat))
    assert isinstance(store, MemoryStore)
    assert message is not None
    assert "could not be read" in message
    assert path.read_bytes() == damaged


def test_settings_of_the_wrong_type_fall_back_to_defaults(
    qtbot: QtBot, tmp_path: Path, open_window: OpenWindow
) -> None:
    path = tmp_path / "odd.ini"
    path.write_text(
        "[General]\nwindow_geometry=hello\nwindow_splitter=42\nsides=upside\nlabels=maybe\n"
        "selection=no-such-zone\nnotice_shown=true\nmargins=1, x\nrecent=42\n"
    )
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    window = open_window(load_chart(bundled_zones_file(), bundled_map_file()), settings)
    window.show()
    assert window.map_view.visible_sides() == ("left", "right")
    assert window.state.selected is None
    assert window.map_view.labels_visible()


def test_terminal_commands_take_your_chart(
    own_chart: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    zones, drawing = own_chart
    chart_files = ["--zones", str(zones), "--map", str(drawing)]
    assert main([*chart_files, "search", "period pain"]) == 0
    assert "Heel (my chart)" in capsys.readouterr().out
    zones.write_text("chart: [\n")
    assert main([*chart_files, "zones"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{zones}:2:1: ")
    assert "Traceback" not in err
