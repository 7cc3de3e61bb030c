"""Whole reflexmap processes against a bare PySide6 script that screenshots one window.

All run alternately, so machine noise hits them alike; prints medians and ratios.
Targets: `reflexmap --screenshot` at most 1.5x the bare script's median wall time and peak
memory; `reflexmap chart -o x.pdf` at most 2x its median wall time. For reference it also
runs a script that makes and shows the window's widget classes with no reflexmap code.

    python benchmarks/bench_startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from reflexmap.resources import bundled_map_file

TARGETS = {"reflexmap --screenshot": (1.5, 1.5), "reflexmap chart": (2.0, None)}
"""Wall-time and peak-memory ratios to the bare script (None: no memory target)."""
BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1200, 800)
window.show()
app.processEvents()
window.grab().save(sys.argv[1], "PNG")
"""

SAME_WIDGETS = """
import sys
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QApplication, QGraphicsScene, QGraphicsView, QLabel, QLineEdit, QListWidget, QMainWindow,
    QSplitter, QTextBrowser, QVBoxLayout, QWidget,
)
app = QApplication([])
window = QMainWindow()
for menu_name in ("&File", "&Edit", "&View", "&Help"):
    menu = window.menuBar().addMenu(menu_name)
    for i in range(6):
        action = QAction(f"Action {i}", window)
        action.setShortcut(QKeySequence(f"Ctrl+{i}"))
        menu.addAction(action)
view = QGraphicsView()
view.setViewport(QWidget())
scene = QGraphicsScene(view)
view.setScene(scene)
renderer = QSvgRenderer(QByteArray(open(sys.argv[2], "rb").read()), view)
for i in range(21):
    scene.addEllipse(i * 12.0, i * 8.0, 40.0, 30.0)
map_column = QWidget()
column = QVBoxLayout(map_column)
column.addWidget(QLineEdit("search"))
column.addWidget(view)
zones = QListWidget()
zones.addItems([f"{i}  Zone" for i in range(1, 12)])
side = QSplitter(Qt.Orientation.Vertical)
side.addWidget(zones)
side.addWidget(QTextBrowser(html="<h3>Choose a zone</h3><p>Its details show here.</p>"))
splitter = QSplitter(Qt.Orientation.Horizontal)
splitter.addWidget(map_column)
splitter.addWidget(side)
central = QWidget()
layout = QVBoxLayout(central)
layout.addWidget(QLabel("Traditional reflexology claims, not medical advice."))
layout.addWidget(splitter, 1)
window.setCentralWidget(central)
window.statusBar().showMessage("Hover over the feet, or choose a zone.")
window.resize(1200, 800)
window.show()
app.processEvents()
window.grab().save(sys.argv[1], "PNG", 80)
"""
"""The widget classes the window uses, made and shown with no reflexmap code: what PySide6
itself costs a window like reflexmap's. A reference, with no target."""


def measure(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MiB) of one run of ``command``."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # Installed programs start from bytecode caches; the warm-up run writes them, even for an
    # editable install in an environment that turns them off.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(command)}")
    return elapsed, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    runs = parser.parse_args().runs
    folder = Path(tempfile.mkdtemp())
    commands = {
        "bare PySide6": [sys.executable, "-c", BARE_WINDOW, str(folder / "bare.png")],
        "same widgets, no app": [
            sys.executable,
            "-c",
            SAME_WIDGETS,
            str(folder / "widgets.png"),
            str(bundled_map_file()),
        ],
        "reflexmap --screenshot": [
            sys.executable,
            "-m",
            "reflexmap",
            "--screenshot",
            str(folder / "shot.png"),
        ],
        "reflexmap chart": [
            sys.executable,
            "-m",
            "reflexmap",
            "chart",
            "-o",
            str(folder / "chart.pdf"),
        ],
    }
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for command in commands.values():
        measure(command)  # warm the file cache
    for _ in range(runs):
        for name, command in commands.items():
            results[name].append(measure(command))
    medians = {
        name: (statistics.median(t for t, _ in samples), statistics.median(m for _, m in samples))
        for name, samples in results.items()
    }
    for name, (seconds, mib) in medians.items():
        print(f"{name:24} median {seconds * 1000:7.1f} ms  peak {mib:6.1f} MiB  ({runs} runs)")
    bare_time, bare_memory = medians["bare PySide6"]
    passed = True
    widgets_time, widgets_memory = medians["same widgets, no app"]
    print(
        f"same widgets, no app (reference): time {widgets_time / bare_time:.2f}x, "
        f"memory {widgets_memory / bare_memory:.2f}x"
    )
    for name, (time_target, memory_target) in TARGETS.items():
        time_ratio = medians[name][0] / bare_time
        memory_ratio = medians[name][1] / bare_memory
        ok = time_ratio <= time_target and (memory_target is None or memory_ratio <= memory_target)
        passed &= ok
        memory_goal = f" (target <= {memory_target}x)" if memory_target else ""
        print(
            f"{name}: time {time_ratio:.2f}x (target <= {time_target}x), "
            f"memory {memory_ratio:.2f}x{memory_goal}: {'PASS' if ok else 'FAIL'}"
        )
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
