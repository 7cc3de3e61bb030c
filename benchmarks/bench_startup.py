"""Whole reflexmap processes against a bare PySide6 script that screenshots one window.

All run alternately, so machine noise hits them alike; prints medians and ratios.
Targets: `reflexmap --screenshot` at most 1.5x the bare script's median wall time and peak
memory; `reflexmap chart -o x.pdf` at most 2x its median wall time.

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


def measure(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MiB) of one run of ``command``."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
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
