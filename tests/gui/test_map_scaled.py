"""The map on a screen scaled by a fraction: what a change paints again is what a fresh paint
gives, pixel for pixel. In a process of its own, as Qt takes the scale once, at start."""

import os
import subprocess
import sys

import pytest

CHECK = """
from PySide6.QtWidgets import QApplication
from reflexmap.app.catalogue import ChartSource
from reflexmap.app.settings import Settings
from reflexmap.app.state import AppState
from reflexmap.core.loader import load_chart
from reflexmap.ui import map_view
from reflexmap.ui.main_window import MainWindow

map_view.BOXES_PER_PICTURE = map_view.FRESH_PICTURE = 0  # each change in its regions' boxes
app = QApplication([])
source = ChartSource.of_bundled("western")
state = AppState(load_chart(*source.files), source)
window = MainWindow(state, settings=Settings(notice_shown=True))
window.resize(1000, 700)
window.show()
app.processEvents()
view = window.map_view
assert view.viewport().devicePixelRatioF() == float(sys.argv[1])
zones = [zone.id for zone in state.chart.zones]
changes = [lambda: state.search("cough"), lambda: state.search("")]
changes += [lambda zone=zone: state.hover(zone) for zone in zones[:8]]
for change in changes:
    change()
    app.processEvents()
    shown = view.viewport().grab().toImage()
    view.region_layer().forget()
    assert shown == view.viewport().grab().toImage()
window.close()
"""


@pytest.mark.parametrize("scale", ["1.25", "1.5"])
def test_a_change_paints_what_a_fresh_paint_gives_on_a_scaled_screen(scale: str) -> None:
    # Boxes of whole logical pixels cut the screen's pixels in two: rows a level apart.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale}
    done = subprocess.run(
        [sys.executable, "-c", "import sys\n" + CHECK, scale],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
