"""The window renders one state: defects that came from state kept in several places."""

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pypdf
from PySide6.QtCore import QMarginsF, QSettings, QUrl
from PySide6.QtGui import QPageLayout

from reflexmap.app.actions import ACTIONS
from reflexmap.app.catalogue import ChartSource
from reflexmap.app.settings import Settings
from reflexmap.core.model import Chart
from reflexmap.ui.app import WindowRequest, _initial_state
from reflexmap.ui.main_window import MainWindow
from reflexmap.ui.reading_page import ReadingPage
from tests.conftest import copy_bundled_chart

OpenWindow = Callable[[Chart, QSettings], MainWindow]
"""The open_window fixture (tests/gui/conftest.py)."""


def details(window: MainWindow) -> str:
    return window.panel.details.toPlainText()


def test_a_warning_sign_clears_the_zone_shown(window: MainWindow, chart: Chart) -> None:
    window.state.select("arch")
    window.search.set_query("sudden severe headache")
    assert window.search.notice.isVisible()
    assert chart.zone("arch").technique.movement not in details(window)
    assert window.zone_list.currentItem() is None
    assert not any(item.brush().color().alpha() == 230 for item in window.map_view.region_items())


def test_also_at_this_spot_follows_a_choice_from_the_list(window: MainWindow) -> None:
    window.zone_list.setFocus()
    window.zone_list.setCurrentRow(2)  # Deep arch, which lies within the arch
    assert window.state.selected == "deep-arch"
    assert "Also at this spot: Arch" in details(window)


def test_the_status_bar_keeps_the_selection_and_cuts_long_text(window: MainWindow) -> None:
    window.state.select("heel")
    window.state.hover("heel")  # as the pointer enters the region (see test_window)
    bar = window.statusBar()
    hover = bar.currentMessage()
    assert hover.startswith("Heel centre: Traditional charts link")
    assert hover.endswith("\u2026")  # the claim is longer than the bar
    assert bar.fontMetrics().horizontalAdvance(hover) < bar.width()
    window.state.hover(None)  # as the pointer leaves the map
    assert bar.currentMessage() == "Selected: Heel centre"


def test_a_left_only_zone_in_the_right_foot_view_says_where_it_is(window: MainWindow) -> None:
    window.action("sides-right").trigger()
    window.state.select("heart")
    assert "This zone is on the left foot, which is not shown." in details(window)
    window.panel.details.anchorClicked.emit(QUrl("reveal:heart"))  # the "Show it" link
    assert window.state.sides == ("left", "right")
    assert window.action("sides-both").isChecked()
    assert "not shown" not in details(window)


def test_page_setup_margins_are_honoured(window: MainWindow, tmp_path: Path) -> None:
    exporter = window.exporter
    exporter.printer.setPageMargins(QMarginsF(40, 30, 40, 30), QPageLayout.Unit.Millimeter)
    exporter._remember_page()  # as after the Page Setup dialog
    out = tmp_path / "margins.pdf"
    assert exporter.export_to(out)
    lefts: list[float] = []

    def visit(text: str, cm: object, tm: list[float], *_: object) -> None:
        if text.strip():
            lefts.append(tm[4])

    pypdf.PdfReader(out).pages[0].extract_text(visitor_text=visit)
    assert lefts
    assert min(lefts) >= 40 / 25.4 * 72 - 1  # points


def test_chart_options_are_remembered(
    window: MainWindow, settings: QSettings, chart: Chart, open_window: OpenWindow
) -> None:
    window.action("option-guide").trigger()
    window.action("option-grayscale").trigger()
    window.close()
    later = open_window(chart, settings)
    assert later.action("option-guide").isChecked()
    assert later.action("option-grayscale").isChecked()
    assert not later.action("option-only_focus").isChecked()
    assert later.exporter.request().guide
    assert later.exporter.request().grayscale


def test_the_chart_last_open_is_opened_again(tmp_path: Path, chart: Chart) -> None:
    zones, drawing = copy_bundled_chart(tmp_path, "mine.yaml")
    own = ChartSource.of_files(zones, drawing)
    caching: list[Callable[[], None]] = []
    state, problem = _initial_state(WindowRequest(), Settings(chart=own.key()), caching)
    assert state is not None
    assert problem is None
    assert state.source == own
    assert len(caching) == 1  # parsed, and cached once the window shows
    zones.write_text("chart: [\n")  # broken since: the bundled chart, and the reason
    state, problem = _initial_state(WindowRequest(), Settings(chart=own.key()), [])
    assert state is not None
    assert state.source.bundled == "article"
    assert problem is not None
    assert str(problem).startswith(f"{zones}:")


def test_every_action_has_a_handler_and_is_on_the_shortcuts_page(window: MainWindow) -> None:
    for spec in ACTIONS:
        assert callable(getattr(window, spec.handler)), spec.id
    page = window.show_shortcuts()
    browser = page.findChild(ReadingPage)
    assert browser is not None
    text = browser.toPlainText()
    page.close()  # a window-modal page left open would block the next test's mouse
    for spec in ACTIONS:
        for key in window.action(spec.id).shortcuts():
            assert key.toString() in text, spec.id


def test_the_chart_command_loads_no_widgets(tmp_path: Path) -> None:
    code = (
        "import sys; from reflexmap.cli import main; "
        f"assert main(['chart', '-o', {str(tmp_path / 'c.pdf')!r}]) == 0; "
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = out.stdout.strip()
    assert "PySide6.QtGui" in loaded
    assert "QtWidgets" not in loaded
    assert "QtPrintSupport" not in loaded
