"""Hit-testing under the cursor: what one mouse move costs to find the region under it.

Targets: median under 20 us per move on the bundled map, under 100 us on a synthetic map of
2,000 regions.

    python benchmarks/bench_hit_test.py
"""

from __future__ import annotations

import math
import os
import random
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from reflexmap.app.catalogue import ChartSource
from reflexmap.app.state import AppState
from reflexmap.core.loader import load_chart
from reflexmap.core.model import (
    Chart,
    ChartInfo,
    FootMap,
    RedFlags,
    Region,
    Side,
    Symptom,
    Zone,
    ZoneData,
    ZoneTechnique,
)
from reflexmap.resources import bundled_map_file, bundled_zones_file
from reflexmap.ui.map_view import MapView

MOVES = 20_000


def synthetic_chart(count: int) -> Chart:
    """``count`` round regions on a grid, one zone each, half on each foot."""
    columns = math.ceil(math.sqrt(count))
    size = columns * 20.0
    technique = ZoneTechnique("press", "light", "a minute", "up", ())
    zones, regions = [], []
    for i in range(count):
        side: Side = "left" if i % columns < columns / 2 else "right"
        cx, cy = (i % columns) * 20 + 10, (i // columns) * 20 + 10
        outline = tuple(
            (cx + 8 * math.cos(k * math.pi / 8), cy + 8 * math.sin(k * math.pi / 8))
            for k in range(16)
        )
        zones.append(
            Zone(
                f"z{i}",
                f"Zone {i}",
                (side,),
                "",
                "claim",
                ("x",),
                (Symptom("s"),),
                technique,
                (),
                "",
            )
        )
        regions.append(
            Region(
                f"{side}-z{i}",
                side,
                f"z{i}",
                (outline,),
                (cx - 8, cy - 8, cx + 8, cy + 8),
                200.0,
                (cx, cy),
            )
        )
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}"/>'.encode()
    data = ZoneData(
        ChartInfo("synthetic", "benchmark", "claims"),
        (),
        (),
        RedFlags("help", ()),
        (),
        tuple(zones),
    )
    return Chart(data, FootMap(size, size, tuple(regions), svg))


def median_move_microseconds(view: MapView) -> float:
    rng = random.Random(1)
    width, height = view.viewport().width(), view.viewport().height()
    points = [QPoint(rng.randrange(width), rng.randrange(height)) for _ in range(MOVES)]
    samples = []
    for point in points:
        start = time.perf_counter_ns()
        view.region_at(point)
        samples.append(time.perf_counter_ns() - start)
    return statistics.median(samples) / 1000


def main() -> int:
    app = QApplication.instance() or QApplication([])
    results = {}
    for name, chart, target in (
        ("bundled map", load_chart(bundled_zones_file(), bundled_map_file()), 20.0),
        ("2,000 regions", synthetic_chart(2000), 100.0),
    ):
        view = MapView(AppState(chart, ChartSource.of_bundled("article")))
        view.resize(1000, 800)
        view.show()
        app.processEvents()
        results[name] = (median_move_microseconds(view), target)
    passed = True
    for name, (median, target) in results.items():
        ok = median < target
        passed &= ok
        print(
            f"{name:14} median {median:6.1f} us per move ({MOVES} moves), "
            f"target < {target:.0f} us: {'PASS' if ok else 'FAIL'}"
        )
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
