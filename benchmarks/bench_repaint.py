"""A whole repaint of the map, as hovering and selecting make: Qt's threaded fills against
filling on the painting thread, as the window does (QT_NO_GUI_THREADPOOL).

Each way runs in a process of its own (Qt reads the setting once), alternately; prints the
medians and their ratio at a few window sizes.

    python benchmarks/bench_repaint.py [--repaints N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

from reflexmap.startup import SERIAL_FILLS

SIZES = ((1200, 800), (1920, 1080), (2560, 1440))
ROUNDS = 3


def measure(width: int, height: int, repaints: int, threaded: bool) -> list[float]:
    """Milliseconds per repaint of the map, each after a change of selection."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from reflexmap.app.catalogue import ChartSource
    from reflexmap.app.state import AppState
    from reflexmap.core.loader import load_chart
    from reflexmap.ui.main_window import MainWindow

    if threaded:  # importing the widgets asked for serial fills; Qt reads it at the first fill
        del os.environ[SERIAL_FILLS]
    app = QApplication([])
    source = ChartSource.of_bundled("article")
    chart = load_chart(*source.files)
    state = AppState(chart, source)
    window = MainWindow(state)
    window.resize(width, height)
    window.show()
    app.processEvents()
    viewport = window.map_view.viewport()
    times = []
    for i in range(repaints):
        state.select(chart.zones[i % len(chart.zones)].id)
        start = time.perf_counter()
        viewport.repaint()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repaints", type=int, default=60)
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        way, width, height = args.child
        times = measure(int(width), int(height), args.repaints, way == "threaded")
        print(" ".join(f"{t:.4f}" for t in times))
        return 0
    threaded_env = {k: v for k, v in os.environ.items() if k != SERIAL_FILLS}
    ways = {"threaded": threaded_env, "serial": {**threaded_env, SERIAL_FILLS: "1"}}
    for width, height in SIZES:
        samples: dict[str, list[float]] = {way: [] for way in ways}
        for _ in range(ROUNDS):
            for way, env in ways.items():
                command = [sys.executable, __file__, "--child", way, str(width), str(height)]
                command += ["--repaints", str(args.repaints)]
                output = subprocess.run(command, env=env, capture_output=True, text=True)
                if output.returncode != 0:
                    sys.exit(output.stderr)
                samples[way] += [float(t) for t in output.stdout.split()]
        threaded, serial = (statistics.median(samples[way]) for way in ways)
        print(
            f"{width}x{height}: map repaint median threaded {threaded:.2f} ms, "
            f"serial {serial:.2f} ms ({serial / threaded:.2f}x)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
